"""``partes verify FILE...``: the signatures of PDFs, validated against the configured roots.

Exit code: 0 when every file is validly signed, 1 when one is not (invalid or unsigned),
2 when one could not be verified (damaged, hostile, unreadable).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partes import output
from partes.config import load_config
from partes.errors import ExitCode
from partes.home import Layout, resolve_home
from signing.settings import SigningSettings, resolved

if TYPE_CHECKING:
    from signing import VerificationReport

_RESULT_TEXT = {
    "valid": "[green]firma válida[/green]",
    "invalid": "[red]firma NO válida[/red]",
    "unsigned": "[yellow]sin firmas[/yellow]",
    "error": "[red]no se pudo verificar[/red]",
}
_EXIT = {"valid": ExitCode.ok, "invalid": 1, "unsigned": 1, "error": ExitCode.usage}


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "verifica las firmas electrónicas de archivos PDF"
    cmd = sub.add_parser("verify", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_verify)
    cmd.add_argument("files", nargs="+", type=Path, metavar="ARCHIVO", help="archivos PDF")
    cmd.add_argument(
        "--trust", type=Path, metavar="DIR", help="carpeta de certificados raíz de confianza"
    )
    cmd.add_argument(
        "--offline", action="store_true", help="no consultar OCSP/CRL en línea (solo lo incluido)"
    )


def signing_settings(home_option: str | None) -> SigningSettings:
    """The home's signing settings, paths made absolute; defaults when there is no home."""
    layout = Layout(resolve_home(home_option))
    if not layout.config.exists():
        return resolved(SigningSettings(), layout.root)
    return resolved(load_config(layout.config).signing, layout.root)


def cmd_verify(args: argparse.Namespace) -> int:
    from signing import VerifyPool, trust_roots

    settings = signing_settings(args.home)
    roots = trust_roots(args.trust or Path(settings.trust_roots))
    worst = int(ExitCode.ok)
    with VerifyPool(
        roots,
        fetch=settings.fetch_revocation and not args.offline,
        network_timeout=settings.network_timeout_seconds,
        time_limit=settings.verify_timeout_seconds,
    ) as pool:
        futures = [(path, pool.submit(path)) for path in args.files]
        for path, future in futures:
            report = pool.result(path, future)
            worst = max(worst, int(_EXIT[report.result]))
            if args.json:
                output.json_line(report.as_dict())
            else:
                show_report(report)
    return worst


def show_report(report: VerificationReport) -> None:
    output.out.print(f"[bold]{report.file}[/bold]: {_RESULT_TEXT[report.result]}")
    if report.error:
        output.out.print(f"    {report.error}")
    for sig in report.signatures:
        mark = "[green]✔[/green]" if sig.ok else "[red]✘[/red]"
        what = "Sello de tiempo" if sig.kind == "sello_de_tiempo" else "Firma"
        who = sig.signer or "?"
        rut = f" (RUT {sig.rut})" if sig.rut else ""
        output.out.print(f"  {mark} {what} «{sig.field}»: {who}{rut}")
        details = [
            f"nivel {sig.level}" if sig.level else "",
            f"firmado {sig.signing_time}" if sig.signing_time else "",
            f"sello de tiempo {sig.timestamp}" if sig.timestamp else "",
            f"cobertura {sig.coverage}" if sig.coverage else "",
            f"cambios posteriores: {sig.modification_level}" if sig.modification_level else "",
        ]
        output.out.print("      " + "; ".join(d for d in details if d))
        for problem in sig.problems:
            output.out.print(f"      [red]{problem}[/red]")
