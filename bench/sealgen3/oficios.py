"""Oficios to and from Casablanca: of the regional offices of Valparaíso (the Delegación
Presidencial, now and then «RESERVADO», the GORE, the SEREMIs of Salud, Vivienda, Transportes
and Desarrollo Social, SERVIU, Vialidad, the DOH, the DGA, the SAG, CONAF, the
Superintendencia del Medio Ambiente, the Servicio de Salud Valparaíso San Antonio, SENAPRED,
the Superintendencia de Educación) and the mayor's own ordinarios to them, in heads' six
arrangements (column, banner, grid, margin, asunto, none).

Truth (devgen's): an oficio, entrada (salida for the mayor's); subject the text after its
label as printed (lines joined), None when no subject line is printed; antecedents the ANT.
text; doc_number as wording.number keeps it; sender the post as signed; sender_org the
office (the municipality as its letterhead names it); recipient the addressee's first line
(the name under a lone «SEÑORA»/«SEÑOR»); reserved when stamped so; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Para
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office, domain
from bench.sealgen3 import heads, parts, senders, topics, wording, world
from bench.sealgen3.parts import Ctx


def office(ctx: Ctx, pool: tuple[Office, ...]) -> Office:
    """An office of ``pool`` writing about the matter; else any, the matter becoming one of
    its units'."""
    fit = [o for o in pool if topics.fits(ctx.matter.topic, o.units)]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(pool)
    ctx.matter = topics.among(ctx.rng, ctx.day.year, o.units)
    return o


def whom(org: str) -> str:
    """How an office names itself in its text: «esta Delegación», «este Servicio»."""
    for start, said in (
        ("Delegación", "esta Delegación Presidencial"),
        ("Gobierno Regional", "este Gobierno Regional"),
        ("Secretaría Regional", "esta Secretaría Regional Ministerial"),
        ("Dirección", "esta Dirección Regional"),
        ("Superintendencia", "esta Superintendencia"),
        ("Corporación", "esta Corporación"),
    ):
        if org.startswith(start):
            return said
    return "este Servicio"


def body(ctx: Ctx, whom: str, law: str, *, first: str = "", own: bool = False) -> list[Block]:
    """Greeting, opening (``first`` when the head states no subject), detail, request."""
    m = ctx.matter
    cited = f" y conforme a {law}" if law else ""
    opening = first or ctx.pick(
        f"Me dirijo a usted, en el ámbito de competencia de {whom}{cited}, en relación con "
        f"{m.other}.",
        f"Por el presente, {whom} pone en su conocimiento los antecedentes de {m.name}.",
        f"Sobre el particular, cumplo con informar que {whom} ha tomado conocimiento de {m.name}.",
    )
    ask = ctx.pick(
        "Agradeceré a usted disponer las gestiones que correspondan a la brevedad."
        if own
        else "Se solicita informar a esta repartición dentro del plazo de 10 días hábiles.",
        "Agradeceré a usted designar un funcionario de contacto para coordinar lo anterior.",
        "Sin otro particular, saluda atentamente a usted.",
        "Lo anterior, para su conocimiento y fines que estime pertinentes.",
    )
    return [Para(opening, indent=ctx.rng.choice((0.0, 10.0))), Para(m.detail), Para(ask)]


def _addressee(ctx: Ctx, style: str) -> tuple[str, str]:
    if style in heads.ONE_LINE:
        one = ctx.pick(
            "SRA. ALCALDESA I. MUNICIPALIDAD DE CASABLANCA",
            "Alcaldesa de la comuna de Casablanca",
            "SEÑORA ALCALDESA DE CASABLANCA",
        )
        return one, one
    return parts.to_mayor(ctx)


def _first(ctx: Ctx, style: str, whose: str) -> str:
    """The opening that tells the matter when no subject line is printed."""
    if style != "none":
        return ""
    return ctx.pick(
        f"Por intermedio del presente, {whose} se dirige a usted a propósito de {ctx.matter.name}.",
        f"En relación con {ctx.matter.name}, informo a usted lo que sigue.",
    )


def oficio_regional(ctx: Ctx) -> Doc:
    """A regional office of Valparaíso writes to the mayor (entrada)."""
    o = office(ctx, senders.SERVICES)
    reserved = "Delegación" in o.org and ctx.chance(0.3)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*heads.STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    mat = wording.stated(ctx.rng, wording.REGIONAL, ctx.matter, ctx.day, o.law)
    mat = wording.capitals(ctx.rng, mat, 0.3) if style != "none" else ""
    ants = wording.cited(ctx.rng, ctx.day, "de esa Municipalidad") if ctx.chance(0.4) else ""
    to, recipient = _addressee(ctx, style)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    x = heads.Top(number, place, heads.label(ctx), mat, ants, to, post.upper())
    blocks, margin = heads.head(ctx, style, x, parts.office_head(ctx, o))
    if reserved:
        blocks.insert(1, Box(("RESERVADO",), align="center", bold=True))
    said = whom(o.org)
    blocks += body(ctx, said, o.law, first=_first(ctx, style, said))
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks += [signature, *parts.foot(ctx, who, ["Destinatario", "Oficina de Partes", "Archivo"])]
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", reserved=reserved, **fields)
    foot = parts.footer(ctx, f"{o.city} · {domain(o.org)}")
    return parts.doc(ctx, t, blocks, footer=foot, margin=margin)


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor writes to one of the regional offices (salida)."""
    o = office(ctx, senders.SERVICES)
    style = ctx.pick(*heads.STYLES)
    chief = world.person(ctx.rng)
    chief_post = o.signer_post(chief.female)
    if style in heads.ONE_LINE:
        to = recipient = f"{'SRA.' if chief.female else 'SR.'} {chief_post.upper()}"
    else:
        honorific = "SEÑORA" if chief.female else "SEÑOR"
        to = f"{honorific}\n{chief.name.upper()}\n{chief_post.upper()}\n{o.org.upper()}\nPRESENTE"
        recipient = chief.name.upper()
    label = ctx.pick("ORD.", "ORD. ALC.", "OFICIO ORD.", "OF. ORD.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 2400)
    mat = wording.stated(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    mat = wording.capitals(ctx.rng, mat, 0.3) if style != "none" else ""
    ants = wording.cited(ctx.rng, ctx.day, "de ese Servicio") if ctx.chance(0.35) else ""
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    x = heads.Top(number, place, heads.label(ctx), mat, ants, to, "ALCALDESA DE CASABLANCA")
    blocks, margin = heads.head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    first = _first(ctx, style, "esta Alcaldía")
    blocks += body(ctx, "esta Municipalidad", "", first=first, own=True)
    signature, sender = parts.mayor_signs(ctx, closing=ctx.pick("Saluda atentamente,", ""))
    unit = world.UNITS[ctx.matter.unit]
    blocks += [signature, *parts.foot(ctx, world.MAYOR, ["Destinatario", unit.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx), margin=margin)
