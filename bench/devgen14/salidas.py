"""Chimbarongo's own oficios: the mayor's ordinarios to O'Higgins' offices, to the
neighbouring municipalities and to the associations, and the directors' (DOM, Tránsito,
DIDECO, SECPLAN, DESAM, DAEM) to the services of their matter, «ORD. DOM N° …». In heads'
six arrangements, on the municipality's letterhead or in the banner's left half; the copy
kept in the file often bears the addressee's «RECIBIDO» stamp, a «c.c.» list, the typist's
initials, a flourish over the name; some run to a second page with an annex.

Truth (devgen's): an oficio, salida; subject as heads places it; antecedents the ANT. text;
doc_number as devgen12's wording keeps it; sender the post as signed; sender_org the
municipality as its letterhead names it; recipient the addressee's first line; unit the
matter's (the signing director's)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen14 import entrantes, heads, parts, senders, topics, wording, world
from bench.devgen14.parts import Ctx

DIRECTORS = ("dom", "transito", "dideco", "secplan", "salud", "educacion")
SHORT = {
    "dom": "DOM",
    "transito": "DTT",
    "dideco": "DIDECO",
    "secplan": "SECPLAN",
    "salud": "DESAM",
    "educacion": "DAEM",
}


def _addressee(ctx: Ctx, keep: bool) -> tuple[str, str, str]:
    """(the addressee's lines, the recipient registered, the addressee's org): an office of
    the matter (``keep``: without changing the matter) or a neighbouring municipality."""
    o = None if ctx.chance(0.25) else entrantes.pick_office(ctx, senders.SERVICES, keep=keep)
    if o is None:
        org, town, woman = ctx.rng.choice(senders.MUNICIPALITIES)
        who = world.person(ctx.rng, female=woman)
        first = f"{'Señora' if woman else 'Señor'} {who.name}"
        post = "Alcaldesa" if woman else "Alcalde"
        return f"{first}\n{post}\n{org}\n{town}", first, org
    chief = world.person(ctx.rng)
    if ctx.chance(0.3):
        first = o.signer_post(chief.female).upper()
        return f"{first}\n{o.org.upper()}\n{o.city.upper()}", first, o.org
    first = f"{'Señora' if chief.female else 'Señor'} {chief.name}"
    return f"{first}\n{o.signer_post(chief.female)}\n{o.org}\nPresente", first, o.org


def _write(ctx: Ctx, code: str, label: str) -> tuple[list[Block], heads.Top, str]:
    """The head and body of an outgoing oficio; (blocks, top, number registered)."""
    to, recipient, org = _addressee(ctx, code != "alcaldia")
    style = ctx.pick(*heads.STYLES)
    number, num = wording.number(ctx.rng, label, ctx.day.year, 2600)
    text = wording.said(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    ant = heads.cited(ctx, own=True) if ctx.chance(0.35) else ""
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    unit = world.UNITS[code]
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    office = (ctx.muni_printed, unit.full, world.MUNI_ADDRESS[0])
    h = heads.Head(number, place, text, ant, to, recipient, unit.post.upper(), office, "mimbre")
    t = heads.top(ctx, style, h)
    blocks: list[Block] = []
    if ctx.chance(0.3):
        blocks.append(parts.received_by(ctx, org))
    if style != "banner":
        blocks.append(parts.muni_head(ctx, code))
    blocks += [*t.blocks, Space(2), Para(ctx.pick("De mi consideración:", "Junto con saludar,"))]
    blocks += entrantes.body(ctx, "esta Municipalidad", "", t.subject is not None)
    return blocks, t, num


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor writes to an office, a neighbouring municipality or an association."""
    label = ctx.pick("ORD. ALC.", "OFICIO ORD.", "ORD.", "OF. ALC.")
    blocks, t, num = _write(ctx, "alcaldia", label)
    if ctx.chance(0.3):
        blocks += [Para("Saluda atentamente a usted,"), parts.by_hand(ctx, world.MAYOR, "Alcalde")]
        sender = "Alcalde"
    else:
        signature, sender = parts.mayor_signs(ctx, closing=ctx.pick("", "Saluda atentamente,"))
        blocks.append(signature)
    copies = ["Destinatario", world.UNITS[ctx.matter.unit].short, "Oficina de Partes", "Archivo"]
    blocks += parts.foot(ctx, world.MAYOR, copies)
    if ctx.chance(0.15):
        blocks += entrantes.annex(ctx)
    fields: dict[str, Any] = {"subject": t.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": t.recipient, "antecedents": t.ant or None}
    truth = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx))


def oficio_unidad(ctx: Ctx) -> Doc:
    """A director writes to the office of the matter (salida)."""
    if ctx.matter.unit not in DIRECTORS:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, DIRECTORS)
    code = ctx.matter.unit
    label = ctx.pick(f"ORD. {SHORT[code]}", "ORD.", f"OFICIO {SHORT[code]}")
    blocks, t, num = _write(ctx, code, label)
    tail, sender = parts.unit_signs(ctx, code)
    blocks += tail
    copies = ["Destinatario", "Alcaldía", "Administración Municipal", "Archivo"]
    blocks += parts.foot(ctx, world.UNITS[code].chief, copies)
    fields: dict[str, Any] = {"subject": t.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": t.recipient, "antecedents": t.ant or None}
    truth = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx))
