"""Lists and counts for pages and the API: documents by filters with paging, receptions
per day, and the signature behind a verification code. Every query takes the reader's
visibility, so counts agree with what is shown."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select

from archive.db import Database
from archive.models import Document, RegistryEntry, Signature
from archive.numbering import LOCAL_TZ
from archive.records import DocumentRecord, Visibility, record_from


@dataclass(frozen=True, kw_only=True)
class DocumentFilter:
    doc_type: str | None = None
    unit: str | None = None
    direction: str | None = None
    station: str | None = None
    review: str | None = None
    series: str | None = None
    year: int | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Page:
    total: int
    records: tuple[DocumentRecord, ...]


# A list reads rows of these columns, not ORM objects (see ``record_from``).
_LISTED = (
    *Document.__table__.columns,
    RegistryEntry.registry_number,
    RegistryEntry.series,
    RegistryEntry.year,
    RegistryEntry.number,
    RegistryEntry.created_at,
)


def list_documents(
    db: Database,
    which: DocumentFilter,
    *,
    visibility: Visibility,
    offset: int = 0,
    limit: int = 50,
) -> Page:
    """Registered documents, newest first, with the total before paging."""
    on_documents = _document_conditions(which, visibility)
    on_entries = _entry_conditions(which)
    joined = RegistryEntry.document_id == Document.id
    if on_documents:
        counted = select(func.count()).select_from(RegistryEntry).join(Document, joined)
    else:  # nothing asked of the document: the book's index alone answers
        counted = select(func.count()).select_from(RegistryEntry)
    counted = counted.where(*on_entries, *on_documents)
    query = (
        select(*_LISTED)
        .select_from(RegistryEntry)
        .join(Document, joined)
        .where(*on_entries, *on_documents)
        .order_by(RegistryEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read() as session:
        total = session.scalar(counted) or 0
        rows = session.execute(query).all()
    return Page(total=total, records=tuple(record_from(row, row) for row in rows))


def _entry_conditions(which: DocumentFilter) -> list[ColumnElement[bool]]:
    conditions = [RegistryEntry.kind == "registro"]
    if which.series is not None:
        conditions.append(RegistryEntry.series == which.series)
    if which.year is not None:
        conditions.append(RegistryEntry.year == which.year)
    return conditions


def _document_conditions(
    which: DocumentFilter, visibility: Visibility
) -> list[ColumnElement[bool]]:
    conditions = [] if visibility.all_reserved else [visibility.clause()]
    for column, value in (
        (Document.doc_type, which.doc_type),
        (Document.unit, which.unit),
        (Document.direction, which.direction),
        (Document.station, which.station),
        (Document.review, which.review),
    ):
        if value is not None:
            conditions.append(column == value)
    if which.received_from is not None:
        conditions.append(Document.received_at >= which.received_from)
    if which.received_to is not None:
        conditions.append(Document.received_at < which.received_to)
    return conditions


def received_per_day(
    db: Database, *, since: datetime, visibility: Visibility
) -> Counter[tuple[date, str]]:
    """Documents received per Chilean calendar day and direction since ``since``."""
    with db.read() as session:
        rows = session.execute(
            select(Document.received_at, Document.direction).where(
                Document.received_at >= since, visibility.clause()
            )
        ).all()
    return Counter((at.astimezone(LOCAL_TZ).date(), direction) for at, direction in rows)


def count_by(
    db: Database, column: str, *, visibility: Visibility, review: str | None = None
) -> dict[str, int]:
    """How many visible documents per value of ``column`` (``station`` or ``review``)."""
    field = {"station": Document.station, "direction": Document.direction}[column]
    query = select(field, func.count()).where(visibility.clause()).group_by(field)
    if review is not None:
        query = query.where(Document.review == review)
    with db.read() as session:
        return {str(key): int(n) for key, n in session.execute(query).all()}


@dataclass(frozen=True, kw_only=True)
class SignatureView:
    code: str
    document_id: int
    signed_sha256: str
    signer: str
    level: str
    signed_at: datetime


def find_signature(db: Database, code: str) -> SignatureView | None:
    with db.read() as session:
        row = session.get(Signature, code)
        if row is None:
            return None
        return SignatureView(
            code=row.code,
            document_id=row.document_id,
            signed_sha256=row.signed_sha256,
            signer=row.signer,
            level=row.level,
            signed_at=row.signed_at,
        )


def signatures_of(db: Database, document_id: int) -> list[SignatureView]:
    """The signatures made on a document, oldest first (for its expediente)."""
    with db.read() as session:
        rows = session.scalars(
            select(Signature)
            .where(Signature.document_id == document_id)
            .order_by(Signature.signed_at)
        ).all()
        return [
            SignatureView(
                code=r.code,
                document_id=r.document_id,
                signed_sha256=r.signed_sha256,
                signer=r.signer,
                level=r.level,
                signed_at=r.signed_at,
            )
            for r in rows
        ]
