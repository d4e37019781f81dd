"""The certificado de presentación: the interested party's proof of what was received, when,
by whom and under which number (Ley 19.880 art. 30; DS 10/2023 art. 30)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.reception.stamping import BOLD, FONT, INK, register_fonts

MARGIN = 72


@dataclass(frozen=True, kw_only=True)
class CertificateData:
    municipality: str
    commune: str
    registry_number: str
    received: str  # date and time in Chile's time, "21-11-2026 14:32:05"
    legal_date: str | None  # the working day it counts from, when it differs
    legal_reason: str | None  # "sábado", "domingo" or the holiday's name
    channel: str  # how it came in: a scanning station, a clerk's upload
    station: str
    received_by: str
    doc_type: str
    sender: str | None
    subject: str | None
    original_name: str
    pages: int
    sha256: str

    @property
    def code(self) -> str:
        return consultation_code(self.registry_number, self.sha256)


def consultation_code(registry_number: str, sha256: str) -> str:
    """The code the filer types on the status page with the registry number: derived from
    the whole SHA-256 of the filed file, which only the filer (the file, its certificado)
    and the office hold; the registry number alone, which others may know, is not enough.
    Not a secret from the office's own staff, who see the status anyway."""
    digest = hashlib.sha256(f"consulta:{registry_number}:{sha256}".encode()).digest()
    text = base64.b32encode(digest).decode()[:8]
    return f"{text[:4]}-{text[4:]}"


def _rows(data: CertificateData) -> list[tuple[str, str]]:
    rows = [
        ("Número de registro", data.registry_number),
        ("Fecha y hora de recepción", f"{data.received} (hora de Chile continental)"),
    ]
    if data.legal_date:
        rows.append(
            (
                "Fecha de recepción legal",
                f"{data.legal_date}: recibido en día inhábil ({data.legal_reason}); los plazos "
                "se cuentan desde el primer día hábil siguiente (Ley N° 19.880, art. 25).",
            )
        )
    rows += [
        ("Canal de ingreso", data.channel),
        ("Recibido por", f"{data.received_by} (estación {data.station})"),
        ("Tipo de documento", data.doc_type),
        ("Remitente", data.sender or "—"),
        ("Materia", data.subject or "—"),
        ("Archivo presentado", f"{data.original_name}, {data.pages} página(s)"),
        ("Huella SHA-256", f"{data.sha256[:32]} {data.sha256[32:]}"),
        (
            "Código de consulta",
            f"{data.code}: con él y el número de registro puede consultar el estado de su "
            "presentación en la página «Estado de una presentación» del municipio.",
        ),
    ]
    return rows


def render_certificate(data: CertificateData, dest: Path) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(str(dest), pagesize=LETTER, invariant=True)
    canvas.setTitle(f"Certificado de presentación {data.registry_number}")
    canvas.setAuthor(f"{data.municipality} — Oficina de Partes")
    width, height = LETTER
    y = height - MARGIN
    canvas.setFillColorRGB(*INK)
    for font, size, line in (
        (BOLD, 12, data.municipality.upper()),
        (BOLD, 11, "OFICINA DE PARTES"),
        (BOLD, 15, "CERTIFICADO DE PRESENTACIÓN"),
    ):
        canvas.setFont(font, size)
        canvas.drawCentredString(width / 2, y, line)
        y -= size * 1.8
    canvas.setFillColorRGB(0, 0, 0)
    intro = (
        f"La Oficina de Partes de la {data.municipality} certifica que recibió el documento "
        "que se individualiza a continuación, en la fecha y hora indicadas, y que quedó "
        "registrado con el número que se señala."
    )
    y = _paragraph(canvas, intro, y - 6, width)
    y -= 10
    for label, value in _rows(data):
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN, y, label)
        y = _paragraph(canvas, value, y, width, left=MARGIN + 170, size=10)
        y -= 6
    closing = (
        "Se extiende el presente certificado conforme al artículo 30 de la Ley N° 19.880, "
        "que establece las bases de los procedimientos administrativos, como constancia de "
        f"la presentación. {data.commune.title()}, {data.received[:10]}."
    )
    _paragraph(canvas, closing, y - 14, width)
    canvas.setFont(FONT, 8)
    canvas.drawString(
        MARGIN, MARGIN / 2, f"Oficina de Partes digital — {data.registry_number} — SHA-256 del "
        f"archivo: {data.sha256[:16]}…"
    )  # fmt: skip
    canvas.showPage()
    canvas.save()


def _paragraph(
    canvas: Any, text: str, y: float, width: float, *, left: float = MARGIN, size: int = 11
) -> float:
    from reportlab.lib.utils import simpleSplit

    canvas.setFont(FONT, size)
    for line in simpleSplit(text, FONT, size, width - MARGIN - left):
        canvas.drawString(left, y, line)
        y -= size * 1.45
    return y
