"""The command line as people use it: the first admin, users and roles, who acts, errors
that mean one thing everywhere, and document text that Rich must not read as markup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive import ArchiveError, DatabaseUnavailable, RecordNotFound
from index import IndexUnavailable, QueryError, SearchIndexError
from ocr.errors import DamagedFile, MissingDependency
from partes.errors import (
    AuthenticationFailed,
    ExitCode,
    PermissionDenied,
    SystemUnavailable,
    UsageError,
    exit_code_for,
    http_status_for,
)
from signing.errors import CertificateRefused, SignerUnavailable
from tests.conftest import ROOT, run_partes
from tests.docgen import make_document
from tests.watcher import Watcher, configure, inbox
from watch_folders.errors import AlreadyRunning


def _partes(
    home: Path, *args: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    env.pop("PARTES_PASSWORD", None)
    if password is not None:
        env["PARTES_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "partes.cli", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=300,
    )


def test_init_creates_the_first_admin_once(tmp_path: Path) -> None:
    home = tmp_path / "datos"
    first = _partes(home, "init")
    assert first.returncode == 0, first.stderr
    assert "primer administrador: «admin»" in first.stdout
    assert "se muestra solo esta vez" in first.stdout
    again = _partes(home, "init")
    assert again.returncode == 0 and "administrador" not in again.stdout
    listed = _partes(home, "user", "list", "--json")
    users = [u for u in (line for line in listed.stdout.splitlines()) if u]
    assert len(users) == 1 and '"role": "admin"' in users[0] and '"has_password": true' in users[0]


def test_users_roles_and_who_acts(tmp_path: Path) -> None:
    home = tmp_path / "datos"
    assert _partes(home, "init", password="clave-inicial-123").returncode == 0
    short = _partes(home, "user", "add", "ana", "--role", "unidad", "--unit", "dom", password="x")
    assert short.returncode == 2 and "al menos 10 caracteres" in short.stderr
    no_unit = _partes(home, "user", "add", "ana", "--role", "unidad", password="clave-ana-1234")
    assert no_unit.returncode == 2 and "necesita su unidad" in no_unit.stderr
    no_tty = _partes(home, "user", "add", "ana", "--role", "unidad", "--unit", "dom")
    assert no_tty.returncode == 2 and "PARTES_PASSWORD" in no_tty.stderr
    added = _partes(
        home,
        "user",
        "add",
        "ana",
        "--role",
        "unidad",
        "--unit",
        "dom",
        "--name",
        "Ana Pérez",
        "--json",
        password="clave-ana-1234",
    )
    assert added.returncode == 0, added.stderr
    assert '"unit": "dom"' in added.stdout
    twice = _partes(home, "user", "add", "ana", "--role", "auditor", password="clave-ana-1234")
    assert twice.returncode == 2 and "Ya existe" in twice.stderr

    refused = _partes(
        home, "--user", "ana", "user", "add", "eva", "--role", "admin", password="clave-eva-1234"
    )
    assert refused.returncode == ExitCode.forbidden and "no permite" in refused.stderr
    assert _partes(home, "user", "role", "ana", "auditor").returncode == 0
    assert _partes(home, "--user", "ana", "events", "--limit", "3").returncode == 0
    assert _partes(home, "user", "passwd", "ana", password="otra-clave-5678").returncode == 0
    assert _partes(home, "user", "disable", "ana").returncode == 0
    gone = _partes(home, "--user", "ana", "registry")
    assert gone.returncode == ExitCode.forbidden and "desactivado" in gone.stderr

    events = _partes(home, "events", "--json")
    actions = [line for line in events.stdout.splitlines() if '"operador:' in line]
    for kind in (
        "usuario_creado",
        "usuario_rol_cambiado",
        "contrasena_cambiada",
        "usuario_desactivado",
    ):
        assert any(f'"action": "{kind}"' in line for line in actions), kind
    assert any(
        '"acceso_denegado"' in line and '"actor": "ana"' in line
        for line in events.stdout.splitlines()
    )
    log = home / "logs" / "partes.log"
    assert "clave-" not in events.stdout + (log.read_text() if log.exists() else "")


def test_an_unexpected_error_is_one_line_and_a_logged_traceback(home: Path) -> None:
    (home / "registry.db").write_bytes(b"esto no es una base de datos SQLite" * 100)
    for leftover in ("registry.db-wal", "registry.db-shm"):
        (home / leftover).unlink(missing_ok=True)
    broken = run_partes(home, "registry")
    assert broken.returncode == 70
    assert "Traceback" not in broken.stderr + broken.stdout
    assert len(broken.stderr.strip().splitlines()) == 1, broken.stderr
    assert "Error interno" in broken.stderr and "partes.log" in broken.stderr
    log = (home / "logs" / "partes.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "DatabaseError" in log


def test_library_warnings_never_reach_the_terminal(home: Path, tmp_path: Path) -> None:
    doc = make_document("oficio", tmp_path / "oficio.pdf", seed=901, topic_index=2)
    done = run_partes(home, "ingest", str(doc.path))
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "warn" not in done.stderr.lower(), done.stderr


def test_document_text_is_not_read_as_markup(home: Path, tmp_path: Path) -> None:
    doc = make_document("carta", tmp_path / "carta.pdf", seed=902, topic_index=3)
    ref = run_partes(home, "ingest", str(doc.path), "--json").json_lines()[0]["registry_number"]
    subject = "[borrador] Informe [/x] de [bold]obras[/bold] :warning:"
    fixed = run_partes(home, "correct", ref, "--subject", subject + "\x1b[31m")
    assert fixed.returncode == 0, fixed.stderr
    assert subject in fixed.stdout and "\x1b" not in fixed.stdout
    for args in (("show", ref), ("registry",), ("review",)):
        shown = run_partes(home, *args)
        assert shown.returncode == 0, shown.stderr
        if args[0] != "review":
            assert "[borrador]" in shown.stdout and "[/x]" in shown.stdout, shown.stdout


def test_the_watcher_acts_as_its_station(home: Path, tmp_path: Path) -> None:
    configure(home, stability_seconds=0.5)
    make_document("memorandum", inbox(home, "interno") / "memo.pdf", seed=903, topic_index=4)
    with Watcher(home, "--once") as watcher:
        assert watcher.proc.wait(timeout=300) == 0
    [line] = watcher.lines()
    history = run_partes(home, "history", line["registry_number"], "--json").json_lines()
    first = history[0]
    assert (first["action"], first["actor"], first["role"], first["channel"]) == (
        "registrado",
        "estacion:oficina-partes",
        "oficina_partes",
        "watcher",
    )


@pytest.mark.parametrize(
    ("error", "code", "status"),
    [
        (AuthenticationFailed("x"), 77, 401),
        (PermissionDenied("x"), 77, 403),
        (RecordNotFound("x"), 3, 404),
        (UsageError("x"), 2, 400),
        (QueryError("x"), 2, 400),
        (DamagedFile("x"), 1, 422),
        (CertificateRefused("x"), 1, 422),
        (SignerUnavailable("x"), 1, 503),
        (AlreadyRunning("x"), 75, 409),
        (SearchIndexError("x"), 70, 503),
        (IndexUnavailable("x"), 74, 503),
        (SystemUnavailable("x"), 69, 503),
        (DatabaseUnavailable("x"), 69, 503),
        (MissingDependency("x"), 69, 503),
        (ArchiveError("x"), 70, 500),
        (ZeroDivisionError(), 70, 500),
    ],
)
def test_one_table_maps_errors_to_exit_codes_and_http(
    error: BaseException, code: int, status: int
) -> None:
    assert (exit_code_for(error), http_status_for(error)) == (code, status)
