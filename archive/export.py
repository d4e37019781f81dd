"""Export: a BagIt bag (RFC 8493) of stored files and their metadata, written whole or not
at all.

The bag is built in a hidden folder beside its destination and renamed into place only
when complete, so a failure (a full disk, an interrupted command) leaves nothing half
written. Every payload file copied out of the store is checked against the SHA-256 it is
stored under: a bag never carries a damaged original without saying so.

A draft left by a killed process (``.exportando-<pid>-…``) is removed by the next export
into the same folder. bagit changes the process's working directory while it bags: bags
are made one at a time, and nothing in the application relies on a relative path.

Plain values in (paths, bytes, the bag-info fields); what goes in the bag and why is the
application core's decision.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import bagit

from archive.errors import StateConflict, StoreError
from archive.store import abandoned

CHECKSUMS = ("sha256", "sha512")
_DRAFT_PREFIX = ".exportando-"
_BAGGING = threading.Lock()  # make_bag changes the working directory while it runs


@dataclass(frozen=True, kw_only=True)
class BagEntry:
    """One payload file: copied from ``source`` (checked against ``sha256``) or written
    from ``content``; ``path`` is relative to the bag's ``data/``."""

    path: str
    source: Path | None = None
    sha256: str | None = None
    content: bytes | None = None


@dataclass(frozen=True, kw_only=True)
class BagSummary:
    files: int
    bytes: int
    oxum: str
    tagmanifest_sha256: str  # the fingerprint of the whole bag, for the event that records it


def refuse_unusable(dest: Path) -> None:
    """A destination must be new (or an empty folder) inside an existing folder."""
    if dest.exists() and not (dest.is_dir() and not any(dest.iterdir())):
        raise StateConflict(
            f"El destino «{dest}» ya existe y no está vacío: no se sobrescribe una exportación."
        )
    if not dest.parent.is_dir():
        raise StateConflict(f"La carpeta «{dest.parent}» no existe: créela primero.")


@contextmanager
def bag_draft(dest: Path) -> Iterator[Path]:
    """A hidden folder beside ``dest`` to build the bag in; removed if anything fails."""
    refuse_unusable(dest)
    for leftover in abandoned(dest.parent, _DRAFT_PREFIX):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        draft = Path(tempfile.mkdtemp(prefix=f"{_DRAFT_PREFIX}{os.getpid()}-", dir=dest.parent))
    except OSError as exc:
        raise StoreError(f"No se pudo escribir en «{dest.parent}» ({exc.strerror}).") from exc
    try:
        yield draft
    finally:
        if draft.exists():
            shutil.rmtree(draft, ignore_errors=True)


def fill_bag(
    draft: Path,
    entries: Sequence[BagEntry],
    *,
    info: dict[str, str],
    progress: Callable[[int], None] | None = None,
) -> BagSummary:
    """Write the payload into ``draft`` and make it a bag (manifests, bag-info)."""
    try:
        for done, entry in enumerate(entries, 1):
            _write_entry(draft, entry)
            if progress is not None:
                progress(done)
        with _BAGGING:
            bag = bagit.make_bag(str(draft), dict(info), processes=1, checksums=list(CHECKSUMS))
    except OSError as exc:
        raise StoreError(
            f"No se pudo escribir la exportación ({exc.strerror}). Revise el espacio en disco."
        ) from exc
    _check_fixity(bag, entries)
    size, count = (int(n) for n in str(bag.info["Payload-Oxum"]).split("."))
    tagmanifest = (draft / "tagmanifest-sha256.txt").read_bytes()
    return BagSummary(
        files=count,
        bytes=size,
        oxum=str(bag.info["Payload-Oxum"]),
        tagmanifest_sha256=hashlib.sha256(tagmanifest).hexdigest(),
    )


def place_bag(draft: Path, dest: Path) -> None:
    """Move the finished bag to its destination in one rename."""
    try:
        draft.rename(dest)  # over an empty folder too; never over a full one
    except OSError as exc:
        raise StoreError(
            f"No se pudo dejar la exportación en «{dest}» ({exc.strerror}); no quedó nada a medias."
        ) from exc


def _write_entry(draft: Path, entry: BagEntry) -> None:
    relative = PurePosixPath(entry.path)
    if relative.is_absolute() or ".." in relative.parts:
        raise StoreError(f"Ruta inválida dentro de la exportación: «{entry.path}».")
    target = draft.joinpath(*relative.parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    if entry.source is not None:
        shutil.copyfile(entry.source, target)
    else:
        target.write_bytes(entry.content or b"")


def _check_fixity(bag: bagit.Bag, entries: Sequence[BagEntry]) -> None:
    """Each copied file hashes to the SHA-256 the store keeps it under."""
    for entry in entries:
        if entry.sha256 is None:
            continue
        found = bag.entries.get(f"data/{entry.path}", {}).get("sha256")
        if found != entry.sha256:
            raise StoreError(
                f"El archivo guardado {entry.sha256} no coincide con su huella "
                f"(al copiarlo a {entry.path}): el almacén está dañado.",
            )
