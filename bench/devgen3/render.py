"""Lay a Doc out as a born-digital PDF. Text blocks, letterheads, columns and pairs go through
devgen2's flowables; the two-column head of a resolution, DocDigital's table, the e-signature
appearance and the page furniture (platform band, «Página 1 de 3», the bottom-left number
stamp as text, as text turned 90° along the margin, or as a pasted raster) are drawn here."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from bench.devgen import layout
from bench.devgen.style import Style
from bench.devgen2 import emblems
from bench.devgen2 import render as render2
from bench.devgen2.model import Head
from bench.devgen3 import marks
from bench.devgen3.model import Banner, Doc, Grid, SealBox, Stamp

rl_config.invariant = 1  # the same seed writes the same bytes
SHADE = colors.HexColor("#E4E8EE")
FAMILIES = ("LiberationSans", "LiberationSans", "Helvetica", "LiberationSerif", "DejaVuSans",
            "Times-Roman", "DejaVuSansCondensed", "LiberationSansNarrow")  # fmt: skip
# Paper, fonts and margins as the state's word processors leave them.
PAPER = render2.Paper(
    families=FAMILIES,
    other_header=0.3,
    pages=(LETTER, LETTER, render2.OFICIO, A4),
    leading=(1.16, 1.34),
    margins=((24, 32), (18, 26), (14, 22), (18, 26)),
    stamp_at=((62, 88), (10, 50), (-10, 10)),
)
# With a number stamp at the bottom left: a deeper bottom margin to hold it.
STAMPED = replace(PAPER, margins=(*PAPER.margins[:3], (26, 34)))


def choose_style(rng: random.Random, stamp_room: bool) -> Style:
    """A style drawn from PAPER, or from STAMPED with ``stamp_room``."""
    return render2.choose_style(rng, STAMPED if stamp_room else PAPER)


def _ps(st: Style, *, bold: bool = False, size: float = 0.0, align: str = "left") -> ParagraphStyle:
    return ParagraphStyle(
        "d3",
        fontName=st.bold if bold else st.regular,
        fontSize=st.size + size,
        leading=(st.size + size) * 1.22,
        alignment=render2.ALIGN[align],
    )


def _lines(lines: tuple[str, ...]) -> str:
    return "<br/>".join(layout.text(x) if x else "&nbsp;" for x in lines)


def _banner(st: Style, b: Banner) -> list[Flowable]:
    bold = st.header_family[1]
    head = ParagraphStyle("bl", fontName=bold, fontSize=st.size - 2, leading=st.size - 0.5)
    left: list[Any] = [marks.draw(b.emblem)] if b.emblem != "none" else []
    left.append(Paragraph(_lines(b.left), head))
    right = Paragraph(_lines(b.right), _ps(st, bold=b.right_bold, align=b.right_align))
    widths = [st.width * b.split, st.width * (1 - b.split)]
    table = RLTable([[left, right]], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    rule = [HRFlowable(width="100%", thickness=0.6, spaceBefore=3)] if b.rule else []
    return [table, *rule, Spacer(1, 5 * mm)]


def _grid(st: Style, b: Grid) -> list[Flowable]:
    wide = max(len(r) for r in b.rows) == 4
    weights = (0.16, 0.34, 0.16, 0.34) if wide else (0.2, 0.8)
    widths = [st.width * w for w in weights]
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A7A7A")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if b.title:
        rows.append(
            [Paragraph(layout.text(b.title), _ps(st, bold=True, size=-1))]
            + [""] * (len(widths) - 1)
        )
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    for row in b.rows:
        cells: list[Any] = []
        for i, value in enumerate(row):
            cells.append(Paragraph(layout.text(value), _ps(st, bold=i % 2 == 0, size=-1)))
        if len(cells) < len(widths):
            style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
            cells += [""] * (len(widths) - len(cells))
        rows.append(cells)
    if b.shade:
        start = 1 if b.title else 0
        style += [("BACKGROUND", (c, start), (c, -1), SHADE) for c in range(0, len(widths), 2)]
    table = RLTable(rows, colWidths=widths)
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 5 * mm)]


def _seal(st: Style, b: SealBox) -> list[Flowable]:
    square = marks.qr(b.code, 19 * mm)
    words = Paragraph(_lines(b.lines), _ps(st, size=-2.5))
    width = st.width * b.width
    table = RLTable([[square, words]], colWidths=[23 * mm, width - 23 * mm], hAlign=b.align.upper())
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3A3A3A")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [Spacer(1, 3 * mm), table, Spacer(1, 4 * mm)]


def _head(st: Style, b: Head) -> list[Flowable]:
    """A letterhead with one of this set's marks (devgen2 draws only its own)."""
    bold = st.header_family[1]
    ps = ParagraphStyle(
        "h3",
        fontName=bold,
        fontSize=st.size - 1.5,
        leading=st.size,
        alignment=render2.ALIGN[b.align],
    )
    words = Paragraph(_lines(b.lines), ps)
    if b.emblem == "none":
        return [words, Spacer(1, 5 * mm)]
    art = marks.draw(b.emblem)
    if b.align == "center":
        table = RLTable([[art], [words]], colWidths=[st.width * 0.85], hAlign="CENTER")
        table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    else:
        table = RLTable([[art, words]], colWidths=[art.width + 6, st.width * 0.6], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, -1), 0)]
            )
        )
    return [table, Spacer(1, 5 * mm)]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Head):
        return _head(st, block)
    if isinstance(block, Banner):
        return _banner(st, block)
    if isinstance(block, Grid):
        return _grid(st, block)
    if isinstance(block, SealBox):
        return _seal(st, block)
    return render2.flow(st, block)


