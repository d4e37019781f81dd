"""The contract between the watcher and whatever registers the files it takes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Delivery:
    """A stable file taken from an inbox, as it was when taken."""

    path: Path
    station: str
    direction: str | None
    separators: bool
    size: int
    mtime_ns: int
    stable_at: float  # wall-clock time it was judged stable
    waited: float  # seconds from first seen to stable
    # Wall-clock time the file arrived: the last change of its inode (st_ctime: the end
    # of its writing, or its move into the inbox), never later than ``stable_at``.
    arrived_at: float = 0.0


@dataclass(frozen=True, kw_only=True)
class Handled:
    """What became of a delivery, reported only once its record or quarantine copy is durable
    (the watcher then removes the inbox file)."""

    delivery: Delivery
    status: str  # registered | duplicate | quarantined
    message: str
    results: tuple[Any, ...] = ()  # the handler's own per-document results
    finished_at: float = 0.0

    @property
    def latency(self) -> float:
        """Seconds from 'file stable' to 'registered'."""
        return round(self.finished_at - self.delivery.stable_at, 3)


class Handler(ABC):
    """Takes deliveries and reports them back in the order given."""

    @abstractmethod
    def capacity(self) -> int:
        """How many more deliveries can be taken now without waiting."""

    @abstractmethod
    def submit(self, delivery: Delivery) -> None:
        """Start on a delivery; must not block on its processing."""

    @abstractmethod
    def collect(self) -> list[Handled]:
        """The deliveries finished since the last call, without waiting for unfinished ones."""

    @abstractmethod
    def drain(self) -> Iterator[Handled]:
        """Finish every delivery in hand (on shutdown), waiting as needed."""
