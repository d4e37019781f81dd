"""Lay a Lo Prado Doc out as a born-digital PDF with devgen4's renderer (papers, flowables,
margin notes, page furniture, RECIBIDO stamp). Only one mark is drawn here and joins
devgen3's under its name: «lo-prado», the blocks and houses of the commune under a rising
sun with the Andes behind them."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

SUN = colors.HexColor("#E8A317")
HILLS = colors.HexColor("#6D7F99")
BRICK = colors.HexColor("#A23B2A")
GREEN = colors.HexColor("#2E7D4F")


def blocks() -> Drawing:
    """A sun behind the Andes, three blocks and a house in front of them."""
    d = Drawing(22 * mm, 18 * mm)
    d.add(Circle(11 * mm, 11 * mm, 4 * mm, fillColor=SUN, strokeColor=None))
    d.add(Polygon([p * mm for p in (0, 8, 6, 15, 11, 10, 16, 16, 22, 8)], fillColor=HILLS))
    for x, h in ((1, 8), (6, 10), (11, 7)):
        d.add(Rect(x * mm, 2 * mm, 4 * mm, h * mm, fillColor=BRICK, strokeColor=None))
    d.add(Polygon([p * mm for p in (16, 2, 16, 6, 18.5, 8.5, 21, 6, 21, 2)], fillColor=GREEN))
    d.add(Rect(0, 0, 22 * mm, 1.6 * mm, fillColor=GREEN, strokeColor=None))
    return d


marks.OWN.setdefault("lo-prado", blocks)
