"""Files that arrive through the web or the API: kept under the home's work folder with
their own names (the name is part of the record) until the use case has them."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import UploadFile

from partes.errors import UsageError
from partes.wiring import App

MAX_BYTES = 200 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_name(name: str | None) -> str:
    base = Path(name or "").name.strip()
    cleaned = _UNSAFE.sub("_", base)[:150].lstrip(".")
    return cleaned or "archivo"


@contextmanager
def received(app: App, uploads: list[UploadFile]) -> Iterator[list[Path]]:
    """The uploaded files on disk for the length of the block, then removed."""
    if not uploads:
        raise UsageError("No llegó ningún archivo.")
    app.layout.work.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="subida-", dir=app.layout.work))
    try:
        paths = []
        for n, upload in enumerate(uploads):
            target = folder / str(n) / safe_name(upload.filename)
            target.parent.mkdir()
            with target.open("wb") as out:
                _copy(upload, out)  # an empty file goes on: the pipeline quarantines it
            paths.append(target)
        yield paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy(upload: UploadFile, out: object) -> int:
    total = 0
    while chunk := upload.file.read(1 << 20):
        total += len(chunk)
        if total > MAX_BYTES:
            raise UsageError("El archivo supera el máximo de 200 MB por archivo.")
        out.write(chunk)  # type: ignore[attr-defined]
    return total
