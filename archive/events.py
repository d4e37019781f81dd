"""Trazabilidad (DS 10/2023 arts. 11 and 37): every action and every access is an event.

Events are append-only (database triggers refuse UPDATE and DELETE) and each carries the
hash of the one before, so a deleted or edited event breaks the chain. They are written
inside the write transaction of the action they record, which holds the database's write
lock: the chain has one head at a time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from archive.book import ChainHead, chain_head
from archive.db import Database
from archive.models import Event

GENESIS = "0" * 64
# One statement built once, its values passed apart: SQLAlchemy compiles it once.
_INSERT = insert(cast(Table, Event.__table__))
_HEAD = select(Event.hash).order_by(Event.id.desc()).limit(1)
# Reading, not doing: kept in the chain and the audit log, left out of a document's page.
ACCESS_ACTIONS = (
    "consultado",
    "texto_consultado",
    "archivo_descargado",
    "certificado_entregado",
    "verificacion_publica",
    "busqueda",
    "exportado",
)
CHANNELS = ("cli", "web", "api", "watcher")


@dataclass(frozen=True, kw_only=True)
class Actor:
    """Who acts: a person (login), a station (``estacion:<code>``) or the local operator
    (``operador:<os login>``), with the role they act in and the door they came through."""

    login: str
    role: str
    channel: str
    unit: str | None = None
    name: str = ""


@dataclass(frozen=True, kw_only=True)
class EventView:
    id: int
    at: datetime
    actor: str
    role: str
    channel: str
    action: str
    document_id: int | None
    registry_number: str | None
    detail: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    document_id: int | None = None
    limit: int | None = None


def event_hash(
    prev_hash: str,
    *,
    at: datetime,
    actor: str,
    role: str,
    channel: str,
    action: str,
    document_id: int | None,
    detail: dict[str, Any],
) -> str:
    """SHA-256 of the canonical JSON of one event over the previous event's hash."""
    when = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
    body = {
        "prev": prev_hash,
        "at": when.isoformat(),
        "actor": actor,
        "role": role,
        "channel": channel,
        "action": action,
        "document": document_id,
        "detail": detail,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    actor: Actor,
    action: str,
    document_id: int | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Add one chained event inside the caller's write transaction (archive-internal).

    A plain INSERT, not an ORM object: an event is never read back in the transaction
    that writes it, and every page view writes one."""
    when = at or datetime.now(UTC)
    prev = session.scalar(_HEAD) or GENESIS
    values: dict[str, Any] = {
        "document_id": document_id,
        "at": when,
        "actor": actor.login,
        "role": actor.role,
        "channel": actor.channel,
        "action": action,
        "detail": canonical(detail or {}),
        "prev_hash": prev,
    }
    values["hash"] = event_hash(
        prev,
        at=when,
        actor=actor.login,
        role=actor.role,
        channel=actor.channel,
        action=action,
        document_id=document_id,
        detail=values["detail"],
    )
    session.execute(_INSERT, values)


def canonical(detail: dict[str, Any]) -> dict[str, Any]:
    """The detail as the JSON column gives it back (string keys, lists), so the hash
    computed now is the hash recomputed from the stored row."""
    value: dict[str, Any] = json.loads(json.dumps(detail, ensure_ascii=True))
    return value


def _seal(event: Event, prev_hash: str) -> str:
    """The hash an event must carry after ``prev_hash``."""
    return event_hash(
        prev_hash,
        at=event.at,
        actor=event.actor,
        role=event.role,
        channel=event.channel,
        action=event.action,
        document_id=event.document_id,
        detail=dict(event.detail or {}),
    )


def record_event(
    db: Database,
    *,
    actor: Actor,
    action: str,
    document_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Record one event in its own transaction (a read's record without an fsync)."""
    writing = db.write_light if action in ACCESS_ACTIONS else db.write
    with writing() as session:
        append_event(session, actor=actor, action=action, document_id=document_id, detail=detail)


def record_events(
    db: Database, *, actor: Actor, events: Sequence[tuple[str, int | None, dict[str, Any]]]
) -> None:
    """Record several events, each ``(action, document_id, detail)``, in one transaction
    (an export of a thousand documents is one fsync, and its events sit together)."""
    with db.write() as session:
        now = datetime.now(UTC)
        for action, document_id, detail in events:
            append_event(
                session,
                actor=actor,
                action=action,
                document_id=document_id,
                detail=detail,
                at=now,
            )


def list_events(db: Database, which: EventFilter = EventFilter()) -> list[EventView]:
    """Events oldest first (the newest ``limit`` when a limit is given)."""
    from archive.models import RegistryEntry

    query = select(Event, RegistryEntry.registry_number).outerjoin(
        RegistryEntry,
        (RegistryEntry.document_id == Event.document_id) & (RegistryEntry.kind == "registro"),
    )
    if which.actor:
        query = query.where(Event.actor == which.actor)
    if which.action:
        query = query.where(Event.action == which.action)
    if which.since:
        query = query.where(Event.at >= which.since)
    if which.until:
        query = query.where(Event.at < which.until)
    if which.document_id is not None:
        query = query.where(Event.document_id == which.document_id)
    query = query.order_by(Event.id.desc())
    if which.limit:
        query = query.limit(which.limit)
    with db.read() as session:
        rows = session.execute(query).all()
    return [event_view(event, number) for event, number in reversed(rows)]


def event_view(event: Event, registry_number: str | None) -> EventView:
    return EventView(
        id=event.id,
        at=event.at,
        actor=event.actor,
        role=event.role,
        channel=event.channel,
        action=event.action,
        document_id=event.document_id,
        registry_number=registry_number,
        detail=dict(event.detail or {}),
    )


def broken_links(db: Database) -> list[str]:
    """Spanish descriptions of every event whose hash or link does not hold (empty: intact)."""
    problems: list[str] = []
    prev = GENESIS
    with db.read() as session:
        for event in session.scalars(select(Event).order_by(Event.id)):
            expected = _seal(event, prev)
            if event.prev_hash != prev:
                problems.append(f"El evento {event.id} no sigue al anterior (cadena cortada).")
            elif event.hash != expected:
                problems.append(f"El evento {event.id} fue alterado (su huella no coincide).")
            prev = event.hash
    return problems


def event_head(db: Database, *, upto: int | None = None) -> ChainHead:
    """The events' head now, or after the first ``upto`` events."""
    return chain_head(db, Event.hash, upto=upto)
