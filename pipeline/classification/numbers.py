"""A document's own number: after the heading of its type, in a form's field, a portal's
folio, alone on its line, or in a register's row; never one cited in ANT., MAT. or a
sentence."""

from __future__ import annotations

import re
from datetime import date

from pipeline.classification.direction import PRESENTED
from pipeline.classification.headings import header_end
from pipeline.classification.labels import label_value_lines
from pipeline.classification.patterns import (
    BARE_NUMBER,
    BEFORE_VALUE,
    CUT_AT_WORD,
    DOC_NUMBER,
    FOLIO,
    NUM_SIGN,
    NUMBER_PREFIXES,
    NUMBER_VALUE,
    find_date,
    fold_upper,
    folio,
    number_family,
    number_of,
)

__all__ = ["document_number", "foot_number", "table_row"]


# A heading that prints its number without "N°", alone on its line: "Dictamen 26349-2009"
# (not a year: "ORDENANZA MUNICIPAL 2024").
_SIGNLESS = {
    family: re.compile(
        rf"(?:{prefix})\s*\.?\s*(?!(?:19|20)\d\d\.?$)(\d{{1,3}}(?:\.\d{{3}})+|\d+)"
        r"(?:\s*[-/]\s*\d{4})?\.?"
    )
    for family, prefix in NUMBER_PREFIXES.items()
}


def _signless(lines: list[str], family: str) -> str | None:
    for line in lines:
        if match := _SIGNLESS[family].fullmatch(fold_upper(line).strip()):
            return match.group(1).replace(".", "")
    return None


# A portal's folio alone on its line, its label in another column: "MU297T0059480".
_LONE_FOLIO = re.compile(r"(?m)^\W*([A-Z]{2}\d{3}[A-Z]{1,2}\d{7})\W*$")
# ("Nº" folds to "NO": the ordinal sign decomposes to an "o")
_NUMBER_FIELD = re.compile(
    r"^N\s?(?:[°º]|O\b)\s*(?:DE(?:L| LA)?\s+)?"
    r"(?:INFORME|OFICIO|RESOLUCION|DECRETO|DOCUMENTO|DICTAMEN|CIRCULAR|CERTIFICADO)\s*:\s*(\d{1,3}(?:\.\d{3})+|\d+)\b",
    re.M,
)
# A number alone on its line, before another paper's cited in the summary: Contraloría's
# "N° E14823 / 2024" above "Remite Informe Final N° 500, de 2024, ...".
_LONE_NUMBER = re.compile(
    rf"^\s*{NUM_SIGN}{BEFORE_VALUE}{NUMBER_VALUE}(?:\s*[/-]\s*(?:19|20)\d\d)?\s*\.?\s*$"
)
_FOLIO_YEAR = re.compile(r"^FOLIO\s*:?\s*(\d{1,7})\s*/\s*(?:19|20)\d{2}\b", re.M)


def document_number(header: list[str], doc_type: str) -> str | None:
    """The number after the heading of the document's own type ("CIRCULAR ORD. N° 0012",
    "RES. EX. N° 202499101234"), else any heading's number, else the transparency portal's
    folio, else a bare "N° 1.234" of the header; never one cited in ANT. or MAT."""
    family = "oficio" if doc_type == "oficio_reservado" else doc_type
    own = [_VISTOS_ON.split(line)[0] for line in _uncited(header[: header_end(header)])]
    folded = fold_upper("\n".join(own))
    shape = _case_shape("\n".join(own))
    matches = [m for m in DOC_NUMBER.finditer(folded) if not _in_prose(shape, m.start())]
    if typed := next((m for m in matches if number_family(m) == family), None):
        return number_of(typed)
    if field := _NUMBER_FIELD.search(folded):  # a form's "N° Informe : 180/2009"
        return field.group(1).replace(".", "")
    if family in NUMBER_PREFIXES and (signless := _signless(own, family)):
        return signless
    if match := FOLIO.search(fold_upper("\n".join(header))):
        return folio(match.group(1))
    if family in PRESENTED and (match := _LONE_FOLIO.search(fold_upper("\n".join(header)))):
        return match.group(1)  # the portal's receipt as two columns: labels, then values
    if match := _FOLIO_YEAR.search(folded):  # DocDigital's table: "Folio 7954/2023"
        return match.group(1)
    alone = ((n, m) for n, line in enumerate(own) if (m := _LONE_NUMBER.match(fold_upper(line))))
    lone = next(alone, None)
    if lone and not (matches and folded[: matches[0].start()].count("\n") < lone[0]):
        return number_of(lone[1])
    if matches:
        return number_of(matches[0])
    for line in own:
        if bare := BARE_NUMBER.search(fold_upper(line)):
            return number_of(bare)
    return None


