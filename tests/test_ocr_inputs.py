"""Every input a scanner or a clerk can produce is read; nothing is ever altered.

Many variants go through one ``partes ingest`` each, so the OCR workers start once.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pikepdf import pdfa

from index import fold
from ocr import OcrSettings, read_document
from tests.conftest import CliResult, run_partes
from tests.docgen import make_document
from tests.docgen import variants as v


def _ingest(home: Path, files: list[Path]) -> dict[str, dict[str, Any]]:
    result = run_partes(home, "ingest", "--direction", "entrada", "--json", *map(str, files))
    assert result.returncode in (0, 1), result.stderr
    return {Path(line["source"]).name: line for line in result.json_lines()}


def _record(home: Path, line: dict[str, Any]) -> dict[str, Any]:
    shown: CliResult = run_partes(home, "show", line["registry_number"], "--json")
    assert shown.returncode == 0, shown.stderr
    record: dict[str, Any] = shown.json_lines()[0]
    return record


def _has(keyword: str, text: str) -> bool:
    return keyword in fold(text.lower())


def _text(home: Path, line: dict[str, Any]) -> str:
    return run_partes(home, "text", line["registry_number"]).stdout


def test_image_formats_modes_and_resolutions(tmp_path: Path, home: Path) -> None:
    page, doc = v.scan_image("oficio", seed=401, topic_index=0)
    page2, _ = v.scan_image("carta", seed=402, topic_index=1)
    files = [
        v.save_image(page, tmp_path / "gris.png", mode="L", fmt="PNG", dpi=300),
        v.save_image(page, tmp_path / "rgb.jpg", mode="RGB", fmt="JPEG", dpi=300, quality=90),
        v.save_image(page, tmp_path / "sin-dpi.jpg", mode="L", fmt="JPEG", dpi=None, quality=90),
        v.save_image(page, tmp_path / "cmyk.jpg", mode="CMYK", fmt="JPEG", dpi=300, quality=90),
        v.save_image(v.with_alpha(page), tmp_path / "alfa.png", mode="RGBA", fmt="PNG", dpi=300),
        v.save_image(
            page, tmp_path / "bitonal-g4.tif", mode="1", fmt="TIFF", dpi=300, compression="group4"
        ),
        v.multipage_tiff(
            [page, page2], tmp_path / "dos-paginas-lzw.tif", compression="tiff_lzw", mode="L"
        ),
        v.multipage_tiff(
            [page, page2], tmp_path / "dos-paginas-g4.tif", compression="group4", mode="1"
        ),
    ]
    originals = {f.name: f.read_bytes() for f in files}
    lines = _ingest(home, files)
    for name, line in lines.items():
        assert line["status"] == "registered", (name, line)
        assert line["ocr_pages"] == line["pages"]
        assert _has(doc.truth.keyword, _text(home, line)), name
        record = _record(home, line)
        original = next(f for f in record["files"] if f["role"] == "original")
        stored = (
            home / "store" / original["sha256"][:2] / original["sha256"][2:4] / original["sha256"]
        )
        assert stored.read_bytes() == originals[name]  # byte for byte
        assert len(record["page_details"]) == line["pages"]
        for page_detail in record["page_details"]:
            assert page_detail["source"] == "ocr"
            assert page_detail["confidence"] is not None and page_detail["confidence"] > 50
            assert page_detail["dpi"] == 300
            assert page_detail["dpi_assumed"] == (name == "sin-dpi.jpg")
        searchable = next(f for f in record["files"] if f["role"] == "searchable")
        assert searchable["pdfa_verdict"] == "pass"
        stored_copy = home / "store" / searchable["sha256"][:2] / searchable["sha256"][2:4]
        assert pdfa.validate_written(stored_copy / searchable["sha256"], "2b").verdict == "pass"
    assert lines["dos-paginas-lzw.tif"]["pages"] == 2
    assert lines["dos-paginas-g4.tif"]["pages"] == 2


def test_pdf_kinds(tmp_path: Path, home: Path) -> None:
    scan, scan_doc = v.scan_image("oficio", seed=410, topic_index=2)
    born = make_document("carta", tmp_path / "nacido-digital.pdf", seed=411, topic_index=3)
    image_only = v.image_pdf(scan, tmp_path / "solo-imagen.pdf")
    mixed = v.merge([born.path, v.image_pdf(scan, tmp_path / "p2.pdf")], tmp_path / "mixto.pdf")
    layered = v.with_ocr_layer(
        scan,
        "texto previo de otro OCR\nMUNICIPALIDAD DE NEGRETE\n" * 3,
        tmp_path / "con-capa-ocr.pdf",
    )
    form = v.form_pdf(tmp_path / "formulario.pdf")
    vector = v.vector_drawing_pdf(tmp_path / "plano-vectorial.pdf")
    lines = _ingest(home, [born.path, image_only, mixed, layered, form, vector])
    assert all(line["status"] == "registered" for line in lines.values()), lines

    assert lines["nacido-digital.pdf"]["ocr_pages"] == 0
    assert lines["solo-imagen.pdf"]["ocr_pages"] == 1
    assert _has(scan_doc.truth.keyword, _text(home, lines["solo-imagen.pdf"]))
    details = _record(home, lines["mixto.pdf"])["page_details"]
    assert [d["source"] for d in details] == ["text", "ocr"]
    assert details[0]["confidence"] is None and details[1]["confidence"] > 50
    # A page that already has a text layer is never OCRed again.
    assert lines["con-capa-ocr.pdf"]["ocr_pages"] == 0
    assert "texto previo de otro OCR" in _text(home, lines["con-capa-ocr.pdf"])
    assert "PATENTE COMERCIAL" in _text(home, lines["formulario.pdf"])
    assert lines["plano-vectorial.pdf"]["ocr_pages"] == 1


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_turned_scans_are_read_upright(tmp_path: Path, home: Path, angle: int) -> None:
    page, doc = v.scan_image("memorandum", seed=420 + angle, topic_index=4)
    turned = v.image_pdf(page, tmp_path / f"girado-{angle}.pdf", rotate=angle)
    (line,) = _ingest(home, [turned]).values()
    assert line["status"] == "registered"
    assert line["doc_type"] == "memorandum"
    assert _has(doc.truth.keyword, _text(home, line))


def test_rotated_born_digital_and_skewed_scan(tmp_path: Path, home: Path) -> None:
    born = make_document("decreto", tmp_path / "d.pdf", seed=430, topic_index=5)
    rotated = v.rotated_born_digital(born.path, tmp_path / "rotado.pdf", 90)
    page, doc = v.scan_image("oficio", seed=431, topic_index=6)
    skewed = v.image_pdf(page.rotate(2.5, expand=False, fillcolor=255), tmp_path / "torcido.pdf")
    lines = _ingest(home, [rotated, skewed])
    assert lines["rotado.pdf"]["doc_type"] == "decreto"
    assert lines["rotado.pdf"]["ocr_pages"] == 0
    assert lines["torcido.pdf"]["doc_type"] == "oficio"
    assert _has(doc.truth.keyword, _text(home, lines["torcido.pdf"]))


def test_signed_pdf_is_never_rewritten_and_its_scan_is_a_separate_derivative(
    tmp_path: Path, home: Path
) -> None:
    page, doc = v.scan_image("oficio", seed=440, topic_index=7)
    signed = v.signed_structure(v.image_pdf(page, tmp_path / "base.pdf"), tmp_path / "firmado.pdf")
    before = signed.read_bytes()
    (line,) = _ingest(home, [signed]).values()
    assert line["status"] == "registered"
    record = _record(home, line)
    roles = {f["role"]: f for f in record["files"]}
    # the original is never stamped: the stamp goes on the searchable derivative
    assert set(roles) == {"original", "searchable", "stamped", "certificate"}
    sha = roles["original"]["sha256"]
    assert (home / "store" / sha[:2] / sha[2:4] / sha).read_bytes() == before
    assert signed.read_bytes() == before
    assert record["events"][0]["detail"].get("firmado") is True
    assert _has(doc.truth.keyword, _text(home, line))


def test_signed_pdf_with_a_thin_text_layer_keeps_its_words(tmp_path: Path) -> None:
    """A title line above signature stamps is too little to call the page born-digital."""
    from reportlab.pdfgen.canvas import Canvas

    base = tmp_path / "titulo.pdf"
    canvas = Canvas(str(base))
    canvas.drawString(72, 760, "Prueba OFICIO")
    canvas.save()
    signed = v.signed_structure(base, tmp_path / "firmado.pdf")
    result = read_document(signed, tmp_path / "trabajo", OcrSettings())
    assert result.triage.signed and not result.triage.text_pages[0]
    assert result.pages[0].text == "Prueba OFICIO"
    assert result.pages[0].source == "text"


def test_damaged_xref_is_repaired_and_registered(tmp_path: Path, home: Path) -> None:
    born = make_document("oficio", tmp_path / "o.pdf", seed=450, topic_index=8)
    broken = v.broken_xref(born.path, tmp_path / "xref-roto.pdf")
    with pytest.raises(pikepdf.PdfError):
        pikepdf.open(broken, attempt_recovery=False)
    (line,) = _ingest(home, [broken]).values()
    assert line["status"] == "registered", line
    assert line["doc_type"] == "oficio"
    assert _has(born.truth.keyword, _text(home, line))


def test_mislabelled_files_are_read_by_what_they_are(tmp_path: Path, home: Path) -> None:
    born = make_document("oficio", tmp_path / "o.pdf", seed=460, topic_index=9)
    pdf_as_jpg = tmp_path / "oficio-como-foto.jpg"
    pdf_as_jpg.write_bytes(born.path.read_bytes())
    page, doc = v.scan_image("carta", seed=461, topic_index=10)
    png_as_jpg = v.save_image(page, tmp_path / "png-como.jpg", mode="L", fmt="PNG", dpi=300)
    lines = _ingest(home, [pdf_as_jpg, png_as_jpg])
    assert lines["oficio-como-foto.jpg"]["status"] == "registered"
    assert lines["oficio-como-foto.jpg"]["doc_type"] == "oficio"
    assert lines["png-como.jpg"]["status"] == "registered"
    assert _has(doc.truth.keyword, _text(home, lines["png-como.jpg"]))
    event = _record(home, lines["png-como.jpg"])["events"][0]
    assert event["detail"]["extension_incorrecta"] is True


def test_searchable_copy_has_the_corrected_text_layer(tmp_path: Path, home: Path) -> None:
    page, doc = v.scan_image("oficio", seed=470, topic_index=11)
    scan = v.image_pdf(page, tmp_path / "oficio-escaneado.pdf")
    (line,) = _ingest(home, [scan]).values()
    record = _record(home, line)
    sha = next(f["sha256"] for f in record["files"] if f["role"] == "searchable")
    searchable = home / "store" / sha[:2] / sha[2:4] / sha
    layer = subprocess.run(
        ["pdftotext", str(searchable), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"N° {doc.truth.doc_number}" in layer
    assert "N*" not in layer and "N?" not in layer
    assert line["doc_number"] == doc.truth.doc_number


def test_light_on_dark_text_is_read_only_when_configured(tmp_path: Path, home: Path) -> None:
    page = v.banner_page("DIRECCIÓN DE TRÁNSITO CALLEJERO", "Se remite el expediente.")
    image = v.save_image(page, tmp_path / "membrete.png", mode="L", fmt="PNG", dpi=300)
    (line,) = _ingest(home, [image]).values()
    plain = _text(home, line)
    assert _has("expediente", plain) and not _has("transito", plain)

    config = home / "partes.toml"
    config.write_text(config.read_text().replace("inverted_text = false", "inverted_text = true"))
    again = tmp_path / "membrete-2.png"
    again.write_bytes(image.read_bytes() + b"\0")  # other bytes, or it is a duplicate
    (line,) = _ingest(home, [again]).values()
    both = _text(home, line)
    assert _has("expediente", both) and _has("direccion de transito callejero", both)
