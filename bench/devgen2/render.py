"""Lay a Doc out as a born-digital PDF. Paragraphs, rows, tables and signatures go through
devgen's flowables; letterheads with emblems, the number column, the side-by-side DE/A cells
and the page furniture (footer, «Página 1 de 2», running head, reception stamp) are drawn
here, in this generator's own styles."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from bench.devgen import layout
from bench.devgen.render import paged_canvas
from bench.devgen.style import Style, available_families, fonts
from bench.devgen2 import emblems
from bench.devgen2.model import Column, Doc, Head, Pair, Rule

rl_config.invariant = 1  # the same seed writes the same bytes
OFICIO = (216 * mm, 330 * mm)
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
INK = colors.Color(0.55, 0.1, 0.15)
Span = tuple[float, float]


@dataclass(frozen=True)
class Paper:
    """What a style is drawn from: font families (() every installed one), the chance that the
    letterhead takes another, paper and body sizes, line spacing (times the size), margins (mm:
    left, right, top, bottom) and the stamp's place (mm from the right, mm down, degrees)."""

    families: tuple[str, ...] = ()
    other_header: float = 0.4
    pages: tuple[tuple[float, float], ...] = (LETTER, OFICIO, OFICIO, A4)
    sizes: tuple[float, ...] = (10.0, 10.5, 11.0, 11.0, 11.5, 12.0)
    leading: Span = (1.18, 1.35)
    margins: tuple[Span, Span, Span, Span] = ((25, 32), (18, 25), (14, 22), (22, 30))
    stamp_at: tuple[Span, Span, Span] = ((62, 90), (10, 60), (-12, 12))


PAPER = Paper()  # Vichuquén's


def choose_style(rng: random.Random, paper: Paper = PAPER) -> Style:
    """Paper, fonts and margins; the page label is the Doc's, so ``numbers`` stays empty."""
    installed = available_families()
    names = [f for f in paper.families if f in installed] if paper.families else installed
    regular, bold = fonts(rng.choice(names))
    header = fonts(rng.choice(names)) if rng.random() < paper.other_header else (regular, bold)
    size = rng.choice(paper.sizes)
    page = rng.choice(paper.pages)
    leading = size * rng.uniform(*paper.leading)
    left, right, top, bottom = (rng.uniform(*span) * mm for span in paper.margins)
    across, down, angle = (rng.uniform(*span) for span in paper.stamp_at)
    return Style(
        page=page,
        regular=regular,
        bold=bold,
        size=size,
        leading=leading,
        margins=(left, right, top, bottom),
        numbers="",
        rule_under_head=False,
        grid_fields=False,
        header_family=header,
        stamp_at=(across, down, angle),
    )


def _ps(st: Style, *, bold: bool = False, size: float = 0.0, align: str = "left") -> ParagraphStyle:
    return ParagraphStyle(
        "d2",
        fontName=st.bold if bold else st.regular,
        fontSize=st.size + size,
        leading=(st.size + size) * st.leading / st.size,
        alignment=ALIGN[align],
    )


def labelled(st: Style, line: str, width: float, align: str = "left") -> Paragraph:
    """«MAT.: text that wraps» with the wrapped lines hanging under the text, not the label."""
    label, sep, rest = line.partition(":")
    ps = _ps(st, align=align)
    if not sep or len(label) > 14 or not rest.strip():
        return Paragraph(layout.text(line), ps)
    shown = f"<b>{layout.text(label + sep)}</b>{layout.text(rest)}"
    hang = min(pdfmetrics.stringWidth(label + ": ", st.bold, st.size) + 2, width * 0.35)
    ps.leftIndent, ps.firstLineIndent = hang, -hang
    return Paragraph(shown, ps)


def _head(st: Style, b: Head) -> list[Flowable]:
    regular, bold = st.header_family
    marked = [
        f'<font name="{bold}">{layout.text(x)}</font>' if i == 0 or x.isupper() else layout.text(x)
        for i, x in enumerate(b.lines)
    ]
    ps = ParagraphStyle(
        "head", fontName=regular, fontSize=st.size - 1.5, leading=st.size, alignment=ALIGN[b.align]
    )
    words = Paragraph("<br/>".join(marked), ps)
    rule = [HRFlowable(width="100%", thickness=0.7, spaceBefore=2, spaceAfter=2)] if b.rule else []
    if b.emblem == "none":
        return [words, *rule, Spacer(1, 4 * mm)]
    art: list[Any] = [emblems.draw(b.emblem)]
    if b.caption:
        cap = ParagraphStyle("cap", fontName=bold, fontSize=6, leading=7, alignment=TA_CENTER)
        art.append(Paragraph(layout.text(b.caption), cap))
    art_w = 26 * mm
    if b.align == "center":
        cells: list[list[Any]] = [[art], [words]]
        table = RLTable(cells, colWidths=[st.width * 0.85], hAlign="CENTER")
        table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    else:
        row = [art, words] if b.align == "left" else [words, art]
        widths = [art_w, st.width * 0.6] if b.align == "left" else [st.width * 0.6, art_w]
        table = RLTable([row], colWidths=widths, hAlign=b.align.upper())
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table, *rule, Spacer(1, 4 * mm)]


