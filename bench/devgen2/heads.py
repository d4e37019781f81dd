"""The heads of oficios, memorándums and circulares in five layouts: the number block in a
right column, a bordered table, the office beside its number, DE and A side by side, and the
letter form with «SEÑOR … PRESENTE» and no DE/A."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2 import wording
from bench.devgen2.model import Block, Column, Fields, Head, Heading, Pair, Para, Space
from bench.devgen2.parts import Ctx

LAYOUTS = ("column", "column", "table", "beside", "de_a", "letter")
MAT_LABELS = ("MAT.:", "MAT.:", "MATERIA:", "REF.:", "ASUNTO:", "Materia:", "MAT:")
ANT_LABELS = ("ANT.:", "ANT.:", "ANT:", "ANTECEDENTES:", "Ant.:")


@dataclass(frozen=True)
class Header:
    head: Head
    label: str  # ORD., OF. ORD., MEMORÁNDUM, CIRCULAR ORD., …
    num: str | None
    city: str
    ant: str | None
    mat: str | None
    de: str  # may hold several lines
    a: str
    a_letter: str = ""  # the addressee as a letter prints it (SEÑOR / … / PRESENTE)


def _no(ctx: Ctx, h: Header) -> str:
    if h.num is None:
        return h.label
    return wording.number_line(ctx.rng, h.label, h.num, ctx.day.year)


def _labelled(ctx: Ctx, h: Header) -> list[str]:
    """The ANT. and MAT. lines (or the MAT. alone) as «LABEL: text»."""
    lines = [f"{ctx.pick(*ANT_LABELS)} {h.ant}"] if h.ant else []
    if h.mat:
        lines.append(f"{ctx.pick(*MAT_LABELS)} {h.mat}")
    return lines


def _de_a(ctx: Ctx, h: Header) -> Block:
    colon = ctx.pick(":", " :", ":")
    to = ctx.pick("A", "A", "PARA")
    if ctx.chance(0.25):
        return Pair((f"DE{colon} {h.de}",), (f"{to}{colon} {h.a}",), boxed=ctx.chance(0.5))
    return Fields(((f"DE{colon}", h.de), (f"{to}{colon}", h.a)), boxed=ctx.chance(0.2))


def choose(ctx: Ctx, layouts: tuple[str, ...] = LAYOUTS) -> str:
    """A layout; the caller needs it when the letter form leaves DE: out of the page."""
    return ctx.rng.choice(layouts)


def header(ctx: Ctx, h: Header, layout: str) -> list[Block]:
    """The head blocks of ``h`` in ``layout`` (see LAYOUTS)."""
    when = wording.place_date(ctx.rng, h.city, ctx.day)
    if layout == "column":
        lines = [_no(ctx, h), *_labelled(ctx, h), "", when]
        width = ctx.rng.choice((0.45, 0.5, 0.55))
        return [h.head, Column(tuple(lines), "right", width, ctx.chance(0.3)), _de_a(ctx, h)]
    if layout == "table":
        return _table(ctx, h)
    if layout == "beside":
        left = h.head.lines
        right = (_no(ctx, h), when)
        pair = Pair(left, right, split=ctx.rng.choice((0.45, 0.5)), right_align="right")
        body = [Para(x, align="left", bold=ctx.chance(0.4)) for x in _labelled(ctx, h)]
        return [pair, Space(2), *body, _de_a(ctx, h)]
    if layout == "de_a":
        number = Para(_no(ctx, h), align=ctx.pick("left", "center"), bold=True)
        mats = [Para(x, align="left", bold=True) for x in _labelled(ctx, h)]
        pair = Pair((f"DE: {h.de}",), (f"A: {h.a}",), boxed=ctx.chance(0.5))
        return [h.head, Para(when, align="right"), number, pair, *mats]
    return _letter(ctx, h, when)


def _table(ctx: Ctx, h: Header) -> list[Block]:
    """A centred number and every datum in a bordered table (MATERIA | …)."""
    rows: list[tuple[str, str]] = []
    if h.mat:
        rows.append((ctx.pick("MATERIA", "MATERIA:", "Materia"), h.mat))
    if h.ant:
        rows.append((ctx.pick("ANTECEDENTE", "ANT.", "Antecedentes"), h.ant))
    rows.append((ctx.pick("FECHA", "Fecha"), wording.date_text(ctx.rng, ctx.day)))
    rows += [("DE", h.de), (ctx.pick("A", "PARA"), h.a)]
    if ctx.chance(0.5):
        rows = rows[-3:] + rows[:-3]  # FECHA, DE, A first, then the matter
    return [h.head, Heading(_no(ctx, h), align="center", size=1.5), Fields(tuple(rows), boxed=True)]


def _letter(ctx: Ctx, h: Header, when: str) -> list[Block]:
    """Number and matter top left, the date right, the addressee as a letter names it."""
    mats = _labelled(ctx, h)
    indent = ctx.rng.choice((0.0, 0.0, 70.0))
    blocks: list[Block] = [h.head, Para(_no(ctx, h), align="left", bold=True, left=indent)]
    blocks += [Para(x, align="left", left=indent) for x in mats]
    blocks += [Space(3), Para(when, align="right"), Space(2)]
    to = h.a_letter or f"{ctx.pick('SEÑOR(A)', 'SR(A).', 'SEÑOR(A)')}\n{h.a}"
    blocks.append(Para(f"{to}\n{ctx.pick('PRESENTE', 'Presente', 'PRESENTE.')}", align="left"))
    return blocks
