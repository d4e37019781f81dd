"""The restore drill: a backup taken while the watcher ingests, restored elsewhere; the
restored home passes its audit, holds every document registered before the backup began,
and its search works. A second backup into the same folder copies only what is new."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.conftest import run_partes
from tests.docgen import Generated, make_document
from tests.watcher import Watcher, configure, inbox

KINDS = ("oficio", "carta", "memorandum", "solicitud_transparencia", "decreto")


def _documents(folder: Path, count: int, *, seed: int) -> list[Generated]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_document(KINDS[i % len(KINDS)], folder / f"doc-{i:03d}.pdf", seed=seed + i)
        for i in range(count)
    ]


def _numbers(home: Path) -> set[str]:
    with sqlite3.connect(home / "registry.db") as conn:
        return {n for (n,) in conn.execute("SELECT registry_number FROM registry_entries")}


def test_a_backup_taken_while_the_watcher_ingests_restores_whole(
    home: Path, tmp_path: Path
) -> None:
    configure(home, stability_seconds=1, rescan_seconds=3600)
    docs = _documents(tmp_path / "lote", 24, seed=8100)
    dest, restored = tmp_path / "respaldo", tmp_path / "restaurado"
    with Watcher(home) as watcher:
        time.sleep(2)
        for doc in docs[:8]:
            doc.path.rename(inbox(home) / doc.path.name)
        watcher.wait_for(8, timeout=300)
        for doc in docs[8:]:
            doc.path.rename(inbox(home) / doc.path.name)
        before = _numbers(home)  # registered before the backup began
        made = run_partes(home, "backup", str(dest), "--json")
        assert made.returncode == 0, made.stderr
        watcher.wait_for(24, timeout=600)
        assert watcher.stop() == 0
    first = made.json_lines()[0]
    assert first["documents"] >= len(before) >= 8 and first["copied"] == first["files"]

    own = run_partes(dest, "audit", "--json")
    assert own.returncode == 0, own.stdout  # a backup is verifiable on its own

    done = run_partes(home, "restore", str(dest), str(restored), "--json")
    assert done.returncode == 0, done.stderr
    assert done.json_lines()[0]["indexed"] == first["documents"]
    audited = run_partes(restored, "audit", "--json")
    assert audited.returncode == 0, audited.stdout
    assert before <= _numbers(restored)
    found = run_partes(restored, "search", docs[0].truth.keyword, "--json")
    assert found.returncode == 0 and found.json_lines(), found.stderr

    later = _documents(tmp_path / "despues", 2, seed=8200)
    added = run_partes(home, "ingest", "--direction", "entrada", *(str(d.path) for d in later))
    assert added.returncode == 0, added.stderr
    again = run_partes(home, "backup", str(dest), "--json").json_lines()[0]
    assert again["documents"] == 26
    assert 0 < again["copied"] < again["files"]  # only what came after the first backup


def test_restore_never_overwrites_and_refuses_what_is_not_a_backup(
    home: Path, tmp_path: Path
) -> None:
    not_backup = tmp_path / "otra"
    not_backup.mkdir()
    (not_backup / "nota.txt").write_text("hola", encoding="utf-8")
    refused = run_partes(home, "restore", str(not_backup), str(tmp_path / "nuevo"))
    assert refused.returncode == 2 and "no es un respaldo" in refused.stderr
    into_busy = run_partes(home, "backup", str(not_backup))
    assert into_busy.returncode == 2 and "no está vacía" in into_busy.stderr
    inside = run_partes(home, "backup", str(home / "respaldo"))
    assert inside.returncode == 2 and "dentro del directorio de datos" in inside.stderr
    assert run_partes(home, "backup", str(tmp_path / "ok")).returncode == 0
    over = run_partes(home, "restore", str(tmp_path / "ok"), str(not_backup))
    assert over.returncode == 2 and "no sobrescribe" in over.stderr
    assert (not_backup / "nota.txt").read_text(encoding="utf-8") == "hola"
