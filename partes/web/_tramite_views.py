"""What the distribution pages show, prepared in Python: templates only place these."""

from __future__ import annotations

from typing import Any

from archive import DerivationView, DocumentRecord
from partes import services
from partes.formats import local_date, local_time, type_name
from partes.services import Expediente, PlazoLine, UnitPlazos

STATE_NAMES = {
    "pendiente": "Pendiente de recibir",
    "recibida": "Recibida",
    "cerrada": "Cerrada",
    "rederivada": "Derivada nuevamente",
}
SOURCE_NAMES = {"tabla": "", "documento": " (plazo del documento)", "indicado": " (indicado)"}
RESERVED = "(documento reservado)"


def derivation_view(d: DerivationView, *, standing: str = "") -> dict[str, Any]:
    closing = ""
    if d.closing == "respondida":
        closing = f"Respondida con {d.answer_number}"
    elif d.closing_note:
        closing = d.closing_note
    return {
        "id": d.id,
        "number": d.registry_number,
        "url": f"/documentos/{d.registry_number}",
        "type": type_name(d.doc_type),
        "subject": d.subject or "(sin materia)",
        "sender": d.sender or "—",
        "unit": d.unit,
        "person": d.person or "",
        "instruction": services.INSTRUCTION_NAMES.get(d.instruction, d.instruction),
        "providencia": d.providencia,
        "due": local_date(d.due_on) + SOURCE_NAMES.get(d.plazo_source, ""),
        "state": STATE_NAMES.get(d.state, d.state),
        "open": d.open,
        "acknowledged": bool(d.acknowledged_at),
        "derived": f"{local_time(d.created_at)} por {d.created_by}",
        "received": f"{local_time(d.acknowledged_at)} por {d.acknowledged_by}"
        if d.acknowledged_at
        else "",
        "closing": closing,
        "notes": [{"at": local_time(n.at), "who": n.actor, "text": n.text} for n in d.notes],
        "standing": standing,
        "standing_name": services.STANDINGS.get(standing, ""),
        "transparency": d.doc_type == "solicitud_transparencia" and not d.extended,
    }


def plazo_view(line: PlazoLine) -> dict[str, Any]:
    view = derivation_view(line.derivation, standing=line.standing)
    if line.derivation.restricted:
        view["subject"] = RESERVED
    left = line.days_left
    view["left"] = (
        "—"
        if left is None
        else (f"{-left} días hábiles de atraso" if left < 0 else f"{left} días hábiles")
    )
    return view


def expediente_view(made: Expediente) -> dict[str, Any]:
    return {
        "identifier": made.identifier,
        "number": made.record.registry_number,
        "subject": made.record.subject or "(sin materia)",
        "steps": [{"at": local_time(s.at), "what": s.what, "who": s.who} for s in made.steps],
        "pieces": [
            {
                "order": p.order,
                "title": p.title,
                "at": local_time(p.incorporated_at),
                "sha256": p.sha256,
                "url": f"/documentos/{p.registry_number}",
            }
            for p in made.pieces
        ],
        "derivations": [derivation_view(d) for d in made.derivations],
    }


def candidate_view(record: DocumentRecord) -> dict[str, str]:
    return {
        "number": record.registry_number,
        "url": f"/documentos/{record.registry_number}",
        "subject": record.subject or "(sin materia)",
    }


def unit_plazos_view(u: UnitPlazos) -> dict[str, Any]:
    people = "; ".join(
        f"{person or 'sin persona'}: {counts.get('vencida', 0)} vencidas, "
        f"{counts.get('por_vencer', 0)} por vencer"
        for person, counts in sorted(u.people.items())
    )
    return {
        "name": u.name,
        "overdue": u.counts.get("vencida", 0),
        "soon": u.counts.get("por_vencer", 0),
        "on_time": u.counts.get("en_plazo", 0),
        "none": u.counts.get("sin_plazo", 0),
        "people": people,
    }
