"""Letters to Chimbarongo: of the reservoir's concessionaire, fruit exporters, packing plants
and a cold store, the water and power utilities and a bus company, on their letterhead (their
mark at the left or the right, their own number, their address in the footer, a «c.c.»
list); of the mimbre artisans' guild and cooperative, canal users, rural water committees
and small farmers (their legal personality under the name, the president's and secretary's
signatures and a round seal); and of juntas de vecinos, clubs and neighbours writing at home
(a hand-signed name, the identity card and a phone under it).

Where their subject stands is subjects' choice for each writer: after «REF.:», «Ref.»,
«MATERIA:», «ASUNTO:», «Objeto:» or «Sumilla:», in small letters, underlined with no label,
in a table's cell, in the right half, or nowhere (only the first paragraph tells it).

Truth (devgen13's): a carta, entrada; a reclamo when the stated subject opens with «Reclamo»
or «Denuncia»; subject as placed (None when unstated); doc_number the firm's own number,
if printed; sender who signs first, sender_org the firm or organisation; recipient the
addressee's first line; ruts as printed."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Listing, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen13.cartas import GREETINGS
from bench.devgen14 import entrantes, parts, senders, subjects, topics, wording, world
from bench.devgen14.parts import Ctx


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm writes to the mayor (entrada)."""
    f = entrantes.office_for(ctx, senders.FIRMS)
    text = wording.said(ctx.rng, wording.COMPANY, ctx.matter, ctx.day)
    style = ctx.pick("ref", "materia", "asunto", "underline", "table", "right", "none")
    placed = subjects.place(ctx, style, text)
    lines = (f.name, f"RUT {ctx.rut(f.rut)}") if ctx.chance(0.5) else (f.name,)
    blocks: list[Block] = [Head(lines, f.emblem, ctx.pick("left", "right"), "", ctx.chance(0.6))]
    num = None
    town = f.address.rsplit(", ", 1)[-1]
    place = Para(wording.place_date(ctx.rng, town, ctx.day), align="right")
    if f.numbered and ctx.chance(0.7):
        number, num = wording.number(ctx.rng, f.numbered, ctx.day.year, 700)
        blocks += [Para(number, align="right", bold=True), place]
    else:
        blocks.append(place)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    opening = (
        f"En relación con {m.name}, {f.name.split(',')[0]} informa a usted lo siguiente."
        if placed.subject is None
        else f"Junto con saludar, nos dirigimos a usted en relación con {m.other}."
    )
    who = world.person(ctx.rng)
    blocks += [
        Space(2),
        Para(to, align="left"),
        *placed.blocks,
        Space(1),
        Para(ctx.pick(*GREETINGS), align="left"),
        Para(opening),
        Para(m.detail),
        Para(
            "Quedamos atentos a sus comentarios y disponibles para coordinar una "
            "reunión con los equipos técnicos municipales."
        ),
    ]
    if ctx.chance(0.3):
        blocks += [Para("Atentamente,", align="left"), parts.by_hand(ctx, who, f.post, f.name)]
    else:
        blocks.append(
            Signature(
                (Signer(who.name, f"{f.post}\n{f.name}"),),
                ctx.pick("left", "center"),
                "Atentamente,",
            )
        )
    if ctx.chance(0.5):
        cc = ("Delegación Presidencial Provincial de Colchagua", "Dirección de Obras Municipales")
        blocks.append(Listing(ctx.pick("c.c.:", "C.C.", "cc:"), (*cc[: ctx.rng.randint(1, 2)],)))
    fields: dict[str, Any] = {"subject": placed.subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": f.name, "recipient": recipient}
    doc_type = "reclamo" if wording.complaint(placed.subject) else "carta"
    truth = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, truth, blocks, footer=(f.address,) if ctx.chance(0.5) else ())


def _signers(ctx: Ctx, org: str, town: str) -> tuple[list[Block], str]:
    """The president's and secretary's signatures, a seal; (blocks, the first signer)."""
    a, b = world.person(ctx.rng), world.person(ctx.rng)
    pres = "Presidenta" if a.female else "Presidente"
    sec = "Secretaria" if b.female else "Secretario"
    words = org.upper().split()
    seal = Seal((" ".join(words[:2]), " ".join(words[2:5])[:22], town.upper()[:20]), "left")
    sig = Signature((Signer(a.name, pres), Signer(b.name, sec)), "center")
    return [sig, seal] if ctx.chance(0.6) else [sig], a.name


