"""OCRmyPDF plugin: a fast path for scanned pages, the Spanish post-correction, page statistics.

Loaded by name (``plugins=["ocr.ocrmypdf_plugin"]``) in the OCR worker processes only.

* ``rasterize_pdf_page``: a scanner page is one image drawn over the whole page. OCRmyPDF
  renders it again and writes a zlib PNG (about 1.1 s for a noisy 300 dpi page here); this
  hook hands Tesseract the page's own image instead (the JPEG bytes as they are, or the
  pixels uncompressed). Every other page is left to OCRmyPDF's own rasterizer.
* ``initialize``: OCRmyPDF's own Tesseract plugin is swapped for the same hooks with the
  program check done once per worker, not once per document (see ``_TesseractOncePlugin``).
* ``get_executor``: a document is one worker's, read one page at a time (``jobs = 1``):
  the pages run in the calling thread, without OCRmyPDF's thread pool, log-forwarding
  thread and progress bar, which it sets up twice per document. Several jobs keep its own.
* ``get_ocr_engine``: Tesseract as OCRmyPDF runs it with the sandwich renderer, plus three
  things after each page: a page that hit the per-page time limit is an error (OCRmyPDF
  would silently leave it blank), the text layer and text are post-corrected (N°, 1°, ü),
  and the page's mean word confidence and text are written beside the job for the caller.
"""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import re
import struct
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pikepdf
import pluggy
from ocrmypdf import Executor, hookimpl
from ocrmypdf.builtin_plugins import tesseract_ocr
from ocrmypdf.builtin_plugins.concurrency import StandardExecutor
from ocrmypdf.builtin_plugins.tesseract_ocr import TesseractOcrEngine
from ocrmypdf.exceptions import SubprocessOutputError
from PIL import Image

from ocr.columns import reading_text
from ocr.errors import OcrTimeout, OutOfMemory
from ocr.postcorrect import correct_hocr, correct_text_pdf
from ocr.settings import STATS_ENV

_log = logging.getLogger(__name__)
_DEVICE_MODES = {"pnggray": "L", "pngmono": "1", "png16m": "RGB", "png256": "RGB"}
_PAGE_NUMBER = re.compile(r"(\d{6})_")
_WCONF = re.compile(rb"x_wconf (\d+)")


def _single_image(page: pikepdf.Page) -> pikepdf.PdfImage | None:
    """The page's only image, if the page draws nothing but that image over all of it."""
    resources = page.obj.get("/Resources")
    xobjects = resources.get("/XObject") if resources is not None else None
    images = list(xobjects.values()) if isinstance(xobjects, pikepdf.Dictionary) else []
    if len(images) != 1 or images[0].get("/Subtype") != pikepdf.Name.Image:
        return None
    ops = {str(instruction.operator) for instruction in pikepdf.parse_content_stream(page)}
    if not ops <= {"q", "Q", "cm", "Do", "gs"}:
        return None
    stream = images[0]
    return pikepdf.PdfImage(stream) if isinstance(stream, pikepdf.Stream) else None


def _passthrough(
    input_file: Path, output_file: Path, pageno: int, device: str, dpi: Any, page_dpi: Any
) -> bool:
    mode = _DEVICE_MODES.get(str(getattr(device, "value", device)).lower())
    if mode is None:
        return False
    with pikepdf.open(input_file) as pdf:
        page = pdf.pages[pageno - 1]
        image = _single_image(page)
        if image is None:
            return False
        box = page.mediabox
        width_pt, height_pt = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
        expected = (round(width_pt * dpi.x / 72), round(height_pt * dpi.y / 72))
        if abs(image.width - expected[0]) > 1 or abs(image.height - expected[1]) > 1:
            return False
        target_dpi = (round(page_dpi.x), round(page_dpi.y)) if page_dpi else (round(dpi.x),) * 2
        raw = image.obj.read_raw_bytes() if image.filters == ["/DCTDecode"] else None
        if raw is not None and image.mode == mode and (image.width, image.height) == expected:
            with Image.open(io.BytesIO(raw)) as probe:
                if tuple(round(v) for v in probe.info.get("dpi", (0, 0))) == target_dpi:
                    output_file.write_bytes(raw)
                    return True
        png = _png_of_flate(image, target_dpi) if image.mode == mode else None
        if png is not None and (image.width, image.height) == expected:
            output_file.write_bytes(png)
            return True
        if image.mode not in ("1", "L", "RGB") or image.filters not in ([], ["/FlateDecode"]):
            return False  # CMYK, palettes, ICC, JBIG2, CCITT: OCRmyPDF's rasterizer knows them
        pil = image.as_pil_image()
    if pil.size != expected:
        pil = pil.resize(expected)
    if pil.mode != mode:
        pil = pil.convert(mode)
    pil.save(output_file, format="TIFF", dpi=target_dpi)  # uncompressed: nothing to spend
    return True


