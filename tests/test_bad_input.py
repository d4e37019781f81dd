"""Bad input ends in quarantine with a Spanish reason; the rest of the run is registered."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from tests.conftest import run_partes
from tests.docgen import make_document


def _encrypted(source: Path, dest: Path) -> Path:
    with pikepdf.open(source) as pdf:
        pdf.save(dest, encryption=pikepdf.Encryption(user="secreto", owner="dueño"))
    return dest


def _truncated(source: Path, dest: Path) -> Path:
    data = source.read_bytes()
    dest.write_bytes(data[: len(data) * 2 // 3])
    return dest


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_corrupt_and_encrypted_files_go_to_quarantine_and_the_others_are_registered(
    tmp_path: Path, home: Path
) -> None:
    inputs = tmp_path / "entrada"
    inputs.mkdir()
    good = make_document("oficio", inputs / "a-bueno.pdf", seed=201, topic_index=6)
    base = make_document("carta", tmp_path / "base.pdf", seed=202, topic_index=7)
    bad = {
        "b-cifrado.pdf": _encrypted(base.path, inputs / "b-cifrado.pdf"),
        "c-truncado.pdf": _truncated(base.path, inputs / "c-truncado.pdf"),
        "d-vacio.pdf": inputs / "d-vacio.pdf",
        "e-no-es-pdf.pdf": inputs / "e-no-es-pdf.pdf",
        "f-foto-con-nombre-de-pdf.pdf": inputs / "f-foto-con-nombre-de-pdf.pdf",
    }
    bad["d-vacio.pdf"].write_bytes(b"")
    bad["e-no-es-pdf.pdf"].write_text("Esto es una nota de texto, no un PDF.\n", encoding="utf-8")
    bad["f-foto-con-nombre-de-pdf.pdf"].write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 200)
    last = make_document("memorandum", inputs / "g-bueno.pdf", seed=203, topic_index=8)
    before = _snapshot(inputs)

    result = run_partes(home, "ingest", str(inputs), "--json")

    assert result.returncode == 1, result.stderr
    by_name = {Path(line["source"]).name: line for line in result.json_lines()}
    assert by_name[good.path.name]["status"] == "registered"
    assert by_name[last.path.name]["status"] == "registered"
    expected_words = {
        "b-cifrado.pdf": "contraseña",
        "c-truncado.pdf": "truncado",
        "d-vacio.pdf": "vacío",
        "e-no-es-pdf.pdf": "no es un PDF",
        "f-foto-con-nombre-de-pdf.pdf": "imagen JPEG",
    }
    for name, word in expected_words.items():
        line = by_name[name]
        assert line["status"] == "quarantined"
        assert word in line["error"], line["error"]
        copy = Path(line["quarantine_path"])
        assert copy.read_bytes() == bad[name].read_bytes()
        note = copy.with_name(copy.name + ".error.txt").read_text(encoding="utf-8")
        assert f"Archivo: {name}" in note and word in note and "Qué hacer:" in note

    # Nothing else changed: inputs untouched, only the good files in the registry.
    assert _snapshot(inputs) == before
    book = run_partes(home, "registry", "--json").json_lines()
    assert sorted(r["original_name"] for r in book) == ["a-bueno.pdf", "g-bueno.pdf"]
    listed = run_partes(home, "quarantine", "--json").json_lines()
    assert len(listed) == 5
    assert all(item["station"] == "oficina-partes" for item in listed)


def test_owner_password_only_pdf_is_processed(tmp_path: Path, home: Path) -> None:
    base = make_document("oficio", tmp_path / "base.pdf", seed=204, topic_index=9)
    dest = tmp_path / "restringido.pdf"
    with pikepdf.open(base.path) as pdf:
        pdf.save(dest, encryption=pikepdf.Encryption(user="", owner="dueño"))
    (line,) = run_partes(home, "ingest", str(dest), "--json").json_lines()
    assert line["status"] == "registered"
    assert line["doc_type"] == "oficio"


def test_missing_path_and_bad_option_are_usage_errors(home: Path) -> None:
    missing = run_partes(home, "ingest", "/no/existe.pdf")
    assert missing.returncode == 2
    assert "No existe el archivo" in missing.stderr
    bad = run_partes(home, "ingest", "x.pdf", "--direction", "arriba")
    assert bad.returncode == 2
    assert "opción inválida" in bad.stderr
