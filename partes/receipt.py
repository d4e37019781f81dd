"""``partes receipt REF``: the certificado de presentación of a document, as a PDF file."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from archive.derivatives import attach_files, file_of
from archive.records import record_of, resolve
from partes import output
from partes.commands import open_home
from partes.errors import ExitCode
from pipeline.receiving import make_certificate


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "entrega el certificado de presentación de un documento (PDF)"
    cmd = sub.add_parser("receipt", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_receipt)
    cmd.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    cmd.add_argument(
        "--out", type=Path, metavar="ARCHIVO", help="dónde escribirlo (por defecto, aquí)"
    )


def cmd_receipt(args: argparse.Namespace) -> int:
    with open_home(args) as app:
        services = app.services
        with services.db.read() as session:
            record = record_of(session, resolve(session, args.ref))
        sha = file_of(services.db, record.id, "certificate")
        if sha is None:  # registered before certificates existed, or it failed then
            with tempfile.TemporaryDirectory(dir=app.layout.root) as tmp:
                made = make_certificate(record, app.settings.reception, Path(tmp), services)
            attach_files(
                services.db,
                record.id,
                (made,),
                action="certificado_emitido",
                detail={},
                actor="oficina de partes",
            )
            sha = made.blob.sha256
        dest = args.out or Path(f"certificado-{record.registry_number}.pdf")
        services.store.copy_out(sha, dest)
    if args.json:
        output.json_line(
            {"registry_number": record.registry_number, "path": str(dest), "sha256": sha}
        )
    else:
        output.out.print(f"Certificado de presentación de {record.registry_number}: {dest}")
    return ExitCode.ok