def _column(st: Style, b: Column) -> list[Flowable]:
    width = st.width * b.width
    cells = [[labelled(st, line, width)] for line in b.lines]
    table = RLTable(cells, colWidths=[width], hAlign=b.side.upper())
    style: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if b.boxed:
        style.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 4 * mm)]


def _pair(st: Style, b: Pair) -> list[Flowable]:
    widths = [st.width * b.split, st.width * (1 - b.split)]
    left = [labelled(st, x, widths[0]) for x in b.left]
    right = [labelled(st, x, widths[1], b.right_align) for x in b.right]
    table = RLTable([[left, right]], colWidths=widths)
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if b.boxed:
        style.append(("GRID", (0, 0), (-1, -1), 0.7, colors.black))
    else:
        style.append(("LEFTPADDING", (0, 0), (0, -1), 0))
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 4 * mm)]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Head):
        return _head(st, block)
    if isinstance(block, Column):
        return _column(st, block)
    if isinstance(block, Pair):
        return _pair(st, block)
    if isinstance(block, Rule):
        return [HRFlowable(width="100%", thickness=block.thickness, spaceBefore=2, spaceAfter=6)]
    return list(layout.flowables(st, block))


@dataclass(frozen=True)
class Furniture:
    """What every page carries, drawn once the page count is known."""

    st: Style
    doc: Doc

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width, height = self.st.page
        left, right, top, bottom = self.st.margins
        canvas.saveState()
        if self.doc.watermark:
            _watermark(canvas, self.st, self.doc.watermark)
        canvas.setFont(self.st.regular, self.st.size - 3)
        base = bottom * 0.55
        if self.doc.footer_rule and self.doc.footer:
            canvas.setLineWidth(0.5)
            canvas.line(left, base + self.st.size, width - right, base + self.st.size)
        for i, line in enumerate(self.doc.footer):
            y = base - i * (self.st.size - 1.5)
            if self.doc.footer_align == "left":
                canvas.drawString(left, y, line)
            else:
                canvas.drawCentredString(width / 2, y, line)
        label = self.doc.page_label.format(p=page, n=total)
        if label and not (total == 1 and "{n}" not in self.doc.page_label):
            page_label(canvas, self.st, label, self.doc.label_at)
        if self.doc.running and page > 1:
            canvas.setFont(self.st.regular, self.st.size - 2.5)
            canvas.drawString(left, height - top * 0.5, self.doc.running)
        if self.doc.stamp and page == 1:
            emblems.stamp(canvas, self.st, self.doc.stamp)
        canvas.restoreState()


def page_label(canvas: Canvas, st: Style, label: str, where: str, low: float = 0.2) -> None:
    """«Página 1 de 2» at the top right, or ``low`` of the bottom margin up at the bottom
    centre or right (``where``: top-right, bottom-center, bottom-right)."""
    width, height = st.page
    _left, right, top, bottom = st.margins
    canvas.setFont(st.regular, st.size - 2)
    if where == "top-right":
        canvas.drawRightString(width - right, height - top * 0.5, label)
    elif where == "bottom-center":
        canvas.drawCentredString(width / 2, bottom * low, label)
    else:
        canvas.drawRightString(width - right, bottom * low, label)


def _watermark(canvas: Canvas, st: Style, word: str) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.88, 0.88, 0.88))
    canvas.setFont(st.bold, 54)
    canvas.translate(st.page[0] / 2, st.page[1] / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, 0, word)
    canvas.restoreState()


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng``."""
    st = choose_style(rng)
    write_pdf(dest, st, [f for b in doc.blocks for f in flow(st, b)], Furniture(st, doc).draw)
    return st


def write_pdf(
    dest: Path,
    st: Style,
    story: list[Flowable],
    furniture: Callable[[Canvas, int, int], None],
    *,
    top: float | None = None,
) -> None:
    """Lay ``story`` out in one frame within ``st``'s margins (``top``: a deeper top margin)
    and have ``furniture(canvas, page, total)`` draw on every page."""
    left, right, st_top, bottom = st.margins
    top = st_top if top is None else top
    template = BaseDocTemplate(
        str(dest),
        pagesize=st.page,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title="",
        author="",
        invariant=1,
    )
    frame = Frame(left, bottom, st.width, st.page[1] - top - bottom, id="body")
    template.addPageTemplates([PageTemplate("page", [frame])])
    template.build(story, canvasmaker=paged_canvas(furniture))
