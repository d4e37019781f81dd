"""Derivations: a document sent to a unit with a providencia and a plazo, acknowledged,
annotated, sent on, and closed by an answer or a note.

Every change is written with its event of trazabilidad in one transaction. The plazo is
computed by the caller (the rules are ``tramite``'s); the store keeps what was decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from archive.db import Database
from archive.errors import RecordNotFound, StateConflict
from archive.events import Actor, append_event
from archive.models import Derivation, DerivationNote, Document, RegistryEntry
from archive.records import Visibility, registration_entry, resolve

OPEN_STATES = ("pendiente", "recibida")
STATES = (*OPEN_STATES, "cerrada", "rederivada")


@dataclass(frozen=True, kw_only=True)
class NewDerivation:
    unit: str
    instruction: str
    person: str | None = None
    providencia: str = ""
    plazo_days: int | None = None
    plazo_source: str = "tabla"  # tabla | documento | indicado
    due_on: date | None = None
    extended: bool = False  # a plazo already extended once stays so when sent on


@dataclass(frozen=True, kw_only=True)
class NoteView:
    at: datetime
    actor: str
    text: str


@dataclass(frozen=True, kw_only=True)
class DerivationView:
    id: int
    document_id: int
    registry_number: str
    doc_type: str
    subject: str | None
    sender: str | None
    restricted: bool
    received_at: datetime
    parent_id: int | None
    unit: str
    person: str | None
    instruction: str
    providencia: str
    plazo_days: int | None
    plazo_source: str
    due_on: date | None
    extended: bool
    state: str
    created_at: datetime
    created_by: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    closed_at: datetime | None
    closed_by: str | None
    closing: str | None
    closing_note: str | None
    answer_id: int | None
    answer_number: str | None
    notes: tuple[NoteView, ...] = ()

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True, kw_only=True)
class DerivationFilter:
    unit: str | None = None
    document_id: int | None = None
    open_only: bool = False
    with_notes: bool = False


def derive(
    db: Database,
    ref: str,
    items: Sequence[NewDerivation],
    *,
    actor: Actor,
    visibility: Visibility,
) -> list[DerivationView]:
    """Derive the document ``ref`` names to each unit of ``items``, in one transaction."""
    now = datetime.now(UTC)
    with db.write() as session:
        doc = resolve(session, ref, visibility)
        rows = [_add(session, doc.id, item, parent_id=None, actor=actor, now=now) for item in items]
        return [_view(session, r) for r in rows]


def rederive(
    db: Database, derivation_id: int, item: NewDerivation, *, actor: Actor, reason: str
) -> DerivationView:
    """Send an open derivation on: it closes as «rederivada» and the new one starts, in one
    transaction (never one without the other)."""
    now = datetime.now(UTC)
    with db.write() as session:
        old = _open_row(session, derivation_id)
        _close(session, old, actor=actor, closing="rederivada", note=reason, at=now)
        row = _add(session, old.document_id, item, parent_id=old.id, actor=actor, now=now)
        return _view(session, row)


def _add(
    session: Session,
    document_id: int,
    item: NewDerivation,
    *,
    parent_id: int | None,
    actor: Actor,
    now: datetime,
) -> Derivation:
    """One new derivation and its «derivado» event, inside the caller's transaction."""
    row = Derivation(
        document_id=document_id,
        parent_id=parent_id,
        unit=item.unit,
        person=item.person,
        instruction=item.instruction,
        providencia=item.providencia,
        plazo_days=item.plazo_days,
        plazo_source=item.plazo_source,
        due_on=item.due_on,
        extended=item.extended,
        state="pendiente",
        created_at=now,
        created_by=actor.login,
    )
    session.add(row)
    session.flush()
    append_event(
        session, actor=actor, action="derivado", document_id=document_id,
        detail=_detail(row), at=now,
    )  # fmt: skip
    return row


def acknowledge(db: Database, derivation_id: int, *, actor: Actor) -> DerivationView:
    """The acuse de recibo: who and when (a second acknowledgement changes nothing)."""
    with db.write() as session:
        row = _open_row(session, derivation_id)
        if row.acknowledged_at is None:
            row.acknowledged_at = datetime.now(UTC)
            row.acknowledged_by = actor.login
            row.state = "recibida"
            append_event(
                session,
                actor=actor,
                action="derivacion_recibida",
                document_id=row.document_id,
                detail={"derivacion": row.id, "unidad": row.unit},
                at=row.acknowledged_at,
            )
        return _view(session, row)


def add_note(db: Database, derivation_id: int, text: str, *, actor: Actor) -> DerivationView:
    with db.write() as session:
        row = _row(session, derivation_id)
        now = datetime.now(UTC)
        session.add(DerivationNote(derivation_id=row.id, at=now, actor=actor.login, text=text))
        append_event(
            session,
            actor=actor,
            action="nota_agregada",
            document_id=row.document_id,
            detail={"derivacion": row.id, "nota": text},
            at=now,
        )
        session.flush()
        return _view(session, row)


