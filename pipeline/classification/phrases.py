"""What the lines of a document's header are: a summary's opening verb, an office's or a
party's name, a line in capitals, a mark that interrupts a summary or a title."""

from __future__ import annotations

import re

from pipeline.classification.headings import BODY_OPENER, title_at
from pipeline.classification.labels import capital_share, find_label
from pipeline.classification.patterns import (
    BARE_NUMBER,
    DOC_NUMBER,
    VERBS,
    find_date,
    fold_upper,
)
from pipeline.classification.placedate import dated

SUMMARY = re.compile(
    rf"^(?:{VERBS})(?:N|SE|NSE)?\b|^(?:PAGUESE|IMPUTESE|TENGASE|NOTIFIQUESE)\b"
    r"|^SE\s+(?:PRONUNCIA|ABSTIENE|AJUSTA|ACOGE|RECHAZA)\b"
    r"|^(?:ATIENDE|RECONSIDERA|NO CORRESPONDE)\b|^RESUELVE\s+[A-Z]"
)
# The parties' and offices' names that follow a title in capitals, and are not part of it.
OFFICES = (
    r"MUNICIPALIDAD|REPUBLICA|DIRECCION|SUBDIRECCION|DEPARTAMENTO|DIVISION|SECRETARIA"
    r"|SUBSECRETARIA|CORPORACION|MINISTERIO|SERVICIO|SEREMI|GOBIERNO|CONTRALORIA"
    r"|SUPERINTENDENCIA|CARABINEROS|DELEGACION"
)
_PARTY_LINE = re.compile(rf"\b(?:{OFFICES}|JUNTA|REGIONAL|NACIONAL|SPA|LTDA|LIMITADA)\b")


def names_a_party(folded: str) -> bool:
    """A line that opens with a party's or an office's name ("ILUSTRE MUNICIPALIDAD DE ..."),
    not one that only mentions it further on ("FINANCIADAS POR EL GOBIERNO REGIONAL")."""
    return bool(_PARTY_LINE.search(" ".join(folded.split()[:3])))


def in_capitals(line: str) -> bool:
    return capital_share(line) >= 0.85


def interrupts(line: str) -> bool:
    """A date, a number, a label or the body's opening: not part of a summary or a title
    (a number it cites further on is: "PREDIAL D.S. N° 1/2011 (V. y U.)")."""
    folded = fold_upper(line).strip()
    number = DOC_NUMBER.search(folded)
    return bool(
        find_date(line)
        or dated(line)
        or find_label(line)
        or (number is not None and (number.start() <= 2 or title_at(line)))
        or (BARE_NUMBER.match(folded) is not None and len(folded.split()) <= 3)
        or BODY_OPENER.match(folded)
    )
