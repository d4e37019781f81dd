"""A bounded work queue that holds each path once."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class WorkQueue(Generic[K, V]):
    """First in, first out; ``put`` of a key already queued is a no-op, and a full queue
    refuses (the file stays in its inbox and is offered again later)."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._items: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: K) -> bool:
        return key in self._items

    def full(self) -> bool:
        return len(self._items) >= self.capacity

    def put(self, key: K, value: V) -> bool:
        """True if ``key`` is (now) queued; False if the queue is full."""
        if key in self._items:
            return True
        if self.full():
            return False
        self._items[key] = value
        return True

    def pop(self) -> V | None:
        if not self._items:
            return None
        _key, value = self._items.popitem(last=False)
        return value

    def values(self) -> list[V]:
        return list(self._items.values())
