"""Backup and restore of a whole data home, while the service runs.

A backup folder is itself a data home (registry, store, configuration, trust roots,
model, the archive's identity) plus ``respaldo.json`` and a copy of the checkpoints:
``partes --home BACKUP audit`` checks it on its own. The search index is not copied: it
is derived data, rebuilt by the restore. Signing keys (``firma/``) are never copied: a
backup must not carry the Secretario's key; restore it from where it is kept.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from archive import (
    Actor,
    FileStore,
    check_database,
    copy_blobs,
    record_event,
    referenced_blobs,
    snapshot_database,
)
from partes.errors import UsageError
from partes.services._access import local_operator, require
from partes.services.conservation import IDENTITY_FILE, archive_identity
from partes.services.intake import reindex
from partes.wiring import App, init_home, opened

MANIFEST = "respaldo.json"
CHECKPOINTS = "puntos-de-control"
Progress = Callable[[int, int], None]


@dataclass(frozen=True, kw_only=True)
class BackupDone:
    dest: Path
    documents: int
    files: int
    copied: int
    bytes_copied: int
    seconds: float


@dataclass(frozen=True, kw_only=True)
class RestoreDone:
    home: Path
    documents: int
    files: int
    indexed: int
    seconds: float


def backup(app: App, *, actor: Actor, dest: Path, progress: Progress | None = None) -> BackupDone:
    require(app, actor, "archivo.respaldar")
    started = time.perf_counter()
    dest = dest.resolve()
    _check_dest(app, dest)
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    database = dest / "registry.db"
    snapshot_database(app.services.db, database)
    blobs = referenced_blobs(database)
    copied = copy_blobs(blobs, app.services.store, FileStore(dest / "store"), progress)
    _copy_home_files(app, dest)
    documents = _documents(database)
    manifest = {
        "creado": datetime.now(UTC).isoformat(),
        "municipalidad": app.config.municipality.name,
        "archivo": archive_identity(app),
        "documentos": documents,
        "archivos": copied.files,
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
    done = BackupDone(
        dest=dest,
        documents=documents,
        files=copied.files,
        copied=copied.copied,
        bytes_copied=copied.bytes_copied,
        seconds=round(time.perf_counter() - started, 3),
    )
    detail = {"destino": str(dest), "documentos": documents, "copiados": copied.copied}
    record_event(app.services.db, actor=actor, action="respaldo", detail=detail)
    return done


def _check_dest(app: App, dest: Path) -> None:
    root = app.layout.root.resolve()
    if dest == root or root in dest.parents:
        raise UsageError(
            f"El respaldo no puede quedar dentro del directorio de datos ({root}).",
            "Elija otro disco o una carpeta de red.",
        )
    if dest.is_dir() and any(dest.iterdir()) and not (dest / MANIFEST).exists():
        raise UsageError(
            f"{dest} no está vacía y no es un respaldo de Oficina de Partes.",
            "Indique una carpeta vacía, o la de un respaldo anterior para completarlo.",
        )


def _copy_home_files(app: App, dest: Path) -> None:
    root = app.layout.root
    archive_identity(app)
    for name in ("partes.toml", IDENTITY_FILE):
        shutil.copy2(root / name, dest / name)
    trust = root / app.config.signing.trust_roots
    if trust.is_dir():
        shutil.copytree(trust, dest / app.config.signing.trust_roots, dirs_exist_ok=True)
    if app.layout.model.exists():
        (dest / app.layout.model.relative_to(root)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(app.layout.model, dest / app.layout.model.relative_to(root))
    folder = app.config.conservation.folder(root)
    points = folder / archive_identity(app) if folder else None
    if points is not None and points.is_dir():
        shutil.copytree(points, dest / CHECKPOINTS, dirs_exist_ok=True)


def _documents(database: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        (count,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    return int(count)


def restore(source: Path, home: Path, *, progress: Progress | None = None) -> RestoreDone:
    """A new data home from a backup: every file verified, the index rebuilt."""
    started = time.perf_counter()
    source, home = source.resolve(), home.resolve()
    if not (source / MANIFEST).is_file() or not (source / "registry.db").is_file():
        raise UsageError(f"{source} no es un respaldo de Oficina de Partes (falta {MANIFEST}).")
    if home.exists() and any(home.iterdir()):
        raise UsageError(
            f"{home} ya existe y no está vacía: la restauración no sobrescribe nada.",
            "Indique una carpeta nueva o vacía.",
        )
    problems = check_database(source / "registry.db")
    if problems:
        raise UsageError(f"La base del respaldo está dañada: {problems[0]}")
    draft = home.with_name(f".{home.name}.restaurando")
    shutil.rmtree(draft, ignore_errors=True)
    draft.mkdir(parents=True, mode=0o700)
    for entry in source.iterdir():
        if entry.name in ("store", CHECKPOINTS):
            continue
        copier = shutil.copytree if entry.is_dir() else shutil.copy2
        copier(entry, draft / entry.name)
    blobs = referenced_blobs(draft / "registry.db")
    copied = copy_blobs(blobs, FileStore(source / "store"), FileStore(draft / "store"), progress)
    (draft / MANIFEST).unlink()
    if home.exists():
        home.rmdir()
    draft.replace(home)
    return _finish_restore(home, source, copied.files, started)


def _finish_restore(home: Path, source: Path, files: int, started: float) -> RestoreDone:
    init_home(home)  # the folders a backup leaves out, the schema of this version
    actor = local_operator("cli")
    with opened(home) as app:
        indexed = reindex(app, actor=actor)
        detail = {"origen": str(source), "archivos": files}
        record_event(app.services.db, actor=actor, action="restaurado", detail=detail)
    return RestoreDone(
        home=home,
        documents=_documents(home / "registry.db"),
        files=files,
        indexed=indexed,
        seconds=round(time.perf_counter() - started, 3),
    )
