"""Marks drawn as vector art without words (a scanned logo gives the OCR nothing to read),
the QR-like square of an e-signature, and the e-signature stamp as a small raster image."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from bench.devgen2 import emblems

NAVY = colors.HexColor("#0A3A6B")
GREEN = colors.HexColor("#2F6B3B")
BLUE = colors.HexColor("#1F74B8")
OCHRE = colors.HexColor("#B9862C")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _leaf() -> Drawing:
    d = Drawing(18 * mm, 16 * mm)
    d.add(Polygon([p * mm for p in (3, 2, 15, 14, 9, 14, 3, 8)], fillColor=GREEN, strokeColor=None))
    d.add(Line(3 * mm, 2 * mm, 13 * mm, 12 * mm, strokeColor=colors.white, strokeWidth=0.8))
    return d


def _cross() -> Drawing:
    d = Drawing(16 * mm, 16 * mm)
    d.add(Rect(6 * mm, 2 * mm, 4 * mm, 12 * mm, fillColor=BLUE, strokeColor=None))
    d.add(Rect(2 * mm, 6 * mm, 12 * mm, 4 * mm, fillColor=BLUE, strokeColor=None))
    return d


def _drop() -> Drawing:
    d = Drawing(16 * mm, 18 * mm)
    d.add(Circle(8 * mm, 6.5 * mm, 5 * mm, fillColor=BLUE, strokeColor=None))
    d.add(Polygon([p * mm for p in (3.6, 8.6, 8, 17, 12.4, 8.6)], fillColor=BLUE))
    return d


def _hills() -> Drawing:
    """Mountains over water: the Gobierno Regional's mark, and Chile Chico's."""
    d = Drawing(22 * mm, 16 * mm)
    d.add(Polygon([p * mm for p in (1, 5, 8, 14, 12, 9, 15, 12, 21, 5)], fillColor=NAVY))
    for y in (3.5, 1.5):
        d.add(Line(1 * mm, y * mm, 21 * mm, y * mm, strokeColor=BLUE, strokeWidth=1))
    return d


def _columns() -> Drawing:
    d = Drawing(18 * mm, 16 * mm)
    d.add(Polygon([p * mm for p in (1, 12, 9, 15.5, 17, 12)], fillColor=colors.black))
    for x in (2.5, 6.5, 10.5, 14.5):
        d.add(Rect(x * mm, 3 * mm, 1.6 * mm, 8 * mm, fillColor=colors.black, strokeColor=None))
    d.add(Rect(1 * mm, 1 * mm, 16 * mm, 1.5 * mm, fillColor=colors.black))
    return d


def _tree() -> Drawing:
    d = Drawing(16 * mm, 18 * mm)
    d.add(Polygon([p * mm for p in (2, 5, 8, 17, 14, 5)], fillColor=GREEN, strokeColor=None))
    d.add(Rect(7 * mm, 1 * mm, 2 * mm, 4 * mm, fillColor=OCHRE, strokeColor=None))
    return d


def _ballot() -> Drawing:
    d = Drawing(18 * mm, 16 * mm)
    d.add(Rect(2 * mm, 1 * mm, 14 * mm, 9 * mm, fillColor=None, strokeColor=NAVY, strokeWidth=1.4))
    d.add(Rect(5 * mm, 8 * mm, 8 * mm, 7 * mm, fillColor=colors.white, strokeColor=NAVY))
    d.add(Line(6 * mm, 11 * mm, 12 * mm, 11 * mm, strokeColor=NAVY))
    return d


OWN = {
    "leaf": _leaf,
    "cross": _cross,
    "drop": _drop,
    "hills": _hills,
    "columns": _columns,
    "tree": _tree,
    "ballot": _ballot,
}


def draw(kind: str) -> Drawing:
    if kind in OWN:
        return OWN[kind]()
    return emblems.draw(kind)


def qr(code: str, side: float = 20 * mm) -> Drawing:
    """A square of black modules with the three finder marks of a QR code."""
    rng = random.Random(f"qr:{code}")
    n = 25
    cell = side / n
    d = Drawing(side, side)
    finders = ((0, 0), (n - 7, 0), (0, n - 7))

    def in_finder(x: int, y: int) -> bool:
        return any(fx <= x < fx + 8 and fy <= y < fy + 8 for fx, fy in finders)

    for x in range(n):
        for y in range(n):
            if not in_finder(x, y) and rng.random() < 0.48:
                d.add(Rect(x * cell, y * cell, cell, cell, fillColor=colors.black, strokeWidth=0))
    for fx, fy in finders:
        for k, fill in ((0, colors.black), (1, colors.white), (2, colors.black)):
            size = (7 - 2 * k) * cell
            d.add(Rect((fx + k) * cell, (fy + k) * cell, size, size, fillColor=fill, strokeWidth=0))
    return d


def stamp_image(lines: tuple[str, ...], seed: str) -> Image.Image:
    """The stamp as a signature platform pastes it: a framed grey raster at 200 dpi."""
    rng = random.Random(f"stamp:{seed}")
    font = ImageFont.truetype(str(FONT), 26)
    bold = ImageFont.truetype(str(FONT_BOLD), 26)
    height = 40 * len(lines) + 24
    square = height - 24
    width = max(int(bold.getlength(x)) for x in lines) + square + 60
    image = Image.new("L", (width, height), 255)
    pen = ImageDraw.Draw(image)
    pen.rectangle((1, 1, width - 2, height - 2), outline=rng.choice((0, 60, 110)), width=3)
    pattern = random.Random(f"qr:{seed}")
    step = max(square // 17, 2)
    for x in range(0, square - step, step):
        for y in range(0, square - step, step):
            if pattern.random() < 0.5:
                pen.rectangle((12 + x, 12 + y, 12 + x + step, 12 + y + step), fill=0)
    for i, line in enumerate(lines):
        pen.text((square + 30, 14 + 40 * i), line, fill=0, font=bold if i == 0 else font)
    return image
