"""The application's own errors, and the one table that says what every failure means:
its exit code on the command line and its HTTP status on the web and the API.

Components (ocr/, archive/, index/, signing/, watch_folders/) raise their own exceptions,
each with a Spanish message; only this module decides what a failure means to a door.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from archive.errors import (
    ArchiveError,
    DatabaseUnavailable,
    RecordNotFound,
    SchemaError,
    StateConflict,
)
from archive.users import UserExists
from index.errors import IndexUnavailable, QueryError, SearchIndexError
from ocr.errors import MissingDependency, OcrError
from signing.errors import SignerUnavailable, SigningConfigError, SigningError
from watch_folders.errors import AlreadyRunning, WatchConfigError


class ExitCode(IntEnum):
    ok = 0
    quarantined = 1  # a document quarantined
    refused = 1  # a signature refused or invalid, an audit problem
    usage = 2
    not_found = 3
    unavailable = 69  # EX_UNAVAILABLE: a broken system (OCR, disk, database); nothing moved
    internal = 70  # EX_SOFTWARE: one Spanish line on the terminal, the traceback in logs/
    index_broken = 74  # EX_IOERR: the search index cannot be read; «partes reindex» fixes it
    busy = 75  # EX_TEMPFAIL: another process holds the data home
    forbidden = 77  # EX_NOPERM: the acting person may not do this


class PartesError(Exception):
    """Base of the application's errors; ``message`` is Spanish, ``hint`` says what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(PartesError):
    """partes.toml or the data home is wrong."""


class UsageError(PartesError):
    """The request itself is wrong: a missing value, an unknown unit, a bad file name."""


class NotFoundError(PartesError):
    """No such reference (or one the person may not see, told the same way)."""


class PermissionDenied(PartesError):
    """The acting person's role does not allow this use case."""


class TooManyRequests(PartesError):
    """Too many queries from one address in a short time (public pages)."""


class MailUnavailable(PartesError):
    """The SMTP server of the digest could not take the message: try again later."""


class SystemUnavailable(PartesError):
    """A part of the system is broken (Tesseract or its language, the disk, the database):
    the file was left where it was, nothing was quarantined; repeat once the cause is gone."""


class AuthenticationFailed(PartesError):
    """Unknown login, wrong password or disabled user (never says which)."""


@dataclass(frozen=True)
class Meaning:
    error: type[BaseException]
    exit_code: ExitCode
    http_status: int


# First match wins: subclasses stand before their bases.
ERROR_TABLE: tuple[Meaning, ...] = (
    Meaning(AuthenticationFailed, ExitCode.forbidden, 401),
    Meaning(PermissionDenied, ExitCode.forbidden, 403),
    Meaning(NotFoundError, ExitCode.not_found, 404),
    Meaning(RecordNotFound, ExitCode.not_found, 404),
    Meaning(UserExists, ExitCode.usage, 409),
    Meaning(TooManyRequests, ExitCode.usage, 429),
    Meaning(UsageError, ExitCode.usage, 400),
    Meaning(ConfigError, ExitCode.usage, 500),
    Meaning(SigningConfigError, ExitCode.usage, 500),
    Meaning(SignerUnavailable, ExitCode.refused, 503),
    Meaning(SigningError, ExitCode.refused, 422),
    Meaning(SystemUnavailable, ExitCode.unavailable, 503),
    Meaning(DatabaseUnavailable, ExitCode.unavailable, 503),
    Meaning(MissingDependency, ExitCode.unavailable, 503),
    Meaning(OcrError, ExitCode.quarantined, 422),
    Meaning(WatchConfigError, ExitCode.usage, 500),
    Meaning(AlreadyRunning, ExitCode.busy, 409),
    Meaning(MailUnavailable, ExitCode.refused, 503),
    Meaning(QueryError, ExitCode.usage, 400),
    Meaning(IndexUnavailable, ExitCode.index_broken, 503),
    Meaning(SearchIndexError, ExitCode.internal, 503),
    Meaning(SchemaError, ExitCode.usage, 500),
    Meaning(StateConflict, ExitCode.usage, 409),
    Meaning(ArchiveError, ExitCode.internal, 500),
)
UNEXPECTED = Meaning(Exception, ExitCode.internal, 500)
KNOWN: tuple[type[BaseException], ...] = tuple(m.error for m in ERROR_TABLE)


def meaning_of(exc: BaseException) -> Meaning:
    for meaning in ERROR_TABLE:
        if isinstance(exc, meaning.error):
            return meaning
    return UNEXPECTED


def exit_code_for(exc: BaseException) -> ExitCode:
    return meaning_of(exc).exit_code


def http_status_for(exc: BaseException) -> int:
    return meaning_of(exc).http_status


def message_of(exc: BaseException) -> tuple[str, str]:
    """The Spanish message and hint of a known error."""
    message = getattr(exc, "message", None) or str(exc)
    return str(message), str(getattr(exc, "hint", "") or "")
