"""Keeping the search index in step with the registry (the registry is the truth).

Registered documents carry ``indexed_at = NULL`` until written to the index; whoever
holds the index's writer lock drains them, so a failed or interrupted index write is
made good by the next run, and ``partes reindex`` rebuilds everything from the archive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from archive import Database
from archive.models import Document
from archive.records import (
    all_ids,
    mark_all_unindexed,
    mark_indexed,
    page_texts,
    record_of,
    unindexed_ids,
)
from index import IndexDocument, SearchBackend

BATCH = 200


def index_document_of(db: Database, document_id: int) -> IndexDocument:
    with db.read() as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        record = record_of(session, doc)
        texts = page_texts(session, document_id)
    return IndexDocument(
        id=record.id,
        registry_number=record.registry_number,
        doc_type=record.doc_type,
        direction=record.direction,
        unit=record.unit,
        year=record.year,
        doc_date=record.doc_date,
        subject=record.subject,
        sender=record.sender,
        content="\n\f\n".join(texts),
    )


def index_pending(db: Database, backend: SearchBackend) -> int:
    """Write every not-yet-indexed document; returns how many."""
    total = 0
    while True:
        with db.read() as session:
            ids = unindexed_ids(session, limit=BATCH)
        if not ids:
            return total
        backend.add(index_document_of(db, i) for i in ids)
        with db.write() as session:
            mark_indexed(session, ids)
        total += len(ids)


def rebuild_index(
    db: Database, backend: SearchBackend, progress: Callable[[int], None] | None = None
) -> int:
    """Replace the index with the archive's content."""
    with db.read() as session:
        ids = list(all_ids(session))

    def docs() -> Iterator[IndexDocument]:
        for count, doc_id in enumerate(ids, 1):
            yield index_document_of(db, doc_id)
            if progress:
                progress(count)

    written = backend.rebuild(docs())
    with db.write() as session:
        mark_all_unindexed(session)
        mark_indexed(session, ids)
    return written
