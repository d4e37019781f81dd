"""The watcher's failures, each with a Spanish message for the operator."""

from __future__ import annotations


class WatchError(Exception):
    """Base of the watcher's errors; ``str()`` is the Spanish message."""


class WatchConfigError(WatchError):
    """The inboxes cannot be watched as configured (overlapping or missing folders)."""


class AlreadyRunning(WatchError):
    """Another watcher already serves this data home."""
