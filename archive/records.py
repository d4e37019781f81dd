"""Read side of the registry: records as plain values for the CLI, the index and the web."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, false, func, or_, select, true, update
from sqlalchemy.orm import Session

from archive.db import Database
from archive.errors import RecordNotFound
from archive.events import EventFilter, EventView, list_events
from archive.models import Derivation, Document, Page, RegistryEntry
from archive.numbering import parse_registry_number

RESERVED_TYPES = ("oficio_reservado",)

_ID = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True, kw_only=True)
class Visibility:
    """Which reserved documents a reader may see: all of them, or those of ``units``.

    The policy (which roles see what) belongs to the application core; this is its result
    as plain values, applied inside every query so lists, counts and files agree.
    """

    all_reserved: bool = False
    units: tuple[str, ...] = ()

    def clause(self) -> ColumnElement[bool]:
        if self.all_reserved:
            return true()
        not_reserved = (Document.reserved.is_(False)) & (Document.doc_type.not_in(RESERVED_TYPES))
        if not self.units:
            return or_(not_reserved, false())
        derived = select(Derivation.document_id).where(Derivation.unit.in_(self.units))
        return or_(not_reserved, Document.unit.in_(self.units), Document.id.in_(derived))

    def sees(
        self,
        *,
        reserved: bool,
        doc_type: str,
        unit: str | None,
        derived_to: tuple[str, ...] = (),
    ) -> bool:
        """A reserved document is seen by its own unit and by the units it was derived to."""
        if self.all_reserved or not (reserved or doc_type in RESERVED_TYPES):
            return True
        return any(u in self.units for u in (unit, *derived_to) if u is not None)


EVERYTHING = Visibility(all_reserved=True)


@dataclass(frozen=True, kw_only=True)
class FileView:
    role: str
    sha256: str
    size: int
    media_type: str
    pdfa_verdict: str | None = None


@dataclass(frozen=True, kw_only=True)
class PageView:
    number: int
    source: str
    confidence: float | None
    dpi: float | None
    dpi_assumed: bool
    chars: int


@dataclass(frozen=True, kw_only=True)
class DocumentRecord:
    id: int
    registry_number: str
    series: str
    year: int
    number: int
    sha256: str
    original_name: str
    media_type: str
    station: str
    direction: str
    doc_type: str
    unit: str | None
    sender: str | None
    recipient: str | None
    subject: str | None
    antecedents: str | None
    doc_number: str | None
    doc_date: date | None
    ruts: tuple[str, ...]
    sender_org: str | None
    reserved: bool
    type_confidence: float | None
    unit_confidence: float | None
    review: str | None
    legal_received_on: date | None
    pages: int
    ocr_pages: int
    received_at: datetime
    registered_at: datetime
    status: str
    files: tuple[FileView, ...] = ()
    events: tuple[EventView, ...] = ()
    page_details: tuple[PageView, ...] = ()

    @property
    def restricted(self) -> bool:
        """Reserved by its flag or by its type (an oficio reservado always is)."""
        return self.reserved or self.doc_type in RESERVED_TYPES


def resolve(session: Session, ref: str, visibility: Visibility = EVERYTHING) -> Document:
    """A document by registry number (E-2026-000123) or by numeric id; one the reader may
    not see is "not found", with the same words as one that does not exist."""
    parsed = parse_registry_number(ref)
    doc: Document | None = None
    if parsed is not None:
        doc = session.scalar(
            select(Document)
            .join(RegistryEntry, RegistryEntry.document_id == Document.id)
            .where(RegistryEntry.registry_number == ref.strip().upper())
        )
    elif _ID.fullmatch(ref.strip()):  # ASCII digits ("³" is a digit too), a database integer
        doc = session.get(Document, int(ref.strip()))
    if doc is not None and not visibility.sees(
        reserved=doc.reserved, doc_type=doc.doc_type, unit=doc.unit
    ):
        derived = session.scalars(
            select(Derivation.unit).where(Derivation.document_id == doc.id)
        ).all()
        if not visibility.sees(
            reserved=doc.reserved, doc_type=doc.doc_type, unit=doc.unit, derived_to=tuple(derived)
        ):
            doc = None
    if doc is None:
        raise RecordNotFound(
            f"No existe un documento con la referencia «{ref}». Use un número de registro "
            "(p. ej. E-2026-000123) o el identificador numérico que muestra «partes search»."
        )
    return doc


def record_of(
    session: Session, doc: Document, *, full: bool = False, entry: RegistryEntry | None = None
) -> DocumentRecord:
    """The record of ``doc``; a list that joined its registration ``entry`` passes it."""
    entry = entry or registration_entry(session, doc.id)
    if not full:
        return record_from(doc, entry)
    return record_from(
        doc,
        entry,
        files=_file_views(doc),
        page_details=_page_views(session, doc.id),
        events=tuple(_history(session, doc.id, entry.registry_number)),
    )


def record_from(
    doc: Any,
    entry: Any,
    *,
    files: tuple[FileView, ...] = (),
    events: tuple[EventView, ...] = (),
    page_details: tuple[PageView, ...] = (),
) -> DocumentRecord:
    """A record from anything carrying the document's and its entry's column names: ORM
    objects, or one row of a Core select (lists read rows, not objects: several times
    cheaper for a page of fifty lines)."""
    return DocumentRecord(
        id=doc.id,
        registry_number=entry.registry_number,
        series=entry.series,
        year=entry.year,
        number=entry.number,
        sha256=doc.sha256,
        original_name=doc.original_name,
        media_type=doc.media_type,
        station=doc.station,
        direction=doc.direction,
        doc_type=doc.doc_type,
        unit=doc.unit,
        sender=doc.sender,
        recipient=doc.recipient,
        subject=doc.subject,
        antecedents=doc.antecedents,
        doc_number=doc.doc_number,
        doc_date=doc.doc_date,
        ruts=tuple(doc.ruts or ()),
        sender_org=doc.sender_org,
        reserved=doc.reserved,
        type_confidence=doc.type_confidence,
        unit_confidence=doc.unit_confidence,
        review=doc.review,
        legal_received_on=doc.legal_received_on,
        pages=doc.page_count,
        ocr_pages=doc.ocr_page_count,
        received_at=doc.received_at,
        registered_at=entry.created_at,
        status=doc.status,
        files=files,
        events=events,
        page_details=page_details,
    )


def _file_views(doc: Document) -> tuple[FileView, ...]:
    return tuple(
        FileView(
            role=f.role,
            sha256=f.sha256,
            size=f.size,
            media_type=f.media_type,
            pdfa_verdict=f.pdfa_verdict,
        )
        for f in doc.files
    )


def _page_views(session: Session, document_id: int) -> tuple[PageView, ...]:
    """Each page's quality, with the length of its text counted by the database (a page's
    text is not read just to be measured)."""
    rows = session.execute(
        select(
            Page.number,
            Page.source,
            Page.confidence,
            Page.dpi,
            Page.dpi_assumed,
            func.length(Page.text).label("chars"),
        )
        .where(Page.document_id == document_id)
        .order_by(Page.number)
    ).all()
    return tuple(
        PageView(
            number=r.number,
            source=r.source,
            confidence=r.confidence,
            dpi=r.dpi,
            dpi_assumed=r.dpi_assumed,
            chars=r.chars or 0,
        )
        for r in rows
    )


def registration_entry(session: Session, document_id: int) -> RegistryEntry:
    """The book line that numbered the document (later lines may annul or refer to it)."""
    entry = session.scalar(
        select(RegistryEntry)
        .where(RegistryEntry.document_id == document_id, RegistryEntry.kind == "registro")
        .order_by(RegistryEntry.id)
        .limit(1)
    )
    assert entry is not None, "every document has its registration entry"
    return entry


def page_texts(session: Session, document_id: int) -> list[str]:
    rows = session.scalars(
        select(Page).where(Page.document_id == document_id).order_by(Page.number)
    ).all()
    return [p.text for p in rows]


def _history(session: Session, document_id: int, number: str) -> list[EventView]:
    """What was done to the document; who looked at it is the audit log's (a document
    read a thousand times would otherwise carry a thousand lines on its page)."""
    from archive.events import ACCESS_ACTIONS, event_view
    from archive.models import Event

    rows = session.scalars(
        select(Event)
        .where(Event.document_id == document_id, Event.action.not_in(ACCESS_ACTIONS))
        .order_by(Event.id)
    ).all()
    return [event_view(e, number) for e in rows]


def _registry_book(
    session: Session,
    *,
    visibility: Visibility,
    limit: int | None = None,
    station: str | None = None,
    series: str | None = None,
    year: int | None = None,
) -> list[DocumentRecord]:
    query = select(Document).join(RegistryEntry, RegistryEntry.document_id == Document.id)
    query = query.where(RegistryEntry.kind == "registro", visibility.clause())
    query = query.order_by(RegistryEntry.id.desc())
    if station is not None:
        query = query.where(Document.station == station)
    if series is not None:
        query = query.where(RegistryEntry.series == series)
    if year is not None:
        query = query.where(RegistryEntry.year == year)
    if limit is not None:
        query = query.limit(limit)
    docs = list(session.scalars(query).all())
    return [record_of(session, d) for d in reversed(docs)]


def unindexed_ids(db: Database, *, limit: int = 500) -> dict[int, int]:
    """Documents not (or no longer) in the index, oldest first: id → their revision now.

    Read before the documents' content: content read later is at least this revision."""
    with db.read() as session:
        rows = session.execute(
            select(Document.id, Document.revision)
            .where(Document.indexed_at.is_(None))
            .order_by(Document.id)
            .limit(limit)
        )
        return {int(i): int(r) for i, r in rows.all()}


