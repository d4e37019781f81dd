"""Lay a Putre Doc out as a born-digital PDF. Blocks go through devgen3's and devgen2's
flowables; Putre's letterhead with its twin volcanoes, the round seals, page breaks and the
page furniture are drawn here: notebook ruling, a summary in a wide margin, a browser's print
header and footer, page labels, and the RECIBIDO stamp turned up to thirty degrees. Papers:
an office's (carta and oficio sizes), a letter written at home (larger type, serif or
typewriter faces, now and then a chancery hand), and an e-mail printed from a browser."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from bench.devgen import layout
from bench.devgen.style import Style
from bench.devgen2 import render as render2
from bench.devgen2.model import Head
from bench.devgen3 import marks
from bench.devgen3 import render as render3
from bench.devgen4.model import Break, Doc, Margin, Photos, Seal

rl_config.invariant = 1  # the same seed writes the same bytes
VIOLET = colors.Color(0.42, 0.2, 0.6)
STAMP_INKS = (colors.Color(0.75, 0.1, 0.12), colors.Color(0.15, 0.25, 0.65), VIOLET)
RULING = colors.Color(0.62, 0.75, 0.9)
BROWN = colors.HexColor("#7A4A21")
SNOW = colors.HexColor("#F4F4F4")
OFFICE = render2.Paper(
    families=(
        "LiberationSans",
        "Helvetica",
        "LiberationSerif",
        "Times-Roman",
        "DejaVuSans",
        "LiberationSansNarrow",
        "DejaVuSerif",
        "Courier",
    ),
    pages=(LETTER, LETTER, render2.OFICIO, render2.OFICIO, A4),
    margins=((22, 34), (16, 26), (12, 22), (16, 28)),
    stamp_at=((55, 95), (8, 70), (-30, 30)),
)
HAND = render2.Paper(
    families=("DejaVuSerif", "LiberationSerif", "Courier", "LiberationMono", "Times-Roman"),
    other_header=0.0,
    pages=(LETTER, LETTER, render2.OFICIO, A4),
    sizes=(11.5, 12.0, 12.5, 13.0),
    leading=(1.45, 1.75),
    margins=((26, 40), (18, 28), (18, 34), (20, 30)),
    stamp_at=((55, 95), (8, 60), (-30, 30)),
)
MAIL = render2.Paper(
    families=("LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif"),
    other_header=0.0,
    pages=(LETTER, A4),
    sizes=(9.5, 10.0, 10.5),
    leading=(1.15, 1.3),
    margins=((12, 20), (12, 20), (16, 20), (16, 20)),
    stamp_at=((55, 95), (20, 60), (-25, 25)),
)
PAPERS = {"office": OFFICE, "hand": HAND, "mail": MAIL}
# A chancery face for some letters written at home, if the URW fonts are installed.
CHANCERY = (
    Path("/usr/share/fonts/type1/urw-base35/Z003-MediumItalic.afm"),
    Path("/usr/share/fonts/X11/Type1/Z003-MediumItalic.pfb"),
)


def _chancery() -> str | None:
    """The registered name of the chancery face, or None where it is not installed."""
    afm, pfb = CHANCERY
    if not (afm.exists() and pfb.exists()):
        return None
    if "Z003" not in pdfmetrics.getRegisteredFontNames():
        face = pdfmetrics.EmbeddedType1Face(str(afm), str(pfb))
        pdfmetrics.registerTypeFace(face)
        pdfmetrics.registerFont(pdfmetrics.Font("Z003", face.name, "WinAnsiEncoding"))
        pdfmetrics.registerFontFamily(
            "Z003", normal="Z003", bold="Z003", italic="Z003", boldItalic="Z003"
        )
    return "Z003"


def choose_style(rng: random.Random, doc: Doc) -> Style:
    """A style from the Doc's paper; a letter at home sometimes in the chancery face; a wide
    margin where the Doc sets lines in it."""
    st = render2.choose_style(rng, PAPERS[doc.paper])
    hand = rng.random() < 0.3
    if doc.paper == "hand" and hand and (face := _chancery()):
        st = replace(st, regular=face, bold=face, header_family=(face, face), size=st.size + 1.5)
    if doc.margin:
        left, right, top, bottom = st.margins
        wide = doc.margin.width * mm
        margins = (
            (wide, right, top, bottom) if doc.margin.side == "left" else (left, wide, top, bottom)
        )
        st = replace(st, margins=margins)
    return st


def _volcanoes() -> Drawing:
    """Putre's mark: Parinacota and Pomerape with snow caps, a sun and a bofedal."""
    d = Drawing(26 * mm, 18 * mm)
    d.add(
        Circle(20 * mm, 14.5 * mm, 2.4 * mm, fillColor=colors.HexColor("#E2A72E"), strokeColor=None)
    )
    for cx, h in ((8.0, 13.5), (15.5, 12.0)):
        d.add(
            Polygon(
                [(cx - 7) * mm, 3 * mm, cx * mm, h * mm, (cx + 7) * mm, 3 * mm],
                fillColor=BROWN,
                strokeColor=None,
            )
        )
        cap = [(cx - 2.2) * mm, (h - 3) * mm, cx * mm, h * mm, (cx + 2.2) * mm, (h - 3) * mm]
        d.add(Polygon(cap, fillColor=SNOW, strokeColor=None))
    d.add(
        Line(
            1 * mm,
            2.2 * mm,
            25 * mm,
            2.2 * mm,
            strokeColor=colors.HexColor("#2F7A3B"),
            strokeWidth=1.6,
        )
    )
    return d


