"""Oficios to and from Porvenir: of Magallanes' offices (SERNAPESCA, Subpesca, the SAG's
office in Porvenir, CONAF, INDAP's Agencia de Área, Vialidad, the DGA, the Delegación
Presidencial Provincial de Tierra del Fuego, the GORE, the SEREMI de Salud, the Servicio de
Salud Magallanes, JUNJI, Carabineros' Tercera Comisaría and the PDI's BICRIM) and the
mayor's own ordinarios to them.

Heads in five arrangements: DocDigital's print (the office's mark, then the rows «ORD.
N°», «ANT.», «MAT.», «FECHA», «DE», «A» as a bordered table, an electronic-signature note
instead of a signature and the platform's verification footer); number and place at the
right and, under the addressee, «Ref.:» citing an earlier paper with «Materia:» on the next
line; the addressee left and «Objeto:» right in two cells side by side; the subject framed
in a box under the number, its label on a line of its own; or a right column with
lower-case labels where the subject starts with a small letter («mat.: remite acta …»).

Truth (devgen's): an oficio, entrada (salida for the mayor's); subject the text after its
label, lines joined, case kept; antecedents the ANT. or «Ref.:» text (marks and lines
joined); doc_number devgen9's rule; sender the post as signed («(S)» kept; DocDigital's
DE row states the same post); sender_org the office (the municipality as its letterhead
names it); recipient the addressee's first line (the name under a lone «SEÑOR», the A row);
unit the matter's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Box, Column, Fields, Head, Pair, Para, Space
from bench.devgen2.world import Person
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office, domain
from bench.devgen9.oficios import foot
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

STYLES = ("docdigital", "docdigital", "refmat", "objeto", "box", "lower")


@dataclass(frozen=True)
class Top:
    """What an oficio's head says, as printed."""

    number: str  # «ORD. N° 245/2025» (DocDigital: the value of its N° row)
    place: str  # «Punta Arenas, 3 de marzo de 2025» (DocDigital: the FECHA value)
    mat: str  # the subject as printed
    ants: str  # the ANT. text, maybe several lines; "" when none
    to: str  # the addressee (lines; one line for DocDigital)
    de: str  # the sender's post


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> list[Block]:
    """The letterhead and the head in one of the five arrangements."""
    if style == "docdigital":
        label = ctx.pick("ORD. N°:", "OFICIO ORD. N°:", "N°:")
        rows = [(label, x.number), ("ANT.:", x.ants or ctx.pick("No hay.", "---"))]
        rows += [("MAT.:", x.mat), ("FECHA:", x.place), ("DE:", x.de), ("A:", x.to)]
        side = ctx.pick("full", "right")
        return [letterhead, Fields(tuple(rows), boxed=ctx.chance(0.7), side=side)]
    if style == "refmat":
        lines: list[Block] = [letterhead, Para(f"{x.number}\n{x.place}", align="right", bold=True)]
        lines += [Space(2), Para(x.to, align="left")]
        if x.ants:
            ref = " ".join(x.ants.split())
            lines.append(Para(f"{ctx.pick('Ref.:', 'REF.:')} {ref}", align="left", left=70))
        return [*lines, Para(f"Materia: {x.mat}", align="left", left=70, bold=ctx.chance(0.5))]
    if style == "objeto":
        left = tuple(x.to.split("\n"))
        right: tuple[str, ...] = (f"{ctx.pick('Objeto:', 'OBJETO:')} {x.mat}",)
        if x.ants:
            right += ("", f"Ant.: {' '.join(x.ants.split())}")
        return [
            letterhead,
            Para(x.number, align="left", bold=True),
            Para(x.place, align="right"),
            Pair(left, right, 0.5, boxed=ctx.chance(0.3)),
        ]
    if style == "box":
        label = ctx.pick("MATERIA", "MATERIA:", "Materia")
        top: list[Block] = [letterhead, Para(x.number, align="center", bold=True)]
        top += [Para(x.place, align="center"), Box((label, x.mat), "left")]
        if x.ants:
            top.append(Para(f"ANT.: {' '.join(x.ants.split())}", align="left", size=-1))
        return [*top, Space(2), Para(x.to, align="left")]
    ants = ("ant.:", *x.ants.split("\n")) if x.ants else ()
    col = (x.number, *ants, *f"mat.: {x.mat}".split("\n"), "", x.place)
    return [letterhead, Column(col, width=0.45), Para(x.to, align="left")]


def _printed(ctx: Ctx, style: str, mat: str) -> str:
    """The subject as the style types it (the truth keeps what is printed, lines joined)."""
    if style == "lower":
        return wording.spread(ctx.rng, wording.lowered(mat), 3)
    return wording.capitals(ctx.rng, mat, 0.2 if style in ("docdigital", "box") else 0.0)


