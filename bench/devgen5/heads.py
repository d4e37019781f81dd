"""The head of an oficio or a memo, where this set varies most how the subject is stated:
«MAT.: …» in a number column on the right (before or after ANT.), the label alone on its
line with the text under it, a small bordered table (N° / FECHA / ANT. / MAT.), a banner
with the number on the right and «REF.:» under it, or DE:/A: first and «ASUNTO:» after
them with ANT. between the subject and the body; the text may wrap over two or three lines
where a typist broke it. «INCL.:» and «DIST.:» lines come and go."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bench.devgen2.model import Column, Fields, Head, Heading, Para, Space
from bench.devgen3.model import Banner, Grid
from bench.devgen4.model import Block
from bench.devgen5 import wording
from bench.devgen5.parts import Ctx


@dataclass(frozen=True)
class Lines:
    """What an oficio's head states: number line, place and date, subject (as printed, with
    its line breaks), antecedent, enclosures, sender and addressee (DE:/A:, may be empty)."""

    number: str  # «ORD. N° 1.245/2025»
    shown: str  # «1.245/2025», for a table's cell beside «ORD. N°»
    label: str  # «ORD.»
    when: str
    mat: str
    ant: str | None = None
    incl: str | None = None
    de: str = ""
    a: str = ""


def printed_subject(ctx: Ctx, text: str) -> str:
    """The subject as typed: on one line, or broken over two or three lines."""
    if ctx.chance(0.45) and len(text) > 40:
        return wording.wrap(ctx.rng, text, ctx.rng.choice((26, 32, 38, 44)))
    return text


def _label(ctx: Ctx, *, alone: bool = False) -> str:
    if alone:
        return ctx.pick("MATERIA:", "MAT.:", "Materia:", "REFERENCIA:", "Referencia", "ASUNTO:")
    return ctx.pick(*wording.SUBJECT_LABELS)


def labelled(ctx: Ctx, x: Lines) -> list[str]:
    """«ANT.: …», «MAT.: …», «INCL.: …» lines, MAT. before ANT. now and then."""
    mat_label = _label(ctx)
    lower = mat_label[1:2].islower()
    rows = [f"{mat_label} {x.mat}"]
    if x.ant:
        ant = f"{'Ant.:' if lower else ctx.pick('ANT.:', 'ANT:', 'ANT. :')} {x.ant}"
        rows = [*rows, ant] if ctx.chance(0.35) else [ant, *rows]
    if x.incl:
        rows.append(f"{'Incl.:' if lower else 'INCL.:'} {x.incl}")
    return rows


def number(ctx: Ctx, label: str, num: str) -> tuple[str, str]:
    """(«ORD. N° 1.245/2025», «1.245/2025»): the number line and the number as printed."""
    return wording.number_text(ctx.rng, label, num, ctx.day.year)


def de_a(ctx: Ctx, x: Lines) -> list[Block]:
    if not (x.de or x.a):
        return []
    colon = ctx.pick(":", " :", ":")
    rows = ((f"DE{colon}", x.de), (f"{ctx.pick('A', 'A', 'PARA')}{colon}", x.a))
    return [Fields(rows, boxed=ctx.chance(0.2))]


def oficio_head(ctx: Ctx, head: Head, x: Lines) -> list[Block]:
    """The head in one of six arrangements (the body follows)."""
    style = ctx.pick("column", "column", "alone", "table", "banner", "after", "grid")
    if style == "column":
        width = ctx.rng.choice((0.45, 0.5, 0.55))
        lines = (x.number, "", *labelled(ctx, x), "", x.when)
        return [head, Column(lines, "right", width, boxed=ctx.chance(0.2)), *de_a(ctx, x)]
    if style == "alone":
        return [head, *_alone(ctx, x)]
    if style == "table":
        rows = [(f"{x.label} N°", x.shown), ("FECHA", x.when)]
        if x.ant:
            rows.append(("ANT.", x.ant))
        rows.append((_label(ctx).rstrip(":/ ").rstrip("."), x.mat))
        if x.de:
            rows += [("DE", x.de), ("A", x.a)]
        return [head, Fields(tuple(rows), boxed=True, side=ctx.pick("full", "right"))]
    if style == "banner":
        right = (x.number, "", x.when)
        banner = Banner(head.lines, right, head.emblem if head.emblem != "lonquimay" else "tree")
        return [banner, Column(tuple(labelled(ctx, x)), "left", 0.62), *de_a(ctx, x)]
    if style == "grid":
        rows4: list[tuple[str, ...]] = [(f"{x.label} N°", x.shown, "Fecha", x.when)]
        if x.ant:
            rows4.append(("Ant.", x.ant))
        rows4.append(("Materia", x.mat))
        if x.de:
            rows4 += [("De", x.de), ("Para", x.a)]
        return [head, Grid(tuple(rows4), shade=ctx.chance(0.6))]
    return [head, *_after(ctx, x)]


def _alone(ctx: Ctx, x: Lines) -> list[Block]:
    """Number centred, date right, then the label alone on its line and the text below."""
    label = _label(ctx, alone=True)
    out: list[Block] = [
        Heading(x.number, align=ctx.pick("center", "left", "right"), size=1),
        Para(x.when, align="right"),
    ]
    if x.ant and ctx.chance(0.5):
        out.append(Para(f"ANT.: {x.ant}", align="left"))
        x = replace(x, ant=None)
    indent = ctx.rng.choice((0.0, 8.0, 12.0))
    out += [Para(label, bold=True, align="left"), Para(x.mat, align="left", left=indent)]
    if x.ant:
        out.append(Para(f"ANT.: {x.ant}", align="left"))
    if x.incl:
        out.append(Para(f"INCL.: {x.incl}", align="left", size=-1))
    return [*out, Space(2), *de_a(ctx, x)]


def _after(ctx: Ctx, x: Lines) -> list[Block]:
    """Number and date, DE:/A:, then the subject after them and ANT. before the body."""
    label = ctx.pick("ASUNTO:", "MATERIA:", "REF.:", "MAT.:", "Materia:")
    out: list[Block] = [
        Para(x.number, bold=True, align="left"),
        Para(x.when, align=ctx.pick("left", "right")),
        Space(2),
        *de_a(ctx, x),
        Para(f"{label} {x.mat}", bold=ctx.chance(0.5), align="left"),
    ]
    if x.ant:
        out.append(Para(f"ANT.: {x.ant}", align="left"))
    if x.incl:
        out.append(Para(f"INCL.: {x.incl}", align="left", size=-1))
    return [*out, Space(3)]
