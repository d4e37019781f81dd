"""What a citizen may do without an account: check a signed oficio by the code printed on
it. A reserved oficio is confirmed as signed and valid, and nothing of its content is
shown; its PDF is never handed out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from archive import (
    Actor,
    RecordNotFound,
    find_signature,
    record_by_id,
    record_event,
    sha256_of,
)
from partes.errors import NotFoundError
from partes.services.reading import DocumentFile
from partes.wiring import App
from signing import normalize_code

NOT_FOUND = "No hay un documento firmado con ese código. Revise el código impreso en el documento."


@dataclass(frozen=True, kw_only=True)
class PublicSignature:
    code: str
    registry_number: str
    signed_at: datetime
    signer: str
    level: str
    sha256: str
    reserved: bool
    subject: str | None  # None for a reserved document
    doc_date: date | None  # None for a reserved document
    verdict: str | None = None  # the signatures of the stored PDF, checked now, if asked


def check_code(
    app: App, *, code: str, channel: str = "web", verify: bool = False
) -> PublicSignature:
    """The signed document behind a code typed as on paper (O for 0 is fine); with
    ``verify``, its stored signed PDF is validated again now."""
    normal = normalize_code(code)
    found = find_signature(app.services.db, normal) if normal else None
    if found is None:
        raise NotFoundError(NOT_FOUND)
    try:
        record = record_by_id(app.services.db, found.document_id)
    except RecordNotFound:
        raise NotFoundError(NOT_FOUND) from None
    hidden = record.restricted
    record_event(
        app.services.db,
        actor=_citizen(channel),
        action="verificacion_publica",
        document_id=record.id,
        detail={"codigo": found.code},
    )
    return PublicSignature(
        code=found.code,
        registry_number=record.registry_number,
        signed_at=found.signed_at,
        signer=found.signer,
        level=found.level,
        sha256=found.signed_sha256,
        reserved=hidden,
        subject=None if hidden else record.subject,
        doc_date=None if hidden else record.doc_date,
        verdict=app.verifier.verify(app.services.store.path_for(found.signed_sha256)).result
        if verify
        else None,
    )


def signed_file(app: App, *, code: str, channel: str = "web") -> DocumentFile:
    """The signed PDF of a document that is not reserved."""
    shown = check_code(app, code=code, channel=channel)
    if shown.reserved:
        raise NotFoundError("Este documento es reservado: su contenido no se publica.")
    record_event(
        app.services.db,
        actor=_citizen(channel),
        action="archivo_descargado",
        detail={"codigo": shown.code, "sha256": shown.sha256},
    )
    return DocumentFile(
        registry_number=shown.registry_number,
        role="signed",
        sha256=shown.sha256,
        media_type="application/pdf",
        path=app.services.store.path_for(shown.sha256),
        name=f"{shown.registry_number}-firmado.pdf",
    )


@dataclass(frozen=True, kw_only=True)
class UploadCheck:
    signature: PublicSignature
    same_file: bool  # the uploaded PDF is, byte for byte, the one the Secretario signed
    result: str  # the verification of its signatures: valid, invalid, unsigned, error
    problems: tuple[str, ...]


def check_upload(app: App, *, code: str, path: Path, channel: str = "web") -> UploadCheck:
    """Is this PDF the document signed under ``code``, and are its signatures valid?"""
    shown = check_code(app, code=code, channel=channel)
    report = app.verifier.verify(path)
    problems = tuple(p for s in report.signatures for p in s.problems)
    if report.error:
        problems = (report.error, *problems)
    return UploadCheck(
        signature=shown,
        same_file=sha256_of(path) == shown.sha256,
        result=report.result,
        problems=problems,
    )


def _citizen(channel: str) -> Actor:
    """Whoever checks a code without an account."""
    return Actor(login="ciudadania", role="publico", channel=channel)
