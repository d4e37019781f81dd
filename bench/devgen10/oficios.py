"""Oficios to and from Tierra Amarilla: of the north's mining and environmental offices
(SERNAGEOMIN, the Superintendencia del Medio Ambiente, the DGA, the SEA, the SEREMI de
Minería), of the Delegación Presidencial Provincial de Copiapó, the Tenencia of Carabineros,
the Hospital de Copiapó and the water company Aguas Chañar (whose papers are letters), and
the mayor's own ordinarios to them.

Heads in five arrangements, each labelling the subject its own way: a narrow right column
where «MAT:» stands alone and the subject follows on the NEXT lines; «Materia.-» inline under
the number, the subject in sentence case closed by a full stop; spaced label rows («ASUNTO
:», «ANT.    :», «A       :»); a shaded two-column box whose narrow right cell «MATERIA»
wraps the subject; or the letterhead left and the number right, the subject starting in the
right column and running on under the head at full width.

Truth (devgen's): an oficio, entrada (salida for the mayor's), a carta for Aguas Chañar;
subject the text after its label, lines joined, case kept, a closing full stop dropped;
antecedents the ANT. text (marks and lines joined); doc_number devgen9's rule; sender the
post as signed; sender_org the office (the municipality as its letterhead names it);
recipient the addressee's first line (the name under a lone «SEÑORA»); unit the matter's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Column, Fields, Head, Para, Space
from bench.devgen3.model import Banner, Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office, domain
from bench.devgen9.oficios import body, foot
from bench.devgen10 import parts, topics, wording, world
from bench.devgen10.parts import Ctx

STYLES = ("next", "dot", "spaced", "grid", "split")


@dataclass(frozen=True)
class Top:
    """What an oficio's head says, as printed."""

    number: str  # «ORD. DGA N° 345/2025»
    place: str  # «Copiapó, 3 de marzo de 2025»
    mat: str  # the subject as printed (maybe a closing full stop)
    ants: str  # the ANT. text, maybe several lines; "" when none
    to: str  # the addressee (lines)
    de: str  # the sender's post


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> list[Block]:
    """The letterhead and the head in one of the five arrangements."""
    if style == "next":
        ants = ("ANT.:", *x.ants.split("\n"), "") if x.ants else ()
        lines = (
            x.number,
            x.place,
            "",
            *ants,
            "MAT:",
            *wording.spread(ctx.rng, x.mat, 4).split("\n"),
        )
        return [letterhead, Column(lines, width=0.42), Space(2), Para(x.to, align="left")]
    if style == "dot":
        rows: list[Block] = [Para(f"Materia.- {x.mat}", align="left", left=60)]
        if x.ants:
            rows.append(Para(f"Antecedente.- {' '.join(x.ants.split())}", align="left", left=60))
        top: list[Block] = [letterhead, Para(x.number, align="left", bold=True)]
        top.append(Para(x.place, align="right"))
        return [*top, *rows, Space(3), Para(x.to, align="left")]
    if style == "spaced":
        labels = [("ANT.     :", x.ants)] if x.ants else []
        labels += [("ASUNTO   :", x.mat), ("A        :", x.to), ("DE       :", x.de)]
        number = Para(f"{x.number}\n{x.place}", align="left", bold=True)
        return [letterhead, number, Fields(tuple(labels), bold_labels=ctx.chance(0.5))]
    if style == "grid":
        num, when = x.number, x.place.split(", ", 1)[-1]
        cells = (("N°", num, "MATERIA", x.mat), ("FECHA", when, "ANT.", x.ants or "No hay."))
        title = ctx.pick("", "IDENTIFICACIÓN DEL DOCUMENTO")
        return [letterhead, Grid(cells, title=title), Fields((("A:", x.to), ("DE:", x.de)))]
    words = x.mat.split()
    cut = max(3, len(words) // 3)
    first = wording.spread(ctx.rng, " ".join(words[:cut]), 2).split("\n")
    right = (x.number, x.place, "", f"MAT.: {first[0]}", *first[1:])
    banner = Banner(letterhead.lines, right, letterhead.emblem, 0.5, right_bold=False)
    return [banner, Para(" ".join(words[cut:]), align="left"), Space(2), Para(x.to, align="left")]


def _registered(ctx: Ctx, style: str, mat: str) -> tuple[str, str]:
    """(the subject as printed, as registered): sentence case with a full stop for «dot»,
    capitals now and then elsewhere."""
    if style == "dot":
        return wording.stop(ctx.rng, mat, 0.8), mat
    if style in ("next", "spaced") and ctx.chance(0.25):
        return mat.upper(), mat.upper()
    return wording.stop(ctx.rng, mat, 0.2), mat


def _one_line_to(ctx: Ctx, style: str) -> tuple[str, str]:
    if style in ("spaced", "grid"):
        one = ctx.pick(
            "SRA. ALCALDESA I. MUNICIPALIDAD DE TIERRA AMARILLA", "Alcaldesa de Tierra Amarilla"
        )
        return one, one
    return parts.to_mayor(ctx)


def _office(ctx: Ctx) -> Office:
    """An office writing about the matter; else any, the matter becoming one of its units'."""
    fit = [o for o in world.OFFICES if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(world.OFFICES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def oficio_servicio(ctx: Ctx) -> Doc:
    """A northern office writes to the mayor (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    mat = wording.stated(ctx.rng, wording.SERVICE, ctx.matter, ctx.day, o.law)
    printed, mat = _registered(ctx, style, mat)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "esa Municipalidad"))
    to, recipient = _one_line_to(ctx, style)
    place = wording.town_date(ctx.rng, o.city, ctx.day)
    x = Top(number, place, printed, ants, to, post.upper())
    blocks = head(ctx, style, x, parts.office_head(ctx, o))
    greeting = ctx.pick("Señora Alcaldesa:", "De mi consideración:")
    whom = {"police": "esta Tenencia", "firm": "esta empresa"}.get(o.sort)
    whom = whom or ctx.pick("este Servicio", "esta Dirección Regional", "esta Oficina")
    blocks += body(ctx, whom, o.law, greeting)
    signature, sender = parts.signed(
        ctx, who, post, o.org, closing=ctx.pick("Saluda atentamente a Ud.,", "")
    )
    blocks += [signature, *foot(ctx, who, ["Sra. Alcaldesa", "Oficina de Partes", "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    doc_type = "carta" if o.sort == "firm" else "oficio"
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, o.city, domain(o.org)))


def oficio_municipal(ctx: Ctx) -> Doc:
    """The mayor writes to one of the offices (salida)."""
    o = _office(ctx)
    style = ctx.pick(*STYLES)
    chief = world.person(ctx.rng)
    head_post = o.signer_post(chief.female)
    if style in ("spaced", "grid"):
        to = recipient = f"{'SRA.' if chief.female else 'SR.'} {head_post.upper()}"
    else:
        honorific = "SEÑORA" if chief.female else "SEÑOR"
        to = f"{honorific}\n{chief.name.upper()}\n{head_post.upper()}\n{o.city.upper()}"
        recipient = chief.name.upper()
    number, num = wording.number(
        ctx.rng, ctx.pick("ORD.", "OFICIO ORD.", "ORD. ALC."), ctx.day.year, 1800
    )
    mat = wording.stated(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    printed, mat = _registered(ctx, style, mat)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "ese Servicio", most=2))
    place = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    x = Top(number, place, printed, ants, to, "ALCALDESA DE TIERRA AMARILLA")
    blocks = head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    blocks += body(ctx, "esta Municipalidad", "", "De nuestra consideración:")
    signature, sender = parts.signed(ctx, world.MAYOR, "Alcaldesa", closing="Saluda atentamente,")
    unit = world.UNITS[ctx.matter.unit]
    blocks += [
        signature,
        *foot(ctx, world.MAYOR, ["Destinatario", unit.short, "Oficina de Partes"]),
    ]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
