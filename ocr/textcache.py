"""The text of the last PDF triage parsed, kept for the extraction that follows it.

Triage parses every page (pdfminer, through pdfplumber) to tell text pages from images;
for a born-digital file the extraction would parse the same pages again. The texts of the
one last file are kept here, under its path, size and modification time, and taken once.
"""

from __future__ import annotations

from pathlib import Path

_LAST: dict[tuple[str, int, int], list[str]] = {}


def _key(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return str(path.resolve()), info.st_size, info.st_mtime_ns


def keep(path: Path, texts: list[str]) -> None:
    _LAST.clear()
    _LAST[_key(path)] = texts


def take(path: Path) -> list[str] | None:
    """The kept texts of ``path`` if it is still the file they came from (then forgotten)."""
    try:
        return _LAST.pop(_key(path), None)
    except OSError:
        return None
