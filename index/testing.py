"""A test seam for concurrent indexing: a real backend whose writes can be held.

``HeldIndex`` wraps any backend (the real Whoosh index in the tests). Its ``add`` (or
``rebuild``, or both: ``hold``) takes the documents as the caller read them, sets
``reached`` and waits on ``release`` before handing them to the real backend: a test can
act between the moment an indexer read a record and the moment it writes it. Nothing is
faked: what is written is written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from index.backend import IndexDocument, SearchBackend, SearchPage, SearchQuery
from index.errors import SearchIndexError


class HeldIndex(SearchBackend):
    def __init__(
        self, inner: SearchBackend, *, hold: tuple[str, ...] = ("add",), timeout: float = 60.0
    ) -> None:
        self.inner = inner
        self.hold = hold
        self.timeout = timeout
        self.reached = threading.Event()
        self.release = threading.Event()
        self.held: list[IndexDocument] = []  # what the held write read

    def _taken(self, operation: str, docs: Iterable[IndexDocument]) -> list[IndexDocument]:
        taken = list(docs)
        if operation in self.hold:
            self.held = taken
            self.reached.set()
            if not self.release.wait(self.timeout):
                raise SearchIndexError("nadie soltó la escritura retenida del índice")
        return taken

    def add(self, docs: Iterable[IndexDocument]) -> int:
        return self.inner.add(self._taken("add", docs))

    def rebuild(self, docs: Iterable[IndexDocument]) -> int:
        return self.inner.rebuild(self._taken("rebuild", docs))

    def delete(self, ids: Iterable[int]) -> None:
        self.inner.delete(ids)

    def find(self, query: SearchQuery) -> SearchPage:
        return self.inner.find(query)

    def close(self) -> None:
        self.inner.close()
