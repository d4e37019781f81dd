"""Oficios of the neighbouring municipalities (San Fernando, Placilla, Nancagua, Santa Cruz,
Teno, Rengo) and of the municipal associations (O'Higgins', Colchagua's) to Chimbarongo:
papers that look like Chimbarongo's own (an escudo, «ORD. ALC. N°», a mayor who signs, a
director to his counterpart), in heads' six arrangements; now and then the sender's
«DESPACHADO» stamp at the top, a signature flourished by hand, a copy list naming the other
municipalities.

Truth (devgen6's for a neighbour's oficio): an oficio, entrada; subject as heads places it;
doc_number as devgen12's wording keeps it; sender the post as signed; sender_org the
municipality or association as its letterhead names it; recipient the addressee's first line;
unit the matter's (the counterpart's unit when a director writes)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Para, Space
from bench.devgen2.world import Person
from bench.devgen4.model import Block, Doc
from bench.devgen14 import entrantes, heads, parts, senders, topics, wording, world
from bench.devgen14.parts import Ctx

# a director who writes to the counterpart: (post, the counterpart's unit)
DIRECTORS = (
    ("Director de Tránsito", "transito"),
    ("Directora de Desarrollo Comunitario", "dideco"),
    ("Secretario Comunal de Planificación", "secplan"),
    ("Director de Obras Municipales", "dom"),
    ("Directora de Salud Municipal", "salud"),
)
MAYORS = ("alcaldia", "dideco", "secplan", "transito", "salud", "dom", "daf", "educacion")
ASKS = (
    "Agradeceré a usted instruir a quien corresponda para coordinar lo anterior.",
    "Quedamos atentos a su respuesta, en el espíritu de colaboración que une a nuestras comunas.",
    "Desde ya agradezco su disposición para abordar este tema en conjunto.",
)


def _sender(ctx: Ctx) -> tuple[str, str, str, Person, str, tuple[str, str]]:
    """(org, town, emblem, who signs, post, (addressee lines, recipient))."""
    if ctx.chance(0.25):
        org, town, post = ctx.rng.choice(senders.ASSOCIATIONS)
        ctx.matter = topics.within(ctx.rng, ctx.day.year, ("alcaldia", "secplan", "administracion"))
        return org, town, "seal", world.person(ctx.rng, female=False), post, parts.to_mayor(ctx)
    org, town, woman = ctx.rng.choice(senders.MUNICIPALITIES)
    if ctx.chance(0.65):
        if ctx.matter.unit not in MAYORS:
            ctx.matter = topics.within(ctx.rng, ctx.day.year, MAYORS)
        who = world.person(ctx.rng, female=woman)
        return org, town, "escudo", who, "Alcaldesa" if woman else "Alcalde", parts.to_mayor(ctx)
    post, code = ctx.rng.choice(DIRECTORS)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    who = world.person(ctx.rng, female=post.startswith("Directora"))
    unit = world.UNITS[code]
    first = f"{'Señora' if unit.chief.female else 'Señor'} {unit.chief.name}"
    return org, town, "escudo", who, post, (f"{first}\n{unit.post}\n{world.MUNI}", first)


def oficio_municipio(ctx: Ctx) -> Doc:
    """A neighbouring municipality or an association writes to Chimbarongo (entrada)."""
    org, town, emblem, who, post, (to, recipient) = _sender(ctx)
    style = ctx.pick(*heads.STYLES)
    label = ctx.pick("ORD. ALC.", "ORD.", "OFICIO", "OF. ORD.") if emblem == "escudo" else "ORD."
    number, num = wording.number(ctx.rng, label, ctx.day.year, 2400)
    text = wording.said(ctx.rng, wording.PEER, ctx.matter, ctx.day)
    ant = heads.cited(ctx) if ctx.chance(0.25) else ""
    place = wording.place_date(ctx.rng, town, ctx.day)
    region = "Región del Maule" if town == "Teno" else "Región de O'Higgins"
    office = (org, ctx.pick("Alcaldía", town.upper(), region))
    h = heads.Head(number, place, text, ant, to, recipient, post.upper(), office, emblem)
    t = heads.top(ctx, style, h)
    blocks: list[Block] = []
    if ctx.chance(0.3):
        blocks.append(parts.received_by(ctx, org, word="DESPACHADO"))
    if style != "banner":
        align = ctx.pick("left", "center", "right")
        blocks.append(Head(office, emblem, align, "", ctx.chance(0.5)))
    blocks += [*t.blocks, Space(2), Para(ctx.pick("De mi consideración:", "Estimado Alcalde:"))]
    said = entrantes.body(ctx, f"la {org.removeprefix('Ilustre ')}", "", t.subject is not None)
    blocks += [*said[:-1], Para(ctx.pick(*ASKS), indent=10), said[-1]]
    if ctx.chance(0.35):
        blocks.append(parts.by_hand(ctx, who, post, org))
        sender = post
    else:
        signature, sender = parts.signed(ctx, who, post, org)
        blocks.append(signature)
    others = [m for m, *_ in senders.MUNICIPALITIES if m != org][: ctx.rng.randint(1, 3)]
    blocks += parts.foot(ctx, who, ["Destinatario", *others, "Archivo"])
    fields: dict[str, Any] = {"subject": t.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": org, "recipient": t.recipient, "antecedents": t.ant or None}
    truth = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx, f"{town} – {region}"))
