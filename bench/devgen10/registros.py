"""Records: minutes of the Concejo Municipal (the title «ACTA SESIÓN ORDINARIA N° 34», a
table of attendance, the points of the session and the agreements numbered by year), the
DOM's or SECPLAN's informes técnicos (a title over a PARA/DE/FECHA box, findings and
conclusions), and convenios whose title runs over three centred lines (with a mine, the
Hospital, the GORE or a Colla community).

Truth: minutes are an acta_concejo, interno, for the Secretaría Municipal, their subject the
title as printed, their number the session's; an informe is interno for the unit that writes
it, its subject the title (lines joined), its number the report's; a convenio's subject its
title with its lines joined, no number, entrada when another party drafts it and salida when
the municipality does; sender and sender_org the drafting party (its signer's post, its
name; the municipality as its letterhead names it)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Para, Signature, Signer, Table
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen10 import parts, topics, wording, world
from bench.devgen10.parts import Ctx

COUNCILLORS = (
    "Sr. Juan Carlos Rojas Barraza",
    "Sra. Yessenia Cortés Godoy",
    "Sr. Nelson Tapia Araya",
    "Sra. Rosa Amelia Villegas Quiroz",
    "Sr. Segundo Fermín Cuello Rivera",
    "Sra. Jimena Ardiles Monardes",
)


def acta(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    num = str(ctx.rng.randint(1, 140))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {kind} N° {num}", f"ACTA N° {num}\nSESIÓN {kind} DEL CONCEJO MUNICIPAL"
    )
    unit = "secretaria-municipal"
    hour = f"{ctx.rng.randint(9, 18)}:{ctx.pick('00', '30')}"
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("alcaldia", "secplan", "dom")))
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1.5)]
    blocks += [
        Para(
            f"En Tierra Amarilla, a {wording.long_date(ctx.day)}, siendo las {hour} horas, en el "
            "Salón Municipal, se abre la sesión presidida por la Alcaldesa doña "
            f"{world.MAYOR.name}."
        ),
        Table(
            (
                ("Concejal(a)", "Asistencia"),
                *(
                    (c, ctx.pick("Presente", "Presente", "Ausente"))
                    for c in ctx.rng.sample(COUNCILLORS, 5)
                ),
            ),
            widths=(3, 1),
        ),
        Para("TABLA:", bold=True, align="left"),
    ]
    for i, p in enumerate(points, 1):
        blocks += [
            Para(f"{i}.- {cap(p.name)}.", bold=True, align="left"),
            Para(
                f"{p.detail} ACUERDO N° {ctx.rng.randint(10, 240)}/{ctx.day.year}: se aprueba lo "
                f"relativo a {p.other}."
            ),
        ]
    sec = world.UNITS[unit].chief
    blocks.append(Signature((Signer(sec.name, "Secretario Municipal\nMinistro de Fe"),), "center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretario Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


def informe(ctx: Ctx) -> Doc:
    """A technical report of the DOM or SECPLAN (interno)."""
    code = ctx.pick("dom", "secplan")
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    unit, m = world.UNITS[code], ctx.matter
    num = str(ctx.rng.randint(3, 140))
    title = ctx.pick(
        f"INFORME TÉCNICO N° {num}",
        f"INFORME TÉCNICO N° {num}/{ctx.day.year}\nSOBRE {m.name.upper()}",
    )
    rows = (
        ("PARA", "Sra. Alcaldesa"),
        ("DE", f"{unit.chief.name}, {unit.post}"),
        ("FECHA", wording.long_date(ctx.day)),
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(title, size=1.2, underline=ctx.chance(0.5)),
        Grid(rows, shade=ctx.chance(0.5)),
        Para("1. ANTECEDENTES", bold=True, align="left"),
        Para(
            f"Se efectuó visita a terreno el {wording.long_date(ctx.day)} en relación con "
            f"{m.name}. {m.detail}"
        ),
        Para("2. CONCLUSIONES", bold=True, align="left"),
        Para(f"Se recomienda oficiar a los servicios competentes y coordinar {m.other}."),
        Signature((Signer(unit.chief.name, unit.post),), "center"),
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": unit.post}
    t = parts.truth(ctx, "informe", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks)


# the other party (as the title names it), its name, its signer, the unit, the direction
PARTIES = (
    ("LA COMPAÑÍA CONTRACTUAL MINERA LOS LOROS", "Compañía Contractual Minera Los Loros",
     "Gerente General", "secplan", "entrada"),
    ("EL HOSPITAL REGIONAL DE COPIAPÓ", "Hospital Regional de Copiapó San José del Carmen",
     "Director", "salud", "entrada"),
    ("EL GOBIERNO REGIONAL DE ATACAMA", "Gobierno Regional de Atacama", "Gobernador Regional",
     "secplan", "entrada"),
    ("LA COMUNIDAD INDÍGENA COLLA SOL NACIENTE DE LOS LOROS",
     "Comunidad Indígena Colla Sol Naciente de Los Loros", "Presidenta", "dideco", "salida"),
)  # fmt: skip


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over three lines."""
    party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    kind = ctx.pick(
        "CONVENIO DE COLABORACIÓN",
        "CONVENIO DE TRANSFERENCIA DE RECURSOS",
        "CONVENIO MARCO DE COOPERACIÓN",
    )
    title = f"{kind}\nENTRE LA ILUSTRE MUNICIPALIDAD DE TIERRA AMARILLA\nY {party}"
    other = world.person(ctx.rng)
    mayor = world.MAYOR
    rut = ctx.rut(69_030_600)
    opening = (
        f"En Tierra Amarilla, a {wording.long_date(ctx.day)}, entre la ILUSTRE MUNICIPALIDAD "
        f"DE TIERRA AMARILLA, RUT {rut}, representada por su Alcaldesa doña {mayor.name}, y "
        f"{name}, representada por don(ña) {other.name}, se acuerda lo siguiente:"
    )
    clauses = (
        opening,
        f"PRIMERO: Objeto. {cap(ctx.matter.other)}. {ctx.matter.detail}",
        "SEGUNDO: Vigencia. Doce meses desde la total tramitación del decreto que lo aprueba.",
        "TERCERO: Ejemplares. Se firma en cuatro ejemplares de igual tenor.",
    )
    signers = (Signer(mayor.name.upper(), "Alcaldesa"), Signer(other.name.upper(), post))
    blocks: list[Block] = [parts.muni_head(ctx, code), Heading(title, size=0.5)]
    blocks += [Para(x) for x in clauses]
    blocks.append(Signature(signers, "center"))
    first = (post, name) if direction == "entrada" else ("Alcaldesa", "muni")
    fields: dict[str, Any] = {"subject": title, "sender": first[0], "sender_org": first[1]}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))
