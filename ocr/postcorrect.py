"""Post-correction of what Debian's ``spa`` model cannot write: °, º and ü.

The model has no "°" in its alphabet, so every "N°" comes out as "N*", "N?" or "N”" and an
ordinal "1°" as "1*". These are about three quarters of the character errors on municipal
pages. The fixes are applied to the hOCR before OCRmyPDF draws the text layer, so the
searchable PDF and the extracted text agree.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pikepdf

# "N*", "N?", "N%", "N”", "N\"", "N'", "Nº" (or two: "N?*") alone or glued to the number.
_NUMBER_SIGN = re.compile(r"^([Nn])[*?%”\"'º°]{1,2}(\d[\d.,/-]*)?$")
# An ordinal written with an asterisk: "1*", "2*" (a real asterisk after a number is rare).
_ORDINAL = re.compile(r"^(\d{1,2})\*$")
# Frequent words with ü, which the model writes as u.
_DIAERESIS = {
    "antiguedad": "antigüedad",
    "antiguedades": "antigüedades",
    "bilingue": "bilingüe",
    "bilingues": "bilingües",
    "desague": "desagüe",
    "desagues": "desagües",
    "linguistica": "lingüística",
    "linguistico": "lingüístico",
    "pinguino": "pingüino",
    "verguenza": "vergüenza",
    "ciguena": "cigüeña",
    "averigue": "averigüe",
    "paraguero": "paragüero",
    "nicaraguense": "nicaragüense",
}


def correct_word(word: str) -> str:
    match = _NUMBER_SIGN.match(word)
    if match:
        return f"{match.group(1)}°{match.group(2) or ''}"
    match = _ORDINAL.match(word)
    if match:
        return f"{match.group(1)}°"
    fixed = _DIAERESIS.get(word.lower())
    if fixed:
        return fixed.capitalize() if word[:1].isupper() else fixed
    return word


def correct_text(text: str) -> str:
    return re.sub(r"\S+", lambda m: _correct_token(m.group(0)), text)


def _correct_token(token: str) -> str:
    core = token.rstrip(".,;:)")
    return correct_word(core) + token[len(core) :] if core else token


_WORD_SPAN = re.compile(r"(<span class=['\"]ocrx_word['\"][^>]*>)(.*?)(</span>)", re.S)


def correct_hocr(hocr: Path, text: Path | None = None) -> None:
    """Rewrite the words of an hOCR file (and its plain-text twin) in place."""
    if hocr.exists():
        source = hocr.read_text(encoding="utf-8")
        fixed = _WORD_SPAN.sub(_fix_span, source)
        if fixed != source:
            hocr.write_text(fixed, encoding="utf-8")
    if text is not None and text.exists():
        original = text.read_text(encoding="utf-8")
        corrected = correct_text(original)
        if corrected != original:
            text.write_text(corrected, encoding="utf-8")


def _fix_span(match: re.Match[str]) -> str:
    inner = match.group(2)
    if "<" in inner:  # styled word (<strong>, <em>): leave it
        return match.group(0)
    word = html.unescape(inner)
    fixed = _correct_token(word)
    if fixed == word:
        return match.group(0)
    return match.group(1) + html.escape(fixed, quote=False) + match.group(3)


_HEX_WORD = re.compile(rb"<([0-9A-Fa-f]{4,})>")


def correct_text_pdf(pdf_path: Path) -> None:
    """Correct the words of Tesseract's text-only PDF in place.

    Tesseract writes each word as a UTF-16 hex string in a font whose ToUnicode map is the
    identity, and each correction keeps the number of characters, so the word keeps its
    width and position.
    """
    with pikepdf.open(pdf_path, allow_overwriting_input=True) as pdf:
        changed = False
        for page in pdf.pages:
            for stream in _content_streams(page):
                data = stream.read_bytes()
                fixed = _HEX_WORD.sub(_fix_hex_word, data)
                if fixed != data:
                    stream.write(fixed)
                    changed = True
        if changed:
            pdf.save(pdf_path)


def _content_streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.get("/Contents")
    items = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    return [s for s in items if isinstance(s, pikepdf.Stream)]


def _fix_hex_word(match: re.Match[bytes]) -> bytes:
    raw = match.group(1)
    if len(raw) % 4:
        return match.group(0)
    try:
        word = bytes.fromhex(raw.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return match.group(0)
    core = word.rstrip(" ")
    fixed = _correct_token(core) + word[len(core) :]
    if fixed == word or len(fixed) != len(word):
        return match.group(0)
    return b"<" + fixed.encode("utf-16-be").hex().upper().encode("ascii") + b">"
