"""Putre's own informes: «INFORME TÉCNICO N° 12», «INFORME SOCIAL», «INFORME JURÍDICO N° 5»,
with a header table (PARA / DE / FECHA / MATERIA or ASUNTO, in several orders, boxed,
shaded or plain), sections ANTECEDENTES / ANÁLISIS / CONCLUSIÓN (or a social report's
identification and family table), and sometimes an annex page (photographs, a budget).

Truth: an informe (interno); the subject is the MATERIA/ASUNTO line when the head states one
(as an oficio's MAT.), the title otherwise; doc_number the number in the title, if any;
sender the DE: post, sender_org the municipality; recipient the PARA: (first line); the unit
as devgen has it: a social report DIDECO's, a legal one Asesoría Jurídica's, a technical
one the unit of its matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Para, Table
from bench.devgen3.model import Grid
from bench.devgen4 import parts, topics, wording, world
from bench.devgen4.model import Block, Break, Doc, Photos
from bench.devgen4.parts import Ctx

MATERIAS = {
    "tecnico": ("Evaluación técnica de {m}", "Informa resultado de visita inspectiva por {m}",
                "Pronunciamiento técnico sobre {m}",
                "Diagnóstico y propuesta de solución para {m}"),
    "social": ("Evaluación socioeconómica en relación con {m}", "Informe social por {m}",
               "Situación social del grupo familiar por {m}"),
    "juridico": ("Pronunciamiento jurídico sobre {m}", "Informa viabilidad legal de {m}",
                 "Opinión jurídica respecto de {m}"),
}  # fmt: skip
# Units that write technical reports on their matters.
TECHNICAL = ("dom", "secplan", "transito", "salud", "educacion", "dideco", "daf", "control")
SECTIONS = (
    ("ANTECEDENTES", "ANÁLISIS", "CONCLUSIÓN"),
    ("ANTECEDENTES", "ANÁLISIS", "CONCLUSIONES Y RECOMENDACIONES"),
    ("ANTECEDENTES GENERALES", "DESARROLLO", "CONCLUSIÓN"),
)


def _author(ctx: Ctx, sort: str) -> tuple[str, str, world.Person]:
    """(the unit that writes, the DE: post, who signs)."""
    if sort == "social":
        who = world.person(ctx.rng, female=ctx.chance(0.8))
        post = ctx.pick(
            "Trabajadora Social" if who.female else "Trabajador Social",
            "Asistente Social",
            "Trabajadora Social DIDECO" if who.female else "Trabajador Social DIDECO",
        )
        return "dideco", post, who
    unit = "juridica" if sort == "juridico" else ctx.matter.unit
    u = world.UNITS[unit]
    if sort == "tecnico" and ctx.chance(0.35):
        who = world.person(ctx.rng)
        post = ctx.pick(
            f"Profesional {u.short}",
            f"Inspector Técnico {u.short}",
            f"Encargado(a) de Proyectos {u.short}",
        )
        return unit, post, who
    return unit, u.post, u.chief


def _to(ctx: Ctx, sort: str, author_unit: str) -> tuple[str, str]:
    """(the PARA: text, the recipient: its first line)."""
    if sort == "social" and ctx.chance(0.6):
        u = world.UNITS["dideco"]
        return f"{u.post}\n{u.chief.name}" if ctx.chance(0.4) else u.post, u.post
    mayor = world.UNITS["alcaldia"].chief.name
    options = [
        (f"SR. {mayor.upper()}\nALCALDE I. MUNICIPALIDAD DE PUTRE", f"SR. {mayor.upper()}"),
        ("SR. ALCALDE DE LA COMUNA DE PUTRE", "SR. ALCALDE DE LA COMUNA DE PUTRE"),
        ("Administrador Municipal", "Administrador Municipal"),
        ("Honorable Concejo Municipal", "Honorable Concejo Municipal"),
    ]
    if author_unit != "secplan":
        options.append((world.UNITS["secplan"].post, world.UNITS["secplan"].post))
    return ctx.rng.choice(options)


def _header(ctx: Ctx, rows: list[tuple[str, str]]) -> list[Block]:
    """The PARA/DE/FECHA/MATERIA rows as a shaded grid, a boxed table or plain lines."""
    style = ctx.rng.randint(0, 2)
    if style == 0:
        return [Grid(tuple((k.rstrip(":"), v) for k, v in rows), shade=ctx.chance(0.7))]
    colon = ctx.pick(":", " :", ":")
    return [Fields(tuple((k.rstrip(":") + colon, v) for k, v in rows), boxed=style == 1)]


def _sections(ctx: Ctx, sort: str) -> list[Block]:
    m = ctx.matter
    names = ctx.rng.choice(SECTIONS)
    mark = ctx.pick("roman", "num", "plain")
    past = wording.long_date(wording.earlier(ctx.rng, ctx.day))
    texts = (
        [
            f"Con fecha {past} se recibió en esta unidad la solicitud relativa a {m.name}. "
            f"{m.detail}",
            f"Se realizó visita a terreno en {m.sector} y se revisaron los antecedentes del "
            "expediente. "
            + ctx.pick(
                "La situación descrita fue constatada y registrada fotográficamente.",
                "Se entrevistó a los vecinos y a los dirigentes del sector.",
                "Los antecedentes permiten dimensionar el problema y su costo aproximado.",
            ),
        ],
        f"En mérito de lo expuesto, se recomienda {ctx.pick('acoger', 'priorizar', 'evaluar')} "
        f"lo relativo a {m.other} e informar al Concejo Municipal.",
    )
    if sort == "juridico":
        texts[0][1] = (
            "Conforme a la Ley N° 18.695, Orgánica Constitucional de "
            "Municipalidades, y a la jurisprudencia administrativa de la "
            "Contraloría General de la República, corresponde analizar la "
            "competencia municipal en la materia."
        )
    blocks: list[Block] = []
    for i, (name, text) in enumerate(zip(names, [*texts[0], texts[1]], strict=True)):
        shown = {"roman": f"{('I', 'II', 'III')[i]}. {name}", "num": f"{i + 1}.- {name}"}
        blocks += [Para(shown.get(mark, name + ":"), bold=True, align="left"), Para(text)]
    return blocks


def _family(ctx: Ctx) -> list[Block]:
    """A social report's identification and family table."""
    head_of = world.person(ctx.rng)
    street, sector = world.address(ctx.rng)
    rows: list[tuple[str, ...]] = [("Nombre", "RUN", "Parentesco", "Edad", "Actividad")]
    rows.append(
        (
            head_of.name,
            ctx.rut(world.person_rut(ctx.rng)),
            "Jefe(a) de hogar",
            str(ctx.rng.randint(30, 82)),
            ctx.pick("Ganadero(a)", "Agricultor(a)", "Dueña de casa", "Artesana"),
        )
    )
    for kin in ctx.rng.sample(["Cónyuge", "Hijo(a)", "Nieto(a)", "Madre"], ctx.rng.randint(1, 3)):
        rows.append(
            (
                world.person(ctx.rng).name,
                ctx.rut(world.person_rut(ctx.rng)),
                kin,
                str(ctx.rng.randint(2, 88)),
                ctx.pick("Estudiante", "Sin actividad", "Temporero(a)"),
            )
        )
    return [
        Para("I. IDENTIFICACIÓN", bold=True, align="left"),
        Para(
            f"Domicilio: {street}, {sector}, comuna de Putre. Pueblo originario: Aymara.",
            align="left",
        ),
        Para("II. COMPOSICIÓN DEL GRUPO FAMILIAR", bold=True, align="left"),
        Table(tuple(rows), widths=(4, 2.4, 2, 1, 2)),
    ]


