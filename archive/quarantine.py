"""Quarantine: files that could not be processed, each beside a Spanish ``.error.txt``.

The file is copied byte for byte (the inbox copy is removed by the caller only after the
copy is durable), so nothing a scanner produced is ever lost. The same content quarantined
twice from one station (a crash between the copy and the removal from the inbox) is kept
once: the note carries the SHA-256.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from archive.errors import RecordNotFound
from archive.numbering import LOCAL_TZ
from archive.store import sha256_of

ERROR_SUFFIX = ".error.txt"
DISCARDED = ".descartados"
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass(frozen=True, kw_only=True)
class QuarantineItem:
    id: str
    path: Path
    station: str
    reason: str
    at: datetime
    direction: str | None = None

    @property
    def note(self) -> Path:
        return self.path.with_name(self.path.name + ERROR_SUFFIX)


def quarantine_file(
    root: Path,
    source: Path,
    *,
    station: str,
    reason: str,
    hint: str = "",
    direction: str | None = None,
) -> QuarantineItem:
    """Copy ``source`` into ``root/<station>/`` with its explanation; returns the item."""
    now = datetime.now(UTC)
    folder = root / station
    folder.mkdir(parents=True, exist_ok=True)
    sha = sha256_of(source)
    for item in _items(folder):
        if _field(item.note, "SHA-256") == sha:
            item.note.write_text(
                _explanation(source, reason, hint, now, sha, direction), encoding="utf-8"
            )
            return item
    stamp = now.astimezone(LOCAL_TZ).strftime("%Y%m%d-%H%M%S")
    safe = _UNSAFE.sub("_", source.name)[:150] or "archivo"
    target = _free_name(folder, f"{stamp}-{safe}")
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(source, tmp)
    _fsync(tmp)
    tmp.replace(target)
    note = target.with_name(target.name + ERROR_SUFFIX)
    note.write_text(_explanation(source, reason, hint, now, sha, direction), encoding="utf-8")
    _fsync(note)
    return QuarantineItem(
        id=f"{station}/{target.name}",
        path=target,
        station=station,
        reason=reason,
        at=now,
        direction=direction,
    )


def list_quarantine(root: Path) -> list[QuarantineItem]:
    if not root.is_dir():
        return []
    items: list[QuarantineItem] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != DISCARDED):
        items.extend(_items(folder))
    return items


def find_quarantined(root: Path, item_id: str) -> QuarantineItem:
    """The item ``<station>/<file>`` as ``partes quarantine`` lists it."""
    for item in list_quarantine(root):
        if item.id == item_id or item.path.name == item_id:
            return item
    raise RecordNotFound(f"No hay ningún archivo en cuarentena con identificador «{item_id}».")


def discard(root: Path, item: QuarantineItem, *, reason: str, by: str) -> Path:
    """Take an item out of the quarantine list with a written justification; the file is
    kept under ``.descartados/`` (nothing a scanner produced is ever deleted)."""
    folder = root / DISCARDED / item.station
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, item.path.name)
    local = datetime.now(UTC).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")
    note = item.note.read_text(encoding="utf-8", errors="replace")
    note += f"Descartado: {local} por {by}\nJustificación: {reason}\n"
    item.path.replace(target)
    target.with_name(target.name + ERROR_SUFFIX).write_text(note, encoding="utf-8")
    item.note.unlink(missing_ok=True)
    return target


def release(item: QuarantineItem) -> None:
    """Remove an item whose file is now registered (or quarantined again under a new note)."""
    item.path.unlink(missing_ok=True)
    item.note.unlink(missing_ok=True)


def _items(folder: Path) -> list[QuarantineItem]:
    items: list[QuarantineItem] = []
    for note in sorted(folder.glob(f"*{ERROR_SUFFIX}")):
        path = note.with_name(note.name[: -len(ERROR_SUFFIX)])
        if not path.exists():
            continue
        station = folder.name
        items.append(
            QuarantineItem(
                id=f"{station}/{path.name}",
                path=path,
                station=station,
                reason=_field(note, "Motivo") or "(sin motivo registrado)",
                at=datetime.fromtimestamp(note.stat().st_mtime, UTC),
                direction=_field(note, "Dirección") or None,
            )
        )
    return items


def _explanation(
    source: Path, reason: str, hint: str, now: datetime, sha: str, direction: str | None
) -> str:
    local = now.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")
    lines = [
        f"Archivo: {source.name}",
        f"Origen: {source}",
        f"Fecha: {local} (hora de Chile)",
        f"Motivo: {reason}",
    ]
    if hint:
        lines.append(f"Qué hacer: {hint}")
    if direction:
        lines.append(f"Dirección: {direction}")
    lines.append(f"SHA-256: {sha}")
    return "\n".join(lines) + "\n"


def _field(note: Path, name: str) -> str:
    prefix = f"{name}: "
    for line in note.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :]
    return ""


def _free_name(folder: Path, name: str) -> Path:
    candidate = folder / name
    counter = 1
    while candidate.exists():
        stem, dot, ext = name.rpartition(".")
        candidate = folder / (f"{stem}-{counter}.{ext}" if dot else f"{name}-{counter}")
        counter += 1
    return candidate


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
