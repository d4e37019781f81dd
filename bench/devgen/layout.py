"""From blocks to reportlab flowables, in a given Style."""

from __future__ import annotations

import math
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from bench.devgen import model, world
from bench.devgen.model import Block
from bench.devgen.style import Style

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
BLUE, RED, GREY = colors.HexColor("#0F69B4"), colors.HexColor("#EB3C46"), colors.HexColor("#DDDDDD")


def text(value: str) -> str:
    """Paragraph markup for plain text, with «de el» contracted as the truth has it."""
    return escape(world.contract(value)).replace("\n", "<br/>")


def para(
    st: Style,
    value: str,
    *,
    bold: bool = False,
    size: float = 0.0,
    align: str = "left",
    indent: float = 0.0,
    left: float = 0.0,
    after: float = 4.0,
    font: str = "",
) -> Paragraph:
    ps = ParagraphStyle(
        "p",
        fontName=font or (st.bold if bold else st.regular),
        fontSize=st.size + size,
        leading=(st.size + size) * st.leading / st.size,
        alignment=ALIGN[align],
        firstLineIndent=indent * mm,
        leftIndent=left * mm,
        spaceAfter=after,
    )
    return Paragraph(text(value), ps)


def _gob() -> Drawing:
    """The two-colour bar of the Chilean government's identity."""
    d = Drawing(26 * mm, 9 * mm)
    d.add(Rect(0, 3 * mm, 9 * mm, 6 * mm, fillColor=BLUE, strokeColor=None))
    d.add(Rect(9 * mm, 3 * mm, 17 * mm, 6 * mm, fillColor=RED, strokeColor=None))
    d.add(String(0, 0, "Gobierno de Chile", fontName="Helvetica", fontSize=6))
    return d


def _shield() -> Drawing:
    d = Drawing(22 * mm, 16 * mm)
    points = [p * mm for p in (2, 15, 18, 15, 18, 7, 10, 1, 2, 7)]
    d.add(Polygon(points, fillColor=colors.HexColor("#2E5E8C"), strokeColor=colors.black))
    d.add(
        String(
            7.5 * mm, 7 * mm, "M", fontName="Helvetica-Bold", fontSize=14, fillColor=colors.white
        )
    )
    return d


def _seal() -> Drawing:
    d = Drawing(22 * mm, 16 * mm)
    d.add(
        Circle(10 * mm, 8 * mm, 7.5 * mm, fillColor=None, strokeColor=colors.black, strokeWidth=1.2)
    )
    d.add(Circle(10 * mm, 8 * mm, 5 * mm, fillColor=GREY, strokeColor=colors.black))
    star: list[float] = []
    for i in range(10):
        radius = (3.6 if i % 2 == 0 else 1.5) * mm
        angle = math.pi / 2 + i * math.pi / 5
        star += [10 * mm + radius * math.cos(angle), 8 * mm + radius * math.sin(angle)]
    d.add(Polygon(star, fillColor=colors.black, strokeColor=None))
    return d


def _company() -> Drawing:
    d = Drawing(22 * mm, 16 * mm)
    d.add(Rect(0, 2 * mm, 20 * mm, 12 * mm, rx=3, ry=3, fillColor=colors.HexColor("#4B4B4B")))
    d.add(
        String(
            3 * mm, 6 * mm, "S.A.", fontName="Helvetica-Bold", fontSize=12, fillColor=colors.white
        )
    )
    return d


EMBLEMS = {"gob": _gob, "muni": _shield, "seal": _seal, "company": _company}


