"""Lay a Porvenir Doc out as a born-digital PDF with devgen4's renderer (papers, flowables,
margin notes, page furniture, RECIBIDO stamp). Three marks are drawn here and join
devgen3's under their names: «porvenir», a lighthouse over the waves of the Strait;
«ancla», the Armada's anchor; «pez», a fish, the fishing service's mark."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

SEA = colors.HexColor("#1D4E89")
RED = colors.HexColor("#B22222")
NAVY = colors.HexColor("#14213D")
SILVER = colors.HexColor("#6B7B8C")


def lighthouse() -> Drawing:
    """A red and white lighthouse on a rock, two waves at its foot."""
    d = Drawing(22 * mm, 20 * mm)
    d.add(Polygon([p * mm for p in (8, 4, 14, 4, 12.5, 15, 9.5, 15)], fillColor=colors.white,
                  strokeColor=NAVY, strokeWidth=0.8))  # fmt: skip
    d.add(Rect(9 * mm, 8 * mm, 4 * mm, 3 * mm, fillColor=RED, strokeColor=None))
    d.add(Rect(9.3 * mm, 15 * mm, 3.4 * mm, 2.5 * mm, fillColor=colors.yellow, strokeColor=NAVY))
    d.add(Polygon([p * mm for p in (9, 17.5, 13, 17.5, 11, 19.5)], fillColor=RED))
    for y in (1.2, 3.0):
        d.add(Line(1 * mm, y * mm, 21 * mm, y * mm, strokeColor=SEA, strokeWidth=1.3))
    return d


def anchor() -> Drawing:
    """An anchor: ring, shank, stock and arms."""
    d = Drawing(18 * mm, 20 * mm)
    d.add(Circle(9 * mm, 17 * mm, 1.8 * mm, fillColor=None, strokeColor=NAVY, strokeWidth=1.4))
    d.add(Line(9 * mm, 15 * mm, 9 * mm, 3 * mm, strokeColor=NAVY, strokeWidth=2))
    d.add(Line(5 * mm, 13 * mm, 13 * mm, 13 * mm, strokeColor=NAVY, strokeWidth=1.6))
    d.add(Line(2.5 * mm, 7 * mm, 9 * mm, 2.5 * mm, strokeColor=NAVY, strokeWidth=2))
    d.add(Line(15.5 * mm, 7 * mm, 9 * mm, 2.5 * mm, strokeColor=NAVY, strokeWidth=2))
    return d


def fish() -> Drawing:
    """A fish over a wave."""
    d = Drawing(20 * mm, 14 * mm)
    d.add(Polygon([p * mm for p in (3, 8, 9, 12, 15, 8, 9, 4)], fillColor=SILVER, strokeColor=SEA))
    d.add(Polygon([p * mm for p in (15, 8, 19, 11, 19, 5)], fillColor=SILVER, strokeColor=SEA))
    d.add(Circle(6 * mm, 8.6 * mm, 0.6 * mm, fillColor=NAVY, strokeColor=None))
    d.add(Line(1 * mm, 1.5 * mm, 19 * mm, 1.5 * mm, strokeColor=SEA, strokeWidth=1.2))
    return d


marks.OWN.setdefault("porvenir", lighthouse)
marks.OWN.setdefault("ancla", anchor)
marks.OWN.setdefault("pez", fish)
