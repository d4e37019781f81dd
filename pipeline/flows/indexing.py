"""Keeping the search index in step with the registry (the registry is the truth).

Registered documents carry ``indexed_at = NULL`` until written to the index; whoever
holds the index's writer lock drains them, so a failed or interrupted index write is
made good by the next run, and ``partes reindex`` rebuilds everything from the archive.

No lost update: each document's revision is read before its content and written with it;
the index never replaces a newer revision with an older one, and a document is marked as
indexed only if its revision is still the one written. A correction made while an indexer
was writing the same document leaves it unindexed, and the loop writes it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from archive import (
    Database,
    TextRecord,
    all_ids,
    mark_indexed,
    text_records,
    unindexed_ids,
)
from index import IndexDocument, SearchBackend

BATCH = 200
READ_BATCH = 500  # documents read per query while rebuilding


def _index_document(record: TextRecord, revision: int) -> IndexDocument:
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
        content="\n\f\n".join(record.pages),
        reserved=record.restricted,
        series=record.series,
        station=record.station,
        pending_review=record.pending_review,
        revision=revision,
    )


def index_documents(db: Database, revisions: dict[int, int]) -> Iterator[IndexDocument]:
    """The documents of ``revisions`` (id -> revision read before their content), read
    from the registry a batch at a time."""
    ids = list(revisions)
    for start in range(0, len(ids), READ_BATCH):
        for record in text_records(db, ids[start : start + READ_BATCH]):
            yield _index_document(record, revisions[record.id])


def index_pending(db: Database, backend: SearchBackend) -> int:
    """Write every not-yet-indexed document; returns how many."""
    total = 0
    while True:
        revisions = unindexed_ids(db, limit=BATCH)
        if not revisions:
            return total
        backend.add(index_documents(db, revisions))
        stale = mark_indexed(db, revisions)
        total += len(revisions) - len(stale)


def index_registered(db: Database, backend: SearchBackend, docs: list[IndexDocument]) -> int:
    """Documents just registered, from what the caller holds (no reading them back), then
    whatever else waits; returns how many were written."""
    if docs:
        backend.add(docs)
        mark_indexed(db, {doc.id: doc.revision for doc in docs})
    return len(docs) + index_pending(db, backend)


def rebuild_index(
    db: Database, backend: SearchBackend, progress: Callable[[int, int], None] | None = None
) -> int:
    """Replace the index with the archive's content (then write what was corrected while it
    ran); returns how many documents the index holds. ``progress(done, total)``.

    A backend that can resume (``partial_rebuild``) is given only what an interrupted
    rebuild did not write; those it wrote are marked at the revision it wrote them, so one
    corrected since is written again afterwards."""
    revisions = all_ids(db)
    written = backend.partial_rebuild()
    kept = {i: r for i, r in written.items() if i in revisions}
    todo = {i: r for i, r in revisions.items() if i not in kept}
    total = len(revisions)

    def docs() -> Iterator[IndexDocument]:
        for count, doc in enumerate(index_documents(db, todo), len(kept) + 1):
            yield doc
            if progress:
                progress(count, total)

    if progress:
        progress(len(kept), total)
    count = backend.rebuild(docs())
    if mark_indexed(db, {**kept, **todo}, only=True):
        index_pending(db, backend)
    return len(kept) + count
