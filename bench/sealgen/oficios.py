"""Oficios of the national and regional services to Pichilemu (Armada, SERNATUR, SERNAPESCA,
MOP, SEREMIs, SERVIU, CONAF, SAG, the Delegación, the GORE, SUBDERE, SENAPRED, Bomberos) and
the mayor's own oficios to them. Heads: the number block in a right column, the matter in a
box at the right, «ASUNTO:» after the salutation, a two-column banner, «En relación a …» as
the only statement of the matter, and a references list citing other papers."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Box, Column, Fields, Head, Pair, Para, Space, Table
from bench.devgen3.model import Banner
from bench.devgen4.model import Block, Break, Doc
from bench.sealgen import parts, world
from bench.sealgen.parts import Ctx

VERBS = (
    (
        "Solicita antecedentes sobre",
        "Mucho agradeceré a usted remitir a este Servicio, en el "
        "plazo de diez días hábiles, los antecedentes de que disponga el municipio sobre",
    ),
    (
        "Informa situación de",
        "Por medio del presente, cumplo con informar a usted lo "
        "constatado por funcionarios de esta repartición respecto de",
    ),
    (
        "Remite observaciones a",
        "Se hace llegar a usted las observaciones técnicas que este Servicio formula a",
    ),
    (
        "Reitera requerimiento por",
        "Sin que a la fecha se haya recibido respuesta, se reitera a "
        "usted lo solicitado en relación con",
    ),
    (
        "Convoca a mesa técnica por",
        "Me permito invitar a los profesionales que usted designe a "
        "una mesa de trabajo, en dependencias de esta oficina, para abordar",
    ),
    (
        "Comunica medidas respecto de",
        "Pongo en su conocimiento las medidas que esta autoridad ha dispuesto en lo que respecta a",
    ),
)

# Topics only citizens and organisations write about, not services.
CITIZENS_ONLY = ("pi-alcaldia:02", "pi-secretaria-municipal:02", "pi-secretaria-municipal:03")
CLOSINGS = (
    "Saluda atentamente a usted,",
    "Sin otro particular, saluda a Ud.,",
    "Atentamente,",
    "Le saluda cordialmente,",
    "Hago propicia la ocasión para saludarle,",
)


def _reference(ctx: Ctx) -> str:
    """A paper the oficio cites."""
    past = world.short_date(ctx.rng, ctx.day.replace(day=1))
    return ctx.pick(
        f"Oficio Ord. N° {ctx.rng.randint(10, 900)} de la Municipalidad de Pichilemu, de {past}",
        f"Correo electrónico de la DOM de fecha {past}",
        f"Su Ord. N° {ctx.rng.randint(10, 900)}/{ctx.day.year}",
        f"Acta de reunión de {past}",
        f"Ley N° {ctx.pick('18.695', '19.300', '21.202', '20.249', '21.364')}",
    )


def _body(ctx: Ctx, lead: str, *, open_with: str = "") -> list[Block]:
    m = ctx.matter
    first = open_with or f"{lead} {m.name}."
    paras = [first, m.detail]
    if ctx.chance(0.6):
        paras.append(
            ctx.pick(
                f"Asimismo, se solicita considerar {m.other} dentro de la planificación "
                "municipal, informando a la contraparte técnica que se designe.",
                "Para efectos de coordinación, se sugiere que la respuesta se remita por la vía "
                "electrónica institucional, indicando el nombre del profesional a cargo.",
                f"Lo anterior, atendida la afluencia de visitantes que recibe el sector de "
                f"{m.sector} durante la temporada estival.",
            )
        )
    indent = ctx.rng.choice((0.0, 0.0, 12.0))
    return [Para(p, indent=indent) for p in paras]


def _foot(ctx: Ctx, sig: Block, items: list[str]) -> list[Block]:
    out: list[Block] = [Space(8), sig, Space(4)]
    if ctx.chance(0.6):
        out.append(parts.copies(ctx, items))
    if ctx.chance(0.4):
        out.append(Para(parts.typist(ctx, world.person(ctx.rng)), size=-2, align="left"))
    return out


def _annex(ctx: Ctx) -> list[Block]:
    """A second sheet: a table of the points observed."""
    rows = [("N°", "Punto observado", "Plazo")]
    for i in range(ctx.rng.randint(3, 7)):
        spot = f"{ctx.pick(*world.STREETS)} / {ctx.pick(*world.SECTORS)}"
        rows.append((str(i + 1), spot, f"{ctx.rng.randint(5, 30)} días"))
    return [Break(), Para("ANEXO", bold=True, align="center"), Table(tuple(rows))]


@dataclass(frozen=True)
class _Oficio:
    """What every head of a service's oficio prints."""

    o: world.Office
    head: Head
    printed: str
    subject: str
    when: str
    ant: str | None
    to_lines: str
    lead: str


