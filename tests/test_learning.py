"""Clerks' corrections: kept as history, listed for review, and learnt by the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import run_partes
from tests.docgen import make_document

# Subjects no unit's keywords mention: only a clerk can tell where they go.
BEES = ("crianza de abejas y apicultura en el sector Los Maitenes", "dideco", "apicultura")
BARBECUE = ("arriendo del quincho del estadio para eventos privados", "daf", "quincho")
HARVEST = ("fiesta costumbrista de la vendimia en la plaza", "alcaldia", "vendimia")
LABELS = [
    "id",
    "registry_number",
    "series",
    "year",
    "number",
    "doc_type",
    "direction",
    "unit",
    "sender",
    "sender_org",
    "recipient",
    "subject",
    "antecedents",
    "doc_number",
    "doc_date",
    "ruts",
    "reserved",
    "type_confidence",
    "unit_confidence",
    "review",
    "legal_received_on",
    "pages",
    "ocr_pages",
    "sha256",
    "status",
]


def _ingest(home: Path, files: list[Path]) -> list[dict[str, Any]]:
    result = run_partes(home, "ingest", "--json", *map(str, files))
    assert result.returncode == 0, result.stderr
    return result.json_lines()


def _correct(home: Path, ref: str, *args: str) -> dict[str, Any]:
    result = run_partes(home, "correct", ref, *args, "--json")
    assert result.returncode == 0, result.stderr
    line: dict[str, Any] = result.json_lines()[0]
    return line


def test_corrections_are_kept_as_history_and_retrain_the_model(tmp_path: Path, home: Path) -> None:
    first = [
        make_document("reclamo", tmp_path / f"r{i}.pdf", seed=i, topic=topic)
        for i, topic in enumerate([BEES, BEES, BARBECUE, BARBECUE], 1)
    ]
    lines = _ingest(home, [d.path for d in first])
    for line in lines:
        assert set(LABELS) <= set(line), set(LABELS) - set(line)
        assert line["doc_type"] == "reclamo" and line["unit"] is None
        assert line["review"] == "por_revisar"
    listed = run_partes(home, "review", "--json").json_lines()
    assert [x["registry_number"] for x in listed] == [x["registry_number"] for x in lines]

    for line, doc in zip(lines, first, strict=True):
        done = _correct(home, line["registry_number"], "--unit", doc.truth.unit)
        assert done["changed"] == {"unit": {"before": None, "after": doc.truth.unit}}
    assert done["model_examples"] == 4
    assert (home / "modelo" / "clasificador.joblib").exists()
    assert run_partes(home, "review", "--json").json_lines() == []

    ref = lines[0]["registry_number"]
    _correct(home, ref, "--subject", "Apicultura en Los Maitenes")
    shown = run_partes(home, "show", ref, "--json").json_lines()[0]
    corrections = [e for e in shown["events"] if e["action"] == "corregido"]
    assert [c["detail"]["antes"] for c in corrections] == [
        {"unit": None},
        {"subject": lines[0]["subject"]},
    ]
    assert shown["subject"] == "Apicultura en Los Maitenes" and shown["review"] == "revisado"

    later = [
        make_document("reclamo", tmp_path / "n1.pdf", seed=11, topic=BEES),
        make_document("reclamo", tmp_path / "n2.pdf", seed=12, topic=BARBECUE),
    ]
    predicted = _ingest(home, [d.path for d in later])
    assert [p["unit"] for p in predicted] == ["dideco", "daf"]
    assert all(p["unit_confidence"] > 0.5 for p in predicted)


def test_a_type_correction_teaches_the_type(tmp_path: Path, home: Path) -> None:
    invitations = [
        make_document("otro", tmp_path / f"i{i}.pdf", seed=40 + i, topic=HARVEST) for i in range(3)
    ]
    lines = _ingest(home, [d.path for d in invitations[:2]])
    assert {line["doc_type"] for line in lines} == {"otro"}
    for line in lines:
        _correct(home, line["registry_number"], "--type", "carta", "--unit", "alcaldia")
    (new,) = _ingest(home, [invitations[2].path])
    assert new["doc_type"] == "carta" and new["unit"] == "alcaldia"
    shown = run_partes(home, "show", new["registry_number"], "--json").json_lines()[0]
    registered = next(e for e in shown["events"] if e["action"] == "registrado")
    assert any("modelo" in reason for reason in registered["detail"]["clasificacion"])


def test_bad_corrections_are_refused_in_spanish(home: Path, tmp_path: Path) -> None:
    doc = make_document("reclamo", tmp_path / "r.pdf", seed=3, topic=BEES)
    (line,) = _ingest(home, [doc.path])
    wrong_unit = run_partes(home, "correct", line["registry_number"], "--unit", "bomberos")
    assert wrong_unit.returncode == 2 and "no está configurada" in wrong_unit.stderr
    wrong_type = run_partes(home, "correct", line["registry_number"], "--type", "factura")
    assert wrong_type.returncode == 2 and "factura" in wrong_type.stderr
    missing = run_partes(home, "correct", "E-2026-999999", "--unit", "daf")
    assert missing.returncode != 0 and "No existe" in missing.stderr


def test_a_clerk_may_set_the_types_that_joined_later(tmp_path: Path, home: Path) -> None:
    doc = make_document("informe", tmp_path / "informe.pdf", seed=21, topic_index=0)
    (line,) = _ingest(home, [doc.path])
    assert (line["doc_type"], line["direction"]) == ("informe", "interno")
    done = _correct(home, line["registry_number"], "--type", "resolucion")
    assert done["changed"]["doc_type"] == {"before": "informe", "after": "resolucion"}
