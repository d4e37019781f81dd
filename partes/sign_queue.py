"""Signing registered outgoing oficios: ``partes sign REF``, ``--queue``, ``--all-pending``.

All the oficios of one order are signed with one open key (one passphrase or PIN, one
certificate check), each one stored and recorded as soon as it is signed.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from dataclasses import replace
from pathlib import Path

from rich.progress import Progress

from archive import DocumentRecord
from archive.records import record_of, resolve
from partes import output
from partes.commands import open_home
from partes.errors import ExitCode
from partes.home import App
from partes.sign_cmd import report
from partes.sign_setup import backend_for, profile_named
from pipeline.outgoing import ToSign, pending, prepare, sign_one
from signing import SignedDocument, SigningSession
from signing.settings import resolved


def cmd_queue(args: argparse.Namespace) -> int:
    with open_home(args) as app:
        waiting = pending(app.services)
        if args.all_pending:
            if not waiting:
                output.out.print("No hay oficios pendientes de firma.")
                return ExitCode.ok
            return _sign(app, args, waiting)
    for record in waiting:
        if args.json:
            output.json_line(
                {
                    "id": record.id,
                    "registry_number": record.registry_number,
                    "doc_type": record.doc_type,
                    "subject": record.subject,
                    "registered_at": record.registered_at,
                }
            )
        else:
            subject = record.subject or "(sin materia)"
            when = output.local_time(record.registered_at)
            output.out.print(f"{record.registry_number}  {when}  {subject}")
    if not args.json:
        plural = "s" if len(waiting) != 1 else ""
        output.out.print(f"{len(waiting)} oficio{plural} pendiente{plural} de firma.")
    return ExitCode.ok


def cmd_sign_refs(args: argparse.Namespace) -> int:
    with open_home(args) as app:
        with app.services.db.read() as session:
            records = [record_of(session, resolve(session, ref)) for ref in args.refs]
        return _sign(app, args, records)


def _sign(app: App, args: argparse.Namespace, records: list[DocumentRecord]) -> int:
    settings = resolved(app.config.signing, app.layout.root)
    profile = profile_named(settings, args.profile)
    if args.level:
        profile = replace(profile, level=args.level)
    backend = backend_for(profile)
    actor = f"firma {profile.name}"
    app.layout.work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=app.layout.work, prefix="firma-") as tmp:
        work = Path(tmp)
        items = [prepare(record, app.services, work) for record in records]

        async def run() -> list[tuple[ToSign, tuple[SignedDocument, str]]]:
            done: list[tuple[ToSign, tuple[SignedDocument, str]]] = []
            async with SigningSession(settings=settings, profile=profile, backend=backend) as s:
                with Progress(transient=True, disable=args.json or len(items) < 2) as bar:
                    task = bar.add_task("Firmando", total=len(items))
                    for item in items:
                        done.append(
                            (item, await sign_one(item, s, app.services, work, actor=actor))
                        )
                        bar.advance(task)
            return done

        for item, (signed, sha) in asyncio.run(run()):
            report(signed, args.json, registry_number=item.record.registry_number, sha256=sha)
    return ExitCode.ok
