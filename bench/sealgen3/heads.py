"""The heads of Casablanca's oficios, incoming and outgoing, in six arrangements, each
putting the number, the date and the subject its own way:

- «column»: a boxed or bare column at the right holding the number, «ANT.:», the subject
  label and its text, and the place and date; «A :» / «DE :» rows under it;
- «banner»: the office's mark and lines at the left, the number, date and subject at the
  right, both from the top (devgen3's Banner);
- «grid»: a shaded table of labelled cells (N° / FECHA, DE, A, the subject label, ANT.);
- «margin»: the number, antecedents, subject and date in a wide left margin, the letterhead
  and the body in the narrower text column (devgen4's Margin);
- «asunto»: a letter's head (number left, place right, the addressee) with the subject
  label and its text in bold under the addressee;
- «none»: a letter's head without any subject line.

``Top`` is what the head prints; each writer registers its own truth from the same values."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Column, Fields, Head, Para, Space
from bench.devgen3.model import Banner, Grid
from bench.devgen4.model import Block, Margin
from bench.sealgen3.parts import Ctx

STYLES = ("column", "column", "banner", "grid", "margin", "asunto", "none")
ONE_LINE = ("grid", "column", "banner")  # heads whose A: row takes one line


@dataclass(frozen=True)
class Top:
    number: str  # «ORD. N° 1.234»
    place: str  # «Valparaíso, 3 de marzo de 2025»
    label: str  # «MAT.:», «MATERIA:», «REF.:», «ASUNTO:»
    mat: str  # the subject as printed ("" for none)
    ants: str  # a cited paper, or ""
    to: str  # the addressee's lines
    de: str  # the sender's post, in capitals


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> tuple[list[Block], Margin | None]:
    """(the head's blocks, a margin note or None)."""
    if style == "column":
        lines = [x.number] + ([f"ANT.: {x.ants}"] if x.ants else [])
        lines += [f"{x.label} {x.mat}", x.place] if x.mat else [x.place]
        col = Column(tuple(lines), "right", ctx.rng.choice((0.45, 0.5, 0.55)), ctx.chance(0.35))
        to_de = (("A :", x.to), ("DE :", x.de))
        return [letterhead, col, Fields(to_de, bold_labels=True), Space(2)], None
    if style == "banner":
        right = [x.number, x.place, ""]
        right += [f"{x.label} {x.mat}"] if x.mat else []
        right += [f"ANT.: {x.ants}"] if x.ants else []
        banner = Banner(letterhead.lines, tuple(right), letterhead.emblem, 0.5, ctx.chance(0.5))
        return [banner, Para(f"A: {x.to}", align="left"), Para(f"DE: {x.de}", align="left")], None
    if style == "grid":
        bare = x.place.split(", ", 1)[-1]
        rows: list[tuple[str, ...]] = [("N°", x.number, "FECHA", bare), ("DE", x.de), ("A", x.to)]
        rows += [(x.label.rstrip(".:").rstrip("."), x.mat)] if x.mat else []
        rows += [("ANT.", x.ants)] if x.ants else []
        title = ctx.pick("", "", "IDENTIFICACIÓN DEL DOCUMENTO")
        return [letterhead, Grid(tuple(rows), shade=ctx.chance(0.7), title=title), Space(2)], None
    if style == "margin":
        lines = [x.number, ""] + ([f"ANT.: {x.ants}", ""] if x.ants else [])
        lines += [f"{x.label} {x.mat}", ""] if x.mat else []
        lines += [x.place]
        margin = Margin(tuple(lines), "left", ctx.rng.choice((50.0, 56.0, 60.0)))
        return [letterhead, Space(4), Para(x.to, align="left"), Space(2)], margin
    top: list[Block] = [letterhead, Para(x.number, align="left", bold=True)]
    top += [Para(x.place, align="right"), Space(2), Para(x.to, align="left")]
    if x.ants:
        top.append(Para(f"ANT.: {x.ants}", align="left", left=60, size=-0.5))
    if style == "asunto" and x.mat:
        top.append(Para(f"{x.label} {x.mat}", align="left", left=60, bold=True))
    return [*top, Space(2)], None


def label(ctx: Ctx, labels: tuple[str, ...] = ()) -> str:
    """The subject's label: the office's own, or one of the common ones."""
    return ctx.pick(*(labels or ("MAT.:", "MAT.:", "MATERIA:", "REF.:", "ASUNTO:")))
