"""Verification at reception: a signed document that arrives gets its signatures checked,
and the verdict is recorded as an event of its record (``partes show`` lists it).

The record is already committed; a verification that cannot run is itself recorded, it
never undoes the registration.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from archive import Actor, DocumentRecord, record_event
from pipeline.flows.job import Services

if TYPE_CHECKING:
    from signing import VerificationReport

ACTION = "firma_verificada"


class Verifier(Protocol):
    """Anything that verifies a file in isolation (``signing.VerifyPool`` in production)."""

    def verify(self, path: Path) -> VerificationReport: ...


def verification_stage(
    record: DocumentRecord, source: Path, verifier: Verifier, services: Services, actor: Actor
) -> VerificationReport:
    report = verifier.verify(source)
    detail: dict[str, Any] = report.as_dict()
    detail.pop("file", None)  # the inbox path means nothing once the file is stored
    record_event(services.db, actor=actor, action=ACTION, document_id=record.id, detail=detail)
    return report
