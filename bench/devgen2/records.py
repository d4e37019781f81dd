"""Minutes of the Concejo Municipal and informes (social, legal, technical, audit).

Truth: both have their title as subject. Minutes go to the Secretaría Municipal; a social
report to DIDECO, a legal one to Asesoría Jurídica, an audit to Control, a technical one to
the unit of its matter (entrada when a service or Contraloría wrote it)."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, services, topics, wording, world
from bench.devgen2.model import Block, Doc, Fields, Head, Heading, Para, Signature, Signer, Table
from bench.devgen2.parts import Ctx
from bench.devgen2.topics import cap

COUNCILLORS = (
    "Rosa Amelia Galaz Pino",
    "Héctor Iván Labra Soto",
    "Mónica Andrea Farías Rojas",
    "Juan Carlos Oyarce Díaz",
    "Elizabeth Cerda Muñoz",
    "Pablo Ignacio Troncoso Vera",
)


def acta(ctx: Ctx) -> Doc:
    """A session of the Concejo: agenda, debate and agreements."""
    ctx.matter = topics.pick(ctx.rng, "secretaria-municipal", year=ctx.day.year)
    num = str(ctx.rng.randint(1, 160))
    sort = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {sort} N° {num}",
        f"ACTA N° {num} — SESIÓN {sort} DEL CONCEJO MUNICIPAL",
        f"Acta de la Sesión {sort.capitalize()} N° {num} del Concejo Municipal de Vichuquén",
        f"CONCEJO MUNICIPAL DE VICHUQUÉN — ACTA {sort} N° {num}",
    )
    mayor = world.UNITS["alcaldia"].chief
    secretary = world.official(ctx.rng, "secretaria-municipal")
    hour = f"{ctx.rng.randint(9, 17)}:{ctx.pick('00', '10', '30', '45')}"
    present = ctx.rng.sample(COUNCILLORS, ctx.rng.randint(4, 6))
    blocks: list[Block] = [parts.muni_head(ctx, "secretaria-municipal"), Heading(title, size=1.5)]
    blocks.append(
        Para(
            f"En Vichuquén, a {wording.long_date(ctx.day)}, siendo las {hour} horas, en la sala de "
            f"sesiones del edificio consistorial, se da inicio a la sesión {sort.lower()} N° {num} "
            f"del Concejo Municipal, presidida por el Alcalde don {mayor.name}, con la asistencia "
            f"de los concejales {', '.join(present[:-1])} y {present[-1]}. Actúa como ministro "
            f"de fe {secretary.person.name}, {secretary.cargo}."
        )
    )
    blocks += _agenda(ctx)
    blocks.append(
        Para(
            f"Se levanta la sesión a las {ctx.rng.randint(11, 19)}:"
            f"{ctx.pick('05', '20', '40')} horas."
        )
    )
    signers = (
        Signer(mayor.name.upper(), "Alcalde, Presidente del Concejo"),
        Signer(secretary.person.name.upper(), f"{secretary.cargo}, Ministro de Fe"),
    )
    blocks.append(Signature(signers, "center", rule=ctx.chance(0.5)))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": secretary.cargo}
    t = parts.truth(
        ctx, "acta_concejo", "interno", unit="secretaria-municipal", sender_org=world.MUNI, **fields
    )
    return parts.doc(ctx, t, blocks, running=f"Acta N° {num}", **parts.muni_footer(ctx))


def _agenda(ctx: Ctx) -> list[Block]:
    points = [topics.pick(ctx.rng, year=ctx.day.year) for _ in range(ctx.rng.randint(2, 4))]
    agenda = ["Lectura y aprobación del acta anterior", "Cuenta de correspondencia"]
    agenda += [cap(p.name) for p in points]
    out: list[Block] = [Para(ctx.pick("TABLA:", "TABLA DE LA SESIÓN"), bold=True, align="left")]
    out += [Para(f"{i}. {x}", left=6) for i, x in enumerate(agenda, 1)]
    agreement = ctx.rng.randint(40, 700)
    for i, p in enumerate(points, 3):
        chief = world.UNITS[p.unit]
        vote = ctx.pick("por unanimidad", "por mayoría de los concejales presentes")
        out += [
            Para(f"{i}. {cap(p.name)}", bold=True, align="left"),
            Para(
                f"{chief.post} {chief.chief.name} expone sobre la materia. {p.detail} Los "
                "concejales formulan consultas, que son respondidas en la sesión."
            ),
            Para(f"ACUERDO N° {agreement + i}/{ctx.day.year}: Se aprueba {vote} {p.other}."),
        ]
    return out


TITLES = {
    "social": ("INFORME SOCIAL{no}", "Informe Social{no}", "INFORME SOCIAL{no} — {M}"),
    "juridico": ("INFORME JURÍDICO{no}: {M}", "INFORME EN DERECHO SOBRE {M}",
                 "Informe Jurídico{no} sobre {m}"),
    "auditoria": ("INFORME DE AUDITORÍA{no}: {M}", "Informe de Control Interno{no}"),
    "tecnico": ("INFORME TÉCNICO{no}: {M}", "Informe Técnico{no} sobre {m}"),
    "externo": ("INFORME DE FISCALIZACIÓN{no}: {M}", "INFORME TÉCNICO{no}: {M}"),
    "contraloria": ("INFORME FINAL{no} SOBRE {M}", "INFORME FINAL{no}"),
}  # fmt: skip
AUTHORS = {"social": "dideco", "juridico": "juridica", "auditoria": "control"}
# Units whose matters a service inspects and reports on.
INSPECTED = ("dom", "salud", "educacion", "transito", "dideco", "secplan")


def _author(ctx: Ctx, sort: str, unit: str) -> tuple[Head, str, str, world.Person, str | None]:
    """(letterhead, the sender's post, organisation, who signs, the addressee if printed)."""
    if sort in ("externo", "contraloria"):
        s = services.CONTRALORIA if sort == "contraloria" else services.for_unit(ctx.rng, unit)
        who = world.person(ctx.rng, female=s.female)
        return parts.service_head(ctx, s), s.cargo, s.org, who, None
    boss = world.official(ctx.rng, AUTHORS.get(sort, unit))
    sender, who = boss.cargo, boss.person
    if sort == "social":
        sender, who = (
            ctx.pick("Trabajadora Social", "Asistente Social"),
            world.person(ctx.rng, female=True),
        )
    recipient = ctx.pick("Alcalde", "Administrador Municipal", "Concejo Municipal")
    return (
        parts.muni_head(ctx, boss.unit),
        sender,
        world.MUNI,
        who,
        (recipient if ctx.chance(0.5) else None),
    )


def informe(ctx: Ctx) -> Doc:
    sort = ctx.pick("social", "juridico", "auditoria", "tecnico", "tecnico", "tecnico")
    fixed = AUTHORS.get(sort)
    if fixed and (sort != "juridico" or ctx.chance(0.7)):
        ctx.matter = topics.pick(ctx.rng, fixed, year=ctx.day.year)
    unit = fixed or ctx.matter.unit
    if ctx.chance(0.3) and (sort == "auditoria" or (unit in INSPECTED and sort == "tecnico")):
        sort = "contraloria" if sort == "auditoria" else "externo"
    num = str(ctx.rng.randint(1, 260)) if ctx.chance(0.65) else None
    no = f" {wording.sign(ctx.rng)} {num}" if num else ""
    title = ctx.pick(*TITLES[sort]).format(no=no, M=ctx.matter.name.upper(), m=ctx.matter.name)
    num = num if no and no in title else None
    external = sort in ("externo", "contraloria")
    head, sender, org, signer, recipient = _author(ctx, sort, unit)
    blocks: list[Block] = [head, Heading(title, size=1.5)]
    if recipient:
        rows = (("DE", sender), ("PARA", recipient), ("FECHA", wording.date_text(ctx.rng, ctx.day)))
        blocks.append(Fields(rows, boxed=ctx.chance(0.5)))
    else:
        city = "Talca" if external else "Vichuquén"
        blocks.append(Para(wording.place_date(ctx.rng, city, ctx.day), align="right"))
    blocks += _social(ctx) if sort == "social" else _sections(ctx)
    blocks.append(parts.signature(ctx, signer.name, sender, org))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sender}
    fields |= {"sender_org": org, "recipient": recipient, "unit": unit}
    t = parts.truth(ctx, "informe", "entrada" if external else "interno", **fields)
    return parts.doc(ctx, t, blocks, running=title[:50] if ctx.chance(0.3) else "")


