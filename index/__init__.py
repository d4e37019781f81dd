"""Full-text search of the archive: a backend interface, its SQLite FTS5 implementation
(the default) and its Whoosh one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import lazy_loader

from index.backend import SORTS, IndexDocument, SearchBackend, SearchHit, SearchPage, SearchQuery
from index.errors import IndexUnavailable, QueryError, SearchIndexError
from index.fts5_backend import Fts5Backend
from index.snippets import marked

if TYPE_CHECKING:
    from index.analysis import fold, spanish_analyzer, stem
    from index.whoosh_backend import WhooshBackend

# Loaded on first use: Whoosh costs a third of a second to import, and only a home that
# chose it (or a test of it) needs it.
__getattr__, _lazy_dir, _lazy = lazy_loader.attach(
    __name__,
    submod_attrs={
        "whoosh_backend": ["WhooshBackend"],
        "analysis": ["fold", "spanish_analyzer", "stem"],
    },
)


BACKENDS = ("whoosh", "fts5")

__all__ = [
    "BACKENDS",
    "SORTS",
    "Fts5Backend",
    "IndexDocument",
    "IndexUnavailable",
    "QueryError",
    "SearchBackend",
    "SearchHit",
    "SearchIndexError",
    "SearchPage",
    "SearchQuery",
    "WhooshBackend",
    "fold",
    "marked",
    "spanish_analyzer",
    "stem",
]
