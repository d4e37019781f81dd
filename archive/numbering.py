"""Numbering policy: which series numbers a document, and how its number is written.

Pure functions over dataclasses; the allocation itself (inside the registry transaction)
lives in ``archive.registry``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from archive.errors import NumberingError

LOCAL_TZ = ZoneInfo("America/Santiago")
_NUMBER = re.compile(r"^([A-Z]{1,4})-(\d{4})-(\d{1,9})$")


@dataclass(frozen=True, kw_only=True)
class Series:
    """A correlative series, numbered per calendar year from 1; empty lists match anything."""

    code: str
    prefix: str
    name: str
    directions: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()

    def matches(self, direction: str, doc_type: str) -> bool:
        return (not self.directions or direction in self.directions) and (
            not self.doc_types or doc_type in self.doc_types
        )


def choose_series(series: tuple[Series, ...], *, direction: str, doc_type: str) -> Series:
    """The first configured series that takes this direction and type."""
    for candidate in series:
        if candidate.matches(direction, doc_type):
            return candidate
    raise NumberingError(
        f"Ninguna serie de numeración acepta documentos de tipo «{doc_type}» con dirección "
        f"«{direction}». Agregue una serie sin «doc_types» para esa dirección en partes.toml."
    )


def registry_year(received_at: datetime) -> int:
    """The registry year is the calendar year in Chile, not in UTC (31 Dec 22:00 is 31 Dec)."""
    return received_at.astimezone(LOCAL_TZ).year


def format_registry_number(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year:04d}-{number:06d}"


def parse_registry_number(text: str) -> tuple[str, int, int] | None:
    match = _NUMBER.match(text.strip().upper())
    if not match:
        return None
    return match.group(1), int(match.group(2)), int(match.group(3))
