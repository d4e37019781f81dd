"""``partes review``, ``correct`` and ``receipt``."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands, parse_date
from partes.errors import ExitCode
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES

# option name → document field
FIELDS = {
    "type": "doc_type",
    "unit": "unit",
    "direction": "direction",
    "sender": "sender",
    "sender_org": "sender_org",
    "recipient": "recipient",
    "subject": "subject",
    "antecedents": "antecedents",
    "doc_number": "doc_number",
    "doc_date": "doc_date",
    "reserved": "reserved",
}


def register(commands: Commands) -> None:
    text = "corrige o confirma las etiquetas de un documento (el modelo aprende)"
    cmd = commands.add("correct", cmd_correct, text)
    cmd.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    cmd.add_argument("--type", choices=DOC_TYPES, help="tipo de documento")
    cmd.add_argument("--unit", metavar="U", help="unidad de destino (código)")
    cmd.add_argument("--direction", choices=DIRECTIONS, help="dirección")
    for name in ("sender", "sender-org", "recipient", "subject", "antecedents", "doc-number"):
        cmd.add_argument(f"--{name}", metavar="TEXTO")
    cmd.add_argument("--doc-date", type=parse_date, metavar="FECHA", help="fecha del documento")
    cmd.add_argument("--reserved", action=argparse.BooleanOptionalAction, help="reservado")
    text = "lista los documentos por revisar (confianza baja en tipo o unidad)"
    cmd = commands.add("review", cmd_review, text)
    cmd.add_argument("--limit", type=int, default=200, metavar="N")
    text = "entrega el certificado de presentación de un documento (PDF)"
    cmd = commands.add("receipt", cmd_receipt, text)
    cmd.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    cmd.add_argument("--out", type=Path, metavar="ARCHIVO", help="dónde escribirlo")


def cmd_correct(args: argparse.Namespace, ctx: Context) -> int:
    changes = {
        field: getattr(args, option)
        for option, field in FIELDS.items()
        if getattr(args, option) is not None
    }
    with ctx.session() as (app, actor):
        done = services.correct_labels(app, actor=actor, ref=args.ref, changes=changes)
    record = done.record
    if ctx.json:
        out.json_line(
            {
                "registry_number": record.registry_number,
                "changed": {
                    k: {"before": v, "after": done.after(k)} for k, v in done.before.items()
                },
                "review": record.review,
                "model_examples": done.model_examples,
            }
        )
        return ExitCode.ok
    if done.before:
        parts = [
            f"{k}: {out.esc(v or '—')} → {out.esc(done.after(k) or '—')}"
            for k, v in done.before.items()
        ]
        out.out.print(f"Corregido {record.registry_number}: " + "; ".join(parts) + ".")
    else:
        out.out.print(f"Confirmadas las etiquetas de {record.registry_number}.")
    out.out.print(f"Modelo reentrenado con {done.model_examples} documentos revisados.")
    return ExitCode.ok


def cmd_review(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        records = services.review_list(app, actor=actor, limit=args.limit)
    for rec in records:
        if ctx.json:
            out.json_line(out.record_json(rec))
            continue
        out.out.print(
            f"[bold]{rec.registry_number}[/bold]  {out.type_name(rec.doc_type)} "
            f"({_pct(rec.type_confidence)})  → {out.esc(rec.unit or 'sin unidad')} "
            f"({_pct(rec.unit_confidence)})\n    {out.esc(rec.subject or rec.original_name)}"
        )
    if not ctx.json:
        n = len(records)
        out.out.print(
            f"{n} documento{'s' if n != 1 else ''} por revisar. Corrija o confirme con "
            "«partes correct REF --type T --unit U»."
        )
    return ExitCode.ok


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def cmd_receipt(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        found = services.receipt(app, actor=actor, ref=args.ref)
        dest = args.out or Path(found.name)
        shutil.copyfile(found.path, dest)
    if ctx.json:
        out.json_line(
            {"registry_number": found.registry_number, "path": str(dest), "sha256": found.sha256}
        )
    else:
        out.out.print(f"Certificado de presentación de {found.registry_number}: {out.esc(dest)}")
    return ExitCode.ok
