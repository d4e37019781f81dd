"""The old libro de registro, row by row: pure parsing into frozen values (no I/O).

A row gives the historical number, the date, the file and, optionally, sender, subject,
type, unit and direction; a label it leaves empty (or that is not one of ours) is the
classifier's. A row that cannot be imported (no number, an unknown date, no file, a
number or a file already in an earlier row) is a ``RowProblem`` with its Spanish reason:
reported, never fatal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime

from partes.config import ImportColumns

_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%y", "%d/%m/%y")
# 123 · N° 123 · 123/2019 · 123-2019 · 2019-123 · H-2019-000123
_NUMBER = re.compile(r"^(?:n[°ºo.]*\s*)?(\d{1,9})$")
_NUMBER_YEAR = re.compile(r"^(?:n[°ºo.]*\s*)?(\d{1,9})\s*[/-]\s*((?:19|20)\d{2})$")
_YEAR_NUMBER = re.compile(r"^(?:[a-z]{1,4}-)?((?:19|20)\d{2})\s*[/-]\s*(\d{1,9})$")
# In a file name: «E-2019-000123.pdf», «2019-123 oficio.pdf», «2019_000123.pdf»
_NAME_NUMBER = re.compile(r"(?:^|[^0-9])((?:19|20)\d{2})[-_ ](\d{1,9})(?:[^0-9]|$)")


@dataclass(frozen=True, kw_only=True)
class LedgerRow:
    line: int  # as the spreadsheet numbers it (titles on line 1)
    file: str
    year: int
    number: int
    doc_date: date
    sender: str | None = None
    subject: str | None = None
    doc_type: str | None = None
    unit: str | None = None
    direction: str | None = None


@dataclass(frozen=True, kw_only=True)
class RowProblem:
    line: int
    file: str | None
    reason: str


@dataclass(frozen=True, kw_only=True)
class Ledger:
    rows: tuple[LedgerRow, ...]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """What a label may be: normalised spelling → code."""

    doc_types: Mapping[str, str]
    units: Mapping[str, str]
    directions: Mapping[str, str]


def normal(text: object) -> str:
    """Lower case, no accents, letters and digits only: «N° Fecha» → «nfecha»."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.casefold())


def vocabulary_of(pairs: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """code → its names, as spellings: every name and the code itself, normalised."""
    return {normal(name): code for code, names in pairs.items() for name in (code, *names)}


def missing_titles(titles: Sequence[object], columns: ImportColumns) -> list[str]:
    """The required columns (number, date, file) the spreadsheet lacks."""
    have = {normal(t) for t in titles}
    return [t for t in (columns.number, columns.date, columns.file) if normal(t) not in have]


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_number(value: object) -> tuple[int | None, int] | None:
    """(year, number) from what the book wrote; the year is None when it is not there."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value or "").strip().casefold()
    if match := _NUMBER.match(text):
        return None, int(match.group(1))
    if match := _NUMBER_YEAR.match(text):
        return int(match.group(2)), int(match.group(1))
    if match := _YEAR_NUMBER.match(text):
        return int(match.group(1)), int(match.group(2))
    return None


def number_from_name(name: str) -> tuple[int, int] | None:
    """(year, number) written in a file's name, for a file the spreadsheet does not list."""
    match = _NAME_NUMBER.search(name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def parse_ledger(
    rows: Sequence[Mapping[str, object]], columns: ImportColumns, vocabulary: Vocabulary
) -> Ledger:
    """Every row with a value, in order; the first row with a number or a file wins."""
    good: list[LedgerRow] = []
    problems: list[RowProblem] = []
    numbers: dict[tuple[int, int], int] = {}
    files: dict[str, int] = {}
    for offset, raw in enumerate(rows):
        cells = {normal(k): v for k, v in raw.items() if k is not None}
        if not any(str(v or "").strip() for v in cells.values()):
            continue
        line = offset + 2
        row = _row(line, cells, columns, vocabulary)
        if isinstance(row, RowProblem):
            problems.append(row)
            continue
        key = (row.year, row.number)
        if key in numbers:
            reason = f"Número {row.number}/{row.year} repetido (ya en la fila {numbers[key]})."
            problems.append(RowProblem(line=line, file=row.file, reason=reason))
            continue
        if normal(row.file) in files:
            reason = f"Archivo repetido en la planilla (ya en la fila {files[normal(row.file)]})."
            problems.append(RowProblem(line=line, file=row.file, reason=reason))
            continue
        numbers[key] = line
        files[normal(row.file)] = line
        good.append(row)
    return Ledger(rows=tuple(good), problems=tuple(problems))


def _row(
    line: int, cells: Mapping[str, object], columns: ImportColumns, vocabulary: Vocabulary
) -> LedgerRow | RowProblem:
    def cell(title: str) -> str:
        value = cells.get(normal(title))
        return "" if value is None else str(value).strip()

    file = cell(columns.file)
    if not file:
        return RowProblem(line=line, file=None, reason="La fila no indica el archivo.")
    number = parse_number(cells.get(normal(columns.number)))
    if number is None:
        shown = cell(columns.number) or "vacío"
        return RowProblem(line=line, file=file, reason=f"Número ilegible («{shown}»).")
    doc_date = parse_date(cells.get(normal(columns.date)))
    if doc_date is None:
        shown = cell(columns.date) or "vacía"
        return RowProblem(line=line, file=file, reason=f"Fecha desconocida («{shown}»).")
    year, value = number
    return LedgerRow(
        line=line,
        file=file,
        year=year or doc_date.year,
        number=value,
        doc_date=doc_date,
        sender=cell(columns.sender) or None,
        subject=cell(columns.subject) or None,
        doc_type=vocabulary.doc_types.get(normal(cell(columns.doc_type))),
        unit=vocabulary.units.get(normal(cell(columns.unit))),
        direction=vocabulary.directions.get(normal(cell(columns.direction))),
    )


def column_titles(columns: ImportColumns) -> tuple[str, ...]:
    return tuple(getattr(columns, f.name) for f in fields(ImportColumns))
