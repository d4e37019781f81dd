"""Lay a Tomé Doc out with devgen4's renderer. One mark is drawn here and joins devgen3's
under its name: «tome», a bay with waves, a fishing boat and the chimney of a textile mill."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

SEA = colors.HexColor("#1B5E8C")
BRICK = colors.HexColor("#8C3B2A")
SAND = colors.HexColor("#D9B56C")


def bay() -> Drawing:
    """The mill's chimney on a hill, a boat on the bay, two rows of waves."""
    d = Drawing(22 * mm, 18 * mm)
    d.add(Polygon([p * mm for p in (0, 6, 6, 12, 12, 8, 12, 6)], fillColor=SAND, strokeColor=None))
    d.add(Rect(3 * mm, 9 * mm, 1.6 * mm, 8 * mm, fillColor=BRICK, strokeColor=None))
    d.add(Polygon([p * mm for p in (13, 7, 21, 7, 19, 5, 15, 5)], fillColor=BRICK))
    d.add(Polygon([p * mm for p in (17, 7.5, 17, 12, 20, 7.5)], fillColor=colors.white))
    for y in (1, 3.2):
        d.add(Rect(0, y * mm, 22 * mm, 1.2 * mm, fillColor=SEA, strokeColor=None))
    return d


marks.OWN.setdefault("tome", bay)
