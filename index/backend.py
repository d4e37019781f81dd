"""The search backend interface: what the rest of the system may ask of an index."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class IndexDocument:
    id: int
    registry_number: str
    doc_type: str
    direction: str
    unit: str | None
    year: int
    doc_date: date | None
    subject: str | None
    sender: str | None
    content: str
    reserved: bool = False
    series: str = ""  # the registry series (E, S, H...)
    station: str = ""  # where it came in: a scanning station, "web", "importacion"...
    pending_review: bool = False  # its labels still wait for a clerk (por revisar)
    # The record's revision when it was read: the index never replaces a document with an
    # older revision of it (a write that read the record before a correction loses).
    revision: int = 0


@dataclass(frozen=True, kw_only=True)
class SearchQuery:
    text: str = ""
    doc_type: str | None = None
    unit: str | None = None
    direction: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    year: int | None = None
    series: str | None = None
    station: str | None = None
    pending_review: bool = False  # True: only documents whose labels wait for a clerk
    limit: int = 20
    offset: int = 0  # hits skipped (page n of ``limit`` hits: offset = (n - 1) * limit)
    sort: str = "relevance"  # or "date": newest document date first
    facets: bool = False  # count the matches by doc_type, unit and year
    # None: every document; a tuple: reserved documents only of these units (maybe none).
    reserved_units: tuple[str, ...] | None = None


SORTS = ("relevance", "date")
FACETS = ("doc_type", "unit", "year")


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    id: int
    registry_number: str
    score: float
    doc_type: str
    doc_date: date | None
    subject: str | None
    snippet: str


@dataclass(frozen=True, kw_only=True)
class SearchPage:
    """One page of hits, how many match in all and (when asked) the counts by facet."""

    hits: tuple[SearchHit, ...]
    total: int
    facets: dict[str, dict[str, int]] | None = None  # facet -> value -> count


class SearchBackend(ABC):
    """Full-text index of the archive; it can always be rebuilt from the registry."""

    @abstractmethod
    def add(self, docs: Iterable[IndexDocument]) -> int:
        """Add or replace documents (by id); returns how many were written."""

    @abstractmethod
    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents by id."""

    @abstractmethod
    def find(self, query: SearchQuery) -> SearchPage:
        """One page of hits (best or newest first), the total and the facets asked for."""

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Best hits first."""
        return list(self.find(query).hits)

    @abstractmethod
    def rebuild(self, docs: Iterable[IndexDocument]) -> int:
        """Replace the whole index with ``docs`` (after an interrupted rebuild: with those
        and what ``partial_rebuild`` holds); returns how many were written now."""

    def partial_rebuild(self) -> dict[int, int]:
        """What an interrupted rebuild wrote (id -> revision); empty: it starts afresh."""
        return {}

    def ensure(self) -> None:  # noqa: B027 - optional hook
        """Create an empty index when there is none (``IndexUnavailable`` if damaged)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files or connections."""