def _png_of_flate(image: pikepdf.PdfImage, dpi: tuple[int, int]) -> bytes | None:
    """A PNG file around the image's own compressed bytes, when they are PNG data already.

    A Flate stream with a PNG predictor (what img2pdf and many scanners write) is a PNG's
    IDAT: wrapping it costs nothing, where decoding and re-encoding a page costs 0.1 s.
    """
    stream = image.obj
    parms = stream.get("/DecodeParms")
    if image.filters != ["/FlateDecode"] or not isinstance(parms, pikepdf.Dictionary):
        return None
    colors = {"L": 1, "1": 1, "RGB": 3}.get(image.mode)
    bits = int(stream.get("/BitsPerComponent", 8))
    if (
        colors is None
        or int(parms.get("/Predictor", 1)) < 10
        or int(parms.get("/Colors", 1)) != colors
        or int(parms.get("/BitsPerComponent", 8)) != bits
        or int(parms.get("/Columns", 1)) != image.width
        or bits not in (1, 8)
        or any(key in stream for key in ("/Decode", "/SMask", "/Mask"))
    ):
        return None
    per_metre = [round(v / 0.0254) for v in dpi]
    header = struct.pack(
        ">IIBBBBB", image.width, image.height, bits, 0 if colors == 1 else 2, 0, 0, 0
    )
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", per_metre[0], per_metre[1], 1)),
            _chunk(b"IDAT", stream.read_raw_bytes()),
            _chunk(b"IEND", b""),
        ]
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@hookimpl(tryfirst=True)
def rasterize_pdf_page(
    input_file: Path,
    output_file: Path,
    raster_device: Any,
    raster_dpi: Any,
    pageno: int,
    page_dpi: Any,
    rotation: int | None,
    filter_vector: bool,
    stop_on_soft_error: bool,
    options: Any,
    use_cropbox: bool,
) -> Path | None:
    if rotation or filter_vector or use_cropbox:
        return None
    try:
        done = _passthrough(input_file, output_file, pageno, raster_device, raster_dpi, page_dpi)
    except Exception:  # a fast path never fails where OCRmyPDF's own rasterizer may work
        output_file.unlink(missing_ok=True)
        return None
    return output_file if done else None


_BUILTIN_TESSERACT = "ocrmypdf.builtin_plugins.tesseract_ocr"
_HOOK_MARK = "ocrmypdf_impl"  # the attribute pluggy's HookimplMarker("ocrmypdf") sets


class _TesseractOncePlugin:
    """OCRmyPDF's Tesseract plugin whose program check runs once per worker process.

    The builtin ``check_options`` runs ``tesseract --version`` four times per ``ocr()``
    call: about 90 ms of a single-page scan here, a tenth of the OCR itself, paid again for
    every document. Every other hook is the builtin module's own function.
    """

    def __init__(self) -> None:
        self._checked = False
        for name in dir(tesseract_ocr):
            hook = getattr(tesseract_ocr, name)
            if name != "check_options" and callable(hook) and hasattr(hook, _HOOK_MARK):
                setattr(self, name, hook)

    @hookimpl
    def check_options(self, options: Any) -> None:
        if not self._checked:
            tesseract_ocr.check_options(options)  # type: ignore[no-untyped-call]
            self._checked = True


_TESSERACT_ONCE = _TesseractOncePlugin()


@hookimpl
def initialize(plugin_manager: pluggy.PluginManager) -> None:
    """Blocking a builtin plugin from ``initialize`` is OCRmyPDF's documented way to
    replace it. OCRmyPDF keeps a plugin manager per plugin list, but a new one calls this
    again: the swap is done only where it has not been done."""
    if not plugin_manager.is_blocked(_BUILTIN_TESSERACT):
        plugin_manager.set_blocked(_BUILTIN_TESSERACT)
        plugin_manager.register(_TESSERACT_ONCE, name="partes.tesseract")


