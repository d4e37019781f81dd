"""Oficios between the municipalities of the Huasco valley and Vallenar's own outgoing
papers: the mayors of Freirina, Huasco and Alto del Carmen write to Vallenar's (entrada);
Vallenar's mayor writes to Atacama's offices (salida), in the heads of ``heads``; and a
direction answers a neighbour or an organisation by letter (salida), its number at times,
its subject after «Asunto:», «Ref.:», as an underlined line, or nowhere.

Truth: a neighbouring mayor's oficio is an oficio, entrada, sender the post as signed,
sender_org that municipality, recipient the addressee's first line; the mayor's own is an
oficio, salida, sender the post as signed («por orden del Alcalde» kept), sender_org the
municipality as its letterhead names it, recipient the addressed person (or the head's own
one-line addressee); a letter to a citizen is a carta, salida, its number if printed,
recipient the person or organisation addressed, sender the signing post."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Heading, Para, Space
from bench.devgen4.model import Block, Doc
from bench.sealgen5 import heads, oficios, parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx

# What the valley's municipalities share: water, visitors, trucks, dogs, the fruit fly.
SHARED = ("alcaldia:01", "alcaldia:02", "dideco:01", "transito:01", "salud:02", "salud:04",
          "dom:05", "educacion:01")  # fmt: skip


def oficio_comuna(ctx: Ctx) -> Doc:
    """The mayor of Freirina, Huasco or Alto del Carmen writes to Vallenar's (entrada)."""
    org, post, address = ctx.rng.choice(senders.NEIGHBOURS)
    town = org.removeprefix("Ilustre Municipalidad de ")
    who = world.person(ctx.rng, female=post.endswith("a"))
    if ctx.matter.topic.key.removeprefix("vallenar-") not in SHARED:
        ctx.matter = topics.among(ctx.rng, ctx.day.year, SHARED)
    style = ctx.pick("banner", "under", "column", "sref", "none", "cells")
    number, num = wording.number(ctx.rng, ctx.pick("ORD.", "OF. ALC.", "OFICIO"), ctx.day.year)
    to, recipient = parts.to_mayor(ctx)
    h = heads.Head(
        number=number,
        place=wording.place_date(ctx.rng, town, ctx.day),
        subject=wording.said(ctx.rng, wording.NEIGHBOUR_MUNI, ctx.matter, ctx.day),
        ant=heads.cited(ctx) if ctx.chance(heads.CITES.get(style, 0)) else "",
        to=to,
        de=f"{post.upper()} DE {town.upper()}",
        office=(org.upper(), "Alcaldía", address),
        emblem="escudo",
    )
    placed = heads.arrange(ctx, style, h)
    blocks: list[Block] = []
    if style != "banner":
        blocks.append(Head((org, "Alcaldía"), ctx.pick("escudo", "seal", "none"), "center"))
    m = ctx.matter
    blocks += [
        *placed.blocks,
        Space(2),
        Para(ctx.pick("Estimado colega:", "Señor Alcalde:", "De mi consideración:"), align="left"),
        Para(
            f"Junto con saludar, me dirijo a usted a propósito de {m.name}, asunto que afecta "
            f"por igual a las comunas del valle del Huasco. {m.detail}",
            indent=10,
        ),
        Para(
            f"La Municipalidad de {town} propone abordar {m.other} de manera conjunta, "
            "compartiendo equipos técnicos y maquinaria.",
            indent=10,
        ),
        Para("Sin otro particular, saluda cordialmente a usted,", align="left"),
    ]
    sig, sender = parts.signed(ctx, who, post, org)
    blocks += [sig, *parts.foot(ctx, who, ["Alcalde de Vallenar", "Archivo"])]
    fields: dict[str, Any] = {"subject": placed.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": org, "recipient": placed.recipient or recipient}
    t = parts.truth(ctx, "oficio", "entrada", antecedents=placed.ant, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, address))