def foot_number(lines: list[str], doc_type: str) -> str | None:
    """The number of an act whose header prints none, on a line of its own below the header
    (beside the signatures, as a document platform stamps it: "DECRETO EXENTO N° 3779/2024",
    "D.A. N° 621 - 2025"): only the heading of the document's own type and its number, with
    no full stop after it and no line cut at a connector before it (a paper a sentence
    cites)."""
    family = "oficio" if doc_type == "oficio_reservado" else doc_type
    for index in range(header_end(lines), len(lines)):
        folded = fold_upper(lines[index]).strip()
        match = DOC_NUMBER.match(folded)
        if not match or number_family(match) != family:
            continue
        cited = CUT_AT_WORD.search(fold_upper(lines[index - 1])) if index else None
        if not cited and _FOOT_REST.fullmatch(folded[match.end() :]):
            return number_of(match)  # (not "lo dispuesto en el / Decreto N° 1.500/2019.")
    return None


# What may follow the number on its line: its year ("- 2025"), nothing else.
_FOOT_REST = re.compile(r"\s*(?:[/-]\s*(?:19|20)\d\d)?\s*")


# A register's table printed from its website: a row of column names, then the document's
# row ("NÚMERO DICTAMEN  FECHA DOCUMENTO" / "E113751N21  11-06-2021", "Número Fecha
# Destinatario" / "18168 22/03/2013 DIRECTOR GENERAL DE AGUAS").
_COLUMNS = re.compile(r"^N(?:UMERO|RO\.?|\s?[°º]|O\b)(?:\s+\w+)?\s+FECHA\b")
_ROW = re.compile(r"^(E?\d{1,3}(?:\.\d{3})+|E?\d+(?:N\d{2})?)\s+(\S+)")


def table_row(header: list[str]) -> tuple[str, date | None] | None:
    """The number and date of the row under a register's column names."""
    for index, line in enumerate(header[:-1]):
        if not _COLUMNS.match(fold_upper(line).strip()):
            continue
        row = _ROW.match(fold_upper(header[index + 1]).strip())
        if row and (when := find_date(row.group(2))):
            return row.group(1).replace(".", ""), when
    return None


# VISTOS opens the body even in the middle of a line: what it cites is not the act's number
# ("Num. 05 Vistos: a) Decreto Alcaldicio No. 1.365 ...").
_VISTOS_ON = re.compile(r"(?<=\S)\s*\b(?:VISTOS?|Vistos?)\s*[:,]")


def _in_prose(shape: str, start: int) -> bool:
    """A number cited in a sentence ("El dictamen N° 22.766, de 2016, resolvió", "copia del
    Informe Final N° 12"): its kind in lower case, or an article or a preposition in lower
    case just before it (a letterhead in sentence case beside a heading is not prose).
    ``shape`` is ``_case_shape`` of the folded text; ``start`` a position in it."""
    if shape[start : start + 1].islower():
        return True
    before = shape[max(0, start - 12) : start]
    words = before[before.rfind("\n") + 1 :].split()  # on the number's own line
    return bool(words) and words[-1] in _CITING_WORDS


def _case_shape(text: str) -> str:
    """``text`` with its lower case words kept, capitals as "A" and the rest blank, position by
    position with its folded form (a ligature such as "ﬁ" folds to two letters)."""
    shape = []
    for char in text:
        folded = fold_upper(char)
        if len(folded) == 1 and char.isspace():
            shape.append(char)
        elif len(folded) == 1 and char.isalpha():
            shape.append(folded.lower() if char.islower() else "A")
        else:
            shape.append(("a" if char.islower() else " ") * len(folded))
    return "".join(shape)


# What comes before a cited document's kind in a sentence: "el", "del", "según la" ...
_CITING_WORDS = frozenset(
    {"el", "la", "los", "las", "del", "al", "un", "una", "en", "por", "con", "segun"}
    | {"mediante", "su", "sus", "dicho", "dicha", "citado", "citada", "este", "esta", "ese"}
    | {"esa"}
)


def _uncited(lines: list[str]) -> list[str]:
    cited = label_value_lines(lines)
    return [line for index, line in enumerate(lines) if index not in cited]
