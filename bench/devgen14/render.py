"""Lay a Chimbarongo Doc out as a born-digital PDF with devgen4's renderer (papers,
flowables, seals, margin notes, page furniture, RECIBIDO stamp). The marks drawn here join
devgen3's under their names: «mimbre», the municipality's, a wicker basket in a box;
«embalse», the reservoir's concessionaire, a dam wall over blue water; «fruta», a fruit
exporter's, two cherries on a stalk in a rounded box; and three «rubrica» flourishes, a
signature scrawled in ink over the line a name is printed under."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen3 import marks
from bench.devgen4.render import render as render

__all__ = ["render"]

WICKER = colors.HexColor("#A0703A")
WATER = colors.HexColor("#3C7DBF")
CONCRETE = colors.HexColor("#8C8C8C")
CHERRY = colors.HexColor("#A3152B")
STALK = colors.HexColor("#3F6B22")
INK = colors.HexColor("#1F2A6B")


def mimbre() -> Drawing:
    """A boxed wicker basket: a trapeze woven in crossing strands, a handle, a word under."""
    d = Drawing(24 * mm, 20 * mm)
    d.add(Rect(0.5 * mm, 0.5 * mm, 23 * mm, 19 * mm, fillColor=None, strokeColor=WICKER))
    body = [p * mm for p in (5, 5, 19, 5, 21, 13, 3, 13)]
    d.add(Polygon(body, fillColor=colors.HexColor("#E8D3A9"), strokeColor=WICKER, strokeWidth=1))
    for x in range(5, 21, 2):
        d.add(Line(x * mm, 5 * mm, (x - 1) * mm, 13 * mm, strokeColor=WICKER, strokeWidth=0.5))
    for y in (7, 9, 11):
        d.add(Line(3.6 * mm, y * mm, 20.4 * mm, y * mm, strokeColor=WICKER, strokeWidth=0.5))
    handle = [p * mm for p in (6, 13, 8, 17, 12, 18, 16, 17, 18, 13)]
    d.add(PolyLine(handle, strokeColor=WICKER, strokeWidth=1.2))
    d.add(
        String(
            12 * mm,
            1.6 * mm,
            "MIMBRE",
            fontName="Helvetica-Bold",
            fontSize=5,
            fillColor=WICKER,
            textAnchor="middle",
        )
    )
    return d


def embalse() -> Drawing:
    """A dam wall between two hills, the reservoir's water behind it in three bands."""
    d = Drawing(24 * mm, 16 * mm)
    d.add(Polygon([p * mm for p in (0, 3, 7, 14, 11, 3)], fillColor=STALK, strokeColor=None))
    d.add(Polygon([p * mm for p in (13, 3, 18, 12, 24, 3)], fillColor=STALK, strokeColor=None))
    d.add(Rect(9 * mm, 3 * mm, 6 * mm, 7 * mm, fillColor=CONCRETE, strokeColor=colors.black))
    for i in range(3):
        d.add(Rect(0, i * 1 * mm, 24 * mm, 0.7 * mm, fillColor=WATER, strokeColor=None))
    return d


def fruta() -> Drawing:
    """Two cherries on a forked stalk with a leaf, in a rounded box."""
    d = Drawing(22 * mm, 18 * mm)
    d.add(
        Rect(
            0.5 * mm,
            0.5 * mm,
            21 * mm,
            17 * mm,
            rx=6,
            ry=6,
            fillColor=None,
            strokeColor=CHERRY,
            strokeWidth=1,
        )
    )
    d.add(Circle(7.5 * mm, 5.5 * mm, 3.2 * mm, fillColor=CHERRY, strokeColor=None))
    d.add(Circle(14 * mm, 6.5 * mm, 3.2 * mm, fillColor=CHERRY, strokeColor=None))
    d.add(PolyLine([p * mm for p in (7.5, 8.5, 11, 15, 14, 9.5)], strokeColor=STALK, strokeWidth=1))
    d.add(Polygon([p * mm for p in (11, 15, 16, 16, 13, 13)], fillColor=STALK, strokeColor=None))
    return d


def _scrawl(points: tuple[float, ...], tail: tuple[float, ...]) -> Drawing:
    """A flourish in blue ink, a second stroke under it, over the line to sign on."""
    d = Drawing(46 * mm, 13 * mm)
    d.add(Line(2 * mm, 0.3 * mm, 44 * mm, 0.3 * mm, strokeColor=colors.black, strokeWidth=0.6))
    d.add(PolyLine([p * mm for p in points], strokeColor=INK, strokeWidth=0.9))
    d.add(PolyLine([p * mm for p in tail], strokeColor=INK, strokeWidth=0.7))
    return d


def rubrica1() -> Drawing:
    return _scrawl(
        (6, 4, 9, 10, 11, 5, 13, 11, 15, 4, 18, 9, 21, 6, 24, 10, 27, 5, 31, 8, 36, 6),
        (8, 2.5, 20, 3.5, 34, 2, 40, 3),
    )


def rubrica2() -> Drawing:
    return _scrawl(
        (10, 7, 12, 12, 14, 3, 16, 9, 20, 8, 22, 4, 25, 10, 27, 6, 30, 7, 33, 4, 35, 9),
        (12, 2, 24, 4.5, 37, 1.5),
    )


def rubrica3() -> Drawing:
    return _scrawl(
        (4, 5, 8, 11, 9, 3, 12, 8, 16, 5, 17, 10, 19, 4, 23, 7, 26, 3, 28, 9, 32, 6, 40, 8),
        (6, 1.5, 16, 2.5, 28, 1.5, 42, 4),
    )


for _name, _draw in (
    ("mimbre", mimbre),
    ("embalse", embalse),
    ("fruta", fruta),
    ("rubrica1", rubrica1),
    ("rubrica2", rubrica2),
    ("rubrica3", rubrica3),
):
    marks.OWN.setdefault(_name, _draw)
