"""Read side of the registry: records as plain values for the CLI, the index and the web."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from archive.errors import RecordNotFound
from archive.models import Document, Event, Page, RegistryEntry
from archive.numbering import parse_registry_number


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
class EventView:
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


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


def resolve(session: Session, ref: str) -> Document:
    """A document by registry number (E-2026-000123) or by numeric id."""
    parsed = parse_registry_number(ref)
    doc: Document | None = None
    if parsed is not None:
        doc = session.scalar(
            select(Document)
            .join(RegistryEntry, RegistryEntry.document_id == Document.id)
            .where(RegistryEntry.registry_number == ref.strip().upper())
        )
    elif ref.strip().isdigit():
        doc = session.get(Document, int(ref.strip()))
    if doc is None:
        raise RecordNotFound(
            f"No existe un documento con la referencia «{ref}». Use un número de registro "
            "(p. ej. E-2026-000123) o el identificador numérico que muestra «partes search»."
        )
    return doc


def record_of(session: Session, doc: Document, *, full: bool = False) -> DocumentRecord:
    entry = registration_entry(session, doc.id)
    files: tuple[FileView, ...] = ()
    events: tuple[EventView, ...] = ()
    page_details: tuple[PageView, ...] = ()
    if full:
        files, page_details = _file_views(doc), _page_views(doc)
        rows = session.scalars(
            select(Event).where(Event.document_id == doc.id).order_by(Event.id)
        ).all()
        events = tuple(
            EventView(at=e.at, actor=e.actor, action=e.action, detail=e.detail) for e in rows
        )
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


def _page_views(doc: Document) -> tuple[PageView, ...]:
    return tuple(
        PageView(
            number=p.number,
            source=p.source,
            confidence=p.confidence,
            dpi=p.dpi,
            dpi_assumed=p.dpi_assumed,
            chars=len(p.text),
        )
        for p in doc.pages
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


def registry_book(
    session: Session, *, limit: int | None = None, station: str | None = None
) -> list[DocumentRecord]:
    """The libro de registro (or one station's part of it), newest line last."""
    query = select(Document).join(RegistryEntry, RegistryEntry.document_id == Document.id)
    query = query.where(RegistryEntry.kind == "registro").order_by(RegistryEntry.id.desc())
    if station is not None:
        query = query.where(Document.station == station)
    if limit is not None:
        query = query.limit(limit)
    docs = list(session.scalars(query).all())
    return [record_of(session, d) for d in reversed(docs)]


def unindexed_ids(session: Session, *, limit: int = 500) -> list[int]:
    rows = session.scalars(
        select(Document.id).where(Document.indexed_at.is_(None)).order_by(Document.id).limit(limit)
    )
    return list(rows.all())


def all_ids(session: Session) -> Iterator[int]:
    yield from session.scalars(select(Document.id).order_by(Document.id)).all()


def mark_indexed(session: Session, ids: list[int]) -> None:
    if ids:
        session.execute(
            update(Document).where(Document.id.in_(ids)).values(indexed_at=datetime.now(UTC))
        )


def mark_all_unindexed(session: Session) -> None:
    session.execute(update(Document).values(indexed_at=None))
