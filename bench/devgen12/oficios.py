"""Oficios to and from Lo Prado: of the national and metropolitan offices in Santiago
(SUBDERE, the Subsecretaría de Servicios Sociales, SERVIU Metropolitano, the DTPM, the
Superintendencia de Educación, the SEREMI de Salud RM, the Servicio de Salud Metropolitano
Occidente, the SII, the Tesorería, the Registro Civil, the INE, SENDA, the Servicio
Electoral, the GORE, the Delegación Presidencial Regional and the Subsecretaría de
Prevención del Delito), and the mayor's own ordinarios to them.

Heads in five arrangements, each stating the subject its own way: «Referencia:» (or
«Ref.:», «Asunto:») citing an earlier paper and, after a dash, the matter; «MATERIA:» as a
numbered list («1) …; 2) …») among A:/DE: rows; no label at all but a bold headline centred
over the body; no subject line, the matter only in the first paragraph («Tengo el agrado de
remitir a usted …»); or a bordered table whose header row names the cells (DOCUMENTO, FECHA,
MATERIA) with the values in the row below.

Truth (devgen's): an oficio, entrada (salida for the mayor's); subject the text after its
label (after the dash when a reference precedes it; the list with its numbers, lines
joined), the headline as printed, the MATERIA cell, or None when only the body tells it;
antecedents the reference before the dash or the ANT. row; doc_number as wording.number
keeps it; sender the post as signed; sender_org the office (the municipality as its
letterhead names it); recipient the addressee's first line (the name under a lone
«SEÑOR»/«SEÑORA»); unit the matter's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Head, Heading, Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office, domain
from bench.devgen9.oficios import foot
from bench.devgen12 import parts, senders, topics, wording, world
from bench.devgen12.parts import Ctx

STYLES = ("dash", "list", "headline", "first", "above")
ONE_LINE = ("list", "above")  # heads whose A: row takes one line
ANTS = {"dash": 0.7, "list": 0.35, "above": 0.35}  # heads that print a cited paper
SECOND = (
    "Solicita designar contraparte técnica",
    "Fija reunión de coordinación",
    "Adjunta calendario de trabajo",
    "Requiere respuesta en el plazo de diez días hábiles",
)


@dataclass(frozen=True)
class Top:
    """What an oficio's head says, as printed."""

    number: str  # «ORD. N° 1234/2025»
    place: str  # «Santiago, 3 de marzo de 2025»
    mat: str  # the subject as printed ("" for the «first» head)
    ants: str  # a cited paper, or ""
    to: str  # the addressee (lines, or one line in ONE_LINE heads)
    de: str  # the sender's post


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> list[Block]:
    """The letterhead and the head in one of the five arrangements."""
    top: list[Block] = [letterhead, Para(x.number, align="right", bold=True)]
    top += [Para(x.place, align="right"), Space(2)]
    if style == "dash":
        label = ctx.pick("Referencia:", "Ref.:", "REF.:", "Asunto:")
        text = f"{x.ants} – {x.mat}" if x.ants else x.mat
        return [*top, Para(x.to, align="left"), Para(f"{label} {text}", align="left", left=55)]
    if style == "list":
        rows = [("ANT.:", x.ants)] if x.ants else []
        rows += [("MATERIA:", x.mat), ("A:", x.to), ("DE:", x.de)]
        return [*top, Fields(tuple(rows), bold_labels=ctx.chance(0.6))]
    if style == "headline":
        shown = Heading(x.mat, size=0.5, underline=ctx.chance(0.4))
        return [*top, Para(x.to, align="left"), Space(2), shown]
    if style == "first":
        return [*top, Para(x.to, align="left"), Space(2)]
    cells = (("DOCUMENTO", "FECHA", "MATERIA"), (x.number, _bare(x.place), x.mat))
    rows = [("A:", x.to), ("DE:", x.de)] + ([("ANT.:", x.ants)] if x.ants else [])
    table = Table(cells, header=True, widths=(1.5, 1.3, 3.4))
    return [letterhead, table, Space(3), Fields(tuple(rows), bold_labels=ctx.chance(0.5))]


def _bare(place: str) -> str:
    """The date alone, without the town or a «Fecha:» label."""
    return place.split(", ", 1)[-1].removeprefix("Fecha: ")


def listed(ctx: Ctx, mat: str) -> str:
    """«1) …; 2) …», one item a line now and then (the truth joins the lines)."""
    second = ctx.pick(*SECOND)
    return f"1) {mat};{ctx.pick(' ', chr(10))}2) {second}"


