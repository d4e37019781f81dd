"""Full-text search of the archive: a backend interface and its Whoosh implementation."""

from index.analysis import fold, spanish_analyzer, stem
from index.backend import SORTS, IndexDocument, SearchBackend, SearchHit, SearchPage, SearchQuery
from index.errors import IndexUnavailable, QueryError, SearchIndexError
from index.fts5_backend import Fts5Backend
from index.whoosh_backend import WhooshBackend

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
    "spanish_analyzer",
    "stem",
]
