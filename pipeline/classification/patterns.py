"""Patterns of Chilean public documents, tolerant of OCR noise (N*, N?, lost accents)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

# "N°", "Nº", "N*", "N?", "N”", "NS", "NO", "No.", "Nro.", "NUM." as OCR produces them.
_NUM_SIGN = r"(?:N\s?[°º*?\"”'oO0S]{0,2}\.?|NRO\.?|NUM(?:ERO)?\.?)"
DOC_NUMBER = re.compile(
    r"\b(?:ORD(?:INARIO)?(?:\s*\.?\s*RESERVADO)?|OFICIO(?:\s+RESERVADO)?|OF"
    r"|DECRETO(?:\s+ALCALDICIO)?(?:\s+EXENTO)?|MEMO(?:RANDUM)?|CIRCULAR|CERTIFICADO"
    r"|ACTA(?:\s+(?:DE\s+LA\s+)?SESION)?(?:\s+(?:ORDINARIA|EXTRAORDINARIA))?"
    r"|RES(?:OLUCION)?(?:\s+EXENTA)?)\s*\.?\s*"
    + _NUM_SIGN
    + r"\s*:?\s*(\d{1,3}(?:\.\d{3})+|\d+)\b(?:\s*/\s*(\d{4}))?",
)
# Transparency requests are numbered by the Portal: "Folio: MU123T0001234".
# OCR may read a digit of it as a letter (5 as S, 0 as O, 1 as I): see ``folio``.
FOLIO = re.compile(r"\bFOLIO\s*:?\s*([A-Z]{2}[\dSOIL]{3}[A-Z][\dSOIL]{7})\b")
_DIGIT_LOOKALIKES = str.maketrans("SOIL", "5011")


def folio(raw: str) -> str:
    """The folio with its digit positions read as digits."""
    return (
        raw[:2]
        + raw[2:5].translate(_DIGIT_LOOKALIKES)
        + raw[5]
        + raw[6:].translate(_DIGIT_LOOKALIKES)
    )


DATE_WORDS = re.compile(
    r"\b(\d{1,2})\s*(?:°|º)?\s+de\s+(" + "|".join(MONTHS) + r")\s+(?:de(?:l)?\s+)?(\d{4})\b"
)
DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
RUT = re.compile(r"\b(\d{1,2}(?:\.\d{3}){2}|\d{7,8})\s?-\s?([\dkK])\b")
# Labels that open a line ("DE:", "A:", form fields), and ANT./MAT./REF., which may also
# follow a letterhead on the same line when the header is printed in two columns.
_LINE_LABELS = (
    r"DE|A|PARA|SOLICITANTE|NOMBRE DEL SOLICITANTE|NOMBRE|INFORMACION SOLICITADA|SUJETO PASIVO"
)
_INLINE_LABELS = r"ANT(?:ECEDENTES?)?|MAT(?:ERIA)?|REF(?:ERENCIA)?"
LABEL = re.compile(
    rf"^\s*(?P<label>{_LINE_LABELS})\s*\.?\s*:|(?:^|(?<=\s))(?P<inline>{_INLINE_LABELS})\s*\.?\s*:"
)


def fold_upper(text: str) -> str:
    """Upper case without accents, for matching; positions are not preserved."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def rut_check_digit(body: int) -> str:
    total, factor = 0, 2
    while body:
        total += (body % 10) * factor
        body //= 10
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def normalise_rut(body: str, dv: str) -> str | None:
    """``12.345.678-5`` if the check digit is right, else None."""
    digits = int(body.replace(".", ""))
    if digits < 1_000_000 or rut_check_digit(digits) != dv.upper():
        return None
    return f"{digits:,}".replace(",", ".") + f"-{dv.upper()}"


def find_ruts(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in RUT.finditer(text):
        rut = normalise_rut(match.group(1), match.group(2))
        if rut and rut not in found:
            found.append(rut)
    return tuple(found)


def find_date(text: str) -> date | None:
    """The first plausible date: written out ("10 de marzo de 2026") or numeric."""
    lowered = unicodedata.normalize("NFC", text).lower()
    candidates: list[tuple[int, date]] = []
    for match in DATE_WORDS.finditer(lowered):
        built = _safe_date(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
        if built:
            candidates.append((match.start(), built))
    for match in DATE_NUMERIC.finditer(lowered):
        built = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if built:
            candidates.append((match.start(), built))
    return min(candidates)[1] if candidates else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
