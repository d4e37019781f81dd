"""``partes init``, ``ingest``, ``quarantine`` and ``separator``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from partes import services
from partes.cli import _render as out
from partes.cli._context import ENV_PASSWORD, Context
from partes.cli._parser import Commands
from partes.errors import ExitCode, UsageError
from partes.wiring import init_home, opened
from pipeline import Outcome
from pipeline.vocabulary import DIRECTIONS
from watch_folders import write_separator_sheet


def register(commands: Commands) -> None:
    commands.add("init", cmd_init, "crea el directorio de datos y el primer administrador")
    ingest = commands.add("ingest", cmd_ingest, "ingresa archivos o carpetas al registro")
    ingest.add_argument("paths", nargs="+", metavar="RUTA", help="archivos o carpetas")
    ingest.add_argument("--station", metavar="E", help="estación que recibe (código)")
    ingest.add_argument("--direction", choices=DIRECTIONS, help="dirección")
    text = (
        "archivos en cuarentena; «retry ID» o «retry --all [--reason R]» los reprocesa, "
        "«discard ID --reason R» los descarta"
    )
    quarantine = commands.add("quarantine", cmd_quarantine, text)
    quarantine.add_argument("action", nargs="?", choices=["retry", "discard"], help="acción")
    quarantine.add_argument("item", nargs="?", metavar="ID", help="identificador de la lista")
    quarantine.add_argument(
        "--all", action="store_true", help="con retry: todos (o los de --reason)"
    )
    quarantine.add_argument(
        "--reason",
        metavar="TEXTO",
        help="justificación del descarte; con retry --all, solo los cuyo motivo lo contiene",
    )
    text = "crea el PDF de la hoja separadora para escanear lotes de documentos"
    separator = commands.add("separator", cmd_separator, text)
    separator.add_argument("--out", default="hoja-separadora.pdf", metavar="ARCHIVO")
    separator.add_argument("--copies", type=int, default=1, metavar="N", help="páginas")


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    layout, created = init_home(ctx.home)
    with opened(ctx.home) as app:
        first = services.ensure_first_admin(
            app, actor=ctx.actor(app), password=os.environ.get(ENV_PASSWORD)
        )
    verb = "Creado" if created else "Actualizado"
    out.out.print(f"{verb} el directorio de datos {out.esc(layout.root)}")
    out.out.print(f"  configuración: {out.esc(layout.config)}")
    out.out.print(
        f"  bandejas de entrada: {out.esc(layout.inbox)}/<estación>/{{entrada,salida,interno}}"
    )
    if first is not None:
        out.out.print(f"  primer administrador: «{first.login}»")
        if first.password is not None:
            out.out.print(
                f"  contraseña (se muestra solo esta vez): [bold]{out.esc(first.password)}[/bold]"
            )
    return ExitCode.ok


def cmd_ingest(args: argparse.Namespace, ctx: Context) -> int:
    files = services.expand(args.paths)
    with ctx.session() as (app, actor):
        outcomes = services.ingest(
            app, actor=actor, files=files, station=args.station, direction=args.direction
        )
        settled = list(_with_progress(outcomes, len(files), ctx.json))
    if not ctx.json:
        _summary(settled)
    quarantined = any(o.status == "quarantined" for o in settled)
    return ExitCode.quarantined if quarantined else ExitCode.ok


def _with_progress(outcomes: Iterator[Outcome], total: int, as_json: bool) -> Iterator[Outcome]:
    show_bar = total > 1 and sys.stderr.isatty() and not as_json
    columns = (
        TextColumn("[bold]Ingresando"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=out.err, disable=not show_bar) as bar:
        task = bar.add_task("", total=total)
        for outcome in outcomes:
            _report(outcome, as_json, bar.console if show_bar else None)
            bar.update(task, advance=1, description=out.esc(Path(outcome.source).name))
            yield outcome


def _report(outcome: Outcome, as_json: bool, live: Console | None) -> None:
    """One line per file; while a progress bar is drawn, through its console so it redraws."""
    if as_json:
        out.json_line(outcome.as_json())
        return
    name = out.esc(Path(outcome.source).name)
    if outcome.status == "quarantined":
        (live or out.err).print(f"[red]✗[/red] {name}: en cuarentena. {out.esc(outcome.error)}")
    elif outcome.status == "duplicate":
        number = outcome.registry_number
        (live or out.out).print(f"[yellow]=[/yellow] {name}: ya estaba registrado como {number}")
    else:
        kind = out.type_name(outcome.doc_type)
        (live or out.out).print(f"[green]✓[/green] {name}: {outcome.registry_number} ({kind})")


def _summary(outcomes: list[Outcome]) -> None:
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in out.STATUS_NAMES}
    parts = [f"{n} {out.STATUS_NAMES[s]}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    out.out.print("Resultado: " + ", ".join(parts) + ".")


def cmd_quarantine(args: argparse.Namespace, ctx: Context) -> int:
    if args.all and (args.action != "retry" or args.item):
        raise UsageError("--all va solo con «retry» y sin identificador.")
    if args.action and not args.item and not args.all:
        raise UsageError(
            f"Indique el identificador: partes quarantine {args.action} ESTACIÓN/ARCHIVO"
        )
    with ctx.session() as (app, actor):
        if args.all:
            retried = services.retry_all_quarantined(app, actor=actor, reason=args.reason)
            codes = [_retried(outcome, item.id, ctx) for item, outcome in retried]
            if not ctx.json:
                out.out.print(f"Reintentados: {len(codes)}.")
            return max(codes, default=ExitCode.ok)
        if args.action == "retry":
            return _retried(
                services.retry_quarantined(app, actor=actor, item_id=args.item), args.item, ctx
            )
        if args.action == "discard":
            if not args.reason:
                raise UsageError("Escriba la justificación: --reason «por qué se descarta».")
            kept = services.discard_quarantined(
                app, actor=actor, item_id=args.item, reason=args.reason
            )
            if ctx.json:
                out.json_line({"id": args.item, "discarded": True, "kept_at": str(kept)})
            else:
                out.out.print(
                    f"Descartado {out.esc(args.item)}; el archivo queda en {out.esc(kept)}."
                )
            return ExitCode.ok
        items = services.quarantine(app, actor=actor)
    for item in items:
        if ctx.json:
            out.json_line(
                {
                    "id": item.id,
                    "station": item.station,
                    "direction": item.direction,
                    "reason": item.reason,
                    "at": item.at,
                }
            )
        else:
            out.out.print(
                f"{out.local_time(item.at)}  {out.esc(item.id)}\n    {out.esc(item.reason)}"
            )
    if not ctx.json:
        out.out.print(f"{len(items)} archivo{'s' if len(items) != 1 else ''} en cuarentena.")
    return ExitCode.ok


def _retried(outcome: Outcome, item_id: str, ctx: Context) -> int:
    if ctx.json:
        out.json_line({**outcome.as_json(), "quarantine_id": item_id})
    elif outcome.status == "quarantined":
        out.err.print(
            f"[red]✗[/red] {out.esc(item_id)}: sigue en cuarentena. {out.esc(outcome.error)}"
        )
    else:
        verb = "registrado como" if outcome.status == "registered" else "ya estaba registrado como"
        out.out.print(f"[green]✓[/green] {out.esc(item_id)}: {verb} {outcome.registry_number}")
    return ExitCode.quarantined if outcome.status == "quarantined" else ExitCode.ok


def cmd_separator(args: argparse.Namespace, ctx: Context) -> int:
    """A printed template with no data of the archive: no role needed."""
    target = Path(args.out)
    write_separator_sheet(target, copies=max(1, args.copies))
    out.out.print(
        f"Hoja separadora guardada en {out.esc(target)}. Imprímala y póngala entre los "
        "documentos de un lote; cada documento se registrará por separado."
    )
    return ExitCode.ok
