"""Copies of the registry that keep working while the service runs.

The database is copied with SQLite's online backup API: a consistent snapshot taken while
other processes read and write. The store is then copied by content address, only the
files the snapshot refers to and the copy lacks, each hashed while it is copied: a later
backup into the same folder copies only what is new, and a file that went bad on the way
is never kept under its name.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archive.db import Database
from archive.errors import StoreError
from archive.store import FileStore

Progress = Callable[[int, int], None]  # (files handled, files in all)
_CHUNK = 1 << 20


@dataclass(frozen=True, kw_only=True)
class StoreCopy:
    files: int  # files the snapshot refers to
    copied: int  # of them, copied now (the others were already in the copy)
    bytes_copied: int


def snapshot_database(db: Database, dest: Path) -> None:
    """A consistent copy of the registry database at ``dest`` (written whole, then renamed)."""
    if db.engine.dialect.name != "sqlite":
        raise StoreError(
            "El respaldo integrado copia bases SQLite; respalde PostgreSQL con pg_dump."
        )
    source_path = db.engine.url.database
    assert source_path, "a SQLite database on disk"
    tmp = dest.with_name(f".{dest.name}.tmp")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(source_path, timeout=60)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target, pages=4096)
        target.execute("PRAGMA journal_mode = DELETE")  # one file, readable anywhere
    finally:
        target.close()
        source.close()
    tmp.replace(dest)


def referenced_blobs(database: Path) -> dict[str, int]:
    """Content address → size of every stored file a database copy refers to."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT sha256, size FROM stored_files").fetchall()
    return {sha: size for sha, size in rows}


def copy_blobs(
    blobs: dict[str, int],
    source: FileStore,
    dest: FileStore,
    progress: Progress | None = None,
) -> StoreCopy:
    """Copy into ``dest`` each blob it lacks, verified by its hash on the way."""
    copied = copied_bytes = 0
    for done, (sha, size) in enumerate(sorted(blobs.items()), 1):
        target = dest.path_for(sha)
        if not (target.is_file() and target.stat().st_size == size):
            _copy_verified(source.path_for(sha), target, sha)
            copied += 1
            copied_bytes += size
        if progress:
            progress(done, len(blobs))
    os.sync()  # once for all the files: on the disk before the backup says it is done
    return StoreCopy(files=len(blobs), copied=copied, bytes_copied=copied_bytes)


def _copy_verified(src: Path, dest: Path, sha: str) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{sha}.tmp")
    digest = hashlib.sha256()
    try:
        with src.open("rb") as reader, tmp.open("wb") as writer:
            for chunk in iter(lambda: reader.read(_CHUNK), b""):
                digest.update(chunk)
                writer.write(chunk)
    except FileNotFoundError:
        tmp.unlink(missing_ok=True)
        raise StoreError(
            f"Falta en el almacén el archivo {sha[:12]}… que el registro cita: ejecute"
            " «partes audit» en el original."
        ) from None
    if digest.hexdigest() != sha:
        tmp.unlink(missing_ok=True)
        raise StoreError(
            f"El archivo {sha[:12]}… del almacén está alterado (su SHA-256 no coincide):"
            " no se copia. Ejecute «partes audit» en el original."
        )
    tmp.chmod(0o400)
    tmp.replace(dest)


def check_database(path: Path) -> list[str]:
    """SQLite's own integrity check of a database copy (empty: sound)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
