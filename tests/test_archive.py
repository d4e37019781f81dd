"""Record store: numbering policy, write-once files, schema migrations of an old home."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from alembic import command

from archive import Database, FileStore, SchemaError, choose_series, sqlite_url
from archive.db import SCHEMA_HEAD, _alembic_config
from archive.numbering import format_registry_number, parse_registry_number, registry_year
from partes.config import Config
from tests.conftest import run_partes
from tests.docgen import make_document

SERIES = Config().series


def test_registry_numbers_are_written_and_read_back() -> None:
    assert format_registry_number("E", 2026, 123) == "E-2026-000123"
    assert parse_registry_number("e-2026-000123") == ("E", 2026, 123)
    assert parse_registry_number("oficio 12") is None


@pytest.mark.parametrize(
    ("direction", "doc_type", "code"),
    [
        ("entrada", "oficio", "ingreso"),
        ("entrada", "decreto", "ingreso"),
        ("salida", "oficio", "oficios"),
        ("salida", "oficio_reservado", "oficios"),
        ("salida", "decreto", "decretos"),
        ("interno", "decreto", "decretos"),
        ("interno", "memorandum", "memos"),
        ("salida", "carta", "despacho"),
        ("interno", "otro", "interno"),
    ],
)
def test_series_policy(direction: str, doc_type: str, code: str) -> None:
    assert choose_series(SERIES, direction=direction, doc_type=doc_type).code == code


def test_registry_year_is_the_chilean_calendar_year() -> None:
    # 31 Dec 2026 at 22:30 in Santiago (UTC-3 in summer) is already 2027 in UTC.
    late = datetime(2027, 1, 1, 1, 30, tzinfo=UTC)
    assert registry_year(late) == 2026


def test_file_store_is_content_addressed_and_write_once(tmp_path: Path) -> None:
    source = tmp_path / "doc.bin"
    source.write_bytes(b"contenido original")
    store = FileStore(tmp_path / "store")
    blob = store.put(source)
    again = store.put(source)
    assert blob == again
    assert blob.path == store.path_for(blob.sha256)
    assert blob.path.read_bytes() == b"contenido original"
    assert not blob.path.stat().st_mode & stat.S_IWUSR
    assert list((tmp_path / "store" / "tmp").iterdir()) == []


def test_an_old_home_is_migrated_and_keeps_its_records(tmp_path: Path) -> None:
    home = tmp_path / "antiguo"
    assert run_partes(home, "init").returncode == 0
    db_path = home / "registry.db"
    db = Database(sqlite_url(db_path))
    db.engine.dispose()
    # Take the schema back to the first release, as a home created by it would be.
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    assert db.current_revision() == "0001"
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO documents (id, sha256, original_name, media_type, size, station, "
            "direction, doc_type, ruts, page_count, ocr_page_count, received_at, status) VALUES "
            "(1, 'ab', 'viejo.pdf', 'application/pdf', 10, 'oficina-partes', 'entrada', "
            "'oficio', '[]', 1, 0, '2025-01-02 10:00:00', 'registered')"
        )
        conn.execute(
            "INSERT INTO registry_entries (series, year, number, registry_number, kind, "
            "document_id, created_at, actor, prev_hash, entry_hash) VALUES ('ingreso', 2025, 1, "
            "'E-2025-000001', 'registro', 1, '2025-01-02 10:00:00', 'x', '0', 'h1')"
        )
    db.dispose()

    shown = run_partes(home, "show", "E-2025-000001", "--json")
    assert shown.returncode == 0, shown.stderr
    assert shown.json_lines()[0]["original_name"] == "viejo.pdf"
    again = Database(sqlite_url(db_path))
    assert again.is_current()
    assert again.current_revision() == again.head_revision() == SCHEMA_HEAD  # one head
    again.dispose()
    with sqlite3.connect(db_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        assert "indexed_at" in columns
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_is_durable_wal_with_full_sync(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "r.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_a_home_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "nuevo"
    assert run_partes(home, "init").returncode == 0
    with sqlite3.connect(home / "registry.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    db = Database(sqlite_url(home / "registry.db"))
    with pytest.raises(SchemaError, match="más nueva"):
        db.upgrade()
    db.dispose()


def test_text_separates_pages_with_a_form_feed(tmp_path: Path, home: Path) -> None:
    first = make_document("oficio", tmp_path / "p1.pdf", seed=301, topic_index=1)
    second = make_document("carta", tmp_path / "p2.pdf", seed=302, topic_index=2)
    merged = tmp_path / "dos-paginas.pdf"
    with pikepdf.open(first.path) as a, pikepdf.open(second.path) as b:
        a.pages.extend(b.pages)
        a.save(merged)
    (line,) = run_partes(home, "ingest", str(merged), "--json").json_lines()
    assert line["pages"] == 2
    text = run_partes(home, "text", line["registry_number"]).stdout
    pages = text.split("\f")
    assert len(pages) == 2
    assert "ORD." in pages[0] and "De mi consideración" in pages[1]


def test_reindex_rebuilds_the_search_index_from_the_archive(tmp_path: Path, home: Path) -> None:
    doc = make_document("oficio", tmp_path / "o.pdf", seed=303, topic_index=5)
    run_partes(home, "ingest", str(doc.path))
    assert not (home / "index").exists()  # Whoosh's folder, only when it is the backend
    for lost in home.glob("search.db*"):  # the index file lost: nothing else is
        lost.unlink()
    missing = run_partes(home, "search", doc.truth.keyword, "--json")
    assert missing.returncode == 74 and "partes reindex" in missing.stderr
    rebuilt = run_partes(home, "reindex", "--json")
    assert rebuilt.json_lines() == [{"indexed": 1}]
    hits = run_partes(home, "search", doc.truth.keyword, "--json").json_lines()
    assert len(hits) == 1
