"""Lay a Tierra Amarilla Doc out as a born-digital PDF with devgen4's renderer (papers,
flowables, margin notes, page furniture, RECIBIDO stamp). Only two marks are drawn here and
join devgen3's under their names: «tierra-amarilla», the ochre hills of the valley under a
sun with the river at their foot, and «pick», crossed pick and hammer, the mining service's
and the mines' mark."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

OCHRE = colors.HexColor("#C9A227")
RUST = colors.HexColor("#9C4A1A")
RIVER = colors.HexColor("#2B6CA3")
STEEL = colors.HexColor("#3A3A3A")


def hills() -> Drawing:
    """A sun over two ochre hills, the river a line at their foot."""
    d = Drawing(22 * mm, 18 * mm)
    d.add(Circle(15 * mm, 13.5 * mm, 3 * mm, fillColor=OCHRE, strokeColor=None))
    for points, color in (((1, 3, 7, 12, 13, 3), RUST), ((8, 3, 14, 9, 21, 3), OCHRE)):
        d.add(Polygon([p * mm for p in points], fillColor=color, strokeColor=None))
    d.add(Line(1 * mm, 1.8 * mm, 21 * mm, 1.8 * mm, strokeColor=RIVER, strokeWidth=1.4))
    return d


def pick() -> Drawing:
    """A pick and a hammer crossed."""
    d = Drawing(18 * mm, 18 * mm)
    for x0, x1 in ((3, 15), (15, 3)):
        d.add(Line(x0 * mm, 2 * mm, x1 * mm, 14 * mm, strokeColor=STEEL, strokeWidth=2))
    d.add(Polygon([p * mm for p in (11, 16.5, 17, 12, 18, 14.5)], fillColor=STEEL))
    d.add(Polygon([p * mm for p in (0.5, 12, 4, 16.5, 6, 14.5, 2.5, 10)], fillColor=STEEL))
    return d


marks.OWN.setdefault("tierra-amarilla", hills)
marks.OWN.setdefault("pick", pick)