def _head(st: Style, b: Head) -> list[Flowable]:
    """Putre's letterhead (or any other with a mark of devgen3's): mark and caption beside
    or above the lines, a rule under it if asked."""
    regular, bold = st.header_family
    lines = [
        f'<font name="{bold}">{layout.text(x)}</font>' if i == 0 else layout.text(x)
        for i, x in enumerate(b.lines)
    ]
    ps = ParagraphStyle(
        "h4",
        fontName=regular,
        fontSize=st.size - 1,
        leading=st.size + 0.5,
        alignment=render2.ALIGN[b.align],
    )
    words = Paragraph("<br/>".join(lines), ps)
    rule = [HRFlowable(width="100%", thickness=1.1, color=BROWN, spaceBefore=2)] if b.rule else []
    if b.emblem == "none":
        return [words, *rule, Spacer(1, 5 * mm)]
    art: list[Any] = [_volcanoes() if b.emblem == "putre" else marks.draw(b.emblem)]
    if b.caption:
        small = ParagraphStyle("c4", fontName=bold, fontSize=5.5, leading=6.5, alignment=TA_CENTER)
        art.append(Paragraph(layout.text(b.caption), small))
    if b.align == "center":
        table = RLTable([[art], [words]], colWidths=[st.width * 0.8], hAlign="CENTER")
        table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    else:
        row = [art, words] if b.align == "left" else [words, art]
        widths = [30 * mm, st.width * 0.62]
        table = RLTable(
            [row], colWidths=widths if b.align == "left" else widths[::-1], hAlign=b.align.upper()
        )
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
            )
        )
    return [table, *rule, Spacer(1, 5 * mm)]


def _seal(b: Seal) -> Drawing:
    """A round seal, its lines centred across it, in violet ink."""
    d = Drawing(34 * mm, 34 * mm)
    d.add(Circle(17 * mm, 17 * mm, 16 * mm, fillColor=None, strokeColor=VIOLET, strokeWidth=1.6))
    d.add(Circle(17 * mm, 17 * mm, 13.5 * mm, fillColor=None, strokeColor=VIOLET, strokeWidth=0.6))
    top = 17 * mm + (len(b.lines) - 1) * 2.1 * mm
    for i, line in enumerate(b.lines):
        d.add(
            String(
                17 * mm,
                top - i * 4.2 * mm - 1 * mm,
                line,
                fontName="Helvetica-Bold",
                fontSize=5.6 if len(line) > 18 else 6.5,
                fillColor=VIOLET,
                textAnchor="middle",
            )
        )
    d.hAlign = b.align.upper()
    return d


