"""A broken system pauses; only a bad file goes to quarantine.

Each failure is produced for real: Tesseract without its Spanish data, a disk that is full
(a small tmpfs), a registry database held by another process. The watcher is the real
``partes watch`` in a child process.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from archive import DatabaseUnavailable, StoreError
from index import IndexUnavailable
from ocr import MissingDependency, OcrFailed, OutOfMemory
from partes.web import create_app
from pipeline.flows.failures import system_failure
from tests.conftest import CliResult, run_partes
from tests.docgen import make_document
from tests.watcher import STATION, Watcher, configure, inbox
from watch_folders._pause import Pause, backoff, pause_after


def _fast(home: Path, busy_timeout_seconds: float = 120) -> None:
    """Take files at once, try again after 1 s then 2 s, wait ``busy`` s for the database."""
    configure(
        home,
        stability_seconds=0.5,
        pause_seconds=1,
        pause_max_seconds=2,
        busy_timeout_seconds=busy_timeout_seconds,
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _quarantined(home: Path) -> list[Path]:
    return sorted((home / "quarantine").rglob("*.error.txt"))


def _registered_shas(home: Path) -> set[str]:
    with sqlite3.connect(home / "registry.db") as db:
        return {str(row[0]) for row in db.execute("SELECT sha256 FROM documents")}


def _settled(watcher: Watcher, timeout: float) -> list[dict[str, Any]]:
    """The JSON lines of files that were settled (not left waiting by a pause)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and watcher.proc.poll() is None:
        done = [x for x in watcher.lines() if x["status"] != "paused"]
        if done:
            return done
        time.sleep(0.2)
    raise AssertionError(f"nada registrado en {timeout} s:\n{watcher.stderr()[-3000:]}")


def _paused(status: dict[str, Any]) -> bool:
    return bool(status.get("pause"))


def _paused_again(status: dict[str, Any]) -> bool:
    """Paused after at least one more attempt failed: the watcher does retry by itself."""
    return _paused(status) and status["pause"]["attempts"] >= 2


# -- the pure parts ---------------------------------------------------------------------


def test_bad_files_and_broken_systems_are_told_apart() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/datos/store/tmp/x")
    assert system_failure(full) is not None and "lleno" in system_failure(full).cause  # type: ignore[union-attr]
    try:
        try:
            raise full
        except OSError as exc:
            raise StoreError("No se pudo guardar x en el almacén.") from exc
    except StoreError as wrapped:
        assert system_failure(wrapped) is not None  # the store's error, caused by the disk
    assert system_failure(MissingDependency("Tesseract no tiene el idioma spa.")) is not None
    assert system_failure(DatabaseUnavailable("bloqueada")) is not None
    assert system_failure(IndexUnavailable("dañado")) is not None
    for bad in (
        OcrFailed("ilegible"),
        OutOfMemory("demasiado grande para el límite por documento"),
        StoreError("El archivo cambió mientras se procesaba."),
        OSError(errno.ENOENT, "No such file"),
        ValueError("x"),
    ):
        assert system_failure(bad) is None, bad


def test_the_pause_backs_off_doubling_up_to_a_ceiling() -> None:
    assert [backoff(n, base=5, ceiling=300) for n in range(1, 9)] == [
        5,
        10,
        20,
        40,
        80,
        160,
        300,
        300,
    ]
    first = pause_after(None, "disco lleno", now=100, wall=1000, base=5, ceiling=300)
    assert first == Pause(cause="disco lleno", since=1000, attempts=1, resume_at=105, retry_at=1005)
    assert first.holding(104.9) and not first.holding(105)
    again = pause_after(first, "disco lleno", now=106, wall=1006, base=5, ceiling=300)
    assert (again.since, again.attempts, again.resume_at) == (1000, 2, 116)


# -- the watcher, for real --------------------------------------------------------------


def _tessdata_without_spanish(folder: Path) -> Path:
    """A Tesseract data folder as if «tesseract-ocr-spa» were not installed."""
    system = next(Path("/usr/share/tesseract-ocr").glob("*/tessdata"))
    folder.mkdir()
    for entry in system.iterdir():
        if entry.name != "spa.traineddata":
            (folder / entry.name).symlink_to(entry)
    return system / "spa.traineddata"


