"""From any accepted file to its text per page and, where pages were images, a searchable PDF."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ocr.engine import decrypted_copy, extract_pages, image_to_pdf, make_searchable
from ocr.tesseract import require_languages
from ocr.triage import Triage


@dataclass(frozen=True, kw_only=True)
class OcrSettings:
    language: str = "spa"
    image_dpi: int = 300
    timeout_seconds: float = 600.0
    jobs: int = max(1, os.cpu_count() or 1)


@dataclass(frozen=True, kw_only=True)
class PageResult:
    number: int
    text: str
    source: str  # "text": extracted from the file; "ocr": read by Tesseract


@dataclass(frozen=True, kw_only=True)
class ReadResult:
    pages: tuple[PageResult, ...]
    searchable_pdf: Path | None

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.source == "ocr")


def read_document(source: Path, info: Triage, workdir: Path, settings: OcrSettings) -> ReadResult:
    """Text of every page; writes new files in ``workdir`` and never touches ``source``."""
    if info.kind == "pdf" and not info.needs_ocr:
        texts = extract_pages(source)
        pages = tuple(PageResult(number=i + 1, text=t, source="text") for i, t in enumerate(texts))
        return ReadResult(pages=pages, searchable_pdf=None)
    require_languages(settings.language)
    pdf_in = workdir / "entrada.pdf"
    if info.kind == "pdf":
        if info.owner_password_only:
            decrypted_copy(source, pdf_in)
        else:
            pdf_in = source
    else:
        image_to_pdf(source, pdf_in, dpi=info.image_dpi, default_dpi=settings.image_dpi)
    searchable = workdir / "buscable.pdf"
    make_searchable(
        pdf_in,
        searchable,
        language=settings.language,
        timeout=settings.timeout_seconds,
        jobs=settings.jobs,
    )
    texts = extract_pages(searchable)
    pages = tuple(
        PageResult(number=i + 1, text=t, source="text" if info.text_pages[i] else "ocr")
        for i, t in enumerate(texts)
    )
    return ReadResult(pages=pages, searchable_pdf=searchable)
