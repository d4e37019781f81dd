"""The OCR engine inside a worker process: OCRmyPDF as a library, images to PDF, text.

Runs only in the dedicated worker processes of ``ocr.pool`` (OCRmyPDF's ``ocr()`` is not
reentrant, and a worker can be killed when its time is up).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import img2pdf
import pdfplumber
import pikepdf
from PIL import Image

from ocr import pagetext, textcache
from ocr.errors import SYSTEM_ERRNOS, DamagedFile, OcrError, OcrFailed, OutOfMemory, TooLarge
from ocr.pdfa import PdfaVerdict, convert
from ocr.settings import HOCR_CONFIG, STATS_ENV, UPRIGHT_CONFIG, OcrSettings

_log = logging.getLogger(__name__)
PLUGIN = "ocr.ocrmypdf_plugin"


def image_to_pdf(source: Path, dest: Path, *, dpi: float | None, default_dpi: int) -> None:
    """Wrap an image (every frame of a TIFF) losslessly in a PDF at its true size."""
    options: dict[str, Any] = {"rotation": img2pdf.Rotation.ifvalid}
    if not dpi:
        options["layout_fun"] = img2pdf.get_fixed_dpi_layout_fun((default_dpi, default_dpi))
    with Image.open(source) as image:
        plain = image.mode in ("1", "L", "RGB") and "transparency" not in image.info
    try:
        if not plain:  # alpha, palette, CMYK: PDF/A wants plain grey or RGB pixels
            raise ValueError(image.mode)
        data = img2pdf.convert(str(source), **options)
    except (img2pdf.AlphaChannelError, img2pdf.ImageOpenError, ValueError, OSError):
        data = img2pdf.convert(*_flattened_frames(source, dest, dpi or default_dpi), **options)
    dest.write_bytes(data)


def _flattened_frames(source: Path, dest: Path, dpi: float) -> list[str]:
    """Frames img2pdf cannot embed as they are (alpha, odd modes) as plain PNG files."""
    names: list[str] = []
    try:
        with Image.open(source) as image:
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                frame = image.convert("RGBA") if image.mode in ("P", "LA", "PA", "RGBA") else image
                if frame.mode == "RGBA":
                    flat = Image.new("RGB", frame.size, "white")
                    flat.paste(frame, mask=frame.getchannel("A"))
                    frame = flat
                elif frame.mode not in ("1", "L", "RGB"):
                    frame = frame.convert("RGB")
                name = dest.with_name(f"{dest.stem}-{index}.png")
                frame.save(name, dpi=(dpi, dpi))
                names.append(str(name))
    except (OSError, ValueError) as exc:
        raise DamagedFile(
            f"La imagen no se pudo convertir a PDF ({exc}).", "Vuelva a digitalizar el documento."
        ) from None
    return names


def unrotated_copy(source: Path, dest: Path) -> Path:
    """The same pages with /Rotate removed: text extraction reads turned pages sideways."""
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            if "/Rotate" in page.obj:
                del page.obj.Rotate
        pdf.save(dest)
    return dest


def warm_up() -> None:
    """Import what OCR needs (about 0.7 s of CPU) when a worker starts, not inside the
    first document it reads."""
    import ocrmypdf  # noqa: F401
    from pikepdf import pdfa  # noqa: F401

    import ocr.ocrmypdf_plugin  # noqa: F401


def make_searchable(
    source: Path, dest: Path, stats_dir: Path, settings: OcrSettings, *, signed: bool
) -> PdfaVerdict | None:
    """OCR the pages of ``source`` that have no text into ``dest``; with ``settings.pdfa``,
    ``dest`` is PDF/A-2b when pikepdf's validator passes it, and the verdict is returned.

    OCRmyPDF writes a plain PDF, to a stream: its PDF/A path validates twice (the candidate,
    then the final file) and its output check decodes every image again, about 60 ms a
    page together. The conversion is then pikepdf's, the same one OCRmyPDF's internal
    backend calls, and validates once, the bytes that are kept.
    """
    import ocrmypdf
    from ocrmypdf.exceptions import ExitCodeException

    os.environ[STATS_ENV] = str(stats_dir)
    options = _ocr_options(settings, signed=signed)
    plain = dest.with_name(f"{dest.stem}-sin-pdfa.pdf")
    try:
        _fresh(stats_dir)
        _ocr(ocrmypdf, source, plain, options)
        if settings.rotate_pages and _doubtful_pages(page_stats(stats_dir)):
            # Orientation detection costs more than the OCR of an upright page, so it is
            # asked for only when an upright reading was poor (turned or upside-down scans).
            _fresh(stats_dir)
            _ocr(ocrmypdf, source, plain, {**options, "rotate_pages": True})
        verdict = convert(plain, dest) if settings.pdfa else None
        if verdict is None or verdict.verdict != "pass":
            plain.replace(dest)
        return verdict
    except OcrError:
        raise
    except MemoryError:
        raise OutOfMemory(
            "El OCR agotó la memoria permitida para un documento.",
            "Divida el documento o aumente «ocr.max_memory_mb».",
        ) from None
    except Image.DecompressionBombError:
        raise TooLarge(
            "Una página es demasiado grande para procesarla con seguridad (bomba de "
            "descompresión).",
            "Digitalice a 300 ppp o aumente «ocr.max_megapixels».",
        ) from None
    except OSError as exc:
        if exc.errno in SYSTEM_ERRNOS:  # a full disk is the system's failure, not the file's
            raise
        raise _failed(exc) from None
    except (ExitCodeException, pikepdf.PikepdfError, ValueError) as exc:
        # OCRmyPDF and qpdf refuse hostile or broken files with their own exceptions.
        raise _failed(exc) from None


def _failed(exc: Exception) -> OcrFailed:
    return OcrFailed(
        f"El OCR no pudo procesar el documento ({type(exc).__name__}: {exc}).",
        "Revise que la digitalización sea legible y vuelva a intentarlo.",
    )


def _ocr_options(settings: OcrSettings, *, signed: bool) -> dict[str, Any]:
    return {
        "language": settings.language,
        "skip_text": True,
        "output_type": "pdf",
        "optimize": 0,
        "fast_web_view": 1_000_000,  # never linearize: it costs time and nobody streams these
        "jobs": settings.jobs,
        "progress_bar": False,
        "rotate_pages": False,
        "tesseract_timeout": settings.page_timeout_seconds,
        "max_image_mpixels": settings.max_megapixels,
        "invalidate_digital_signatures": signed,  # the derivative only; the original stays
        "pdf_renderer": "sandwich",
        "tesseract_config": [
            str(HOCR_CONFIG),
            *([] if settings.inverted_text else [str(UPRIGHT_CONFIG)]),
        ],
        "plugins": [PLUGIN],
    }


def _ocr(ocrmypdf: Any, source: Path, dest: Path, options: dict[str, Any]) -> None:
    """Written through a stream: OCRmyPDF then skips its own decode-everything check of
    the output, which pikepdf's PDF/A conversion parses again anyway."""
    with dest.open("wb") as out:
        ocrmypdf.ocr(source, out, **options)