def _page(home: Path, login: str, password: str, *paths: str) -> list[str]:
    """The web pages ``paths`` as ``login`` sees them."""
    with TestClient(create_app(home), follow_redirects=False) as web:
        form = web.get("/ingresar").text
        token = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        answer = web.post(
            "/ingresar", data={"usuario": login, "contrasena": password, "csrf": token}
        )
        assert answer.status_code == 303
        return [web.get(path).text for path in paths]


def test_missing_ocr_language_pauses_and_installing_it_resumes(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fast(home)
    monkeypatch.setenv("PARTES_PASSWORD", "clave-de-prueba-1")
    assert partes(home, "user", "add", "clara", "--role", "oficina_partes").returncode == 0
    tessdata = tmp_path / "tessdata"
    spanish = _tessdata_without_spanish(tessdata)
    scan = make_document("carta", inbox(home) / "carta.pdf", seed=301, scan=True).path
    sha = _sha(scan)
    with Watcher(home, env={"TESSDATA_PREFIX": str(tessdata)}) as watcher:
        status = watcher.wait_status(_paused_again, timeout=180)
        assert "idioma spa" in status["pause"]["cause"]
        assert scan.exists() and _quarantined(home) == []
        shown = partes(home, "status")
        assert "en pausa" in shown.stdout and "idioma spa" in shown.stdout, shown.stdout
        [line] = [x for x in partes(home, "status", "--json").json_lines() if x["in_inbox"]]
        assert "idioma spa" in line["pause"]["cause"] and line["station"] == STATION
        for page in _page(home, "clara", "clave-de-prueba-1", "/", "/estaciones"):
            assert "en pausa" in page and "idioma spa" in page

        (tessdata / "spa.traineddata").symlink_to(spanish)  # «apt-get install tesseract-ocr-spa»
        registered = _settled(watcher, timeout=180)
        watcher.wait_status(lambda s: not _paused(s), timeout=30)
        assert watcher.stop() == 0
    assert {x["status"] for x in watcher.lines()} <= {"paused", "registered"}
    assert [x["status"] for x in registered] == ["registered"]
    assert registered[0]["sha256"] == sha and registered[0]["ocr_pages"] >= 1
    assert not scan.exists() and _quarantined(home) == []
    log = (home / "logs" / "vigilante.log").read_text(encoding="utf-8")
    assert "vigilante en pausa: Tesseract no tiene el idioma spa" in log
    assert "vigilante reanudado" in log


def test_ingest_stops_on_an_unknown_ocr_language_and_leaves_the_file(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    config = home / "partes.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('language = "spa"', 'language = "xxx"'),
        encoding="utf-8",
    )
    scan = make_document("oficio", tmp_path / "oficio.pdf", seed=302, scan=True).path
    before = scan.read_bytes()
    result = partes(home, "ingest", str(scan))
    assert result.returncode == 69, result.stderr
    assert "Tesseract no tiene el idioma xxx" in result.stderr
    assert "nada pasó a cuarentena" in result.stderr and "Traceback" not in result.stderr
    assert scan.read_bytes() == before and _quarantined(home) == []
    assert _registered_shas(home) == set()

    configure(home, stability_seconds=0.5)
    waiting = inbox(home) / scan.name
    shutil.copyfile(scan, waiting)
    once = partes(home, "watch", "--once")  # as from cron: says so in its exit code
    assert once.returncode == 69, once.stderr
    assert waiting.read_bytes() == before and _quarantined(home) == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 40 MB tmpfs: a real file system that fills up."""
    mount = tmp_path / "disco"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"no se puede montar un tmpfs aquí: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    """Write a file until the disk is full; its removal frees the disk."""
    filler = folder / "relleno.bin"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 20, 1 << 14, 1 << 12, 1 << 9):
            chunk = b"\0" * size
            while True:
                try:
                    handle.write(chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    return filler


def test_a_full_disk_pauses_and_freeing_it_resumes(small_disk: Path, tmp_path: Path) -> None:
    home = small_disk / "partes-data"
    assert run_partes(home, "init").returncode == 0
    _fast(home)
    waiting = make_document("oficio", small_disk / "oficio.pdf", seed=303, scan=False).path
    sha = _sha(waiting)
    with Watcher(home, output=tmp_path) as watcher:  # its terminal is not on that disk
        watcher.wait_status(lambda s: s.get("state") == "vigilando", timeout=60)
        filler = _fill(small_disk)
        target = inbox(home) / "oficio.pdf"
        waiting.rename(target)  # a rename needs no free space: the scanner's file appears
        status = watcher.wait_status(_paused_again, timeout=120)
        assert "disco" in status["pause"]["cause"] and "lleno" in status["pause"]["cause"]
        assert target.exists() and _quarantined(home) == []
        assert _registered_shas(home) == set()
        shown = run_partes(home, "status")
        assert "en pausa" in shown.stdout and "lleno" in shown.stdout, shown.stdout + shown.stderr

        filler.unlink()  # space freed
        watcher.wait_status(lambda s: not _paused(s), timeout=60)
        lines = _settled(watcher, timeout=60)
        assert watcher.stop() == 0
    assert [x["status"] for x in lines] == ["registered"] and lines[0]["sha256"] == sha
    assert not target.exists() and _quarantined(home) == []
    assert _registered_shas(home) == {sha}
    assert "Traceback" not in watcher.stderr() and "Logging error" not in watcher.stderr()
    assert [p for p in (home / "store").rglob("*") if p.is_file()] != []
    assert list((home / "work").iterdir()) == []


def test_a_locked_database_pauses_and_its_release_resumes(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    _fast(home, busy_timeout_seconds=1)
    source = make_document("decreto", tmp_path / "decreto.pdf", seed=304, scan=False).path
    sha = _sha(source)
    holder = sqlite3.connect(home / "registry.db", isolation_level=None, timeout=30)
    try:
        with Watcher(home) as watcher:
            watcher.wait_status(lambda s: s.get("state") == "vigilando", timeout=60)
            holder.execute("BEGIN EXCLUSIVE")  # another program holds the registry
            target = inbox(home) / "decreto.pdf"
            shutil.move(source, target)
            status = watcher.wait_status(_paused_again, timeout=120)
            assert "bloqueada por otro proceso" in status["pause"]["cause"]
            assert target.exists() and _quarantined(home) == []
            shown = partes(home, "status")
            assert "en pausa" in shown.stdout and "bloqueada" in shown.stdout, shown.stdout

            holder.execute("ROLLBACK")  # released
            watcher.wait_status(lambda s: not _paused(s), timeout=60)
            done = _settled(watcher, timeout=60)
            assert watcher.stop() == 0
    finally:
        holder.close()
    assert [x["status"] for x in done] == ["registered"] and done[0]["sha256"] == sha
    assert not target.exists() and _quarantined(home) == []


def test_quarantine_retry_all_takes_every_file_or_those_of_a_reason(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    config = home / "partes.toml"
    original = config.read_text(encoding="utf-8")
    config.write_text(
        original.replace("timeout_seconds = 600", "timeout_seconds = 0.2"), encoding="utf-8"
    )
    scans = [
        make_document(kind, tmp_path / f"{kind}.pdf", seed=310 + i, scan=True).path
        for i, kind in enumerate(("carta", "memorandum"))
    ]
    empty = tmp_path / "vacio.pdf"
    empty.write_bytes(b"")
    assert partes(home, "ingest", *map(str, [*scans, empty])).returncode == 1
    reasons = [item["reason"] for item in partes(home, "quarantine", "--json").json_lines()]
    assert len(reasons) == 3 and sum("tiempo máximo" in r for r in reasons) == 2
    config.write_text(original, encoding="utf-8")  # the cause of the time-outs is fixed

    again = partes(home, "quarantine", "retry", "--all", "--reason", "TIEMPO MÁXIMO", "--json")
    assert again.returncode == 0, again.stderr
    lines = again.json_lines()
    assert [x["status"] for x in lines] == ["registered", "registered"]
    assert {x["sha256"] for x in lines} == {_sha(p) for p in scans}
    [left] = partes(home, "quarantine", "--json").json_lines()
    assert "vacío" in left["reason"]

    rest = partes(home, "quarantine", "retry", "--all")
    assert rest.returncode == 1 and "sigue en cuarentena" in rest.stderr  # still a bad file
    assert len(partes(home, "quarantine", "--json").json_lines()) == 1
    assert partes(home, "quarantine", "retry", "--all", "x").returncode == 2
