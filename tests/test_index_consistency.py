"""The index never diverges from the registry: no lost update when a correction lands while
an indexer writes the same document, and a damaged index stops only searching.

The index is the real Whoosh index; ``index.testing.HeldIndex`` only holds a write between
the moment the indexer read the record and the moment it writes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from archive import mark_indexed
from index import SearchQuery, WhooshBackend
from index.testing import HeldIndex
from partes import services
from partes.web import create_app
from partes.wiring import opened
from pipeline import index_pending, rebuild_index
from tests.conftest import CliResult
from tests.docgen import make_document
from tests.office import PASSWORD, build_office

OPERATOR = services.local_operator()


def _ids(backend: WhooshBackend, text: str) -> list[int]:
    return [hit.id for hit in backend.search(SearchQuery(text=text))]


def _ingest(home: Path, tmp_path: Path, partes: Callable[..., CliResult], seed: int) -> str:
    source = make_document("oficio", tmp_path / f"oficio-{seed}.pdf", seed=seed, scan=False).path
    [outcome] = partes(home, "ingest", str(source), "--json").json_lines()
    assert outcome["status"] == "registered"
    return str(outcome["registry_number"])


def test_a_correction_while_the_indexer_writes_the_same_document_is_not_lost(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    ref = _ingest(home, tmp_path, partes, seed=401)
    with opened(home) as app:
        db = app.services.db
        mark_indexed(db, {}, only=True)  # as just registered: waiting for the index
        held = HeldIndex(WhooshBackend(app.layout.index))  # another writer of the same index
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
        reader = WhooshBackend(app.layout.index)
        try:
            [hit] = reader.search(SearchQuery(text="zanahoria"))
            assert (hit.id, hit.registry_number) == (before.id, ref)
            assert hit.subject == "Compra de zanahoria"
        finally:
            reader.close()
            held.close()
        assert index_pending(db, app.services.index) == 0  # nothing left behind as unindexed


def test_a_correction_during_a_rebuild_is_indexed_afterwards(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    ref = _ingest(home, tmp_path, partes, seed=402)
    with opened(home) as app:
        held = HeldIndex(WhooshBackend(app.layout.index), hold=("rebuild",))
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
        reader = WhooshBackend(app.layout.index)
        try:
            [hit] = reader.search(SearchQuery(text="bodega"))
            assert hit.registry_number == ref
        finally:
            reader.close()
            held.close()


def _damage(index_dir: Path) -> None:
    tocs = list(index_dir.glob("*.toc"))
    assert tocs
    for toc in tocs:
        toc.write_bytes(b"\x00roto" * 7)


def test_a_damaged_index_stops_only_searching_and_reindex_repairs_it(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    ref = _ingest(home, tmp_path, partes, seed=403)
    _damage(home / "index")
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
    office = build_office(tmp_path)
    _damage(office.home / "index")
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
