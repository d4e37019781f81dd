"""What a periodical prints on every page of a document it carries, which is not the
document: the Diario Oficial's page header («Núm. 44.109 | Miércoles 26 de Marzo de 2025 |
Página 1 de 6») and verification code («CVE 2624504»). Its number and date are the
edition's, and would be taken for the act's."""

from __future__ import annotations

import re

from pipeline.classification.patterns import MONTHS, fold_upper

_WEEKDAYS = "LUNES|MARTES|MIERCOLES|JUEVES|VIERNES|SABADO|DOMINGO"
_EDITION = re.compile(
    r"^(?:DIARIO OFICIAL DE LA REPUBLICA DE CHILE\s*\|?\s*)?NUM\s*\.?\s*\d{1,3}(?:\.\d{3})*\s*\|?"
    rf"\s*(?:{_WEEKDAYS})\s+\d{{1,2}}\s+DE\s+(?:{'|'.join(MONTHS).upper()})\s+DE\s+\d{{4}}"
)
_MASTHEAD = re.compile(r"^(?:DIARIO OFICIAL DE LA REPUBLICA DE CHILE|CVE\s*:?\s*\d{5,})\b")


def without_furniture(lines: list[str]) -> list[str]:
    """``lines`` without a periodical's page header and code lines."""
    kept = []
    for line in lines:
        folded = fold_upper(line).strip()
        if _EDITION.match(folded) or (_MASTHEAD.match(folded) and len(folded) < 120):
            continue
        kept.append(line)
    return kept
