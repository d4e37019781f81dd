"""A document goes from a file to a registered, numbered, searchable, preserved record."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from tests.conftest import run_partes
from tests.docgen import make_document


def test_born_digital_scanned_pdf_and_jpeg_are_registered_searchable_and_deduplicated(
    tmp_path: Path, home: Path
) -> None:
    docs = [
        make_document("oficio", tmp_path / "oficio.pdf", seed=101, topic_index=0),
        make_document(
            "carta", tmp_path / "carta-escaneada.pdf", seed=102, topic_index=1, scan=True
        ),
        make_document("carta", tmp_path / "foto.jpg", seed=103, topic_index=2),
    ]
    result = run_partes(
        home, "ingest", *(str(d.path) for d in docs), "--direction", "entrada", "--json"
    )
    assert result.returncode == 0, result.stderr
    lines = result.json_lines()
    assert [line["status"] for line in lines] == ["registered"] * 3
    assert [line["registry_number"] for line in lines] == [
        f"E-{lines[0]['year']}-00000{n}" for n in (1, 2, 3)
    ]
    assert [line["number"] for line in lines] == [1, 2, 3]
    assert {line["series"] for line in lines} == {"ingreso"}
    assert [line["ocr_pages"] for line in lines] == [0, 1, 1]
    for line in lines:
        for key in (
            "id",
            "doc_type",
            "direction",
            "unit",
            "sender",
            "subject",
            "doc_number",
            "doc_date",
            "pages",
            "sha256",
            "year",
        ):
            assert key in line

    for doc, line in zip(docs, lines, strict=True):
        # The keyword is the accented topic word written without accents: "pavimentacion".
        found = run_partes(home, "search", doc.truth.keyword, "--json")
        assert found.returncode == 0, found.stderr
        hits = found.json_lines()
        assert hits and hits[0]["registry_number"] == line["registry_number"], (
            doc.truth.keyword,
            hits,
        )
        assert {
            "id",
            "registry_number",
            "score",
            "doc_type",
            "doc_date",
            "subject",
            "snippet",
        } <= set(hits[0])

        shown = run_partes(home, "show", line["registry_number"])
        assert shown.returncode == 0
        assert line["registry_number"] in shown.stdout
        assert line["sha256"] in shown.stdout

    again = run_partes(home, "ingest", str(docs[1].path), "--json")
    assert again.returncode == 0
    (dup,) = again.json_lines()
    assert dup["status"] == "duplicate"
    assert dup["registry_number"] == lines[1]["registry_number"]

    # Originals are kept byte for byte, read-only, addressed by their SHA-256.
    for doc, line in zip(docs, lines, strict=True):
        sha = line["sha256"]
        stored = home / "store" / sha[:2] / sha[2:4] / sha
        assert stored.read_bytes() == doc.path.read_bytes()
        assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_show_json_and_text_of_a_scan(tmp_path: Path, home: Path) -> None:
    doc = make_document("decreto", tmp_path / "decreto.tif", seed=104, topic_index=3)
    result = run_partes(home, "ingest", str(doc.path), "--json")
    (line,) = result.json_lines()
    assert line["status"] == "registered"
    assert line["doc_type"] == "decreto"
    assert line["registry_number"].startswith("DA-")

    shown = run_partes(home, "show", str(line["id"]), "--json")
    (record,) = shown.json_lines()
    roles = {f["role"] for f in record["files"]}
    assert roles == {"original", "searchable"}
    assert [e["action"] for e in record["events"]] == ["registrado"]

    text = run_partes(home, "text", line["registry_number"])
    assert "DECRETO" in text.stdout.upper()
    assert re.search(r"VISTOS", text.stdout.upper())


def test_unknown_reference_is_a_clear_error(home: Path) -> None:
    result = run_partes(home, "show", "E-2026-999999")
    assert result.returncode == 3
    assert "No existe un documento" in result.stderr
