"""``partes import DIR [--metadata FILE] [--series S]``: an existing archive, numbers kept."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands
from partes.errors import ExitCode

if TYPE_CHECKING:
    from pipeline import ImportOutcome


def register(commands: Commands) -> None:
    text = "importa un archivo existente conservando sus números y fechas históricos"
    cmd = commands.add("import", cmd_import, text)
    cmd.add_argument("folder", metavar="CARPETA", help="carpeta con los documentos")
    cmd.add_argument(
        "--metadata",
        metavar="PLANILLA",
        help="el libro de registro antiguo, CSV o XLSX (número, fecha, archivo...)",
    )
    cmd.add_argument(
        "--series", metavar="S", help="serie histórica (de [importacion] en partes.toml)"
    )


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    metadata = Path(args.metadata) if args.metadata else None
    with ctx.session() as (app, actor):
        plan = services.plan_import(
            app, actor=actor, folder=Path(args.folder), metadata=metadata, series=args.series
        )
        outcomes = services.run_import(app, actor=actor, plan=plan)
        settled = list(_with_progress(outcomes, plan.total, ctx.json))
    summary = services.summarize(settled)
    if ctx.json:
        out.json_line(summary.as_json())
    else:
        _report(summary, plan.series.name)
    return ExitCode.refused if summary.refused else ExitCode.ok


def _with_progress(
    outcomes: Iterator[ImportOutcome], total: int, as_json: bool
) -> Iterator[ImportOutcome]:
    show_bar = total > 1 and sys.stderr.isatty() and not as_json
    with out.progress_bar("Importando", show=show_bar) as bar:
        task = bar.add_task("", total=total)
        for outcome in outcomes:
            if as_json:
                out.json_line(outcome.as_json())
            bar.update(task, advance=1)
            yield outcome


def _report(summary: services.ImportSummary, series: str) -> None:
    out.out.print(
        f"Importados: {summary.imported} (serie «{out.esc(series)}»). "
        f"Omitidos (ya estaban en el archivo): {summary.skipped}. "
        f"Rechazados: {len(summary.refused)}."
    )
    for reason in summary.reasons():
        out.err.print(f"[red]✗[/red] {out.esc(reason)}")
