"""Errors of the record store; each message is Spanish and says what to do."""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of the record store's errors."""


class StoreError(ArchiveError):
    """The file store could not keep a file durably."""


class RecordNotFound(ArchiveError):
    """No document answers to the given reference."""


class NumberingError(ArchiveError):
    """No numbering series applies, or a number could not be allocated."""


class SchemaError(ArchiveError):
    """The registry database is newer than this program, or could not be migrated."""


class StateConflict(ArchiveError):
    """The record's state does not allow the action (a derivation already closed)."""


class DatabaseUnavailable(ArchiveError):
    """The registry database cannot be written now (locked by another process for too
    long, its disk full, its file unreachable): the system is broken, not the document."""