REGISTRY = {
    "gremio": "Asociación Gremial inscrita en el Registro N° ",
    "canal": "Organización de usuarios inscrita en la DGA con el N° ",
    "agua": "Personalidad Jurídica Ley N° 19.418, N° ",
    "campo": "Personalidad Jurídica N° ",
}


def carta_organizacion(ctx: Ctx) -> Doc:
    """A guild, a canal association, a water committee or farmers write (entrada)."""
    fit = [g for g in senders.GROUPS if topics.key(ctx.matter) in g[3]]
    org, sort, town, keys = ctx.rng.choice(fit or senders.GROUPS)
    if not fit:
        ctx.matter = topics.about(ctx.rng, ctx.day.year, keys)
    text = wording.said(ctx.rng, wording.COMMUNITY, ctx.matter, ctx.day)
    placed = subjects.place(
        ctx, ctx.pick("sumilla", "ref", "underline", "objeto", "lower", "none"), text
    )
    reg = REGISTRY[sort] + str(ctx.rng.randint(12, 480))
    blocks: list[Block] = [Head((org.upper(), reg, town), "none", "center", "", True)]
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    asks = ctx.pick("solicitar su apoyo respecto de", "exponer la situación de")
    said = f"{world.the(org)} se dirige a usted para {asks} {m.name}."
    blocks += [
        Para(wording.place_date(ctx.rng, town, ctx.day), align="right"),
        Space(1),
        Para(to, align="left"),
        *placed.blocks,
        Space(1),
        Para(ctx.pick("Junto con saludarle cordialmente,", "De nuestra consideración:")),
        Para(said[0].upper() + said[1:], indent=10),
        Para(m.detail, indent=10),
        Para("Esperando una favorable acogida, se despiden atentamente,", align="left"),
    ]
    tail, first = _signers(ctx, org, town)
    blocks += tail
    fields: dict[str, Any] = {"subject": placed.subject, "sender": first, "sender_org": org}
    doc_type = "reclamo" if wording.complaint(placed.subject) else "carta"
    truth = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, truth, blocks, page_label="")


def carta_vecino(ctx: Ctx) -> Doc:
    """A junta de vecinos, a club or a neighbour writes to the mayor (entrada)."""
    org = ctx.pick(*world.ORGS) if ctx.chance(0.4) else None
    if org:
        ctx.matter = topics.with_org(ctx.rng, ctx.matter, ctx.day.year, org)
    m = ctx.matter
    text = wording.said(ctx.rng, wording.COMMUNITY, m, ctx.day)
    placed = subjects.place(
        ctx, ctx.pick("ref", "asunto", "underline", "lower", "none", "none"), text
    )
    to, recipient = parts.to_mayor(ctx)
    blocks: list[Block] = []
    if org:
        blocks.append(Head((org.upper(), world.COMMUNE), "none", "center", "", True))
        tail, sender = _signers(ctx, org, world.COMMUNE)
        said = f"Como directiva de {world.the(org)}, nos dirigimos a usted por {m.name}."
    else:
        who = world.person(ctx.rng)
        rut = ctx.rut(ctx.rng.randint(5_500_000, 26_000_000))
        phone = f"+56 9 {ctx.rng.randint(50_000_000, 99_999_999)}"
        tail = [
            Para("Saluda atentamente,", align="left"),
            parts.by_hand(ctx, who, f"C.I. {rut}", f"Fono {phone}"),
        ]
        sender = who.name
        said = f"Mi nombre es {who.name}, vivo en {world.street_address(ctx.rng)} y le escribo "
        said += f"por {m.name}."
    blocks += [
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Para(to, align="left"),
        *placed.blocks,
        Space(1),
        Para(ctx.pick("De mi consideración:", "Señor Alcalde:", "Estimado Alcalde:"), align="left"),
        Para(said, indent=8),
        Para(m.detail, indent=8),
        Para("Agradeciendo de antemano su atención, espero una pronta respuesta.", align="left"),
        *tail,
    ]
    fields: dict[str, Any] = {"subject": placed.subject, "sender": sender, "sender_org": org}
    doc_type = "reclamo" if wording.complaint(placed.subject) else "carta"
    truth = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    paper = "office" if org else "hand"
    return parts.doc(
        ctx, truth, blocks, paper=paper, ruled=not org and ctx.chance(0.5), page_label=""
    )
