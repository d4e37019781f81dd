"""Separator sheets: one scan of a stack of documents becomes one file per document.

``partes separator`` prints a page with a QR code. The clerk puts one between the
documents of a stack and scans the whole stack at once; here the pages that carry the
code are found (zxing-cpp reads it, at low resolution) and the pages between them are
written as separate PDFs. The parts are written deterministically, so splitting the same
scan again gives byte-identical parts: after a crash they are found as duplicates, never
numbered twice.
"""

from __future__ import annotations

from pathlib import Path

MARKER = "OFICINA-DE-PARTES/SEPARADOR/1"
_DPI = 60


def write_separator_sheet(out: Path, *, copies: int = 1) -> None:
    """An A4 PDF of ``copies`` identical separator pages."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    canvas = Canvas(str(out), pagesize=A4, invariant=True)
    canvas.setTitle("Hoja separadora")
    side = 9 * cm
    for _ in range(copies):
        canvas.setFont("Helvetica-Bold", 26)
        canvas.drawCentredString(width / 2, height - 4 * cm, "HOJA SEPARADORA")
        canvas.setFont("Helvetica", 12)
        lines = (
            "Oficina de Partes — coloque esta hoja entre dos documentos",
            "de un mismo lote de escaneo. Esta página no se registra.",
        )
        for i, line in enumerate(lines):
            canvas.drawCentredString(width / 2, height - (5.2 + 0.6 * i) * cm, line)
        widget = QrCodeWidget(MARKER, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, (width - side) / 2, (height - side) / 2)
        canvas.drawCentredString(width / 2, 5 * cm, "— separador —")
        canvas.showPage()
    canvas.save()


def separator_pages(pdf: Path) -> list[int]:
    """Indexes (from 0) of the pages that are separator sheets."""
    import pypdfium2 as pdfium
    import zxingcpp

    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found: list[int] = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        if len(document) < 2:
            return found
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=_DPI / 72, grayscale=True).to_pil()
            codes = zxingcpp.read_barcodes(image, formats=qr_only)
            if any(code.text == MARKER for code in codes):
                found.append(index)
            page.close()
    finally:
        document.close()
    return found


def split_batch(pdf: Path, outdir: Path) -> list[Path] | None:
    """The documents between separator sheets, or None when the scan has no separator.

    An empty list means the scan held nothing but separators.
    """
    import pikepdf

    separators = separator_pages(pdf)
    if not separators:
        return None
    outdir.mkdir(parents=True, exist_ok=True)
    parts: list[Path] = []
    with pikepdf.open(pdf) as source:
        for first, last in _runs(len(source.pages), separators):
            part = pikepdf.new()
            part.pages.extend(source.pages[first:last])
            target = outdir / f"{pdf.stem}-parte-{len(parts) + 1:02d}.pdf"
            part.save(target, deterministic_id=True)
            parts.append(target)
    return parts


def _runs(count: int, separators: list[int]) -> list[tuple[int, int]]:
    """The non-empty page ranges [first, last) between separator pages."""
    runs: list[tuple[int, int]] = []
    start = 0
    for index in [*separators, count]:
        if index > start:
            runs.append((start, index))
        start = index + 1
    return runs
