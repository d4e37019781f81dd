"""Historical registrations: documents of an existing archive, under the numbers they had.

A historical number is given, not allocated: no series counter is read or written, and a
series that numbers current documents (one with a counter) never takes one. Each entry is
stored with its book line and an ``importado`` event, like any registration; a batch is
one transaction (one fsync), and a duplicate content or a number already taken is
reported for that document alone, never registered twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.db import Database
from archive.events import Actor, append_event
from archive.models import RegistryEntry, SeriesCounter
from archive.numbering import format_registry_number
from archive.registry import (
    NewDocument,
    Registration,
    add_document,
    add_entry,
    find_duplicate,
)


@dataclass(frozen=True, kw_only=True)
class HistoricalNumber:
    """The number a document had in the old libro de registro."""

    series: str
    prefix: str
    year: int
    number: int

    @property
    def registry_number(self) -> str:
        return format_registry_number(self.prefix, self.year, self.number)


@dataclass(frozen=True, kw_only=True)
class HistoricalEntry:
    document: NewDocument
    number: HistoricalNumber
    detail: tuple[tuple[str, str], ...] = ()  # what the event records besides the number


@dataclass(frozen=True, kw_only=True)
class HistoricalResult:
    """``imported``, ``skipped`` (the content was already registered: ``registration`` is
    the existing one) or ``refused`` (``reason`` says why, in Spanish)."""

    status: str
    registration: Registration | None = None
    reason: str = ""


def register_historical(
    db: Database, entries: Sequence[HistoricalEntry], *, actor: Actor
) -> list[HistoricalResult]:
    """Register every entry under its given number, in one transaction."""
    if not entries:
        return []
    with db.write() as session:
        now = datetime.now(UTC)
        return [_one(session, entry, actor, now) for entry in entries]


def _one(session: Session, entry: HistoricalEntry, actor: Actor, now: datetime) -> HistoricalResult:
    new, given = entry.document, entry.number
    existing = find_duplicate(session, new.sha256)
    if existing is not None:
        return HistoricalResult(status="skipped", registration=existing)
    reason = number_refusal(session, given)
    if reason:
        return HistoricalResult(status="refused", reason=reason)
    registry_number = given.registry_number
    doc = add_document(session, new)
    add_entry(session, doc, given.series, given.year, given.number, registry_number, now, actor)
    append_event(
        session,
        actor=actor,
        action="importado",
        document_id=doc.id,
        detail={"numero": registry_number, "archivo": new.original_name, **dict(entry.detail)},
        at=now,
    )
    registration = Registration(
        document_id=doc.id,
        registry_number=registry_number,
        series=given.series,
        year=given.year,
        number=given.number,
        duplicate=False,
    )
    return HistoricalResult(status="imported", registration=registration)


def number_refusal(session: Session, given: HistoricalNumber) -> str:
    """Why ``given`` cannot be registered (empty: it can)."""
    if given.number < 1:
        return f"El número {given.number} no es válido: los números parten en 1."
    if session.get(SeriesCounter, (given.series, given.year)) is not None:
        return (
            f"La serie «{given.series}» de {given.year} numera documentos actuales: un número"
            " histórico no puede entrar en ella."
        )
    taken = session.scalar(
        select(RegistryEntry.registry_number).where(
            (
                (RegistryEntry.series == given.series)
                & (RegistryEntry.year == given.year)
                & (RegistryEntry.number == given.number)
            )
            | (RegistryEntry.registry_number == given.registry_number)
        )
    )
    if taken is not None:
        return f"El número {given.registry_number} ya está registrado (número duplicado)."
    return ""
