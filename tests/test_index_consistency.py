"""The index never diverges from the registry: no lost update when a correction lands while
an indexer writes the same document, and a damaged index stops only searching.

Every backend's real index; ``index.testing.HeldIndex`` only holds a write between the
moment the indexer read the record and the moment it writes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from archive import mark_indexed
from index import BACKENDS, Fts5Backend, SearchBackend, SearchQuery, WhooshBackend
from index.testing import HeldIndex
from partes import services
from partes.web import create_app
from partes.wiring import App, opened
from pipeline import index_pending, rebuild_index
from tests.conftest import CliResult
from tests.docgen import make_document
from tests.office import PASSWORD, build_office, with_backend

OPERATOR = services.local_operator()


@pytest.fixture(params=BACKENDS)
def kind(request: pytest.FixtureRequest, home: Path) -> str:
    """The backend the test's home uses."""
    with_backend(home, request.param)
    return str(request.param)


def _open(app: App, kind: str) -> SearchBackend:
    """Another handle on the home's index (another writer or reader of the same files)."""
    if kind == "whoosh":
        return WhooshBackend(app.layout.index)
    return Fts5Backend(app.layout.search_db)


def _ingest(home: Path, tmp_path: Path, partes: Callable[..., CliResult], seed: int) -> str:
    source = make_document("oficio", tmp_path / f"oficio-{seed}.pdf", seed=seed, scan=False).path
    [outcome] = partes(home, "ingest", str(source), "--json").json_lines()
    assert outcome["status"] == "registered"
    return str(outcome["registry_number"])


