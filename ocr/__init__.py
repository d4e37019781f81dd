"""OCR: triage of input files, Tesseract (Spanish) through OCRmyPDF, text extraction, PDF/A.

Takes paths and plain settings, returns plain values; knows nothing of the registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lazy_loader

from ocr.errors import (
    SYSTEM_ERRNOS,
    DamagedFile,
    EmptyFile,
    MislabelledFile,
    MissingDependency,
    OcrError,
    OcrFailed,
    OcrTimeout,
    OutOfMemory,
    PasswordProtected,
    TooLarge,
    UnsupportedFormat,
)
from ocr.settings import OcrSettings

if TYPE_CHECKING:
    from ocr.pdfa import PdfaVerdict
    from ocr.pool import OcrPool
    from ocr.reader import PageResult, ReadResult, read_document
    from ocr.resolution import scan_dpi
    from ocr.triage import MEDIA_TYPES, Limits, Triage

# Loaded on first use: pdfplumber, pikepdf, numpy and pytesseract cost most of a second to
# import, and a command that only reads the registry (or catches an OcrError) needs none.
__getattr__, _lazy_dir, _lazy = lazy_loader.attach(
    __name__,
    submod_attrs={
        "pdfa": ["PdfaVerdict"],
        "pool": ["OcrPool"],
        "reader": ["PageResult", "ReadResult", "read_document"],
        "resolution": ["scan_dpi"],
        "triage": ["Limits", "MEDIA_TYPES", "Triage"],
    },
)


__all__ = [
    "MEDIA_TYPES",
    "SYSTEM_ERRNOS",
    "DamagedFile",
    "EmptyFile",
    "Limits",
    "MislabelledFile",
    "MissingDependency",
    "OcrError",
    "OcrFailed",
    "OcrPool",
    "OcrSettings",
    "OcrTimeout",
    "OutOfMemory",
    "PageResult",
    "PasswordProtected",
    "PdfaVerdict",
    "ReadResult",
    "TooLarge",
    "Triage",
    "UnsupportedFormat",
    "read_document",
    "scan_dpi",
]
