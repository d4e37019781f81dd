"""Bad file or broken system: the one place that tells them apart.

A bad file (empty, damaged, password-protected, unreadable by OCR) goes to quarantine: trying
it again will fail the same way until someone looks at it. A broken system (Tesseract or its
language missing, the disk full, the registry database locked or unreachable, the search
index unreadable) is no fault of the file: it stays where it is, and whoever handed it over
(the watcher, ``partes ingest``) waits or stops until the cause is gone.

``system_failure`` is a pure function over the exception's type and ``errno``, following its
``__cause__``/``__context__`` chain (a store error caused by a full disk is the disk's).
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from dataclasses import dataclass

from archive import DatabaseUnavailable
from index import IndexUnavailable
from ocr import SYSTEM_ERRNOS, MissingDependency

_DISK = {
    errno.ENOSPC: "El disco del directorio de datos está lleno",
    errno.EDQUOT: "Se agotó la cuota de disco del directorio de datos",
    errno.EFBIG: "El disco no admite archivos más grandes (límite de tamaño alcanzado)",
    errno.EROFS: "El disco del directorio de datos es de solo lectura",
    errno.EMFILE: "El proceso tiene demasiados archivos abiertos",
    errno.ENFILE: "El sistema tiene demasiados archivos abiertos",
}
_AGAIN = "El vigilante reintenta solo; «partes ingest» se puede repetir."


@dataclass(frozen=True, kw_only=True)
class SystemFailure:
    """What is broken, in Spanish, and what to do about it."""

    cause: str
    hint: str

    @property
    def text(self) -> str:
        return f"{self.cause} {self.hint}".strip()


def system_failure(exc: BaseException) -> SystemFailure | None:
    """The broken part of the system behind ``exc``; None when the file itself is at fault."""
    for link in _chain(exc):
        found = _of(link)
        if found is not None:
            return found
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _of(exc: BaseException) -> SystemFailure | None:
    if isinstance(exc, MissingDependency):
        return SystemFailure(cause=exc.message, hint=f"{exc.hint} {_AGAIN}".strip())
    if isinstance(exc, DatabaseUnavailable):
        return SystemFailure(
            cause=str(exc),
            hint=f"Revise qué proceso la retiene y el espacio en disco. {_AGAIN}",
        )
    if isinstance(exc, IndexUnavailable):
        return SystemFailure(cause=str(exc), hint="Reconstrúyalo con «partes reindex».")
    if isinstance(exc, OSError) and exc.errno in SYSTEM_ERRNOS:
        where = f" ({exc.filename})" if exc.filename else ""
        return SystemFailure(
            cause=f"{_DISK[exc.errno]}{where}.",
            hint=f"Libere espacio o corrija el disco. {_AGAIN}",
        )
    return None
