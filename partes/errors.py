"""Shell-level errors and the one place where every failure is mapped to an exit code.

Components (ocr/, archive/, index/, pipeline/) raise their own exceptions, each with a
Spanish message; only this module decides what a failure means to the command line.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    quarantined = 1
    refused = 1  # a signature refused (certificate, document, service)
    usage = 2
    not_found = 3
    busy = 75  # EX_TEMPFAIL: another process holds the data home
    internal = 70


class PartesError(Exception):
    """Base of the shell's own errors; ``str()`` is the Spanish message for the user."""

    exit_code = ExitCode.internal


class ConfigError(PartesError):
    exit_code = ExitCode.usage


class UsageError(PartesError):
    exit_code = ExitCode.usage


class NotFoundError(PartesError):
    exit_code = ExitCode.not_found


def exit_code_for(exc: BaseException) -> ExitCode:
    """Map any exception that reaches the command line to its exit code."""
    from archive.errors import ArchiveError, RecordNotFound
    from index.errors import SearchIndexError
    from signing.errors import SigningConfigError, SigningError
    from watch_folders.errors import AlreadyRunning, WatchConfigError

    if isinstance(exc, PartesError):
        return exc.exit_code
    if isinstance(exc, SigningConfigError):
        return ExitCode.usage
    if isinstance(exc, SigningError):
        return ExitCode.refused
    if isinstance(exc, WatchConfigError):
        return ExitCode.usage
    if isinstance(exc, AlreadyRunning):
        return ExitCode.busy
    if isinstance(exc, RecordNotFound):
        return ExitCode.not_found
    if isinstance(exc, ArchiveError | SearchIndexError):
        return ExitCode.internal
    return ExitCode.internal
