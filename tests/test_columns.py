"""A two-column head that Tesseract glued line by line is read one column after the other."""

from __future__ import annotations

from pathlib import Path

import pytesseract
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from ocr.columns import reading_text
from tests.docgen.render import rasterize

WIDTH = 1700


def _hocr(
    lines: list[list[tuple[str, int]]], *, turned: int | None = None, row: list[int] | None = None
) -> str:
    """hOCR as Tesseract writes it: each line one paragraph of words at (text, x0); words
    are 12 px a character wide, lines 40 px apart (``row``: each line's row) and 30 high."""
    pars = []
    for n, words in enumerate(lines):
        top = 100 + 40 * (row[n] if row else n)
        spans = "".join(
            f"<span class='ocrx_word' title='bbox {x} {top} {x + 12 * len(t)} {top + 30}; "
            f"x_wconf 95'>{t}</span> "
            for t, x in words
        )
        x0, x1 = words[0][1], max(x + 12 * len(t) for t, x in words)
        angle = "; textangle 90" if n == turned else ""
        pars.append(
            f"<p class='ocr_par' title='bbox {x0} {top} {x1} {top + 30}'>"
            f"<span class='ocr_line' title='bbox {x0} {top} {x1} {top + 30}{angle}'>{spans}"
            "</span></p>"
        )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'>"
        f"<body><div class='ocr_page' title='bbox 0 0 {WIDTH} 2200'>{''.join(pars)}"
        "</div></body></html>"
    )


def _words(text: str, x: int) -> list[tuple[str, int]]:
    out = []
    for word in text.split():
        out.append((word, x))
        x += 12 * len(word) + 12
    return out


def _glued(left: str, right: str) -> list[tuple[str, int]]:
    return _words(left, 200) + _words(right, 900)


def test_glued_columns_are_read_left_then_right() -> None:
    hocr = _hocr(
        [
            _words("RESOLUCIÓN EXENTA N° 463", 900),
            _glued("MINISTERIO DE OBRAS PÚBLICAS", "APRUEBA CONVENIO DE"),
            _glued("DIRECCIÓN DE OBRAS HIDRÁULICAS", "COLABORACIÓN PARA LA"),
            _words("OPERACIÓN DEL SERVICIO", 900),
            _words("VISTOS: Lo dispuesto en la Ley N° 20.998, que regula los servicios.", 200),
        ]
    )
    assert reading_text(hocr) == (
        "MINISTERIO DE OBRAS PÚBLICAS\nDIRECCIÓN DE OBRAS HIDRÁULICAS\n\n"
        "RESOLUCIÓN EXENTA N° 463\nAPRUEBA CONVENIO DE\nCOLABORACIÓN PARA LA\n"
        "OPERACIÓN DEL SERVICIO\n\n"
        "VISTOS: Lo dispuesto en la Ley N° 20.998, que regula los servicios.\n"
    )


def test_each_column_is_read_from_the_top_down() -> None:
    hocr = _hocr(
        [
            _words("RECURSOS AL PROYECTO", 900),  # Tesseract lists the lowest line first
            _glued("MINISTERIO DEL INTERIOR", "DEJA SIN EFECTO LA RESOLUCIÓN"),
            _glued("SUBSECRETARÍA DE DESARROLLO", "EXENTA N° 47 QUE ASIGNÓ"),
        ],
        row=[2, 0, 1],
    )
    assert reading_text(hocr) == (
        "MINISTERIO DEL INTERIOR\nSUBSECRETARÍA DE DESARROLLO\n\n"
        "DEJA SIN EFECTO LA RESOLUCIÓN\nEXENTA N° 47 QUE ASIGNÓ\nRECURSOS AL PROYECTO\n"
    )


def test_columns_listed_in_turns_are_read_left_then_right() -> None:
    """Tesseract did not glue the two columns but listed their lines in turns, each line
    beside one of the other column: the matter comes out whole."""
    hocr = _hocr(
        [
            _words("MATERIA: Informa declaración de alerta", 900),
            _words("SERVICIO NACIONAL DE PREVENCIÓN", 200),
            _words("temprana por nevadas en la", 900),
            _words("DIRECCIÓN REGIONAL DE AYSÉN", 200),
            _words("provincia General Carrera", 900),
            _words("Por medio del presente, informo a usted lo siguiente sobre la alerta.", 200),
        ],
        row=[0, 0, 1, 1, 2, 4],
    )
    assert reading_text(hocr) == (
        "SERVICIO NACIONAL DE PREVENCIÓN\nDIRECCIÓN REGIONAL DE AYSÉN\n\n"
        "MATERIA: Informa declaración de alerta\ntemprana por nevadas en la\n"
        "provincia General Carrera\n\n"
        "Por medio del presente, informo a usted lo siguiente sobre la alerta.\n"
    )


