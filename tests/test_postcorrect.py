"""Post-correction of what the spa model cannot write (°, º, ü), in text, hOCR and PDF."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from ocr.postcorrect import correct_hocr, correct_text, correct_text_pdf, correct_word


@pytest.mark.parametrize(
    ("seen", "meant"),
    [
        ("N*", "N°"),
        ("N?", "N°"),
        ("N”", "N°"),
        ('N"', "N°"),
        ("Nº", "N°"),
        ("N*123", "N°123"),
        ("N?*", "N°"),
        ("N%", "N°"),
        ("N%660", "N°660"),
        ("N?18.695", "N°18.695"),
        ("1*", "1°"),
        ("bilingue", "bilingüe"),
        ("Pinguino", "Pingüino"),
        ("No", "No"),
        ("N", "N"),
        ("Nota?", "Nota?"),
        ("¿Cuándo?", "¿Cuándo?"),
        ("123*", "123*"),
    ],
)
def test_words(seen: str, meant: str) -> None:
    assert correct_word(seen) == meant


def test_text_keeps_punctuation_and_spacing() -> None:
    text = "ORD. N* 123/2026\nLey N? 18.695, sobre el desague.\n"
    assert correct_text(text) == "ORD. N° 123/2026\nLey N° 18.695, sobre el desagüe.\n"


def test_hocr_words_are_corrected_in_place(tmp_path: Path) -> None:
    hocr = tmp_path / "p.hocr"
    hocr.write_text(
        "<span class='ocrx_word' id='w1' title='bbox 1 2 3 4; x_wconf 90'>N*</span> "
        "<span class='ocrx_word' id='w2' title='bbox 5 6 7 8; x_wconf 91'>12</span>",
        encoding="utf-8",
    )
    text = tmp_path / "p.txt"
    text.write_text("N* 12\n", encoding="utf-8")
    correct_hocr(hocr, text)
    assert ">N°</span>" in hocr.read_text(encoding="utf-8")
    assert text.read_text(encoding="utf-8") == "N° 12\n"


def test_text_only_pdf_words_keep_their_length(tmp_path: Path) -> None:
    path = tmp_path / "capa.pdf"
    words = ["ORD. ", "N? ", "12 "]
    hexes = " ".join(f"[ <{w.encode('utf-16-be').hex().upper()}> ] TJ" for w in words)
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.pages[0].Contents = pdf.make_stream(f"BT 3 Tr {hexes} ET".encode())
        pdf.save(path)
    correct_text_pdf(path)
    with pikepdf.open(path) as pdf:
        data = pdf.pages[0].Contents.read_bytes()
    assert "N° ".encode("utf-16-be").hex().upper().encode() in data
    assert "N? ".encode("utf-16-be").hex().upper().encode() not in data
