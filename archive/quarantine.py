"""Quarantine: files that could not be processed, each beside a Spanish ``.error.txt``.

The file is copied byte for byte (the inbox copy is removed by the caller only after the
copy is durable), so nothing a scanner produced is ever lost.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from archive.numbering import LOCAL_TZ

ERROR_SUFFIX = ".error.txt"
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass(frozen=True, kw_only=True)
class QuarantineItem:
    id: str
    path: Path
    station: str
    reason: str
    at: datetime


def quarantine_file(
    root: Path, source: Path, *, station: str, reason: str, hint: str = ""
) -> QuarantineItem:
    """Copy ``source`` into ``root/<station>/`` with its explanation; returns the item."""
    now = datetime.now(UTC)
    folder = root / station
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(LOCAL_TZ).strftime("%Y%m%d-%H%M%S")
    safe = _UNSAFE.sub("_", source.name)[:150] or "archivo"
    target = _free_name(folder, f"{stamp}-{safe}")
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(source, tmp)
    _fsync(tmp)
    tmp.replace(target)
    note = target.with_name(target.name + ERROR_SUFFIX)
    note.write_text(_explanation(source, reason, hint, now), encoding="utf-8")
    _fsync(note)
    return QuarantineItem(
        id=f"{station}/{target.name}", path=target, station=station, reason=reason, at=now
    )


def list_quarantine(root: Path) -> list[QuarantineItem]:
    items: list[QuarantineItem] = []
    if not root.is_dir():
        return items
    for note in sorted(root.glob(f"*/*{ERROR_SUFFIX}")):
        path = note.with_name(note.name[: -len(ERROR_SUFFIX)])
        reason = _reason_from(note)
        at = datetime.fromtimestamp(note.stat().st_mtime, UTC)
        station = note.parent.name
        items.append(
            QuarantineItem(
                id=f"{station}/{path.name}", path=path, station=station, reason=reason, at=at
            )
        )
    return items


def _explanation(source: Path, reason: str, hint: str, now: datetime) -> str:
    local = now.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")
    lines = [
        f"Archivo: {source.name}",
        f"Origen: {source}",
        f"Fecha: {local} (hora de Chile)",
        f"Motivo: {reason}",
    ]
    if hint:
        lines.append(f"Qué hacer: {hint}")
    return "\n".join(lines) + "\n"


def _reason_from(note: Path) -> str:
    for line in note.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("Motivo: "):
            return line[len("Motivo: ") :]
    return "(sin motivo registrado)"


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