def close_derivation(
    db: Database,
    derivation_id: int,
    *,
    actor: Actor,
    closing: str,
    note: str | None = None,
    answer_id: int | None = None,
) -> DerivationView:
    """Close an open derivation: ``respondida`` (with the answer's id) or ``nota``."""
    if closing not in ("respondida", "nota"):
        raise ValueError(f"cierre desconocido {closing!r}")
    with db.write() as session:
        row = _open_row(session, derivation_id)
        _close(session, row, actor=actor, closing=closing, note=note, answer_id=answer_id)
        return _view(session, row)


def _close(
    session: Session,
    row: Derivation,
    *,
    actor: Actor,
    closing: str,
    note: str | None,
    answer_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """Close ``row`` and record it, inside the caller's transaction."""
    row.state = "rederivada" if closing == "rederivada" else "cerrada"
    row.closing, row.closing_note, row.answer_id = closing, note, answer_id
    row.closed_at, row.closed_by = at or datetime.now(UTC), actor.login
    detail = {"derivacion": row.id, "unidad": row.unit, "cierre": closing}
    if note:
        detail["nota"] = note
    if answer_id is not None:
        detail["respuesta"] = registration_entry(session, answer_id).registry_number
    append_event(
        session,
        actor=actor,
        action="derivacion_cerrada",
        document_id=row.document_id,
        detail=detail,
        at=row.closed_at,
    )


def extend_deadline(
    db: Database, derivation_id: int, due_on: date, *, actor: Actor
) -> DerivationView:
    """The one extension a plazo allows (Ley 20.285 art. 14)."""
    with db.write() as session:
        row = _open_row(session, derivation_id)
        if row.extended:
            raise StateConflict("El plazo de esta derivación ya fue prorrogado una vez.")
        before = row.due_on
        row.due_on, row.extended = due_on, True
        append_event(
            session,
            actor=actor,
            action="plazo_prorrogado",
            document_id=row.document_id,
            detail={
                "derivacion": row.id,
                "antes": before.isoformat() if before else None,
                "despues": due_on.isoformat(),
            },
        )
        return _view(session, row)


def find_derivation(db: Database, derivation_id: int) -> DerivationView:
    with db.read() as session:
        return _view(session, _row(session, derivation_id), notes=True)


def list_derivations(
    db: Database, where: DerivationFilter, *, visibility: Visibility, limit: int = 500
) -> list[DerivationView]:
    """Derivations (oldest plazo first, then newest), reserved documents per ``visibility``:
    one query for the rows with their documents and numbers, one per thousand for notes."""
    query = _query(where).where(visibility.clause()).limit(limit)
    with db.read() as session:
        found = session.execute(query).all()
        notes = _notes_of(session, [r[0].id for r in found]) if where.with_notes else {}
        return [
            _view_of(row, doc, number, _seen(visibility, answer, reply), notes.get(row.id, ()))
            for row, doc, number, answer, reply in found
        ]


def _seen(visibility: Visibility, number: str | None, reply: Document | None) -> str | None:
    """The answer's number, unless the answer is reserved from this reader."""
    if number is None or reply is None:
        return None
    if visibility.sees(reserved=reply.reserved, doc_type=reply.doc_type, unit=reply.unit):
        return number
    return None


_ANSWER = aliased(RegistryEntry)
_REPLY = aliased(Document)


def _query(where: DerivationFilter) -> Any:
    query = (
        select(Derivation, Document, RegistryEntry.registry_number, _ANSWER.registry_number, _REPLY)
        .join(Document, Document.id == Derivation.document_id)
        .join(
            RegistryEntry,
            (RegistryEntry.document_id == Document.id) & (RegistryEntry.kind == "registro"),
        )
        .outerjoin(
            _ANSWER, (_ANSWER.document_id == Derivation.answer_id) & (_ANSWER.kind == "registro")
        )
        .outerjoin(_REPLY, _REPLY.id == Derivation.answer_id)
    )
    if where.unit is not None:
        query = query.where(Derivation.unit == where.unit)
    if where.document_id is not None:
        query = query.where(Derivation.document_id == where.document_id)
    if where.open_only:
        query = query.where(Derivation.state.in_(OPEN_STATES))
    if where.document_id is not None:
        return query.order_by(Derivation.id)
    return query.order_by(Derivation.due_on.is_(None), Derivation.due_on, Derivation.id.desc())


def _row(session: Session, derivation_id: int) -> Derivation:
    row = session.get(Derivation, derivation_id)
    if row is None:
        raise RecordNotFound(f"No existe la derivación {derivation_id}.")
    return row


def _open_row(session: Session, derivation_id: int) -> Derivation:
    row = _row(session, derivation_id)
    if row.state not in OPEN_STATES:
        raise StateConflict(
            f"La derivación {row.id} ({row.unit}) ya está {row.state}: no admite esta acción."
        )
    return row


def _view(session: Session, row: Derivation, *, notes: bool = False) -> DerivationView:
    doc = session.get(Document, row.document_id)
    assert doc is not None
    number = registration_entry(session, doc.id).registry_number
    answer = None
    if row.answer_id is not None:
        answer = registration_entry(session, row.answer_id).registry_number
    loaded = _notes_of(session, [row.id]).get(row.id, ()) if notes else ()
    return _view_of(row, doc, number, answer, loaded)


def _view_of(
    row: Derivation,
    doc: Document,
    number: str,
    answer_number: str | None,
    notes: tuple[NoteView, ...],
) -> DerivationView:
    return DerivationView(
        id=row.id,
        document_id=doc.id,
        registry_number=number,
        doc_type=doc.doc_type,
        subject=doc.subject,
        sender=doc.sender_org or doc.sender,
        restricted=bool(doc.reserved or doc.doc_type == "oficio_reservado"),
        received_at=doc.received_at,
        parent_id=row.parent_id,
        unit=row.unit,
        person=row.person,
        instruction=row.instruction,
        providencia=row.providencia,
        plazo_days=row.plazo_days,
        plazo_source=row.plazo_source,
        due_on=row.due_on,
        extended=row.extended,
        state=row.state,
        created_at=row.created_at,
        created_by=row.created_by,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        closing=row.closing,
        closing_note=row.closing_note,
        answer_id=row.answer_id,
        answer_number=answer_number,
        notes=notes,
    )


def _notes_of(session: Session, ids: list[int]) -> dict[int, tuple[NoteView, ...]]:
    found: dict[int, list[NoteView]] = {}
    for start in range(0, len(ids), 1000):  # within any database's limit of parameters
        rows = session.scalars(
            select(DerivationNote)
            .where(DerivationNote.derivation_id.in_(ids[start : start + 1000]))
            .order_by(DerivationNote.id)
        ).all()
        for n in rows:
            found.setdefault(n.derivation_id, []).append(
                NoteView(at=n.at, actor=n.actor, text=n.text)
            )
    return {k: tuple(v) for k, v in found.items()}


def _detail(row: Derivation) -> dict[str, object]:
    detail: dict[str, object] = {
        "derivacion": row.id,
        "unidad": row.unit,
        "instruccion": row.instruction,
        "plazo_dias": row.plazo_days,
        "vence": row.due_on.isoformat() if row.due_on else None,
    }
    if row.person:
        detail["persona"] = row.person
    if row.providencia:
        detail["providencia"] = row.providencia
    if row.parent_id:
        detail["rederivada_de"] = row.parent_id
    return detail


def answered_entries(db: Database, registry_numbers: Sequence[str]) -> dict[str, int]:
    """Registry numbers → document ids, for the ANT. of an outgoing oficio."""
    if not registry_numbers:
        return {}
    entry = aliased(RegistryEntry)
    with db.read() as session:
        rows = session.execute(
            select(entry.registry_number, entry.document_id).where(
                entry.registry_number.in_(registry_numbers), entry.kind == "registro"
            )
        ).all()
    return {number: doc_id for number, doc_id in rows}


def documents_numbered(
    db: Database, numbers: Sequence[str], *, doc_date: date | None, visibility: Visibility
) -> set[int]:
    """Received documents bearing one of the sender's ``numbers`` (and ``doc_date``, when
    the citation gives one)."""
    if not numbers:
        return set()
    query = select(Document.id).where(
        Document.direction == "entrada", Document.doc_number.in_(numbers), visibility.clause()
    )
    if doc_date is not None:
        query = query.where(Document.doc_date == doc_date)
    with db.read() as session:
        return set(session.scalars(query).all())


def open_counts(
    db: Database, *, today: date, soon_until: date, visibility: Visibility
) -> dict[str, dict[str, int]]:
    """Open derivations per unit by how their plazo stands, counted by the database."""
    standing = case(
        (Derivation.due_on.is_(None), "sin_plazo"),
        (Derivation.due_on < today, "vencida"),
        (Derivation.due_on <= soon_until, "por_vencer"),
        else_="en_plazo",
    )
    query = (
        select(Derivation.unit, standing, func.count())
        .join(Document, Document.id == Derivation.document_id)
        .where(Derivation.state.in_(OPEN_STATES), visibility.clause())
        .group_by(Derivation.unit, standing)
    )
    counts: dict[str, dict[str, int]] = {}
    with db.read() as session:
        for unit, which, n in session.execute(query).all():
            counts.setdefault(unit, {})[which] = n
    return counts
