"""``partes correct`` and ``partes review``: clerks confirm or fix labels; the model learns."""

from __future__ import annotations

import argparse
from typing import Any

from archive.corrections import correct, pending_review
from partes import output
from partes.commands import CHOICES, open_home, parse_date
from partes.errors import ExitCode, UsageError
from pipeline import index_pending
from pipeline.learning import retrain
from pipeline.vocabulary import DOC_TYPES

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


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "corrige o confirma las etiquetas de un documento (el modelo aprende)"
    cmd = sub.add_parser("correct", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_correct)
    cmd.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    cmd.add_argument("--type", choices=DOC_TYPES, help="tipo de documento")
    cmd.add_argument("--unit", metavar="U", help="unidad de destino (código)")
    cmd.add_argument("--direction", choices=CHOICES["direction"], help="dirección")
    for name in ("sender", "sender-org", "recipient", "subject", "antecedents", "doc-number"):
        cmd.add_argument(f"--{name}", metavar="TEXTO")
    cmd.add_argument("--doc-date", type=parse_date, metavar="FECHA", help="fecha del documento")
    cmd.add_argument("--reserved", action=argparse.BooleanOptionalAction, help="reservado")
    cmd.add_argument("--actor", default="oficina de partes", help="quién corrige")
    text = "lista los documentos por revisar (confianza baja en tipo o unidad)"
    cmd = sub.add_parser("review", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_review)
    cmd.add_argument("--limit", type=int, default=200, metavar="N")


def cmd_correct(args: argparse.Namespace) -> int:
    changes = {
        field: getattr(args, option)
        for option, field in FIELDS.items()
        if getattr(args, option) is not None
    }
    with open_home(args) as app:
        units = {u.code for u in app.config.units}
        if "unit" in changes and changes["unit"] not in units:
            raise UsageError(
                f"La unidad «{changes['unit']}» no está configurada "
                f"(unidades: {', '.join(sorted(units))})."
            )
        db = app.services.db
        record, before = correct(db, args.ref, changes, actor=args.actor)
        model = retrain(db, app.services.model_path)
        index_pending(db, app.services.index)
    examples = model.examples if model else 0
    if args.json:
        output.json_line(
            {
                "registry_number": record.registry_number,
                "changed": {
                    k: {"before": v, "after": _after(record, k)} for k, v in before.items()
                },
                "review": record.review,
                "model_examples": examples,
            }
        )
        return ExitCode.ok
    if before:
        parts = [f"{k}: {v or '—'} → {_after(record, k) or '—'}" for k, v in before.items()]
        output.out.print(f"Corregido {record.registry_number}: " + "; ".join(parts) + ".")
    else:
        output.out.print(f"Confirmadas las etiquetas de {record.registry_number}.")
    output.out.print(f"Modelo reentrenado con {examples} documentos revisados.")
    return ExitCode.ok


def _after(record: Any, key: str) -> Any:
    value = getattr(record, key)
    return value.isoformat() if hasattr(value, "isoformat") else value


def cmd_review(args: argparse.Namespace) -> int:
    with open_home(args) as app:
        records = pending_review(app.services.db, limit=args.limit)
    for rec in records:
        if args.json:
            output.json_line(output.record_json(rec))
            continue
        output.out.print(
            f"[bold]{rec.registry_number}[/bold]  {output.type_name(rec.doc_type)} "
            f"({_pct(rec.type_confidence)})  → {rec.unit or 'sin unidad'} "
            f"({_pct(rec.unit_confidence)})\n    {rec.subject or rec.original_name}"
        )
    if not args.json:
        n = len(records)
        output.out.print(
            f"{n} documento{'s' if n != 1 else ''} por revisar. Corrija o confirme con "
            "«partes correct REF --type T --unit U»."
        )
    return ExitCode.ok


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"
