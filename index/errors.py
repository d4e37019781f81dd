"""Errors of the search index."""

from __future__ import annotations


class SearchIndexError(Exception):
    """The search index could not be read or written."""


class QueryError(SearchIndexError):
    """The search words could not be understood."""
