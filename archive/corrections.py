"""Clerks' corrections of a document's labels, the review list, and what the model learns from.

A correction changes the document's current labels and is recorded as a new event holding
the values before and after, so the history keeps every earlier value. The registry number
never changes: a number is never reused nor moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.book import append_line, book_changed
from archive.db import Database
from archive.errors import StateConflict
from archive.events import Actor, append_event
from archive.models import Derivation, Document, Event, Page
from archive.records import DocumentRecord, Visibility, record_of, registration_entry, resolve

CORRECTABLE = (
    "doc_type",
    "direction",
    "unit",
    "sender",
    "sender_org",
    "recipient",
    "subject",
    "antecedents",
    "doc_number",
    "doc_date",
    "reserved",
)
PENDING, REVIEWED = "por_revisar", "revisado"
ANNULLED = "annulled"


@dataclass(frozen=True, kw_only=True)
class TrainingRow:
    text: str
    doc_type: str | None  # None: a label of the unit only
    unit: str | None
    subject: str | None = None  # as registered (or as a clerk corrected it)
    registered_type: str | None = None  # the type the registry holds, confirmed or not
    direction: str | None = None  # confirmed or corrected (None: not reviewed)


def correct(
    db: Database,
    ref: str,
    changes: dict[str, Any],
    *,
    actor: Actor,
    visibility: Visibility,
) -> tuple[DocumentRecord, dict[str, Any]]:
    """Apply ``changes`` (an empty dict confirms the labels as they are); returns the record
    and the values that were replaced."""
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"campos no corregibles: {sorted(unknown)}")
    with db.write() as session:
        doc = resolve(session, ref, visibility)
        before = {k: _plain(getattr(doc, k)) for k in changes if getattr(doc, k) != changes[k]}
        for key, value in changes.items():
            setattr(doc, key, value)
        if doc.doc_type == "oficio_reservado":
            doc.reserved = True  # an oficio reservado is reserved whatever else was said
        doc.review = REVIEWED
        doc.indexed_at = None  # type, unit and subject are in the index
        if book_changed(session, doc):
            entry = registration_entry(session, doc.id)
            append_line(session, doc, entry, kind="correccion", actor=actor.login)
        doc.revision = (doc.revision or 0) + 1
        append_event(
            session,
            actor=actor,
            action="corregido" if before else "confirmado",
            document_id=doc.id,
            detail={"antes": before, "despues": {k: _plain(changes[k]) for k in before}},
        )
        return record_of(session, doc), before


def annul(
    db: Database, ref: str, *, reason: str, actor: Actor, visibility: Visibility
) -> DocumentRecord:
    """Annul a registration with a new book line; its number is never given again."""
    with db.write() as session:
        doc = resolve(session, ref, visibility)
        entry = registration_entry(session, doc.id)
        if doc.status == ANNULLED:
            raise StateConflict(f"El registro {entry.registry_number} ya está anulado.")
        doc.status = ANNULLED
        doc.indexed_at = None
        doc.revision = (doc.revision or 0) + 1
        append_line(session, doc, entry, kind="anulacion", actor=actor.login, reason=reason)
        append_event(
            session, actor=actor, action="anulado", document_id=doc.id, detail={"motivo": reason}
        )
        return record_of(session, doc)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def pending_review(
    db: Database, *, visibility: Visibility, limit: int = 200
) -> list[DocumentRecord]:
    with db.read() as session:
        docs = session.scalars(
            select(Document)
            .where(Document.review == PENDING, visibility.clause())
            .order_by(Document.id)
            .limit(limit)
        ).all()
        return [record_of(session, d) for d in docs]


def training_rows(db: Database) -> Iterator[TrainingRow]:
    """What the model learns from: documents whose labels a clerk confirmed or corrected,
    and documents a clerk derived (the unit it went to is a unit label; their type, never
    confirmed, is left out: the model must not learn its own guesses)."""
    with db.read() as session:
        derived = _derived_units(session)
        derived_ids = select(Derivation.document_id).where(Derivation.state != "rederivada")
        docs = session.scalars(
            select(Document)
            .where((Document.review == REVIEWED) | Document.id.in_(derived_ids))
            .order_by(Document.id)
        ).all()
        for doc in docs:
            pages = session.scalars(
                select(Page.text).where(Page.document_id == doc.id).order_by(Page.number)
            ).all()
            yield TrainingRow(
                text="\n".join(pages),
                doc_type=doc.doc_type if doc.review == REVIEWED else None,
                unit=derived.get(doc.id, doc.unit),
                subject=doc.subject,
                registered_type=doc.doc_type,
                direction=doc.direction if doc.review == REVIEWED else None,
            )


def _derived_units(session: Session) -> dict[int, str]:
    """Document → the unit a clerk derived it to: the first derivation not sent on (one
    sent on because it did not belong there names the right unit in the next one)."""
    rows = session.execute(
        select(Derivation.document_id, Derivation.unit)
        .where(Derivation.state != "rederivada")
        .order_by(Derivation.id.desc())
    ).all()
    return {doc_id: unit for doc_id, unit in rows}  # the last write is the earliest


def latest_label_at(db: Database) -> datetime | None:
    """When the newest derivation was made: a model trained before it is behind."""
    with db.read() as session:
        return session.scalar(select(func.max(Derivation.created_at)))


MODEL_TRAINED = "modelo_entrenado"
# Who trains the model: the system, on behalf of the corrections and derivations.
TRAINER = Actor(login="sistema:clasificador", role="sistema", channel="cli")


def record_trained_model(db: Database, *, sha256: str, examples: int) -> None:
    """Record the SHA-256 of a model file just trained: only such a file is ever loaded
    (a file in the model folder is not to be trusted; the registry is)."""
    with db.write() as session:
        append_event(
            session,
            actor=TRAINER,
            action=MODEL_TRAINED,
            detail={"sha256": sha256, "ejemplos": examples},
        )


def trained_model_hashes(db: Database, *, last: int = 5) -> tuple[str, ...]:
    """The SHA-256 of the last model files trained, newest first (a few, not one: a
    process may read the file just replaced while the next one is being recorded)."""
    with db.read() as session:
        details = session.scalars(
            select(Event.detail)
            .where(Event.action == MODEL_TRAINED)
            .order_by(Event.id.desc())
            .limit(last)
        ).all()
    return tuple(str(d["sha256"]) for d in details if d and d.get("sha256"))
