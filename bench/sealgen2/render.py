"""Lay a Calama Doc out with devgen4's renderer and page furniture. Drawn here: Calama's mark
(a copper sun over a palm of the oasis and the Loa) joining devgen3's marks, and the document
platform's foot (a QR square beside its folio and verification code)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from bench.devgen import layout
from bench.devgen.style import Style
from bench.devgen2 import render as render2
from bench.devgen3 import marks
from bench.devgen4 import render as render4
from bench.devgen4.model import Doc
from bench.sealgen2.parts import Verify

__all__ = ["render"]

COPPER = colors.HexColor("#B87333")
PALM = colors.HexColor("#3C7A3C")
RIVER = colors.HexColor("#2C6FA8")


def oasis() -> Drawing:
    """A copper sun, a palm and the river under it."""
    d = Drawing(20 * mm, 18 * mm)
    d.add(Circle(13 * mm, 12 * mm, 4.2 * mm, fillColor=COPPER, strokeColor=None))
    d.add(Rect(6.4 * mm, 3 * mm, 1.3 * mm, 9 * mm, fillColor=colors.HexColor("#6B4B2A")))
    for tip in ((1, 9), (3, 13.5), (11, 13.5), (13, 9)):
        d.add(
            Polygon([7 * mm, 12 * mm, tip[0] * mm, tip[1] * mm, 7 * mm, 13.2 * mm], fillColor=PALM)
        )
    for y in (1.2, 2.6):
        d.add(Line(0, y * mm, 20 * mm, y * mm, strokeColor=RIVER, strokeWidth=1.1))
    return d


marks.OWN.setdefault("calama", oasis)


def _verify(st: Style, b: Verify) -> list[Flowable]:
    ps = ParagraphStyle("v", fontName=st.regular, fontSize=st.size - 2.5, leading=st.size - 0.5)
    words = Paragraph("<br/>".join(layout.text(x) for x in b.lines), ps)
    table = RLTable(
        [[marks.qr(b.lines[1], 18 * mm), words]], colWidths=[22 * mm, st.width - 24 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    return [Spacer(1, 4 * mm), table]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Verify):
        return _verify(st, block)
    return render4.flow(st, block)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng`` (as devgen4 does)."""
    st = render4.choose_style(rng, doc)
    story = [f for b in doc.blocks for f in flow(st, b)]
    top = st.margins[2] + (4 * mm if any(doc.browser) else 0)
    render2.write_pdf(dest, st, story, render4.Furniture(st, doc).draw, top=top)
    return st
