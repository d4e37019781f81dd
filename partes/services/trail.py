"""What auditors read: the events of trazabilidad, filtered, and whether their chain holds."""

from __future__ import annotations

from datetime import datetime

from archive import LOCAL_TZ, Actor, EventFilter, EventView, broken_links, list_events
from partes.services._access import require
from partes.wiring import App


def events(
    app: App,
    *,
    actor: Actor,
    who: str | None = None,
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[EventView]:
    require(app, actor, "eventos.ver")
    since, until = _aware(since), _aware(until)
    which = EventFilter(actor=who, action=kind, since=since, until=until, limit=limit)
    return list_events(app.services.db, which)


def _aware(moment: datetime | None) -> datetime | None:
    """A time given without a zone is Chile's."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=LOCAL_TZ)


def event_chain_problems(app: App, *, actor: Actor) -> list[str]:
    require(app, actor, "eventos.ver")
    return broken_links(app.services.db)
