"""Emblems drawn as vector art (no text inside, as a scanned crest gives none) and the
Oficina de Partes' reception stamp."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.devgen.style import Style

NAVY = colors.HexColor("#1D3C6E")
RED = colors.HexColor("#D52B1E")
GREEN = colors.HexColor("#2E6B3A")
STAMP_INK = colors.Color(0.2, 0.25, 0.6)


def _star(cx: float, cy: float, outer: float, inner: float) -> list[float]:
    points: list[float] = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return points


def _escudo() -> Drawing:
    """Vichuquén's crest as a shield: lake waves under a sun."""
    d = Drawing(22 * mm, 20 * mm)
    outline = [2, 19, 20, 19, 20, 8, 11, 1, 2, 8]
    d.add(Polygon([p * mm for p in outline], fillColor=None, strokeColor=NAVY, strokeWidth=1.4))
    d.add(
        Circle(11 * mm, 14 * mm, 2.6 * mm, fillColor=colors.HexColor("#E8B520"), strokeColor=None)
    )
    for y in (9, 7, 5):
        d.add(Line(5 * mm, y * mm, 17 * mm, y * mm, strokeColor=NAVY, strokeWidth=1))
    return d


def _gob() -> Drawing:
    """The state's mark: a blue square with a white star over a red band."""
    d = Drawing(18 * mm, 18 * mm)
    d.add(Rect(2 * mm, 8 * mm, 8 * mm, 8 * mm, fillColor=NAVY, strokeColor=None))
    d.add(Rect(10 * mm, 8 * mm, 6 * mm, 8 * mm, fillColor=colors.white, strokeColor=colors.grey))
    d.add(Rect(2 * mm, 2 * mm, 14 * mm, 6 * mm, fillColor=RED, strokeColor=None))
    d.add(Polygon(_star(6 * mm, 12 * mm, 2.8 * mm, 1.1 * mm), fillColor=colors.white))
    return d


def _cgr() -> Drawing:
    d = Drawing(20 * mm, 20 * mm)
    d.add(Circle(10 * mm, 10 * mm, 8.5 * mm, fillColor=None, strokeColor=NAVY, strokeWidth=1.6))
    d.add(Circle(10 * mm, 10 * mm, 6 * mm, fillColor=None, strokeColor=NAVY, strokeWidth=0.6))
    d.add(Polygon(_star(10 * mm, 10 * mm, 4.5 * mm, 1.8 * mm), fillColor=NAVY))
    return d


def _pjud() -> Drawing:
    """Scales of justice."""
    d = Drawing(22 * mm, 18 * mm)
    black = colors.black
    d.add(Line(11 * mm, 2 * mm, 11 * mm, 16 * mm, strokeColor=black, strokeWidth=1.2))
    d.add(Line(3 * mm, 13 * mm, 19 * mm, 13 * mm, strokeColor=black, strokeWidth=1.2))
    for x in (3, 19):
        pan = [(x - 3) * mm, 7 * mm, (x + 3) * mm, 7 * mm, x * mm, 12.5 * mm]
        d.add(Polygon(pan, fillColor=None, strokeColor=black))
    d.add(Rect(7 * mm, 1 * mm, 8 * mm, 1.5 * mm, fillColor=black))
    return d


def _carab() -> Drawing:
    d = Drawing(20 * mm, 20 * mm)
    d.add(Circle(10 * mm, 10 * mm, 8.5 * mm, fillColor=GREEN, strokeColor=None))
    d.add(Polygon(_star(10 * mm, 10 * mm, 6 * mm, 2.4 * mm), fillColor=colors.white))
    for dx in (-1, 1):
        d.add(
            Line(
                4 * mm,
                3 * mm + (dx + 1) * 7 * mm,
                16 * mm,
                17 * mm - (dx + 1) * 7 * mm,
                strokeColor=colors.HexColor("#C9A227"),
                strokeWidth=1.3,
            )
        )
    return d


def _seal() -> Drawing:
    d = Drawing(20 * mm, 20 * mm)
    d.add(Circle(10 * mm, 10 * mm, 8.5 * mm, fillColor=None, strokeColor=colors.black))
    d.add(Polygon(_star(10 * mm, 10 * mm, 5.5 * mm, 2.2 * mm), fillColor=colors.black))
    return d


DRAWERS = {
    "escudo": _escudo,
    "gob": _gob,
    "cgr": _cgr,
    "pjud": _pjud,
    "carab": _carab,
    "seal": _seal,
}


def draw(kind: str) -> Drawing:
    return DRAWERS[kind]()


def stamp(canvas: Canvas, st: Style, lines: tuple[str, ...]) -> None:
    """A rubber stamp in blue ink, tilted, over the top right of the first page."""
    width, height = st.page
    right, down, angle = st.stamp_at
    box_w, box_h = 60 * mm, (len(lines) * 4.6 + 4) * mm
    canvas.saveState()
    canvas.translate(width - right * mm, height - down * mm - box_h)
    canvas.rotate(angle)
    canvas.setStrokeColor(STAMP_INK)
    canvas.setFillColor(STAMP_INK)
    canvas.setLineWidth(1.6)
    if int(abs(angle) * 10) % 2:
        canvas.ellipse(-4 * mm, -2 * mm, box_w + 4 * mm, box_h + 2 * mm)
    else:
        canvas.rect(0, 0, box_w, box_h)
        canvas.rect(1.2 * mm, 1.2 * mm, box_w - 2.4 * mm, box_h - 2.4 * mm)
    for i, line in enumerate(lines):
        canvas.setFont("Helvetica-Bold" if i < 2 else "Helvetica", 8 if i < 2 else 7.5)
        canvas.drawCentredString(box_w / 2, box_h - (i + 1) * 4.6 * mm, line)
    canvas.restoreState()
