"""What the search index is built from, read in bulk: a rebuild of the whole archive reads
a few hundred documents per query instead of three queries per document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.corrections import PENDING as PENDING_REVIEW
from archive.db import Database
from archive.models import Document, Page, RegistryEntry
from archive.records import RESERVED_TYPES


@dataclass(frozen=True, kw_only=True)
class TextRecord:
    id: int
    registry_number: str
    doc_type: str
    direction: str
    unit: str | None
    year: int
    doc_date: date | None
    subject: str | None
    sender: str | None
    restricted: bool  # reserved, or a reserved oficio (see DocumentRecord.restricted)
    pages: tuple[str, ...]
    series: str = ""
    station: str = ""
    pending_review: bool = False


def text_records(db: Database, ids: list[int]) -> list[TextRecord]:
    """The documents of ``ids`` that exist, in the order of ``ids``, with their pages."""
    with db.read() as session:
        docs = session.execute(
            select(
                Document.id,
                Document.doc_type,
                Document.direction,
                Document.unit,
                Document.doc_date,
                Document.subject,
                Document.sender,
                Document.reserved,
                Document.station,
                Document.review,
            ).where(Document.id.in_(ids))
        ).all()
        entries = session.execute(
            select(
                RegistryEntry.document_id,
                RegistryEntry.registry_number,
                RegistryEntry.year,
                RegistryEntry.series,
            )
            .where(RegistryEntry.document_id.in_(ids), RegistryEntry.kind == "registro")
            .order_by(RegistryEntry.id.desc())  # the first line wins below
        ).all()
        pages = _pages(session, ids)
    numbered = {e.document_id: (e.registry_number, e.year, e.series) for e in entries}
    by_id = {d.id: d for d in docs}
    records = []
    for doc_id in ids:
        doc = by_id.get(doc_id)
        if doc is None or doc_id not in numbered:
            continue
        number, year, series = numbered[doc_id]
        records.append(
            TextRecord(
                id=doc_id,
                registry_number=number,
                doc_type=doc.doc_type,
                direction=doc.direction,
                unit=doc.unit,
                year=year,
                doc_date=doc.doc_date,
                subject=doc.subject,
                sender=doc.sender,
                restricted=bool(doc.reserved or doc.doc_type in RESERVED_TYPES),
                pages=tuple(pages.get(doc_id, ())),
                series=series,
                station=doc.station,
                pending_review=doc.review == PENDING_REVIEW,
            )
        )
    return records


def _pages(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Each document's page texts in page order, in one query."""
    pages: dict[int, list[str]] = {}
    for doc_id, text in session.execute(
        select(Page.document_id, Page.text)
        .where(Page.document_id.in_(ids))
        .order_by(Page.document_id, Page.number)
    ):
        pages.setdefault(doc_id, []).append(text)
    return pages
