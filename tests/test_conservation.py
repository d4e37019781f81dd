"""The archive proves itself: five ways to tamper with it, each caught by ``partes audit``
with its own message; annulments are book lines; checkpoints carry a real TSA's token."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from archive import LOCAL_TZ, Actor
from archive.book import GENESIS, line_hash
from partes import services
from partes.config import ConservationSettings
from partes.services.conservation import due
from partes.wiring import opened
from tests.conftest import CliResult, run_partes
from tests.docgen import make_document
from tests.signing_support import SigningEnv, configure_signing

KINDS = ("oficio", "carta", "memorandum", "solicitud_transparencia")


def _configure_checkpoints(home: Path, folder: Path) -> None:
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        re.sub(r'(?m)^checkpoints = ".*"$', f'checkpoints = "{folder}"', text), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory, pki: SigningEnv) -> Iterator[Path]:
    """A home with four registered documents and one time-stamped checkpoint."""
    root = tmp_path_factory.mktemp("conservacion")
    home = root / "casa"
    assert run_partes(home, "init").returncode == 0
    configure_signing(home, pki)
    _configure_checkpoints(home, root / "puntos")
    files = [
        make_document(kind, root / f"{kind}.pdf", seed=700 + i, topic_index=i).path
        for i, kind in enumerate(KINDS)
    ]
    ingested = run_partes(home, "ingest", "--direction", "entrada", *map(str, files))
    assert ingested.returncode == 0, ingested.stderr
    made = run_partes(home, "checkpoint", "--json")
    assert made.returncode == 0, made.stderr
    assert made.json_lines()[0]["stamped"] is True
    yield home


@pytest.fixture
def copy(sealed: Path, tmp_path: Path) -> Path:
    """A copy of the sealed home to tamper with; its checkpoints stay where they were."""
    home = tmp_path / "copia"
    shutil.copytree(sealed, home)
    for path in (home / "store").rglob("*"):
        if path.is_file():
            path.chmod(0o600)
    return home


def _audit(home: Path) -> tuple[CliResult, dict[str, object]]:
    result = run_partes(home, "audit", "--json")
    return result, result.json_lines()[0]


def _sql(home: Path, *statements: str) -> None:
    with sqlite3.connect(home / "registry.db") as conn:
        for statement in statements:
            conn.execute(statement)


def _problems(report: dict[str, object]) -> str:
    problems = report["problems"]
    assert isinstance(problems, list)
    return "\n".join(problems)


def test_an_untouched_archive_passes_its_audit(copy: Path) -> None:
    result, report = _audit(copy)
    assert result.returncode == 0, report
    assert report["ok"] is True and report["problems"] == []
    assert int(str(report["files"])) >= 4 * 3  # original, searchable or stamped copies, certificate
    assert report["book_lines"] == 4 and report["checkpoints"] == 1
    text = run_partes(copy, "audit")
    assert "el archivo está íntegro" in text.stdout


def test_a_subject_edited_in_the_database_is_caught(copy: Path) -> None:
    _sql(copy, "UPDATE documents SET subject = 'Asunto cambiado' WHERE id = 2")
    result, report = _audit(copy)
    assert result.returncode == 1
    assert "no dice lo que dice el libro (subject)" in _problems(report)


def test_a_middle_line_deleted_is_caught(copy: Path) -> None:
    _sql(
        copy,
        "DROP TRIGGER book_lines_no_delete",
        "DELETE FROM book_lines WHERE id = 2",
        "DELETE FROM registry_entries WHERE id = 2",
    )
    result, report = _audit(copy)
    assert result.returncode == 1
    problems = _problems(report)
    assert "no sigue a la anterior" in problems
    assert "le faltan los números 2" in problems


def test_one_flipped_byte_of_a_stored_file_is_caught(copy: Path) -> None:
    with sqlite3.connect(copy / "registry.db") as conn:
        (sha,) = conn.execute("SELECT sha256 FROM documents WHERE id = 3").fetchone()
    path = copy / "store" / sha[:2] / sha[2:4] / sha
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result, report = _audit(copy)
    assert result.returncode == 1
    assert f"{sha[:12]}… de E-" in _problems(report)
    assert "fue alterado (su SHA-256 no coincide)" in _problems(report)


def test_a_truncated_book_is_caught_by_the_checkpoint(copy: Path) -> None:
    _sql(
        copy,
        "DROP TRIGGER book_lines_no_delete",
        "DELETE FROM book_lines WHERE id = 4",
        "DELETE FROM registry_entries WHERE id = 4",
        "UPDATE series_counters SET last_number = last_number - 1",
    )
    result, report = _audit(copy)
    assert result.returncode == 1
    assert "el libro tenía 4 líneas y ahora tiene 3: se truncó" in _problems(report)


def _rewrite_book(home: Path, subject: str) -> str:
    """Document 1's subject changed and every line re-hashed; the new head."""
    with sqlite3.connect(home / "registry.db") as conn:
        conn.execute("DROP TRIGGER book_lines_no_delete")
        conn.execute("UPDATE documents SET subject = ? WHERE id = 1", (subject,))
        cursor = conn.execute("SELECT * FROM book_lines ORDER BY id")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        conn.execute("DELETE FROM book_lines")
        prev = GENESIS
        for line in rows:
            content = json.loads(line["content"])
            if line["document_id"] == 1:
                content["subject"] = subject
            digest = line_hash(prev, content)
            conn.execute(
                "INSERT INTO book_lines (id, entry_id, document_id, kind, content, created_at,"
                " actor, prev_hash, line_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *(line[k] for k in ("id", "entry_id", "document_id", "kind")),
                    json.dumps(content),
                    *(line[k] for k in ("created_at", "actor")),
                    prev,
                    digest,
                ),
            )
            conn.execute(
                "UPDATE registry_entries SET prev_hash = ?, entry_hash = ? WHERE id = ?",
                (prev, digest, line["entry_id"]),
            )
            prev = digest
    return prev


