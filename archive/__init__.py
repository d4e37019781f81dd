"""Record store: registry database, content-addressed files, numbering, quarantine."""

from archive.db import Database, sqlite_url
from archive.errors import ArchiveError, NumberingError, RecordNotFound, SchemaError, StoreError
from archive.numbering import Series, choose_series, format_registry_number, parse_registry_number
from archive.quarantine import (
    QuarantineItem,
    find_quarantined,
    list_quarantine,
    quarantine_file,
    release,
)
from archive.records import DocumentRecord, EventView, FileView
from archive.registry import NewDocument, NewFile, PageText, Registration, register
from archive.store import FileStore, StoredBlob, abandoned, sha256_of

__all__ = [
    "ArchiveError",
    "Database",
    "DocumentRecord",
    "EventView",
    "FileStore",
    "FileView",
    "NewDocument",
    "NewFile",
    "NumberingError",
    "PageText",
    "QuarantineItem",
    "RecordNotFound",
    "Registration",
    "SchemaError",
    "Series",
    "StoreError",
    "StoredBlob",
    "abandoned",
    "choose_series",
    "find_quarantined",
    "format_registry_number",
    "list_quarantine",
    "parse_registry_number",
    "quarantine_file",
    "register",
    "release",
    "sha256_of",
    "sqlite_url",
]
