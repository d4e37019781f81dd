"""From any accepted file to its text per page and, where pages were images, a searchable PDF/A.

``read_document`` is what an OCR worker process runs for one document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ocr.engine import (
    extract_pages,
    image_to_pdf,
    make_searchable,
    page_stats,
    unrotated_copy,
)
from ocr.errors import DamagedFile
from ocr.pdfa import PdfaVerdict
from ocr.repair import repaired_copy
from ocr.settings import OcrSettings
from ocr.stamps import stamp_words
from ocr.tesseract import require_languages
from ocr.triage import Limits, Triage, triage


@dataclass(frozen=True, kw_only=True)
class PageResult:
    number: int
    text: str
    source: str  # "text": extracted from the file; "ocr": read by Tesseract
    confidence: float | None = None  # mean Tesseract word confidence, 0-100
    dpi: float | None = None
    dpi_assumed: bool = False


@dataclass(frozen=True, kw_only=True)
class ReadResult:
    triage: Triage
    pages: tuple[PageResult, ...]
    searchable_pdf: Path | None = None
    pdfa: PdfaVerdict | None = None
    repaired: bool = False
    seconds: float = 0.0  # time spent reading in the worker

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.source == "ocr")


def read_document(source: Path, workdir: Path, settings: OcrSettings) -> ReadResult:
    """Text of every page; writes new files in ``workdir`` and never touches ``source``."""
    limits = Limits(max_pages=settings.max_pages, max_megapixels=settings.max_megapixels)
    info = triage(source, limits)
    pdf_in, info, repaired = _prepared_pdf(source, info, workdir, settings)
    text_source = unrotated_copy(pdf_in, workdir / "sin-giro.pdf") if info.rotated_pages else pdf_in
    if not info.needs_ocr:
        texts = extract_pages(text_source)
        if settings.stamp_pictures and info.pictured_pages:
            require_languages(settings.language)
            timeout = float(settings.page_timeout_seconds)
            stamps = stamp_words(
                text_source, info.pictured_pages, language=settings.language, timeout=timeout
            )
            for number, words in stamps.items():
                texts[number - 1] = f"{texts[number - 1]}\n{words}".strip()
        pages = tuple(PageResult(number=i + 1, text=t, source="text") for i, t in enumerate(texts))
        return ReadResult(triage=info, pages=pages, repaired=repaired)
    require_languages(settings.language)
    searchable = workdir / "buscable.pdf"
    stats_dir = workdir / "paginas"
    verdict = make_searchable(pdf_in, searchable, stats_dir, settings, signed=info.signed)
    stats = page_stats(stats_dir)
    text_pages = {i + 1 for i, has_text in enumerate(info.text_pages) if has_text}
    texts = extract_pages(text_source, only=text_pages) if text_pages else [""] * info.pages
    for number, item in stats.items():
        if number not in text_pages and number <= len(texts):
            texts[number - 1] = item["text"].strip()
    kept = _keep_thin_text_layer(
        text_source, texts, skipped=set(range(1, info.pages + 1)) - set(stats)
    )
    assumed = info.kind != "pdf" and info.image_dpi is None
    dpi = (info.image_dpi or float(settings.image_dpi)) if info.kind != "pdf" else None
    pages = tuple(
        PageResult(
            number=i + 1,
            text=text,
            source="text" if info.text_pages[i] or i + 1 in kept else "ocr",
            confidence=stats.get(i + 1, {}).get("confidence"),
            dpi=dpi,
            dpi_assumed=assumed,
        )
        for i, text in enumerate(texts)
    )
    return ReadResult(
        triage=info, pages=pages, searchable_pdf=searchable, pdfa=verdict, repaired=repaired
    )


def _keep_thin_text_layer(pdf: Path, texts: list[str], *, skipped: set[int]) -> set[int]:
    """A page the engine left alone keeps the few words of its own text layer.

    A signed PDF is never rewritten, so the engine skips a page that has any text; when
    that text was too thin to call the page born-digital (a title line above signature
    stamps), it is still all the page says.
    """
    wanted = {number for number in skipped if number <= len(texts) and not texts[number - 1]}
    if not wanted:
        return set()
    layer = extract_pages(pdf, only=wanted)
    for number in wanted:
        texts[number - 1] = layer[number - 1].strip()
    return wanted


def _prepared_pdf(
    source: Path, info: Triage, workdir: Path, settings: OcrSettings
) -> tuple[Path, Triage, bool]:
    """The PDF the engine reads: the source itself, an image wrapped, or a repaired copy."""
    if info.kind != "pdf":
        wrapped = workdir / "imagen.pdf"
        image_to_pdf(source, wrapped, dpi=info.image_dpi, default_dpi=settings.image_dpi)
        return wrapped, info, False
    if not (info.owner_password_only or info.needs_repair):
        return source, info, False
    fixed = workdir / "reparado.pdf"
    repaired_copy(source, fixed, truncated=info.truncated)
    damaged = info.needs_repair
    if damaged:
        again = triage(fixed, Limits(max_pages=settings.max_pages))
        if again.needs_repair:
            raise DamagedFile(
                "El PDF está dañado: su contenido no se puede leer ni reparar.",
                "Vuelva a generar o digitalizar el documento.",
            )
        info = Triage(**{**info.__dict__, "text_pages": again.text_pages, "needs_repair": False})
    return fixed, info, damaged
