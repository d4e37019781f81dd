"""The heads of Vallenar's oficios, incoming and outgoing, in seven arrangements, and where
each puts the subject:

- ``banner``: the sender's lines (and mark) at the left; number, «ANT.:», «MAT.:» (the
  subject over two or three lines) and date at the right; the addressee under it;
- ``cells``: a boxed table whose label cells carry no colon («Oficio», «Fecha»,
  «Antecedente», «Asunto», «Para», «De»);
- ``under``: number and date, the addressee, then «MATERIA» (no colon) beside or before
  the subject;
- ``sref``: «S/REF.:» in the right half, a cited paper, a hyphen and the subject;
- ``column``: a narrow boxed column at the right with number, «ANT.:» and «MAT.:» broken
  over three or four lines, the date under it;
- ``lower``: lower-case «ref.:» under the addressee, the subject in small letters;
- ``none``: no subject; the matter only in the body.

``arrange`` returns the blocks, the subject and antecedents a clerk registers, and the
recipient when the head prints its own one-line addressee."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Column, Fields, Para
from bench.devgen3.model import Banner
from bench.devgen4.model import Block
from bench.sealgen5 import wording
from bench.sealgen5.parts import Ctx

CITES = {"banner": 0.5, "cells": 0.5, "under": 0.2, "sref": 1.0, "column": 0.6}


@dataclass(frozen=True)
class Head:
    number: str  # «ORD. N° 345/2025»
    place: str  # «Copiapó, 3 de marzo de 2025»
    subject: str
    ant: str  # a cited paper, or ""
    to: str  # the addressee's lines
    de: str  # the sender's post
    office: tuple[str, ...]  # the sender's lines for a banner
    emblem: str = "none"
    to_line: str = "Sr. Alcalde de la I. Municipalidad de Vallenar"


@dataclass(frozen=True)
class Placed:
    blocks: list[Block]
    subject: str | None
    ant: str | None
    recipient: str | None = None  # when the head prints a one-line addressee of its own


def cited(ctx: Ctx) -> str:
    """An earlier paper a head cites."""
    past = wording.some_earlier(ctx.rng, ctx.day)
    n = ctx.rng.randint(11, 2800)
    return ctx.pick(
        f"Ord. N° {n}, de fecha {past}",
        f"Oficio Alcaldicio N° {n}/{ctx.day.year}",
        f"Correo electrónico del {past}",
        f"Reunión de trabajo del {past}",
        f"Presentación ingresada con el N° {n}",
    )


def dated(ctx: Ctx, h: Head) -> list[Block]:
    """Number and date at the top: both at the right, or the number at the left."""
    side = ctx.pick("right", "right", "left")
    return [Para(h.number, align=side, bold=True), Para(h.place, align="right")]


def arrange(ctx: Ctx, style: str, h: Head) -> Placed:
    """The head of ``style`` after the letterhead."""
    to = Para(h.to, align="left")
    text = wording.capitals(ctx.rng, h.subject, 0.2)
    if style == "banner":
        right = (h.number, *((f"ANT.: {h.ant}",) if h.ant else ()), "")
        mat = wording.split_in(ctx.rng, text, 2)
        right += (f"MAT.: {mat}", "", h.place)
        split = ctx.rng.choice((0.5, 0.55))
        banner = Banner(h.office, right, h.emblem, split, False, rule=ctx.chance(0.5))
        return Placed([banner, to], text, h.ant or None)
    if style == "cells":
        return _cells(ctx, h, text)
    if style == "under":
        label = ctx.pick("MATERIA", "Materia", "MAT")
        shown: Block = (
            Fields(((label, text),), side="full")
            if ctx.chance(0.5)
            else Para(f"{label}   {text}", align="left", bold=True)
        )
        return Placed([*dated(ctx, h), to, shown], text, None)
    if style == "sref":
        line = Para(f"S/REF.: {h.ant} - {text}", align="left", left=80)
        return Placed([*dated(ctx, h), line, to], text, h.ant)
    if style == "column":
        mat = wording.split_in(ctx.rng, text, ctx.rng.randint(3, 4))
        lines = (h.number, *((f"ANT.: {h.ant}",) if h.ant else ()), f"MAT.: {mat}")
        box = Column(lines, "right", ctx.rng.choice((0.4, 0.45)), boxed=ctx.chance(0.6))
        return Placed([box, Para(h.place, align="right"), to], text, h.ant or None)
    if style == "lower":
        small = text[:1].lower() + text[1:] if not text.isupper() else text.lower()
        line = Para(f"ref.: {small}", align="left", left=ctx.rng.choice((0.0, 20.0)))
        return Placed([*dated(ctx, h), to, line], small, None)
    return Placed([*dated(ctx, h), to], None, None)


def _cells(ctx: Ctx, h: Head, text: str) -> Placed:
    """Every field in a boxed table of label cells without colons."""
    rows = [("Oficio", h.number), ("Fecha", h.place)]
    if h.ant:
        rows.append(("Antecedente", h.ant))
    rows += [("Asunto", text), ("Para", h.to_line), ("De", h.de)]
    if ctx.chance(0.5):
        rows = rows[:1] + rows[-2:] + rows[1:-2]  # Para and De right after the number
    return Placed([Fields(tuple(rows), boxed=True)], text, h.ant or None, h.to_line)
