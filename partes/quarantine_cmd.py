"""``partes quarantine`` lists the files that could not be processed; ``retry`` tries again."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from archive import find_quarantined, list_quarantine, release
from ocr import OcrPool
from partes import output
from partes.commands import open_home
from partes.errors import ExitCode, UsageError
from partes.home import resolve_home
from pipeline import Origin


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "lista los archivos en cuarentena; «retry ID» vuelve a procesar uno"
    cmd = sub.add_parser("quarantine", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_quarantine)
    cmd.add_argument("action", nargs="?", choices=["retry"], help="retry: reintentar")
    cmd.add_argument("item", nargs="?", metavar="ID", help="identificador que muestra la lista")


def cmd_quarantine(args: argparse.Namespace) -> int:
    if args.action == "retry":
        if not args.item:
            raise UsageError("Indique el identificador: partes quarantine retry ESTACIÓN/ARCHIVO")
        return _retry(args)
    items = list_quarantine(resolve_home(args.home) / "quarantine")
    for item in items:
        if args.json:
            output.json_line(
                {
                    "id": item.id,
                    "station": item.station,
                    "direction": item.direction,
                    "reason": item.reason,
                    "at": item.at,
                }
            )
        else:
            output.out.print(f"{output.local_time(item.at)}  {item.id}\n    {item.reason}")
    if not args.json:
        output.out.print(f"{len(items)} archivo{'s' if len(items) != 1 else ''} en cuarentena.")
    return ExitCode.ok


def _retry(args: argparse.Namespace) -> int:
    """Run the quarantined file through the pipeline; it leaves quarantine once registered."""
    with open_home(args) as app:
        item = find_quarantined(app.layout.quarantine, args.item)
        with OcrPool(replace(app.settings.ocr, workers=1)) as pool:
            origin = Origin(
                station=item.station, direction=item.direction, actor="reintento de cuarentena"
            )
            outcome = app.ingestor(pool).process(item.path, origin)
    if outcome.status != "quarantined":
        release(item)
    if args.json:
        output.json_line(outcome.as_json())
    elif outcome.status == "quarantined":
        output.err.print(f"[red]✗[/red] {item.id}: sigue en cuarentena. {outcome.error}")
    else:
        verb = "registrado como" if outcome.status == "registered" else "ya estaba registrado como"
        output.out.print(f"[green]✓[/green] {item.id}: {verb} {outcome.registry_number}")
    return ExitCode.quarantined if outcome.status == "quarantined" else ExitCode.ok