def all_ids(db: Database) -> dict[int, int]:
    """Every document: id → its revision now."""
    with db.read() as session:
        rows = session.execute(select(Document.id, Document.revision).order_by(Document.id))
        return {int(i): int(r) for i, r in rows.all()}


def mark_indexed(db: Database, written: dict[int, int], *, only: bool = False) -> list[int]:
    """Mark as in the index the documents written at the revision they still have; those
    corrected meanwhile are (again) not indexed, and their ids returned. With ``only``,
    every document not in ``written`` is marked as not in the index.

    One statement for all (executemany), then one read of the revisions per thousand: a
    rebuild of 150,000 documents spent 83 s here with one UPDATE each."""
    table = cast(Table, Document.__table__)
    marked = (
        update(table)
        .where(table.c.id == bindparam("doc"), table.c.revision == bindparam("rev"))
        .values(indexed_at=bindparam("now"))
    )
    stale: list[int] = []
    with db.write() as session:
        if only:
            session.execute(update(Document).values(indexed_at=None))
        now = datetime.now(UTC)
        if written:
            rows = [{"doc": i, "rev": r, "now": now} for i, r in written.items()]
            session.execute(marked, rows)
        ids = list(written)
        for start in range(0, len(ids), _MARK_BATCH):
            found = session.execute(
                select(Document.id, Document.revision).where(
                    Document.id.in_(ids[start : start + _MARK_BATCH])
                )
            )
            stale.extend(int(i) for i, r in found if written[int(i)] != r)
        if stale:
            session.execute(update(Document).where(Document.id.in_(stale)).values(indexed_at=None))
    return stale


