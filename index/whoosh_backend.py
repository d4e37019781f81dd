"""Whoosh implementation of the search backend (embedded default).

Whoosh allows one writer at a time; its lock makes other writers wait (up to
``write_timeout``), so concurrent ingests queue instead of failing. Under that lock a
document is never replaced by an older revision of itself.

The index is opened on first use: a damaged index stops only what needs it (searching,
indexing) with ``IndexUnavailable``, and ``rebuild`` starts it afresh.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path
from typing import Any

from whoosh import highlight, index, sorting
from whoosh.fields import DATETIME, ID, NUMERIC, TEXT, Schema
from whoosh.qparser import AndGroup, FieldAliasPlugin, MultifieldParser
from whoosh.query import And, DateRange, Every, NumericRange, Or, Query, Term
from whoosh.writing import CLEAR, LockError

from index.analysis import keyword_analyzer, spanish_analyzer
from index.backend import FACETS, IndexDocument, SearchBackend, SearchHit, SearchPage, SearchQuery
from index.errors import IndexUnavailable, SearchIndexError, broken, outdated
from index.terms import FIELDS, identifiers, rewrite_identifiers

_TEXT_FIELDS = ["subject", "content", "sender", "ids"]
# Written beside the segments; an index without it, or of another version, asks for a
# reindex. 2: the ids field (RUTs, registry numbers) and sortable facets; 3: series,
# station and review.
SCHEMA_VERSION = 3
_VERSION_FILE = "schema-version"


def _schema() -> Schema:
    analyzer = spanish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        registry_number=ID(stored=True),
        doc_type=ID(stored=True, sortable=True),
        direction=ID(stored=True),
        unit=ID(stored=True, sortable=True),
        year=NUMERIC(stored=True, sortable=True),
        doc_date=DATETIME(stored=True, sortable=True),
        ids=TEXT(analyzer=keyword_analyzer()),
        subject=TEXT(analyzer=analyzer, stored=True, field_boost=3.0),
        sender=TEXT(analyzer=analyzer, stored=True, field_boost=2.0),
        # chars: the highlighter finds matches from the index, without re-tokenising hits.
        content=TEXT(analyzer=analyzer, stored=True, chars=True),
        access=ID(stored=True),  # "publico" or "reservado"
        series=ID(),
        station=ID(),
        review=ID(),  # "por_revisar" or ""
        revision=NUMERIC(stored=True),
    )


class WhooshBackend(SearchBackend):
    def __init__(self, directory: Path, *, write_timeout: float = 300.0) -> None:
        self.directory = directory
        self.write_timeout = write_timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: set[Any] = set()
        self._opened: Any | None = None
        self._version_ok: bool | None = None

    @property
    def _ix(self) -> Any:
        """The index, opened (or, in an empty folder, created) on first use."""
        if self._opened is None:
            self._opened = _open(self.directory)
        return self._opened

    def ensure(self) -> None:
        """Open the index now, creating it in an empty folder (``IndexUnavailable`` if
        it is damaged)."""
        self._ix  # noqa: B018 - opening is the point

    @property
    def outdated(self) -> bool:
        """True for an index written by another version of its schema."""
        self._ix  # noqa: B018 - a damaged index raises IndexUnavailable here
        if self._version_ok is None:
            marker = self.directory / _VERSION_FILE
            written = marker.read_text().strip() if marker.exists() else ""
            self._version_ok = written == str(SCHEMA_VERSION)
        return not self._version_ok

    def _current(self) -> None:
        if self.outdated:
            raise outdated()

    def _writer(self) -> Any:
        ix = self._ix
        try:
            return ix.writer(timeout=self.write_timeout, delay=0.05)
        except LockError as exc:
            raise SearchIndexError(
                "El índice de búsqueda está ocupado por otro proceso desde hace demasiado tiempo."
            ) from exc
        except Exception as exc:
            raise broken(exc) from exc

    def add(self, docs: Iterable[IndexDocument]) -> int:
        """Write ``docs``, except those the index already holds at a newer revision."""
        self._current()
        taken = list(docs)  # read from the registry before the index is locked
        writer = self._writer()
        count = 0
        try:
            if "revision" not in writer.schema.names():  # an index of the previous version
                writer.add_field("revision", NUMERIC(stored=True))
            with writer.searcher() as held:
                for doc in taken:
                    if _revision_in(held, doc.id) > doc.revision:
                        continue  # written meanwhile from a later read of the record
                    writer.update_document(**_fields(doc))
                    count += 1
        except Exception as exc:
            writer.cancel()
            raise broken(exc) from exc
        writer.commit()
        return count

    def delete(self, ids: Iterable[int]) -> None:
        writer = self._writer()
        for doc_id in ids:
            writer.delete_by_term("id", str(doc_id))
        writer.commit()

    def rebuild(self, docs: Iterable[IndexDocument]) -> int:
        try:
            fresh = self.outdated  # a new schema: start from an empty index of this version
        except IndexUnavailable:
            fresh = True  # damaged: start afresh too
        if fresh:
            self.close()
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory.mkdir(parents=True, exist_ok=True)
            self._opened = _create(self.directory)
            self._version_ok = True
        writer = self._writer()
        count = 0
        try:
            for doc in docs:
                writer.add_document(**_fields(doc))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=CLEAR)  # drop earlier segments
        return count

    def find(self, query: SearchQuery) -> SearchPage:
        self._current()
        parsed = self._parse(query)
        options: dict[str, Any] = {"limit": query.offset + query.limit, "terms": True}
        if query.sort == "date":
            options["sortedby"] = sorting.FieldFacet("doc_date", reverse=True)
        if query.facets:
            options["groupedby"] = {f: sorting.FieldFacet(f) for f in FACETS}
            options["maptype"] = sorting.Count
        try:
            searcher = self._searcher()
            results = searcher.search(parsed, **options)
            results.fragmenter = highlight.PinpointFragmenter(
                maxchars=160, surround=60, autotrim=True
            )
            results.formatter = highlight.UppercaseFormatter()
            hits = tuple(_hit(h) for h in results[query.offset : query.offset + query.limit])
            facets = _facet_counts(results) if query.facets else None
            return SearchPage(hits=hits, total=len(results), facets=facets)
        except Exception as exc:  # a damaged segment fails in many ways while read
            raise broken(exc) from exc

    def _searcher(self) -> Any:
        """This thread's searcher, refreshed when the index changed: opening the segment
        files for every query costs more than the query (a searcher is not shared
        between threads)."""
        current = getattr(self._local, "searcher", None)
        if current is not None and current.up_to_date():
            return current
        # Not refresh(): it reuses the readers of unchanged segments, and a segment whose
        # documents were deleted keeps its id, so the old reader would still show them.
        fresh = self._ix.searcher()
        self._local.searcher = fresh
        with self._lock:
            if current is not None:
                self._open.discard(current)
                current.close()
            self._open.add(fresh)
        return fresh

    def _parse(self, query: SearchQuery) -> Query:
        parts: list[Query] = []
        if query.text.strip():
            parser = MultifieldParser(_TEXT_FIELDS, self._ix.schema, group=AndGroup)
            parser.add_plugin(FieldAliasPlugin(_ALIASES))
            parts.append(parser.parse(rewrite_identifiers(query.text)))
        if query.doc_type:
            parts.append(Term("doc_type", query.doc_type))
        if query.unit:
            parts.append(Term("unit", query.unit))
        for field in ("direction", "series", "station"):
            if getattr(query, field):
                parts.append(Term(field, getattr(query, field)))
        if query.pending_review:
            parts.append(Term("review", "por_revisar"))
        if query.year:
            parts.append(NumericRange("year", query.year, query.year))
        if query.date_from or query.date_to:
            start = datetime.combine(query.date_from, time.min) if query.date_from else None
            end = datetime.combine(query.date_to, time.max) if query.date_to else None
            parts.append(DateRange("doc_date", start, end))
        if query.reserved_units is not None:
            mine = [Term("unit", u) for u in query.reserved_units]
            parts.append(
                Or([Term("access", "publico"), *mine]) if mine else Term("access", "publico")
            )
        if not parts:
            return Every()
        return parts[0] if len(parts) == 1 else And(parts)

    def close(self) -> None:
        self._drop_searchers()
        self._version_ok = None
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def _drop_searchers(self) -> None:
        with self._lock:
            for searcher in self._open:
                searcher.close()
            self._open.clear()
        self._local = threading.local()

    def destroy(self) -> None:
        self.close()
        shutil.rmtree(self.directory, ignore_errors=True)


def _open(directory: Path) -> Any:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if index.exists_in(str(directory)):
            return index.open_dir(str(directory))
        return _create(directory)
    except Exception as exc:  # a damaged table of contents fails in many ways
        raise broken(exc) from exc


def _create(directory: Path) -> Any:
    created = index.create_in(str(directory), _schema())
    (directory / _VERSION_FILE).write_text(f"{SCHEMA_VERSION}\n")
    return created


# Field names a clerk may write (materia:, remitente:, unidad:, tipo:) for the schema's own.
_ALIASES: dict[str, list[str]] = {}
for _alias, _field in FIELDS.items():
    if _alias != _field:
        _ALIASES.setdefault(_field, []).append(_alias)


def _facet_counts(results: Any) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        groups = results.groups(facet)
        counts[facet] = {str(k): int(n) for k, n in groups.items() if k not in (None, "")}
    return counts


def _revision_in(searcher: Any, doc_id: int) -> int:
    stored = searcher.document(id=str(doc_id))
    return int(stored.get("revision") or 0) if stored else -1


def _fields(doc: IndexDocument) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": str(doc.id),
        "registry_number": doc.registry_number,
        "doc_type": doc.doc_type,
        "direction": doc.direction,
        "year": doc.year,
        "content": doc.content,
        "access": "reservado" if doc.reserved else "publico",
        "revision": doc.revision,
        "series": doc.series,
        "station": doc.station,
        "review": "por_revisar" if doc.pending_review else "",
    }
    if doc.unit:
        fields["unit"] = doc.unit
    if doc.doc_date:
        fields["doc_date"] = datetime.combine(doc.doc_date, time.min)
    fields["subject"] = doc.subject or ""
    fields["sender"] = doc.sender or ""
    everything = f"{fields['subject']}\n{fields['sender']}\n{doc.content}"
    fields["ids"] = f"{identifiers(everything)} {identifiers(doc.registry_number)}"
    return fields


def _hit(hit: Any) -> SearchHit:
    snippet = hit.highlights("content", top=2) or (hit.get("content") or "")[:160]
    stored_date = hit.get("doc_date")
    return SearchHit(
        id=int(hit["id"]),
        registry_number=hit["registry_number"],
        score=float(hit.score or 0.0),
        doc_type=hit["doc_type"],
        doc_date=stored_date.date() if isinstance(stored_date, datetime) else None,
        subject=hit.get("subject") or None,
        snippet=" ".join(snippet.split()),
    )
