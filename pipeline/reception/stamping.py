"""The reception stamp on page 1, as an incremental update of the PDF it is put on.

The stamp is drawn with reportlab (DejaVu embedded as a subset, correct widths) as a small
PDF, imported into the document as a form XObject and painted over page 1 by pyHanko's
incremental writer: every byte of the stamped PDF up to the stamp is the unstamped file, so
the stamped copy proves what was received, and a signature in it stays intact.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.reception.stamp_layout import Spot, find_spot, ink_mask, placement_matrix

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = (0.1, 0.2, 0.55)  # the blue of a rubber stamp
RENDER_SCALE = 0.5  # pixels per point for finding a free place: 36 dpi is plenty


@dataclass(frozen=True, kw_only=True)
class StampText:
    municipality: str
    registry_number: str
    received: str  # "21-11-2026 14:32" in Chile's time
    station: str
    legal_date: str | None = None  # when it differs from the day received

    def lines(self) -> list[tuple[str, str, float]]:
        """(font, text, size) from the top."""
        rows = [
            (BOLD, self.municipality.upper(), 6.5),
            (BOLD, "OFICINA DE PARTES", 8.5),
            (BOLD, f"N° {self.registry_number}", 10.0),
            (FONT, f"Recibido: {self.received}", 7.5),
            (FONT, f"Estación: {self.station}", 6.5),
        ]
        if self.legal_date:
            rows.append((BOLD, f"Recepción legal: {self.legal_date}", 7.0))
        return rows


@functools.cache
def register_fonts() -> Any:
    """reportlab's font metrics, with DejaVu registered once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    return pdfmetrics


def draw_stamp(text: StampText) -> tuple[bytes, float, float]:
    """The stamp as a one-page PDF exactly its own size: (bytes, width, height) in points."""
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics = register_fonts()
    rows = text.lines()
    width = max(pdfmetrics.stringWidth(t, f, s) for f, t, s in rows) + 16
    width = max(width, 150.0)
    height = sum(s * 1.35 for _f, _t, s in rows) + 12
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True)
    canvas.setStrokeColorRGB(*INK)
    canvas.setFillColorRGB(*INK)
    canvas.setLineWidth(1.2)
    canvas.roundRect(1, 1, width - 2, height - 2, 5, stroke=1, fill=0)
    y = height - 6
    for font, line, size in rows:
        y -= size * 1.35
        canvas.setFont(font, size)
        canvas.drawCentredString(width / 2, y + size * 0.3, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), width, height


def page_ink(source: Path) -> tuple[np.ndarray, int, tuple[float, float, float, float]]:
    """Page 1 rendered small as it is shown (rotation applied), its /Rotate and MediaBox."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(source))
    try:
        page = document[0]
        rotation = page.get_rotation()
        media = tuple(float(v) for v in page.get_mediabox())
        image = page.render(scale=RENDER_SCALE, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    return ink_mask(np.asarray(image)), rotation, media  # type: ignore[return-value]


def stamp_pdf(source: Path, dest: Path, text: StampText) -> Spot:
    """Write ``dest``: ``source`` with the stamp on page 1; ``source`` is never changed."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader

    stamp, width, height = draw_stamp(text)
    ink, rotation, media = page_ink(source)
    spot = find_spot(ink, scale=RENDER_SCALE, width_pt=width, height_pt=height)
    matrix = placement_matrix(spot, rotation=rotation, media=media)
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        form = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(stamp)), page_ix=0)
        xobjects = generic.DictionaryObject(  # type: ignore[no-untyped-call]
            {generic.NameObject("/SelloRecepcion"): form}
        )
        resources = generic.DictionaryObject(  # type: ignore[no-untyped-call]
            {generic.NameObject("/XObject"): xobjects}
        )
        numbers = " ".join(f"{v:.4f}" for v in matrix)
        content = generic.StreamObject(
            stream_data=f"q {numbers} cm /SelloRecepcion Do Q".encode("ascii")
        )
        writer.add_stream_to_page(  # type: ignore[no-untyped-call]
            0, writer.add_object(content), resources=resources
        )
        with dest.open("wb") as out:
            writer.write(out)  # type: ignore[no-untyped-call]
    return spot