def test_a_correction_while_the_indexer_writes_the_same_document_is_not_lost(
    home: Path, kind: str, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    ref = _ingest(home, tmp_path, partes, seed=401)
    with opened(home) as app:
        db = app.services.db
        mark_indexed(db, {}, only=True)  # as just registered: waiting for the index
        held = HeldIndex(_open(app, kind))  # another writer of the same index
        indexer = threading.Thread(target=index_pending, args=(db, held))
        indexer.start()
        try:
            assert held.reached.wait(60)  # the indexer has read the record as registered
            [before] = held.held
            assert "zanahoria" not in (before.subject or "")
            services.correct_labels(
                app, actor=OPERATOR, ref=ref, changes={"subject": "Compra de zanahoria"}
            )
        finally:
            held.release.set()  # now it writes what it read
            indexer.join(60)
        assert not indexer.is_alive()
        reader = _open(app, kind)
        try:
            [hit] = reader.search(SearchQuery(text="zanahoria"))
            assert (hit.id, hit.registry_number) == (before.id, ref)
            assert hit.subject == "Compra de zanahoria"
        finally:
            reader.close()
            held.close()
        assert index_pending(db, app.services.index) == 0  # nothing left behind as unindexed


def test_a_correction_during_a_rebuild_is_indexed_afterwards(
    home: Path, kind: str, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    ref = _ingest(home, tmp_path, partes, seed=402)
    with opened(home) as app:
        held = HeldIndex(_open(app, kind), hold=("rebuild",))
        worker = threading.Thread(target=rebuild_index, args=(app.services.db, held))
        worker.start()
        try:
            assert held.reached.wait(60)
            services.correct_labels(
                app, actor=OPERATOR, ref=ref, changes={"subject": "Arriendo de bodega"}
            )
        finally:
            held.release.set()
            worker.join(60)
        reader = _open(app, kind)
        try:
            [hit] = reader.search(SearchQuery(text="bodega"))
            assert hit.registry_number == ref
        finally:
            reader.close()
            held.close()


def _damage(home: Path, kind: str) -> None:
    """The index's files overwritten (Whoosh: its tables of contents; FTS5: the header)."""
    if kind == "whoosh":
        tocs = list((home / "index").glob("*.toc"))
        assert tocs
        for toc in tocs:
            toc.write_bytes(b"\x00roto" * 7)
    else:
        with (home / "search.db").open("r+b") as db:
            db.write(b"\x00roto" * 20)


def test_a_damaged_index_stops_only_searching_and_reindex_repairs_it(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    """With the default backend (each backend's damage: the conformance suite)."""
    ref = _ingest(home, tmp_path, partes, seed=403)
    _damage(home, "fts5")
    for command in (["show", ref], ["text", ref], ["registry"], ["history", ref]):
        result = partes(home, *command)
        assert result.returncode == 0, (command, result.stderr)
    searched = partes(home, "search", "oficio")
    assert searched.returncode == 74
    assert "dañado" in searched.stderr and "partes reindex" in searched.stderr
    assert "Traceback" not in searched.stderr
    second = _ingest(home, tmp_path, partes, seed=404)  # registering does not stop either
    corrected = partes(home, "correct", ref, "--subject", "Reparación de luminarias")
    assert corrected.returncode == 0, corrected.stderr  # nor correcting
    status = partes(home, "status")
    assert status.returncode == 0 and "Índice de búsqueda" in status.stdout
    assert "dañado" in status.stdout and "partes reindex" in status.stdout
    [line] = partes(home, "status", "--json").json_lines()[:1]
    assert line["unindexed"] == 2  # the new one and the corrected one wait for the index
    assert list((home / "quarantine").rglob("*.error.txt")) == []

    rebuilt = partes(home, "reindex")
    assert rebuilt.returncode == 0, rebuilt.stderr
    [line] = partes(home, "status", "--json").json_lines()[:1]
    assert line["unindexed"] == 0 and line["index_problem"] is None
    found = partes(home, "search", "oficio", "--json").json_lines()
    assert {x["registry_number"] for x in found} == {ref, second}
    [hit] = partes(home, "search", "luminarias", "--json").json_lines()
    assert hit["registry_number"] == ref


def test_web_pages_work_with_a_damaged_index(tmp_path: Path) -> None:
    office = build_office(tmp_path)  # the default backend
    _damage(office.home, "fts5")
    with TestClient(create_app(office.home), follow_redirects=False) as web:
        page = web.get("/ingresar")
        token = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        answer = web.post(
            "/ingresar", data={"usuario": "clara", "contrasena": PASSWORD, "csrf": token}
        )
        assert answer.status_code == 303
        assert web.get("/").status_code == 200
        assert web.get(f"/documentos/{office.ordinary}").status_code == 200
        assert web.get("/libro").status_code == 200
        stations = web.get("/estaciones")
        assert stations.status_code == 200 and "partes reindex" in stations.text
        search = web.get("/buscar?q=municipalidad")
        assert search.status_code == 503
        assert "partes reindex" in search.text


class Stopped(Exception):
    pass


def test_an_interrupted_reindex_resumes_and_keeps_what_was_corrected_meanwhile(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [
        make_document(kind, tmp_path / f"{kind}.pdf", seed=410 + i).path
        for i, kind in enumerate(("oficio", "carta", "decreto"))
    ]
    monkeypatch.setattr("index.fts5_backend.REBUILD_BATCH", 1)
    write_batch = Fts5Backend._write_batch
    with opened(home) as app:
        refs = [o.registry_number for o in services.ingest(app, actor=OPERATOR, files=sources)]
        assert all(refs)

        def stopped_at_the_second(self: Fts5Backend, conn: object, batch: list[object]) -> int:
            if self.partial_rebuild():
                raise Stopped
            return write_batch(self, conn, batch)  # type: ignore[arg-type]

        monkeypatch.setattr(Fts5Backend, "_write_batch", stopped_at_the_second)
        with pytest.raises(Stopped):
            services.reindex(app, actor=OPERATOR)
        monkeypatch.setattr(Fts5Backend, "_write_batch", write_batch)
        assert len(app.services.index.partial_rebuild()) == 1  # the first was written
        services.correct_labels(
            app, actor=OPERATOR, ref=str(refs[0]), changes={"subject": "Compra de zapallos"}
        )
        seen: list[tuple[int, int]] = []
        assert services.reindex(app, actor=OPERATOR, progress=lambda n, t: seen.append((n, t)))
        assert seen[0] == (1, 3) and seen[-1] == (3, 3)  # it went on from the second
        [hit] = app.services.index.search(SearchQuery(text="zapallos"))
        assert hit.registry_number == refs[0]
        assert app.services.index.find(SearchQuery()).total == 3
        assert index_pending(app.services.db, app.services.index) == 0