def _column_head(ctx: Ctx, p: _Oficio) -> list[Block]:
    """The number block in a right column, DE/A under it."""
    ant = [f"ANT.: {p.ant}"] if p.ant else []
    rows = [f"ORD. {p.printed}", *ant, f"MAT.: {p.subject}", p.when]
    dept = p.o.post if p.o.short.split()[0] in p.o.post.upper() else f"{p.o.post} {p.o.short}"
    return [
        p.head,
        Column(tuple(rows), "right", 0.5),
        Space(4),
        Fields((("DE", dept.upper()), ("A", p.to_lines))),
    ]


def _boxed_head(ctx: Ctx, p: _Oficio) -> list[Block]:
    """The matter in a box at the right, under the number and the date."""
    return [
        p.head,
        Para(f"OFICIO {p.printed}", bold=True, align="left"),
        Para(p.when),
        Fields((("Materia", p.subject),), boxed=True, side="right"),
        Para(p.to_lines, align="left"),
        Space(3),
    ]


def _asunto_head(ctx: Ctx, p: _Oficio) -> list[Block]:
    """«ASUNTO:» after the salutation."""
    greeting = ctx.pick("De mi consideración:", "Estimado señor Alcalde:", "Señor Alcalde:")
    return [
        p.head,
        Pair((f"Of. {p.printed}",), (p.when,), 0.5, right_align="right"),
        Space(3),
        Para(p.to_lines, align="left"),
        Para(greeting, align="left"),
        Para(f"ASUNTO: {p.subject}", bold=True, align="left"),
    ]


def _banner_head(ctx: Ctx, p: _Oficio) -> list[Block]:
    """A two-column banner: the office left, number, matter and date right."""
    right = (f"OFICIO ORDINARIO {p.printed}", "", f"MAT.: {p.subject}", "", p.when)
    left = (*p.head.lines, p.o.city.upper())
    banner = Banner(left, right, p.head.emblem, 0.46, rule=ctx.chance(0.5))
    return [banner, Space(4), Para(p.to_lines, align="left")]


def _plain_head(ctx: Ctx, p: _Oficio) -> list[Block]:
    """No subject line: the number and date at the right, then the addressee."""
    return [
        p.head,
        Para(f"ORD. {p.printed}", bold=True, align="right"),
        Para(p.when, align="right"),
        Para(p.to_lines, align="left"),
        Space(3),
    ]


HEADS = (_column_head, _boxed_head, _asunto_head, _banner_head, _plain_head)


def oficio_reparticion(ctx: Ctx) -> Doc:
    """A service's oficio to the mayor, in one of five heads."""
    o = world.office(ctx.rng, ctx.matter.unit)
    parts.fit(ctx, world.OFFICE_UNITS[o.short], skip=CITIZENS_ONLY)
    verb, lead = ctx.rng.choice(VERBS)
    subject = f"{verb} {ctx.matter.name}"
    subject = subject.upper() if ctx.chance(0.35) else subject
    printed, num = parts.number(ctx, o.number)
    ant = _reference(ctx) if ctx.chance(0.45) else None
    when = world.dated(ctx.rng, ctx.day, o.city)
    to_lines, recipient = parts.to_mayor(ctx)
    sig, sender = parts.signed(
        ctx, world.person(ctx.rng), o.post, o.org, closing=ctx.pick(*CLOSINGS)
    )
    paper = _Oficio(o, parts.office_head(ctx, o), printed, subject, when, ant, to_lines, lead)
    style = ctx.rng.randrange(len(HEADS))
    blocks = HEADS[style](ctx, paper)
    stated: str | None = subject
    if style == len(HEADS) - 1:  # «En relación a …» is the only statement of the matter
        stated = None
        opening = f"En relación a {ctx.matter.name}, {lead[0].lower()}{lead[1:]} dicha materia."
        blocks += _body(ctx, lead, open_with=opening)
    else:
        blocks += _body(ctx, lead)
    if ant and style != 0:
        blocks.insert(2, Para(f"REF.: {ant}", size=-1, align="left"))
    blocks += _foot(ctx, sig, ["Destinatario", o.short, "Archivo"])
    if ctx.chance(0.2):
        blocks += _annex(ctx)
    fields = {"subject": stated, "doc_number": num, "sender": sender, "sender_org": o.org}
    t = parts.truth(ctx, "oficio", "entrada", recipient=recipient, antecedents=ant, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o), margin=parts.pencil(ctx))


