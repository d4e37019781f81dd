"""The watch loop: events and rescans → stable files → bounded queue → the handler.

One thread does all the work; watchdog's threads only report paths. A file is removed
from its inbox only after the handler says its record (or its quarantine copy) is
durable, so a crash at any moment leaves every file either registered or still waiting.
A delivery the handler reports ``paused`` (the system is broken, not the file) stays in
its inbox and pauses the service: nothing more is taken until the next attempt, with
backoff (``_pause``); the inboxes are rescanned when it comes.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from queue import Empty, SimpleQueue

from watch_folders._filters import ignored, refusal
from watch_folders._handler import Delivery, Handled, Handler
from watch_folders._layout import Inbox, direction_of, inbox_of, scan
from watch_folders._observe import start_observers, stop_observers
from watch_folders._pause import Pause, pause_after
from watch_folders._queue import WorkQueue
from watch_folders._stability import StabilityTracker
from watch_folders._status import StatusBoard
from watch_folders.settings import WatchSettings

_log = logging.getLogger(__name__)
_TICK = 0.1


class WatchService:
    """``run`` yields each handled file; it returns when ``stop`` is set (after finishing
    the files in hand) or, with ``once``, when the inboxes are empty."""

    def __init__(
        self,
        *,
        inboxes: tuple[Inbox, ...],
        settings: WatchSettings,
        handler: Handler,
        directions: tuple[str, ...],
        status_path: Path | None = None,
    ) -> None:
        self.inboxes = inboxes
        self.directions = directions  # the sub-folders of an inbox that set the direction
        self.settings = settings
        self.handler = handler
        self.tracker = StabilityTracker(settings.stability_seconds)
        self.queue: WorkQueue[Path, Delivery] = WorkQueue(settings.queue_size)
        self.in_hand: dict[Path, Delivery] = {}
        self.refused: dict[Path, str] = {}
        self.events: SimpleQueue[Path] = SimpleQueue()
        self.board = StatusBoard(tuple(i.station for i in inboxes), status_path)
        self.pause: Pause | None = None
        self.next_rescan = 0.0

    def run(self, stop: threading.Event, *, once: bool = False) -> Iterator[Handled]:
        observers = start_observers(self.inboxes, self.events, self.settings.poll_seconds)
        try:
            yield from self._loop(stop, once)
            self.board.stopping()
            for handled in self.handler.drain():
                yield self._settle(handled)
        finally:
            stop_observers(observers)
            self._publish(force=True, running=False)

    def _loop(self, stop: threading.Event, once: bool) -> Iterator[Handled]:
        idle_rescans = 0
        while not stop.is_set():
            now = time.monotonic()
            self._drain_events(now)
            if now >= self.next_rescan:
                found = self._rescan(now)
                self.next_rescan = now + (
                    self.settings.stability_seconds / 2 if once else self.settings.rescan_seconds
                )
                idle_rescans = idle_rescans + 1 if not found and self._idle() else 0
            if not self._holding(now):
                self._take_stable(now)
                self._dispatch()
            for handled in self.handler.collect():
                idle_rescans = 0
                yield self._settle(handled)
            self._publish()
            if once and (idle_rescans >= 2 or self._holding(now)):
                return  # with --once a broken system ends the run; the files stay
            stop.wait(_TICK)

    def _holding(self, now: float) -> bool:
        return self.pause is not None and self.pause.holding(now)

    def _idle(self) -> bool:
        return not (len(self.tracker) or len(self.queue) or self.in_hand)

    def _drain_events(self, now: float) -> None:
        while True:
            try:
                path = self.events.get_nowait()
            except Empty:
                return
            if path in self.tracker:
                self.tracker.event(path, now)
            else:
                self._consider(path, now)

    def _rescan(self, now: float) -> int:
        """Catch-up: files that arrived while nobody watched, or whose events were missed."""
        found = 0
        for inbox in self.inboxes:
            for path in scan(inbox):
                if path not in self.tracker:
                    found += self._consider(path, now)
        return found

    def _consider(self, path: Path, now: float) -> int:
        """Start tracking ``path`` if it is a candidate; 1 if it is new to the tracker."""
        if path in self.in_hand or path in self.queue or path in self.refused:
            return 0
        inbox = inbox_of(self.inboxes, path)
        if inbox is None or path == inbox.root or path.name.startswith("."):
            return 0
        try:
            st = os.lstat(path)
        except OSError:
            return 0
        reason = refusal(st)
        if reason is not None:
            if not stat.S_ISDIR(st.st_mode):  # a new sub-folder is not refused, only walked
                self._refuse(inbox, path, reason)
            return 0
        if _ignored_path(inbox, path):
            return 0
        self.tracker.observe(path, st.st_size, st.st_mtime_ns, now)
        return 1

    def _refuse(self, inbox: Inbox, path: Path, reason: str) -> None:
        self.refused[path] = reason
        _log.warning("%s: se deja en la bandeja sin procesar: %s", path, reason)
        self.board.error(inbox.station, f"{path.name}: {reason}")

    def _take_stable(self, now: float) -> None:
        for path in self.tracker.paths():
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                self.tracker.forget(path)
                continue
            self.tracker.observe(path, st.st_size, st.st_mtime_ns, now)
        for path in self.tracker.stable(now):
            if self.queue.full():
                return
            if not _openable(path):
                self.tracker.event(path, now)  # still locked by its writer: wait again
                continue
            first_seen = self.tracker.first_seen(path) or now
            self.tracker.forget(path)
            self.queue.put(path, self._delivery(path, now - first_seen))

    def _delivery(self, path: Path, waited: float) -> Delivery:
        inbox = inbox_of(self.inboxes, path)
        assert inbox is not None
        st = path.stat()
        now = time.time()
        return Delivery(
            path=path,
            station=inbox.station,
            direction=direction_of(inbox, path, self.directions),
            separators=inbox.separators,
            size=st.st_size,
            mtime_ns=st.st_mtime_ns,
            stable_at=now,
            waited=round(waited, 3),
            arrived_at=arrival_time(st, now),
        )

    def _dispatch(self) -> None:
        while self.handler.capacity() > 0:
            delivery = self.queue.pop()
            if delivery is None:
                return
            self.in_hand[delivery.path] = delivery
            self.handler.submit(delivery)

    def _settle(self, handled: Handled) -> Handled:
        """The record or quarantine copy is durable: the inbox copy may go. A paused
        delivery stays in its inbox, to be taken again when the pause ends."""
        delivery = handled.delivery
        self.in_hand.pop(delivery.path, None)
        if handled.status == "paused":
            self._trip(handled.message)
            self._consider(delivery.path, time.monotonic())
            return handled
        if self.pause is not None and not self._holding(time.monotonic()):
            _log.warning("vigilante reanudado: %s ya no impide trabajar", self.pause.cause)
            self.pause = None
            self.board.resumed()
        _remove_if_unchanged(delivery)
        self.board.settled(handled)
        return handled

    def _trip(self, cause: str) -> None:
        """Pause (or, after a failed attempt, pause longer); a pause in force is kept."""
        now = time.monotonic()
        if self.pause is not None and self.pause.holding(now):
            return
        self.pause = pause_after(
            self.pause,
            cause,
            now=now,
            wall=time.time(),
            base=self.settings.pause_seconds,
            ceiling=self.settings.pause_max_seconds,
        )
        self.next_rescan = self.pause.resume_at  # a full rescan when the attempt comes
        _log.warning(
            "vigilante en pausa: %s Los archivos quedan en su bandeja; nuevo intento en %.0f s.",
            cause,
            self.pause.resume_at - now,
        )
        self.board.paused(self.pause.as_json())

    def _publish(self, *, force: bool = False, running: bool = True) -> None:
        waiting: dict[str, int] = {}
        for path in self.tracker.paths() + [d.path for d in self.queue.values()]:
            inbox = inbox_of(self.inboxes, path)
            if inbox is not None:
                waiting[inbox.station] = waiting.get(inbox.station, 0) + 1
        in_hand: dict[str, int] = {}
        for delivery in self.in_hand.values():
            in_hand[delivery.station] = in_hand.get(delivery.station, 0) + 1
        self.board.publish(waiting, in_hand, force=force, running=running)


def arrival_time(st: os.stat_result, now: float) -> float:
    """When a file arrived in its inbox: its inode's last change (``st_ctime``), which the
    kernel or file server sets when the file is written, moved in or touched, and which,
    unlike the modification time, no copy tool or scanner clock can set to the past; so a
    file that waits (a busy or paused watcher, a restart) keeps its arrival. Capped at
    ``now``: a file server whose clock runs ahead cannot date a file in the future."""
    return min(st.st_ctime, now)


def _ignored_path(inbox: Inbox, path: Path) -> bool:
    try:
        parts = path.relative_to(inbox.root).parts
    except ValueError:
        return True
    return any(ignored(part) for part in parts)


def _openable(path: Path) -> bool:
    """A file its writer still holds exclusively (Windows shares) cannot be opened yet."""
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError:
        return False
    return True


def _remove_if_unchanged(delivery: Delivery) -> None:
    """Remove the inbox file unless it was replaced meanwhile (then it is a new delivery)."""
    try:
        st = delivery.path.stat()
        if (st.st_size, st.st_mtime_ns) != (delivery.size, delivery.mtime_ns):
            _log.info("%s cambió después de tomarlo; queda para otra vuelta", delivery.path)
            return
        delivery.path.unlink()
        _fsync_dir(delivery.path.parent)
    except FileNotFoundError:
        return


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
