"""How values read to a person in Chile, for every door: dates and times in
America/Santiago, document types by their Spanish names."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from archive import LOCAL_TZ
from pipeline.vocabulary import DOC_TYPE_NAMES

STATUS_NAMES = {
    "registered": "registrado",
    "duplicate": "duplicado",
    "quarantined": "en cuarentena",
}
DIRECTION_NAMES = {"entrada": "Entrada", "salida": "Salida", "interno": "Interno"}


def day_bounds(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Chilean calendar days as a UTC-aware half-open range: ``until`` counts whole."""
    start = datetime.combine(since, time.min, tzinfo=LOCAL_TZ) if since else None
    end = datetime.combine(until, time.min, tzinfo=LOCAL_TZ) + timedelta(days=1) if until else None
    return start, end


def local_time(value: datetime) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def local_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


def type_name(code: str | None) -> str:
    return DOC_TYPE_NAMES.get(code or "", code or "—")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"
