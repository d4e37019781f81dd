"""The application core: every use case once, for every door (CLI, web, API, watcher).

Keyword arguments in, frozen dataclasses out. Each use case takes the acting person
(``archive.Actor``), checks the role itself against the one table in ``_access``, and
records what it did as an event of trazabilidad. No printing, no terminal, no HTTP.
"""

from partes.services._access import (
    PERMISSIONS,
    ROLES,
    allowed,
    local_operator,
    station_actor,
    visibility,
)
from partes.services._signers import Secrets
from partes.services.audit import event_chain_problems, events
from partes.services.documents import (
    FILE_ROLES,
    DocumentFile,
    DocumentText,
    SearchResult,
    history,
    registry,
    search,
    show,
    stored_file,
    text,
)
from partes.services.intake import (
    StationStatus,
    WatchStatus,
    discard_quarantined,
    expand,
    ingest,
    quarantine,
    reindex,
    retry_quarantined,
    status,
    watch,
)
from partes.services.people import (
    FirstAdmin,
    acting_as,
    add_user,
    authenticate,
    change_password,
    change_role,
    disable_user,
    ensure_first_admin,
    users,
)
from partes.services.review import Correction, correct_labels, receipt, review_list
from partes.services.signing import (
    FileToSign,
    SignedOficio,
    sign_files,
    sign_registered,
    signing_queue,
    verify_files,
)

__all__ = [
    "FILE_ROLES",
    "PERMISSIONS",
    "ROLES",
    "Correction",
    "DocumentFile",
    "DocumentText",
    "FileToSign",
    "FirstAdmin",
    "SearchResult",
    "Secrets",
    "SignedOficio",
    "StationStatus",
    "WatchStatus",
    "acting_as",
    "add_user",
    "allowed",
    "authenticate",
    "change_password",
    "change_role",
    "correct_labels",
    "disable_user",
    "discard_quarantined",
    "ensure_first_admin",
    "event_chain_problems",
    "events",
    "expand",
    "history",
    "ingest",
    "local_operator",
    "quarantine",
    "receipt",
    "registry",
    "reindex",
    "retry_quarantined",
    "review_list",
    "search",
    "show",
    "sign_files",
    "sign_registered",
    "signing_queue",
    "station_actor",
    "status",
    "stored_file",
    "text",
    "users",
    "verify_files",
    "visibility",
    "watch",
]
