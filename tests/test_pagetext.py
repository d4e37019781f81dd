"""The lean page text is pdfplumber's own text, on every kind of page the office receives."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from reportlab.lib.pagesizes import LETTER

from ocr import pagetext
from ocr.triage import triage
from tests.docgen import GENERATORS, make_document
from tests.docgen import variants as v

LAYER = "texto previo de otro OCR\nMUNICIPALIDAD DE NEGRETE\n"


def _shifted(source: Path, dest: Path) -> Path:
    """The same pages under a MediaBox that does not start at the origin."""
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            page.MediaBox = pikepdf.Array([-30, 40, LETTER[0] - 30, LETTER[1] + 40])
        pdf.save(dest)
    return dest


def _in_a_form(source: Path, dest: Path) -> Path:
    """The first page drawn as a form XObject of a new page (text inside a figure)."""
    with pikepdf.open(source) as pdf:
        form = pdf.pages[0].as_form_xobject()
        pdf.pages.append(
            pikepdf.Page(pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Page)))
        )
        page = pdf.pages[-1]
        page.MediaBox = pikepdf.Array([0, 0, *LETTER])
        name = page.add_resource(pdf.make_indirect(form), pikepdf.Name.XObject)
        page.contents_add(pdf.make_stream(b"q 0.8 0 0 0.8 40 60 cm " + bytes(name) + b" Do Q"))
        pdf.save(dest)
    return dest


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("pagetext")
    born = [
        make_document(kind, folder / f"{kind}.pdf", seed=900 + i, embed_fonts=i % 2 == 0).path
        for i, kind in enumerate(sorted(GENERATORS))
    ]
    page, _doc = v.scan_image("oficio", seed=931, topic_index=3)
    return [
        *born,
        v.rotated_born_digital(born[0], folder / "rotado.pdf", 90),
        v.rotated_born_digital(born[1], folder / "rotado270.pdf", 270),
        _shifted(born[2], folder / "desplazado.pdf"),
        _in_a_form(born[3], folder / "formx.pdf"),
        v.with_ocr_layer(page, LAYER, folder / "capa.pdf"),
        v.form_pdf(folder / "formulario.pdf"),
    ]


def test_the_text_is_the_one_pdfplumber_extracts(pdfs: list[Path]) -> None:
    pages = 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                expected = (page.extract_text(use_text_flow=True) or "").strip()
                assert pagetext.text(page) == expected, f"{path.name} p. {page.page_number}"
                assert len(pagetext.chars(page)) == len(page.chars)
                pages += 1
    assert pages > len(pdfs)


def test_triage_keeps_the_same_text_for_the_extraction(pdfs: list[Path]) -> None:
    from ocr import textcache

    path = pdfs[0]
    result = triage(path)
    assert not result.needs_ocr
    kept = textcache.take(path)
    with pdfplumber.open(path) as pdf:
        assert kept == [(p.extract_text(use_text_flow=True) or "").strip() for p in pdf.pages]


def test_a_note_turned_along_the_margin_reads_as_one_line(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "margen.pdf"
    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.setFont("Helvetica", 11)
    for n in range(30):
        canvas.drawString(72, 720 - 18 * n, f"Línea {n} del cuerpo de la resolución exenta.")
    canvas.saveState()
    canvas.translate(40, 200)
    canvas.rotate(90)  # read from the bottom up, as signature platforms print it
    canvas.setFont("Helvetica", 7)
    canvas.drawString(0, 0, "N° 1176")
    canvas.drawString(0, -9, "Fecha 13.10.2025")
    canvas.restoreState()
    canvas.save()
    with pdfplumber.open(path) as pdf:
        lines = pagetext.text(pdf.pages[0]).splitlines()
    assert lines[0] == "Línea 0 del cuerpo de la resolución exenta."
    assert lines[-2:] == ["N° 1176", "Fecha 13.10.2025"]
