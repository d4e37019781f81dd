"""Lay a Vicuña Doc out as a born-digital PDF with devgen4's renderer (its papers, flowables,
margin notes, page furniture and RECIBIDO stamp); only Vicuña's own mark is drawn here: an
observatory's dome, its slit open to a starry sky, over the hills of the valley."""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Polygon, Rect, Wedge
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from bench.devgen import layout
from bench.devgen.style import Style
from bench.devgen2 import render as render2
from bench.devgen2.model import Head
from bench.devgen4 import render as render4
from bench.devgen4.model import Doc

NIGHT = colors.HexColor("#1C2A4A")
DOME = colors.HexColor("#C8CCD2")
HILLS = colors.HexColor("#8A6A3B")
STAR = colors.HexColor("#E8C547")


def _star(cx: float, cy: float, r: float) -> list[float]:
    points: list[float] = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.42
        angle = math.pi / 2 + i * math.pi / 5
        points += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return points


def _observatory() -> Drawing:
    """A night sky with three stars, the hills of the valley and a white dome on its drum."""
    d = Drawing(24 * mm, 20 * mm)
    d.add(Rect(0, 0, 24 * mm, 20 * mm, fillColor=NIGHT, strokeColor=None))
    for x, y, r in ((4, 16, 1.6), (19, 17, 1.2), (14, 14.5, 0.9)):
        d.add(Polygon(_star(x * mm, y * mm, r * mm), fillColor=STAR, strokeColor=None))
    hills = [0, 0, 0, 6 * mm, 7 * mm, 9 * mm, 15 * mm, 5 * mm, 24 * mm, 8 * mm, 24 * mm, 0]
    d.add(Polygon(hills, fillColor=HILLS, strokeColor=None))
    d.add(Rect(9 * mm, 5 * mm, 7 * mm, 3 * mm, fillColor=DOME, strokeColor=None))
    d.add(Wedge(12.5 * mm, 8 * mm, 3.5 * mm, 0, 180, fillColor=DOME, strokeColor=None))
    d.add(Rect(12 * mm, 8 * mm, 1 * mm, 3.3 * mm, fillColor=NIGHT, strokeColor=None))
    return d


def _head(st: Style, b: Head) -> list[Flowable]:
    """Vicuña's letterhead: the mark (and its caption) beside the lines, or above them."""
    regular, bold = st.header_family
    lines = [
        f'<font name="{bold}">{layout.text(x)}</font>' if i == 0 else layout.text(x)
        for i, x in enumerate(b.lines)
    ]
    ps = ParagraphStyle(
        "h7",
        fontName=regular,
        fontSize=st.size - 1,
        leading=st.size + 0.5,
        alignment=render2.ALIGN[b.align],
    )
    words = Paragraph("<br/>".join(lines), ps)
    art: list[Any] = [_observatory()]
    if b.caption:
        small = ParagraphStyle("c7", fontName=bold, fontSize=5.5, leading=6.5, alignment=TA_CENTER)
        art.append(Paragraph(layout.text(b.caption), small))
    if b.align == "center":
        table = RLTable([[art], [words]], colWidths=[st.width * 0.8], hAlign="CENTER")
        table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    else:
        widths = [30 * mm, st.width * 0.6]
        row = [art, words] if b.align == "left" else [words, art]
        table = RLTable(
            [row], colWidths=widths if b.align == "left" else widths[::-1], hAlign=b.align.upper()
        )
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
            )
        )
    rule = [HRFlowable(width="100%", thickness=0.9, color=NIGHT, spaceBefore=2)] if b.rule else []
    return [table, *rule, Spacer(1, 5 * mm)]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Head) and block.emblem == "vicuna":
        return _head(st, block)
    return render4.flow(st, block)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng`` (devgen4's papers)."""
    st = render4.choose_style(rng, doc)
    story = [f for b in doc.blocks for f in flow(st, b)]
    top = st.margins[2] + (4 * mm if any(doc.browser) else 0)
    render2.write_pdf(dest, st, story, render4.Furniture(st, doc).draw, top=top)
    return st