_MARK_BATCH = 1000


# The curated read API: each function owns its transaction; callers hold no session.


def find_record(
    db: Database, ref: str, *, visibility: Visibility, full: bool = False
) -> DocumentRecord:
    """The record a reference names, if this reader may see it (else RecordNotFound)."""
    with db.read() as session:
        return record_of(session, resolve(session, ref, visibility), full=full)


def record_by_id(db: Database, document_id: int, *, full: bool = False) -> DocumentRecord:
    with db.read() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise RecordNotFound(f"No existe el documento {document_id}.")
        return record_of(session, doc, full=full)


def document_text(db: Database, document_id: int) -> list[str]:
    """The text of every page, in order."""
    with db.read() as session:
        return page_texts(session, document_id)


def registry_book(
    db: Database,
    *,
    visibility: Visibility,
    limit: int | None = None,
    station: str | None = None,
    series: str | None = None,
    year: int | None = None,
) -> list[DocumentRecord]:
    """The libro de registro (or one station's, or one series and year's part of it),
    newest line last."""
    with db.read() as session:
        return _registry_book(
            session,
            visibility=visibility,
            limit=limit,
            station=station,
            series=series,
            year=year,
        )


def document_history(db: Database, document_id: int) -> list[EventView]:
    return list_events(db, EventFilter(document_id=document_id))


def visible_ids(db: Database, ids: list[int], *, visibility: Visibility) -> set[int]:
    """The subset of ``ids`` this reader may see (a second check behind the index)."""
    if not ids:
        return set()
    with db.read() as session:
        rows = session.scalars(
            select(Document.id).where(Document.id.in_(ids), visibility.clause())
        ).all()
    return set(rows)
