"""Registration: one transaction stores the record, allocates its number and chains the book.

The number is allocated inside the same transaction that writes the registry entry, under
the database's write lock, so numbers are unique per (series, year), have no gaps, and a
crash before commit leaves no trace but unreferenced files in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.book import append_line
from archive.db import Database
from archive.events import Actor, append_event
from archive.models import Document, Page, RegistryEntry, SeriesCounter, StoredFile
from archive.numbering import Series, format_registry_number, registry_year
from archive.records import registration_entry
from archive.store import StoredBlob


@dataclass(frozen=True, kw_only=True)
class NewFile:
    role: str
    blob: StoredBlob
    media_type: str


@dataclass(frozen=True, kw_only=True)
class PageText:
    number: int
    text: str
    source: str
    confidence: float | None = None
    dpi: float | None = None
    dpi_assumed: bool = False


@dataclass(frozen=True, kw_only=True)
class NewDocument:
    sha256: str
    original_name: str
    media_type: str
    size: int
    station: str
    direction: str
    doc_type: str
    received_at: datetime
    unit: str | None = None
    sender: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    sender_org: str | None = None
    reserved: bool = False
    type_confidence: float | None = None
    unit_confidence: float | None = None
    review: str | None = None
    legal_received_on: date | None = None
    files: tuple[NewFile, ...] = ()
    pages: tuple[PageText, ...] = ()
    pdfa_verdict: str | None = None  # of the searchable derivative
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Registration:
    document_id: int
    registry_number: str
    series: str
    year: int
    number: int
    duplicate: bool


def find_duplicate(session: Session, sha256: str) -> Registration | None:
    doc = session.scalar(select(Document).where(Document.sha256 == sha256))
    if doc is None:
        return None
    entry = registration_entry(session, doc.id)
    return Registration(
        document_id=doc.id,
        registry_number=entry.registry_number,
        series=entry.series,
        year=entry.year,
        number=entry.number,
        duplicate=True,
    )


def find_registration(db: Database, sha256: str) -> Registration | None:
    """The registration of a content already in the archive, if any."""
    with db.read() as session:
        return find_duplicate(session, sha256)


def register(db: Database, new: NewDocument, *, series: Series, actor: Actor) -> Registration:
    """Register ``new`` under the next number of ``series``, or report the existing record."""
    with db.write() as session:
        existing = find_duplicate(session, new.sha256)
        if existing is not None:
            append_event(
                session,
                actor=actor,
                action="duplicado",
                document_id=existing.document_id,
                detail={"archivo": new.original_name, "estacion": new.station},
            )
            return existing
        now = datetime.now(UTC)
        year = registry_year(now)
        number = _next_number(session, series.code, year)
        registry_number = format_registry_number(series.prefix, year, number)
        doc = add_document(session, new)
        add_entry(session, doc, series.code, year, number, registry_number, now, actor)
        append_event(
            session,
            actor=actor,
            action="registrado",
            document_id=doc.id,
            detail={"numero": registry_number, "archivo": new.original_name, **new.details},
            at=now,
        )
        return Registration(
            document_id=doc.id,
            registry_number=registry_number,
            series=series.code,
            year=year,
            number=number,
            duplicate=False,
        )


def _next_number(session: Session, series: str, year: int) -> int:
    counter = session.get(SeriesCounter, (series, year), with_for_update=True)
    if counter is None:
        counter = SeriesCounter(series=series, year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return counter.last_number


def add_document(session: Session, new: NewDocument) -> Document:
    """The document, its files and its pages (archive-internal)."""
    doc = Document(
        sha256=new.sha256,
        original_name=new.original_name,
        media_type=new.media_type,
        size=new.size,
        station=new.station,
        direction=new.direction,
        doc_type=new.doc_type,
        unit=new.unit,
        sender=new.sender,
        recipient=new.recipient,
        subject=new.subject,
        antecedents=new.antecedents,
        doc_number=new.doc_number,
        doc_date=new.doc_date,
        ruts=list(new.ruts),
        sender_org=new.sender_org,
        reserved=new.reserved,
        type_confidence=new.type_confidence,
        unit_confidence=new.unit_confidence,
        review=new.review,
        legal_received_on=new.legal_received_on,
        page_count=len(new.pages),
        ocr_page_count=sum(1 for p in new.pages if p.source == "ocr"),
        received_at=new.received_at,
        status="registered",
    )
    session.add(doc)
    session.flush()
    for f in new.files:
        session.add(
            StoredFile(
                document_id=doc.id,
                role=f.role,
                sha256=f.blob.sha256,
                size=f.blob.size,
                media_type=f.media_type,
                created_at=datetime.now(UTC),
                pdfa_verdict=new.pdfa_verdict if f.role == "searchable" else None,
            )
        )
    for p in new.pages:
        session.add(
            Page(
                document_id=doc.id,
                number=p.number,
                text=p.text,
                source=p.source,
                confidence=p.confidence,
                dpi=p.dpi,
                dpi_assumed=p.dpi_assumed,
            )
        )
    return doc


def add_entry(
    session: Session,
    doc: Document,
    series: str,
    year: int,
    number: int,
    registry_number: str,
    now: datetime,
    actor: Actor,
    *,
    prev_hash: str | None = None,
) -> str:
    """The registration's entry and its book line (archive-internal); the line's hash.
    ``prev_hash``: the book's head, when the caller already knows it."""
    entry = RegistryEntry(
        series=series,
        year=year,
        number=number,
        registry_number=registry_number,
        kind="registro",
        document_id=doc.id,
        created_at=now,
        actor=actor.login,
    )
    line = append_line(
        session, doc, entry, kind="registro", actor=actor.login, at=now, prev_hash=prev_hash
    )
    return line.line_hash