def oficio_alcalde(ctx: Ctx) -> Doc:
    """Vallenar's mayor writes to one of Atacama's offices (salida)."""
    o = oficios.pick_office(ctx, senders.SERVICES)
    chief = world.person(ctx.rng)
    chief_post = o.signer_post(chief.female)
    style = ctx.pick("banner", "cells", "under", "sref", "column", "none")
    honorific = "Señora" if chief.female else "Señor"
    label = ctx.pick("ORD. ALC.", "OFICIO ORD.", "ORD.", "OF.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 2400)
    h = heads.Head(
        number=number,
        place=wording.place_date(ctx.rng, world.COMMUNE, ctx.day),
        subject=wording.said(ctx.rng, wording.MAYOR, ctx.matter, ctx.day),
        ant=heads.cited(ctx) if ctx.chance(heads.CITES.get(style, 0)) else "",
        to=f"{honorific}\n{chief.name}\n{chief_post}\n{o.org}\nPresente",
        de="ALCALDE DE VALLENAR",
        office=(world.MUNI.upper(), "Alcaldía", world.MUNI_STREET),
        emblem="vallenar",
        to_line=f"{chief_post}, {o.org}",
    )
    placed = heads.arrange(ctx, style, h)
    if style == "banner":
        ctx.muni_printed = world.MUNI.upper()
        blocks: list[Block] = []
    else:
        blocks = [parts.muni_head(ctx, ctx.matter.unit)]
    m = ctx.matter
    blocks += [
        *placed.blocks,
        Space(2),
        Para(f"{honorific} {chief_post}:", align="left"),
        Para(
            f"Por medio del presente, y en representación de la comunidad de Vallenar, "
            f"expongo a usted la situación de {m.name}. {m.detail}",
            indent=12,
        ),
        Para(
            f"Esta Alcaldía estima indispensable la colaboración de ese Servicio para resolver "
            f"{m.other}, por lo que agradeceré su pronta respuesta.",
            indent=12,
        ),
    ]
    sig, sender = parts.mayor_signs(ctx, closing=ctx.pick("", "Atentamente,"))
    unit = world.UNITS[m.unit].short
    blocks += [sig, *parts.foot(ctx, world.MAYOR, ["Destinatario", unit, "Oficina de Partes"])]
    fields: dict[str, Any] = {"subject": placed.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": placed.recipient or chief.name}
    t = parts.truth(ctx, "oficio", "salida", antecedents=placed.ant, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def _addressed(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient): a neighbour at home or an organisation."""
    if ctx.chance(0.4):
        org = ctx.pick(*world.ORGS)
        return f"Señores\n{org}\nVallenar\nPresente", org
    who = world.person(ctx.rng)
    return f"{'Señora' if who.female else 'Señor'}\n{who.name}\n" + (
        f"{world.street_address(ctx.rng)}, {ctx.pick(*world.SECTORS)}\nPresente"
    ), who.name


def carta_municipal(ctx: Ctx) -> Doc:
    """A direction answers a neighbour or an organisation by letter (salida)."""
    unit = world.UNITS[ctx.matter.unit]
    text = wording.said(ctx.rng, wording.ANSWER, ctx.matter, ctx.day)
    to, recipient = _addressed(ctx)
    blocks: list[Block] = [parts.muni_head(ctx, unit.code)]
    num = None
    if ctx.chance(0.45):
        shown, num = wording.number(ctx.rng, ctx.pick("CARTA", "Carta"), ctx.day.year, 900)
        blocks.append(Para(shown, align="right", bold=True))
    blocks += [Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"), Space(2)]
    style = ctx.pick("asunto", "ref", "heading", "none")
    subject: str | None = text
    if style == "heading":
        blocks += [Para(to, align="left"), Heading(text, align="left", size=0, underline=True)]
    elif style == "none":
        blocks.append(Para(to, align="left"))
        subject = None
    else:
        label = "Asunto:" if style == "asunto" else "Ref.:"
        blocks += [Para(f"{label} {text}", align="left", left=70), Para(to, align="left")]
    m = ctx.matter
    blocks += [
        Para(ctx.pick("Estimado(a) vecino(a):", "De nuestra consideración:"), align="left"),
        Para(
            f"Acusamos recibo de su presentación sobre {m.name}. {m.detail} Al respecto, "
            f"{parts.the_unit(unit.full)} ha dispuesto una visita técnica y le informará de "
            "sus resultados.",
            indent=10,
        ),
        Para("Saluda atentamente a usted,", align="left"),
    ]
    sig, sender = parts.signed(ctx, unit.chief, unit.post, ctx.muni_printed)
    blocks += [sig, *parts.foot(ctx, unit.chief, ["Interesado", unit.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "carta", "salida", sender_org="muni", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
