"""The reception stamp (placement checked on rendered pages), the certificado de
presentación, and the legal reception date on Chilean holidays."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pytest
from PIL import Image

from archive import DocumentRecord
from pipeline.reception.certificate import render_certificate
from pipeline.reception.policy import ReceptionPolicy, legal_reception_date
from pipeline.reception.receiving import certificate_data, stamp_text
from pipeline.reception.stamp_layout import find_spot
from pipeline.reception.stamping import stamp_pdf
from tests.conftest import run_partes
from tests.docgen import make_document

POLICY = ReceptionPolicy(
    municipality="Ilustre Municipalidad de Negrete",
    commune="Negrete",
    region="BI",
    station_names=(("oficina-partes", "Mesón de la Oficina de Partes"),),
)


@pytest.mark.parametrize(
    ("received", "legal"),
    [
        (datetime(2026, 11, 23, 13, tzinfo=UTC), date(2026, 11, 23)),  # Monday
        (datetime(2026, 11, 21, 13, tzinfo=UTC), date(2026, 11, 23)),  # Saturday
        (datetime(2026, 11, 22, 13, tzinfo=UTC), date(2026, 11, 23)),  # Sunday
        (datetime(2026, 9, 18, 13, tzinfo=UTC), date(2026, 9, 21)),  # Fiestas Patrias, Friday
        (datetime(2026, 10, 31, 13, tzinfo=UTC), date(2026, 11, 2)),  # two holidays, a weekend
        (datetime(2026, 12, 31, 13, tzinfo=UTC), date(2026, 12, 31)),
        (datetime(2027, 1, 1, 13, tzinfo=UTC), date(2027, 1, 4)),  # New Year, then a weekend
        # 01:30 UTC on Monday is still Sunday 22:30 in Santiago (UTC-3 in summer)
        (datetime(2026, 11, 23, 1, 30, tzinfo=UTC), date(2026, 11, 23)),
        (datetime(2026, 11, 21, 2, 30, tzinfo=UTC), date(2026, 11, 20)),  # Friday 23:30
    ],
)
def test_legal_reception_date(received: datetime, legal: date) -> None:
    assert legal_reception_date(received, region="BI") == legal


def test_regional_holidays_count_only_in_their_region() -> None:
    # 7 June: Asalto y Toma del Morro de Arica, a holiday in Arica y Parinacota only.
    monday = datetime(2027, 6, 7, 13, tzinfo=UTC)
    assert legal_reception_date(monday, region="AP") == date(2027, 6, 8)
    assert legal_reception_date(monday, region="BI") == date(2027, 6, 7)


def test_find_spot_prefers_the_top_right_and_avoids_ink() -> None:
    page = np.zeros((396, 306), dtype=bool)  # a letter page at 0.5 px per point
    spot = find_spot(page, scale=0.5, width_pt=160, height_pt=70)
    assert spot.corner == "arriba-derecha" and spot.ink == 0
    assert spot.x + 160 == pytest.approx(612 - 18, abs=6) and spot.y + 70 == pytest.approx(774)
    page[:60, 150:] = True  # a logo over the top right
    moved = find_spot(page, scale=0.5, width_pt=160, height_pt=70)
    assert moved.ink == 0 and (moved.y + 70 < 792 - 120 or moved.x + 160 < 300)
    full = np.ones((396, 306), dtype=bool)
    assert find_spot(full, scale=0.5, width_pt=160, height_pt=70).ink == 1.0


def _render(pdf: Path, out: Path) -> np.ndarray[Any, Any]:
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", "50", "-singlefile", "-f", "1", "-l", "1", pdf, out],
        check=True,
    )
    return np.asarray(Image.open(out.with_suffix(".png")).convert("L"))


def _stamp_box(before: np.ndarray[Any, Any], after: np.ndarray[Any, Any]) -> tuple[int, ...]:
    rows, cols = np.nonzero(np.abs(before.astype(int) - after.astype(int)) > 40)
    assert rows.size, "the stamp must show on the page"
    return int(rows.min()), int(rows.max()), int(cols.min()), int(cols.max())


def _assert_on_blank_paper(before: np.ndarray[Any, Any], box: tuple[int, ...]) -> None:
    top, bottom, left, right = box
    under = before[max(0, top - 2) : bottom + 3, max(0, left - 2) : right + 3]
    assert (under < 128).mean() < 0.003, "the stamp covers text"


def _stored(home: Path, record: dict[str, Any], role: str) -> Path:
    sha: str = next(f["sha256"] for f in record["files"] if f["role"] == role)
    return home / "store" / sha[:2] / sha[2:4] / sha


@pytest.mark.parametrize("name", ["oficio.pdf", "oficio-escaneado.jpg"])
def test_stamped_copy_on_born_digital_and_scanned(tmp_path: Path, home: Path, name: str) -> None:
    doc = make_document("oficio", tmp_path / name, seed=77, topic_index=3)
    (line,) = run_partes(home, "ingest", "--json", str(doc.path)).json_lines()
    record = run_partes(home, "show", line["registry_number"], "--json").json_lines()[0]
    stamped = _stored(home, record, "stamped")
    base = _stored(home, record, "searchable" if name.endswith(".jpg") else "original")
    assert stamped.read_bytes().startswith(base.read_bytes()), "an incremental update"
    before, after = _render(base, tmp_path / "antes"), _render(stamped, tmp_path / "despues")
    box = _stamp_box(before, after)
    _assert_on_blank_paper(before, box)
    top, bottom, left, right = box
    assert bottom < before.shape[0] / 3 and left > before.shape[1] / 2, "top right"
    assert right - left > bottom - top, "upright: wider than tall"
    layer = subprocess.run(
        ["pdftotext", str(stamped), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "OFICINA DE PARTES" in layer and line["registry_number"] in layer
    timbrado = next(e for e in record["events"] if e["action"] == "timbrado")
    assert timbrado["detail"]["timbre"]["sobre_tinta"] <= 0.002


def test_stamp_is_upright_on_a_turned_page_and_finds_room_below_a_letterhead(
    tmp_path: Path,
) -> None:
    doc = make_document("oficio", tmp_path / "o.pdf", seed=78, topic_index=4)
    turned = tmp_path / "girada.pdf"
    with pikepdf.open(doc.path) as pdf:
        pdf.pages[0].rotate(90, relative=False)
        pdf.save(turned)
    stamped = tmp_path / "timbrada.pdf"
    spot = stamp_pdf(turned, stamped, stamp_text(_record(), POLICY))
    before, after = _render(turned, tmp_path / "a"), _render(stamped, tmp_path / "b")
    assert before.shape[1] > before.shape[0], "shown in landscape"
    box = _stamp_box(before, after)
    _assert_on_blank_paper(before, box)
    top, bottom, left, right = box
    assert right - left > bottom - top, "upright on the turned page"
    assert spot.ink <= 0.002


def _record(**changes: Any) -> DocumentRecord:
    base = DocumentRecord(
        id=1,
        registry_number="E-2026-000042",
        series="ingreso",
        year=2026,
        number=42,
        sha256="ab" * 32,
        original_name="oficio.pdf",
        media_type="application/pdf",
        station="oficina-partes",
        direction="entrada",
        doc_type="oficio",
        unit="dom",
        sender="DIRECTOR REGIONAL DE VIALIDAD",
        recipient=None,
        subject="Informa sobre el puente Rihue",
        antecedents=None,
        doc_number="88",
        doc_date=date(2026, 9, 15),
        ruts=(),
        sender_org="DIRECCIÓN REGIONAL DE VIALIDAD",
        reserved=False,
        type_confidence=0.9,
        unit_confidence=0.8,
        review=None,
        legal_received_on=date(2026, 9, 17),
        pages=1,
        ocr_pages=0,
        received_at=datetime(2026, 9, 17, 15, 5, tzinfo=UTC),
        registered_at=datetime(2026, 9, 17, 15, 5, tzinfo=UTC),
        status="registered",
    )
    return replace(base, **changes)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_certificate_of_a_document_received_on_a_holiday(tmp_path: Path) -> None:
    record = _record(
        received_at=datetime(2026, 9, 18, 14, 30, tzinfo=UTC),  # 11:30 in Santiago
        legal_received_on=date(2026, 9, 21),
    )
    out = tmp_path / "certificado.pdf"
    render_certificate(certificate_data(record, POLICY), out)
    text = " ".join(_pdf_text(out).split())
    assert "CERTIFICADO DE PRESENTACIÓN" in text
    assert "E-2026-000042" in text and "18-09-2026 11:30:00" in text
    assert "21-09-2026" in text and "Independencia" in text  # the holiday's name
    assert "Mesón de la Oficina de Partes" in text and "ab" * 16 in text
    assert stamp_text(record, POLICY).legal_date == "21-09-2026"
    assert stamp_text(_record(), POLICY).legal_date is None  # a working day: no extra line


def test_receipt_command_and_no_stamp_on_outgoing_documents(tmp_path: Path, home: Path) -> None:
    incoming = make_document("carta", tmp_path / "carta.pdf", seed=5, topic_index=2)
    outgoing = make_document("oficio_salida", tmp_path / "salida.pdf", seed=6, topic_index=2)
    result = run_partes(home, "ingest", "--json", str(incoming.path), str(outgoing.path))
    first, second = result.json_lines()
    out = tmp_path / "recibo.pdf"
    receipt = run_partes(home, "receipt", first["registry_number"], "--out", str(out), "--json")
    assert receipt.returncode == 0, receipt.stderr
    record = run_partes(home, "show", first["registry_number"], "--json").json_lines()[0]
    assert out.read_bytes() == _stored(home, record, "certificate").read_bytes()
    assert first["registry_number"] in _pdf_text(out)
    assert second["direction"] == "salida"
    shown = run_partes(home, "show", second["registry_number"], "--json").json_lines()[0]
    assert {f["role"] for f in shown["files"]} == {"original"}
    # an outgoing document has no certificate until one is asked for
    again = run_partes(home, "receipt", second["registry_number"], "--out", str(tmp_path / "s.pdf"))
    assert again.returncode == 0 and (tmp_path / "s.pdf").exists()
