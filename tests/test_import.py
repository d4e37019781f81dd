"""partes import: an existing archive under its historical numbers; bad rows reported, an
interrupted import resumed without duplicates, the current series untouched, audit clean."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from partes.config import ImportColumns
from partes.services._import_rows import (
    Vocabulary,
    number_from_name,
    parse_date,
    parse_ledger,
    parse_number,
    vocabulary_of,
)
from tests.conftest import ROOT, CliResult, run_partes
from tests.docgen import make_document

KINDS = ("oficio", "carta", "decreto", "memorandum")


def _documents(
    folder: Path, count: int, *, seed: int, prefix: str = "doc", start: int = 0
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        make_document(KINDS[i % 4], folder / f"{prefix}{i + start:03d}.pdf", seed=seed + i).path
        for i in range(count)
    ]


def _by_name(result: CliResult) -> dict[str, dict[str, Any]]:
    return {Path(o["source"]).name: o for o in result.json_lines() if not o.get("summary")}


def _summary(result: CliResult) -> dict[str, Any]:
    [summary] = [o for o in result.json_lines() if o.get("summary")]
    return summary


def _audit_clean(home: Path) -> None:
    audit = run_partes(home, "audit", "--json")
    report = json.loads(audit.stdout)
    assert audit.returncode == 0 and report["ok"], report["problems"]


def _historical_entries(home: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(home / "registry.db") as db:
        rows = db.execute(
            "SELECT registry_number FROM registry_entries WHERE series = 'historico'"
        ).fetchall()
    return sorted(r[0] for r in rows)


def test_a_csv_libro_keeps_numbers_and_dates_and_reports_every_bad_row(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "archivo"
    docs = _documents(folder, 6, seed=500)
    rows = ["numero;fecha;remitente;materia;tipo;unidad;archivo"]
    for i in range(4):
        rows.append(
            f"{i + 10}/2019;0{i + 1}-03-2019;Remitente {i};Materia histórica {i};"
            f"Oficio;DOM;{docs[i].name}"
        )
    rows += [
        f"20;31-02-2019;X;Y;;;{docs[4].name}",  # unknown date
        f"11/2019;05-03-2019;X;Y;;;{docs[5].name}",  # number of an earlier row
        "21;05-03-2019;X;Y;;;no-existe.pdf",  # no such file
    ]
    libro = tmp_path / "libro.csv"
    libro.write_text("\n".join(rows) + "\n", encoding="utf-8")

    result = run_partes(home, "import", str(folder), "--metadata", str(libro), "--json")

    assert result.returncode == 1, result.stderr  # something refused: not fatal, but said
    outcomes = _by_name(result)
    first = outcomes[docs[0].name]
    assert first["status"] == "imported"
    assert first["registry_number"] == "H-2019-000010"
    assert first["doc_date"] == "2019-03-01"
    assert first["sender"] == "Remitente 0" and first["subject"] == "Materia histórica 0"
    assert first["doc_type"] == "oficio" and first["unit"] == "dom"
    assert [outcomes[d.name]["registry_number"] for d in docs[:4]] == [
        f"H-2019-0000{n}" for n in (10, 11, 12, 13)
    ]
    reasons = {o["row"]: o["reason"] for o in result.json_lines() if o.get("status") == "refused"}
    assert "Fecha desconocida" in reasons[6]
    assert "repetido" in reasons[7] and "fila 3" in reasons[7]
    assert "No se encuentra el archivo" in reasons[8]
    summary = _summary(result)
    assert (summary["imported"], summary["skipped"], summary["refused"]) == (4, 0, 3)

    shown = run_partes(home, "show", "H-2019-000010", "--json").json_lines()[0]
    assert [f["role"] for f in shown["files"]] == ["original"]  # no stamp, no certificate
    assert shown["received_at"].startswith("2019-03-01")
    assert any(e["action"] == "importado" for e in shown["events"])

    libro_csv = run_partes(
        home, "libro", "--series", "historico", "--year", "2019", "--format", "csv"
    )
    assert libro_csv.returncode == 0, libro_csv.stderr
    assert "H-2019-000010" in libro_csv.stdout and "H-2019-000013" in libro_csv.stdout

    # The current series is untouched: the next document received is number 1.
    new = make_document("carta", tmp_path / "nuevo.pdf", seed=590).path
    ingested = run_partes(home, "ingest", str(new), "--direction", "entrada", "--json")
    year = datetime.now(UTC).year
    assert ingested.json_lines()[0]["registry_number"] == f"E-{year}-000001"
    again_in = run_partes(home, "ingest", str(docs[0]), "--json").json_lines()[0]
    assert (again_in["status"], again_in["registry_number"]) == ("duplicate", "H-2019-000010")
    shown = run_partes(home, "show", "H-2019-000010", "--json").json_lines()[0]
    assert [f["role"] for f in shown["files"]] == ["original"], "still no stamp"
    _audit_clean(home)

    again = run_partes(home, "import", str(folder), "--metadata", str(libro))
    assert (
        "Importados: 0" in again.stdout and "Omitidos (ya estaban en el archivo): 4" in again.stdout
    )
    assert "Rechazados: 3." in again.stdout and "✗ fila 6 (" in again.stderr
    events = run_partes(home, "events", "--kind", "importacion", "--json").json_lines()
    assert [e["detail"]["importados"] for e in events] == [4, 0]


def test_an_xlsx_libro_and_numbers_in_file_names(home: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    folder = tmp_path / "archivo"
    docs = _documents(folder, 2, seed=600)
    named = make_document("carta", folder / "2018-000077 carta.pdf", seed=610).path
    make_document("carta", folder / "sin-numero.pdf", seed=611)
    (folder / "2018-000078.pdf").write_bytes(b"esto no es un PDF")
    scan = make_document("oficio", folder / "2018-000079.pdf", seed=612, scan=True).path
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["N°", "Número", "Fecha", "Materia", "Archivo"])  # extra column: ignored
    sheet.append([1, 5, date(2017, 6, 30), "Primera", docs[0].name])
    sheet.append([2, "6/2017", datetime(2017, 7, 3, 9, 30), "Segunda", docs[1].name])
    libro = tmp_path / "libro.xlsx"
    book.save(libro)

    result = run_partes(home, "import", str(folder), "--metadata", str(libro), "--json")

    outcomes = _by_name(result)
    assert outcomes[docs[0].name]["registry_number"] == "H-2017-000005"
    assert outcomes[docs[1].name]["doc_date"] == "2017-07-03"
    assert outcomes[named.name]["registry_number"] == "H-2018-000077"
    assert outcomes[named.name]["doc_type"] == "carta"  # no row: the classifier's labels
    assert outcomes["sin-numero.pdf"]["status"] == "refused"
    assert "Sin número histórico" in outcomes["sin-numero.pdf"]["reason"]
    scanned = outcomes[scan.name]
    assert scanned["status"] == "imported" and scanned["ocr_pages"] == scanned["pages"] >= 1
    shown = run_partes(home, "show", "H-2018-000079", "--json").json_lines()[0]
    assert sorted(f["role"] for f in shown["files"]) == ["original", "searchable"]
    damaged = outcomes["2018-000078.pdf"]
    assert damaged["status"] == "refused" and damaged["reason"]
    assert not any((home / "quarantine").rglob("*.pdf")), "the archive's folder keeps it"
    assert result.returncode == 1
    unknown = run_partes(home, "import", str(folder), "--series", "otra")
    assert unknown.returncode == 2 and "no está configurada" in unknown.stderr
    found = run_partes(home, "search", "Primera", "--json").json_lines()
    assert [hit["registry_number"] for hit in found] == ["H-2017-000005"]
    _audit_clean(home)


def test_an_interrupted_import_resumes_without_duplicates(home: Path, tmp_path: Path) -> None:
    config = home / "partes.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("batch = 50", "batch = 4"), encoding="utf-8"
    )
    folder = tmp_path / "archivo"
    docs = _documents(folder, 40, seed=700, prefix="2015-", start=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    env["PYTHONUNBUFFERED"] = "1"
    command = [sys.executable, "-m", "partes.cli", "--home", str(home), "import", str(folder)]
    with subprocess.Popen(
        [*command, "--json"], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    ) as proc:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())  # the first batch is committed
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    assert first["status"] == "imported"
    before = _historical_entries(home)
    assert 4 <= len(before) < len(docs), "killed after the first batch, before the last"

    resumed = run_partes(home, "import", str(folder), "--json")

    summary = _summary(resumed)
    assert resumed.returncode == 0, resumed.stderr
    assert summary["skipped"] == len(before)
    assert summary["imported"] == len(docs) - len(before)
    after = _historical_entries(home)
    assert after == [f"H-2015-{n:06d}" for n in range(1, len(docs) + 1)]
    _audit_clean(home)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", (None, 123)),
        (123.0, (None, 123)),
        ("N° 45", (None, 45)),
        ("123/2019", (2019, 123)),
        ("2019-123", (2019, 123)),
        ("H-2019-000123", (2019, 123)),
        ("ciento", None),
        ("", None),
    ],
)
def test_historical_numbers_as_the_books_wrote_them(text: object, expected: object) -> None:
    assert parse_number(text) == expected


def test_dates_and_names() -> None:
    assert parse_date("05-03-2019") == date(2019, 3, 5)
    assert parse_date("05/03/2019") == date(2019, 3, 5)
    assert parse_date("2019-03-05") == date(2019, 3, 5)
    assert parse_date(datetime(2019, 3, 5, 10, 0)) == date(2019, 3, 5)
    assert parse_date("31-02-2019") is None and parse_date(None) is None
    assert number_from_name("E-2019-000123.pdf") == (2019, 123)
    assert number_from_name("2019_77 oficio.pdf") == (2019, 77)
    assert number_from_name("oficio.pdf") is None


def test_the_ledger_refuses_rows_and_maps_labels() -> None:
    vocabulary = Vocabulary(
        doc_types=vocabulary_of({"oficio": ("Oficio",), "resolucion": ("Resolución",)}),
        units=vocabulary_of({"dom": ("Dirección de Obras",)}),
        directions=vocabulary_of({"entrada": ()}),
    )
    rows = [
        {
            "Número": "1",
            "Fecha": "02-01-2018",
            "Archivo": "a.pdf",
            "Tipo": "RESOLUCION",
            "Unidad": "dirección de obras",
        },
        {"Número": "", "Fecha": "", "Archivo": ""},  # empty: not a row
        {"Número": "1", "Fecha": "03-01-2018", "Archivo": "b.pdf"},
        {"Número": "2", "Fecha": "03-01-2018", "Archivo": "A.PDF"},
        {"Número": "3", "Fecha": "ayer", "Archivo": "c.pdf"},
        {"Número": "?", "Fecha": "03-01-2018", "Archivo": "d.pdf"},
        {"Número": "4", "Fecha": "03-01-2018", "Archivo": "", "Tipo": "desconocido"},
    ]
    ledger = parse_ledger(rows, ImportColumns(), vocabulary)
    [row] = ledger.rows
    assert (row.line, row.year, row.number, row.doc_type, row.unit) == (
        2,
        2018,
        1,
        "resolucion",
        "dom",
    )
    reasons = {p.line: p.reason for p in ledger.problems}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "repetido" in reasons[4] and "Archivo repetido" in reasons[5]
    assert "Fecha desconocida" in reasons[6] and "Número ilegible" in reasons[7]
    assert "archivo" in reasons[8]
