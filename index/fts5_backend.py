"""SQLite FTS5 implementation of the search backend: one file, no server, native phrases
and prefixes, filters and facets in SQL.

The index is its own SQLite file (a plain path: ``index/`` never touches the registry
database), so a damaged index never harms the registry and ``partes reindex`` can always
drop it. Two tables: ``docs`` (one row per document: the values filtered, sorted and
counted by, the revision, the original text compressed for snippets) and ``fts`` (FTS5:
the text as folded Spanish stems, computed here in Python with the same Snowball stemmer
the Whoosh backend uses, then ``unicode61 remove_diacritics 2`` as a second fold).

``PRAGMA user_version`` holds the schema version: an index of another version (or a
missing file, as after switching backends) asks for «partes reindex» instead of failing.
A rebuild is resumable: it writes new tables in committed batches and swaps them in at the
end (``rebuild``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from index.backend import FACETS, IndexDocument, SearchBackend, SearchHit, SearchPage, SearchQuery
from index.errors import REBUILD, IndexUnavailable, QueryError, SearchIndexError, broken, outdated
from index.fts5_query import match_expression
from index.fts5_rows import Rows, analysed, rows_of
from index.snippets import pattern_of, snippet
from index.terms import parse

SCHEMA_VERSION = 4  # 2: series, station, review; 3: facet keys; 4: word pairs


def _tables(suffix: str = "") -> list[str]:
    """The tables (``suffix``: those of a rebuild in progress, renamed when it ends)."""
    return [
        f"""CREATE TABLE docs{suffix} (
            id INTEGER PRIMARY KEY, registry_number TEXT NOT NULL, doc_type TEXT NOT NULL,
            direction TEXT NOT NULL, unit TEXT, year INTEGER NOT NULL, doc_date TEXT,
            reserved INTEGER NOT NULL, revision INTEGER NOT NULL, subject TEXT,
            series TEXT NOT NULL, station TEXT NOT NULL, review INTEGER NOT NULL,
            facet INTEGER NOT NULL)""",
        f"CREATE TABLE texts{suffix} (id INTEGER PRIMARY KEY, content BLOB)",
        f"""CREATE VIRTUAL TABLE fts{suffix} USING fts5 (
            subject, sender, content, ids, unit, doc_type, pairs,
            tokenize = "unicode61 remove_diacritics 2 tokenchars '_'")""",
    ]


# Each document's (doc_type, unit, year) as one small integer: counting a query's matches
# by facet groups one integer per match instead of three strings (half the time of a
# word found in every document). Keys are never reused nor removed; rebuilds share them.
_FACETS = """CREATE TABLE IF NOT EXISTS facets (
    key INTEGER PRIMARY KEY, doc_type TEXT NOT NULL, unit TEXT NOT NULL, year INTEGER NOT NULL,
    UNIQUE (doc_type, unit, year))"""
# Made after the rows are in: a bulk load is faster without them.
_INDEXES = (
    "CREATE INDEX docs_type ON docs (doc_type, doc_date)",
    "CREATE INDEX docs_unit ON docs (unit, doc_date)",
    "CREATE INDEX docs_year ON docs (year, doc_date)",
    "CREATE INDEX docs_date ON docs (doc_date, id)",
)
# A rebuild writes these, committing every REBUILD_BATCH documents: an interrupted rebuild
# goes on where it stopped, and searches use the old tables until the new ones replace them.
_BUILDING = "_nuevo"
REBUILD_BATCH = 2000
_NAMES = ("docs", "texts", "fts")
# Column weights of bm25: subject, sender, content, ids, unit, doc_type, pairs.
RANK_WINDOW = 5_000
_RANK = "bm25(fts, 3.0, 2.0, 1.0, 1.0, 0.0, 0.0, 1.0)"
_COLUMNS = "docs.id, docs.registry_number, docs.doc_type, docs.doc_date, docs.subject"


class Fts5Backend(SearchBackend):
    def __init__(self, path: Path, *, write_timeout: float = 300.0) -> None:
        self.path = path
        self.write_timeout = write_timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    # --- connections -------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=self.write_timeout, isolation_level=None, check_same_thread=False
        )
        # Before anything is written to a new file (later: no effect): a rebuild's old
        # tables are given back to the disk, not left as free pages the size of the index.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # the index can always be rebuilt
        conn.execute("PRAGMA cache_size = -32000")
        with self._lock:
            self._all.append(conn)
        return conn

    def _conn(self, *, create: bool = False) -> sqlite3.Connection:
        """This thread's connection to a current index (``IndexUnavailable`` otherwise)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.exists() and not create:
                raise IndexUnavailable(f"El índice de búsqueda no existe todavía. {REBUILD}")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                conn = self._connect()
                if create and _version(conn) == 0 and not _has_tables(conn):
                    _create(conn)
            except sqlite3.DatabaseError as exc:
                raise broken(exc) from exc
            self._local.conn = conn
        return conn

    def _current(self) -> sqlite3.Connection:
        conn = self._conn()
        try:
            version = _version(conn)
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc
        if version != SCHEMA_VERSION:
            raise outdated()
        return conn

    def ensure(self) -> None:
        """Create an empty index when there is none (``IndexUnavailable`` if damaged)."""
        self._conn(create=True)

    @property
    def outdated(self) -> bool:
        return _version(self._conn()) != SCHEMA_VERSION

    @contextmanager
    def _writing(self, conn: sqlite3.Connection) -> Iterator[None]:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise SearchIndexError(
                "El índice de búsqueda está ocupado por otro proceso desde hace demasiado tiempo."
            ) from exc
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # --- writing -----------------------------------------------------------------------

    def add(self, docs: Iterable[IndexDocument]) -> int:
        """Write ``docs``, except those the index already holds at a newer revision."""
        taken = list(docs)  # read from the registry before the index is locked
        conn = self._current()
        count = 0
        try:
            with self._writing(conn):
                for doc in taken:
                    row = conn.execute("SELECT revision FROM docs WHERE id = ?", (doc.id,))
                    held = row.fetchone()
                    if held is not None and held[0] > doc.revision:
                        continue  # written meanwhile from a later read of the record
                    _write(conn, rows_of(doc), replace=held is not None)
                    count += 1
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc
        return count

    def delete(self, ids: Iterable[int]) -> None:
        conn = self._current()
        with self._writing(conn):
            for doc_id in ids:
                conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
                conn.execute("DELETE FROM texts WHERE id = ?", (doc_id,))
                conn.execute("DELETE FROM fts WHERE rowid = ?", (doc_id,))

    def partial_rebuild(self) -> dict[int, int]:
        """Documents (id -> revision) an interrupted rebuild of this schema already wrote."""
        try:
            conn = self._conn()
            if _building_version(conn) != SCHEMA_VERSION:
                return {}
            rows = conn.execute(f"SELECT id, revision FROM docs{_BUILDING}")
            return {int(i): int(r) for i, r in rows}
        except (IndexUnavailable, sqlite3.DatabaseError):
            return {}

    def rebuild(self, docs: Iterable[IndexDocument]) -> int:
        """Write ``docs`` into new tables in committed batches, then put them in place of the
        old ones in one transaction (readers see the old index until then). After an
        interruption, ``docs`` are those not in ``partial_rebuild()``: the rebuild goes on."""
        conn = self._for_rebuild()
        with self._writing(conn):
            if _building_version(conn) != SCHEMA_VERSION:  # none, or of another schema
                _drop(conn, _BUILDING)
                for statement in _tables(_BUILDING):
                    conn.execute(statement)
                conn.execute(_FACETS)
                conn.execute(f"CREATE TABLE rebuild{_BUILDING} (version INTEGER NOT NULL)")
                conn.execute(f"INSERT INTO rebuild{_BUILDING} VALUES ({SCHEMA_VERSION})")
        count = 0
        batch: list[Rows] = []
        for rows in analysed(docs):
            batch.append(rows)
            if len(batch) >= REBUILD_BATCH:
                count += self._write_batch(conn, batch)
                batch = []
        count += self._write_batch(conn, batch)
        with self._writing(conn):
            conn.execute(f"INSERT INTO fts{_BUILDING} (fts{_BUILDING}) VALUES ('optimize')")
            _drop(conn, "")
            for name in _NAMES:
                conn.execute(f"ALTER TABLE {name}{_BUILDING} RENAME TO {name}")
            conn.execute(f"DROP TABLE rebuild{_BUILDING}")
            for statement in _INDEXES:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # executescript steps it to the end (execute() frees one page per call)
        conn.executescript("PRAGMA incremental_vacuum;")  # the old tables back to the disk
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def _for_rebuild(self) -> sqlite3.Connection:
        """A connection to the index file; a damaged one is started afresh."""
        try:
            conn = self._conn(create=True)
            _version(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except (IndexUnavailable, sqlite3.DatabaseError):
            self.destroy()
            return self._conn(create=True)

    def _write_batch(self, conn: sqlite3.Connection, batch: list[Rows]) -> int:
        if batch:
            with self._writing(conn):
                for rows in batch:
                    _write(conn, rows, replace=False, suffix=_BUILDING)
        return len(batch)

    # --- reading -----------------------------------------------------------------------

    def find(self, query: SearchQuery) -> SearchPage:
        conn = self._current()
        tree = parse(query.text) if query.text.strip() else None
        match = match_expression(tree) if tree is not None else None
        where, params = _filters(query)
        only_match = match is not None and not where
        if match is not None:
            source = "fts JOIN docs ON docs.id = fts.rowid"
            where.insert(0, "fts MATCH ?")
            params.insert(0, match)
        else:
            source = "docs"
        clause = " AND ".join(where) or "1"
        try:
            if query.facets:  # one pass counts the total and every facet
                counted, facets = _facets(conn, source, clause, params)
            else:
                counting = "fts WHERE fts MATCH ?" if only_match else f"{source} WHERE {clause}"
                total = conn.execute(f"SELECT count(*) FROM {counting}", params).fetchone()
                counted, facets = int(total[0]), None
            ranked, ranked_params = clause, params
            if match is not None and query.sort != "date" and counted > RANK_WINDOW:
                floor = _rank_floor(conn, match)
                if floor is not None:
                    ranked, ranked_params = f"{clause} AND fts.rowid >= ?", [*params, floor]
            rows = conn.execute(
                _page_sql(source, ranked, query.sort, match is not None),
                [*ranked_params, query.limit, query.offset],
            ).fetchall()
            texts = _texts(conn, [r[0] for r in rows])
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "syntax" in str(exc):
                raise QueryError(f"No se entiende la búsqueda «{query.text}».") from exc
            raise broken(exc) from exc
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc
        pattern = pattern_of(tree)
        hits = tuple(_hit(row, texts.get(row[0], ""), pattern) for row in rows)
        return SearchPage(hits=hits, total=counted, facets=facets)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    def destroy(self) -> None:
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


def _create(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    for statement in (*_tables(), *_INDEXES, _FACETS):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


def _building_version(conn: sqlite3.Connection) -> int | None:
    """The schema version of the rebuild in progress (None: there is none)."""
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = ?", (f"rebuild{_BUILDING}",)
    ).fetchone()
    if not found[0]:
        return None
    row = conn.execute(f"SELECT version FROM rebuild{_BUILDING}").fetchone()
    return int(row[0]) if row else None


def _drop(conn: sqlite3.Connection, suffix: str) -> None:
    for name in (*_NAMES, "rebuild"):
        conn.execute(f"DROP TABLE IF EXISTS {name}{suffix}")


def _write(conn: sqlite3.Connection, rows: Rows, *, replace: bool, suffix: str = "") -> None:
    if replace:
        conn.execute(f"DELETE FROM fts{suffix} WHERE rowid = ?", (rows.docs[0],))
    conn.execute(
        f"INSERT OR REPLACE INTO docs{suffix} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*rows.docs, _facet_key(conn, rows.docs[2], rows.docs[4], rows.docs[5])),
    )
    conn.execute(f"INSERT OR REPLACE INTO texts{suffix} VALUES (?, ?)", rows.text)
    conn.execute(
        f"INSERT INTO fts{suffix} (rowid, subject, sender, content, ids, unit, doc_type, pairs) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.fts,
    )


def _filters(query: SearchQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("doc_type", query.doc_type),
        ("unit", query.unit),
        ("direction", query.direction),
        ("year", query.year),
        ("series", query.series),
        ("station", query.station),
    ):
        if value:
            where.append(f"docs.{column} = ?")
            params.append(value)
    if query.pending_review:
        where.append("docs.review = 1")
    if query.date_from:
        where.append("docs.doc_date >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        where.append("docs.doc_date <= ?")
        params.append(query.date_to.isoformat())
    if query.reserved_units is not None:
        marks = ", ".join("?" for _ in query.reserved_units)
        where.append(f"(docs.reserved = 0 OR docs.unit IN ({marks}))")
        params.extend(query.reserved_units)
    return where, params


def _facet_key(conn: sqlite3.Connection, doc_type: str, unit: str | None, year: int) -> int:
    values = (doc_type, unit or "", year)
    conn.execute("INSERT OR IGNORE INTO facets (doc_type, unit, year) VALUES (?, ?, ?)", values)
    found = conn.execute(
        "SELECT key FROM facets WHERE doc_type = ? AND unit = ? AND year = ?", values
    ).fetchone()
    return int(found[0])


def _facets(
    conn: sqlite3.Connection, source: str, clause: str, params: list[Any]
) -> tuple[int, dict[str, dict[str, int]]]:
    """The total and the counts by each facet, from one evaluation of the match."""
    grouped = conn.execute(
        f"SELECT docs.facet, count(*) FROM {source} WHERE {clause} GROUP BY docs.facet", params
    ).fetchall()
    keys = {k: (t, u, y) for k, t, u, y in conn.execute("SELECT * FROM facets")}
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    total = 0
    for key, n in grouped:
        total += n
        for facet, value in zip(FACETS, keys[key], strict=True):
            if value != "":
                text = str(value)
                counts[facet][text] = counts[facet].get(text, 0) + n
    return total, counts


def _rank_floor(conn: sqlite3.Connection, match: str) -> int | None:
    """The oldest document ranked when more than ``RANK_WINDOW`` match (None: all are).

    bm25 is computed for every matching row; a word in every letterhead would cost
    ~1 µs per document of the archive. A query that broad is ranked among the newest
    ``RANK_WINDOW`` matches (ids follow registration); counts and facets stay exact."""
    row = conn.execute(
        "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW - 1),
    ).fetchone()
    return int(row[0]) if row else None


def _page_sql(source: str, clause: str, sort: str, matched: bool) -> str:
    if sort == "date":
        order = "docs.doc_date DESC, docs.id DESC"
    else:
        order = _RANK if matched else "docs.id"
    score = f"-{_RANK}" if matched else "0.0"
    return (
        f"SELECT {_COLUMNS}, {score} FROM {source} WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?"
    )


def _texts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    """The original text of the hits shown, for their snippets."""
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT id, content FROM texts WHERE id IN ({marks})", ids)
    return {i: zlib.decompress(c).decode("utf-8") for i, c in rows if c}


def _hit(row: tuple[Any, ...], text: str, pattern: re.Pattern[str] | None) -> SearchHit:
    doc_id, number, doc_type, doc_date, subject, score = row
    return SearchHit(
        id=doc_id,
        registry_number=number,
        score=float(score),
        doc_type=doc_type,
        doc_date=date.fromisoformat(doc_date) if doc_date else None,
        subject=subject or None,
        snippet=snippet(text, pattern),
    )
