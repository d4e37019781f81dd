"""Full-text search of the archive: a backend interface and its Whoosh implementation."""

from index.analysis import fold, spanish_analyzer, stem
from index.backend import IndexDocument, SearchBackend, SearchHit, SearchQuery
from index.errors import IndexUnavailable, QueryError, SearchIndexError
from index.whoosh_backend import WhooshBackend

__all__ = [
    "IndexDocument",
    "IndexUnavailable",
    "QueryError",
    "SearchBackend",
    "SearchHit",
    "SearchIndexError",
    "SearchQuery",
    "WhooshBackend",
    "fold",
    "spanish_analyzer",
    "stem",
]