def test_a_longer_line_of_one_column_narrows_the_gutter() -> None:
    """The left column's second line reaches further right than the first: it still
    keeps to its column, and the run goes on past it."""
    hocr = _hocr(
        [
            _glued("MINISTERIO DEL INTERIOR", "OFICIO ORD. N° 1322"),
            _words("SERVICIO NACIONAL DE PREVENCIÓN Y RESPUESTA", 200),
            _glued("DIRECCIÓN REGIONAL", "MATERIA: Informa alerta"),
            _words("temprana por nevadas", 900),
        ]
    )
    assert reading_text(hocr) == (
        "MINISTERIO DEL INTERIOR\nSERVICIO NACIONAL DE PREVENCIÓN Y RESPUESTA\n"
        "DIRECCIÓN REGIONAL\n\n"
        "OFICIO ORD. N° 1322\nMATERIA: Informa alerta\ntemprana por nevadas\n"
    )


def test_a_line_far_below_its_column_is_the_page_going_on() -> None:
    """Near the run's last line, but far below the last line of its own column: the
    addressee under a right-hand head is not part of the left column."""
    hocr = _hocr(
        [
            _glued("MUNICIPALIDAD DE AYSÉN", "ORD. N° 45"),
            _words("Fecha: 3 de marzo de 2025", 900),
            _words("MAT.: Solicita informe", 900),
            _words("sobre la ruta X-265", 900),
            _words("A: SEÑOR ALCALDE", 200),
        ]
    )
    text = reading_text(hocr)
    assert text is not None
    assert text.endswith("sobre la ruta X-265\n\nA: SEÑOR ALCALDE\n"), text


def test_labels_beside_their_values_are_one_text() -> None:
    table = [_words(label, 200) + _words(value, 500) for label, value in [
        ("Folio", "4217/2023"),
        ("Materia", "Instruye paralización parcial de obras"),
        ("De:", "Johanna Fuentealba Hernández"),
        ("| Para", "Ilustre Municipalidad de Chile Chico"),
    ]]  # fmt: skip
    assert reading_text(_hocr(table)) is None  # Tesseract's own text stays


def test_a_stray_mark_far_right_is_no_column() -> None:
    lines = [
        _words("OFICIO ORD. N° 1724/2023", 1000),
        [*_words("DE: CRISTIAN BARRIENTOS LOW", 280), ("E", 1560)],
        _words("DIRECTOR REGIONAL SERVICIO NACIONAL DEL PATRIMONIO", 420),
    ]
    assert reading_text(_hocr(lines)) is None


def test_a_line_along_the_margin_is_kept_and_no_part_of_a_column() -> None:
    hocr = _hocr(
        [
            _words("Firmado electrónicamente por Fernando Vargas", 60),
            _glued("SERVICIO ELECTORAL DE CHILE", "Solicita facilitar dependencias"),
            _glued("DIRECCIÓN REGIONAL DE AYSÉN", "para la capacitación de vocales"),
        ],
        turned=0,
    )
    text = reading_text(hocr)
    assert text is not None
    assert text.startswith("Firmado electrónicamente por Fernando Vargas\n")
    assert "Solicita facilitar dependencias\npara la capacitación de vocales" in text


def test_tesseract_on_a_printed_two_column_head(tmp_path: Path) -> None:
    """Real Tesseract on a rendered page: whatever it glues, the summary comes out whole."""
    pdf = tmp_path / "cabeza.pdf"
    canvas = Canvas(str(pdf), pagesize=letter)
    left = ["MINISTERIO DE OBRAS PÚBLICAS", "DIRECCIÓN DE OBRAS HIDRÁULICAS", "REGIÓN DE AYSÉN"]
    right = [
        "APRUEBA CONVENIO DE COLABORACIÓN",
        "PARA LA OPERACIÓN DEL SERVICIO",
        "SANITARIO RURAL",
    ]
    for n, (a, b) in enumerate(zip(left, right, strict=True)):
        y = 700 - 16 * n
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(72, y, a)
        canvas.drawString(330, y, b)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(
        72, 620, "VISTOS: Lo dispuesto en la Ley N° 20.998, que regula los servicios."
    )
    canvas.save()
    image = rasterize(pdf, dpi=200)[0]
    hocr = pytesseract.image_to_pdf_or_hocr(image, lang="spa", extension="hocr").decode()
    text = reading_text(hocr) or pytesseract.image_to_string(image, lang="spa")
    words = text.split()
    summary = " ".join(right).split()
    start = words.index("APRUEBA")
    assert words[start : start + len(summary)] == summary
