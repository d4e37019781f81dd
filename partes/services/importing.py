"""Importing an existing archive: a folder of documents and, optionally, its old libro de
registro in a spreadsheet; each document under its historical number and date.

``plan_import`` reads the folder and the spreadsheet and settles what cannot be imported
before anything is read (a row without a legible number or date, a file that is not there,
a number or a file repeated); ``run_import`` brings in the rest through the import flow.
Running the same import again skips what is already in the archive (by SHA-256): an
interrupted import resumes where its last committed batch ended.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from archive import Actor, HistoricalNumber, record_event
from partes.config import HistoricalSeries
from partes.errors import SystemUnavailable, UsageError
from partes.services._access import require
from partes.services._import_rows import (
    Ledger,
    LedgerRow,
    Vocabulary,
    missing_titles,
    normal,
    number_from_name,
    parse_ledger,
    vocabulary_of,
)
from partes.services._sheets import read_sheet
from partes.services.intake import SUPPORTED
from partes.wiring import App
from pipeline import ImportItem, ImportOutcome
from pipeline.vocabulary import DIRECTIONS, DOC_TYPE_NAMES

STATUSES = ("imported", "skipped", "refused")


@dataclass(frozen=True, kw_only=True)
class ImportPlan:
    folder: Path
    series: HistoricalSeries
    items: tuple[ImportItem, ...]  # to read and register
    refused: tuple[ImportOutcome, ...]  # settled before reading: bad rows, missing files

    @property
    def total(self) -> int:
        return len(self.items) + len(self.refused)


@dataclass(frozen=True, kw_only=True)
class ImportSummary:
    imported: int
    skipped: int
    refused: tuple[ImportOutcome, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "summary": True,
            "imported": self.imported,
            "skipped": self.skipped,
            "refused": len(self.refused),
            "reasons": list(self.reasons()),
        }

    def reasons(self) -> tuple[str, ...]:
        """One Spanish line per refusal: where (row, file) and why."""
        return tuple(f"{_where(o)}: {o.reason}" for o in self.refused)


def plan_import(
    app: App, *, actor: Actor, folder: Path, metadata: Path | None = None, series: str | None = None
) -> ImportPlan:
    """What an import of ``folder`` will do; nothing is read nor written yet."""
    require(app, actor, "documento.importar", detail={"carpeta": str(folder)})
    chosen = _series(app, series)
    if not folder.is_dir():
        raise UsageError(f"No existe la carpeta «{folder}».")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and _wanted(p))
    ledger = _ledger(app, metadata) if metadata else Ledger(rows=(), problems=())
    refused = [
        _refused(folder / (p.file or ""), p.reason, row=p.line, file_given=p.file is not None)
        for p in ledger.problems
    ]
    items: list[ImportItem] = []
    by_name = _by_name(files)
    listed = {  # a file its refused row names is not imported by its name either
        path.resolve()
        for p in ledger.problems
        if p.file and (path := _located(folder, p.file, by_name)) is not None
    }
    default = app.config.importacion.direction
    for row in ledger.rows:
        path = _located(folder, row.file, by_name)
        if path is None:
            reason = f"No se encuentra el archivo «{row.file}» en la carpeta."
            refused.append(_refused(folder / row.file, reason, row=row.line))
            continue
        listed.add(path.resolve())
        items.append(_row_item(path, row, chosen, default))
    for path in files:
        if path.resolve() in listed:
            continue
        given = number_from_name(path.name)
        if given is None:
            reason = "Sin número histórico: no está en la planilla y su nombre no lo indica."
            refused.append(_refused(path, reason))
            continue
        year, number = given
        items.append(ImportItem(source=path, number=_number(chosen, year, number)))
    if not items and not refused:
        raise UsageError(f"No hay documentos para importar en «{folder}».")
    return ImportPlan(folder=folder, series=chosen, items=tuple(items), refused=tuple(refused))


def run_import(app: App, *, actor: Actor, plan: ImportPlan) -> Iterator[ImportOutcome]:
    """The refusals already known, then each document as its batch is committed; at the
    end, one ``importacion`` event with the counts."""
    require(app, actor, "documento.importar", detail={"carpeta": str(plan.folder)})
    seen: list[ImportOutcome] = list(plan.refused)
    yield from plan.refused
    if plan.items:
        ocr = app.settings.ocr
        with app.ocr_pool(replace(ocr, workers=min(ocr.workers, len(plan.items)))) as pool:
            for outcome in app.importer(pool, actor=actor).run(plan.items):
                if outcome.status == "paused":
                    raise SystemUnavailable(
                        f"{Path(outcome.source).name}: {outcome.reason}",
                        "Lo ya importado quedó registrado; repita el mismo comando para seguir.",
                    )
                seen.append(outcome)
                yield outcome
    summary = summarize(seen)
    record_event(
        app.services.db,
        actor=actor,
        action="importacion",
        detail={
            "carpeta": str(plan.folder),
            "serie": plan.series.code,
            "importados": summary.imported,
            "omitidos": summary.skipped,
            "rechazados": len(summary.refused),
        },
    )


def summarize(outcomes: list[ImportOutcome]) -> ImportSummary:
    return ImportSummary(
        imported=sum(1 for o in outcomes if o.status == "imported"),
        skipped=sum(1 for o in outcomes if o.status == "skipped"),
        refused=tuple(o for o in outcomes if o.status == "refused"),
    )


def _series(app: App, code: str | None) -> HistoricalSeries:
    configured = app.config.importacion.series
    if code is None:
        return configured[0]
    for series in configured:
        if series.code == code:
            return series
    known = ", ".join(s.code for s in configured)
    raise UsageError(
        f"La serie histórica «{code}» no está configurada (series históricas: {known}).",
        "Agréguela en «[[importacion.series]]» de partes.toml, con su propio prefijo.",
    )


def _ledger(app: App, metadata: Path) -> Ledger:
    sheet = read_sheet(metadata)
    columns = app.config.importacion.columns
    lacking = missing_titles(sheet.titles, columns)
    if lacking:
        raise UsageError(
            f"A la planilla «{metadata.name}» le faltan las columnas: {', '.join(lacking)}.",
            "Renombre sus títulos o indíquelos en «[importacion.columns]» de partes.toml.",
        )
    units = {u.code: (u.name,) for u in app.config.units}
    vocabulary = Vocabulary(
        doc_types=vocabulary_of({code: (name,) for code, name in DOC_TYPE_NAMES.items()}),
        units=vocabulary_of(units),
        directions=vocabulary_of({d: () for d in DIRECTIONS}),
    )
    return parse_ledger(sheet.rows, columns, vocabulary)


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED and not path.name.startswith((".", "~$"))


def _by_name(files: list[Path]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in files:
        found.setdefault(normal(path.name), []).append(path)
    return found


def _located(folder: Path, written: str, by_name: dict[str, list[Path]]) -> Path | None:
    """The row's file: its path under the folder, else the only file of that name in it
    (never a file outside the folder)."""
    path = Path(written)
    candidate = path if path.is_absolute() else folder / path
    if candidate.is_file() and folder.resolve() in candidate.resolve().parents:
        return candidate
    same = by_name.get(normal(path.name), [])
    return same[0] if len(same) == 1 else None


def _number(series: HistoricalSeries, year: int, number: int) -> HistoricalNumber:
    return HistoricalNumber(series=series.code, prefix=series.prefix, year=year, number=number)


def _row_item(path: Path, row: LedgerRow, series: HistoricalSeries, direction: str) -> ImportItem:
    return ImportItem(
        source=path,
        number=_number(series, row.year, row.number),
        doc_date=row.doc_date,
        doc_type=row.doc_type,
        unit=row.unit,
        sender=row.sender,
        subject=row.subject,
        direction=row.direction or direction,
        row=row.line,
    )


def _refused(
    path: Path, reason: str, *, row: int | None = None, file_given: bool = True
) -> ImportOutcome:
    return ImportOutcome(
        source=str(path) if file_given else "", status="refused", row=row, reason=reason
    )


def _where(outcome: ImportOutcome) -> str:
    name = Path(outcome.source).name if outcome.source else ""
    if outcome.row is not None:
        return f"fila {outcome.row}" + (f" ({name})" if name else "")
    return name
