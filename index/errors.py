"""Errors of the search index."""

from __future__ import annotations


class SearchIndexError(Exception):
    """The search index could not be read or written."""


class QueryError(SearchIndexError):
    """The search words could not be understood."""


class IndexUnavailable(SearchIndexError):
    """The index cannot be opened or read (damaged, missing files, or written by an earlier
    version): searching needs «partes reindex»; everything else goes on without it."""
