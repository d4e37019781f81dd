"""Where a Chimbarongo paper states its subject, and how: after «MAT.:», «MATERIA:»,
«REF.:», «Ref.», «ASUNTO:», «Objeto:» or «Sumilla:» (at the left margin, indented to the
right half, or in a narrow column at the right, wrapped over two or three lines); all in
small letters after a small label («mat.: solicita …»); as a bold underlined line with no
label; inside a table's cell (a one-row grid «MATERIA | …», or under a shaded «ASUNTO»
header); in the right half beside nothing; or nowhere at all.

What the truth registers is the text after the label as printed (case kept, lines joined),
or None when no subject is printed."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Column, Fields, Heading, Para, Table
from bench.devgen2.parts import Ctx
from bench.devgen3.model import Grid
from bench.devgen4.model import Block
from bench.devgen14 import wording

LABELS: dict[str, tuple[str, ...]] = {
    "mat": ("MAT.:", "MAT.:", "Mat.:"),
    "materia": ("MATERIA:", "Materia:", "MATERIA :"),
    "ref": ("REF.:", "Ref.:", "Ref."),
    "asunto": ("ASUNTO:", "Asunto:"),
    "objeto": ("Objeto:", "OBJETO:"),
    "sumilla": ("Sumilla:", "SUMILLA:"),
}
LOWER = ("mat.:", "ref.:", "materia:", "asunto:")
# every way of this module; a writer picks among those its kind of paper uses
STYLES = (*LABELS, "lower", "underline", "table", "right", "column", "none")


@dataclass(frozen=True)
class Placed:
    """The blocks that state the subject and the subject a clerk registers."""

    blocks: tuple[Block, ...]
    subject: str | None


def labelled(ctx: Ctx, label: str, text: str) -> Placed:
    """«LABEL text» at the left, indented or not, the text over one to three lines."""
    indent = ctx.pick("0", "0", "62", "80")
    width = {"0": 1, "62": 2, "80": 3}[indent]
    shown = wording.spread(ctx.rng, text, width) if width > 1 and ctx.chance(0.7) else text
    if width == 1 and ctx.chance(0.25):
        shown = wording.split_two(ctx.rng, text)
    bold = ctx.chance(0.45)
    return Placed((Para(f"{label} {shown}", align="left", bold=bold, left=float(indent)),), text)


def _table(ctx: Ctx, text: str) -> Placed:
    """The subject in a table's cell."""
    label = ctx.pick("MATERIA", "ASUNTO", "Materia", "REFERENCIA")
    form = ctx.rng.randrange(3)
    if form == 0:
        block: Block = Table(((label, text),), header=False, widths=(1.2, 4.8))
    elif form == 1:
        block = Table(((label,), (text,)), header=True)
    else:
        block = Grid(((label, text),))
    return Placed((block,), text)


def place(ctx: Ctx, style: str, text: str) -> Placed:
    """The subject ``text`` in ``style`` (one of STYLES)."""
    if style in LABELS:
        shown = wording.shaped(ctx.rng, text, upper=0.25)
        return labelled(ctx, ctx.pick(*LABELS[style]), shown)
    if style == "lower":
        shown = wording.shaped(ctx.rng, text, lower=0.6)
        if shown == text:
            shown = text[:1].lower() + text[1:]
        return labelled(ctx, ctx.pick(*LOWER), shown)
    if style == "underline":
        shown = wording.shaped(ctx.rng, text, upper=0.5)
        align = ctx.pick("left", "left", "center")
        return Placed((Heading(shown, align=align, size=0.5, underline=True),), shown)
    if style == "table":
        return _table(ctx, text)
    if style == "right":
        label = ctx.pick("MAT.:", "MATERIA:", "REF.:", "ASUNTO:")
        return Placed((Fields(((label, text),), side="right"),), text)
    if style == "column":
        label = ctx.pick("MAT.:", "MATERIA:", "Ref.:")
        shown = wording.spread(ctx.rng, text, ctx.rng.choice((2, 3)))
        return Placed((Column((f"{label} {shown}",), "right", 0.46),), text)
    return Placed((), None)