TO = (
    (
        "Señor Director Regional",
        "Director Regional de Vialidad O'Higgins",
        ("secplan", "dom", "transito"),
    ),
    (
        "Señora Seremi de Salud",
        "Secretaría Regional Ministerial de Salud O'Higgins",
        ("salud", "dom", "educacion"),
    ),
    (
        "Señor Capitán de Puerto",
        "Capitanía de Puerto de Pichilemu",
        ("juridica", "administracion", "daf"),
    ),
    (
        "Señor Delegado Presidencial Provincial",
        "Delegación Presidencial Provincial de Cardenal Caro",
        ("alcaldia", "dideco", "transito"),
    ),
    (
        "Señora Directora Regional",
        "Servicio Nacional de Turismo O'Higgins",
        ("alcaldia", "secplan", "dideco"),
    ),
    ("Señor Jefe Provincial", "CONAF Cardenal Caro", ("dideco", "alcaldia")),
    ("Señor Fiscal Adjunto Jefe", "Fiscalía Local de Pichilemu", ("juridica", "alcaldia", "jpl")),
    ("Señora Contralora Regional", "Contraloría Regional de O'Higgins", ("control", "daf")),
    (
        "Señora Seremi de Educación",
        "Secretaría Regional Ministerial de Educación O'Higgins",
        ("educacion",),
    ),
)
MAYOR_VERBS = (
    "Solicita",
    "Remite información sobre",
    "Responde consulta sobre",
    "Pide pronunciamiento respecto de",
    "Informa gestiones por",
)


def _mayor_head(ctx: Ctx, number: str, subject: str, greet: str, org: str) -> list[Block]:
    """The number, matter and date at the right over A/DE, or a pair and «Ref.:» at the right."""
    when = world.dated(ctx.rng, ctx.day)
    if ctx.chance(0.5):
        rows = (("", number), ("MAT.", subject), ("", when))
        addressed = (("A", f"{greet.upper()}\n{org.upper()}"), ("DE", "ALCALDE DE PICHILEMU"))
        return [Fields(rows, side="right"), Fields(addressed)]
    return [
        Pair((f"{number}/{ctx.day.year}",), (when,), 0.45, right_align="right"),
        Para(f"{greet}\n{org}\nPresente", align="left"),
        Para(f"Ref.: {subject}", bold=True, align="right"),
    ]


def _mayor_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    short = world.UNITS[m.unit].short
    offer = ctx.pick(
        f"En atención a lo expuesto, este municipio agradecerá su colaboración en {m.other}; "
        f"la unidad municipal respectiva ({short}) queda a su disposición.",
        "Para coordinaciones, puede contactarse con la unidad municipal a cargo al teléfono "
        "(72) 2976500.",
    )
    return [
        Para(f"Junto con saludar, me dirijo a usted a propósito de {m.name}. {m.detail}"),
        Para(offer),
    ]


def oficio_alcaldia(ctx: Ctx) -> Doc:
    """The mayor's oficio to a service (sometimes reservado, to the Fiscalía)."""
    fits = [x for x in TO if ctx.matter.unit in x[2]]
    greet, org, units = ctx.rng.choice(fits or TO)
    parts.fit(ctx, units, skip=CITIZENS_ONLY, public=False)
    unit = ctx.matter.unit
    head = parts.muni_head(ctx, unit if ctx.chance(0.5) else "")
    reserved = "Fiscal" in greet and ctx.chance(0.6)
    n = ctx.rng.randint(20, 2600)
    verb = ctx.pick(*MAYOR_VERBS)
    subject = f"{verb} {ctx.matter.name}"
    if verb == "Solicita":
        subject = f"Solicita apoyo para {ctx.matter.name}"
    label = "ORD. RESERVADO" if reserved else ctx.pick("ORD.", "OFICIO ORD.", "OF.")
    sig, sender = parts.mayor_signs(ctx, closing=ctx.pick(*CLOSINGS))
    blocks: list[Block] = [head]
    if reserved:
        blocks.append(Box(("RESERVADO",), "center", True))
    blocks += _mayor_head(ctx, f"{label} N° {n}", subject, greet, org)
    blocks += _mayor_body(ctx)
    blocks += _foot(ctx, sig, [org, world.UNITS[unit].short, "Oficina de Partes"])
    doc_type = "oficio_reservado" if reserved else "oficio"
    fields = {"subject": subject, "doc_number": str(n), "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, doc_type, "salida", recipient=greet, reserved=reserved, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
