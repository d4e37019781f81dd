"""OCR: triage of input files, Tesseract (Spanish) through OCRmyPDF, text extraction.

Takes paths and plain settings, returns plain values; knows nothing of the registry.
"""

from ocr.errors import (
    DamagedFile,
    EmptyFile,
    MislabelledFile,
    MissingDependency,
    OcrError,
    OcrFailed,
    OcrTimeout,
    PasswordProtected,
    UnsupportedFormat,
)
from ocr.reader import OcrSettings, PageResult, ReadResult, read_document
from ocr.triage import MEDIA_TYPES, Triage, triage

__all__ = [
    "MEDIA_TYPES",
    "DamagedFile",
    "EmptyFile",
    "MislabelledFile",
    "MissingDependency",
    "OcrError",
    "OcrFailed",
    "OcrSettings",
    "OcrTimeout",
    "PageResult",
    "PasswordProtected",
    "ReadResult",
    "Triage",
    "UnsupportedFormat",
    "read_document",
    "triage",
]
