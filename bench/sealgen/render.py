"""Lay a Pichilemu Doc out with devgen4's renderer (papers, flowables, margin notes, page
furniture, RECIBIDO stamp). One mark is drawn here and joins devgen3's under its name:
«pichilemu», a breaking wave over the sea with the sun low on it."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

SEA = colors.HexColor("#1F5F8B")
FOAM = colors.HexColor("#9CC9E3")
SUN = colors.HexColor("#F0A030")


def wave() -> Drawing:
    """A low sun, a curling wave and the sea under it."""
    d = Drawing(24 * mm, 18 * mm)
    d.add(Circle(17 * mm, 10 * mm, 3.5 * mm, fillColor=SUN, strokeColor=None))
    curl = (0, 3, 3, 11, 8, 15, 13, 14, 11, 11, 8, 10, 9, 6, 14, 3)
    d.add(Polygon([p * mm for p in curl], fillColor=SEA, strokeColor=None))
    d.add(Polygon([p * mm for p in (8, 10, 11, 11, 10, 12.5, 7.5, 11.5)], fillColor=FOAM))
    d.add(Rect(0, 0, 24 * mm, 3 * mm, fillColor=SEA, strokeColor=None))
    return d


marks.OWN.setdefault("pichilemu", wave)
