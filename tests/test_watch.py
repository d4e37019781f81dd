"""Watch folders with the real observers, the real pipeline and the real ``partes watch``."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.docgen import GENERATORS, make_document
from tests.watcher import STATION, Watcher, configure, drop_batch, inbox
from watch_folders import (
    Inbox,
    StabilityTracker,
    WatchConfigError,
    WorkQueue,
    check_overlaps,
    direction_of,
    ignored,
)

KINDS = list(GENERATORS)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _registered(home: Path) -> list[tuple[str, int, str]]:
    with sqlite3.connect(home / "registry.db") as db:
        rows = db.execute(
            "SELECT e.series, e.number, d.sha256 FROM registry_entries e "
            "JOIN documents d ON d.id = e.document_id WHERE e.kind = 'registro' ORDER BY e.id"
        ).fetchall()
    return [(str(s), int(n), str(h)) for s, n, h in rows]


def _contiguous_per_series(registered: list[tuple[str, int, str]]) -> bool:
    """Each series numbered 1..k with no gap and no repeat."""
    by_series: dict[str, list[int]] = {}
    for series, number, _sha256 in registered:
        by_series.setdefault(series, []).append(number)
    return all(sorted(n) == list(range(1, len(n) + 1)) for n in by_series.values())


def _born_digital(folder: Path, count: int, *, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_document(
            KINDS[i % len(KINDS)], folder / f"doc-{i:03d}.pdf", seed=seed + i, scan=False
        ).path
        for i in range(count)
    ]


# -- the pure parts ---------------------------------------------------------------------


def test_temporary_and_system_files_are_ignored() -> None:
    for name in (
        "~$oficio.docx",
        "scan.tmp",
        "copia.PART",
        ".oculto.pdf",
        "Thumbs.db",
        "desktop.ini",
    ):
        assert ignored(name), name
    for name in ("oficio.pdf", "escaneo 001.TIF", "memo~1.jpg"):
        assert not ignored(name), name


def test_a_file_is_stable_only_after_a_quiet_window() -> None:
    tracker = StabilityTracker(window=5)
    path = Path("/bandeja/a.pdf")
    tracker.observe(path, 100, 1, now=0)
    tracker.observe(path, 200, 2, now=3)  # still growing
    assert tracker.stable(now=7) == []
    tracker.event(path, now=7.5)  # an event restarts the window too
    assert tracker.stable(now=12) == []
    tracker.observe(path, 200, 2, now=12.4)
    assert tracker.stable(now=12.5) == [path]


def test_work_queue_is_bounded_and_holds_each_path_once() -> None:
    queue: WorkQueue[str, int] = WorkQueue(2)
    assert queue.put("a", 1) and queue.put("a", 1) and queue.put("b", 2)
    assert len(queue) == 2
    assert not queue.put("c", 3)
    assert queue.pop() == 1 and queue.put("c", 3)
    assert queue.values() == [2, 3]


def test_direction_comes_from_the_sub_folder(tmp_path: Path) -> None:
    box = Inbox(station="s", root=tmp_path)
    dirs = ("entrada", "salida", "interno")
    assert direction_of(box, tmp_path / "salida" / "x.pdf", dirs) == "salida"
    assert direction_of(box, tmp_path / "entrada" / "2026" / "x.pdf", dirs) == "entrada"
    assert direction_of(box, tmp_path / "x.pdf", dirs) is None


def test_overlapping_folders_are_refused(tmp_path: Path) -> None:
    a = Inbox(station="a", root=tmp_path / "inbox" / "a")
    nested = Inbox(station="b", root=tmp_path / "inbox" / "a" / "sub")
    with pytest.raises(WatchConfigError, match="se superponen"):
        check_overlaps((a, nested), {})
    with pytest.raises(WatchConfigError, match="almacén"):
        check_overlaps(
            (Inbox(station="c", root=tmp_path / "store" / "x"),), {"el almacén": tmp_path / "store"}
        )
    check_overlaps(
        (a, Inbox(station="d", root=tmp_path / "inbox" / "d")), {"el almacén": tmp_path / "store"}
    )


# -- the service, end to end ------------------------------------------------------------


def test_a_file_written_slowly_is_taken_only_once_complete(home: Path, tmp_path: Path) -> None:
    configure(home, stability_seconds=1.5, rescan_seconds=3600)
    source = make_document("oficio", tmp_path / "lento.pdf", seed=71, scan=False).path
    data = source.read_bytes()
    with Watcher(home) as watcher:
        time.sleep(2)  # the observer is running: only its events can find the file
        target = inbox(home) / "lento.pdf"
        with target.open("wb") as handle:
            step = len(data) // 6 + 1
            for start in range(0, len(data), step):
                handle.write(data[start : start + step])
                handle.flush()
                time.sleep(0.6)
        [line] = watcher.wait_for(1, timeout=120)
        time.sleep(2)
        assert watcher.stop() == 0
    assert len(watcher.lines()) == 1
    assert line["status"] == "registered"
    assert line["sha256"] == hashlib.sha256(data).hexdigest()
    assert line["station"] == STATION and line["direction"] == "entrada"
    assert 0 <= line["latency"] < 60
    assert not target.exists()


@pytest.mark.slow
def test_two_hundred_files_dropped_at_once_are_all_registered(home: Path, tmp_path: Path) -> None:
    configure(home, stability_seconds=1, rescan_seconds=3600)
    files = _born_digital(tmp_path / "lote", 200, seed=5000)
    shas = {_sha(p) for p in files}
    with Watcher(home) as watcher:
        time.sleep(2)
        for path in files:  # a rename is how a scanner's finished file appears at once
            path.rename(inbox(home, "interno") / path.name)
        lines = watcher.wait_for(200, timeout=600)
        assert watcher.stop() == 0
    assert {line["status"] for line in lines} == {"registered"}
    registered = _registered(home)
    assert {sha for _s, _n, sha in registered} == shas
    assert _contiguous_per_series(registered)
    assert list(inbox(home, "interno").iterdir()) == []


def test_polling_mode_takes_files_from_a_network_share(home: Path, tmp_path: Path) -> None:
    share = tmp_path / "recurso-compartido"
    configure(
        home,
        stability_seconds=1,
        rescan_seconds=3600,
        poll_seconds=0.5,
        station={"network_share": True, "path": str(share)},
    )
    with Watcher(home) as watcher:
        time.sleep(2)
        (share / "salida").mkdir(parents=True, exist_ok=True)
        make_document("oficio_salida", share / "salida" / "oficio.pdf", seed=72, scan=False)
        [line] = watcher.wait_for(1, timeout=120)
        assert watcher.stop() == 0
    assert line["status"] == "registered" and line["direction"] == "salida"
    assert not (share / "salida" / "oficio.pdf").exists()
    assert "sondeo" not in watcher.stderr()  # no fallback: polling was chosen


def test_ignored_and_refused_files_are_left_alone(home: Path, tmp_path: Path) -> None:
    configure(home, stability_seconds=0.5)
    box = inbox(home)
    real = make_document("oficio", box / "oficio.pdf", seed=73, scan=False).path
    outside = make_document("decreto", tmp_path / "fuera.pdf", seed=74, scan=False).path
    left = {
        name: box / name
        for name in (
            "~$oficio.pdf",
            "scan.tmp",
            "a.part",
            ".oculto.pdf",
            "Thumbs.db",
            "desktop.ini",
        )
    }
    for path in left.values():
        path.write_bytes(outside.read_bytes())
    link = box / "enlace.pdf"
    link.symlink_to(outside)
    fifo = box / "tuberia.pdf"
    os.mkfifo(fifo)
    with Watcher(home, "--once") as watcher:
        assert watcher.proc.wait(timeout=180) == 0
    [line] = watcher.lines()
    assert line["source"] == str(real) and line["status"] == "registered"
    for path in left.values():
        assert path.read_bytes() == outside.read_bytes()
    assert link.is_symlink() and fifo.exists()
    assert "enlace simbólico" in watcher.stderr() and "FIFO" in watcher.stderr()
    assert not list((home / "quarantine").rglob("*.error.txt"))


@pytest.mark.slow
def test_separator_sheets_split_a_scan(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    _batch, truths = drop_batch(home, tmp_path, ["oficio", "decreto"], seed=75)
    with Watcher(home, "--once") as watcher:
        assert watcher.proc.wait(timeout=300) == 0
    lines = watcher.lines()
    assert [line["status"] for line in lines] == ["registered", "registered"]
    assert [line["doc_type"] for line in lines] == ["oficio", "decreto"]
    assert [line["doc_number"] for line in lines] == [t.doc_number for t in truths]
    assert all(line["pages"] == 1 for line in lines)
    for line in lines:
        text = partes(home, "text", line["registry_number"]).stdout
        assert "SEPARADORA" not in text.upper()
    assert not (inbox(home) / "lote.pdf").exists()


def test_only_one_watcher_per_home(home: Path, partes: Callable[..., CliResult]) -> None:
    with Watcher(home) as first:
        time.sleep(3)
        second = partes(home, "watch", timeout=60)
        assert second.returncode == 75
        assert "Ya hay un vigilante" in second.stderr
        status = partes(home, "status", "--json").json_lines()
        assert status and all(s["watcher_running"] for s in status)
        assert first.stop() == 0


def test_overlapping_inbox_stops_the_watcher(home: Path, partes: Callable[..., CliResult]) -> None:
    configure(home, station={"path": "store/bandeja"})
    result = partes(home, "watch", timeout=60)
    assert result.returncode == 2
    assert "se superponen" in result.stderr and "almacén" in result.stderr


@pytest.mark.slow
def test_sigterm_finishes_the_documents_in_hand_and_leaves_the_rest(home: Path) -> None:
    configure(home, stability_seconds=0.5, workers=1)  # two documents in hand at a time
    box = inbox(home)
    files = [
        make_document(KINDS[i], box / f"escaneo-{i}.pdf", seed=80 + i, scan=True).path
        for i in range(8)
    ]
    with Watcher(home) as watcher:
        watcher.wait_for(1, timeout=180)
        assert watcher.stop(timeout=180) == 0
    lines = watcher.lines()
    done = {Path(line["source"]).name for line in lines}
    assert all(line["status"] == "registered" for line in lines)
    assert 1 <= len(done) < len(files), (home / "logs" / "vigilante.log").read_text()
    waiting = {p.name for p in box.iterdir()}
    assert done.isdisjoint(waiting) and done | waiting == {p.name for p in files}
    assert len(_registered(home)) == len(done)
    assert not list((home / "quarantine").rglob("*.error.txt"))
    assert list((home / "work").iterdir()) == []


def test_quarantine_retry_after_fixing_the_cause(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    scan = make_document("carta", tmp_path / "carta.pdf", seed=90, scan=True).path
    config = home / "partes.toml"
    original = config.read_text(encoding="utf-8")
    config.write_text(
        original.replace("timeout_seconds = 600", "timeout_seconds = 0.2"), encoding="utf-8"
    )
    first = partes(home, "ingest", str(scan), "--direction", "salida", "--json")
    assert first.returncode == 1
    [item] = partes(home, "quarantine", "--json").json_lines()
    assert item["station"] == STATION and item["direction"] == "salida"
    again = partes(home, "quarantine", "retry", item["id"], "--json")
    assert again.returncode == 1
    assert len(partes(home, "quarantine", "--json").json_lines()) == 1  # the same item, not a copy
    config.write_text(original, encoding="utf-8")
    fixed = partes(home, "quarantine", "retry", item["id"], "--json")
    assert fixed.returncode == 0, fixed.stderr
    [outcome] = fixed.json_lines()
    assert outcome["status"] == "registered" and outcome["direction"] == "salida"
    assert outcome["sha256"] == _sha(scan)
    assert partes(home, "quarantine", "--json").json_lines() == []
    assert partes(home, "quarantine", "retry", item["id"]).returncode == 3


def test_separator_command_prints_a_readable_sheet(
    tmp_path: Path, partes: Callable[..., CliResult], home: Path
) -> None:
    from watch_folders import separator_pages

    out = tmp_path / "hoja.pdf"
    assert partes(home, "separator", "--out", str(out), "--copies", "2").returncode == 0
    assert separator_pages(out) == [0, 1]
