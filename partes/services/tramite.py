"""Distribución: a clerk derives a registered document to units with a providencia and a
plazo; the unit acknowledges, annotates, sends on, answers or closes it.

A person bound to a unit (role «unidad», or «alcaldia» with a unit) acts only on what was
derived to that unit; the Oficina de Partes acts on any derivation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import archive
from archive import (
    Actor,
    DerivationFilter,
    DerivationView,
    DocumentRecord,
    NewDerivation,
    StateConflict,
    find_user,
    record_event,
)
from partes.errors import UsageError
from partes.services._access import allowed, refusal, require, visibility
from partes.services._answers import cited_entries
from partes.services.intake import register_outgoing
from partes.services.reading import find_visible
from partes.wiring import App
from pipeline import Outcome
from tramite import WorkCalendar, add_business_days, days_for, deadline_in_text, due_date

INSTRUCTION_NAMES = {
    "conocimiento": "Para conocimiento",
    "informe": "Para informe",
    "respuesta": "Para respuesta",
    "tramitacion": "Para tramitación",
    "archivo": "Para archivo",
    "otra": "Otra (providencia)",
}
INSTRUCTIONS = tuple(INSTRUCTION_NAMES)
_UNIT_BOUND = ("unidad", "alcaldia")


@dataclass(frozen=True, kw_only=True)
class Plazo:
    """The plazo a derivation would get: from the table, or written in the document."""

    days: int | None
    business: bool
    source: str  # tabla | documento | indicado
    due_on: date | None
    phrase: str = ""


def work_calendar(app: App) -> WorkCalendar:
    tramite = app.config.tramite
    return WorkCalendar(
        region=app.config.municipality.region or None,
        closing=tramite.closing,
        closed_days=tramite.closed_dates,
    )


def propose_plazo(
    app: App,
    *,
    record: DocumentRecord,
    instruction: str,
    text: str,
    days: int | None = None,
    now: datetime | None = None,
) -> Plazo:
    """The document's own plazo wins over the table's; ``days`` (indicated) over both."""
    _check_instruction(instruction)
    calendar = work_calendar(app)
    now = now or datetime.now(archive.LOCAL_TZ)
    if days is not None:
        if not 0 < days <= 365:
            raise UsageError("El plazo indicado debe estar entre 1 y 365 días hábiles.")
        return Plazo(
            days=days, business=True, source="indicado", due_on=due_date(calendar, now, days)
        )
    received = record.received_at.astimezone(archive.LOCAL_TZ)
    legal = record.doc_type == "solicitud_transparencia"  # Ley 20.285 fixes it, not the text
    written = deadline_in_text(text) if instruction != "archivo" and not legal else None
    if written is not None:
        if written.business:
            due = due_date(calendar, received, written.days)
        else:
            due = _calendar_days(calendar, received.date(), written.days)
        return Plazo(
            days=written.days,
            business=written.business,
            source="documento",
            due_on=due,
            phrase=written.phrase,
        )
    table = app.config.tramite.plazos.table()
    if instruction == "otra":
        return Plazo(days=None, business=True, source="tabla", due_on=None)
    found = days_for(instruction, doc_type=record.doc_type, table=table)
    if found is None:
        return Plazo(days=None, business=True, source="tabla", due_on=None)
    start = received if record.doc_type == "solicitud_transparencia" else now
    return Plazo(days=found, business=True, source="tabla", due_on=due_date(calendar, start, found))


def _calendar_days(calendar: WorkCalendar, start: date, days: int) -> date:
    """Días corridos; a plazo ending on a día inhábil moves to the next hábil (art. 25)."""
    day = start + timedelta(days=days)
    return day if calendar.is_business_day(day) else add_business_days(calendar, day, 1)


def derive(
    app: App,
    *,
    actor: Actor,
    ref: str,
    units: Sequence[str],
    instruction: str,
    person: str | None = None,
    providencia: str = "",
    days: int | None = None,
) -> list[DerivationView]:
    """Derive a registered document to each of ``units`` (the plazo per ``propose_plazo``)."""
    require(app, actor, "derivacion.derivar")
    record = find_visible(app, actor, ref)
    _check_units(app, units)
    _check_instruction(instruction)
    if instruction == "otra" and not providencia.strip():
        raise UsageError("Una derivación con instrucción «otra» necesita la providencia escrita.")
    if person is not None:
        _check_person(app, person, units)
    text = "\n".join(archive.document_text(app.services.db, record.id))
    plazo = propose_plazo(app, record=record, instruction=instruction, text=text, days=days)
    items = [
        NewDerivation(
            unit=unit,
            instruction=instruction,
            person=person,
            providencia=providencia.strip(),
            plazo_days=plazo.days,
            plazo_source=plazo.source,
            due_on=plazo.due_on,
        )
        for unit in dict.fromkeys(units)
    ]
    return archive.derive(
        app.services.db, record.registry_number, items, actor=actor, visibility=visibility(actor)
    )


def derivations_of(app: App, *, actor: Actor, ref: str) -> list[DerivationView]:
    """The whole path of one document (with notes), for its page and its expediente."""
    require(app, actor, "documento.ver")
    record = find_visible(app, actor, ref)
    return archive.list_derivations(
        app.services.db,
        DerivationFilter(document_id=record.id, with_notes=True),
        visibility=visibility(actor),
    )


def bandeja(
    app: App, *, actor: Actor, unit: str | None = None, include_closed: bool = False
) -> list[DerivationView]:
    """What was derived to a unit: a person bound to a unit sees their own unit's."""
    require(app, actor, "unidad.bandeja")
    which = _unit_of(app, actor, unit)
    return archive.list_derivations(
        app.services.db,
        DerivationFilter(unit=which, open_only=not include_closed, with_notes=True),
        visibility=visibility(actor),
    )


