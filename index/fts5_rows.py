"""The rows the FTS5 index stores for a document, and their analysis on several cores.

Stemming is most of a rebuild's work and is pure Python: beyond ``SERIAL`` documents a
rebuild analyses batches in worker processes (one fewer than the cores, at least one)
while this process reads the registry and writes SQLite. Batches in flight are bounded,
so memory does not grow with the archive.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from index.backend import IndexDocument
from index.fts5_query import compact
from index.terms import identifiers, stemmed_text

SERIAL = 2000  # fewer documents than this are analysed in this process
BATCH = 200
IN_FLIGHT = 4  # batches per worker


@dataclass(frozen=True)
class Rows:
    docs: tuple[Any, ...]
    text: tuple[Any, ...]
    fts: tuple[Any, ...]


def rows_of(doc: IndexDocument) -> Rows:
    everything = f"{doc.subject or ''}\n{doc.sender or ''}\n{doc.content}"
    return Rows(
        docs=(
            doc.id,
            doc.registry_number,
            doc.doc_type,
            doc.direction,
            doc.unit,
            doc.year,
            doc.doc_date.isoformat() if doc.doc_date else None,
            int(doc.reserved),
            doc.revision,
            doc.subject,
            doc.series,
            doc.station,
            int(doc.pending_review),
        ),
        text=(doc.id, zlib.compress(doc.content.encode("utf-8"), 1)),
        fts=(
            doc.id,
            subject := stemmed_text(doc.subject or ""),
            sender := stemmed_text(doc.sender or ""),
            content := stemmed_text(doc.content),
            f"{identifiers(everything)} {identifiers(doc.registry_number)}",
            compact(doc.unit or ""),
            compact(doc.doc_type),
            word_pairs(subject, sender, content),
        ),
    )


def word_pairs(*texts: str) -> str:
    """Each two neighbouring stems of each text as one token (``junt_de de_vecin``): a phrase
    is then a phrase of pairs, whose lists are far shorter than those of its common words
    («de» is in every document). A lone ``_`` between texts keeps a pair from spanning two."""
    parts = []
    for text in texts:
        words = text.split()
        parts.append(" ".join(f"{a}_{b}" for a, b in itertools.pairwise(words)))
    return " _ ".join(parts)


def _batch(docs: list[IndexDocument]) -> list[Rows]:
    return [rows_of(d) for d in docs]


def analysed(docs: Iterable[IndexDocument]) -> Iterator[Rows]:
    """The rows of ``docs`` in their order; a large archive on worker processes."""
    source = iter(docs)
    first = list(itertools.islice(source, SERIAL))
    workers = max(1, (os.cpu_count() or 2) - 1)
    if len(first) < SERIAL:
        yield from _batch(first)
        return
    batches = _batches(itertools.chain(first, source))
    # spawn, not fork: the caller may be a threaded server
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[Future[list[Rows]], list[IndexDocument]]] = deque()
        for batch in batches:
            pending.append((pool.submit(_batch, batch), batch))
            if len(pending) >= workers * IN_FLIGHT:
                yield from _result(*pending.popleft())
        while pending:
            yield from _result(*pending.popleft())


def _result(future: Future[list[Rows]], batch: list[IndexDocument]) -> list[Rows]:
    """The worker's rows, or, if the workers could not start or died, this process's."""
    try:
        return future.result()
    except BrokenProcessPool:
        return _batch(batch)


def _batches(docs: Iterator[IndexDocument]) -> Iterator[list[IndexDocument]]:
    while batch := list(itertools.islice(docs, BATCH)):
        yield batch
