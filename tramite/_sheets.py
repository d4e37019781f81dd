"""Printed sheets of the distribution: the índice of an expediente (DS 10/2023 arts. 18-19)
and the hoja de ruta that travels with paper, with a QR code to the document's page.

Plain values in, a PDF file out (reportlab, its standard fonts carry Spanish letters)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

MARGIN = 50
FONT, BOLD = "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True, kw_only=True)
class IndexLine:
    order: int
    incorporated: str  # local date and time as printed
    title: str
    sha256: str


@dataclass(frozen=True, kw_only=True)
class IndexSheet:
    municipality: str
    identifier: str
    registry_number: str
    subject: str
    opened: str
    lines: tuple[IndexLine, ...]
    made: str


@dataclass(frozen=True, kw_only=True)
class RouteStep:
    unit: str
    instruction: str
    providencia: str
    derived: str
    due: str


@dataclass(frozen=True, kw_only=True)
class RouteSlip:
    municipality: str
    registry_number: str
    received: str
    sender: str
    subject: str
    steps: tuple[RouteStep, ...]
    url: str  # the document's page, in the QR code


def render_index(sheet: IndexSheet, dest: Path) -> None:
    canvas, width, height = _canvas(dest, f"Índice del expediente {sheet.identifier}", sheet)
    y = _heading(canvas, width, height, sheet.municipality, "ÍNDICE DEL EXPEDIENTE")
    for label, value in (
        ("Expediente", sheet.identifier),
        ("Documento que lo inicia", sheet.registry_number),
        ("Materia", sheet.subject),
        ("Iniciado", sheet.opened),
    ):
        y = _field(canvas, label, value, y, width)
    y -= 10
    for line in sheet.lines:
        if y < MARGIN + 60:
            canvas.showPage()
            y = height - MARGIN
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, y, f"{line.order}.")
        y = _wrap(canvas, line.title, y, MARGIN + 22, width - MARGIN, BOLD, 9)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN + 22, y, f"Incorporado: {line.incorporated}")
        y -= 11
        canvas.drawString(MARGIN + 22, y, f"SHA-256: {line.sha256}")
        y -= 16
    canvas.setFont(FONT, 7)
    canvas.drawString(MARGIN, MARGIN / 2, f"Índice generado el {sheet.made} — {sheet.identifier}")
    canvas.showPage()
    canvas.save()


def render_route_slip(slip: RouteSlip, dest: Path) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    canvas, width, height = _canvas(dest, f"Hoja de ruta {slip.registry_number}", slip)
    y = _heading(canvas, width, height, slip.municipality, "HOJA DE RUTA")
    qr = QrCodeWidget(slip.url)
    left, bottom, right, top = qr.getBounds()
    size = 90
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(qr)
    renderPDF.draw(drawing, canvas, width - MARGIN - size, height - MARGIN - size)
    for label, value in (
        ("N° de registro", slip.registry_number),
        ("Recibido", slip.received),
        ("Remitente", slip.sender),
        ("Materia", slip.subject),
    ):
        y = _field(canvas, label, value, y, width - size - 10)
    y -= 12
    for i, step in enumerate(slip.steps, start=1):
        if y < MARGIN + 110:
            canvas.showPage()
            y = height - MARGIN
        y = _step_box(canvas, i, step, y, width)
    for i in range(len(slip.steps) + 1, len(slip.steps) + 3):  # blank boxes for what follows
        if y < MARGIN + 110:
            break
        y = _step_box(canvas, i, None, y, width)
    canvas.setFont(FONT, 7)
    canvas.drawString(MARGIN, MARGIN / 2, f"Estado en línea: {slip.url}")
    canvas.showPage()
    canvas.save()


def _step_box(canvas: Any, order: int, step: RouteStep | None, y: float, width: float) -> float:
    box = 92
    canvas.rect(MARGIN, y - box, width - 2 * MARGIN, box)
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN + 6, y - 14, f"{order}. Derivado a: {step.unit if step else ''}")
    canvas.setFont(FONT, 9)
    if step is not None:
        canvas.drawString(MARGIN + 6, y - 28, f"Instrucción: {step.instruction}")
        canvas.drawString(MARGIN + 6, y - 42, f"Derivado: {step.derived}   Plazo: {step.due}")
        _wrap(canvas, step.providencia, y - 56, MARGIN + 6, width - MARGIN - 170, FONT, 8)
    else:
        canvas.drawString(MARGIN + 6, y - 28, "Instrucción:")
        canvas.drawString(MARGIN + 6, y - 42, "Fecha:                         Plazo:")
    sign_x = width - MARGIN - 160
    canvas.line(sign_x, y - box + 22, width - MARGIN - 10, y - box + 22)
    canvas.setFont(FONT, 7)
    canvas.drawString(sign_x, y - box + 12, "Firma y fecha de recepción")
    return y - box - 10


def _canvas(dest: Path, title: str, data: Any) -> tuple[Any, float, float]:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(dest), pagesize=LETTER, invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor(f"{data.municipality} — Oficina de Partes")
    width, height = LETTER
    return canvas, width, height


def _heading(canvas: Any, width: float, height: float, municipality: str, title: str) -> float:
    y = height - MARGIN
    for font, size, line in ((BOLD, 11, municipality.upper()), (BOLD, 10, "OFICINA DE PARTES")):
        canvas.setFont(font, size)
        canvas.drawString(MARGIN, y, line)
        y -= size * 1.6
    canvas.setFont(BOLD, 15)
    canvas.drawString(MARGIN, y - 6, title)
    return y - 34


def _field(canvas: Any, label: str, value: str, y: float, width: float) -> float:
    canvas.setFont(BOLD, 10)
    canvas.drawString(MARGIN, y, label)
    return _wrap(canvas, value or "—", y, MARGIN + 140, width - MARGIN, FONT, 10) - 4


def _wrap(
    canvas: Any, text: str, y: float, left: float, right: float, font: str, size: int
) -> float:
    from reportlab.lib.utils import simpleSplit

    canvas.setFont(font, size)
    for line in simpleSplit(text, font, size, right - left) or [""]:
        canvas.drawString(left, y, line)
        y -= size * 1.4
    return y
