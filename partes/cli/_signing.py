"""``partes sign`` and ``partes verify``.

partes sign REF|ARCHIVO [--profile P] [--level L] [--out F]
partes sign --queue                  the outgoing oficios waiting for a signature
partes sign --all-pending            sign every one of them, with one open key
partes verify ARCHIVO...             exit 0 all valid, 1 one invalid or unsigned, 2 unverifiable
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context, secret_from_env_or_prompt
from partes.cli._parser import Commands
from partes.errors import ExitCode, UsageError
from partes.wiring import signing_settings_of
from signing.settings import LEVELS

if TYPE_CHECKING:
    from signing import SignedDocument, VerificationReport

_RESULT_TEXT = {
    "valid": "[green]firma válida[/green]",
    "invalid": "[red]firma NO válida[/red]",
    "unsigned": "[yellow]sin firmas[/yellow]",
    "error": "[red]no se pudo verificar[/red]",
}
_EXIT = {"valid": ExitCode.ok, "invalid": 1, "unsigned": 1, "error": ExitCode.usage}


def register(commands: Commands) -> None:
    text = "firma electrónicamente (PAdES) oficios registrados o archivos PDF"
    cmd = commands.add("sign", cmd_sign, text)
    cmd.add_argument("refs", nargs="*", metavar="REF", help="N° de registro o archivo PDF")
    cmd.add_argument("--profile", metavar="P", help="perfil de firma (por defecto «secretario»)")
    cmd.add_argument("--level", choices=LEVELS, help="nivel PAdES (por defecto, el del perfil)")
    cmd.add_argument("--out", type=Path, metavar="ARCHIVO", help="PDF firmado (solo archivos)")
    cmd.add_argument(
        "--field",
        default="",
        metavar="CAMPO",
        help="campo de firma vacío del PDF donde firmar (el libro: FirmaSecretarioMunicipal)",
    )
    cmd.add_argument("--queue", action="store_true", help="lista los oficios por firmar")
    cmd.add_argument("--all-pending", action="store_true", help="firma todos los pendientes")
    text = "verifica las firmas electrónicas de archivos PDF"
    cmd = commands.add("verify", cmd_verify, text)
    cmd.add_argument("files", nargs="+", type=Path, metavar="ARCHIVO", help="archivos PDF")
    cmd.add_argument("--trust", type=Path, metavar="DIR", help="certificados raíz de confianza")
    cmd.add_argument("--offline", action="store_true", help="no consultar OCSP/CRL en línea")


def cmd_sign(args: argparse.Namespace, ctx: Context) -> int:
    if args.queue:
        return _queue(ctx)
    if not args.refs and not args.all_pending:
        raise UsageError("Indique qué firmar: un N° de registro o un archivo PDF.")
    files = [Path(r) for r in args.refs if Path(r).suffix.lower() == ".pdf" and Path(r).exists()]
    if files and (len(files) != len(args.refs) or args.all_pending):
        raise UsageError("No mezcle archivos y números de registro en la misma orden.")
    if files:
        return _sign_files(args, ctx, files)
    with ctx.session() as (app, actor):
        signed = services.sign_registered(
            app,
            actor=actor,
            refs=args.refs,
            all_pending=args.all_pending,
            profile=args.profile,
            level=args.level,
            secret=secret_from_env_or_prompt,
            progress=None if ctx.json else _progress,
        )
    if not signed and not ctx.json:
        out.out.print("No hay oficios pendientes de firma.")
    for item in signed:
        _report(item.signature, ctx.json, registry_number=item.registry_number, sha256=item.sha256)
    return ExitCode.ok


def _progress(done: int, total: int) -> None:
    """A line per oficio on a terminal (a live bar would garble the passphrase prompt)."""
    if total > 1 and sys.stderr.isatty():
        out.err.print(f"  firmado {done} de {total}")


def _queue(ctx: Context) -> int:
    with ctx.session() as (app, actor):
        waiting = services.signing_queue(app, actor=actor)
    for record in waiting:
        if ctx.json:
            out.json_line(
                {
                    "id": record.id,
                    "registry_number": record.registry_number,
                    "doc_type": record.doc_type,
                    "subject": record.subject,
                    "registered_at": record.registered_at,
                }
            )
        else:
            when = out.local_time(record.registered_at)
            out.out.print(
                f"{record.registry_number}  {when}  {out.esc(record.subject or '(sin materia)')}"
            )
    if not ctx.json:
        plural = "s" if len(waiting) != 1 else ""
        out.out.print(f"{len(waiting)} oficio{plural} pendiente{plural} de firma.")
    return ExitCode.ok


def _sign_files(args: argparse.Namespace, ctx: Context, files: list[Path]) -> int:
    if args.out and len(files) > 1:
        raise UsageError("«--out» sirve para un solo archivo.")
    requests = [
        services.FileToSign(
            source=path,
            dest=args.out or path.with_name(f"{path.stem}-firmado.pdf"),
            field=args.field,
        )
        for path in files
    ]
    signed = services.sign_files(
        signing_settings_of(ctx.home),
        actor=ctx.standalone_actor(),
        files=requests,
        profile=args.profile,
        level=args.level,
        secret=secret_from_env_or_prompt,
    )
    for item in signed:
        _report(item, ctx.json)
    return ExitCode.ok


def _report(
    signed: SignedDocument, as_json: bool, *, registry_number: str = "", sha256: str = ""
) -> None:
    """One line per signature; a registered oficio's signed PDF is in the store (sha256)."""
    if as_json:
        out.json_line(
            {
                "file": None if registry_number else str(signed.dest),
                "sha256": sha256 or None,
                "registry_number": registry_number or None,
                "field": signed.field,
                "level": signed.level,
                "signer": signed.signer,
                "rut": signed.rut,
                "signed_at": signed.signed_at.isoformat(),
                "code": signed.code,
                "url": signed.url,
            }
        )
        return
    who = f"{signed.signer} (RUT {signed.rut})" if signed.rut else signed.signer
    what = registry_number or str(signed.dest)
    out.out.print(f"[green]Firmado[/green] {out.esc(what)} — {out.esc(who)}, nivel {signed.level}")
    out.out.print(f"    código de verificación {signed.code}  {out.esc(signed.url)}")


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    worst = int(ExitCode.ok)
    reports = services.verify_files(
        signing_settings_of(ctx.home),
        actor=ctx.standalone_actor(),
        files=args.files,
        trust=args.trust,
        offline=args.offline,
    )
    for report in reports:
        worst = max(worst, int(_EXIT[report.result]))
        if ctx.json:
            out.json_line(report.as_dict())
        else:
            show_report(report)
    return worst


def show_report(report: VerificationReport) -> None:
    out.out.print(f"[bold]{out.esc(report.file)}[/bold]: {_RESULT_TEXT[report.result]}")
    if report.error:
        out.out.print(f"    {out.esc(report.error)}")
    for sig in report.signatures:
        mark = "[green]✔[/green]" if sig.ok else "[red]✘[/red]"
        what = "Sello de tiempo" if sig.kind == "sello_de_tiempo" else "Firma"
        rut = f" (RUT {out.esc(sig.rut)})" if sig.rut else ""
        out.out.print(f"  {mark} {what} «{out.esc(sig.field)}»: {out.esc(sig.signer or '?')}{rut}")
        details = [
            f"nivel {sig.level}" if sig.level else "",
            f"firmado {sig.signing_time}" if sig.signing_time else "",
            f"sello de tiempo {sig.timestamp}" if sig.timestamp else "",
            f"cobertura {sig.coverage}" if sig.coverage else "",
            f"cambios posteriores: {sig.modification_level}" if sig.modification_level else "",
        ]
        out.out.print("      " + out.esc("; ".join(d for d in details if d)))
        for problem in sig.problems:
            out.out.print(f"      [red]{out.esc(problem)}[/red]")
