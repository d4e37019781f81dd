"""Dates written in words, as courts and notaries write them: «Arica, ocho de enero de dos
mil veinticuatro», «a veintidós de enero de dos mil veinticuatro», «treinta y uno de
diciembre de mil novecientos noventa y ocho» (an old archive's deeds)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_UNITS = {
    "un": 1, "uno": 1, "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintidos": 22,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
         "ochenta": 80, "noventa": 90}  # fmt: skip
_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
           "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
           "noviembre": 11, "diciembre": 12}  # fmt: skip
_NUMBER = r"[a-z]+(?:\s+y\s+[a-z]+)?"
# A day in words, folded to capitals: "ARICA, a veintinueve de septiembre" cut before its year.
DAY_WORDS = (
    r"(?:TREINTA(?:\s+Y\s+UNO)?|"
    + "|".join(sorted((word.upper() for word in _UNITS), key=len, reverse=True))
    + ")"
)
SPELLED = re.compile(
    rf"\b({_NUMBER})\s+de\s+({'|'.join(_MONTHS)})\s+(?:de|del)\s+"
    rf"(dos\s+mil(?:\s+{_NUMBER})?|mil\s+novecientos(?:\s+{_NUMBER})?)\b"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _below_hundred(words: str) -> int | None:
    """«ocho» 8, «veinticuatro» 24, «treinta y uno» 31 (None: not a number in words)."""
    if words in _UNITS:
        return _UNITS[words]
    tens, _, units = words.partition(" y ")
    if tens in _TENS and (not units or (units in _UNITS and _UNITS[units] < 10)):
        return _TENS[tens] + (_UNITS[units] if units else 0)
    return None


def _year(words: str) -> int | None:
    thousands = "dos mil" if words.startswith("dos") else "mil novecientos"
    base, rest = (2000 if thousands == "dos mil" else 1900), words[len(thousands) :].strip()
    if not rest:
        return base
    value = _below_hundred(rest)
    return base + value if value is not None else None


def spelled_dates(text: str) -> list[tuple[int, date]]:
    """Every date written in words in ``text``, with where it starts in the folded text."""
    found = []
    for match in SPELLED.finditer(_fold(text)):
        day, year = _below_hundred(match.group(1)), _year(match.group(3))
        if day is None or year is None:
            continue
        try:
            found.append((match.start(), date(year, _MONTHS[match.group(2)], day)))
        except ValueError:
            continue
    return found