def _annex(ctx: Ctx) -> list[Block]:
    """An annex on its own page: photographs or an estimated budget."""
    if ctx.chance(0.5):
        views = ("Vista general del sector", "Detalle del daño constatado", "Acceso al lugar",
                 "Vivienda y entorno", "Camino de acceso")  # fmt: skip
        captions = tuple(
            f"Fotografía N° {i}: {view}"
            for i, view in enumerate(ctx.rng.sample(views, ctx.rng.randint(2, 4)), 1)
        )
        return [Break(), Heading("ANEXO N° 1: REGISTRO FOTOGRÁFICO", align="left", size=1),
                Photos(captions)]  # fmt: skip
    items = ["Materiales", "Mano de obra", "Fletes a Putre", "Maquinaria", "Gastos generales"]
    rows: list[tuple[str, ...]] = [("Ítem", "Partida", "Monto ($)")]
    for i, item in enumerate(ctx.rng.sample(items, 4), 1):
        rows.append((str(i), item, f"{ctx.rng.randint(200, 9000) * 1000:,}".replace(",", ".")))
    return [Break(), Heading("ANEXO: PRESUPUESTO ESTIMADO", align="left", size=1),
            Table(tuple(rows), widths=(1, 4, 2))]  # fmt: skip


def informe(ctx: Ctx) -> Doc:
    """A technical, social or legal report with its header table (see the module's truth)."""
    sort = ctx.pick("tecnico", "tecnico", "social", "juridico")
    if sort == "social":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "dideco", public=True)
    elif sort == "tecnico" and ctx.matter.unit not in TECHNICAL:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*TECHNICAL))
    unit, post, who = _author(ctx, sort)
    num = str(ctx.rng.randint(1, 180)) if ctx.chance(0.7) else None
    name = {
        "tecnico": "INFORME TÉCNICO",
        "social": "INFORME SOCIAL",
        "juridico": "INFORME JURÍDICO",
    }
    no = f" {wording.sign(ctx.rng)} {num}" + ctx.pick("", "", f"/{ctx.day.year}") if num else ""
    title = name[sort] + no
    materia = topics.cap(ctx.pick(*MATERIAS[sort]).format(m=ctx.matter.name))
    stated = ctx.chance(0.85)
    to, recipient = _to(ctx, sort, unit)
    rows = [
        ("PARA", to),
        ("DE", post if ctx.chance(0.6) else f"{who.name}\n{post}"),
        ("FECHA", wording.date_text(ctx.rng, ctx.day)),
    ]
    if stated:
        rows.append((ctx.pick("MATERIA", "MATERIA", "ASUNTO", "MAT."), materia))
    if ctx.chance(0.3):
        rows = [rows[1], rows[0], *rows[2:]]
    blocks: list[Block] = [
        parts.muni_head(ctx, unit, emblem=0.5),
        Heading(title, align=ctx.pick("center", "left"), size=2, underline=ctx.chance(0.4)),
        *_header(ctx, rows),
    ]
    if sort == "social":
        blocks += _family(ctx)
    blocks += _sections(ctx, sort)
    blocks.append(parts.signature(ctx, who.name, post, world.UNITS[unit].full))
    if ctx.chance(0.35):
        blocks += _annex(ctx)
    fields: dict[str, Any] = {"subject": materia if stated else title, "sender": post}
    fields |= {"doc_number": num, "sender_org": world.MUNI, "recipient": recipient, "unit": unit}
    t = parts.truth(ctx, "informe", "interno", **fields)
    running = f"{title} — {world.UNITS[unit].short}" if ctx.chance(0.3) else ""
    return parts.doc(ctx, t, blocks, running=running, footer=parts.muni_footer(ctx))
