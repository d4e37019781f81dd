"""Lay a Quirihue Doc out as a born-digital PDF with devgen4's renderer (its papers, flowables,
margin notes, page furniture and RECIBIDO stamp). Only Quirihue's own mark is drawn here: a
bunch of País grapes under a vine leaf, over the rolling hills of the Itata valley. It joins
devgen3's marks under the name «quirihue», so that any letterhead may carry it."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

GRAPE = colors.HexColor("#5B2A5E")
LEAF = colors.HexColor("#4F7D2C")
VALLEY = colors.HexColor("#B79A5B")


def vine() -> Drawing:
    """Hills at the foot, a bunch of nine grapes, a leaf and its stalk above."""
    d = Drawing(20 * mm, 22 * mm)
    hills = (0, 0, 0, 5, 6, 8, 11, 5, 16, 7, 20, 4, 20, 0)
    d.add(Polygon([p * mm for p in hills], fillColor=VALLEY, strokeColor=None))
    for row, count in enumerate((4, 3, 2)):
        y = 15.5 - row * 3.0
        for i in range(count):
            x = 10 - (count - 1) * 1.5 + i * 3.0
            d.add(Circle(x * mm, y * mm, 1.55 * mm, fillColor=GRAPE, strokeColor=None))
    d.add(Circle(10 * mm, 6.5 * mm, 1.5 * mm, fillColor=GRAPE, strokeColor=None))
    leaf = (10, 17.5, 6, 19.5, 7.5, 21.5, 10, 20.5, 12.5, 21.8, 14, 19.5)
    d.add(Polygon([p * mm for p in leaf], fillColor=LEAF, strokeColor=None))
    d.add(Rect(9.7 * mm, 16.8 * mm, 0.6 * mm, 2.2 * mm, fillColor=LEAF, strokeColor=None))
    return d


marks.OWN.setdefault("quirihue", vine)
