"""Lay a Lonquimay Doc out as a born-digital PDF with devgen4's renderer (its papers,
flowables, margin notes, page furniture and RECIBIDO stamp); only Lonquimay's own mark is
drawn here: an araucaria before the snow-capped Lonquimay volcano."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
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

GREEN = colors.HexColor("#2E5E3A")
SLATE = colors.HexColor("#5B6770")
SNOW = colors.HexColor("#F2F2F2")


def _araucaria() -> Drawing:
    """The volcano behind, an araucaria in front: a trunk with tiers of upturned branches."""
    d = Drawing(24 * mm, 20 * mm)
    d.add(Polygon([2 * mm, 2 * mm, 13 * mm, 16 * mm, 23 * mm, 2 * mm], fillColor=SLATE))
    d.add(Polygon([10.5 * mm, 13 * mm, 13 * mm, 16 * mm, 15.5 * mm, 13 * mm], fillColor=SNOW))
    d.add(Rect(7.4 * mm, 1 * mm, 1.2 * mm, 15 * mm, fillColor=GREEN, strokeColor=None))
    for i, half in enumerate((5.5, 4.5, 3.5, 2.5)):
        y = (15.5 - i * 2.6) * mm
        d.add(Line(8 * mm - half * mm, y, 8 * mm, y - 1.6 * mm, strokeColor=GREEN, strokeWidth=1.6))
        d.add(Line(8 * mm + half * mm, y, 8 * mm, y - 1.6 * mm, strokeColor=GREEN, strokeWidth=1.6))
    d.add(Line(0, 1 * mm, 24 * mm, 1 * mm, strokeColor=GREEN, strokeWidth=1.2))
    return d


def _head(st: Style, b: Head) -> list[Flowable]:
    """Lonquimay's letterhead: the mark (and its caption) beside or above the lines."""
    regular, bold = st.header_family
    lines = [
        f'<font name="{bold}">{layout.text(x)}</font>' if i == 0 else layout.text(x)
        for i, x in enumerate(b.lines)
    ]
    ps = ParagraphStyle(
        "h5",
        fontName=regular,
        fontSize=st.size - 1,
        leading=st.size + 0.5,
        alignment=render2.ALIGN[b.align],
    )
    words = Paragraph("<br/>".join(lines), ps)
    art: list[Any] = [_araucaria()]
    if b.caption:
        small = ParagraphStyle("c5", fontName=bold, fontSize=5.5, leading=6.5, alignment=TA_CENTER)
        art.append(Paragraph(layout.text(b.caption), small))
    if b.align == "center":
        table = RLTable([[art], [words]], colWidths=[st.width * 0.8], hAlign="CENTER")
        table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    else:
        row = [art, words] if b.align == "left" else [words, art]
        widths = [28 * mm, st.width * 0.62]
        table = RLTable(
            [row], colWidths=widths if b.align == "left" else widths[::-1], hAlign=b.align.upper()
        )
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
            )
        )
    rule = [HRFlowable(width="100%", thickness=1.0, color=GREEN, spaceBefore=2)] if b.rule else []
    return [table, *rule, Spacer(1, 5 * mm)]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Head) and block.emblem == "lonquimay":
        return _head(st, block)
    return render4.flow(st, block)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng`` (devgen4's papers)."""
    st = render4.choose_style(rng, doc)
    story = [f for b in doc.blocks for f in flow(st, b)]
    top = st.margins[2] + (4 * mm if any(doc.browser) else 0)
    render2.write_pdf(dest, st, story, render4.Furniture(st, doc).draw, top=top)
    return st