@dataclass(frozen=True)
class Furniture:
    """What the pages carry: band, footer, page label, running head and the stamps."""

    st: Style
    doc: Doc

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width, height = self.st.page
        left, right, top, bottom = self.st.margins
        canvas.saveState()
        if self.doc.band:
            _band(canvas, self.st, self.doc.band)
        stamp = self.doc.digital
        canvas.setFont(self.st.regular, self.st.size - 3)
        for i, line in enumerate(self.doc.footer):
            y = bottom * 0.5 - i * (self.st.size - 1.5)
            if stamp and stamp.mode != "rotated":
                canvas.drawRightString(width - right, y + self.st.size, line)
            else:
                canvas.drawCentredString(width / 2, y, line)
        label = self.doc.page_label.format(p=page, n=total)
        if label:
            render2.page_label(canvas, self.st, label, self.doc.label_at, low=0.18)
        if self.doc.running and page > 1:
            canvas.setFont(self.st.regular, self.st.size - 2.5)
            canvas.drawString(left, height - top * 0.55, self.doc.running)
        if stamp and (stamp.pages == "all" or page == (1 if stamp.pages == "first" else total)):
            _digital(canvas, self.st, stamp, self.doc.truth.doc_number or "")
        if self.doc.reception and page == 1:
            emblems.stamp(canvas, self.st, self.doc.reception)
        canvas.restoreState()


def _band(canvas: Canvas, st: Style, word: str) -> None:
    """A platform's thin coloured band and name across the top edge."""
    width, height = st.page
    canvas.setFillColor(colors.HexColor("#0F4C81"))
    canvas.rect(0, height - 7 * mm, width, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(st.margins[0], height - 5 * mm, word)
    canvas.setFillColor(colors.black)


def _digital(canvas: Canvas, st: Style, stamp: Stamp, seed: str) -> None:
    """The number stamp at the bottom left: text or a raster, flat or along the margin."""
    left, _right, _top, bottom = st.margins
    size = 7.0
    if stamp.mode in ("image", "image-turned"):
        image = marks.stamp_image(stamp.lines, seed)
        w = min(78 * mm, image.width * 72 / 200)
        h = w * image.height / image.width
        if stamp.mode == "image-turned":  # along the left margin, read from the bottom up
            canvas.translate(max(left - 2 * mm, h + 2 * mm), bottom + 8 * mm)
            canvas.rotate(90)
            canvas.drawImage(ImageReader(image), 0, 0, width=w, height=h)
            return
        canvas.drawImage(ImageReader(image), left, bottom * 0.3, width=w, height=h)
        return
    canvas.setFont(st.regular, size)
    if stamp.mode == "rotated":
        canvas.translate(left * 0.42, bottom + 8 * mm)
        canvas.rotate(90)
        for i, line in enumerate(stamp.lines):
            canvas.drawString(0, -i * (size + 1.5), line)
        return
    for i, line in enumerate(stamp.lines):
        canvas.drawString(left, bottom * 0.75 - i * (size + 1.5), line)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng``."""
    st = choose_style(rng, stamp_room=doc.digital is not None)
    top = st.margins[2] + (6 * mm if doc.band else 0)
    story = [f for b in doc.blocks for f in flow(st, b)]
    render2.write_pdf(dest, st, story, Furniture(st, doc).draw, top=top)
    return st
