"""Files made from a registered document later (stamped copy, certificate), linked to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from archive.db import Database
from archive.events import Actor, append_event
from archive.models import Document, Signature, StoredFile
from archive.records import DocumentRecord, Visibility, record_of
from archive.registry import NewFile


@dataclass(frozen=True, kw_only=True)
class NewSignature:
    code: str
    signed_sha256: str
    signer: str
    level: str
    signed_at: datetime


def attach_files(
    db: Database,
    document_id: int,
    files: tuple[NewFile, ...],
    *,
    action: str,
    detail: dict[str, Any],
    actor: Actor,
    signature: NewSignature | None = None,
) -> None:
    """Link stored files to the document and record why (and the signature that made
    them, if any) in one transaction."""
    now = datetime.now(UTC)
    with db.write() as session:
        if signature is not None:
            session.add(
                Signature(
                    code=signature.code,
                    document_id=document_id,
                    signed_sha256=signature.signed_sha256,
                    signer=signature.signer,
                    level=signature.level,
                    signed_at=signature.signed_at,
                )
            )
        for f in files:
            exists = session.scalar(
                select(StoredFile.id).where(
                    StoredFile.document_id == document_id,
                    StoredFile.role == f.role,
                    StoredFile.sha256 == f.blob.sha256,
                )
            )
            if exists is None:
                session.add(
                    StoredFile(
                        document_id=document_id,
                        role=f.role,
                        sha256=f.blob.sha256,
                        size=f.blob.size,
                        media_type=f.media_type,
                        created_at=now,
                    )
                )
        append_event(
            session, actor=actor, action=action, document_id=document_id, detail=detail, at=now
        )


def file_of(db: Database, document_id: int, role: str) -> str | None:
    """The SHA-256 of the newest file of ``role`` linked to the document, if any."""
    with db.read() as session:
        return session.scalar(
            select(StoredFile.sha256)
            .where(StoredFile.document_id == document_id, StoredFile.role == role)
            .order_by(StoredFile.id.desc())
            .limit(1)
        )


def lacking_file(
    db: Database,
    *,
    role: str,
    direction: str,
    doc_types: tuple[str, ...],
    visibility: Visibility,
) -> list[DocumentRecord]:
    """Registered documents of ``direction`` and ``doc_types`` that have no file of ``role``
    yet (the outgoing oficios waiting for their signature, for example), oldest first."""
    with db.read() as session:
        has_role = select(StoredFile.id).where(
            StoredFile.document_id == Document.id, StoredFile.role == role
        )
        docs = session.scalars(
            select(Document)
            .where(
                Document.direction == direction,
                Document.doc_type.in_(doc_types),
                Document.status == "registered",
                ~has_role.exists(),
                visibility.clause(),
            )
            .order_by(Document.id)
        ).all()
        return [record_of(session, doc) for doc in docs]