class _InlineExecutor(Executor):
    """OCRmyPDF's tasks in the calling thread, in order, when it asks for one worker."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # its progress bar draws nothing
        self._pool = StandardExecutor()  # type: ignore[no-untyped-call]

    def _execute(
        self,
        *,
        use_threads: bool,
        max_workers: int,
        progress_kwargs: dict[str, Any],
        worker_initializer: Callable[[], None],
        task: Callable[..., Any],
        task_arguments: Iterable[Any],
        task_finished: Callable[[Any, Any], None],
    ) -> None:
        if max_workers > 1:
            self._pool(
                use_threads=use_threads,
                max_workers=max_workers,
                progress_kwargs=progress_kwargs,
                worker_initializer=worker_initializer,
                task=task,
                task_arguments=task_arguments,
                task_finished=task_finished,
            )
            return
        worker_initializer()
        progress = self.pbar_class(**progress_kwargs)  # type: ignore[no-untyped-call]
        for arguments in task_arguments:
            task_finished(task(*arguments), progress)


@hookimpl(tryfirst=True)
def get_executor(progressbar_class: Any) -> Executor:
    return _InlineExecutor()


@functools.cache
def _tesseract_version() -> str:
    return str(TesseractOcrEngine.version())  # type: ignore[no-untyped-call]


@functools.cache
def _tesseract_languages() -> set[str]:
    return set(TesseractOcrEngine.languages(None))  # type: ignore[no-untyped-call]


class PartesTesseractEngine(TesseractOcrEngine):
    """OCRmyPDF's Tesseract engine; the program's version and languages asked once per worker."""

    @staticmethod
    def version() -> str:
        return _tesseract_version()

    @staticmethod
    def languages(options: Any) -> set[str]:
        return _tesseract_languages()

    @staticmethod
    def creator_tag(options: Any) -> str:
        return f"Oficina de Partes + OCRmyPDF + Tesseract OCR {_tesseract_version()}"

    @staticmethod
    def generate_pdf(input_file: Path, output_pdf: Path, output_text: Path, options: Any) -> None:
        """The sandwich renderer: Tesseract draws the text layer itself (no font subsetting
        per page in Python); the hOCR it also writes (HOCR_CONFIG) gives the confidence."""
        started = time.monotonic()
        try:
            TesseractOcrEngine.generate_pdf(  # type: ignore[no-untyped-call]
                input_file, output_pdf, output_text, options
            )
        except SubprocessOutputError as exc:
            _raise_if_out_of_memory(exc)
            raise
        _check_page_time(time.monotonic() - started, options)
        try:
            correct_text_pdf(Path(output_pdf))
        except pikepdf.PikepdfError:  # the correction improves the layer; it is not required
            _log.warning("no se pudo corregir la capa de texto de %s", output_pdf)
        correct_hocr(Path(output_pdf).with_suffix(".hocr"), Path(output_text))
        _write_stats(
            Path(input_file),
            Path(output_pdf).with_suffix(".hocr"),
            Path(output_text),
            time.monotonic() - started,
        )


_MEMORY_FAILURES = (b"malloc fail", b"bad_alloc", b"Cannot allocate memory")


def _raise_if_out_of_memory(exc: SubprocessOutputError) -> None:
    """Tesseract under the worker's memory limit fails to allocate and dies; say so."""
    cause = exc.__cause__
    output = getattr(cause, "output", None) or b""
    if any(marker in output for marker in _MEMORY_FAILURES):
        raise OutOfMemory(
            "El OCR de una página agotó la memoria permitida (la imagen es demasiado grande).",
            "Digitalice a 300 ppp o aumente «ocr.max_memory_mb».",
        ) from None


def _check_page_time(elapsed: float, options: Any) -> None:
    """OCRmyPDF leaves a page that timed out blank; here it is an error that says so."""
    limit = float(options.tesseract.timeout or 0)
    if limit and elapsed >= limit:
        raise OcrTimeout(
            f"Una página superó el tiempo máximo de OCR por página ({limit:.0f} s).",
            "Revise la calidad de la digitalización o aumente «ocr.page_timeout_seconds».",
        )


def _write_stats(image: Path, hocr: Path, text: Path, seconds: float) -> None:
    """Confidence and text of the page for the caller (OCRmyPDF's temporary files vanish)."""
    folder = os.environ.get(STATS_ENV)
    match = _PAGE_NUMBER.search(image.name)
    if not folder or not match:
        return
    confidences = [int(v) for v in _WCONF.findall(hocr.read_bytes())]
    mean = sum(confidences) / len(confidences) if confidences else None
    stats = {
        "confidence": mean,
        "words": len(confidences),
        "seconds": round(seconds, 3),
        "text": _page_text(hocr, text),
    }
    (Path(folder) / f"{int(match.group(1))}.json").write_text(json.dumps(stats))


def _page_text(hocr: Path, text: Path) -> str:
    """Tesseract's text, or the hOCR read column by column where it glued two columns."""
    if hocr.exists():
        columns = reading_text(hocr.read_text(encoding="utf-8"))
        if columns is not None:
            return columns
    return text.read_text(encoding="utf-8") if text.exists() else ""


@hookimpl(tryfirst=True)
def get_ocr_engine(options: Any) -> PartesTesseractEngine:
    return PartesTesseractEngine()
