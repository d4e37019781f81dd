"""What a page shows, prepared in Python: templates only place these values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from archive import Actor, DocumentRecord, EventView
from index import SearchHit
from partes import services
from partes.formats import DIRECTION_NAMES, local_date, local_time, percent, type_name

# (label, address, the permission that shows it)
_NAV = (
    ("Buscar", "/buscar", "documento.buscar"),
    ("Libro de registro", "/libro", "libro.ver"),
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
