"""Errors of the search index."""

from __future__ import annotations


class IndexError_(Exception):  # noqa: N801 - trailing underscore avoids the builtin
    """The search index could not be read or written."""


class QueryError(IndexError_):
    """The search words could not be understood."""
