"""Sheets of blocks to born-digital PDFs (reportlab), and born-digital PDFs to scans.

A sheet is a list of neutral blocks (letterhead, right-hand header column, label/value
fields, paragraphs, grids, signatures...) and a style (page size, font family and size,
margins, footer). The scan is the rendered page rasterised, turned a little, blurred,
speckled and JPEG-compressed, in an image-only PDF or a TIFF.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import img2pdf
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OFICIO = (612.0, 936.0)  # 8.5 x 13 in, the Chilean "oficio" paper
PAGES = {"A4": A4, "LETTER": LETTER, "OFICIO": OFICIO}
_FONT_DIR = Path("/usr/share/fonts/truetype")
# family -> (regular, bold, italic) files
_FAMILIES = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                   "dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                    "dejavu/DejaVuSerif-Italic.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                   "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf",
                       "liberation/LiberationSans-Bold.ttf",
                       "liberation/LiberationSans-Italic.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf",
                        "liberation/LiberationSerif-Bold.ttf",
                        "liberation/LiberationSerif-Italic.ttf"),
    "LiberationNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                         "liberation/LiberationSansNarrow-Bold.ttf",
                         "liberation/LiberationSansNarrow-Italic.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf",
                       "liberation/LiberationMono-Bold.ttf",
                       "liberation/LiberationMono-Italic.ttf"),
}  # fmt: skip
FONTS = tuple(_FAMILIES)
_registered: set[str] = set()


def _font(family: str) -> str:
    if family not in _registered:
        regular, bold, italic = _FAMILIES[family]
        pdfmetrics.registerFont(TTFont(family, str(_FONT_DIR / regular)))
        pdfmetrics.registerFont(TTFont(f"{family}-B", str(_FONT_DIR / bold)))
        pdfmetrics.registerFont(TTFont(f"{family}-I", str(_FONT_DIR / italic)))
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}-B",
            italic=f"{family}-I",
            boldItalic=f"{family}-B",
        )
        _registered.add(family)
    return family


# ---- blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    align: str = "left"  # left | center
    logo: str | None = None  # shield | bar | box | None


@dataclass(frozen=True)
class Column:
    """Lines in the right half of the page (number, MAT., place and date...)."""

    lines: tuple[str, ...]
    bold: bool = False
    boxed: bool = False
    side: str = "right"


@dataclass(frozen=True)
class HeaderRow:
    """Two columns side by side: the issuer at the left, the document's data at the right."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    ruled: bool = False


@dataclass(frozen=True)
class Fields:
    rows: tuple[tuple[str, str], ...]
    boxed: bool = False
    label_width: float = 2.6  # cm
    colon: bool = True


@dataclass(frozen=True)
class Title:
    text: str
    align: str = "center"
    grow: float = 2.0
    underline: bool = False


@dataclass(frozen=True)
class Para:
    text: str
    indent: float = 0.0  # cm
    first: float = 0.0  # cm, first-line indent
    align: str = "justify"
    bold: bool = False
    italic: bool = False
    grow: float = 0.0
    after: float = 6.0


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    marker: str = "1."  # 1. | a) | - | • | I.
    indent: float = 0.6


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, ...], ...]
    header: bool = True
    widths: tuple[float, ...] | None = None  # fractions of the text width


@dataclass(frozen=True)
class Signature:
    lines: tuple[str, ...]
    align: str = "center"
    second: tuple[str, ...] = ()  # a second signer beside the first


@dataclass(frozen=True)
class Small:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    points: float = 12.0


Block = (
    Letterhead | Column | HeaderRow | Fields | Title | Para | Items | Grid | Signature | Small | Gap
)


@dataclass
class Style:
    page: str = "A4"
    font: str = "LiberationSans"
    size: float = 10.5
    margin: float = 2.5  # cm
    top: float = 2.0  # cm
    leading: float = 1.3
    footer: str | None = None
    page_numbers: bool = False
    header_rule: bool = False


@dataclass
class Sheet:
    blocks: list[Block] = field(default_factory=list)
    style: Style = field(default_factory=Style)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


