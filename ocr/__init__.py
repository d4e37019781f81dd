"""OCR: triage of input files, Tesseract (Spanish) through OCRmyPDF, text extraction, PDF/A.

Takes paths and plain settings, returns plain values; knows nothing of the registry.
"""

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
from ocr.pdfa import PdfaVerdict
from ocr.pool import OcrPool
from ocr.reader import PageResult, ReadResult, read_document
from ocr.resolution import scan_dpi
from ocr.settings import OcrSettings
from ocr.triage import MEDIA_TYPES, Limits, Triage, triage

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
    "triage",
]
