"""The inboxes: which folder belongs to which station, and which direction a file has."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from watch_folders._filters import ignored
from watch_folders.errors import WatchConfigError


@dataclass(frozen=True, kw_only=True)
class Inbox:
    """One station's folder; ``polling`` for network shares (SMB/NFS send no inotify events)."""

    station: str
    root: Path
    polling: bool = False
    separators: bool = True


def direction_of(inbox: Inbox, path: Path, directions: tuple[str, ...]) -> str | None:
    """``inbox/<station>/entrada/x.pdf`` is incoming; a file outside those folders has none."""
    try:
        parts = path.relative_to(inbox.root).parts
    except ValueError:
        return None
    if len(parts) > 1 and parts[0] in directions:
        return parts[0]
    return None


def inbox_of(inboxes: tuple[Inbox, ...], path: Path) -> Inbox | None:
    for inbox in inboxes:
        if path.is_relative_to(inbox.root):
            return inbox
    return None


def check_overlaps(inboxes: tuple[Inbox, ...], protected: Mapping[str, Path]) -> None:
    """Refuse to start when a folder would be both watched and written by the system."""
    roots = [(f"la bandeja de «{i.station}»", i.root.resolve()) for i in inboxes]
    others = [(name, path.resolve()) for name, path in protected.items()]
    for n, (name, root) in enumerate(roots):
        for other_name, other in roots[n + 1 :] + others:
            if root == other or root.is_relative_to(other) or other.is_relative_to(root):
                raise WatchConfigError(
                    f"Las carpetas se superponen: {name} ({root}) y {other_name} ({other}). "
                    "Cada bandeja debe ser una carpeta propia, fuera del almacén, la "
                    "cuarentena y el índice."
                )


def scan(inbox: Inbox) -> Iterator[Path]:
    """Every candidate entry under the inbox (regular or not), skipping ignored names."""
    for folder, dirnames, filenames in os.walk(inbox.root, followlinks=False):
        base = Path(folder)
        dirnames[:] = [d for d in dirnames if not ignored(d)]
        for name in filenames:
            if not ignored(name):
                yield base / name
        for name in dirnames:
            if (base / name).is_symlink():  # os.walk does not descend; report it
                yield base / name
