"""Letters of the valley's firms to Vallenar: olive and grape growers, the pisco
cooperative, the iron mines and the water utility. Their letterhead at the right or
centred, with the firm's mark, RUT and address; their own number at times.

Where the subject stands: a block of three references («Su ref.:», «N/ref.:», «Asunto:»);
«Ref:» (no full stop) or «REFERENCIA:» under the addressee; a boxed «Materia» row without
colon; the subject in capitals over two lines, unlabelled, before the greeting; or nowhere.

Truth: a carta, entrada; subject the text after its label (lines joined, case kept), the
unlabelled capitals as printed, None when only the body tells it; antecedents the paper the
«Su ref.:» row cites; doc_number the firm's number (the «N/ref.:» row's, or over the date);
sender who signs; sender_org the firm; recipient the addressee's first line; ruts as
printed."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.sealgen5 import heads, parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx


def _firm(ctx: Ctx) -> senders.Firm:
    """A firm that writes about the matter; else any, the matter becoming one of its."""
    key = ctx.matter.topic.key.removeprefix("vallenar-")
    fit = [f for f in senders.FIRMS if key in f.keys]
    if fit:
        return ctx.rng.choice(fit)
    firm = ctx.rng.choice(senders.FIRMS)
    ctx.matter = topics.among(ctx.rng, ctx.day.year, firm.keys)
    return firm


def _letterhead(ctx: Ctx, f: senders.Firm) -> Head:
    lines = [f.name]
    if ctx.chance(0.6):
        lines.append(f"RUT {ctx.rut(f.rut)}")
    lines.append(f.address)
    return Head(tuple(lines), f.emblem, ctx.pick("right", "center", "left"), "", ctx.chance(0.5))


def _subject(
    ctx: Ctx, style: str, text: str, ours: str
) -> tuple[list[Block], str | None, str | None]:
    """(the subject's blocks, the subject registered, antecedents)."""
    if style == "refs":
        yours = heads.cited(ctx)
        rows = [("Su ref.:", yours)] + ([("N/ref.:", ours)] if ours else [])
        return [Fields((*rows, ("Asunto:", text)), side="left")], text, yours
    if style == "ref":
        label = ctx.pick("Ref:", "REFERENCIA:", "Ref :")
        return [Para(f"{label} {text}", align="left", bold=ctx.chance(0.6))], text, None
    if style == "box":
        return [Fields((("Materia", text),), boxed=True)], text, None
    if style == "caps":
        shown = wording.split_in(ctx.rng, text.upper(), 2)
        return [Para(shown, align="left", bold=True, left=60)], shown, None
    return [], None, None


def carta_empresa(ctx: Ctx) -> Doc:
    """A grower, a mine or the water utility writes to the mayor (entrada)."""
    f = _firm(ctx)
    text = wording.said(ctx.rng, wording.FIRM, ctx.matter, ctx.day)
    style = ctx.pick("refs", "ref", "box", "caps", "none")
    blocks: list[Block] = [_letterhead(ctx, f)]
    ours, num = "", None
    if f.label and ctx.chance(0.7):
        ours, num = wording.number(ctx.rng, f.label.removesuffix(" N°"), ctx.day.year, 480)
    place = Para(wording.place_date(ctx.rng, f.town, ctx.day), align="right")
    if ours and style != "refs":
        blocks.append(Para(ours, align="right", bold=True))
    blocks.append(place)
    to, recipient = parts.to_mayor(ctx)
    stated, subject, ant = _subject(ctx, style, text, ours)
    m = ctx.matter
    first = (
        f"{f.name} se dirige a usted en relación con {m.name}."
        if style == "none"
        else f"Junto con saludar, y en relación con {m.other}, exponemos lo siguiente."
    )
    blocks += [
        Space(2),
        *(stated if style == "refs" else []),
        Para(to, align="left"),
        *(stated if style != "refs" else []),
        Space(1),
        Para(ctx.pick("De nuestra consideración:", "Estimado señor Alcalde:"), align="left"),
        Para(first, indent=8),
        Para(f"{m.detail} Nuestra empresa opera en la provincia del Huasco hace varios años."),
        Para("Quedamos a disposición para coordinar una reunión con los equipos municipales."),
    ]
    who = world.person(ctx.rng)
    cargo = f"{f.post}\n{f.name}" if ctx.chance(0.6) else f.post
    closing = ctx.pick("Saludos cordiales,", "Atentamente,")
    blocks.append(Signature((Signer(who.name, cargo),), ctx.pick("left", "center"), closing))
    if ctx.chance(0.4):
        copies = ["Delegación Presidencial Provincial del Huasco", "Archivo"]
        blocks.append(parts.carbon_copy(ctx, copies))
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": f.name, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(f.address,) if ctx.chance(0.3) else ())
