"""Letters to Porvenir: of the island's estancias, fishing and salmon firms, tourism
operators and contractors (the firm's name, RUT, address and e-mail in the letterhead, now
and then their own «Carta N° 045/2025»), and of its people: neighbours at home (RUT,
address, phone and e-mail under the signature, the date sometimes just above it), juntas de
vecinos, sports clubs, parents' centres and the Croatian society on their letterhead,
signed by president and secretary under a round seal.

The subject, if any, is stated in one of several ways: «Ref.:» citing an earlier paper with
«Materia:» on the next line; «Objeto:» at the right; a title in sentence case, underlined,
or in capitals; «Materia:» alone; a bordered box; or not at all, the matter told only in
the first sentence of the body («Por medio del presente, solicito a usted …»).

Truth: a carta, entrada, or a reclamo when it complains («Reclamo…», «Denuncia…»); subject
the «Materia:»/«Objeto:» text, the title or the box as printed, None when only the body
tells it; antecedents the «Ref.:» text when it cites an earlier paper; sender who signs (the
president when two sign), sender_org the firm or the organisation; recipient the
addressee's first line (the name under a lone «SEÑOR»); ruts as printed; doc_number the
firm's own number when it prints one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bench.devgen2.model import Box, Head, Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

STYLES = ("refmat", "objeto", "title", "materia", "box", "none", "none")


def subject_blocks(ctx: Ctx, style: str, text: str) -> tuple[list[Block], str | None, str | None]:
    """(the blocks that state the subject, the subject registered, the antecedents)."""
    if style == "refmat":
        past = ctx.day - timedelta(days=ctx.rng.randint(6, 50))
        cited = ctx.pick(
            f"Su Ord. N° {ctx.rng.randint(20, 1600)}, de {wording.long_date(past)}",
            f"Carta de esta empresa de fecha {past.day:02d}.{past.month:02d}.{past.year}",
            f"Reunión sostenida el {wording.long_date(past)}",
        )
        return (
            [
                Para(f"Ref.: {cited}", align="left", left=75),
                Para(f"Materia: {text}", align="left", left=75),
            ],
            text,
            cited,
        )
    if style == "objeto":
        return [Para(f"{ctx.pick('Objeto:', 'OBJETO:')} {text}", align="left", left=75)], text, None
    if style == "title":
        shown = wording.capitals(ctx.rng, text, 0.5)
        underline = ctx.chance(0.6)
        return [Heading(shown, size=0.5, align="center", underline=underline)], shown, None
    if style == "materia":
        return [Para(f"Materia: {text}", align="left", bold=True)], text, None
    if style == "box":
        return [Box((f"{ctx.pick('Asunto:', 'Materia:')} {text}",), "left")], text, None
    return [], None, None


# what each sort of firm writes about (units or single matters)
FIRMS_WRITE = {
    "estancia": ("dom:03", "dom:04", "transito:01", "salud:02", "dideco:02"),
    "pesca": ("secplan:02", "dom:01", "salud:01"),
    "turismo": ("alcaldia:01", "alcaldia:03", "transito:02", "daf:02"),
    "empresa": ("transito:01", "juridica:02", "dom:02", "dom:05"),
}
POSTS = ("Gerente General/Gerenta General", "Administrador/Administradora",
         "Representante Legal", "Jefe de Operaciones Porvenir/Jefa de Operaciones Porvenir",
         "Gerente de Sustentabilidad/Gerenta de Sustentabilidad")  # fmt: skip


def carta_empresa(ctx: Ctx) -> Doc:
    """An estancia, a fishing or salmon firm, a tourism operator or a contractor writes."""
    name, rut, address, sort, host = ctx.rng.choice(world.FIRMS)
    if not topics.fits(FIRMS_WRITE[sort], ctx.matter.topic):
        ctx.matter = topics.within(ctx.rng, ctx.day.year, FIRMS_WRITE[sort])
    text = wording.stated(ctx.rng, wording.FIRM, ctx.matter, ctx.day)
    style = ctx.pick(*STYLES)
    stated, subject, ants = subject_blocks(ctx, style, text)
    who = world.person(ctx.rng)
    lines = (name, f"RUT {ctx.rut(rut)}", address, world.email(ctx.rng, who, host))
    emblem = {"pesca": "pez", "estancia": "hills"}.get(sort, "none")
    blocks: list[Block] = [Head(lines, emblem, ctx.pick("left", "right", "center"), "", True)]
    num = None
    if ctx.chance(0.45):
        number, num = wording.number(ctx.rng, ctx.pick("Carta", "CARTA GG", "Carta Ext."),
                                     ctx.day.year, 400)  # fmt: skip
        blocks.append(Para(number, align="left", bold=True))
    to, recipient = parts.to_mayor(ctx)
    town = address.rsplit(", ", 1)[-1]
    m = ctx.matter
    post = (ctx.pick(*POSTS).split("/") * 2)[who.female]
    blocks += [
        Para(wording.town_date(ctx.rng, town, ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para(ctx.pick("De nuestra consideración:", "Estimado señor Alcalde:"), align="left"),
        Para(
            f"Por medio de la presente, {name} {wording.lowered(text)}."
            if style == "none"
            else f"Por medio de la presente, {name} se dirige a usted en relación con {m.name}."
        ),
        Para(f"{cap(m.other)}: {m.detail[0].lower()}{m.detail[1:]}"),
        Para("Quedamos atentos a su respuesta y disponibles para una reunión en Porvenir."),
        Signature((Signer(who.name, post, name),), ctx.pick("left", "center"), "Atentamente,"),
    ]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": name, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    page = (f"{address} · Fono +56 61 2{ctx.rng.randint(210_000, 799_999)} · www.{host}",)
    return parts.doc(ctx, t, blocks, footer=page if ctx.chance(0.4) else ())


@dataclass(frozen=True)
class Author:
    """Who writes a people's letter: the blocks above the date, who the first sentence says
    writes, the blocks under the farewell, and the sender registered."""

    top: list[Block]
    said: str
    tail: list[Block]
    sender: str
    org: str | None = None


def _organisation(ctx: Ctx) -> Author:
    """A junta de vecinos, a club, a parents' centre: letterhead, two signers and a seal."""
    org = ctx.pick(*world.ORGS)
    pj = f"Personalidad Jurídica N° {ctx.rng.randint(12, 380)}"
    rut = ctx.rut(ctx.rng.randint(65_000_000, 65_299_999))
    people = [world.person(ctx.rng) for _ in range(2)]
    posts = (("Presidente", "Presidenta"), ("Secretario", "Secretaria"))
    signers = tuple(
        Signer(p.name, post[p.female], org) for p, post in zip(people, posts, strict=True)
    )
    seal = Seal((org.split()[0].upper(), "PORVENIR", "T. DEL FUEGO"))
    return Author(
        [Head((org.upper(), pj, f"RUT {rut}"), "none", "center", "", True)],
        f"la directiva de {world.with_article(org)} solicita",
        [Signature(signers, "center"), seal],
        signers[0].name,
        org,
    )


