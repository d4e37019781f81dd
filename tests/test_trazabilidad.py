"""Trazabilidad: access events with actor and channel, append-only and hash-chained events,
and the events written before this version chained by the migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from archive import Database, EventFilter, EventView, broken_links, list_events, sqlite_url
from partes import services
from tests.conftest import run_partes
from tests.office import Office, build_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("traza"))


def _events(office: Office, **which: object) -> list[EventView]:
    with office.app() as app:
        return list_events(app.services.db, EventFilter(**which))  # type: ignore[arg-type]


def test_show_text_and_download_are_access_events_with_actor_and_channel(
    office: Office, tmp_path: Path
) -> None:
    ref = office.ordinary
    assert run_partes(office.home, "--user", "diego", "show", ref).returncode == 0
    assert run_partes(office.home, "--user", "diego", "text", ref).returncode == 0
    out = tmp_path / "copia.pdf"
    got = run_partes(office.home, "--user", "diego", "file", ref, "--out", str(out))
    assert got.returncode == 0, got.stderr
    assert out.read_bytes() == office.ordinary_doc.path.read_bytes()
    with office.app() as app:  # the same use case through another door
        services.text(app, actor=office.actor("clara", channel="api"), ref=ref)

    seen = [
        (e.action, e.actor, e.role, e.channel) for e in _events(office, document_id=_id(office))
    ]
    assert ("consultado", "diego", "unidad", "cli") in seen
    assert ("texto_consultado", "diego", "unidad", "cli") in seen
    assert ("archivo_descargado", "diego", "unidad", "cli") in seen
    assert ("texto_consultado", "clara", "oficina_partes", "api") in seen

    history = run_partes(office.home, "--user", "aurelio", "history", ref, "--json")
    assert history.returncode == 0, history.stderr
    kinds = [e["action"] for e in history.json_lines()]
    assert kinds[0] == "registrado" and "archivo_descargado" in kinds
    audit = run_partes(
        office.home,
        "--user",
        "aurelio",
        "events",
        "--actor",
        "diego",
        "--kind",
        "consultado",
        "--json",
    )
    assert audit.returncode == 0, audit.stderr
    rows = audit.json_lines()
    assert rows and {(r["actor"], r["action"], r["channel"]) for r in rows} == {
        ("diego", "consultado", "cli")
    }
    assert rows[0]["registry_number"] == ref


def _id(office: Office) -> int:
    with office.app() as app:
        return services.show(app, actor=office.actor("clara"), ref=office.ordinary).id


def test_the_database_refuses_to_change_or_delete_an_event(office: Office) -> None:
    db_path = office.home / "registry.db"
    with sqlite3.connect(db_path) as conn:
        count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        with pytest.raises(sqlite3.DatabaseError, match="no se modifican"):
            conn.execute("UPDATE events SET actor = 'otro' WHERE id = 1")
        with pytest.raises(sqlite3.DatabaseError, match="no se modifican"):
            conn.execute("DELETE FROM events WHERE id = 1")
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == count
    with office.app() as app:
        assert broken_links(app.services.db) == []


def test_an_edited_or_deleted_event_breaks_the_chain(tmp_path: Path, office: Office) -> None:
    copy = tmp_path / "registry.db"
    with sqlite3.connect(office.home / "registry.db") as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:  # someone with the file drops the triggers
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("DROP TRIGGER events_no_delete")
        conn.execute("UPDATE events SET actor = 'nadie' WHERE id = 3")
        conn.execute("DELETE FROM events WHERE id = 5")
    db = Database(sqlite_url(copy))
    try:
        problems = broken_links(db)
    finally:
        db.dispose()
    assert any("evento 3 fue alterado" in p for p in problems), problems
    assert any("evento 6 no sigue" in p for p in problems), problems


def test_events_written_before_this_version_are_chained_by_the_upgrade(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "old.db"))
    try:
        db.upgrade(revision="0004")
        with db.engine.begin() as conn:
            for n in range(3):
                conn.execute(
                    text(
                        "INSERT INTO events (document_id, at, actor, action, detail) "
                        "VALUES (NULL, :at, :actor, 'registrado', :detail)"
                    ),
                    {
                        "at": datetime(2026, 1, n + 1, tzinfo=UTC).replace(tzinfo=None),
                        "actor": f"estación {n}",
                        "detail": f'{{"n": {n}}}',
                    },
                )
        db.upgrade()
        events = list_events(db)
        assert [e.actor for e in events] == ["estación 0", "estación 1", "estación 2"]
        assert broken_links(db) == []
        with db.engine.connect() as conn:
            hashes = conn.execute(text("SELECT prev_hash, hash FROM events ORDER BY id")).all()
        assert hashes[0][0] == "0" * 64
        assert [h[0] for h in hashes[1:]] == [h[1] for h in hashes[:-1]]
    finally:
        db.dispose()


def test_logins_are_recorded(office: Office) -> None:
    from partes.errors import AuthenticationFailed
    from tests.office import PASSWORD

    with office.app() as app:
        actor = services.authenticate(app, login="diego", password=PASSWORD, channel="web")
        assert (actor.login, actor.role, actor.unit, actor.channel) == (
            "diego",
            "unidad",
            "dom",
            "web",
        )
        for login, password in (("diego", "equivocada-123"), ("fantasma", PASSWORD)):
            with pytest.raises(AuthenticationFailed) as failed:
                services.authenticate(app, login=login, password=password, channel="web")
            assert str(failed.value) == "Usuario o contraseña incorrectos."
    kinds = [(e.actor, e.action) for e in _events(office, limit=3)]
    assert kinds == [
        ("diego", "sesion_iniciada"),
        ("diego", "sesion_fallida"),
        ("(usuario desconocido)", "sesion_fallida"),  # what was typed may be a password
    ]
