"""Lay a Vallenar Doc out as a born-digital PDF with devgen4's renderer (papers, flowables,
seals, margin notes, page furniture, RECIBIDO stamp). Four marks are drawn here and join
devgen3's under their names: «vallenar», the municipality's, the Huasco river winding
between two hills under a sun; «olivo», an olive branch; «racimo», a bunch of grapes; and
«faena», a miner's crossed pick and shovel over an ore heap."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4 import render as devgen4_render

__all__ = ["render"]

render = devgen4_render.render  # devgen4's renderer draws these marks by name

HILL = colors.HexColor("#8C6A3F")
RIVER = colors.HexColor("#2E7DB8")
OLIVE = colors.HexColor("#5E7A2E")
GRAPE = colors.HexColor("#5B2C6F")
ORE = colors.HexColor("#7F3F1F")
GOLD = colors.HexColor("#E3B23C")


def vallenar() -> Drawing:
    """Two brown hills, a sun between them and the river's blue band below."""
    d = Drawing(24 * mm, 18 * mm)
    d.add(Circle(12 * mm, 12 * mm, 2.6 * mm, fillColor=GOLD, strokeColor=None))
    d.add(Polygon([p * mm for p in (0, 4, 6, 13, 12, 4)], fillColor=HILL, strokeColor=None))
    d.add(Polygon([p * mm for p in (12, 4, 18, 14, 24, 4)], fillColor=HILL, strokeColor=None))
    d.add(Rect(0, 1 * mm, 24 * mm, 3 * mm, fillColor=RIVER, strokeColor=None))
    return d


def olivo() -> Drawing:
    """A slanted twig with five leaves and two olives."""
    d = Drawing(20 * mm, 16 * mm)
    d.add(Line(2 * mm, 2 * mm, 18 * mm, 14 * mm, strokeColor=HILL, strokeWidth=1.2))
    leaves = ((5.0, 4.2, 1), (8.0, 7.4, -1), (11.0, 8.6, 1), (14.0, 11.8, -1), (16.0, 12.2, 1))
    for x, y, up in leaves:
        d.add(
            Ellipse(
                x * mm, (y + up * 1.6) * mm, 2.4 * mm, 0.9 * mm, fillColor=OLIVE, strokeColor=None
            )
        )
    for x, y in ((7, 4.5), (12.5, 9.2)):
        d.add(Circle(x * mm, y * mm, 1.1 * mm, fillColor=colors.black, strokeColor=None))
    return d


def racimo() -> Drawing:
    """A bunch of grapes in a triangle of rows under a stalk and a leaf."""
    d = Drawing(18 * mm, 18 * mm)
    d.add(Line(9 * mm, 14 * mm, 9 * mm, 17 * mm, strokeColor=HILL, strokeWidth=1.2))
    d.add(Ellipse(12 * mm, 16 * mm, 3 * mm, 1.3 * mm, fillColor=OLIVE, strokeColor=None))
    for row, count in enumerate((4, 3, 2, 1)):
        y = 12.5 - row * 2.8
        for i in range(count):
            x = 9 - (count - 1) * 1.4 + i * 2.8
            d.add(Circle(x * mm, y * mm, 1.4 * mm, fillColor=GRAPE, strokeColor=None))
    return d


def faena() -> Drawing:
    """A pick and a shovel crossed over a heap of ore."""
    d = Drawing(20 * mm, 16 * mm)
    d.add(Polygon([p * mm for p in (1, 1, 10, 6, 19, 1)], fillColor=ORE, strokeColor=None))
    d.add(Line(4 * mm, 4 * mm, 16 * mm, 15 * mm, strokeColor=colors.black, strokeWidth=1.3))
    d.add(Line(16 * mm, 4 * mm, 5 * mm, 14 * mm, strokeColor=colors.black, strokeWidth=1.3))
    d.add(Polygon([p * mm for p in (12.5, 15.5, 16, 14.5, 19, 12)], fillColor=colors.black))
    d.add(Rect(2.6 * mm, 12.4 * mm, 3.6 * mm, 3 * mm, fillColor=colors.grey, strokeColor=None))
    return d


for _name, _draw in (
    ("vallenar", vallenar),
    ("olivo", olivo),
    ("racimo", racimo),
    ("faena", faena),
):
    marks.OWN.setdefault(_name, _draw)
