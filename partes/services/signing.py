"""The Secretario signs: the signing queue, registered oficios, loose PDF files; and anyone
verifies the signatures of a PDF.

All the documents of one order are signed with one open key (one passphrase or PIN, one
certificate check), each stored and recorded as soon as it is signed.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from archive import Actor, DocumentRecord
from partes.errors import UsageError
from partes.services._access import require, require_role, visibility
from partes.services._signers import Secrets, backend_for, profile_named
from partes.services.reading import find_visible
from partes.wiring import App
from pipeline.flows.outgoing import ToSign, pending, prepare, sign_one
from signing.settings import LEVELS, SigningProfile, SigningSettings

if TYPE_CHECKING:
    from signing import SignedDocument, VerificationReport


@dataclass(frozen=True, kw_only=True)
class SignedOficio:
    registry_number: str
    sha256: str  # of the signed PDF now in the store
    signature: SignedDocument


def signing_queue(app: App, *, actor: Actor) -> list[DocumentRecord]:
    """Outgoing oficios waiting for the Secretario's signature, oldest first."""
    require(app, actor, "firma.cola")
    return pending(app.services, visibility(actor))


def sign_registered(
    app: App,
    *,
    actor: Actor,
    refs: Sequence[str] = (),
    all_pending: bool = False,
    profile: str | None = None,
    level: str | None = None,
    secret: Secrets,
    progress: Callable[[int, int], None] | None = None,
) -> list[SignedOficio]:
    """Sign the named oficios (or the whole queue) with one open key."""
    require(app, actor, "firma.firmar")
    if all_pending:
        records = pending(app.services, visibility(actor))
    else:
        records = [find_visible(app, actor, ref) for ref in refs]
    if not records:
        return []
    chosen = _profile(app.signing, profile, level)
    app.layout.work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=app.layout.work, prefix="firma-") as tmp:
        work = Path(tmp)
        items = [prepare(record, app.services, work) for record in records]
        return asyncio.run(_sign_all(app, actor, chosen, items, work, secret, progress))


async def _sign_all(
    app: App,
    actor: Actor,
    profile: SigningProfile,
    items: list[ToSign],
    work: Path,
    secret: Secrets,
    progress: Callable[[int, int], None] | None,
) -> list[SignedOficio]:
    from signing import SigningSession

    done: list[SignedOficio] = []
    backend = backend_for(profile, secret)
    async with SigningSession(settings=app.signing, profile=profile, backend=backend) as s:
        for item in items:
            signed, sha = await sign_one(item, s, app.services, work, actor=actor)
            done.append(
                SignedOficio(
                    registry_number=item.record.registry_number, sha256=sha, signature=signed
                )
            )
            if progress:
                progress(len(done), len(items))
    return done


@dataclass(frozen=True, kw_only=True)
class FileToSign:
    source: Path
    dest: Path
    field: str = ""  # an empty signature field of the PDF to sign in (the libro's)


def sign_files(
    settings: SigningSettings,
    *,
    actor: Actor,
    files: Sequence[FileToSign],
    profile: str | None = None,
    level: str | None = None,
    secret: Secrets,
) -> list[SignedDocument]:
    """Sign PDF files that are not in the archive (nothing is recorded: no document)."""
    require_role(actor, "firma.firmar")
    from signing import SigningSession, SignRequest

    chosen = _profile(settings, profile, level)
    backend = backend_for(chosen, secret)

    async def run() -> list[SignedDocument]:
        async with SigningSession(settings=settings, profile=chosen, backend=backend) as s:
            return [
                await s.sign(
                    SignRequest(source=f.source, dest=f.dest, level=chosen.level, field=f.field)
                )
                for f in files
            ]

    return asyncio.run(run())


def _profile(settings: SigningSettings, name: str | None, level: str | None) -> SigningProfile:
    profile = profile_named(settings, name)
    if level is not None:
        if level not in LEVELS:
            raise UsageError(f"Nivel PAdES desconocido «{level}» ({', '.join(LEVELS)}).")
        profile = replace(profile, level=level)
    return profile


def verify_files(
    settings: SigningSettings,
    *,
    actor: Actor,
    files: Sequence[Path],
    trust: Path | None = None,
    offline: bool = False,
) -> Iterator[VerificationReport]:
    """The signatures of each PDF, validated against the trusted roots, in order."""
    require_role(actor, "firma.verificar")
    from signing import VerifyPool, trust_roots

    roots = trust_roots(trust or Path(settings.trust_roots))
    with VerifyPool(
        roots,
        fetch=settings.fetch_revocation and not offline,
        network_timeout=settings.network_timeout_seconds,
        time_limit=settings.verify_timeout_seconds,
    ) as pool:
        futures = [(path, pool.submit(path)) for path in files]
        for path, future in futures:
            yield pool.result(path, future)
