"""The outgoing flow: a registered outgoing oficio is made PDF/A and signed by the
Secretario; the signed PDF is a new stored file of the record, the unsigned one stays.

Registration already gave the oficio its number in the oficios series; "pending" is every
outgoing oficio without a signed file yet (the signing queue).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf

from archive import (
    Actor,
    DocumentRecord,
    NewFile,
    NewSignature,
    Visibility,
    attach_files,
    lacking_file,
)
from ocr.pdfa import convert
from ocr.triage import is_signed
from pipeline.flows.job import Services
from signing import SignedDocument, SigningError, SigningSession, SignRequest

SIGNABLE_TYPES = ("oficio", "oficio_reservado")
SIGNED_ROLE = "signed"
PDFA_ROLE = "pdfa"


class NotSignable(SigningError):
    reason_code = "documento_no_firmable"


def pending(services: Services, visibility: Visibility) -> list[DocumentRecord]:
    """The signing queue: outgoing oficios with no signed file, oldest first."""
    return lacking_file(
        services.db,
        role=SIGNED_ROLE,
        direction="salida",
        doc_types=SIGNABLE_TYPES,
        visibility=visibility,
    )


@dataclass(frozen=True, kw_only=True)
class ToSign:
    record: DocumentRecord
    source: Path
    pdfa: NewFile | None  # the PDF/A copy that is signed, stored with the signature
    pdfa_detail: dict[str, Any]


def prepare(record: DocumentRecord, services: Services, workdir: Path) -> ToSign:
    """The PDF to sign: a PDF/A-2b copy of the original when it converts and validates;
    the original itself when it is already signed (never rewritten) or cannot be PDF/A."""
    if record.media_type != "application/pdf":
        raise NotSignable(
            f"{record.registry_number} no es un PDF ({record.media_type}): solo se firman PDF.",
            "Registre la versión PDF del oficio.",
        )
    original = services.store.path_for(record.sha256)
    with pikepdf.open(original) as pdf:
        signed_before = is_signed(pdf)
    if signed_before:
        return ToSign(record=record, source=original, pdfa=None, pdfa_detail={"pdfa": "firmado"})
    candidate = workdir / f"{record.id}-pdfa.pdf"
    verdict = convert(original, candidate)
    detail: dict[str, Any] = {"pdfa": verdict.verdict}
    if verdict.verdict != "pass":
        detail["pdfa_hallazgos"] = list(verdict.findings[:5])
        return ToSign(record=record, source=original, pdfa=None, pdfa_detail=detail)
    blob = services.store.put(candidate)
    copy = NewFile(role=PDFA_ROLE, blob=blob, media_type="application/pdf")
    return ToSign(record=record, source=candidate, pdfa=copy, pdfa_detail=detail)


async def sign_one(
    item: ToSign, session: SigningSession, services: Services, workdir: Path, *, actor: Actor
) -> tuple[SignedDocument, str]:
    """Sign, store the signed PDF, and record the signature (one transaction); the
    signature and the SHA-256 of the stored signed file."""
    dest = workdir / f"{item.record.id}-firmado.pdf"
    signed = await session.sign(
        SignRequest(source=item.source, dest=dest, registry_number=item.record.registry_number)
    )
    blob = services.store.put(dest)
    files = (
        *((item.pdfa,) if item.pdfa else ()),
        NewFile(role=SIGNED_ROLE, blob=blob, media_type="application/pdf"),
    )
    detail = {
        "firmante": signed.signer,
        "rut": signed.rut,
        "nivel": signed.level,
        "campo": signed.field,
        "codigo_verificacion": signed.code,
        "url_verificacion": signed.url,
        "firmado_en": signed.signed_at.isoformat(),
        "sha256_firmado": blob.sha256,
        **item.pdfa_detail,
    }
    signature = NewSignature(
        code=signed.code,
        signed_sha256=blob.sha256,
        signer=signed.signer,
        level=signed.level,
        signed_at=signed.signed_at,
    )
    attach_files(
        services.db,
        item.record.id,
        files,
        action="firmado",
        detail=detail,
        actor=actor,
        signature=signature,
    )
    return signed, blob.sha256