# An upright page of text reads with a high mean confidence; a turned one does not.
MIN_WORDS, MIN_CONFIDENCE = 8, 65.0


def _doubtful_pages(stats: dict[int, dict[str, Any]]) -> list[int]:
    return [
        page
        for page, item in stats.items()
        if item["words"] < MIN_WORDS or (item["confidence"] or 0) < MIN_CONFIDENCE
    ]


def _fresh(folder: Path) -> None:
    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def page_stats(stats_dir: Path) -> dict[int, dict[str, Any]]:
    stats: dict[int, dict[str, Any]] = {}
    for item in stats_dir.glob("*.json"):
        stats[int(item.stem)] = json.loads(item.read_text())
    return stats


def extract_pages(pdf_path: Path, only: set[int] | None = None) -> list[str]:
    """Text of each page (of ``only`` those, 1-based; the others empty), in reading order.

    ``use_text_flow`` follows the order the text was written in: the plain mode scrambles
    the OCR layers of skewed scans. All pages of a file triage just parsed come from it.
    """
    if only is None and (kept := textcache.take(pdf_path)) is not None:
        return kept
    try:
        with pdfplumber.open(pdf_path) as pdf:
            return [
                pagetext.text(page) if only is None or number in only else ""
                for number, page in enumerate(pdf.pages, 1)
            ]
    except Exception as exc:  # pdfminer raises many unrelated types on hostile files
        raise DamagedFile(
            f"No se pudo extraer el texto del PDF ({type(exc).__name__}).",
            "Vuelva a generar o digitalizar el documento.",
        ) from None
