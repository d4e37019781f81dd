"""Record store: registry database, content-addressed files, numbering, quarantine, people
and trazabilidad.

This is the curated API: callers never import ``archive.models`` nor hold a session; each
function here owns its transaction.
"""

from archive.corrections import CORRECTABLE, correct, pending_review, training_rows
from archive.db import Database, sqlite_url
from archive.derivatives import attach_files, file_of, lacking_file
from archive.errors import ArchiveError, NumberingError, RecordNotFound, SchemaError, StoreError
from archive.events import Actor, EventFilter, EventView, broken_links, list_events, record_event
from archive.numbering import (
    LOCAL_TZ,
    Series,
    choose_series,
    format_registry_number,
    parse_registry_number,
)
from archive.quarantine import (
    QuarantineItem,
    discard,
    find_quarantined,
    list_quarantine,
    quarantine_file,
    release,
)
from archive.records import (
    EVERYTHING,
    DocumentRecord,
    FileView,
    PageView,
    Visibility,
    all_ids,
    document_history,
    document_text,
    find_record,
    mark_indexed,
    record_by_id,
    registry_book,
    unindexed_ids,
    visible_ids,
)
from archive.registry import (
    NewDocument,
    NewFile,
    PageText,
    Registration,
    find_registration,
    register,
)
from archive.store import FileStore, StoredBlob, abandoned, sha256_of
from archive.users import (
    NewUser,
    UserExists,
    UserView,
    any_user_with_role,
    create_user,
    find_user,
    list_users,
    password_hash_of,
    set_active,
    set_password,
    set_role,
)

__all__ = [
    "CORRECTABLE",
    "EVERYTHING",
    "LOCAL_TZ",
    "Actor",
    "ArchiveError",
    "Database",
    "DocumentRecord",
    "EventFilter",
    "EventView",
    "FileStore",
    "FileView",
    "NewDocument",
    "NewFile",
    "NewUser",
    "NumberingError",
    "PageText",
    "PageView",
    "QuarantineItem",
    "RecordNotFound",
    "Registration",
    "SchemaError",
    "Series",
    "StoreError",
    "StoredBlob",
    "UserExists",
    "UserView",
    "Visibility",
    "abandoned",
    "all_ids",
    "any_user_with_role",
    "attach_files",
    "broken_links",
    "choose_series",
    "correct",
    "create_user",
    "discard",
    "document_history",
    "document_text",
    "file_of",
    "find_quarantined",
    "find_record",
    "find_registration",
    "find_user",
    "format_registry_number",
    "lacking_file",
    "list_events",
    "list_quarantine",
    "list_users",
    "mark_indexed",
    "parse_registry_number",
    "password_hash_of",
    "pending_review",
    "quarantine_file",
    "record_by_id",
    "record_event",
    "register",
    "registry_book",
    "release",
    "set_active",
    "set_password",
    "set_role",
    "sha256_of",
    "sqlite_url",
    "training_rows",
    "unindexed_ids",
    "visible_ids",
]