def target(
    app: App,
    *,
    actor: Actor,
    ref: str | None = None,
    derivation_id: int | None = None,
    unit: str | None = None,
) -> DerivationView:
    """The one open derivation an action is about: by its id, or the document's open one
    for the actor's unit (or ``unit``); several open ones ask for ``unit``."""
    db = app.services.db
    if derivation_id is not None:
        found = archive.find_derivation(db, derivation_id)
        find_visible(app, actor, found.registry_number)
        _check_bound(app, actor, found)
        return found
    if ref is None:
        raise UsageError("Indique el documento o la derivación.")
    record = find_visible(app, actor, ref)
    which = unit or (actor.unit if actor.role in _UNIT_BOUND else None)
    candidates = archive.list_derivations(
        db,
        DerivationFilter(document_id=record.id, unit=which, open_only=True),
        visibility=visibility(actor),
    )
    if not candidates:
        where = f" a «{which}»" if which else ""
        raise StateConflict(f"{record.registry_number} no tiene derivaciones abiertas{where}.")
    if len({c.unit for c in candidates}) > 1:
        units = ", ".join(sorted({c.unit for c in candidates}))
        raise UsageError(
            f"{record.registry_number} está derivado a varias unidades ({units}): "
            "indique la unidad (--unit en la línea de comandos) o la derivación."
        )
    _check_bound(app, actor, candidates[-1])
    return candidates[-1]


def acknowledge(app: App, *, actor: Actor, **which: object) -> DerivationView:
    """The acuse de recibo of the unit."""
    require(app, actor, "derivacion.recibir")
    found = target(app, actor=actor, **which)  # type: ignore[arg-type]
    return archive.acknowledge(app.services.db, found.id, actor=actor)


def add_note(app: App, *, actor: Actor, text: str, **which: object) -> DerivationView:
    require(app, actor, "derivacion.anotar")
    if not text.strip():
        raise UsageError("La nota está vacía.")
    found = target(app, actor=actor, **which)  # type: ignore[arg-type]
    return archive.add_note(app.services.db, found.id, text.strip(), actor=actor)


def rederive(
    app: App,
    *,
    actor: Actor,
    to_unit: str,
    reason: str,
    instruction: str | None = None,
    person: str | None = None,
    **which: object,
) -> DerivationView:
    """Send on, inside the unit (to a person) or to another unit, with the reason."""
    require(app, actor, "derivacion.rederivar")
    if not reason.strip():
        raise UsageError("Indique el motivo de la nueva derivación.")
    found = target(app, actor=actor, **which)  # type: ignore[arg-type]
    _check_units(app, [to_unit])
    if person is not None:
        _check_person(app, person, [to_unit])
    if found.restricted and to_unit != found.unit and not allowed(actor.role, "reservados.ver"):
        # a reserved document reaches another unit only through the Oficina de Partes
        raise refusal(actor, "reservados.ver")
    item = NewDerivation(
        unit=to_unit,
        person=person,
        instruction=instruction or found.instruction,
        providencia=reason.strip(),
        plazo_days=found.plazo_days,
        plazo_source=found.plazo_source,
        due_on=found.due_on,  # the plazo runs on: sending on does not restart it
        extended=found.extended,
    )
    return archive.rederive(app.services.db, found.id, item, actor=actor, reason=reason.strip())


