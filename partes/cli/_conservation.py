"""``partes annul``, ``checkpoint`` and ``audit``: the archive proves itself."""

from __future__ import annotations

import argparse
import sys

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands
from partes.errors import ExitCode


def register(commands: Commands) -> None:
    text = "anula un registro con una nueva línea del libro (el número no se reutiliza)"
    cmd = commands.add("annul", cmd_annul, text)
    cmd.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    cmd.add_argument("--reason", required=True, metavar="MOTIVO", help="motivo de la anulación")
    text = "escribe un punto de control del libro y los eventos fuera del servidor"
    commands.add("checkpoint", cmd_checkpoint, text)
    text = "audita el archivo: cada archivo completo, las cadenas y los puntos de control"
    commands.add("audit", cmd_audit, text)


def cmd_annul(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        record = services.annul_entry(app, actor=actor, ref=args.ref, reason=args.reason)
    if ctx.json:
        out.json_line({"registry_number": record.registry_number, "status": record.status})
    else:
        out.out.print(f"Anulado {record.registry_number}: su número no se volverá a usar.")
    return ExitCode.ok


def cmd_checkpoint(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        point = services.checkpoint(app, actor=actor)
    if ctx.json:
        out.json_line(
            {
                "path": str(point.path),
                "book_lines": point.book.count,
                "book_head": point.book.head,
                "events": point.events.count,
                "events_head": point.events.head,
                "stamped": point.stamped,
            }
        )
        return ExitCode.ok
    stamp = "con sello de tiempo" if point.stamped else "SIN sello de tiempo (signing.tsa_url)"
    out.out.print(
        f"Punto de control {out.esc(point.path)} ({stamp}): {point.book.count} líneas del"
        f" libro, {point.events.count} eventos."
    )
    return ExitCode.ok


def cmd_audit(args: argparse.Namespace, ctx: Context) -> int:
    columns = (TextColumn("Auditando"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with (
        ctx.session() as (app, actor),
        Progress(
            *columns, console=out.err, transient=True, disable=ctx.json or not sys.stderr.isatty()
        ) as bar,
    ):
        task = bar.add_task("auditoria", total=None)
        report = services.audit(
            app,
            actor=actor,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    if ctx.json:
        out.json_line(
            {
                "ok": report.ok,
                "problems": list(report.problems),
                "warnings": list(report.warnings),
                "files": report.files,
                "bytes_read": report.bytes_read,
                "book_lines": report.book_lines,
                "events": report.events,
                "checkpoints": report.checkpoints,
                "seconds": report.seconds,
            }
        )
        return ExitCode.ok if report.ok else ExitCode.refused
    _print_report(report)
    return ExitCode.ok if report.ok else ExitCode.refused


def _print_report(report: services.AuditReport) -> None:
    mib = report.bytes_read / 2**20
    out.out.print(
        f"Auditoría: {report.files} archivos ({mib:.1f} MiB) leídos completos,"
        f" {report.book_lines} líneas del libro, {report.events} eventos,"
        f" {report.checkpoints} puntos de control, en {report.seconds:.1f} s."
    )
    for warning in report.warnings:
        out.out.print(f"  aviso: {out.esc(warning)}")
    if report.ok:
        out.out.print("Resultado: el archivo está íntegro.")
        return
    out.out.print(f"Resultado: {len(report.problems)} problemas.")
    for problem in report.problems:
        out.out.print(f"  - {out.esc(problem)}")
