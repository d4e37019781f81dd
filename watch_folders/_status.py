"""What the watcher is doing, per station, in a JSON file that ``partes status`` reads.

The file is replaced atomically; when the disk is full (the moment the operator most needs
to read why the watcher paused) it is overwritten in place instead, within the space it
already has: it is always written padded with spaces to a whole number of blocks.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watch_folders._handler import Handled

_EVERY = 1.0
_KEEP = 10
_BLOCK = 16384
_log = logging.getLogger(__name__)


@dataclass
class _Station:
    counts: dict[str, int] = field(default_factory=dict)
    last: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=_KEEP))
    errors: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=_KEEP))


class StatusBoard:
    def __init__(self, stations: tuple[str, ...], path: Path | None) -> None:
        self.path = path
        self.started = time.time()
        self.stations = {code: _Station() for code in stations}
        self.state = "vigilando"
        self.pause: dict[str, Any] | None = None
        self._written = 0.0

    def settled(self, handled: Handled) -> None:
        if handled.status == "paused":
            return
        station = self.stations[handled.delivery.station]
        station.counts[handled.status] = station.counts.get(handled.status, 0) + 1
        entry = {
            "at": handled.finished_at,
            "file": handled.delivery.path.name,
            "status": handled.status,
            "message": handled.message,
            "latency": handled.latency,
        }
        station.last.append(entry)
        if handled.status == "quarantined":
            station.errors.append(entry)

    def error(self, code: str, message: str) -> None:
        self.stations[code].errors.append({"at": time.time(), "message": message})

    def stopping(self) -> None:
        self.state = "terminando"

    def paused(self, pause: dict[str, Any]) -> None:
        self.pause = pause
        self._written = 0.0  # published at once

    def resumed(self) -> None:
        self.pause = None
        self._written = 0.0

    def snapshot(
        self, waiting: dict[str, int], in_hand: dict[str, int], running: bool
    ) -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "state": _state(self.state, self.pause, running),
            "pause": self.pause if running else None,
            "started_at": self.started,
            "updated_at": time.time(),
            "stations": {
                code: {
                    "waiting": waiting.get(code, 0),
                    "in_process": in_hand.get(code, 0),
                    "counts": dict(s.counts),
                    "last": list(s.last),
                    "errors": list(s.errors),
                }
                for code, s in self.stations.items()
            },
        }

    def publish(
        self, waiting: dict[str, int], in_hand: dict[str, int], *, force: bool, running: bool
    ) -> None:
        now = time.monotonic()
        if self.path is None or (not force and now - self._written < _EVERY):
            return
        self._written = now
        data = self.snapshot(waiting, in_hand, running)
        try:
            write_status(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            _log.warning("no se pudo escribir el estado del vigilante: %s", exc.strerror)


def _state(state: str, pause: dict[str, Any] | None, running: bool) -> str:
    if not running:
        return "detenido"
    return "en pausa" if pause is not None and state == "vigilando" else state


def write_status(path: Path, text: str) -> None:
    """Replace ``path`` atomically; if the disk cannot take a new file, overwrite it in
    place when the text fits in its padded size."""
    raw = text.encode("utf-8")
    padded = raw + b" " * (-len(raw) % _BLOCK)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(padded)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        if not path.exists() or len(raw) > path.stat().st_size:
            raise
        with path.open("r+b") as handle:
            handle.write(raw + b" " * (path.stat().st_size - len(raw)))


def read_status(path: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data
