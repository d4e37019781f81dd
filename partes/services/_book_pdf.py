"""The libro de registro printed: a header on every page, the lines in a table that repeats
its column titles, the totals, the ministro de fe's certification, and «Página n de N» at
the foot of every page (folios counted after the last page is laid out).

The book's lines in, a PDF out (reportlab; its standard fonts carry Spanish letters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

if TYPE_CHECKING:
    from partes.services.libro import Libro

PAGE = landscape(A4)
MARGIN = 36.0
FONT, BOLD = "Helvetica", "Helvetica-Bold"
COLUMNS = (
    ("N° de registro", 82),
    ("Recepción", 72),
    ("Registro", 48),
    ("Remitente / destinatario", 140),
    ("Tipo", 90),
    ("Materia", 252),
    ("Unidad", 86),
)
_CELL = ParagraphStyle("celda", fontName=FONT, fontSize=7.5, leading=9)
_HEAD = ParagraphStyle("titulo_columna", fontName=BOLD, fontSize=7.5, leading=9)
_TEXT = ParagraphStyle("texto", fontName=FONT, fontSize=9.5, leading=13)
_TITLE = ParagraphStyle("titulo", fontName=BOLD, fontSize=13, leading=17, spaceAfter=4)
_SUB = ParagraphStyle("subtitulo", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8)


@dataclass(frozen=True, kw_only=True)
class MadeBook:
    pages: int
    signature_page: int  # from 0
    box: tuple[float, float, float, float]  # the signature field, in points


class _SignatureBox(Flowable):  # type: ignore[misc]
    """The empty frame the Secretario signs in; remembers where it landed."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.page = 0
        self.origin = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.grey)
        self.canv.setDash(2, 2)
        self.canv.rect(0, 0, self.width, self.height)
        self.page = self.canv.getPageNumber() - 1
        self.origin = self.canv.absolutePosition(0, 0)


def _numbered(caption: str) -> type[Canvas]:
    """A canvas that keeps every page until the end, then writes «Página n de N»."""

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.drawString(MARGIN, MARGIN / 2, caption)
                self.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"Página {number} de {total}")
                super().showPage()
            super().save()

    return Numbered


def render_book(book: Libro, dest: Path) -> MadeBook:
    """Write the book to ``dest``; its page count and where the signature goes."""
    title = f"Libro de registro — {book.series_name} ({book.series}) — {book.year}"
    doc = SimpleDocTemplate(
        str(dest),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 18,
        bottomMargin=MARGIN + 6,
        title=title,
        author=book.municipality,
        subject="Libro de registro de la Oficina de Partes",
    )
    box = _SignatureBox(220, 60)
    story = [*_opening(book), _table(book), *_totals(book), _certification(book, box)]
    header = _header(f"{book.municipality} — {title}")
    caption = f"Emitido el {book.made_at:%d-%m-%Y %H:%M} por {book.made_by}"
    doc.build(story, onFirstPage=header, onLaterPages=header, canvasmaker=_numbered(caption))
    x, y = box.origin
    pages = _page_count(dest)
    return MadeBook(pages=pages, signature_page=box.page, box=(x, y, x + box.width, y + box.height))


def _header(text: str) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, PAGE[1] - MARGIN, text)
        canvas.line(MARGIN, PAGE[1] - MARGIN - 4, PAGE[0] - MARGIN, PAGE[1] - MARGIN - 4)
        canvas.restoreState()

    return draw


def _opening(book: Libro) -> list[Flowable]:
    return [
        Paragraph(escape(book.municipality.upper()), _TITLE),
        Paragraph("OFICINA DE PARTES — LIBRO DE REGISTRO", _SUB),
        Paragraph(
            f"Serie: <b>{escape(book.series_name)}</b> ({escape(book.series)}) · "
            f"Año: <b>{book.year}</b> · Líneas: <b>{len(book.lines)}</b>",
            _TEXT,
        ),
        Spacer(1, 8),
    ]


def _table(book: Libro) -> Flowable:
    rows: list[list[Any]] = [[Paragraph(name, _HEAD) for name, _ in COLUMNS]]
    for line in book.lines:
        mark = " (ANULADO)" if line.annulled else ""
        cells = (
            line.registry_number + mark,
            f"{line.received:%d-%m-%Y %H:%M}",
            line.kind,
            line.party or "—",
            line.doc_type,
            line.subject or "—",
            line.unit or "—",
        )
        rows.append([Paragraph(escape(c), _CELL) for c in cells])
    if not book.lines:
        rows.append([Paragraph("Sin documentos registrados.", _CELL)] + [""] * (len(COLUMNS) - 1))
    table = LongTable(rows, colWidths=[w for _, w in COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _totals(book: Libro) -> list[Flowable]:
    kinds = ", ".join(f"{kind}: {n}" for kind, n in book.by_kind().items()) or "ninguno"
    return [
        Paragraph("Totales", _SUB),
        Paragraph(f"Documentos registrados: <b>{len(book.lines)}</b>", _TEXT),
        Paragraph(f"Por tipo de registro: {escape(kinds)}", _TEXT),
        Paragraph(f"Anulados: {book.annulled()}", _TEXT),
    ]


def _certification(book: Libro, box: _SignatureBox) -> Flowable:
    first = book.lines[0].registry_number if book.lines else "—"
    last = book.lines[-1].registry_number if book.lines else "—"
    town = book.municipality
    article = "la " if town.lower().startswith(("ilustre", "municipalidad")) else ""
    text = (
        f"El Secretario Municipal de {article}{escape(town)}, en su calidad de ministro de "
        f"fe, certifica que el presente libro de registro de la serie «{escape(book.series_name)}"
        f"» del año {book.year}, foliado correlativamente en cada página, contiene "
        f"{len(book.lines)} registros, desde el N° {escape(first)} hasta el N° {escape(last)}, "
        f"emitido el {book.made_at:%d-%m-%Y} a las {book.made_at:%H:%M} horas."
    )
    return KeepTogether(
        [
            Spacer(1, 14),
            Paragraph("CERTIFICADO", _SUB),
            Paragraph(text, _TEXT),
            Spacer(1, 12),
            box,
            Paragraph("Secretario Municipal — Ministro de fe", _TEXT),
            Paragraph(f"{escape(book.commune)}, {book.made_at:%d-%m-%Y}", _TEXT),
        ]
    )


def _page_count(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)
