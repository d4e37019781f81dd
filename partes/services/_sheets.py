"""Reading a spreadsheet (CSV or XLSX) into its titles and rows, nothing more."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from partes.errors import UsageError


@dataclass(frozen=True, kw_only=True)
class Sheet:
    titles: tuple[str, ...]
    rows: tuple[dict[str, object], ...]  # title → value; line n + 2 of the file


def read_sheet(path: Path) -> Sheet:
    if not path.is_file():
        raise UsageError(f"No existe la planilla «{path}».")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path)
    raise UsageError(
        f"La planilla «{path.name}» debe ser CSV o XLSX.",
        "Desde Excel o LibreOffice: «Guardar como» CSV o libro de Excel (.xlsx).",
    )


def _csv(path: Path) -> Sheet:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's CSV on Windows
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    return _table(list(reader), path)


def _xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UsageError(f"No se pudo leer la planilla «{path.name}» ({exc}).") from None
    try:
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(rows, path)


def _table(rows: Sequence[Sequence[object]], path: Path) -> Sheet:
    if not rows:
        raise UsageError(f"La planilla «{path.name}» está vacía.")
    titles = tuple("" if t is None else str(t).strip() for t in rows[0])
    body = tuple(
        {title: value for title, value in zip(titles, row, strict=False) if title}
        for row in rows[1:]
    )
    return Sheet(titles=titles, rows=body)
