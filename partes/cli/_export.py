"""``partes export`` (a BagIt bag of documents) and ``partes libro`` (the registry book of a
series and year, CSV or foliated PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands
from partes.errors import ExitCode, UsageError


def register(commands: Commands) -> None:
    export = commands.add(
        "export",
        cmd_export,
        "exporta documentos con sus archivos y metadatos (DS 10/2023) en un paquete BagIt",
    )
    export.usage = "partes export [opciones] (--series S --year AÑO | REF...) DEST"
    export.add_argument(
        "items",
        nargs="+",
        metavar="REF... DEST",
        help="números de registro a exportar (o ninguno, con --series y --year) y al final "
        "la carpeta de destino, nueva o vacía",
    )
    export.add_argument("--series", metavar="S", help="serie (código o prefijo: ingreso, E)")
    export.add_argument("--year", type=int, metavar="AÑO", help="año de la serie")
    book = commands.add("libro", cmd_libro, "emite el libro de registro de una serie y año")
    book.add_argument("--series", required=True, metavar="S", help="serie (código o prefijo)")
    book.add_argument("--year", required=True, type=int, metavar="AÑO", help="año")
    book.add_argument("--format", choices=services.LIBRO_FORMATS, default="csv", help="formato")
    book.add_argument(
        "--out",
        type=Path,
        metavar="ARCHIVO",
        help="dónde escribirlo (CSV: por omisión a la salida estándar; PDF: "
        "libro-<serie>-<año>.pdf)",
    )


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    *refs, dest = args.items
    bar = Progress(
        TextColumn("Exportando"),
        BarColumn(),
        MofNCompleteColumn(),
        console=out.err,
        transient=True,
        disable=ctx.json or not sys.stderr.isatty(),
    )
    with ctx.session() as (app, actor), bar:
        task = bar.add_task("exportar", total=None)
        done = services.export_bag(
            app,
            actor=actor,
            dest=Path(dest),
            refs=tuple(refs),
            series=args.series,
            year=args.year,
            progress=lambda n, total: bar.update(task, completed=n, total=total),
        )
    if ctx.json:
        out.json_line(
            {
                "dest": str(done.dest),
                "documents": len(done.registry_numbers),
                "registry_numbers": list(done.registry_numbers),
                "reserved": done.reserved,
                "files": done.files,
                "bytes": done.bytes,
                "payload_oxum": done.oxum,
                "tagmanifest_sha256": done.fingerprint,
                "seconds": round(done.seconds, 2),
            }
        )
        return ExitCode.ok
    n = len(done.registry_numbers)
    out.out.print(
        f"Exportados {n} documento{'s' if n != 1 else ''} ({done.files} archivos, "
        f"{done.bytes / 1e6:.1f} MB) en {out.esc(done.dest)} en {done.seconds:.1f} s."
    )
    out.out.print(f"Huella del paquete (tagmanifest SHA-256): {done.fingerprint}")
    return ExitCode.ok


def cmd_libro(args: argparse.Namespace, ctx: Context) -> int:
    if args.format == "pdf" and args.out is not None and args.out.is_dir():
        raise UsageError(f"«{args.out}» es una carpeta: indique el nombre del archivo PDF.")
    with ctx.session() as (app, actor):
        book = services.libro(app, actor=actor, series=args.series, year=args.year, fmt=args.format)
    if args.format == "csv":
        text = services.libro_csv(book)
        if args.out is None:
            sys.stdout.write(text.lstrip("\ufeff"))
            return ExitCode.ok
        args.out.write_text(text, encoding="utf-8", newline="")
        dest, pages = args.out, None
    else:
        dest = args.out or Path(f"libro-{book.series}-{book.year}.pdf")
        pages = services.libro_pdf(book, dest)
    if ctx.json:
        out.json_line(
            {"path": str(dest), "series": book.series, "year": book.year, "lines": len(book.lines)}
            | ({"pages": pages} if pages is not None else {})
        )
    else:
        folios = "" if pages is None else f", {pages} página{'s' if pages != 1 else ''}"
        out.out.print(
            f"Libro de registro {book.series} {book.year}: {len(book.lines)} líneas{folios} "
            f"en {out.esc(dest)}."
        )
    return ExitCode.ok
