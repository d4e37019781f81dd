"""The watcher's pause: the system (not a file) is broken, so nothing is taken from the
inboxes until a later attempt, each one waiting twice as long as the last, up to a ceiling.

Pure: the service gives the clocks and keeps the current ``Pause``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Pause:
    cause: str  # Spanish, as the pipeline said it
    since: float  # wall-clock time of the first failure of this episode
    attempts: int  # failed attempts in a row
    resume_at: float  # monotonic time of the next attempt
    retry_at: float  # the same instant on the wall clock, for people

    def holding(self, now: float) -> bool:
        """True while the files must be left alone."""
        return now < self.resume_at

    def as_json(self) -> dict[str, object]:
        return {
            "cause": self.cause,
            "since": self.since,
            "attempts": self.attempts,
            "retry_at": self.retry_at,
        }


def backoff(attempts: int, *, base: float, ceiling: float) -> float:
    """Seconds to wait after the ``attempts``-th failure in a row: base, 2·base, 4·base..."""
    return float(min(ceiling, base * 2.0 ** max(0, attempts - 1)))


def pause_after(
    previous: Pause | None, cause: str, *, now: float, wall: float, base: float, ceiling: float
) -> Pause:
    """The pause after a failure; ``previous`` is the episode's pause, if one was tried."""
    attempts = 1 if previous is None else previous.attempts + 1
    delay = backoff(attempts, base=base, ceiling=ceiling)
    return Pause(
        cause=cause,
        since=wall if previous is None else previous.since,
        attempts=attempts,
        resume_at=now + delay,
        retry_at=wall + delay,
    )
