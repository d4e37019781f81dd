"""Fixity of the store: every stored file re-hashed in full, and blobs nobody refers to.

Never a size-only or sampled check: a flipped byte anywhere in a file is found. The files
are read in the order of their content address, each once however many records share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from archive.db import Database
from archive.models import RegistryEntry, StoredFile
from archive.store import FileStore, sha256_of

Progress = Callable[[int, int], None]  # (bytes read, bytes in all)


@dataclass(frozen=True, kw_only=True)
class FixityReport:
    files: int  # distinct stored contents checked
    bytes_read: int
    problems: tuple[str, ...]
    orphans: tuple[str, ...]  # content addresses in the store that no record holds


def check_store(db: Database, store: FileStore, progress: Progress | None = None) -> FixityReport:
    holders = _holders(db)
    total = sum(size for size, _refs in holders.values())
    done = 0
    problems: list[str] = []
    for sha, (size, refs) in sorted(holders.items()):
        path = store.path_for(sha)
        where = ", ".join(sorted(refs)[:3]) + ("…" if len(refs) > 3 else "")
        if not path.is_file():
            problems.append(f"Almacén: falta el archivo {sha[:12]}… de {where}.")
        elif sha256_of(path) != sha:
            problems.append(
                f"Almacén: el archivo {sha[:12]}… de {where} fue alterado (su SHA-256 no coincide)."
            )
        done += size
        if progress:
            progress(done, total)
    return FixityReport(
        files=len(holders),
        bytes_read=done,
        problems=tuple(problems),
        orphans=tuple(sorted(set(store.addresses()) - set(holders))),
    )


def _holders(db: Database) -> dict[str, tuple[int, set[str]]]:
    """Content address → (size, the records and roles that hold it)."""
    query = select(
        StoredFile.sha256, StoredFile.size, StoredFile.role, RegistryEntry.registry_number
    )
    query = query.join(
        RegistryEntry,
        (RegistryEntry.document_id == StoredFile.document_id) & (RegistryEntry.kind == "registro"),
    )
    holders: dict[str, tuple[int, set[str]]] = {}
    with db.read() as session:
        for sha, size, role, number in session.execute(query):
            holders.setdefault(sha, (size, set()))[1].add(f"{number} ({role})")
    return holders
