"""Seguimiento: open derivations by how their plazo stands, per unit and per person, and
the daily digest each unit gets by e-mail."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

import archive
from archive import Actor, DerivationFilter, DerivationView
from partes.errors import UsageError
from partes.services._access import require, visibility
from partes.services.tramite import work_calendar
from partes.wiring import App
from tramite import WorkCalendar, add_business_days

STANDINGS = {
    "vencida": "Vencida",
    "por_vencer": "Por vencer",
    "en_plazo": "En plazo",
    "sin_plazo": "Sin plazo",
}


@dataclass(frozen=True, kw_only=True)
class PlazoLine:
    derivation: DerivationView
    standing: str  # a key of STANDINGS
    days_left: int | None  # días hábiles; negative: overdue by that many


@dataclass(frozen=True, kw_only=True)
class UnitPlazos:
    unit: str
    name: str
    counts: dict[str, int]  # standing → open derivations
    people: dict[str, dict[str, int]]  # person (or "") → standing → count


@dataclass(frozen=True, kw_only=True)
class PlazosReport:
    today: date
    lines: tuple[PlazoLine, ...]  # every open derivation, the most urgent first
    units: tuple[UnitPlazos, ...]

    def urgent(self) -> tuple[PlazoLine, ...]:
        return tuple(x for x in self.lines if x.standing in ("vencida", "por_vencer"))


def plazos(
    app: App, *, actor: Actor, unit: str | None = None, today: date | None = None
) -> PlazosReport:
    """Where every open derivation stands today; a person bound to a unit sees their own."""
    require(app, actor, "plazos.ver")
    if actor.role in ("unidad", "alcaldia") and actor.unit:
        unit = actor.unit
    elif unit is not None and unit not in {u.code for u in app.config.units}:
        raise UsageError(f"La unidad «{unit}» no está configurada.")
    today = today or datetime.now(archive.LOCAL_TZ).date()
    rows = archive.list_derivations(
        app.services.db,
        DerivationFilter(unit=unit, open_only=True),
        visibility=visibility(actor),
        limit=100_000,
    )
    calendar = work_calendar(app)
    soon_until = add_business_days(calendar, today, app.config.tramite.due_soon_days)
    lines = [_line(calendar, row, today, soon_until) for row in rows]
    lines.sort(key=lambda x: (x.days_left is None, x.days_left or 0, x.derivation.id))
    return PlazosReport(today=today, lines=tuple(lines), units=_per_unit(app, lines))


def _line(calendar: WorkCalendar, row: DerivationView, today: date, soon_until: date) -> PlazoLine:
    """The same rule as ``archive.open_counts``: overdue before today, due soon up to
    ``soon_until`` (``due_soon_days`` días hábiles from today)."""
    if row.due_on is None:
        return PlazoLine(derivation=row, standing="sin_plazo", days_left=None)
    left = business_days_between(calendar, today, row.due_on)
    if row.due_on < today:
        standing = "vencida"
    elif row.due_on <= soon_until:
        standing = "por_vencer"
    else:
        standing = "en_plazo"
    return PlazoLine(derivation=row, standing=standing, days_left=left)


def plazos_summary(
    app: App, *, actor: Actor, today: date | None = None
) -> list[tuple[str, dict[str, int]]]:
    """Open derivations per unit by standing, counted by the database (the dashboard)."""
    require(app, actor, "plazos.ver")
    today = today or datetime.now(archive.LOCAL_TZ).date()
    soon_until = add_business_days(work_calendar(app), today, app.config.tramite.due_soon_days)
    counts = archive.open_counts(
        app.services.db, today=today, soon_until=soon_until, visibility=visibility(actor)
    )
    if actor.role in ("unidad", "alcaldia") and actor.unit:
        counts = {u: c for u, c in counts.items() if u == actor.unit}
    return sorted(counts.items())


def business_days_between(calendar: WorkCalendar, start: date, end: date) -> int:
    """Días hábiles from ``start`` to ``end`` (``start`` not counted); negative if past."""
    sign = 1 if end >= start else -1
    low, high = (start, end) if sign > 0 else (end, start)
    count, day = 0, low
    while day < high:
        day = date.fromordinal(day.toordinal() + 1)
        count += calendar.is_business_day(day)
    return sign * count


def _per_unit(app: App, lines: list[PlazoLine]) -> tuple[UnitPlazos, ...]:
    names = {u.code: u.name for u in app.config.units}
    out = []
    for code in sorted({x.derivation.unit for x in lines}):
        mine = [x for x in lines if x.derivation.unit == code]
        people: dict[str, Counter[str]] = {}
        for x in mine:
            people.setdefault(x.derivation.person or "", Counter())[x.standing] += 1
        out.append(
            UnitPlazos(
                unit=code,
                name=names.get(code, code),
                counts=dict(Counter(x.standing for x in mine)),
                people={p: dict(c) for p, c in sorted(people.items())},
            )
        )
    return tuple(out)