def _neighbour(ctx: Ctx) -> Author:
    """A neighbour at home: RUT, address, phone and e-mail under the signature."""
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(4_800_000, 22_000_000))
    address = f"{world.street_address(ctx.rng)}, Porvenir"
    contact = (
        f"RUT: {rut}\nDomicilio: {address}\n"
        f"Fono: +56 9 {ctx.rng.randint(40_000_000, 99_999_999)}\n"
        f"Correo: {world.email(ctx.rng, who)}"
    )
    said = ctx.pick("solicito", f"yo, {who.name}, vecino(a) de {address}, solicito")
    return Author([], said, [Signature((Signer(who.name, contact),), "left", rule=False)], who.name)


def carta_vecino(ctx: Ctx) -> Doc:
    """A neighbour or an organisation writes to the mayor."""
    organised = ctx.chance(0.45)
    text = wording.stated(ctx.rng, wording.PEOPLE, ctx.matter, ctx.day)
    complaint = text.startswith(("Reclamo", "Denuncia"))
    style = ctx.pick(*(s for s in STYLES if s != "refmat"))
    stated, subject, _ants = subject_blocks(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    w = _organisation(ctx) if organised else _neighbour(ctx)
    m = ctx.matter
    dated = Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right")
    at_foot = ctx.chance(0.3)
    ask = "acoger el reclamo por" if complaint else "su apoyo respecto de"
    first = f"Por medio del presente, {w.said} a usted {ask} {m.name}."
    blocks: list[Block] = [
        *w.top,
        *([] if at_foot else [dated]),
        Space(3),
        Para(to, align="left"),
        *stated,
        Para(ctx.pick("De mi consideración:", "Estimado Sr. Alcalde:", "Junto con saludar:"),
             align="left"),
        Para(first, indent=8),
        Para(m.detail, indent=8),
        Para("Sin otro particular, y esperando una favorable acogida, saluda atentamente,",
             align="left"),
        *([Para(dated.text, align="left")] if at_foot else []),
        *w.tail,
    ]  # fmt: skip
    fields: dict[str, Any] = {"subject": subject, "sender": w.sender, "sender_org": w.org}
    doc_type = "reclamo" if complaint else "carta"
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, paper="office" if organised else "hand", page_label="")
