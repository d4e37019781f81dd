"""Lay a Pozo Almonte Doc out as a born-digital PDF with devgen4's renderer (papers,
flowables, seals, margin notes, page furniture, RECIBIDO stamp). Two marks are drawn here
and join devgen3's under their names: «tamarugo», the municipality's, a tamarugo tree on the
salt pampa under the desert sun; and «mina», a mining company's, a headframe over a pit."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

SAND = colors.HexColor("#D9B26F")
CANOPY = colors.HexColor("#5B7F2A")
TRUNK = colors.HexColor("#6B4423")
SUN = colors.HexColor("#F2A900")
ORE = colors.HexColor("#B85C1E")


def tamarugo() -> Drawing:
    """A wide tamarugo with its trunk on a strip of pampa, the sun behind its crown."""
    d = Drawing(24 * mm, 18 * mm)
    d.add(Circle(18 * mm, 14 * mm, 3 * mm, fillColor=SUN, strokeColor=None))
    d.add(Rect(0, 0, 24 * mm, 3 * mm, fillColor=SAND, strokeColor=None))
    d.add(Polygon([p * mm for p in (10.5, 3, 11, 9, 13, 9, 13.5, 3)], fillColor=TRUNK))
    d.add(Ellipse(12 * mm, 11 * mm, 9 * mm, 4.2 * mm, fillColor=CANOPY, strokeColor=None))
    return d


def mina() -> Drawing:
    """A headframe's legs and wheel over the terraces of an open pit."""
    d = Drawing(22 * mm, 18 * mm)
    for i, w in enumerate((22, 16, 10)):
        x = (22 - w) / 2
        d.add(Rect(x * mm, i * 2.2 * mm, w * mm, 2 * mm, fillColor=ORE, strokeColor=None))
    for a, b in ((7, 15), (15, 7)):
        d.add(Line(a * mm, 6.6 * mm, 11 * mm, 16 * mm, strokeColor=colors.black, strokeWidth=1.2))
        d.add(Line(b * mm, 6.6 * mm, 11 * mm, 16 * mm, strokeColor=colors.black, strokeWidth=0.4))
    d.add(Circle(11 * mm, 16 * mm, 1.6 * mm, fillColor=None, strokeColor=colors.black))
    return d


marks.OWN.setdefault("tamarugo", tamarugo)
marks.OWN.setdefault("mina", mina)
