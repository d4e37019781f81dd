"""``partes annul``, ``checkpoint``, ``audit``, ``backup`` and ``restore``: the archive
proves itself and outlives its disk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

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
    text = "respalda el directorio de datos en DEST mientras el servicio funciona"
    cmd = commands.add("backup", cmd_backup, text)
    cmd.add_argument("dest", type=Path, metavar="DEST", help="carpeta del respaldo")
    text = "restaura un respaldo SRC en un directorio de datos nuevo HOME"
    cmd = commands.add("restore", cmd_restore, text)
    cmd.add_argument("source", type=Path, metavar="SRC", help="carpeta del respaldo")
    cmd.add_argument("target", type=Path, metavar="HOME", help="directorio de datos nuevo")


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


def _bar(label: str, ctx: Context) -> Progress:
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=out.err,
        transient=True,
        disable=ctx.json or not sys.stderr.isatty(),
    )


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor), _bar("Respaldando", ctx) as bar:
        task = bar.add_task("respaldo", total=None)
        done = services.backup(
            app,
            actor=actor,
            dest=args.dest,
            progress=lambda n, total: bar.update(task, completed=n, total=total),
        )
    if ctx.json:
        out.json_line(
            {
                "dest": str(done.dest),
                "documents": done.documents,
                "files": done.files,
                "copied": done.copied,
                "bytes_copied": done.bytes_copied,
                "seconds": done.seconds,
            }
        )
        return ExitCode.ok
    out.out.print(
        f"Respaldo en {out.esc(done.dest)}: {done.documents} documentos, {done.files} archivos"
        f" ({done.copied} nuevos, {done.bytes_copied / 2**20:.1f} MiB) en {done.seconds:.1f} s."
    )
    out.out.print(f"Compruébelo con «partes --home {out.esc(done.dest)} audit».")
    return ExitCode.ok


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    with _bar("Restaurando", ctx) as bar:
        task = bar.add_task("restauracion", total=None)
        done = services.restore(
            args.source,
            args.target,
            progress=lambda n, total: bar.update(task, completed=n, total=total),
        )
    if ctx.json:
        out.json_line(
            {
                "home": str(done.home),
                "documents": done.documents,
                "files": done.files,
                "indexed": done.indexed,
                "seconds": done.seconds,
            }
        )
        return ExitCode.ok
    out.out.print(
        f"Restaurado en {out.esc(done.home)}: {done.documents} documentos, {done.files}"
        f" archivos verificados, índice reconstruido ({done.indexed}) en {done.seconds:.1f} s."
    )
    return ExitCode.ok


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