def test_a_consistently_rewritten_book_is_caught_only_by_the_checkpoint(copy: Path) -> None:
    """Subject changed, every line re-hashed: the book alone proves nothing wrong."""
    _rewrite_book(copy, "Asunto reescrito")
    result, report = _audit(copy)
    assert result.returncode == 1
    problems = _problems(report)
    assert "no es la que se selló: el libro fue reescrito" in problems
    assert "no dice lo que dice el libro" not in problems  # the rewrite was consistent


def test_a_checkpoint_rewritten_to_match_is_caught_by_its_time_stamp(
    copy: Path, sealed: Path, tmp_path: Path
) -> None:
    points = tmp_path / "puntos"
    shutil.copytree(sealed.parent / "puntos", points)
    _configure_checkpoints(copy, points)
    head = _rewrite_book(copy, "Asunto reescrito")
    (point,) = points.glob("*/punto-*.json")
    body = json.loads(point.read_text(encoding="utf-8"))
    body["libro"]["cabeza"] = head
    point.write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")
    result, report = _audit(copy)
    assert result.returncode == 1
    problems = _problems(report)
    assert "su sello de tiempo no vale (no coincide)" in problems
    assert "el libro fue reescrito" not in problems


def test_an_annulment_is_a_new_line_and_the_number_is_never_given_again(
    copy: Path, tmp_path: Path
) -> None:
    refused = run_partes(copy, "annul", "E-2026-000002", "--reason", "x")
    assert refused.returncode == 2 and "motivo" in refused.stderr
    number = run_partes(copy, "registry", "--json").json_lines()[1]["registry_number"]
    done = run_partes(copy, "annul", number, "--reason", "Ingresado por error, duplicado en papel")
    assert done.returncode == 0, done.stderr
    again = run_partes(copy, "annul", number, "--reason", "Otra vez, por error")
    assert again.returncode != 0 and "ya está anulado" in again.stderr
    with sqlite3.connect(copy / "registry.db") as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM book_lines ORDER BY id")]
    assert kinds == ["registro"] * 4 + ["anulacion"]
    year = number.split("-")[1]
    book = run_partes(copy, "libro", "--series", "E", "--year", year, "--format", "csv").stdout
    (row,) = [line for line in book.splitlines() if line.startswith(number)]
    assert row.rstrip().endswith(",sí")  # the «anulado» column
    extra = make_document("oficio", tmp_path / "nuevo.pdf", seed=799, topic_index=9).path
    added = run_partes(copy, "ingest", "--direction", "entrada", "--json", str(extra))
    assert added.json_lines()[0]["registry_number"].endswith("000005")
    result, report = _audit(copy)
    assert result.returncode == 0, report