def _letterhead(st: Style, b: model.Letterhead) -> Flowable:
    regular, bold = st.header_family
    lines = [
        f'<font name="{bold}">{text(x)}</font>' if i == 0 else text(x)
        for i, x in enumerate(b.lines)
    ]
    ps = ParagraphStyle(
        "lh", fontName=regular, fontSize=st.size - 1, leading=st.size + 1, alignment=ALIGN[b.align]
    )
    words = Paragraph("<br/>".join(lines), ps)
    if b.emblem not in EMBLEMS:
        return words
    emblem = EMBLEMS[b.emblem]()
    if b.align == "center":
        stacked = RLTable([[emblem], [words]], colWidths=[st.width * 0.8], hAlign="CENTER")
        stacked.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        return stacked
    left = b.align == "left"
    cells = [[emblem, words]] if left else [[words, emblem]]
    widths = [emblem.width + 4, st.width * 0.6]
    table = RLTable(cells, colWidths=widths if left else widths[::-1], hAlign=b.align.upper())
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _fields(st: Style, b: model.Fields) -> Flowable:
    width = st.width if b.side == "full" else st.width * 0.58
    longest = max(pdfmetrics.stringWidth(k, st.bold, st.size) for k, _v in b.rows) + 8
    label_w = min(max(longest, 14 * mm), width * 0.42)
    rows = [[para(st, k, bold=b.bold_labels, after=0), para(st, v, after=0)] for k, v in b.rows]
    where = {"full": "LEFT", "left": "LEFT", "right": "RIGHT"}[b.side]
    table = RLTable(rows, colWidths=[label_w, width - label_w], hAlign=where)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    if b.boxed or st.grid_fields:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _table(st: Style, b: model.Table) -> Flowable:
    weights = b.widths or tuple(1.0 for _ in b.rows[0])
    widths = [st.width * w / sum(weights) for w in weights]
    rows = [
        [para(st, c, size=-1.5, bold=b.header and i == 0, after=0) for c in row]
        for i, row in enumerate(b.rows)
    ]
    table = RLTable(rows, colWidths=widths, repeatRows=1 if b.header else 0)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if b.header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
    table.setStyle(TableStyle(style))
    return table


def _signature(st: Style, b: model.Signature) -> Flowable:
    parts: list[Flowable] = [para(st, b.closing)] if b.closing else []
    parts.append(Spacer(1, 14 * mm))
    align = "center" if b.align == "justify" else b.align
    cells = []
    for signer in b.signers:
        block = [para(st, signer.name, bold=True, align=align, after=0)]
        block += [
            para(st, x, align=align, after=0, size=-0.5) for x in (signer.cargo, signer.org) if x
        ]
        cells.append(block)
    width = st.width / max(2, len(cells)) if len(cells) > 1 else st.width * 0.6
    where = "CENTER" if len(cells) > 1 else align.upper()
    table = RLTable([cells], colWidths=[width] * len(cells), hAlign=where)
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if b.rule:  # a line to sign on, above each name
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
    table.setStyle(TableStyle(style))
    return KeepTogether([*parts, table, Spacer(1, 4 * mm)])


def _box(st: Style, b: model.Box) -> Flowable:
    cells = [[para(st, line, bold=b.bold, align=b.align, after=1, size=-0.5)] for line in b.lines]
    table = RLTable(cells, colWidths=[st.width * (0.5 if b.bold else 0.95)], hAlign="CENTER")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black)]))
    return table


def _heading(st: Style, b: model.Heading) -> Flowable:
    value = f"<u>{text(b.text)}</u>" if b.underline else text(b.text)
    size = st.size + b.size
    ps = ParagraphStyle(
        "h",
        fontName=st.bold if b.bold else st.regular,
        fontSize=size,
        leading=size * 1.25,
        alignment=ALIGN[b.align],
        spaceBefore=4,
        spaceAfter=6,
    )
    return Paragraph(value, ps)


def _columns(st: Style, b: model.Columns) -> Flowable:
    left = para(st, "\n".join(b.left), after=0, font=st.header_family[0])
    right = para(st, "\n".join(b.right), bold=b.bold_right, align="right", after=0)
    table = RLTable([[left, right]], colWidths=[st.width * 0.55, st.width * 0.45])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def flowables(st: Style, block: Block) -> list[Flowable]:
    gap = Spacer(1, 3 * mm)
    if isinstance(block, model.Letterhead):
        rule = [HRFlowable(width="100%", thickness=0.8, spaceAfter=4)] if st.rule_under_head else []
        return [_letterhead(st, block), gap, *rule]
    if isinstance(block, model.Heading):
        return [_heading(st, block)]
    if isinstance(block, model.Para):
        b = block
        return [
            para(st, b.text, bold=b.bold, size=b.size, align=b.align, indent=b.indent, left=b.left)
        ]
    if isinstance(block, model.Listing):
        items = [para(st, f"- {x}", size=-2, after=0, left=3) for x in block.items]
        return [para(st, block.title, bold=True, size=-2, after=1), *items, Spacer(1, 2 * mm)]
    if isinstance(block, model.Space):
        return [Spacer(1, block.mm * mm)]
    if isinstance(block, model.Signature):
        return [_signature(st, block)]
    if isinstance(block, model.Columns):
        return [_columns(st, block)]
    if isinstance(block, model.Fields):
        return [_fields(st, block), gap]
    if isinstance(block, model.Table):
        return [_table(st, block), gap]
    return [_box(st, block), gap]
