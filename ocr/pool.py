"""A pool of OCR worker processes (pebble): one document per worker, killed when its time is up.

Each worker limits its own address space, and Tesseract runs single-threaded in it; a
worker that crashes, runs out of memory or overruns its time is replaced, and the
document's future carries an ``OcrError`` that says what happened, in Spanish.
"""

from __future__ import annotations

import logging
import resource
import signal
import time
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from pebble import ProcessExpired, ProcessPool

from ocr._environ import CleanSpawnContext, environment
from ocr.engine import warm_up
from ocr.errors import OcrError, OcrFailed, OcrTimeout, OutOfMemory
from ocr.reader import ReadResult, read_document
from ocr.settings import OcrSettings
from ocr.tesseract import limit_threads


def _init_worker(max_memory_mb: int, max_megapixels: int, warm: bool) -> None:
    from PIL import Image

    limit_threads()
    # Ctrl-C reaches the whole process group: the parent decides when a worker stops, so
    # the documents in hand can be finished. (SIGTERM stays: the pool stops workers with it.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit = max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    Image.MAX_IMAGE_PIXELS = max_megapixels * 1_000_000
    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)
    logging.getLogger("pikepdf").setLevel(logging.ERROR)
    # A worker's failures travel back as exceptions; its libraries' log lines must not fall
    # through to logging's last-resort handler, which writes on the user's terminal.
    logging.getLogger().addHandler(logging.NullHandler())
    if warm:
        warm_up()


def _started() -> None:
    """Nothing: scheduling it makes pebble start the workers (it has no public start)."""


def _read(source: str, workdir: str, settings: OcrSettings) -> ReadResult:
    began = time.monotonic()
    try:
        result = read_document(Path(source), Path(workdir), settings)
        return replace(result, seconds=round(time.monotonic() - began, 3))
    except MemoryError:
        raise OutOfMemory(
            "El procesamiento agotó la memoria permitida para un documento.",
            "Divida el documento o aumente «ocr.max_memory_mb» en partes.toml.",
        ) from None


class OcrPool:
    """``submit`` a document, then ``result`` its future: a ReadResult or an OcrError."""

    def __init__(
        self, settings: OcrSettings, *, warm: bool = False, withhold: Iterable[str] = ()
    ) -> None:
        """``warm``, for a service that waits for files: the workers start now and load
        OCRmyPDF and the PDF/A validator (about a second each) before the first document
        arrives. Otherwise they start with the first document, and load those libraries
        only if a page needs OCR (a batch of born-digital files never does).

        The workers start with the parent's environment minus the ``withhold`` names (the
        variables that hold the signing passphrase or PIN, the SMTP password...) and minus
        every name that looks like a secret: they read hostile files."""
        self.settings = settings
        self._pool = ProcessPool(
            max_workers=settings.workers,
            context=CleanSpawnContext(withhold),
            initializer=_init_worker,
            initargs=(settings.max_memory_mb, settings.max_megapixels, warm),
        )
        if warm:
            self._pool.schedule(_started)

    def submit(self, source: Path, workdir: Path) -> Future[ReadResult]:
        future: Future[ReadResult] = self._pool.schedule(
            _read,
            args=(str(source), str(workdir), self.settings),
            timeout=self.settings.timeout_seconds,
        )
        return future

    def result(self, future: Future[ReadResult]) -> ReadResult:
        try:
            return future.result()
        except OcrError:
            raise
        except FutureTimeout:
            raise OcrTimeout(
                f"El documento superó el tiempo máximo de {self.settings.timeout_seconds:.0f} s.",
                "Divida el documento en partes o aumente «ocr.timeout_seconds».",
            ) from None
        except ProcessExpired as exc:
            raise OcrFailed(
                f"El proceso de lectura terminó inesperadamente (código {exc.exitcode}); "
                "el archivo puede estar dañado o ser demasiado exigente.",
                "Revise el archivo; si es legítimo, informe al administrador.",
            ) from None

    def worker_environment(self) -> dict[str, str]:
        """The environment a worker runs with (for checks and tests)."""
        future: Future[dict[str, str]] = self._pool.schedule(environment, timeout=60)
        return future.result()

    def read(self, source: Path, workdir: Path) -> ReadResult:
        return self.result(self.submit(source, workdir))

    def close(self) -> None:
        self._pool.close()  # type: ignore[no-untyped-call]
        self._pool.join()

    def __enter__(self) -> OcrPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._pool.stop()  # type: ignore[no-untyped-call]
            self._pool.join()
