"""The watcher killed with SIGKILL at random moments: nothing lost, nothing numbered twice."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from pathlib import Path

import pytest

from tests.docgen import GENERATORS, make_document
from tests.watcher import Watcher, configure, inbox

KINDS = list(GENERATORS)
ROUNDS = 12


def _rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "registry.db") as db:
        return list(db.execute(sql).fetchall())


def _check_registry(home: Path, all_shas: set[str]) -> set[str]:
    """Every registered content once, every series numbered without gap or repeat."""
    rows = _rows(
        home,
        "SELECT e.series, e.number, d.sha256 FROM registry_entries e "
        "JOIN documents d ON d.id = e.document_id WHERE e.kind = 'registro'",
    )
    shas = [str(sha) for _s, _n, sha in rows]
    assert len(shas) == len(set(shas)), "a document was numbered twice"
    assert set(shas) <= all_shas
    by_series: dict[str, list[int]] = {}
    for series, number, _sha in rows:
        by_series.setdefault(str(series), []).append(int(str(number)))
    for series, numbers in by_series.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), series
    return set(shas)


def _wait_busy(watcher: Watcher, box: Path) -> None:
    """Until the watcher has handled a file (so it is at work), or nothing is left."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and watcher.proc.poll() is None:
        if watcher.lines() or not _files(box):
            return
        time.sleep(0.1)
    raise AssertionError(f"the watcher did no work: {watcher.stderr()[-3000:]}")


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(home: Path, tmp_path: Path) -> None:
    configure(home, stability_seconds=0.3, rescan_seconds=3600)
    rng = random.Random(2026)
    box = inbox(home)
    staging = tmp_path / "lote"
    staging.mkdir()
    made = [
        make_document(
            KINDS[i % len(KINDS)], staging / f"doc-{i:03d}.pdf", seed=7000 + i, scan=i % 10 == 0
        )
        for i in range(100)
    ]
    all_shas = {hashlib.sha256(m.path.read_bytes()).hexdigest() for m in made}
    for m in made:
        m.path.rename(box / m.path.name)

    progress = []
    for _round in range(ROUNDS):
        watcher = Watcher(home)
        _wait_busy(watcher, box)  # kill it somewhere in the middle of work
        time.sleep(rng.uniform(0.0, 1.2))
        watcher.kill()
        registered = _check_registry(home, all_shas)
        waiting = {hashlib.sha256(p.read_bytes()).hexdigest() for p in _files(box)}
        assert registered | waiting == all_shas, "a file is neither registered nor waiting"
        progress.append(len(registered))
    print("registrados tras cada ronda:", progress)
    advanced = sum(after > before for before, after in zip([0, *progress], progress, strict=False))
    assert advanced >= ROUNDS // 2, f"the kills did not fall in the middle of work: {progress}"

    final = Watcher(home, "--once")
    assert final.proc.wait(timeout=600) == 0, final.stderr()[-3000:]
    assert _check_registry(home, all_shas) == all_shas
    assert _files(box) == []
    assert _files(home / "quarantine") == []
    assert _files(home / "work") == []
    assert _files(home / "store" / "tmp") == []
    for blob in _files(home / "store"):
        assert hashlib.sha256(blob.read_bytes()).hexdigest() == blob.name, blob
    stored = {str(sha) for (sha,) in _rows(home, "SELECT sha256 FROM stored_files")}
    assert stored <= {b.name for b in _files(home / "store")}, "a recorded file is missing"
    docs = _rows(home, "SELECT id FROM documents WHERE direction = 'entrada'")
    certified = _rows(
        home, "SELECT DISTINCT document_id FROM stored_files WHERE role = 'certificate'"
    )
    assert {d for (d,) in docs} == {d for (d,) in certified}, "an incoming document lost its stamp"