def random_style(rng: random.Random, *, fonts: tuple[str, ...] = FONTS) -> Style:
    font = rng.choice(fonts)
    return Style(
        page=rng.choice(("A4", "LETTER", "OFICIO", "OFICIO")),
        font=font,
        size=rng.choice((9.5, 10.0, 10.5, 11.0, 11.5, 12.0)) - (0.5 if "Mono" in font else 0),
        margin=rng.uniform(2.0, 3.0),
        top=rng.uniform(1.2, 2.2),
        leading=rng.uniform(1.2, 1.45),
        page_numbers=rng.random() < 0.4,
        header_rule=rng.random() < 0.25,
    )


# ---- rendering ----------------------------------------------------------------------------

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class _Logo(Flowable):  # type: ignore[misc]
    """A drawn emblem beside the letterhead lines (shield, tricolour bar or framed initials)."""

    def __init__(self, kind: str, lines: list[Paragraph], width: float) -> None:
        super().__init__()
        self.kind, self.lines, self.width = kind, lines, width
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._text_h = sum(p.wrap(self.width - 2.4 * cm, avail_height)[1] for p in self.lines)
        self.height = max(self._text_h, 1.9 * cm)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        h = self.height
        if self.kind == "shield":
            c.setFillColor(colors.HexColor("#1f3a68"))
            p = c.beginPath()
            p.moveTo(0.2 * cm, h)
            p.lineTo(1.8 * cm, h)
            p.lineTo(1.8 * cm, h - 1.1 * cm)
            p.curveTo(1.8 * cm, h - 1.6 * cm, 1.0 * cm, h - 1.9 * cm, 1.0 * cm, h - 1.9 * cm)
            p.curveTo(1.0 * cm, h - 1.9 * cm, 0.2 * cm, h - 1.6 * cm, 0.2 * cm, h - 1.1 * cm)
            p.close()
            c.drawPath(p, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.circle(1.0 * cm, h - 0.8 * cm, 0.35 * cm, fill=1, stroke=0)
        elif self.kind == "bar":
            c.setFillColor(colors.HexColor("#0f69b4"))
            c.rect(0.1 * cm, h - 0.25 * cm, 0.9 * cm, 0.25 * cm, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#eb3c46"))
            c.rect(1.0 * cm, h - 0.25 * cm, 1.1 * cm, 0.25 * cm, fill=1, stroke=0)
        else:
            c.setStrokeColor(colors.black)
            c.setLineWidth(1.2)
            c.rect(0.15 * cm, h - 1.8 * cm, 1.8 * cm, 1.8 * cm, fill=0, stroke=1)
            c.setLineWidth(0.5)
            c.rect(0.3 * cm, h - 1.65 * cm, 1.5 * cm, 1.5 * cm, fill=0, stroke=1)
        y = h
        for para in self.lines:
            _w, ph = para.wrap(self.width - 2.4 * cm, h)
            y -= ph
            para.drawOn(c, 2.4 * cm, y)


class _Renderer:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.font = _font(style.font)
        page = PAGES[style.page]
        self.width = page[0] - 2 * style.margin * cm

    def ps(
        self,
        *,
        align: str = "justify",
        bold: bool = False,
        italic: bool = False,
        grow: float = 0.0,
        indent: float = 0.0,
        first: float = 0.0,
        after: float = 0.0,
    ) -> ParagraphStyle:
        size = self.style.size + grow
        name = f"{self.font}-B" if bold else f"{self.font}-I" if italic else self.font
        return ParagraphStyle(
            "p",
            fontName=name,
            fontSize=size,
            leading=size * self.style.leading,
            alignment=_ALIGN[align],
            leftIndent=indent * cm,
            firstLineIndent=first * cm,
            spaceAfter=after,
        )

    def para(self, text: str, **kw: Any) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.ps(**kw))

    def lines(self, lines: tuple[str, ...], **kw: Any) -> list[Paragraph]:
        out = []
        for line in lines:
            bold = line.startswith("**")
            out.append(self.para(line.lstrip("*"), **{**kw, "bold": kw.get("bold") or bold}))
        return out

    def flow(self, block: Block) -> list[Flowable]:  # one branch per block kind
        w = self.width
        if isinstance(block, Letterhead):
            paras = self.lines(block.lines, align=block.align, bold=False, grow=-0.5)
            if block.logo:
                return [_Logo(block.logo, paras, w), Spacer(1, 8)]
            return [*paras, Spacer(1, 8)]
        if isinstance(block, Column):
            paras = self.lines(block.lines, align="left", bold=block.bold)
            cells = [["", paras]] if block.side == "right" else [[paras, ""]]
            widths = [w * 0.48, w * 0.52] if block.side == "right" else [w * 0.55, w * 0.45]
            table = Table(cells, colWidths=widths)
            commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if block.boxed:
                col = 1 if block.side == "right" else 0
                commands.append(("BOX", (col, 0), (col, 0), 0.8, colors.black))
            table.setStyle(TableStyle(commands))
            return [table, Spacer(1, 8)]
        if isinstance(block, HeaderRow):
            left = self.lines(block.left, align="left", grow=-0.5)
            right = self.lines(block.right, align="left")
            table = Table([[left, right]], colWidths=[w * 0.5, w * 0.5])
            commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if block.ruled:
                commands += [("GRID", (0, 0), (-1, -1), 0.7, colors.black)]
            table.setStyle(TableStyle(commands))
            return [table, Spacer(1, 10)]
        if isinstance(block, Fields):
            longest = max(
                pdfmetrics.stringWidth(label + ":", f"{self.font}-B", self.style.size)
                for label, _v in block.rows
            )
            label_w = min(max(block.label_width * cm, longest + 14), w * 0.4)
            rows = [
                [
                    self.para(
                        label + (":" if block.colon and label else ""), bold=True, align="left"
                    ),
                    self.para(value, align="left"),
                ]
                for label, value in block.rows
            ]
            table = Table(rows, colWidths=[label_w, w - label_w])
            commands = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
            if block.boxed:
                commands += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
                commands += [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
            table.setStyle(TableStyle(commands))
            return [table, Spacer(1, 8)]
        if isinstance(block, Title):
            text = escape(block.text)
            if block.underline:
                text = f"<u>{text}</u>"
            style = self.ps(align=block.align, bold=True, grow=block.grow, after=8)
            return [Paragraph(text, style)]
        if isinstance(block, Para):
            return [
                self.para(
                    block.text,
                    indent=block.indent,
                    first=block.first,
                    align=block.align,
                    bold=block.bold,
                    italic=block.italic,
                    grow=block.grow,
                    after=block.after,
                )
            ]
        if isinstance(block, Items):
            out: list[Flowable] = []
            for i, item in enumerate(block.items):
                mark = _marker(block.marker, i)
                style = self.ps(indent=block.indent + 0.7, first=-0.7, after=3)
                out.append(Paragraph(f"{escape(mark)}&nbsp;&nbsp;{escape(item)}", style))
            out.append(Spacer(1, 4))
            return out
        if isinstance(block, Grid):
            cells = [
                [
                    self.para(cell, align="left", grow=-1, bold=block.header and r == 0)
                    for cell in row
                ]
                for r, row in enumerate(block.rows)
            ]
            cols = len(block.rows[0])
            fractions = block.widths or tuple(1 / cols for _ in range(cols))
            table = Table(cells, colWidths=[w * f for f in fractions])
            commands = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if block.header:
                commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            table.setStyle(TableStyle(commands))
            return [table, Spacer(1, 8)]
        if isinstance(block, Signature):
            first = self.lines(block.lines, align="center", bold=False)
            if block.second:
                second = self.lines(block.second, align="center")
                table = Table([[second, first]], colWidths=[w / 2, w / 2])
            elif block.align == "center":
                table = Table([[first]], colWidths=[w * 0.6])
            else:
                cells = [["", first]] if block.align == "right" else [[first, ""]]
                table = Table(cells, colWidths=[w * 0.45, w * 0.55])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            return [KeepTogether([Spacer(1, 42), table, Spacer(1, 10)])]
        if isinstance(block, Small):
            return [*self.lines(block.lines, align="left", grow=-2.5), Spacer(1, 4)]
        return [Spacer(1, block.points)]


def _marker(kind: str, i: int) -> str:
    if kind == "1.":
        return f"{i + 1}."
    if kind == "a)":
        return f"{'abcdefghijklmnop'[i]})"
    if kind == "I.":
        return ("I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.")[i]
    if kind == "1°":
        return f"{i + 1}°"
    return kind


def render_pdf(sheet: Sheet, dest: Path) -> None:
    style = sheet.style
    renderer = _Renderer(style)
    page = PAGES[style.page]
    doc = SimpleDocTemplate(
        str(dest),
        pagesize=page,
        leftMargin=style.margin * cm,
        rightMargin=style.margin * cm,
        topMargin=style.top * cm,
        bottomMargin=2.2 * cm,
        title="",
        author="",
    )
    flows: list[Flowable] = []
    for block in sheet.blocks:
        flows.extend(renderer.flow(block))

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        size = max(style.size - 3, 6.5)
        canvas.setFont(renderer.font, size)
        if style.footer:
            canvas.drawCentredString(page[0] / 2, 1.2 * cm, style.footer)
            if style.header_rule:
                canvas.setLineWidth(0.4)
                canvas.line(style.margin * cm, 1.6 * cm, page[0] - style.margin * cm, 1.6 * cm)
        if style.page_numbers:
            canvas.drawRightString(page[0] - style.margin * cm, 0.8 * cm, f"Página {document.page}")
        canvas.restoreState()

    doc.build(flows, onFirstPage=decorate, onLaterPages=decorate)


# ---- scanning -----------------------------------------------------------------------------


def rasterize(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in document]
    finally:
        document.close()


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """A sheet through an office scanner: turned, soft, speckled, a little dirty."""
    gray = page.convert("L") if rng.random() < 0.7 else page.convert("RGB")
    angle = rng.uniform(-1.8, 1.8)
    fill: Any = 255 if gray.mode == "L" else (255, 255, 255)
    turned = gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    soft = turned.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    pixels = np.asarray(soft).astype(np.float32)
    nprng = np.random.default_rng(rng.randrange(2**32))
    pixels += nprng.normal(0, rng.uniform(4, 12), pixels.shape)
    # toner a little light or heavy, paper a little grey
    pixels = (pixels - 128) * rng.uniform(0.85, 1.1) + 128 - rng.uniform(0, 18)
    if rng.random() < 0.5:  # a dark band at one edge, where the lid did not close
        edge = int(pixels.shape[1] * rng.uniform(0.01, 0.03))
        pixels[:, :edge] *= rng.uniform(0.3, 0.6)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def save_scan(pages: list[Image.Image], dest: Path, rng: random.Random, dpi: int) -> None:
    """Image-only PDF of JPEG pages, or a multipage TIFF when ``dest`` ends in .tif."""
    if dest.suffix.lower() in {".tif", ".tiff"}:
        if rng.random() < 0.5:
            bilevel = [p.convert("L").point(lambda v: 255 if v > 150 else 0, "1") for p in pages]
            bilevel[0].save(
                dest, save_all=True, append_images=bilevel[1:], compression="group4", dpi=(dpi, dpi)
            )
        else:
            gray = [p.convert("L") for p in pages]
            gray[0].save(
                dest, save_all=True, append_images=gray[1:], compression="tiff_lzw", dpi=(dpi, dpi)
            )
        return
    quality = rng.randint(55, 85)
    jpegs = []
    for p in pages:
        buffer = io.BytesIO()
        p.save(buffer, format="JPEG", quality=quality, dpi=(dpi, dpi))
        jpegs.append(buffer.getvalue())
    dest.write_bytes(img2pdf.convert(jpegs))


def scan(born_digital: Path, dest: Path, rng: random.Random) -> None:
    dpi = rng.choice((200, 240, 300, 300))
    pages = [degrade(p, rng) for p in rasterize(born_digital, dpi)]
    save_scan(pages, dest, rng, dpi)
