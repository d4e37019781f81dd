"""``partes search``, ``show``, ``text``, ``file``, ``registry``, ``history``, ``reindex``."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from archive import DocumentRecord
from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands, parse_date
from partes.errors import ExitCode
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES


def register(commands: Commands) -> None:
    search = commands.add("search", cmd_search, "busca en el archivo histórico")
    search.add_argument("query", metavar="CONSULTA", help="palabras a buscar")
    search.add_argument("--type", choices=DOC_TYPES, help="tipo de documento")
    search.add_argument("--unit", metavar="U", help="unidad (código)")
    search.add_argument("--from", dest="date_from", type=parse_date, metavar="FECHA")
    search.add_argument("--to", dest="date_to", type=parse_date, metavar="FECHA")
    search.add_argument("--year", type=int, metavar="AÑO")
    search.add_argument("--direction", choices=DIRECTIONS, help="entrada, salida o interno")
    search.add_argument("--series", metavar="S", help="serie del libro (código)")
    search.add_argument("--station", metavar="E", help="estación o canal de ingreso")
    search.add_argument(
        "--por-revisar",
        dest="pending_review",
        action="store_true",
        help="solo documentos cuyas etiquetas esperan revisión",
    )
    search.add_argument(
        "--facets", action="store_true", help="cuenta los resultados por tipo, unidad y año"
    )
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--page", type=int, default=1, metavar="N", help="página de --limit")
    search.add_argument(
        "--sort", choices=services.SORTS, default="relevance", help="relevancia o fecha"
    )
    show = commands.add("show", cmd_show, "muestra la ficha de un documento")
    show.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    text = commands.add("text", cmd_text, "imprime el texto completo de un documento")
    text.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    file = commands.add("file", cmd_file, "entrega un archivo guardado de un documento")
    file.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    file.add_argument("--kind", choices=services.FILE_ROLES, default="original", help="qué archivo")
    file.add_argument("--out", type=Path, metavar="ARCHIVO", help="dónde escribirlo")
    registry = commands.add("registry", cmd_registry, "muestra el libro de registro")
    registry.add_argument("--limit", type=int, default=None, metavar="N", help="últimas N líneas")
    history = commands.add("history", cmd_history, "muestra la historia de un documento")
    history.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    commands.add("reindex", cmd_reindex, "reconstruye el índice de búsqueda desde el archivo")


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        result = services.search(
            app,
            actor=actor,
            text=args.query,
            doc_type=args.type,
            unit=args.unit,
            date_from=args.date_from,
            date_to=args.date_to,
            year=args.year,
            direction=args.direction,
            series=args.series,
            station=args.station,
            pending_review=args.pending_review,
            limit=args.limit,
            offset=max(0, args.page - 1) * args.limit,
            sort=args.sort,
            facets=args.facets,
        )
        if result.jump_to is not None:  # a registry number: its record
            return _show(services.show(app, actor=actor, ref=result.jump_to), ctx)
    if ctx.json and result.facets is not None:
        out.json_line({"total": result.total, "facets": result.facets})
    for hit in result.hits:
        if ctx.json:
            out.json_line(hit)
        else:
            out.out.print(
                f"[bold]{hit.registry_number}[/bold]  {out.type_name(hit.doc_type)}  "
                f"{out.local_date(hit.doc_date)}  {out.opt(hit.subject)}\n"
                f"    {out.esc(hit.snippet)}"
            )
    if not ctx.json:
        n, total = len(result.hits), result.total
        shown = f"{n} de {total}" if total > n else str(n)
        out.out.print(f"{shown} resultado{'s' if total != 1 else ''}.")
        for facet, counts in (result.facets or {}).items():
            listed = ", ".join(f"{out.esc(k)} {n}" for k, n in _by_count(counts))
            out.out.print(f"  {FACET_NAMES[facet]}: {listed or '—'}")
    return ExitCode.ok


FACET_NAMES = {"doc_type": "Por tipo", "unit": "Por unidad", "year": "Por año"}


def _by_count(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        record = services.show(app, actor=actor, ref=args.ref)
    return _show(record, ctx)


def _show(record: DocumentRecord, ctx: Context) -> int:
    if ctx.json:
        out.json_line(out.record_json(record))
    else:
        out.show_record(record)
    return ExitCode.ok


def cmd_text(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        doc = services.text(app, actor=actor, ref=args.ref)
    if ctx.json:
        out.json_line({"registry_number": doc.registry_number, "pages": list(doc.pages)})
    else:
        sys.stdout.write(out.CONTROL.sub("", "\f".join(doc.pages)) + "\n")
    return ExitCode.ok


def cmd_file(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        found = services.stored_file(app, actor=actor, ref=args.ref, role=args.kind)
        dest = args.out or Path(found.name)
        shutil.copyfile(found.path, dest)
    if ctx.json:
        out.json_line(
            {
                "registry_number": found.registry_number,
                "kind": found.role,
                "path": str(dest),
                "sha256": found.sha256,
            }
        )
    else:
        out.out.print(f"{found.registry_number} ({found.role}): {out.esc(dest)}")
    return ExitCode.ok


def cmd_registry(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        records = services.registry(app, actor=actor, limit=args.limit)
        title = f"Libro de registro — {out.esc(app.config.municipality.name)}"
    if ctx.json:
        for rec in records:
            out.json_line(out.record_json(rec))
    else:
        out.out.print(out.registry_table(records, title))
    return ExitCode.ok


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        record, events = services.history(app, actor=actor, ref=args.ref)
    if ctx.json:
        for event in events:
            out.json_line(out.event_json(event))
        return ExitCode.ok
    out.out.print(f"[bold]Historia de {record.registry_number}[/bold]")
    out.show_events(events, with_document=False)
    return ExitCode.ok


def cmd_reindex(args: argparse.Namespace, ctx: Context) -> int:
    show = not ctx.json and sys.stderr.isatty()
    with ctx.session() as (app, actor), out.progress_bar("Reindexando", show=show) as bar:
        task = bar.add_task("", total=None)
        count = services.reindex(
            app, actor=actor, progress=lambda n, total: bar.update(task, completed=n, total=total)
        )
    if ctx.json:
        out.json_line({"indexed": count})
    else:
        out.out.print(f"Índice reconstruido: {count} documentos.")
    return ExitCode.ok
