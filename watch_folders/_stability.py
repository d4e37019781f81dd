"""When is a file in an inbox complete? When it has been quiet for a whole window.

A scanner or a network copy writes a file in pieces. A file is *stable* once no event has
been seen for it and its size and modification time have not changed for ``window``
seconds. This is pure bookkeeping over observations; the service feeds it the events and
the ``stat`` results, and opens the file before trusting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    quiet_since: float  # last time anything changed
    first_seen: float


class StabilityTracker:
    def __init__(self, window: float) -> None:
        self.window = window
        self._files: dict[Path, _Seen] = {}

    def __len__(self) -> int:
        return len(self._files)

    def __contains__(self, path: Path) -> bool:
        return path in self._files

    def paths(self) -> list[Path]:
        return list(self._files)

    def event(self, path: Path, now: float) -> None:
        """Something happened to ``path``: its quiet period starts again."""
        seen = self._files.get(path)
        if seen is not None:
            seen.quiet_since = now

    def observe(self, path: Path, size: int, mtime_ns: int, now: float) -> None:
        """The current ``stat`` of ``path``; a change restarts its quiet period."""
        seen = self._files.get(path)
        if seen is None:
            self._files[path] = _Seen(size, mtime_ns, now, now)
        elif (seen.size, seen.mtime_ns) != (size, mtime_ns):
            seen.size, seen.mtime_ns, seen.quiet_since = size, mtime_ns, now

    def stable(self, now: float) -> list[Path]:
        """Paths quiet for the whole window, oldest first."""
        ready = [
            (s.first_seen, p) for p, s in self._files.items() if now - s.quiet_since >= self.window
        ]
        return [p for _first, p in sorted(ready)]

    def first_seen(self, path: Path) -> float | None:
        seen = self._files.get(path)
        return seen.first_seen if seen else None

    def forget(self, path: Path) -> None:
        self._files.pop(path, None)