def body(ctx: Ctx, whom: str, law: str, greeting: str, *, first: str = "") -> list[Block]:
    """Greeting, opening (``first`` when the head states no subject), detail, request."""
    m = ctx.matter
    cited = f", en conformidad con {law}," if law else ","
    opening = first or ctx.pick(
        f"Junto con saludar, y en el marco de las atribuciones de {whom}{cited} me dirijo a "
        f"usted en relación con {m.other}.",
        f"Por medio del presente, {whom} pone en su conocimiento la situación de {m.name}.",
        f"Sobre la materia, informo a usted que {whom} ha tomado conocimiento de {m.name}.",
    )
    ask = ctx.pick(
        "Se solicita remitir la información dentro de diez días hábiles desde la recepción "
        "del presente.",
        "Agradeceré designar un profesional de contacto para coordinar las acciones.",
        "Lo anterior, para su conocimiento y fines pertinentes.",
    )
    return [Para(greeting, align="left"), Para(opening), Para(m.detail), Para(ask)]


def _registered(ctx: Ctx, style: str, mat: str) -> tuple[str, str | None]:
    """(the subject as printed, as registered)."""
    if style == "first":
        return "", None
    if style == "list":
        mat = listed(ctx, mat)
    elif style == "headline" or ctx.chance(0.2):
        mat = wording.capitals(ctx.rng, mat, 0.6)
    return mat, mat


def _office(ctx: Ctx) -> Office:
    """An office writing about the matter; else any, the matter becoming one of its units'."""
    fit = [o for o in senders.SERVICES if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(senders.SERVICES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def cited(ctx: Ctx, whose: str) -> str:
    """An earlier paper a reference cites: «Su Ord. N° 456, de 12.02.2025»."""
    n = ctx.rng.randint(20, 3900)
    return ctx.pick(
        f"{whose} Ord. N° {n}, de {wording.some_earlier(ctx.rng, ctx.day)}",
        f"Oficio N° {n}/{ctx.day.year}",
        f"Correo electrónico de {wording.some_earlier(ctx.rng, ctx.day)}",
    )


def oficio_servicio(ctx: Ctx) -> Doc:
    """A national or metropolitan office writes to the mayor (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    printed, mat = _registered(
        ctx, style, wording.stated(ctx.rng, wording.SERVICE, ctx.matter, ctx.day, o.law)
    )
    ants = cited(ctx, "Su") if ctx.chance(ANTS.get(style, 0)) else ""
    if style in ONE_LINE:
        to = recipient = ctx.pick(
            "SR. ALCALDE DE LA MUNICIPALIDAD DE LO PRADO", "Alcalde de Lo Prado"
        )
    else:
        to, recipient = parts.to_mayor(ctx)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    x = Top(number, place, printed, ants, to, post.upper())
    blocks = head(ctx, style, x, parts.office_head(ctx, o))
    first = ""
    if style == "first":
        first = ctx.pick(
            f"Tengo el agrado de remitir a usted los antecedentes relativos a {ctx.matter.name}.",
            f"En relación con {ctx.matter.name}, informo a usted lo siguiente.",
        )
    greeting = ctx.pick("Señor Alcalde:", "De mi consideración:", "Estimado Alcalde:")
    blocks += body(
        ctx,
        ctx.pick("este Servicio", "esta Subsecretaría", "esta repartición"),
        o.law,
        greeting,
        first=first,
    )
    signature, sender = parts.signed(
        ctx, who, post, o.org, closing=ctx.pick("Saluda atentamente a usted,", "")
    )
    blocks += [
        signature,
        *foot(ctx, who, ["Sr. Alcalde de Lo Prado", "Oficina de Partes", "Archivo"]),
    ]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor writes to one of the offices (salida)."""
    o = _office(ctx)
    style = ctx.pick(*STYLES)
    chief = world.person(ctx.rng)
    chief_post = o.signer_post(chief.female)
    if style in ONE_LINE:
        to = recipient = f"{'SRA.' if chief.female else 'SR.'} {chief_post.upper()}"
    else:
        honorific = "SEÑORA" if chief.female else "SEÑOR"
        to = f"{honorific}\n{chief.name.upper()}\n{chief_post.upper()}\n{o.org.upper()}\nPRESENTE"
        recipient = chief.name.upper()
    label = ctx.pick("ORD. ALC.", "OF. ORD.", "ORD.", "OFICIO ORD.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 3200)
    printed, mat = _registered(
        ctx, style, wording.stated(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    )
    ants = cited(ctx, "Su") if ctx.chance(ANTS.get(style, 0)) else ""
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    x = Top(number, place, printed, ants, to, "ALCALDE DE LO PRADO")
    blocks = head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    first = ""
    if style == "first":
        first = f"Tengo el agrado de remitir a usted el informe municipal sobre {ctx.matter.name}."
    greeting = "Señora:" if chief.female else "Señor:"
    blocks += body(
        ctx, "esta Municipalidad", "", ctx.pick(greeting, "De mi consideración:"), first=first
    )
    signature, sender = parts.mayor_signs(ctx, closing="Saluda atentamente a usted,")
    unit = world.UNITS[ctx.matter.unit]
    blocks += [
        signature,
        *foot(ctx, world.MAYOR, ["Destinatario", unit.short, "Oficina de Partes"]),
    ]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