def answer(
    app: App,
    *,
    actor: Actor,
    with_ref: str,
    ref: str | None = None,
    unit: str | None = None,
    derivation_id: int | None = None,
) -> DerivationView:
    """Link a registered outgoing document as the answer; the derivation closes."""
    require(app, actor, "derivacion.responder")
    reply = find_visible(app, actor, with_ref)
    if reply.direction == "entrada":
        raise UsageError(
            f"{reply.registry_number} es un documento recibido; la respuesta es un documento "
            "de salida o interno registrado."
        )
    found = target(app, actor=actor, ref=ref, unit=unit, derivation_id=derivation_id)
    if reply.id == found.document_id:
        raise UsageError("Un documento no puede ser su propia respuesta.")
    return archive.close_derivation(
        app.services.db, found.id, actor=actor, closing="respondida", answer_id=reply.id
    )


def register_answer(
    app: App, *, actor: Actor, file: Path, **which: object
) -> tuple[Outcome, DerivationView]:
    """The unit registers its answer (an outgoing document, signed later by the
    Secretario if it is an oficio) and the derivation closes with it."""
    require(app, actor, "respuesta.registrar")
    found = target(app, actor=actor, **which)  # type: ignore[arg-type]
    (outcome,) = register_outgoing(app, actor, file)
    if outcome.status == "quarantined" or outcome.registry_number is None:
        raise UsageError(
            f"La respuesta no se pudo registrar: {outcome.error or 'archivo ilegible'}",
            "Quedó en cuarentena; revise el archivo y vuelva a subirlo.",
        )
    closed = answer(app, actor=actor, with_ref=outcome.registry_number, derivation_id=found.id)
    return outcome, closed


def close(
    app: App, *, actor: Actor, note: str, ref: str | None = None, **which: object
) -> DerivationView:
    """Close without an answer: «tomó conocimiento», «archivado», with the note."""
    require(app, actor, "derivacion.cerrar")
    if not note.strip():
        raise UsageError("Cerrar sin respuesta requiere una nota (p. ej. «tomó conocimiento»).")
    found = target(app, actor=actor, ref=ref, **which)  # type: ignore[arg-type]
    return archive.close_derivation(
        app.services.db, found.id, actor=actor, closing="nota", note=note.strip()
    )


def extend(app: App, *, actor: Actor, **which: object) -> DerivationView:
    """The one extension of 10 días hábiles of a transparency request (Ley 20.285 art. 14)."""
    require(app, actor, "derivacion.derivar")
    found = target(app, actor=actor, **which)  # type: ignore[arg-type]
    if found.doc_type != "solicitud_transparencia" or found.due_on is None:
        raise UsageError("Solo el plazo de una solicitud de transparencia se puede prorrogar.")
    due = add_business_days(work_calendar(app), found.due_on, 10)
    return archive.extend_deadline(app.services.db, found.id, due, actor=actor)


def answer_candidates(app: App, *, actor: Actor, ref: str) -> list[DocumentRecord]:
    """Received documents an outgoing one says it answers (its ANT.), still open."""
    require(app, actor, "documento.ver")
    record = find_visible(app, actor, ref)
    if record.direction == "entrada" or not record.antecedents:
        return []
    return cited_entries(app, actor, record)


def _unit_of(app: App, actor: Actor, unit: str | None) -> str | None:
    if actor.role in _UNIT_BOUND and actor.unit:
        if unit not in (None, actor.unit):
            raise refusal(actor, "unidad.bandeja")
        return actor.unit
    if unit is not None:
        _check_units(app, [unit])
    return unit


def _check_bound(app: App, actor: Actor, found: DerivationView) -> None:
    """A person of a unit's role acts only on what reached their unit (recorded refusal);
    without a unit, on none."""
    if actor.role in _UNIT_BOUND and found.unit != actor.unit:
        record_event(
            app.services.db,
            actor=actor,
            action="acceso_denegado",
            document_id=found.document_id,
            detail={"permiso": "derivacion", "derivacion": found.id},
        )
        raise refusal(actor, f"derivación a {found.unit}")


def _check_units(app: App, units: Sequence[str]) -> None:
    known = {u.code for u in app.config.units}
    if not units:
        raise UsageError("Indique al menos una unidad.")
    for unit in units:
        if unit not in known:
            raise UsageError(
                f"La unidad «{unit}» no está configurada (unidades: {', '.join(sorted(known))})."
            )


def _check_person(app: App, login: str, units: Sequence[str]) -> None:
    user = find_user(app.services.db, login)
    if user is None or not user.active:
        raise UsageError(f"No hay un usuario activo «{login}».")
    if user.unit not in units:
        raise UsageError(f"«{login}» no pertenece a la unidad {', '.join(units)}.")


def _check_instruction(instruction: str) -> None:
    if instruction not in INSTRUCTIONS:
        raise UsageError(
            f"Instrucción desconocida «{instruction}» (use una de: {', '.join(INSTRUCTIONS)})."
        )
