"""The watcher's settings: plain values, given by the shell from ``partes.toml``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class WatchSettings:
    # A file is taken after this many seconds with no event and no change of size or time.
    stability_seconds: float = 5.0
    # Full rescan of every inbox (catch-up for missed events), in seconds.
    rescan_seconds: float = 120.0
    # How often the polling observer lists a network share, in seconds.
    poll_seconds: float = 2.0
    # Files taken but not yet handed to a worker; the rest wait in their inbox.
    queue_size: int = 100
    # A broken system (OCR language missing, disk full, database locked) pauses the watcher:
    # the first new attempt after this many seconds, then twice as long each time, up to
    # ``pause_max_seconds``.
    pause_seconds: float = 5.0
    pause_max_seconds: float = 300.0
