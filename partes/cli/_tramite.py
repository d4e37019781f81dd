"""``partes derive``, ``acknowledge``, ``note``, ``answer``, ``close``, ``plazos`` and
``expediente``: distribución y seguimiento on the command line."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from archive import LOCAL_TZ, DerivationView
from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands, positive
from partes.errors import ExitCode

_REF = "N° de registro o identificador"


def register(commands: Commands) -> None:
    cmd = commands.add("derive", cmd_derive, "deriva un documento a una o más unidades")
    cmd.add_argument("ref", metavar="REF", help=_REF)
    cmd.add_argument("--unit", action="append", required=True, metavar="U", help="unidad")
    cmd.add_argument("--instruction", required=True, choices=services.INSTRUCTIONS)
    cmd.add_argument("--person", metavar="LOGIN", help="persona de la unidad")
    cmd.add_argument("--providencia", default="", metavar="TEXTO", help="instrucción escrita")
    cmd.add_argument("--days", type=positive, metavar="N", help="plazo en días hábiles")
    for name, func, text in (
        ("acknowledge", cmd_acknowledge, "acusa recibo de lo derivado a su unidad"),
        ("note", cmd_note, "agrega una nota a una derivación"),
        ("close", cmd_close, "cierra una derivación sin respuesta, con una nota"),
        ("answer", cmd_answer, "vincula la respuesta (un documento de salida registrado)"),
    ):
        cmd = commands.add(name, func, text)
        cmd.add_argument("ref", metavar="REF", help=_REF)
        cmd.add_argument("--unit", metavar="U", help="unidad, si está derivado a varias")
        if name in ("note", "close"):
            cmd.add_argument("--note", required=True, metavar="TEXTO")
        if name == "answer":
            cmd.add_argument("--with", dest="reply", required=True, metavar="REF2")
    cmd = commands.add("plazos", cmd_plazos, "derivaciones vencidas y por vencer")
    cmd.add_argument("--unit", metavar="U", help="solo esta unidad")
    cmd.add_argument("--all", action="store_true", help="también las que están en plazo")
    cmd.add_argument(
        "--send", action="store_true", help="envía el resumen diario por correo a cada unidad"
    )
    cmd = commands.add("expediente", cmd_expediente, "el expediente de un documento")
    cmd.add_argument("ref", metavar="REF", help=_REF)
    cmd.add_argument("--zip", type=Path, metavar="ARCHIVO", help="escribe el expediente en ZIP")
    cmd.add_argument("--index", type=Path, metavar="ARCHIVO", help="escribe el índice en PDF")


def derivation_json(d: DerivationView) -> dict[str, Any]:
    return {
        "id": d.id,
        "registry_number": d.registry_number,
        "unit": d.unit,
        "person": d.person,
        "instruction": d.instruction,
        "providencia": d.providencia,
        "plazo_days": d.plazo_days,
        "plazo_source": d.plazo_source,
        "due": d.due_on,
        "state": d.state,
        "derived_at": d.created_at,
        "derived_by": d.created_by,
        "acknowledged_at": d.acknowledged_at,
        "acknowledged_by": d.acknowledged_by,
        "closed_at": d.closed_at,
        "closing": d.closing,
        "closing_note": d.closing_note,
        "answer": d.answer_number,
    }


def _print(d: DerivationView, verb: str) -> None:
    due = f", vence el {d.due_on:%d-%m-%Y}" if d.due_on else ", sin plazo"
    source = {"documento": " (plazo del documento)", "indicado": " (plazo indicado)"}
    out.out.print(
        f"{verb} {d.registry_number} → {out.esc(d.unit)}"
        f"{' (' + out.esc(d.person) + ')' if d.person else ''}: "
        f"{services.INSTRUCTION_NAMES[d.instruction].lower()}{due}"
        f"{source.get(d.plazo_source, '')}. Estado: {d.state}."
    )


def _emit(ctx: Context, rows: list[DerivationView], verb: str) -> int:
    for d in rows:
        if ctx.json:
            out.json_line(derivation_json(d))
        else:
            _print(d, verb)
    return ExitCode.ok


def cmd_derive(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        rows = services.derive(
            app,
            actor=actor,
            ref=args.ref,
            units=args.unit,
            instruction=args.instruction,
            person=args.person,
            providencia=args.providencia,
            days=args.days,
        )
    return _emit(ctx, rows, "Derivado")


def cmd_acknowledge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        row = services.acknowledge(app, actor=actor, ref=args.ref, unit=args.unit)
    return _emit(ctx, [row], "Recibido")


def cmd_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        row = services.add_note(app, actor=actor, text=args.note, ref=args.ref, unit=args.unit)
    return _emit(ctx, [row], "Nota agregada a")


def cmd_close(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        row = services.close(app, actor=actor, note=args.note, ref=args.ref, unit=args.unit)
    return _emit(ctx, [row], "Cerrado")


def cmd_answer(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        row = services.answer(app, actor=actor, ref=args.ref, with_ref=args.reply, unit=args.unit)
    return _emit(ctx, [row], f"Respondido con {row.answer_number}:")


def cmd_plazos(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        if args.send:
            password = os.environ.get(app.config.mail.password_env, "")
            sent = services.send_digest(app, actor=actor, password=password)
            if not app.config.mail.enabled:
                out.err.print(
                    "No hay servidor de correo configurado ([mail] host): no se envió nada."
                )
            for s in sent:
                out.out.print(f"Resumen enviado a {s.address} ({s.unit}): {s.items} derivaciones.")
            return ExitCode.ok
        report = services.plazos(app, actor=actor, unit=args.unit)
    lines = report.lines if args.all else report.urgent()
    for x in lines:
        d = x.derivation
        if ctx.json:
            out.json_line(
                {**derivation_json(d), "standing": x.standing, "business_days_left": x.days_left}
            )
            continue
        subject = "(documento reservado)" if d.restricted else (d.subject or "—")
        due = f"{d.due_on:%d-%m-%Y}" if d.due_on else "sin plazo"
        out.out.print(
            f"[bold]{d.registry_number}[/bold]  {out.esc(d.unit):<10} "
            f"{services.STANDINGS[x.standing]:<11}"
            f" vence {due}  {out.esc(subject)}"
        )
    if not ctx.json:
        overdue = sum(x.standing == "vencida" for x in report.lines)
        soon = sum(x.standing == "por_vencer" for x in report.lines)
        out.out.print(f"{overdue} vencidas, {soon} por vencer, {len(report.lines)} abiertas.")
    return ExitCode.ok


def cmd_expediente(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        made = services.expediente(app, actor=actor, ref=args.ref)
        if args.zip:
            args.zip.write_bytes(services.zip_file(app, actor=actor, ref=args.ref).content)
        if args.index:
            args.index.write_bytes(services.index_pdf(app, actor=actor, ref=args.ref).content)
    if ctx.json:
        out.json_line(
            {
                "expediente": made.identifier,
                "registry_number": made.record.registry_number,
                "documents": [
                    {
                        "order": p.order,
                        "registry_number": p.registry_number,
                        "role": p.role,
                        "incorporated_at": p.incorporated_at,
                        "sha256": p.sha256,
                    }
                    for p in made.pieces
                ],
                "derivations": [derivation_json(d) for d in made.derivations],
            }
        )
        return ExitCode.ok
    out.out.print(f"[bold]Expediente {made.identifier}[/bold]")
    for step in made.steps:
        when = step.at.astimezone(LOCAL_TZ)
        who = f"  ({out.esc(step.who)})" if step.who else ""
        out.out.print(f"  {when:%d-%m-%Y %H:%M}  {out.esc(step.what)}{who}")
    out.out.print("Índice:")
    for p in made.pieces:
        out.out.print(f"  {p.order}. {out.esc(p.title)}\n     SHA-256 {p.sha256}")
    for path in (args.zip, args.index):
        if path:
            out.out.print(f"Escrito: {out.esc(path)}")
    return ExitCode.ok
