"""The ``partes`` commands; each returns its exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from archive import parse_registry_number
from archive.records import page_texts, record_of, registry_book, resolve
from index import SearchQuery
from ocr import OcrPool
from partes import output
from partes.errors import ExitCode, UsageError
from partes.home import App, init_home, open_app, resolve_home
from pipeline import Origin, Outcome, rebuild_index
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES

SUPPORTED = {".pdf", ".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff"}


@contextmanager
def open_home(args: argparse.Namespace) -> Iterator[App]:
    app = open_app(resolve_home(args.home))
    try:
        yield app
    finally:
        app.close()


def cmd_init(args: argparse.Namespace) -> int:
    layout, created = init_home(resolve_home(args.home))
    verb = "Creado" if created else "Actualizado"
    output.out.print(f"{verb} el directorio de datos {layout.root}")
    output.out.print(f"  configuración: {layout.config}")
    output.out.print(f"  bandejas de entrada: {layout.inbox}/<estación>/{{entrada,salida,interno}}")
    return ExitCode.ok


def _expand(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p)))
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"No existe el archivo o carpeta «{raw}».")
    return files


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED and not path.name.startswith((".", "~$"))


def cmd_ingest(args: argparse.Namespace) -> int:
    files = _expand(args.paths)
    if not files:
        raise UsageError("No hay archivos para ingresar.")
    with open_home(args) as app:
        station = args.station or app.config.stations[0].code
        app.config.station(station)
        outcomes = list(_ingest_all(app, files, station, args))
    quarantined = sum(1 for o in outcomes if o.status == "quarantined")
    if not args.json:
        _summary(outcomes)
    return ExitCode.quarantined if quarantined else ExitCode.ok


def _ingest_all(
    app: App, files: list[Path], station: str, args: argparse.Namespace
) -> Iterator[Outcome]:
    show_bar = len(files) > 1 and sys.stderr.isatty() and not args.json
    columns = (
        TextColumn("[bold]Ingresando"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with (
        Progress(*columns, console=output.err, disable=not show_bar) as bar,
        OcrPool(
            replace(app.settings.ocr, workers=min(app.settings.ocr.workers, len(files)))
        ) as pool,
    ):
        task = bar.add_task("", total=len(files))
        ingestor = app.ingestor(pool)
        origin = Origin(station=station, direction=args.direction, actor=f"estación {station}")
        for outcome in ingestor.run(files, origin):
            _report(outcome, args.json, bar.console if show_bar else None)
            bar.update(task, advance=1, description=Path(outcome.source).name)
            yield outcome


def _report(outcome: Outcome, as_json: bool, live: Console | None) -> None:
    """One line per file; while a progress bar is drawn, through its console so it redraws."""
    if as_json:
        output.json_line(outcome.as_json())
        return
    name = Path(outcome.source).name
    if outcome.status == "quarantined":
        (live or output.err).print(f"[red]✗[/red] {name}: en cuarentena. {outcome.error}")
    elif outcome.status == "duplicate":
        number = outcome.registry_number
        (live or output.out).print(f"[yellow]=[/yellow] {name}: ya estaba registrado como {number}")
    else:
        kind = output.type_name(outcome.doc_type)
        (live or output.out).print(f"[green]✓[/green] {name}: {outcome.registry_number} ({kind})")


def _summary(outcomes: list[Outcome]) -> None:
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in output.STATUS_NAMES}
    parts = [f"{n} {output.STATUS_NAMES[s]}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    output.out.print("Resultado: " + ", ".join(parts) + ".")


def cmd_registry(args: argparse.Namespace) -> int:
    with open_home(args) as app, app.services.db.read() as session:
        records = registry_book(session, limit=args.limit)
        if args.json:
            for rec in records:
                output.json_line(output.record_json(rec))
        else:
            title = f"Libro de registro — {app.config.municipality.name}"
            output.out.print(output.registry_table(records, title))
    return ExitCode.ok


def cmd_search(args: argparse.Namespace) -> int:
    query = SearchQuery(
        text=args.query,
        doc_type=args.type,
        unit=args.unit,
        date_from=args.date_from,
        date_to=args.date_to,
        year=args.year,
        limit=args.limit,
    )
    with open_home(args) as app:
        if parse_registry_number(args.query):
            return cmd_show(args, ref=args.query)
        hits = app.services.index.search(query)
    for hit in hits:
        if args.json:
            output.json_line(hit)
        else:
            output.out.print(
                f"[bold]{hit.registry_number}[/bold]  {output.type_name(hit.doc_type)}  "
                f"{output.local_date(hit.doc_date)}  {hit.subject or '—'}\n    {hit.snippet}"
            )
    if not args.json:
        output.out.print(f"{len(hits)} resultado{'s' if len(hits) != 1 else ''}.")
    return ExitCode.ok


def cmd_show(args: argparse.Namespace, ref: str | None = None) -> int:
    with open_home(args) as app, app.services.db.read() as session:
        record = record_of(session, resolve(session, ref or args.ref), full=True)
    if args.json:
        output.json_line(output.record_json(record))
    else:
        output.show_record(record)
    return ExitCode.ok


def cmd_text(args: argparse.Namespace) -> int:
    with open_home(args) as app, app.services.db.read() as session:
        doc = resolve(session, args.ref)
        texts = page_texts(session, doc.id)
    sys.stdout.write("\f".join(texts) + "\n")
    return ExitCode.ok


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_home(args) as app:
        count = rebuild_index(app.services.db, app.services.index)
    if args.json:
        output.json_line({"indexed": count})
    else:
        output.out.print(f"Índice reconstruido: {count} documentos.")
    return ExitCode.ok


def parse_date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"fecha inválida «{text}» (use AAAA-MM-DD o DD-MM-AAAA)")


CHOICES = {"direction": DIRECTIONS, "type": DOC_TYPES}