def _photo() -> Drawing:
    """A grey print: sky, the hills and a track."""
    d = Drawing(70 * mm, 48 * mm)
    d.add(Rect(0, 0, 70 * mm, 48 * mm, fillColor=colors.Color(0.82, 0.82, 0.82), strokeColor=None))
    hills = [0, 14, 18, 30, 31, 22, 47, 36, 70, 20, 70, 0, 0, 0]
    d.add(
        Polygon([p * mm for p in hills], fillColor=colors.Color(0.45, 0.45, 0.45), strokeColor=None)
    )
    d.add(
        Polygon(
            [p * mm for p in (30, 0, 36, 14, 38, 14, 44, 0)], fillColor=colors.Color(0.7, 0.7, 0.7)
        )
    )
    return d


def _photos(st: Style, b: Photos) -> list[Flowable]:
    """Two photographs a row, each over its caption."""
    ps = ParagraphStyle(
        "p4", fontName=st.regular, fontSize=st.size - 2, leading=st.size - 0.5, alignment=TA_CENTER
    )
    cells: list[Any] = [[_photo(), Paragraph(layout.text(c), ps)] for c in b.captions]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    rows[-1] += [""] * (2 - len(rows[-1]))
    table = RLTable(rows, colWidths=[st.width / 2] * 2)
    table.setStyle(
        TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return [table, Spacer(1, 4 * mm)]


def flow(st: Style, block: Any) -> list[Flowable]:
    if isinstance(block, Photos):
        return _photos(st, block)
    if isinstance(block, Break):
        return [PageBreak()]
    if isinstance(block, Seal):
        return [_seal(block), Spacer(1, 2 * mm)]
    if isinstance(block, Head):
        return _head(st, block)
    return render3.flow(st, block)


@dataclass(frozen=True)
class Furniture:
    """What the pages carry: ruling, footer, page label, running head, browser lines, the
    margin's summary and the reception stamp."""

    st: Style
    doc: Doc

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        st, doc = self.st, self.doc
        width, height = st.page
        left, _right, top, bottom = st.margins
        if doc.ruled:
            _beneath(canvas, lambda c: _ruling(c, st))
        canvas.saveState()
        canvas.setFont(st.regular, st.size - 3)
        for i, line in enumerate(doc.footer):
            canvas.drawCentredString(width / 2, bottom * 0.5 - i * (st.size - 2), line)
        label = doc.page_label.format(p=page, n=total)
        if label and not (total == 1 and "{n}" not in doc.page_label):
            render2.page_label(canvas, st, label, doc.label_at, low=0.22)
        if doc.running and page > 1:
            canvas.setFont(st.regular, st.size - 2.5)
            canvas.drawString(left, height - top * 0.55, doc.running)
        if any(doc.browser):
            _browser(canvas, st, doc.browser)
        if doc.margin and page == 1:
            _margin(canvas, st, doc.margin)
        if doc.reception and page == 1:
            _received(canvas, st, doc.reception)
        canvas.restoreState()


def _beneath(canvas: Canvas, paint: Callable[[Canvas], None]) -> None:
    """Have ``paint`` draw under the page's text, not over it: its operators go before the
    page's content (the page's furniture is drawn once the text is laid, see paged_canvas)."""
    content = canvas._code
    canvas._code = []
    canvas.saveState()
    paint(canvas)
    canvas.restoreState()
    canvas._code = canvas._code + content


def _ruling(canvas: Canvas, st: Style) -> None:
    """Notebook paper: faint blue lines one leading apart and a red margin line."""
    width, height = st.page
    left, _right, top, bottom = st.margins
    canvas.setStrokeColor(RULING)
    canvas.setLineWidth(0.35)
    y = height - top - st.leading * 0.25
    while y > bottom * 0.6:
        canvas.line(0, y, width, y)
        y -= st.leading
    canvas.setStrokeColor(colors.Color(0.9, 0.45, 0.45))
    canvas.line(left - 5 * mm, 0, left - 5 * mm, height)


def _browser(canvas: Canvas, st: Style, lines: tuple[str, str, str]) -> None:
    """A browser's print header (date and time left, page title centred) and the address of
    the page at the foot."""
    width, height = st.page
    canvas.setFont("Helvetica", 7.5)
    corner, title, url = lines
    canvas.drawString(8 * mm, height - 7 * mm, corner)
    canvas.drawCentredString(width / 2, height - 7 * mm, title[:90])
    canvas.drawString(8 * mm, 6 * mm, url[:120])


def _margin(canvas: Canvas, st: Style, m: Margin) -> None:
    """The margin's lines, from the top of the text, in the wide margin's own column."""
    width, height = st.page
    _left, right, top, _bottom = st.margins
    box = m.width * mm - 10 * mm
    x = 6 * mm if m.side == "left" else width - right + 4 * mm
    ps = ParagraphStyle("m4", fontName=st.regular, fontSize=st.size - 1.5, leading=st.size)
    text = "<br/>".join(layout.text(x) if x else "&nbsp;" for x in m.lines)
    para = Paragraph(text, ps)
    _w, h = para.wrap(box, height)
    para.drawOn(canvas, x, height - top - h)


def _received(canvas: Canvas, st: Style, lines: tuple[str, ...]) -> None:
    """The Oficina de Partes' stamp, a double box or a round one, turned, in one ink: near
    the top edge or in the lower part of the page, where a clerk finds room (it may still
    cover a line or two)."""
    width, height = st.page
    across, down, angle = st.stamp_at
    ink = STAMP_INKS[int(abs(angle)) % len(STAMP_INKS)]
    canvas.setStrokeColor(ink)
    canvas.setFillColor(ink)
    canvas.setLineWidth(1.5)
    low = int(down) % 5 < 3
    top = (12 + (down - 8) * 0.6) * mm + 32 * mm if low else height - (3 + (down - 8) * 0.15) * mm
    if int(across) % 3 == 0:  # a round stamp
        canvas.translate(width - across * mm + 16 * mm, top - 16 * mm)
        canvas.rotate(angle)
        canvas.circle(0, 0, 16 * mm)
        canvas.circle(0, 0, 13.8 * mm)
        for i, line in enumerate(lines):
            canvas.setFont("Helvetica-Bold", 5.8 if i != 2 else 8)
            canvas.drawCentredString(0, 6.5 * mm - i * 4.4 * mm, line)
        return
    box_w, box_h = 58 * mm, (len(lines) * 5 + 5) * mm
    canvas.translate(width - across * mm, top - box_h)
    canvas.rotate(angle)
    canvas.rect(0, 0, box_w, box_h)
    canvas.rect(1.5 * mm, 1.5 * mm, box_w - 3 * mm, box_h - 3 * mm)
    for i, line in enumerate(lines):
        canvas.setFont("Helvetica-Bold", 10 if i == 1 else 7.5)
        canvas.drawCentredString(box_w / 2, box_h - (i + 1) * 5 * mm, line)


def render(doc: Doc, dest: Path, rng: random.Random) -> Style:
    """Write ``doc`` to ``dest`` in a style drawn from ``rng``."""
    st = choose_style(rng, doc)
    story = [f for b in doc.blocks for f in flow(st, b)]
    top = st.margins[2] + (4 * mm if any(doc.browser) else 0)
    render2.write_pdf(dest, st, story, Furniture(st, doc).draw, top=top)
    return st
