"""What a page shows, prepared in Python: templates only place these values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from archive import Actor, DocumentRecord, EventView, QuarantineItem, UserView
from index import SearchHit
from partes import services
from partes.formats import (
    DIRECTION_NAMES,
    STATUS_NAMES,
    local_date,
    local_time,
    percent,
    type_name,
)
from partes.services import SignedOficio, StationStatus
from pipeline import Outcome, Unit
from pipeline.vocabulary import DOC_TYPES

# (label, address, the permission that shows it)
_NAV = (
    ("Inicio", "/", "documento.buscar"),
    ("Recepción", "/recepcion", "documento.registrar"),
    ("Ingresar", "/subir", "documento.registrar"),
    ("Bandeja", "/bandeja", "unidad.bandeja"),
    ("Plazos", "/plazos", "plazos.ver"),
    ("Buscar", "/buscar", "documento.buscar"),
    ("Libro", "/libro", "libro.ver"),
    ("Firmas", "/firmas", "firma.cola"),
    ("Cuarentena", "/cuarentena", "cuarentena.ver"),
    ("Estaciones", "/estaciones", "estaciones.ver"),
    ("Auditoría", "/auditoria", "eventos.ver"),
    ("Usuarios", "/usuarios", "usuarios.ver"),
)
ROLE_NAMES = {
    "oficina_partes": "Oficina de Partes",
    "unidad": "Unidad",
    "secretario": "Secretario Municipal",
    "alcaldia": "Alcaldía",
    "auditor": "Auditoría",
    "admin": "Administración",
}


@dataclass(frozen=True)
class Row:
    label: str
    value: str


def page(actor: Actor | None, title: str, csrf: str, **values: Any) -> dict[str, Any]:
    """The values every page's frame needs, plus the page's own."""
    nav = []
    person = ""
    if actor is not None:
        nav = [(label, url) for label, url, perm in _NAV if services.allowed(actor.role, perm)]
        unit = f", {actor.unit}" if actor.unit else ""
        person = f"{actor.name or actor.login} ({ROLE_NAMES.get(actor.role, actor.role)}{unit})"
    return {"title": title, "nav": nav, "person": person, "csrf": csrf, **values}


def hit_view(hit: SearchHit) -> dict[str, str]:
    return {
        "number": hit.registry_number,
        "url": f"/documentos/{hit.registry_number}",
        "type": type_name(hit.doc_type),
        "date": local_date(hit.doc_date),
        "subject": hit.subject or "(sin materia)",
        "snippet": hit.snippet,
    }


def book_view(record: DocumentRecord) -> dict[str, str]:
    return {
        "number": record.registry_number,
        "url": f"/documentos/{record.registry_number}",
        "type": type_name(record.doc_type),
        "date": local_date(record.doc_date),
        "received": local_time(record.registered_at),
        "subject": record.subject or "—",
        "review": "por revisar" if record.review == "por_revisar" else "",
    }


def record_rows(record: DocumentRecord) -> list[Row]:
    confidence = (
        f"tipo {percent(record.type_confidence)}, unidad {percent(record.unit_confidence)}"
        if record.type_confidence is not None
        else "—"
    )
    return [
        Row("N° de registro", record.registry_number),
        Row("Tipo", type_name(record.doc_type)),
        Row("Dirección", DIRECTION_NAMES.get(record.direction, record.direction)),
        Row("Unidad", record.unit or "sin asignar"),
        Row("Remitente", record.sender or "—"),
        Row("Organización", record.sender_org or "—"),
        Row("Destinatario", record.recipient or "—"),
        Row("Materia", record.subject or "—"),
        Row("Antecedentes", record.antecedents or "—"),
        Row("N° del documento", record.doc_number or "—"),
        Row("Fecha del documento", local_date(record.doc_date)),
        Row("Reservado", "sí" if record.reserved else "no"),
        Row("Confianza", confidence),
        Row("Páginas", f"{record.pages} ({record.ocr_pages} con OCR)"),
        Row("Recibido", f"{local_time(record.received_at)} en la estación {record.station}"),
        Row("Archivo original", record.original_name),
    ]


FILE_NAMES = {
    "original": "Original",
    "searchable": "Copia buscable (PDF/A)",
    "stamped": "Copia timbrada",
    "certificate": "Certificado de presentación",
    "pdfa": "Copia PDF/A para firma",
    "signed": "Oficio firmado",
    "lote_original": "Escaneo completo del lote",
}


def file_views(record: DocumentRecord) -> list[dict[str, str]]:
    return [
        {
            "name": FILE_NAMES.get(f.role, f.role),
            "url": f"/documentos/{record.registry_number}/archivos/{f.role}",
            "sha256": f.sha256,
            "size": f"{f.size:,}".replace(",", "."),
        }
        for f in record.files
    ]


def event_views(events: tuple[EventView, ...] | list[EventView]) -> list[dict[str, str]]:
    return [
        {
            "at": local_time(e.at),
            "document": e.registry_number or "",
            "action": e.action.replace("_", " "),
            "who": f"{e.actor} ({ROLE_NAMES.get(e.role, e.role or '—')}, {e.channel or '—'})",
        }
        for e in events
    ]


def viewer_url(record: DocumentRecord) -> str | None:
    """The PDF the page shows: the stamped copy, the searchable copy, or the original."""
    roles = {f.role for f in record.files}
    for role in ("signed", "stamped", "searchable"):
        if role in roles:
            return f"/documentos/{record.registry_number}/archivos/{role}?ver=1"
    if record.media_type == "application/pdf":
        return f"/documentos/{record.registry_number}/archivos/original?ver=1"
    return None


def desk_view(record: DocumentRecord) -> dict[str, str]:
    return book_view(record) | {
        "confidence": f"tipo {percent(record.type_confidence)} · unidad "
        f"{percent(record.unit_confidence)}",
        "unit": record.unit or "sin unidad",
        "direction": DIRECTION_NAMES.get(record.direction, record.direction),
    }


def outcome_view(outcome: Outcome) -> dict[str, str]:
    name = Path(outcome.source).name
    if outcome.status == "quarantined":
        text = f"{name}: en cuarentena. {outcome.error or ''}".strip()
    elif outcome.status == "duplicate":
        text = f"{name}: ya estaba registrado como {outcome.registry_number}"
    else:
        text = f"{name}: registrado como {outcome.registry_number} ({type_name(outcome.doc_type)})"
    url = f"/documentos/{outcome.registry_number}" if outcome.registry_number else ""
    return {"text": text, "status": STATUS_NAMES.get(outcome.status, outcome.status), "url": url}


def quarantine_view(item: QuarantineItem) -> dict[str, str]:
    return {"id": item.id, "at": local_time(item.at), "reason": item.reason}


def station_view(status: StationStatus) -> dict[str, Any]:
    counts = ", ".join(f"{n} {STATUS_NAMES.get(s, s)}" for s, n in status.session_counts.items())
    return {
        "code": status.station,
        "in_inbox": status.in_inbox,
        "in_process": status.in_process,
        "quarantined": status.quarantined,
        "session": counts or "ninguno",
        "last": [
            f"{r['registry_number']} {type_name(r['doc_type'])} {r['subject'] or ''}".strip()
            for r in status.last_registered
        ],
        "errors": [str(e.get("message", "")) for e in status.errors[-5:]],
    }


def pager(base: str, current: int, total: int, size: int) -> list[tuple[str, str, bool]]:
    """(text, address, is the current page) for a list of ``total`` items."""
    last = max(1, (total + size - 1) // size)
    shown = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    return [(str(n), f"{base}pagina={n}", n == current) for n in shown] if last > 1 else []


def signed_view(signed: SignedOficio) -> dict[str, str]:
    s = signed.signature
    return {
        "number": signed.registry_number,
        "code": s.code,
        "signer": s.signer,
        "level": s.level,
        "url": f"/documentos/{signed.registry_number}",
    }


EVENT_COLUMNS = ["fecha_utc", "actor", "rol", "canal", "accion", "documento", "detalle"]


def event_row(e: EventView) -> list[str]:
    import json

    detail = json.dumps(e.detail, ensure_ascii=False, sort_keys=True)
    return [e.at.isoformat(), e.actor, e.role, e.channel, e.action, e.registry_number or "", detail]


def person_view(user: UserView) -> dict[str, str]:
    return {
        "login": user.login,
        "name": user.full_name,
        "role": ROLE_NAMES.get(user.role, user.role),
        "role_code": user.role,
        "unit": user.unit or "",
        "state": "activo" if user.active else "desactivado",
    }


BOOK_COLUMNS = [
    "numero_registro",
    "serie",
    "anio",
    "numero",
    "tipo",
    "direccion",
    "fecha_documento",
    "ingreso",
    "remitente",
    "materia",
    "unidad",
    "sha256",
]


def book_row(r: DocumentRecord) -> list[str]:
    return [
        r.registry_number,
        r.series,
        str(r.year),
        str(r.number),
        r.doc_type,
        r.direction,
        r.doc_date.isoformat() if r.doc_date else "",
        r.registered_at.isoformat(),
        r.sender or "",
        r.subject or "",
        r.unit or "",
        r.sha256,
    ]


def correction_form(record: DocumentRecord, units: Sequence[Unit]) -> dict[str, Any]:
    """The labels as they are, and the choices, for the correction form."""
    return {
        "action": f"/documentos/{record.registry_number}/corregir",
        "types": [(code, type_name(code)) for code in DOC_TYPES],
        "type": record.doc_type,
        "units": [(u.code, u.name) for u in units],
        "unit": record.unit or "",
        "directions": list(DIRECTION_NAMES.items()),
        "direction": record.direction,
        "subject": record.subject or "",
        "sender": record.sender or "",
        "date": record.doc_date.isoformat() if record.doc_date else "",
        "reserved": record.reserved,
    }


def as_int(text: str | None) -> int | None:
    """A number typed in a form; an empty or wrong field is no filter."""
    value = (text or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 9 else None


def as_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None
