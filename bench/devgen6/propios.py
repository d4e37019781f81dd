"""San Pedro de la Paz's own correspondence: the ordinarios it sends out (the mayor's, or a
direction's own series, «Ord. (D.O.M.) N° 45», signed by its director) to a Biobío office
or a firm, and the memorándums between its units. An ordinario sets number, ANT. and MAT.
beside the date (two cells), or under it with «A:»/«DE:»; a memo sets DE/PARA/FECHA/ASUNTO
in a two-column grid, DE and PARA side by side with the subject under them, or plain lines
with the subject first.

Truth (devgen's): an ordinario is an oficio, salida; subject its MAT. text; number without
dots or year; sender the signer's post, sender_org the municipality as its letterhead names
it; recipient the addressee's first line; unit the matter's. A memo is interno, its subject
the ASUNTO/MAT. text, sender the DE post, recipient the PARA post, unit the addressed unit."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Pair, Para, Rule, Space
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, topics, wording, world
from bench.devgen6.parts import Ctx

SOURCES = ("alcaldia", "administracion", "secplan", "dom", "dideco", "daf", "juridica", "salud")
SERIES = {"dom": "D.O.M.", "dideco": "DIDECO", "secplan": "SECPLAN", "transito": "DTTP"}


def _addressee(ctx: Ctx) -> tuple[str, str]:
    """(the A: lines, the recipient: their first line): a Biobío office or a firm."""
    firms = [f for f in senders.FIRMS if ctx.matter.unit in f.units]
    if firms and ctx.chance(0.3):
        firm = ctx.rng.choice(firms)
        first = f"{ctx.pick('SR.', 'SRA.')} {firm.post.upper()}"
        return f"{first}\n{firm.name}\n{firm.city.upper()}", first
    s = parts.sender_for(ctx, senders.SERVICES)
    who = world.person(ctx.rng, female=s.female)
    first = f"{'SRA.' if who.female else 'SR.'} {who.name.upper()}"
    return f"{first}\n{senders.post(s, who.female)}\n{s.org}", first


def ordinario(ctx: Ctx) -> Doc:
    """The mayor's ordinario, or a direction's own series signed by its head (salida)."""
    a, recipient = _addressee(ctx)  # may change the matter to one the addressee deals with
    own = ctx.matter.unit in SERIES and ctx.chance(0.4)
    if own:
        unit = world.UNITS[ctx.matter.unit]
        signer, post = unit.chief, unit.post
        label = ctx.pick(f"Ord. ({SERIES[unit.code]})", f"ORD. {SERIES[unit.code]}")
    else:
        signer, post = world.mayor(ctx.rng)
        label = ctx.pick("ORD.", "ORD. ALC.", "Oficio Ord.")
    num = str(ctx.rng.randint(4, 2600) if not own else ctx.rng.randint(3, 240))
    number = wording.number(ctx.rng, label, num, ctx.day.year)
    mat = wording.subject(ctx.rng, wording.OWN_MATS, ctx.matter, ctx.day)
    ant = None if ctx.chance(0.5) else f"Su Oficio N° {ctx.rng.randint(30, 3000)}, de " \
        f"{wording.long_date(wording.earlier(ctx.rng, ctx.day))}."  # fmt: skip
    when = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    left = (number, *((f"ANT.: {ant}",) if ant else ()), f"MAT.: {mat}")
    blocks: list[Block] = [parts.muni_head(ctx, ctx.matter.unit if own else None)]
    if ctx.chance(0.5):
        blocks += [Pair(left, (when,), split=0.62, right_align="right"), Space(2),
                   Fields((("A:", a), ("DE:", post.upper())))]  # fmt: skip
    else:
        blocks += [Para(when, align="right"), *(Para(x, align="left") for x in left), Space(2),
                   Para(a, align="left"), Para("Presente", align="left")]  # fmt: skip
    m = ctx.matter
    blocks += [
        Para(f"{ctx.pick('Junto con saludarle,', 'Por intermedio del presente,')} me dirijo a "
             f"usted en relación con {m.name}. {m.detail}"),
        Para(ctx.pick("Agradeceré a usted disponer las gestiones que correspondan.",
                      f"Para mayores antecedentes, contactar a {world.the(m.unit)}.")),
        parts.signature(ctx, signer.name, post, world.MUNI_NAMES[1], closing="Saluda atentamente,"),
        Para(parts.initials(ctx, signer), align="left", size=-2.5),
    ]  # fmt: skip
    if ctx.chance(0.6):
        blocks.append(parts.distribution(ctx, ["Destinatario", *parts.unit_names(m.unit)[:1],
                                               "Oficina de Partes"]))  # fmt: skip
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": world.MUNI, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter."""
    target = ctx.matter.unit
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target))]
    to = world.UNITS[target]
    mat = wording.subject(ctx.rng, wording.MEMO_MATS, ctx.matter, ctx.day)
    num = str(ctx.rng.randint(1, 900))
    label = ctx.pick("MEMORÁNDUM", "Memorándum", "MEMO INT.", "Memo")
    number = wording.number(ctx.rng, label, num, ctx.day.year)
    when = wording.bare_date(ctx.rng, ctx.day)
    subject_label = ctx.pick("ASUNTO:", "MAT.:", "Materia:", "REF.:")
    style = ctx.pick("grid", "pair", "lines")
    head: list[Block] = [parts.muni_head(ctx, source.code, emblem=0.3),
                         Heading(number, align=ctx.pick("left", "center"), size=1)]  # fmt: skip
    if style == "grid":
        rows = (("DE", source.post), ("PARA", to.post), ("FECHA", when),
                (subject_label.rstrip(":"), mat))  # fmt: skip
        head.append(Table(rows, header=False, widths=(1, 4)))
    elif style == "pair":
        head += [Pair((f"DE: {source.post}", source.full), (f"PARA: {to.post}", to.full),
                      boxed=ctx.chance(0.5)),
                 Para(f"{subject_label} {mat}", align="left", bold=True),
                 Para(f"FECHA: {when}", align="left"), Rule()]  # fmt: skip
    else:
        head += [Para(f"{subject_label} {wording.wrap(ctx.rng, mat, 50)}", align="left"),
                 Para(f"DE : {source.post.upper()}", align="left"),
                 Para(f"A : {to.post.upper()}", align="left"),
                 Para(when, align="right"), Rule(1.0)]  # fmt: skip
    m = ctx.matter
    head += [
        Para(f"Por medio del presente, {ctx.pick('remito', 'derivo', 'informo')} a usted lo "
             f"relativo a {m.name}. {m.detail}"),
        Para("Se solicita su pronunciamiento a la brevedad.", align="left"),
        parts.signature(ctx, source.chief.name, source.post),
    ]  # fmt: skip
    if ctx.chance(0.5):
        head.append(Para(parts.initials(ctx, source.chief), align="left", size=-2.5))
    recipient = to.post.upper() if style == "lines" else to.post
    sender = source.post.upper() if style == "lines" else source.post
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": world.MUNI, "recipient": recipient}
    t = parts.truth(ctx, "memorandum", "interno", **fields)
    return parts.doc(ctx, t, head)


__all__ = ["memorandum", "ordinario", "topics"]
