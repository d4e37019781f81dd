"""Issue 17: ``partes export`` writes a BagIt bag that passes bagit's full validation, with
every file of every document and its DS 10/2023 metadata; ``partes libro`` writes the
registry book as CSV and as a foliated PDF. Both check roles and record events."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import bagit
import pdfplumber
import pytest

from archive import LOCAL_TZ
from partes.services import Libro, LibroLine
from partes.services._book_pdf import render_book
from tests.conftest import CliResult, run_partes
from tests.docgen import make_document
from tests.signing_support import PASSPHRASE, SigningEnv, configure_signing

YEAR = datetime.now(LOCAL_TZ).year
PASSWORD = "clave-de-prueba-1"


@dataclass(frozen=True)
class Archive:
    home: Path
    docs: dict[str, dict[str, Any]]  # what ``partes show --json`` says, by short name

    def partes(self, *args: str, user: str | None = None) -> CliResult:
        if user is None:
            return run_partes(self.home, *args)
        return run_partes(self.home, "--user", user, *args)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """A home with a born-digital oficio, a scanned letter (PDF, 200 dpi), a memo photo
    (JPEG, 300 dpi) and a reserved oficio of the DOM; people of three roles."""
    root = tmp_path_factory.mktemp("export")
    home, folder = root / "partes-data", root / "docs"
    folder.mkdir()
    made = {
        "oficio": make_document("oficio", folder / "oficio.pdf", seed=11, topic_index=0),
        "carta": make_document(
            "carta", folder / "carta.pdf", seed=12, topic_index=1, scan=True, dpi=200
        ),
        "memo": make_document("memorandum", folder / "memo.jpg", seed=13, topic_index=2),
        "reservado": make_document(
            "oficio_reservado", folder / "reservado.pdf", seed=502, topic_index=6
        ),
    }
    assert run_partes(home, "init").returncode == 0
    paths = [str(g.path) for g in made.values()]
    ingested = run_partes(home, "ingest", *paths, "--direction", "entrada", "--json")
    assert ingested.returncode == 0, ingested.stderr
    numbers = {Path(d["source"]).stem: d["registry_number"] for d in ingested.json_lines()}
    fixed = run_partes(home, "correct", numbers["reservado"], "--reserved", "--unit", "dom")
    assert fixed.returncode == 0, fixed.stderr
    os.environ["PARTES_PASSWORD"] = PASSWORD
    try:
        for login, role, unit in (("alba", "alcaldia", "dom"), ("diego", "unidad", "dom")):
            added = run_partes(home, "user", "add", login, "--role", role, "--unit", unit)
            assert added.returncode == 0, added.stderr
    finally:
        del os.environ["PARTES_PASSWORD"]
    docs = {}
    for name, number in numbers.items():
        shown = run_partes(home, "show", number, "--json")
        docs[name] = shown.json_lines()[0]
    return Archive(home=home, docs=docs)


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_export_by_series_and_year_is_a_valid_bag_with_every_file(
    archive: Archive, tmp_path: Path
) -> None:
    ended = subprocess.Popen(["true"])
    ended.wait()
    leftover = tmp_path / f".exportando-{ended.pid}-x1y2"  # a draft of a killed export
    (leftover / "data").mkdir(parents=True)
    dest = tmp_path / "ingreso"
    done = archive.partes("export", "--series", "ingreso", "--year", str(YEAR), str(dest), "--json")
    assert done.returncode == 0, done.stderr
    summary = done.json_lines()[0]
    numbers = sorted(d["registry_number"] for d in archive.docs.values())
    assert summary["registry_numbers"] == numbers and summary["reserved"] == 1

    bag = bagit.Bag(str(dest))
    bag.validate()  # full: every checksum of every payload file, and the tag files
    assert bag.is_valid()
    info = bag.info
    assert info["Source-Organization"] == "Ilustre Municipalidad de Negrete"
    assert info["Documentos"] == "4" and info["Documentos-Reservados"] == "1"
    assert info["Payload-Oxum"] == summary["payload_oxum"]
    for record in archive.docs.values():
        folder = dest / "data" / record["registry_number"]
        stored = sorted(f["sha256"] for f in record["files"])
        in_bag = sorted(
            bag.entries[f"data/{record['registry_number']}/{p.name}"]["sha256"]
            for p in folder.iterdir()
            if p.name != "metadatos.json"
        )
        assert in_bag == stored, record["registry_number"]
    index = list(csv.DictReader(io.StringIO((dest / "data/indice.csv").read_text("utf-8-sig"))))
    assert [row["identificador"] for row in index] == numbers
    assert len(_read_json(dest / "data/indice.json")["documentos"]) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ingreso"], "no draft is left"


def test_the_metadata_of_every_document(archive: Archive, tmp_path: Path) -> None:
    dest = tmp_path / "bolsa"
    done = archive.partes("export", "--series", "E", "--year", str(YEAR), str(dest))
    assert done.returncode == 0, done.stderr
    meta = {
        name: _read_json(dest / "data" / record["registry_number"] / "metadatos.json")
        for name, record in archive.docs.items()
    }
    for name, record in archive.docs.items():
        m = meta[name]
        assert m["identificador"] == record["registry_number"]
        assert m["titulo"] == record["subject"]
        created = record["doc_date"] or record["received_at"][:10]
        assert m["fecha_creacion"] == created
        assert m["tipo_documental"] == record["doc_type"]
        assert m["paginas"] == record["pages"]
        assert m["firma"] == {"firmado": False, "firmas": []}
        assert {f["rol"] for f in m["archivos"]} == {f["role"] for f in record["files"]}
        for f in m["archivos"]:
            assert (dest / "data" / f["nombre"]).is_file()
    assert meta["oficio"]["mecanismo_incorporacion"] == "nacido digital"
    assert meta["oficio"]["digitalizacion"] is None
    assert meta["carta"]["mecanismo_incorporacion"] == "digitalización"
    assert meta["carta"]["digitalizacion"]["resolucion_dpi"] == 200
    assert meta["memo"]["digitalizacion"]["resolucion_dpi"] == 300
    assert meta["memo"]["digitalizacion"]["fecha_captura"].startswith(str(YEAR))
    assert meta["reservado"]["nivel_acceso"] == "reservado"
    assert {meta[n]["nivel_acceso"] for n in ("oficio", "carta", "memo")} == {"público"}


def test_a_changed_byte_fails_the_full_validation(archive: Archive, tmp_path: Path) -> None:
    dest = tmp_path / "bolsa"
    ref = archive.docs["oficio"]["registry_number"]
    assert archive.partes("export", ref, str(dest)).returncode == 0
    bagit.Bag(str(dest)).validate()
    original = next((dest / "data" / ref).glob("*-original.pdf"))
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size: only the checksums can tell
    original.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(dest)).validate()
    bagit.Bag(str(dest)).validate(fast=True)  # the size alone does not see it


def test_export_by_registry_numbers_and_its_events(archive: Archive, tmp_path: Path) -> None:
    refs = [archive.docs[n]["registry_number"] for n in ("memo", "oficio")]
    dest = tmp_path / "dos"
    done = archive.partes("export", *refs, refs[0], str(dest), "--json")
    assert done.returncode == 0, done.stderr
    assert done.json_lines()[0]["registry_numbers"] == sorted(refs)
    bag = bagit.Bag(str(dest))
    bag.validate()
    assert sorted(p.name for p in (dest / "data").iterdir() if p.is_dir()) == sorted(refs)
    exports = archive.partes("events", "--kind", "exportacion", "--json").json_lines()
    assert exports[-1]["detail"]["referencias"] == sorted(refs)
    assert exports[-1]["detail"]["destino"] == str(dest)
    history = archive.partes("events", "--kind", "exportado", "--json").json_lines()
    assert {e["registry_number"] for e in history[-2:]} == set(refs)


def test_bad_exports_are_refused_and_leave_nothing(archive: Archive, tmp_path: Path) -> None:
    full = tmp_path / "lleno"
    full.mkdir()
    (full / "algo.txt").write_text("ya estaba")
    ref = archive.docs["oficio"]["registry_number"]
    cases = [
        (("export", ref, str(full)), 2, "no está vacío"),
        (("export", str(tmp_path / "a")), 2, "Indique qué exportar"),
        (("export", "--series", "nada", "--year", "2026", str(tmp_path / "b")), 2, "serie"),
        (("export", "--series", "E", "--year", "1990", str(tmp_path / "c")), 2, "1990"),
        (("export", "--series", "E", "--year", "2026", ref, str(tmp_path / "d")), 2, "ambos"),
        (("export", "E-2099-000001", str(tmp_path / "e")), 3, "E-2099-000001"),
        (("export", ref, str(tmp_path / "no" / "existe")), 2, "no existe"),
    ]
    for args, code, words in cases:
        result = archive.partes(*args)
        assert result.returncode == code, (args, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr, args
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lleno"]
    assert [p.name for p in full.iterdir()] == ["algo.txt"]


def test_export_needs_its_permission(archive: Archive, tmp_path: Path) -> None:
    ref = archive.docs["oficio"]["registry_number"]
    for login in ("alba", "diego"):
        refused = archive.partes("export", ref, str(tmp_path / login), user=login)
        assert refused.returncode == 77, refused.stderr
        assert "exportar" in refused.stderr
    assert not list(tmp_path.iterdir())
    denied = archive.partes("events", "--kind", "acceso_denegado", "--json").json_lines()
    assert {"alba", "diego"} <= {e["actor"] for e in denied if e["detail"]["permiso"] == "exportar"}


def test_the_libro_as_csv(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "libro.csv"
    made = archive.partes("libro", "--series", "ingreso", "--year", str(YEAR), "--out", str(out))
    assert made.returncode == 0, made.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    numbers = sorted(d["registry_number"] for d in archive.docs.values())
    assert [r["numero_registro"] for r in rows] == numbers
    by_number = {r["numero_registro"]: r for r in rows}
    for name, record in archive.docs.items():
        row = by_number[record["registry_number"]]
        assert row["tipo_registro"] == "entrada"
        assert row["materia"] == record["subject"]
        assert row["reservado"] == ("sí" if name == "reservado" else "no")
        assert row["fecha_hora_recepcion"].split()[0].endswith(str(YEAR))
    # the Alcaldía (seeing the DOM's documents) reads the line, not the reserved subject
    seen = archive.partes("libro", "--series", "E", "--year", str(YEAR), user="alba")
    assert seen.returncode == 0, seen.stderr
    lines = {r["numero_registro"]: r for r in csv.DictReader(io.StringIO(seen.stdout))}
    reserved = lines[archive.docs["reservado"]["registry_number"]]
    assert reserved["materia"] == "(documento reservado)"
    assert archive.docs["reservado"]["subject"] not in seen.stdout
    assert lines[archive.docs["oficio"]["registry_number"]]["materia"]
    refused = archive.partes("libro", "--series", "E", "--year", str(YEAR), user="diego")
    assert refused.returncode == 77


def test_the_libro_as_a_foliated_pdf(archive: Archive, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    out = tmp_path / "libro.pdf"
    args = ("libro", "--series", "E", "--year", str(YEAR), "--format", "pdf", "--out", str(out))
    made = archive.partes(*args, "--json")
    assert made.returncode == 0, made.stderr
    pages = made.json_lines()[0]["pages"]
    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    assert len(texts) == pages
    assert f"Página 1 de {pages}" in texts[0]
    assert "Ilustre Municipalidad de Negrete".upper() in texts[0]
    whole = "\n".join(texts)
    assert "Documentos registrados: 4" in whole and "entrada: 4" in whole
    assert "Secretario Municipal" in whole and "ministro de fe" in whole
    for record in archive.docs.values():
        assert record["registry_number"] in whole
    with out.open("rb") as handle:
        empty = [
            name for name, value, _ in enumerate_sig_fields(PdfFileReader(handle)) if value is None
        ]
    assert empty == ["FirmaSecretarioMunicipal"]
    book = archive.partes("events", "--kind", "libro_emitido", "--json").json_lines()
    assert book[-1]["detail"]["formato"] == "pdf"


def test_every_page_of_a_long_libro_is_foliated(tmp_path: Path) -> None:
    received = datetime(2026, 3, 2, 9, 30, tzinfo=LOCAL_TZ)
    lines = tuple(
        LibroLine(
            registry_number=f"E-2026-{n:06d}",
            received=received,
            kind="entrada" if n % 3 else "salida",
            party="Junta de Vecinos N° 4",
            doc_type="Carta",
            subject="Solicita reparación de luminarias en la calle " + "larga " * (n % 7),
            unit="Dirección de Obras Municipales",
            reserved=False,
            annulled=n == 7,
        )
        for n in range(1, 151)
    )
    book = Libro(
        municipality="Ilustre Municipalidad de Negrete",
        commune="Negrete",
        series="ingreso",
        series_name="Ingreso de documentos",
        year=2026,
        lines=lines,
        made_at=received,
        made_by="sergio",
    )
    made = render_book(book, tmp_path / "libro.pdf")
    with pdfplumber.open(tmp_path / "libro.pdf") as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    assert made.pages == len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert f"Página {number} de {made.pages}" in text
        assert "Libro de registro" in text  # the header on every page
    whole = "\n".join(texts)
    assert "Anulados: 1" in whole and whole.count("(ANULADO)") == 1
    assert "entrada: 100" in whole and "salida: 50" in whole
    assert made.signature_page == made.pages - 1


def test_the_store_damaged_leaves_nothing(home: Path, tmp_path: Path) -> None:
    """A stored file that no longer matches its fingerprint stops the export: no bag, no
    draft, no event."""
    doc = make_document("oficio", tmp_path / "oficio.pdf", seed=21, topic_index=2)
    ingested = run_partes(home, "ingest", str(doc.path), "--json")
    assert ingested.returncode == 0, ingested.stderr
    sha = ingested.json_lines()[0]["sha256"]
    stored = home / "store" / sha[:2] / sha[2:4] / sha
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[100] ^= 0x01
    stored.write_bytes(bytes(data))
    out = tmp_path / "salida"
    out.mkdir()
    failed = run_partes(home, "export", "--series", "E", "--year", str(YEAR), str(out / "bolsa"))
    assert failed.returncode == 70, failed.stderr
    assert list(out.iterdir()) == []
    assert run_partes(home, "events", "--kind", "exportacion", "--json").json_lines() == []
    shutil.rmtree(out)


def test_a_signed_oficio_exports_its_signature_and_the_libro_is_signed_in_its_field(
    home: Path, pki: SigningEnv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signing_home = configure_signing(home, pki)
    draft = tmp_path / "oficio-saliente.pdf"
    make_document("oficio_salida", draft, seed=41, topic_index=3, embed_fonts=True)
    ingested = run_partes(signing_home, "ingest", str(draft), "--direction", "salida", "--json")
    assert ingested.returncode == 0, ingested.stderr
    ref = ingested.json_lines()[0]["registry_number"]
    monkeypatch.setenv("PARTES_FIRMA_CLAVE", PASSPHRASE.decode())
    signed = run_partes(signing_home, "sign", ref, "--json")
    assert signed.returncode == 0, signed.stderr
    code = signed.json_lines()[0]["code"]

    dest = tmp_path / "firmado"
    assert run_partes(signing_home, "export", ref, str(dest)).returncode == 0
    bagit.Bag(str(dest)).validate()
    meta = _read_json(dest / "data" / ref / "metadatos.json")
    assert meta["firma"]["firmado"] is True
    assert [f["codigo_verificacion"] for f in meta["firma"]["firmas"]] == [code]
    assert "signed" in {f["rol"] for f in meta["archivos"]}

    book, book_signed = tmp_path / "libro.pdf", tmp_path / "libro-firmado.pdf"
    args = ("--series", "oficios", "--year", str(YEAR), "--format", "pdf", "--out", str(book))
    assert run_partes(signing_home, "libro", *args).returncode == 0
    field = ("--field", "FirmaSecretarioMunicipal", "--out", str(book_signed))
    done = run_partes(signing_home, "sign", str(book), *field)
    assert done.returncode == 0, done.stderr
    verified = run_partes(signing_home, "verify", str(book_signed), "--json").json_lines()[0]
    assert verified["result"] == "valid", verified
    assert [s["field"] for s in verified["signatures"]] == ["FirmaSecretarioMunicipal"]
