"""Lay a Río Bueno Doc out as a born-digital PDF with devgen4's renderer (papers, flowables,
margin notes, page furniture, RECIBIDO stamp); only Río Bueno's own mark is drawn here: the
battlements of the old Spanish fort over the waves of the river, under a green hill."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from bench.devgen.style import Style
from bench.devgen2 import render as render2
from bench.devgen2.model import Head
from bench.devgen4 import render as render4
from bench.devgen4.model import Doc

RIVER = colors.HexColor("#2F6E9E")
STONE = colors.HexColor("#8C8577")
HILL = colors.HexColor("#3E7B3A")


def fort() -> Drawing:
    """A hill, a crenellated tower and three bands of river."""
    d = Drawing(22 * mm, 20 * mm)
    d.add(Polygon([0, 7 * mm, 9 * mm, 17 * mm, 22 * mm, 9 * mm, 22 * mm, 7 * mm], fillColor=HILL,
                  strokeColor=None))  # fmt: skip
    d.add(Rect(7 * mm, 7 * mm, 8 * mm, 8 * mm, fillColor=STONE, strokeColor=None))
    for x in (7, 10, 13):
        d.add(Rect(x * mm, 15 * mm, 2 * mm, 2 * mm, fillColor=STONE, strokeColor=None))
    d.add(Rect(10 * mm, 7 * mm, 2 * mm, 3.5 * mm, fillColor=colors.black, strokeColor=None))
    for i in range(3):
        d.add(Rect(0, i * 2.2 * mm, 22 * mm, 1.4 * mm, fillColor=RIVER, strokeColor=None))
    return d


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Head) and block.emblem == "riobueno":
        mark = fort()
        mark.hAlign = block.align.upper()
        return [mark, *render4.flow(st, Head(block.lines, "none", block.align, "", block.rule))]
    return render4.flow(st, block)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng`` (devgen4's papers)."""
    st = render4.choose_style(rng, doc)
    story = [f for b in doc.blocks for f in flow(st, b)]
    top = st.margins[2] + (4 * mm if any(doc.browser) else 0)
    render2.write_pdf(dest, st, story, render4.Furniture(st, doc).draw, top=top)
    return st
