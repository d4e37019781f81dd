"""How long a unit has: by the instruction of the derivation (Ley 19.880 art. 24; Ley
20.285 art. 14 for transparency requests), unless the document itself sets a plazo."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# Instruction → días hábiles (None: no plazo). Mero trámite 1, informes 10, decisiones 20.
DEFAULT_DEADLINES: Mapping[str, int | None] = {
    "conocimiento": 1,
    "tramitacion": 1,
    "informe": 10,
    "respuesta": 20,
    "archivo": None,
}
INSTRUCTIONS = tuple(DEFAULT_DEADLINES)
TRANSPARENCY_TYPE = "solicitud_transparencia"
TRANSPARENCY_DAYS = 20  # Ley 20.285 art. 14, extendable once by 10
TRANSPARENCY_EXTENSION = 10

_WORDS = {
    "un": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "veinte": 20, "treinta": 30,
}  # fmt: skip
_NUMBER = r"(\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_PLAZO = re.compile(
    r"\bplazo\s+(?:maximo\s+|no\s+superior\s+a\s+|de\s+)*"
    + _NUMBER
    + r"(?:\s*\(\s*"
    + _NUMBER
    + r"\s*\))?\s+dias?\s*(habiles|corridos|administrativos)?"
)


@dataclass(frozen=True, kw_only=True)
class TextDeadline:
    days: int
    business: bool  # días hábiles (or administrativos); False: corridos
    phrase: str


def days_for(
    instruction: str, *, doc_type: str, table: Mapping[str, int | None] = DEFAULT_DEADLINES
) -> int | None:
    """The plazo in días hábiles a derivation gets by default."""
    if instruction not in table:
        raise ValueError(
            f"instrucción desconocida «{instruction}» (use una de: {', '.join(table)})"
        )
    if doc_type == TRANSPARENCY_TYPE and instruction != "archivo":
        return TRANSPARENCY_DAYS
    return table[instruction]


def deadline_in_text(text: str) -> TextDeadline | None:
    """The first plazo the document sets in words ("dentro del plazo de 5 días hábiles"),
    as Contraloría's oficios and many requests do; None when it sets none."""
    folded = _fold(text)
    for found in _PLAZO.finditer(folded):
        days = _number(found.group(1))
        if days is None or not 0 < days <= 365:
            continue
        kind = found.group(3)
        return TextDeadline(
            days=days, business=kind != "corridos", phrase=" ".join(found.group(0).split())
        )
    return None


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else _WORDS.get(token)


def _fold(text: str) -> str:
    """Lower case, accents off, one space: OCR text and typed text compare alike."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.split())
