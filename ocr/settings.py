"""Settings of the OCR stage (the ``[ocr]`` table of partes.toml)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Where the OCRmyPDF plugin writes one JSON per page: set by the worker before ocr().
STATS_ENV = "PARTES_OCR_STATS_DIR"
# A Tesseract config file that makes it write hOCR beside the sandwich PDF.
HOCR_CONFIG = Path(__file__).with_name("tesseract-hocr.cfg")
# A config file that turns off the second, inverted reading of doubtful lines.
UPRIGHT_CONFIG = Path(__file__).with_name("tesseract-upright.cfg")


@dataclass(frozen=True, kw_only=True)
class OcrSettings:
    language: str = "spa"
    image_dpi: int = 300
    timeout_seconds: float = 600.0
    page_timeout_seconds: float = 180.0
    max_pages: int = 2000
    max_megapixels: int = 250
    max_memory_mb: int = 3072
    workers: int = max(1, os.cpu_count() or 1)
    jobs: int = 1
    rotate_pages: bool = True
    # Tesseract re-reads every doubtful line as light-on-dark text as well: about a fifth of
    # its time on office pages, which are dark on light. Off unless a municipality needs it.
    inverted_text: bool = False
    # The pictures of a born-digital PDF's first and last page that look like an
    # e-signature stamp, and its visible signatures, are read (ocr/stamps.py): often the
    # only place of a resolución's number and date.
    stamp_pictures: bool = True
    pdfa: bool = True
