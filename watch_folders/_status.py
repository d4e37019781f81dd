"""What the watcher is doing, per station, in a JSON file that ``partes status`` reads."""

from __future__ import annotations

import json
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watch_folders._handler import Handled

_EVERY = 1.0
_KEEP = 10


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
        self._written = 0.0

    def settled(self, handled: Handled) -> None:
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

    def snapshot(
        self, waiting: dict[str, int], in_hand: dict[str, int], running: bool
    ) -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "state": self.state if running else "detenido",
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
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)


def read_status(path: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data
