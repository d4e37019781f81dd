"""watchdog observers: inotify for local folders, polling for network shares.

The observers' threads only put paths on a queue; everything else happens in the
service's own loop, so no file is ever handled from a watchdog thread.
"""

from __future__ import annotations

import os
from pathlib import Path
from queue import SimpleQueue

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from watch_folders._layout import Inbox

_NOISE = {"opened", "closed_no_write"}


class _Sink(FileSystemEventHandler):
    def __init__(self, events: SimpleQueue[Path]) -> None:
        self.events = events

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _NOISE:
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self.events.put(Path(os.fsdecode(raw)))


def start_observers(
    inboxes: tuple[Inbox, ...], events: SimpleQueue[Path], poll_seconds: float
) -> list[BaseObserver]:
    """One native and one polling observer, each watching its inboxes recursively.

    Should inotify fail in its thread (its watch limit), the periodic rescan still finds
    every file, only later.
    """
    sink = _Sink(events)
    native: BaseObserver = Observer()
    polling: BaseObserver = PollingObserver(timeout=poll_seconds)
    for inbox in inboxes:
        chosen = polling if inbox.polling else native
        chosen.schedule(sink, str(inbox.root), recursive=True)
    started = []
    for observer in (native, polling):
        if observer.emitters:
            observer.start()
            started.append(observer)
    return started


def stop_observers(observers: list[BaseObserver]) -> None:
    for observer in observers:
        observer.stop()
    for observer in observers:
        observer.join(timeout=10)