def test_a_checkpoint_needs_a_folder_outside_the_home(tmp_path: Path) -> None:
    home = tmp_path / "casa"
    assert run_partes(home, "init").returncode == 0
    missing = run_partes(home, "checkpoint")
    assert missing.returncode == 2 and "conservation.checkpoints" in missing.stderr
    _configure_checkpoints(home, home / "puntos")
    inside = run_partes(home, "checkpoint")
    assert inside.returncode == 2 and "dentro del directorio de datos" in inside.stderr


SUNDAY = datetime(2026, 12, 6, tzinfo=LOCAL_TZ)  # audit_weekday 7


@pytest.mark.parametrize(
    ("now", "last_checkpoint", "last_audit", "owed"),
    [
        (SUNDAY.replace(hour=23, minute=40), None, None, (True, True)),
        (SUNDAY.replace(hour=10), None, SUNDAY.replace(hour=9), (False, False)),
        (
            SUNDAY.replace(hour=23, minute=45),
            SUNDAY.replace(hour=23, minute=31),
            SUNDAY.replace(hour=23, minute=31),
            (False, False),
        ),
        (SUNDAY + timedelta(days=1, hours=10), SUNDAY, SUNDAY, (False, False)),
        (SUNDAY + timedelta(days=1, hours=23, minutes=31), SUNDAY, SUNDAY, (True, False)),
        (SUNDAY + timedelta(days=9, hours=8), SUNDAY, SUNDAY, (False, True)),  # a late audit
    ],
)
def test_the_service_owes_a_checkpoint_a_day_and_an_audit_a_week(
    now: datetime,
    last_checkpoint: datetime | None,
    last_audit: datetime | None,
    owed: tuple[bool, bool],
) -> None:
    settings = ConservationSettings(checkpoints="/mnt/respaldo/puntos")
    found = due(now, settings=settings, last_checkpoint=last_checkpoint, last_audit=last_audit)
    assert (found.checkpoint, found.audit) == owed
    unset = due(now, settings=ConservationSettings(), last_checkpoint=None, last_audit=None)
    assert not unset.checkpoint


def test_the_service_round_writes_what_it_owes_once_and_the_dashboard_says_so(
    home: Path, tmp_path: Path
) -> None:
    points = tmp_path / "puntos"
    _configure_checkpoints(home, points)
    config = home / "partes.toml"
    today = datetime.now(LOCAL_TZ).isoweekday()
    text = config.read_text(encoding="utf-8").replace(
        'checkpoint_hour = "23:30"', 'checkpoint_hour = "00:00"'
    )
    config.write_text(text.replace("audit_weekday = 7", f"audit_weekday = {today}"), "utf-8")
    with opened(home) as app:
        first = services.maintain(app)
        again = services.maintain(app)
        auditor = Actor(login="auditora", role="auditor", channel="web")
        clerk = Actor(login="oficina", role="oficina_partes", channel="web")
        seen = services.overview(app, actor=auditor).audit
        hidden = services.overview(app, actor=clerk).audit
    assert len(first) == 2 and first[1] == "auditoría correcta"
    assert again == []
    assert len(list(points.glob("*/punto-*.json"))) == 1
    assert seen is not None and "correcta" in seen and hidden is None
