"""The resolution a PDF was scanned at, measured from its page images (a scanner fills the
page with one image: its width in pixels over the page's width in inches)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pikepdf


def scan_dpi(path: Path) -> int | None:
    """The most common resolution over the pages that hold an image; None if none does
    (or the file cannot be read)."""
    found: Counter[int] = Counter()
    try:
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                dpi = _page_dpi(page)
                if dpi:
                    found[dpi] += 1
    except (pikepdf.PdfError, OSError, ValueError):
        return None
    return found.most_common(1)[0][0] if found else None


def _page_dpi(page: pikepdf.Page) -> int | None:
    sizes = []
    for image in page.images.values():
        width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
        sizes.append((width * height, width))
    if not sizes:
        return None
    x0, _y0, x1, _y1 = (float(v) for v in page.mediabox)
    inches = abs(x1 - x0) / 72
    return round(max(sizes)[1] / inches) if inches > 0 else None
