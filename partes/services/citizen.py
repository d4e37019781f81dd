"""The citizen asks for the status of what they filed: with the registry number printed
on the certificado de presentación and their RUT (or the código de consulta printed on it),
the answer is only the status (received on, derived to which unit, answered on). No
content, no officials' names; a reserved document, a wrong key and an unknown number read
the same: not found."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import date

import archive
from archive import EVERYTHING, Actor, DerivationFilter, RecordNotFound, record_event
from partes.errors import NotFoundError
from partes.wiring import App
from pipeline.classification.patterns import normalise_rut
from pipeline.reception.certificate import consultation_code

PUBLIC = Actor(login="publico", role="", channel="web")
_RUT = re.compile(r"^(\d{1,2}(?:\.?\d{3}){2})-?([\dkK])$")


@dataclass(frozen=True, kw_only=True)
class PublicStatus:
    registry_number: str
    received_on: date
    state: str  # recibido | derivado | respondido | tramitado
    units: tuple[str, ...]  # names of the units it was derived to
    answered_on: date | None


def normal_rut(text: str) -> str | None:
    """«12.345.678-5», «12345678-5», «123456785» → «12.345.678-5» (as the archive keeps them)."""
    compact = re.sub(r"[\s.]", "", text).upper()
    if "-" not in compact and len(compact) > 1:
        compact = f"{compact[:-1]}-{compact[-1]}"
    found = _RUT.match(compact)
    return None if found is None else normalise_rut(found.group(1), found.group(2))


def public_status(app: App, *, registry_number: str, key: str) -> PublicStatus:
    """``key``: the filer's RUT, or the código de consulta printed on the certificado."""
    db = app.services.db
    wanted = normal_rut(key)
    code = key.strip().upper().replace(" ", "")
    not_found = NotFoundError(
        "No encontramos una presentación con ese número y ese RUT o código.",
        "Revise el número del certificado de presentación (p. ej. E-2026-000123) y su RUT "
        "o el código de consulta impreso en él.",
    )
    if archive.parse_registry_number(registry_number) is None or not code:
        raise not_found
    try:
        record = archive.find_record(db, registry_number, visibility=EVERYTHING)
    except RecordNotFound:
        raise not_found from None
    by_code = hmac.compare_digest(
        code.replace("-", ""),
        consultation_code(record.registry_number, record.sha256).replace("-", ""),
    )
    by_rut = wanted is not None and wanted in record.ruts
    if record.restricted or record.direction != "entrada" or not (by_code or by_rut):
        raise not_found
    rows = archive.list_derivations(
        db, DerivationFilter(document_id=record.id), visibility=EVERYTHING
    )
    names = {u.code: u.name for u in app.config.units}
    answered = [d.closed_at for d in rows if d.closing == "respondida" and d.closed_at]
    local = archive.LOCAL_TZ
    if answered:
        state = "respondido"
    elif any(d.open for d in rows):
        state = "derivado"
    elif rows:
        state = "tramitado"
    else:
        state = "recibido"
    record_event(db, actor=PUBLIC, action="estado_consultado", document_id=record.id, detail={})
    return PublicStatus(
        registry_number=record.registry_number,
        received_on=record.received_at.astimezone(local).date(),
        state=state,
        units=tuple(dict.fromkeys(names.get(d.unit, d.unit) for d in rows)),
        answered_on=min(answered).astimezone(local).date() if answered else None,
    )
