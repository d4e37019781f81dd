"""Verify the signatures of PDFs, each in a worker process with a time limit.

A hostile file (a reference loop, a huge object stream, an OCSP address that never
answers) must give an ``error`` verdict with its reason, never hang or crash the caller:
the worker is killed at the limit and replaced.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import resource
import signal
import warnings
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import aiohttp
from asn1crypto import x509
from pebble import ProcessExpired, ProcessPool
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.reader import PdfFileReader

from signing._verify import VerificationReport, verdict, verify_reader

_MEMORY_MB = 2048


def verify_pdf(
    path: Path, roots: list[x509.Certificate], *, fetch: bool, timeout: float
) -> VerificationReport:
    """The report of one file, in this process; any failure is an ``error`` report."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        return _error(path, f"No se pudo abrir el archivo ({exc.strerror or exc}).")
    try:
        with stream:
            return _verify_stream(path, stream, roots, fetch=fetch, timeout=timeout)
    except RecursionError:
        return _error(path, "El PDF tiene una estructura anidada sin fin.")
    except MemoryError:
        return _error(path, "El PDF agotó la memoria permitida para verificarlo.")
    except TimeoutError:  # before OSError: in Python 3.11 a timeout is an OSError
        return _error(
            path,
            "Un servicio de la autoridad certificadora (OCSP, CRL o certificados) no "
            "respondió a tiempo; intente de nuevo o verifique con «--offline».",
        )
    except aiohttp.ClientError as exc:
        return _error(
            path,
            "No se pudo consultar en línea a la autoridad certificadora "
            f"({type(exc).__name__}); intente de nuevo o verifique con «--offline».",
        )
    except OSError as exc:
        return _error(path, f"No se pudo leer el archivo ({exc.strerror or exc}).")
    except Exception as exc:  # pyHanko raises many unrelated types on hostile files
        return _error(path, f"El PDF está dañado o no es un PDF ({type(exc).__name__}: {exc}).")


def _verify_stream(
    path: Path, stream: BinaryIO, roots: list[x509.Certificate], *, fetch: bool, timeout: float
) -> VerificationReport:
    reader = PdfFileReader(stream, strict=False)
    if reader.encrypted and not _opens_without_password(reader):
        return _error(
            path,
            "El PDF está cifrado (con contraseña o para destinatarios con "
            "certificado): no se pueden leer sus firmas.",
        )
    signatures = asyncio.run(verify_reader(reader, roots, fetch=fetch, timeout=timeout))
    return VerificationReport(file=str(path), result=verdict(signatures), signatures=signatures)


def _opens_without_password(reader: PdfFileReader) -> bool:
    """Many signed PDFs are encrypted with an empty user password (an owner password only
    restricts printing or copying): those are read as any reader would read them."""
    try:
        result = reader.decrypt(b"")
    except Exception:  # public-key encryption, or a broken encryption dictionary
        return False
    return result.status is not AuthStatus.FAILED


def _error(path: Path, reason: str) -> VerificationReport:
    return VerificationReport(file=str(path), result="error", error=reason)


def _verify_in_worker(
    path: Path, roots_der: list[bytes], *, fetch: bool, timeout: float
) -> VerificationReport:
    """asn1crypto objects do not survive pickling whole: the roots travel as DER."""
    roots = [x509.Certificate.load(der) for der in roots_der]
    return verify_pdf(path, roots, fetch=fetch, timeout=timeout)


def _init_worker(log_file: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _log_to(log_file)
    limit = _MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _log_to(log_file: str | None) -> None:
    """pyHanko and its certificate validator log every problem they meet, with a
    traceback, and the libraries warn: all of it into the caller's log file (appended),
    nothing onto the terminal. The reports carry the problems in Spanish."""
    logging.raiseExceptions = False  # a log file that cannot be written stays silent
    handler: logging.Handler = logging.NullHandler()
    if log_file:
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [verificación]: %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.captureWarnings(True)
    warnings.simplefilter("default")


def _log_file() -> str | None:
    """Where this process logs to a file, if it does: the workers log there too."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return str(handler.baseFilename)
    return None


class VerifyPool:
    """``verify(path)`` in a worker process; the worker is killed after ``time_limit``."""

    def __init__(
        self,
        roots: list[x509.Certificate],
        *,
        fetch: bool,
        network_timeout: float,
        time_limit: float,
        workers: int = 1,
    ) -> None:
        self._roots = [cert.dump() for cert in roots]
        self._fetch = fetch
        self._network_timeout = network_timeout
        self._time_limit = time_limit
        self._pool = ProcessPool(
            max_workers=workers,
            context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(_log_file(),),
        )

    def submit(self, path: Path) -> Future[VerificationReport]:
        future: Future[VerificationReport] = self._pool.schedule(
            _verify_in_worker,
            args=(path, self._roots),
            kwargs={"fetch": self._fetch, "timeout": self._network_timeout},
            timeout=self._time_limit,
        )
        return future

    def result(self, path: Path, future: Future[VerificationReport]) -> VerificationReport:
        try:
            return future.result()
        except FutureTimeout:
            return _error(
                path, f"La verificación superó el tiempo máximo de {self._time_limit:.0f} s."
            )
        except ProcessExpired as exc:
            return _error(
                path,
                f"El proceso de verificación terminó inesperadamente (código {exc.exitcode}); "
                "el archivo puede estar dañado o ser hostil.",
            )
        except Exception as exc:  # a result that cannot cross back, or a bug: still a verdict
            return _error(path, f"La verificación falló ({type(exc).__name__}: {exc}).")

    def verify(self, path: Path) -> VerificationReport:
        return self.result(path, self.submit(path))

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def __enter__(self) -> VerifyPool:
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
            self._pool.stop()
            self._pool.join()
