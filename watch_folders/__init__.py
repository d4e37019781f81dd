"""Watch folders: inboxes fed by scanning stations, taken once stable, never lost.

The public surface is small: the settings, the inbox description, the handler contract
the shell implements, the service, and the separator sheets.
"""

from watch_folders._filters import ignored, refusal
from watch_folders._handler import Delivery, Handled, Handler
from watch_folders._layout import Inbox, check_overlaps, direction_of, scan
from watch_folders._lock import exclusive, held
from watch_folders._queue import WorkQueue
from watch_folders._service import WatchService
from watch_folders._stability import StabilityTracker
from watch_folders._status import read_status
from watch_folders.errors import AlreadyRunning, WatchConfigError, WatchError
from watch_folders.separators import MARKER, separator_pages, split_batch, write_separator_sheet
from watch_folders.settings import WatchSettings

__all__ = [
    "MARKER",
    "AlreadyRunning",
    "Delivery",
    "Handled",
    "Handler",
    "Inbox",
    "StabilityTracker",
    "WatchConfigError",
    "WatchError",
    "WatchService",
    "WatchSettings",
    "WorkQueue",
    "check_overlaps",
    "direction_of",
    "exclusive",
    "held",
    "ignored",
    "read_status",
    "refusal",
    "scan",
    "separator_pages",
    "split_batch",
    "write_separator_sheet",
]
