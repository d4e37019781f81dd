"""SQLite FTS5 implementation of the search backend: no server, native phrases and
prefixes, filters and facets in SQL.

The index is its own SQLite files (``index/`` never touches the registry database), so a
damaged index never harms the registry and ``partes reindex`` can always drop it. Two
tables: ``docs`` (one row per document: the values filtered, sorted and counted by, the
revision, the original text compressed for snippets) and ``fts`` (FTS5: the text as folded
Spanish stems, computed here in Python with the same Snowball stemmer the Whoosh backend
uses, then ``unicode61 remove_diacritics 2`` as a second fold).

The configured path is a small catalogue naming the live generation, a file beside it
(``fts5_files``); the catalogue's ``PRAGMA user_version`` holds the schema version: an
index of another version (or a missing file, as after switching backends) asks for
«partes reindex» instead of failing. A rebuild is resumable: it writes a new generation in
committed batches and puts it in place at the end (``rebuild``).
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
from typing import Any, cast

from index import fts5_files as files
from index.backend import FACETS, IndexDocument, SearchBackend, SearchHit, SearchPage, SearchQuery
from index.errors import REBUILD, IndexUnavailable, QueryError, SearchIndexError, broken, outdated
from index.fts5_query import match_expression
from index.fts5_rows import Rows, analysed, rows_of
from index.fts5_write import (
    FACETS_TABLE,
    INDEXES,
    begin,
    building_version,
    carry,
    tables,
    write,
)
from index.snippets import pattern_of, snippet
from index.terms import parse

SCHEMA_VERSION = 6  # 2: series, station, review; 3: facet keys; 4: word pairs; 5: generations;
# 6: facet_of


# A rebuild writes a new generation, committing every REBUILD_BATCH documents: an
# interrupted rebuild goes on where it stopped, and searches use the live generation until
# the new one replaces it.
REBUILD_BATCH = 2000
# Column weights of bm25: subject, sender, content, ids, unit, doc_type, pairs.
RANK_WINDOW = 5_000
_RANK = "bm25(fts, 3.0, 2.0, 1.0, 1.0, 0.0, 0.0, 1.0)"
_COLUMNS = "docs.id, docs.registry_number, docs.doc_type, docs.doc_date, docs.subject"


class Fts5Backend(SearchBackend):
    def __init__(self, path: Path, *, write_timeout: float = 300.0) -> None:
        self.path = path  # the catalogue; the generations are files beside it
        self.write_timeout = write_timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    # --- connections -------------------------------------------------------------------

    def _connect(self, path: Path, *, create: bool = False) -> sqlite3.Connection:
        conn = files.connect(path, timeout=self.write_timeout, create=create)
        with self._lock:
            self._all.append(conn)
        return conn

    def _forget(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if conn in self._all:
                self._all.remove(conn)
        conn.close()

    def _catalogue(self, *, create: bool = False) -> sqlite3.Connection:
        """This thread's connection to the catalogue (``IndexUnavailable`` if there is none)."""
        conn: sqlite3.Connection | None = getattr(self._local, "cat", None)
        if conn is None:
            if not self.path.exists() and not create:
                raise IndexUnavailable(f"El índice de búsqueda no existe todavía. {REBUILD}")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                conn = self._connect(self.path, create=True)
            except sqlite3.DatabaseError as exc:
                raise broken(exc) from exc
            self._local.cat = conn
        return conn

    def _live(self) -> tuple[int, str | None]:
        try:
            return files.live(self._catalogue())
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc

    def _current(self) -> sqlite3.Connection:
        """This thread's connection to the live generation, reopened after a rebuild."""
        for _ in range(3):
            version, name = self._live()
            if version != SCHEMA_VERSION or name is None:
                raise outdated()
            if getattr(self._local, "gen", None) == name:
                return cast(sqlite3.Connection, self._local.conn)
            if getattr(self._local, "conn", None) is not None:
                self._forget(self._local.conn)
                self._local.conn = self._local.gen = None
            try:
                self._local.conn = self._connect(files.generation(self.path, name))
            except sqlite3.OperationalError:
                continue  # put out of place by a rebuild since the catalogue was read
            except sqlite3.DatabaseError as exc:
                raise broken(exc) from exc
            self._local.gen = name
            return cast(sqlite3.Connection, self._local.conn)
        raise broken(sqlite3.OperationalError("generación del índice inexistente"))

    def ensure(self) -> None:
        """Create an empty index when there is none (``IndexUnavailable`` if damaged)."""
        conn = self._catalogue(create=True)
        try:
            version, name = files.live(conn)
            if version == 0 and name is None and files.is_catalogue(conn):
                self._put_in_place(self._build_empty(), conn, None)
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc

    @property
    def outdated(self) -> bool:
        version, name = self._live()
        return version != SCHEMA_VERSION or name is None

    @contextmanager
    def _writing(self, conn: sqlite3.Connection) -> Iterator[None]:
        begin(conn)
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def _writing_live(self) -> Iterator[sqlite3.Connection]:
        """The live generation, its write lock held: a rebuild puts its generation in place
        holding the same lock, so a write lands in the generation the catalogue names."""
        for _ in range(3):
            conn = self._current()
            begin(conn)
            if self._live()[1] == self._local.gen:
                break
            conn.execute("ROLLBACK")
        else:
            raise SearchIndexError("El índice de búsqueda cambió mientras se escribía en él.")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # --- writing -----------------------------------------------------------------------

    def add(self, docs: Iterable[IndexDocument]) -> int:
        """Write ``docs``, except those the index already holds at a newer revision."""
        taken = list(docs)  # read from the registry before the index is locked
        count = 0
        try:
            with self._writing_live() as conn:
                for doc in taken:
                    row = conn.execute("SELECT revision FROM docs WHERE id = ?", (doc.id,))
                    held = row.fetchone()
                    if held is not None and held[0] > doc.revision:
                        continue  # written meanwhile from a later read of the record
                    write(conn, rows_of(doc), replace=held is not None)
                    count += 1
        except sqlite3.DatabaseError as exc:
            raise broken(exc) from exc
        return count

    def delete(self, ids: Iterable[int]) -> None:
        with self._writing_live() as conn:
            for doc_id in ids:
                conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
                conn.execute("DELETE FROM texts WHERE id = ?", (doc_id,))
                conn.execute("DELETE FROM facet_of WHERE id = ?", (doc_id,))
                conn.execute("DELETE FROM fts WHERE rowid = ?", (doc_id,))

    def partial_rebuild(self) -> dict[int, int]:
        """Documents (id -> revision) an interrupted rebuild of this schema already wrote."""
        building = files.generation(self.path, files.BUILDING)
        if not building.exists():
            return {}
        try:
            conn = files.connect(building, timeout=self.write_timeout, create=False)
            try:
                if building_version(conn) != SCHEMA_VERSION:
                    return {}
                return {int(i): int(r) for i, r in conn.execute("SELECT id, revision FROM docs")}
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return {}

    def rebuild(self, docs: Iterable[IndexDocument]) -> int:
        """Write ``docs`` into a new generation in committed batches, then put it in place of
        the live one (readers see the old index until then). After an interruption, ``docs``
        are those not in ``partial_rebuild()``: the rebuild goes on."""
        catalogue = self._for_rebuild()
        building = files.generation(self.path, files.BUILDING)
        conn = self._building(building, self._newest())
        try:
            count = self._write_all(conn, docs)
            since = conn.execute("SELECT since FROM rebuild").fetchone()[0]
            with self._writing(conn):
                conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
                for statement in INDEXES:
                    conn.execute(statement)
                conn.execute("DROP TABLE rebuild")
        except BaseException:
            self._forget(conn)  # what was committed stays, for the rebuild to go on
            raise
        self._put_in_place(self._finished(conn, building), catalogue, since)
        return count

    def _newest(self) -> int | None:
        """The newest document of the live generation (None: none of this schema)."""
        try:
            row = self._current().execute("SELECT max(id) FROM docs").fetchone()
        except (SearchIndexError, sqlite3.DatabaseError):
            return None
        return int(row[0] or 0)

    def _write_all(self, conn: sqlite3.Connection, docs: Iterable[IndexDocument]) -> int:
        count = 0
        batch: list[Rows] = []
        for rows in analysed(docs):
            batch.append(rows)
            if len(batch) >= REBUILD_BATCH:
                count += self._write_batch(conn, batch)
                batch = []
        return count + self._write_batch(conn, batch)

    def _for_rebuild(self) -> sqlite3.Connection:
        """The catalogue; a damaged one, or an index of the one-file layout, starts afresh."""
        try:
            conn = self._catalogue(create=True)
            files.live(conn)
            if files.is_catalogue(conn):
                return conn
        except (IndexUnavailable, sqlite3.DatabaseError):
            pass
        self.destroy()
        return self._catalogue(create=True)

    def _building(self, building: Path, since: int | None) -> sqlite3.Connection:
        """The generation being built: the one an interrupted rebuild left, or a new one
        (``since``: the live generation's newest document when the rebuild began)."""
        if building.exists():
            try:
                conn = self._connect(building)
                if building_version(conn) == SCHEMA_VERSION:
                    return conn
                self._forget(conn)
            except sqlite3.DatabaseError:
                pass
            files.remove(building)
        conn = self._connect(building, create=True)
        with self._writing(conn):
            for statement in (*tables(), FACETS_TABLE):
                conn.execute(statement)
            conn.execute("CREATE TABLE rebuild (version INTEGER NOT NULL, since INTEGER)")
            conn.execute("INSERT INTO rebuild VALUES (?, ?)", (SCHEMA_VERSION, since))
        return conn

    def _build_empty(self) -> str:
        building = files.generation(self.path, files.BUILDING)
        files.remove(building)
        conn = self._connect(building, create=True)
        with self._writing(conn):
            for statement in (*tables(), *INDEXES, FACETS_TABLE):
                conn.execute(statement)
        return self._finished(conn, building)

    def _finished(self, conn: sqlite3.Connection, building: Path) -> str:
        """The built file, closed and named as a new generation; returns its name."""
        conn.execute("PRAGMA journal_mode = DELETE")  # its -wal written back and removed
        self._forget(conn)
        name = files.next_name(self.path)
        files.put_built(building, files.generation(self.path, name))
        return name

    def _put_in_place(self, name: str, catalogue: sqlite3.Connection, since: int | None) -> None:
        """Make ``name`` the live generation and delete the others. The live one's write
        lock is held meanwhile; what it received during the rebuild (documents after
        ``since``, newer revisions) is carried over."""
        version, old = files.live(catalogue)
        old_path = files.generation(self.path, old) if old else None
        held = None
        if since is not None and version == SCHEMA_VERSION and old_path and old_path.exists():
            held = self._connect(old_path)
            begin(held)
            carry(files.generation(self.path, name), old_path, since, self.write_timeout)
        try:
            files.set_live(catalogue, name, SCHEMA_VERSION)
        finally:
            if held is not None:
                held.execute("ROLLBACK")
                self._forget(held)
        keep = {files.generation(self.path, n).name for n in (name, files.BUILDING)}
        for path in files.others(self.path):
            if path.name not in keep:
                files.remove(path)

    def _write_batch(self, conn: sqlite3.Connection, batch: list[Rows]) -> int:
        if batch:
            with self._writing(conn):
                for rows in batch:
                    write(conn, rows, replace=False)
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
                counted, facets = _facets(conn, source, clause, params, only_match)
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
        for path in files.others(self.path):
            files.remove(path)
        files.remove(self.path)


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


def _facets(
    conn: sqlite3.Connection, source: str, clause: str, params: list[Any], only_match: bool
) -> tuple[int, dict[str, dict[str, int]]]:
    """The total and the counts by each facet, from one evaluation of the match (words
    alone need no row of docs: the facet keys' own table is enough)."""
    if only_match:
        source, clause = "fts JOIN facet_of AS docs ON docs.id = fts.rowid", "fts MATCH ?"
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
