"""``partes sign``: the Secretario signs outgoing oficios (or any PDF given as a file).

partes sign REF|ARCHIVO [--profile P] [--level L] [--out F]
partes sign --queue                  the outgoing oficios waiting for a signature
partes sign --all-pending            sign every one of them, with one open key
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partes import output
from partes.errors import ExitCode, UsageError
from partes.verify_cmd import signing_settings
from signing.settings import LEVELS

if TYPE_CHECKING:
    from signing import SignedDocument, SignRequest


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "firma electrónicamente (PAdES) oficios registrados o archivos PDF"
    cmd = sub.add_parser("sign", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_sign)
    cmd.add_argument("refs", nargs="*", metavar="REF", help="N° de registro o archivo PDF")
    cmd.add_argument("--profile", metavar="P", help="perfil de firma (por defecto «secretario»)")
    cmd.add_argument("--level", choices=LEVELS, help="nivel PAdES (por defecto, el del perfil)")
    cmd.add_argument("--out", type=Path, metavar="ARCHIVO", help="PDF firmado (solo archivos)")
    cmd.add_argument("--queue", action="store_true", help="lista los oficios por firmar")
    cmd.add_argument("--all-pending", action="store_true", help="firma todos los pendientes")


def cmd_sign(args: argparse.Namespace) -> int:
    if args.queue or args.all_pending:
        from partes.sign_queue import cmd_queue

        return cmd_queue(args)
    if not args.refs:
        raise UsageError("Indique qué firmar: un N° de registro o un archivo PDF.")
    files = [Path(r) for r in args.refs if Path(r).suffix.lower() == ".pdf" and Path(r).exists()]
    if files and len(files) != len(args.refs):
        raise UsageError("No mezcle archivos y números de registro en la misma orden.")
    if not files:
        from partes.sign_queue import cmd_sign_refs

        return cmd_sign_refs(args)
    if args.out and len(files) > 1:
        raise UsageError("«--out» sirve para un solo archivo.")
    from signing import SignRequest

    requests = [
        SignRequest(
            source=path,
            dest=args.out or path.with_name(f"{path.stem}-firmado.pdf"),
            level=args.level or "",
        )
        for path in files
    ]
    for signed in sign_all(args.home, args.profile, requests):
        report(signed, args.json)
    return ExitCode.ok


def sign_all(
    home: str | None, profile_name: str | None, requests: list[SignRequest]
) -> list[SignedDocument]:
    """Sign every request with one open key (one passphrase, one certificate check)."""
    from partes.sign_setup import backend_for, profile_named
    from signing import SigningSession

    settings = signing_settings(home)
    profile = profile_named(settings, profile_name)
    backend = backend_for(profile)

    async def run() -> list[SignedDocument]:
        async with SigningSession(settings=settings, profile=profile, backend=backend) as s:
            return [await s.sign(request) for request in requests]

    return asyncio.run(run())


def report(
    signed: SignedDocument, as_json: bool, *, registry_number: str = "", sha256: str = ""
) -> None:
    """One line per signature; a registered oficio's signed PDF is in the store (sha256)."""
    if as_json:
        output.json_line(
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
    output.out.print(f"[green]Firmado[/green] {what} — {who}, nivel {signed.level}")
    output.out.print(f"    código de verificación {signed.code}  {signed.url}")
