"""What the dashboard and the lists show: documents by filters with paging, receptions per
day, and the counts of the office's work, all as the person may see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from archive import (
    LOCAL_TZ,
    Actor,
    DocumentFilter,
    Page,
    count_by,
    list_documents,
    list_quarantine,
    received_per_day,
)
from partes.services._access import allowed, require, visibility
from partes.services.conservation import last_audit
from partes.services.intake import pause_text, watcher_pause
from partes.wiring import App


def documents(
    app: App, *, actor: Actor, which: DocumentFilter, offset: int = 0, limit: int = 50
) -> Page:
    require(app, actor, "documento.buscar")
    limit = max(1, min(limit, 500))
    return list_documents(
        app.services.db, which, visibility=visibility(actor), offset=max(0, offset), limit=limit
    )


def unit_documents(app: App, *, actor: Actor, offset: int = 0, limit: int = 50) -> Page:
    """What reached the person's own unit, newest first."""
    require(app, actor, "unidad.bandeja")
    if actor.unit is None:
        return Page(total=0, records=())
    return documents(
        app, actor=actor, which=DocumentFilter(unit=actor.unit), offset=offset, limit=limit
    )


def today_start(now: datetime | None = None) -> datetime:
    """Midnight today in Chile, as an aware datetime."""
    local = (now or datetime.now(LOCAL_TZ)).astimezone(LOCAL_TZ)
    return datetime.combine(local.date(), time.min, tzinfo=LOCAL_TZ)


@dataclass(frozen=True, kw_only=True)
class Overview:
    days: tuple[date, ...]
    per_day: dict[str, tuple[int, ...]]  # direction → count per day, in ``days`` order
    to_review: int
    quarantined: int | None  # None: not this person's to see
    per_station: dict[str, int]
    pause: str | None = None  # the watcher paused on a broken system, for who sees stations
    audit: str | None = None  # the latest audit, for who may audit


def overview(app: App, *, actor: Actor, days: int = 30) -> Overview:
    require(app, actor, "documento.buscar")
    seen = visibility(actor)
    first = today_start() - timedelta(days=days - 1)
    counts = received_per_day(app.services.db, since=first, visibility=seen)
    span = tuple(first.date() + timedelta(days=n) for n in range(days))
    per_day = {
        direction: tuple(counts.get((day, direction), 0) for day in span)
        for direction in ("entrada", "salida", "interno")
    }
    review = count_by(app.services.db, "direction", visibility=seen, review="por_revisar")
    quarantined = (
        len(list_quarantine(app.layout.quarantine))
        if allowed(actor.role, "cuarentena.ver")
        else None
    )
    return Overview(
        days=span,
        per_day=per_day,
        to_review=sum(review.values()),
        quarantined=quarantined,
        per_station=count_by(app.services.db, "station", visibility=seen),
        pause=_pause(app, actor),
        audit=last_audit(app, actor=actor),
    )


def _pause(app: App, actor: Actor) -> str | None:
    if not allowed(actor.role, "estaciones.ver"):
        return None
    pause = watcher_pause(app)
    return pause_text(pause) if pause else None
