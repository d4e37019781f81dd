"""Lay a Casablanca Doc out as a born-digital PDF with devgen4's renderer (papers, flowables,
margin notes, page furniture, RECIBIDO stamp). Only one mark is drawn here and joins
devgen3's under its name: «casablanca», a bunch of grapes and a vine leaf over the rows of
a vineyard on the valley's hills."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

GRAPE = colors.HexColor("#5B2A6E")
LEAF = colors.HexColor("#4E7D2B")
HILL = colors.HexColor("#B89B5E")


def vineyard() -> Drawing:
    """Hills with vine rows, a leaf and a bunch of grapes above them."""
    d = Drawing(22 * mm, 20 * mm)
    d.add(Polygon([p * mm for p in (0, 0, 0, 6, 7, 9, 14, 6, 22, 8, 22, 0)], fillColor=HILL))
    for x in range(2, 22, 4):
        d.add(Line(x * mm, 1 * mm, (x + 2) * mm, 6 * mm, strokeColor=LEAF, strokeWidth=1))
    d.add(Polygon([p * mm for p in (11, 19, 6, 16, 8, 13, 11, 15, 14, 13, 16, 16)], fillColor=LEAF))
    for cx, cy in ((9, 12), (11, 12), (13, 12), (10, 10.3), (12, 10.3), (11, 8.6)):
        d.add(Circle(cx * mm, cy * mm, 1.05 * mm, fillColor=GRAPE, strokeColor=None))
    return d


marks.OWN.setdefault("casablanca", vineyard)
