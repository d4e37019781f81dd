"""Errors of the search index."""

from __future__ import annotations


class SearchIndexError(Exception):
    """The search index could not be read or written."""


class QueryError(SearchIndexError):
    """The search words could not be understood."""


class IndexUnavailable(SearchIndexError):
    """The index cannot be opened or read (damaged, missing files, or written by an earlier
    version): searching needs «partes reindex»; everything else goes on without it."""


REBUILD = "Reconstrúyalo con «partes reindex» (las demás órdenes siguen funcionando)."


def broken(exc: Exception) -> IndexUnavailable:
    """What a damaged index says, whichever backend failed to read it."""
    return IndexUnavailable(
        f"El índice de búsqueda está dañado o no se puede leer ({type(exc).__name__}). {REBUILD}"
    )


def outdated() -> IndexUnavailable:
    return IndexUnavailable(
        f"El índice de búsqueda es de una versión anterior del programa. {REBUILD}"
    )
