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

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from archive.db import Database
from archive.events import Actor, append_event
from archive.models import Document, RegistryEntry, SeriesCounter
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
        batch = _Batch.of(session, entries)
        return [_one(session, entry, batch, actor, now) for entry in entries]


@dataclass
class _Batch:
    """What the batch's checks need, read with three queries instead of three per entry;
    kept up to date as entries are added (two entries of a batch may collide too)."""

    shas: set[str]
    taken: set[tuple[str, int, int]]
    numbers: set[str]
    counted: set[tuple[str, int]]
    prev_hash: str | None = None

    @classmethod
    def of(cls, session: Session, entries: Sequence[HistoricalEntry]) -> _Batch:
        shas = {e.document.sha256 for e in entries}
        series = {e.number.series for e in entries}
        numbers = {e.number.registry_number for e in entries}
        given = [(e.number.series, e.number.year, e.number.number) for e in entries]
        key = tuple_(RegistryEntry.series, RegistryEntry.year, RegistryEntry.number)
        found = session.execute(
            select(RegistryEntry.series, RegistryEntry.year, RegistryEntry.number).where(
                key.in_(given)
            )
        ).all()
        return cls(
            shas=set(session.scalars(select(Document.sha256).where(Document.sha256.in_(shas)))),
            taken={(s, y, n) for s, y, n in found},
            numbers=set(
                session.scalars(
                    select(RegistryEntry.registry_number).where(
                        RegistryEntry.registry_number.in_(numbers)
                    )
                )
            ),
            counted={
                (c.series, c.year)
                for c in session.scalars(
                    select(SeriesCounter).where(SeriesCounter.series.in_(series))
                )
            },
        )

    def refusal(self, given: HistoricalNumber) -> str:
        """Why ``given`` cannot be registered (empty: it can)."""
        if given.number < 1:
            return f"El número {given.number} no es válido: los números parten en 1."
        if (given.series, given.year) in self.counted:
            return (
                f"La serie «{given.series}» de {given.year} numera documentos actuales: un"
                " número histórico no puede entrar en ella."
            )
        key = (given.series, given.year, given.number)
        if key in self.taken or given.registry_number in self.numbers:
            return f"El número {given.registry_number} ya está registrado (número duplicado)."
        return ""


def _one(
    session: Session, entry: HistoricalEntry, batch: _Batch, actor: Actor, now: datetime
) -> HistoricalResult:
    new, given = entry.document, entry.number
    if new.sha256 in batch.shas:
        existing = find_duplicate(session, new.sha256)
        return HistoricalResult(status="skipped", registration=existing)
    reason = batch.refusal(given)
    if reason:
        return HistoricalResult(status="refused", reason=reason)
    registry_number = given.registry_number
    doc = add_document(session, new)
    batch.prev_hash = add_entry(
        session,
        doc,
        given.series,
        given.year,
        given.number,
        registry_number,
        now,
        actor,
        prev_hash=batch.prev_hash,
    )
    batch.shas.add(new.sha256)
    batch.taken.add((given.series, given.year, given.number))
    batch.numbers.add(registry_number)
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
