"""The words inside the pictures of a born-digital page, and of its visible signatures.

An e-signature platform pastes its stamp as a picture («Documento Digital N°: 123 - Fecha:
14/03/2024», «Firmado electrónicamente por …»), and on many resoluciones that stamp is the
only place their number and date are printed. A born-digital page is never OCR'd whole (its
text is exact); only such pictures are, on its first and last page: long and narrow ones,
lying or turned along the margin, below the letterhead, not a whole scanned page; and the
appearance a visible signature draws (an annotation, outside the page's text layer). Their
words are added at the end of the page's text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber

from ocr.postcorrect import correct_text
from ocr.tesseract import image_text

MIN_WIDTH = 90.0  # points, the long side
MIN_HEIGHT = 18.0  # the short side
MIN_ASPECT = 1.6  # a stamp is long and narrow; a logo is about square
MAX_PAGE_SHARE = 0.3  # larger: a scanned page or a photograph, not a stamp
LETTERHEAD = 0.12  # the top of the page: banners and logos
MOST = 3  # pictures read per page
DPI = 300


def stamp_words(
    pdf: Path, pages: tuple[int, ...], *, language: str, timeout: float
) -> dict[int, str]:
    """Page number -> the words of its stamp-like pictures, for ``pages`` (the first and
    last that draw a picture, as triage found them); pages without any are left out."""
    found: dict[int, str] = {}
    if not pages:
        return found  # most born-digital files: no second parse of the file
    with pdfplumber.open(pdf) as doc:
        for number in pages:
            page = doc.pages[number - 1]
            try:
                candidates = _stamp_like(page)[:MOST]
            except Exception:  # a malformed picture or annotation: the page's text stands
                continue
            texts = [_read(page, image, language=language, timeout=timeout) for image in candidates]
            words = "\n".join(t for t in texts if t)
            if words:
                found[number] = words
    return found


def _stamp_like(page: Any) -> list[dict[str, Any]]:
    """Pictures, and the drawn appearances of visible signatures and stamp annotations
    (the text of an annotation is not in the page's text layer)."""
    area = float(page.width) * float(page.height)
    kept = []
    for image in [*_appearances(page), *page.images]:  # a signature's own stamp first
        width, height = image["x1"] - image["x0"], image["bottom"] - image["top"]
        long, short = max(width, height), min(width, height)
        if long < MIN_WIDTH or short < MIN_HEIGHT or long < MIN_ASPECT * short:
            continue
        if width * height > MAX_PAGE_SHARE * area or image["bottom"] < LETTERHEAD * page.height:
            continue
        kept.append(image)
    return kept


_SHOWN = ("Widget", "Stamp", "FreeText")


def _appearances(page: Any) -> list[dict[str, Any]]:
    """The annotations that draw something of their own: a signature's visible stamp."""
    shown = []
    for annot in page.annots:
        data = annot.get("data") or {}
        subtype = getattr(data.get("Subtype"), "name", data.get("Subtype"))
        hidden = int(data.get("F") or 0) & (2 | 32)  # Hidden, NoView
        if str(subtype) in _SHOWN and data.get("AP") is not None and not hidden:
            shown.append(annot)
    return shown


def _read(page: Any, image: dict[str, Any], *, language: str, timeout: float) -> str:
    box = (image["x0"], image["top"], image["x1"], image["bottom"])
    try:
        picture = page.crop(box, strict=False).to_image(resolution=DPI).original
    except Exception:  # a picture that cannot be drawn says nothing
        return ""
    if picture.height > picture.width:
        # Turned along the margin: read it both ways up and keep the surer reading.
        readings = [
            image_text(picture.rotate(turn, expand=True), language=language, timeout=timeout)
            for turn in (-90, 90)
        ]
        text = max(readings, key=lambda reading: reading[1])[0]
    else:
        text = image_text(picture, language=language, timeout=timeout)[0]
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return correct_text("\n".join(line for line in lines if line))