def body(
    ctx: Ctx, whom: str, law: str, *, numbered: bool = False, greeting: str = "Señor Alcalde:"
) -> list[Block]:
    """The letter: greeting, opening, the matter's detail and what is asked; numbered
    paragraphs («1.-», «2.-») as the Armada and some services write them."""
    m = ctx.matter
    cited = f", en virtud de {law}," if law else ","
    texts = [
        ctx.pick(
            f"Por medio del presente, {whom} informa a usted sobre {m.name}.",
            f"Junto con saludarle{cited} me dirijo a usted en relación con {m.other}.",
            f"En atención a la materia del epígrafe, cumplo con informar lo siguiente "
            f"respecto de {m.name}.",
        ),
        m.detail,
        ctx.pick(
            "Se solicita remitir la información dentro de diez días hábiles desde la "
            "recepción del presente.",
            "Se agradecerá designar un funcionario de enlace para coordinar las acciones.",
            "Lo anterior, para su conocimiento y fines pertinentes.",
        ),
    ]
    if numbered:
        texts = [f"{i}.- {t}" for i, t in enumerate(texts, 1)]
    greeting = ctx.pick(greeting, "De mi consideración:", "")
    return [Para(greeting, align="left"), *(Para(t) for t in texts)]


def _office(ctx: Ctx) -> Office:
    """An office writing about the matter; else any, the matter becoming one of its units'."""
    fit = [o for o in world.OFFICES if topics.fits(o.units, ctx.matter.topic)]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(world.OFFICES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def _numbered(ctx: Ctx, style: str, label: str, top: int) -> tuple[str, str]:
    """(the number as printed, as registered); DocDigital's row prints only the value."""
    if style != "docdigital":
        return wording.number(ctx.rng, label, ctx.day.year, top)
    shown, num = wording.number(ctx.rng, "", ctx.day.year, top)
    return shown.split(None, 1)[1], num


def _dated(ctx: Ctx, style: str, town: str) -> str:
    if style == "docdigital":
        return wording.plain_date(ctx.rng, ctx.day)
    return wording.town_date(ctx.rng, town, ctx.day)


def _closing(ctx: Ctx, style: str, who: Person, post: str, org: str) -> tuple[list[Block], str]:
    """(the signature, or DocDigital's note, and the sender registered)."""
    if style == "docdigital":
        name = who.name.upper() if ctx.chance(0.5) else who.name
        return [Para(name, align="center", bold=True), Para(post, align="center"),
                parts.esigned(ctx, name, post, org)], post  # fmt: skip
    closing = ctx.pick("Saluda atentamente a Ud.,", "Saluda atentamente,", "")
    signature, sender = parts.signed(ctx, who, post, org, closing=closing)
    return [signature], sender


def oficio_servicio(ctx: Ctx) -> Doc:
    """A Magallanes office writes to the mayor (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = _numbered(ctx, style, ctx.pick(*o.labels), 2400)
    mat = wording.stated(ctx.rng, wording.SERVICE, ctx.matter, ctx.day, o.law)
    printed = _printed(ctx, style, mat)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "esa Municipalidad"))
    if style == "docdigital":
        to = recipient = ctx.pick("SR. ALCALDE I. MUNICIPALIDAD DE PORVENIR", "Alcalde de Porvenir")
    else:
        to, recipient = parts.to_mayor(ctx)
    x = Top(number, _dated(ctx, style, o.city), printed, ants, to, post.upper())
    blocks = head(ctx, style, x, parts.office_head(ctx, o))
    whom = "esta Comisaría" if o.sort == "police" else ctx.pick("este Servicio", "esta Dirección")
    blocks += body(ctx, whom, o.law, numbered=ctx.chance(0.3))
    sign, sender = _closing(ctx, style, who, post, o.org)
    blocks += [*sign, *foot(ctx, who, ["Sr. Alcalde", "Oficina de Partes", "Archivo"])]
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    page = parts.docdigital_footer(ctx) if style == "docdigital" else ()
    page = page or parts.footer(ctx, o.city, domain(o.org))
    return parts.doc(ctx, t, blocks, footer=page)


def oficio_municipal(ctx: Ctx) -> Doc:
    """The mayor writes to one of the offices (salida), on paper or through DocDigital."""
    o = _office(ctx)
    style = ctx.pick(*STYLES)
    chief = world.person(ctx.rng)
    head_post = o.signer_post(chief.female)
    if style in ("docdigital", "objeto"):
        to = recipient = f"{'SRA.' if chief.female else 'SR.'} {head_post.upper()}"
    else:
        honorific = "SEÑORA" if chief.female else "SEÑOR"
        to = f"{honorific}\n{chief.name.upper()}\n{head_post.upper()}\n{o.city.upper()}"
        recipient = chief.name.upper()
    number, num = _numbered(ctx, style, ctx.pick("ORD.", "ORD. ALC.", "OFICIO ORD."), 1400)
    mat = wording.stated(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    printed = _printed(ctx, style, mat)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "ese Servicio"))
    x = Top(number, _dated(ctx, style, world.COMMUNE), printed, ants, to, "ALCALDE DE PORVENIR")
    blocks = head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    blocks += body(ctx, "esta Municipalidad", "", greeting="De nuestra consideración:")
    sign, sender = _closing(ctx, style, world.MAYOR, "Alcalde", world.MUNI)
    unit = world.UNITS[ctx.matter.unit]
    blocks += [*sign, *foot(ctx, world.MAYOR, ["Destinatario", unit.short, "Oficina de Partes"])]
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    page = parts.docdigital_footer(ctx) if style == "docdigital" else parts.footer(ctx)
    return parts.doc(ctx, t, blocks, footer=page)