def _sections(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    names = ctx.rng.sample(
        [
            "ANTECEDENTES",
            "DIAGNÓSTICO",
            "ANÁLISIS",
            "OBSERVACIONES",
            "CONCLUSIONES",
            "RECOMENDACIONES",
        ],
        3,
    )
    texts = [
        f"El presente informe se refiere a {m.name}. {m.detail}",
        f"Se realizó visita a terreno en el sector {m.sector} y se revisaron los antecedentes "
        "disponibles en la unidad.",
        f"Se recomienda adoptar las medidas necesarias respecto de {m.other} en un plazo no "
        "superior a treinta días.",
    ]
    out: list[Block] = []
    for i, (name, text) in enumerate(zip(names, texts, strict=True), 1):
        out += [Para(f"{i}. {name}", bold=True, align="left"), Para(text)]
    return out


def _social(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    head_of = world.person(ctx.rng)
    rows: list[tuple[str, ...]] = [("Nombre", "RUT", "Parentesco", "Edad")]
    rows.append(
        (
            head_of.name,
            ctx.rut(world.person_rut(ctx.rng)),
            "Jefe(a) de hogar",
            str(ctx.rng.randint(26, 84)),
        )
    )
    for kin in ctx.rng.sample(["Cónyuge", "Hijo(a)", "Nieto(a)", "Madre"], ctx.rng.randint(1, 3)):
        rows.append(
            (
                world.person(ctx.rng).name,
                ctx.rut(world.person_rut(ctx.rng)),
                kin,
                str(ctx.rng.randint(3, 80)),
            )
        )
    return [
        Para("I. IDENTIFICACIÓN DEL GRUPO FAMILIAR", bold=True, align="left"),
        Table(tuple(rows), widths=(3, 2, 2, 1)),
        Para("II. SITUACIÓN SOCIOECONÓMICA", bold=True, align="left"),
        Para(
            f"La familia reside en el sector {m.sector}. {m.detail} El grupo familiar se "
            f"ubica en el tramo del {ctx.rng.choice((40, 50, 60))}% del Registro Social de "
            "Hogares."
        ),
        Para("III. SUGERENCIA PROFESIONAL", bold=True, align="left"),
        Para(f"Se sugiere apoyar a la familia respecto de {m.other}."),
    ]
