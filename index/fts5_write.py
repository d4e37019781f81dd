"""Writing the FTS5 index: its tables, one document's rows, a transaction that waits for
the write lock, and the documents carried from one generation into the next."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from index import fts5_files as files
from index.errors import SearchIndexError
from index.fts5_rows import Rows


def tables() -> list[str]:
    return [
        """CREATE TABLE docs (
            id INTEGER PRIMARY KEY, registry_number TEXT NOT NULL, doc_type TEXT NOT NULL,
            direction TEXT NOT NULL, unit TEXT, year INTEGER NOT NULL, doc_date TEXT,
            reserved INTEGER NOT NULL, revision INTEGER NOT NULL, subject TEXT,
            series TEXT NOT NULL, station TEXT NOT NULL, review INTEGER NOT NULL,
            facet INTEGER NOT NULL)""",
        "CREATE TABLE texts (id INTEGER PRIMARY KEY, content BLOB)",
        # Each document's facet key alone: counting a query's matches by facet looks up
        # one row per match in a table a small fraction of docs' size (150,000 documents:
        # the faceted queries' p50 56 -> 31 ms, p95 142 -> 81 ms, bench/search.py).
        "CREATE TABLE facet_of (id INTEGER PRIMARY KEY, facet INTEGER NOT NULL)",
        """CREATE VIRTUAL TABLE fts USING fts5 (
            subject, sender, content, ids, unit, doc_type, pairs,
            tokenize = "unicode61 remove_diacritics 2 tokenchars '_'")""",
    ]


# Each document's (doc_type, unit, year) as one small integer: counting a query's matches
# by facet groups one integer per match instead of three strings (half the time of a
# word found in every document). Keys are never reused nor removed within a generation.
FACETS_TABLE = """CREATE TABLE IF NOT EXISTS facets (
    key INTEGER PRIMARY KEY, doc_type TEXT NOT NULL, unit TEXT NOT NULL, year INTEGER NOT NULL,
    UNIQUE (doc_type, unit, year))"""
# Made after the rows are in: a bulk load is faster without them.
INDEXES = (
    "CREATE INDEX docs_type ON docs (doc_type, doc_date)",
    "CREATE INDEX docs_unit ON docs (unit, doc_date)",
    "CREATE INDEX docs_year ON docs (year, doc_date)",
    "CREATE INDEX docs_date ON docs (doc_date, id)",
)


def begin(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise SearchIndexError(
            "El índice de búsqueda está ocupado por otro proceso desde hace demasiado tiempo."
        ) from exc


def building_version(conn: sqlite3.Connection) -> int | None:
    """The schema version of the rebuild this file holds (None: it holds none)."""
    found = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'rebuild'").fetchone()
    if not found[0]:
        return None
    row = conn.execute("SELECT version FROM rebuild").fetchone()
    return int(row[0]) if row else None


_DOCS = (
    "id, registry_number, doc_type, direction, unit, year, doc_date, reserved, revision, "
    "subject, series, station, review"
)
_FTS = "rowid, subject, sender, content, ids, unit, doc_type, pairs"


def carry(new: Path, old: Path, since: int, timeout: float) -> None:
    """Into ``new``, the documents ``old`` received (after ``since``) or got at a newer
    revision while ``new`` was built: written meanwhile by ``add``, they would be lost with
    ``old``. One the registry no longer has is not brought back."""
    conn = files.connect(new, timeout=timeout, create=False)
    try:
        conn.execute("ATTACH DATABASE ? AS prior", (f"{old.resolve().as_uri()}?mode=ro",))
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT p.id FROM prior.docs p LEFT JOIN main.docs d ON d.id = p.id "
                "WHERE (d.id IS NULL AND p.id > ?) OR p.revision > d.revision",
                (since,),
            )
        ]
        begin(conn)
        for doc_id in ids:
            docs = conn.execute(f"SELECT {_DOCS} FROM prior.docs WHERE id = ?", (doc_id,))
            text = conn.execute("SELECT id, content FROM prior.texts WHERE id = ?", (doc_id,))
            fts = conn.execute(f"SELECT {_FTS} FROM prior.fts WHERE rowid = ?", (doc_id,))
            row = Rows(docs=docs.fetchone(), text=text.fetchone(), fts=fts.fetchone())
            exists = conn.execute("SELECT 1 FROM main.docs WHERE id = ?", (doc_id,)).fetchone()
            write(conn, row, replace=exists is not None)
        conn.execute("COMMIT")
    finally:
        conn.close()


def write(conn: sqlite3.Connection, rows: Rows, *, replace: bool) -> None:
    if replace:
        conn.execute("DELETE FROM main.fts WHERE rowid = ?", (rows.docs[0],))
    key = facet_key(conn, rows.docs[2], rows.docs[4], rows.docs[5])
    conn.execute(
        "INSERT OR REPLACE INTO main.docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*rows.docs, key),
    )
    conn.execute("INSERT OR REPLACE INTO main.facet_of VALUES (?, ?)", (rows.docs[0], key))
    conn.execute("INSERT OR REPLACE INTO main.texts VALUES (?, ?)", rows.text)
    conn.execute(
        "INSERT INTO main.fts (rowid, subject, sender, content, ids, unit, doc_type, pairs) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.fts,
    )


def facet_key(conn: sqlite3.Connection, doc_type: str, unit: str | None, year: int) -> int:
    values = (doc_type, unit or "", year)
    conn.execute("INSERT OR IGNORE INTO facets (doc_type, unit, year) VALUES (?, ?, ?)", values)
    found = conn.execute(
        "SELECT key FROM facets WHERE doc_type = ? AND unit = ? AND year = ?", values
    ).fetchone()
    return int(found[0])
