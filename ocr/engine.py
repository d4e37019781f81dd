"""The OCR engine: OCRmyPDF in a child process, images to PDF, text extraction.

OCRmyPDF's ``ocr()`` is not reentrant and a hostile file can make it run for ever, so each
document is OCRed in its own spawned process that is killed when its time is up.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import img2pdf
import pdfplumber
import pikepdf
from PIL import Image

from ocr.errors import DamagedFile, OcrFailed, OcrTimeout
from ocr.tesseract import limit_threads

_log = logging.getLogger(__name__)


def image_to_pdf(source: Path, dest: Path, *, dpi: float | None, default_dpi: int) -> None:
    """Wrap an image (every frame of a TIFF) losslessly in a PDF at its true size."""
    options: dict[str, Any] = {"rotation": img2pdf.Rotation.ifvalid}
    if not dpi:
        options["layout_fun"] = img2pdf.get_fixed_dpi_layout_fun((default_dpi, default_dpi))
    try:
        data = img2pdf.convert(str(source), **options)
    except img2pdf.AlphaChannelError:
        flat = dest.with_suffix(".flat.png")
        with Image.open(source) as image:
            image.convert("RGB").save(flat, dpi=(dpi or default_dpi,) * 2)
        data = img2pdf.convert(str(flat), **options)
    except (img2pdf.ImageOpenError, ValueError, OSError) as exc:
        raise DamagedFile(
            f"La imagen no se pudo convertir a PDF ({exc}).", "Vuelva a digitalizar el documento."
        ) from None
    dest.write_bytes(data)


def decrypted_copy(source: Path, dest: Path) -> None:
    """A copy without the owner password's restrictions (OCRmyPDF refuses encrypted input)."""
    with pikepdf.open(source) as pdf:
        pdf.save(dest)


def make_searchable(
    source: Path, dest: Path, *, language: str, timeout: float, jobs: int = 1
) -> None:
    """OCR the pages of ``source`` that have no text into ``dest`` (pages with text are kept)."""
    options: dict[str, Any] = {
        "language": language,
        "skip_text": True,
        "output_type": "pdf",
        "optimize": 0,
        "jobs": jobs,
        "progress_bar": False,
    }
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_ocr_child, args=(str(source), str(dest), options, child), daemon=True
    )
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise OcrTimeout(
                f"El OCR superó el tiempo máximo de {timeout:.0f} segundos.",
                "Divida el documento en partes más pequeñas o aumente «ocr.timeout_seconds».",
            )
        status, detail = parent.recv()
    except EOFError:
        status, detail = "crash", f"el proceso de OCR terminó con código {proc.exitcode}"
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status != "ok":
        raise OcrFailed(
            f"El OCR no pudo procesar el documento ({detail}).",
            "Revise que la digitalización sea legible y vuelva a intentarlo.",
        )


def _ocr_child(source: str, dest: str, options: dict[str, Any], conn: Connection) -> None:
    limit_threads()
    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)
    try:
        import ocrmypdf

        code = ocrmypdf.ocr(source, dest, **options)
        conn.send(("ok", None) if code == 0 else ("error", f"código {int(code)}"))
    except Exception as exc:  # reported to the parent, which decides
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
        os._exit(0)


def extract_pages(pdf_path: Path) -> list[str]:
    """Text of each page, in reading order (text flow keeps skewed OCR layers in order)."""
    try:
        with pdfplumber.open(pdf_path) as pdf:
            return [(page.extract_text(use_text_flow=True) or "").strip() for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many unrelated types on hostile files
        raise DamagedFile(
            f"No se pudo extraer el texto del PDF ({type(exc).__name__}).",
            "Vuelva a generar o digitalizar el documento.",
        ) from None
