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
    require,
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
from partes.services.overview import (
    Overview,
    documents,
    overview,
    today_start,
    unit_documents,
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
from partes.services.public import (
    PublicSignature,
    UploadCheck,
    check_code,
    check_upload,
    signed_file,
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
from partes.services.tokens import NewToken, bearer, make_token, revoke, tokens

__all__ = [
    "FILE_ROLES",
    "PERMISSIONS",
    "ROLES",
    "Correction",
    "DocumentFile",
    "DocumentText",
    "FileToSign",
    "FirstAdmin",
    "NewToken",
    "Overview",
    "PublicSignature",
    "SearchResult",
    "Secrets",
    "SignedOficio",
    "StationStatus",
    "UploadCheck",
    "WatchStatus",
    "acting_as",
    "add_user",
    "allowed",
    "authenticate",
    "bearer",
    "change_password",
    "change_role",
    "check_code",
    "check_upload",
    "correct_labels",
    "disable_user",
    "discard_quarantined",
    "documents",
    "ensure_first_admin",
    "event_chain_problems",
    "events",
    "expand",
    "history",
    "ingest",
    "local_operator",
    "make_token",
    "overview",
    "quarantine",
    "receipt",
    "registry",
    "reindex",
    "require",
    "retry_quarantined",
    "review_list",
    "revoke",
    "search",
    "show",
    "sign_files",
    "sign_registered",
    "signed_file",
    "signing_queue",
    "station_actor",
    "status",
    "stored_file",
    "text",
    "today_start",
    "tokens",
    "unit_documents",
    "users",
    "verify_files",
    "visibility",
    "watch",
]
