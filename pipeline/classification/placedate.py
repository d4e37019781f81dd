"""A place and its date on one line, however a letter or a scan cuts or abbreviates it:
where a label's value ends («NEGRETE, 10 de marzo de 2026», «LONQUIMAY, 12.06.24», «Los
Ángeles, 13 AGO», «Porvenir, lunes 15 de diciembre»)."""

from __future__ import annotations

import re

from pipeline.classification.patterns import MONTHS, fold_upper
from pipeline.classification.spelled import DAY_WORDS

_MONTH_ABBR = r"(?:ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEPT?|OCT|NOV|DIC)\.?"
# A place-and-date line wrapped before its year: "Coyhaique, 6 de septiembre de", "ARICA, a
# veintinueve de septiembre", "Lonquimay, 29 JULIO", "CONCEPCIÓN, Diciembre 16", "Porvenir,
# lunes 15 de diciembre" (folded).
_DAY_MONTH = (
    rf"(?:(?:\d{{1,2}}|{DAY_WORDS})\s+(?:DE\s+)?(?:{'|'.join(MONTHS).upper()}|{_MONTH_ABBR})\b"
    rf"|(?:{'|'.join(MONTHS).upper()})\s+\d{{1,2}}\b)"
)
_MONTH_NAME = rf"(?:{'|'.join(MONTHS).upper()})"
# With its weekday, only a date that ends the line: "Porvenir, lunes 15 de diciembre [de
# 2025]" (not "Los Aromos, viernes 20 de diciembre a las 11:00 horas").
_WEEKDAY = r"(?:LUNES|MARTES|MIERCOLES|JUEVES|VIERNES|SABADO|DOMINGO),?\s+"
PLACE_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,40}},\s+{_WEEKDAY}{_DAY_MONTH}(?:\s+DEL?)?(?:\s+\d{{4}})?\s*\.?$"
    rf"|^[A-Z][A-Z .'-]{{2,40}},\s+(?:A\s+)?{_DAY_MONTH}"
    # without its comma, only a whole date or one cut before its year: "ARICA 2 DE SEPTIEMBRE
    # DE" (not "SECTOR COIHUE 22 DE MARZO" nor "PARA EL MARTES 15 DE ABRIL")
    rf"|^[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){{0,2}}(?<!\bEL)(?<!\bAL)(?<!\bDEL)\s+\d{{1,2}}\s+DE\s+"
    rf"{_MONTH_NAME}"
    r"\s+(?:DEL?\s*$|(?:DEL?\s+)?\d{4}\b)"
)
# With its comma, a place's day may end the line: "San Pedro de la Paz, dieciséis / de ...".
_PLACE_COMMA_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,40}},\s+(?:A\s+)?(?:{_DAY_MONTH}|(?:\d{{1,2}}|{DAY_WORDS})\s*$)"
)
# A place and a date whose year has two digits: "LONQUIMAY, 12.06.24".
_PLACE_SHORT_DATE = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s+\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def dated(line: str) -> bool:
    """A place-and-date line however it is cut or abbreviated, or a date's field: "LONQUIMAY,
    12.06.24", "Los Ángeles, 13 AGO", "San Pedro de la Paz, dieciséis", "FECHA 14.05.25"."""
    folded = fold_upper(line).strip()
    return bool(
        _PLACE_COMMA_DAY.match(folded)
        or _PLACE_SHORT_DATE.match(folded)
        or re.match(r"^FECHA\b\s*:?\s*\d", folded)
    )
