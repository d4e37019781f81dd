"""Días hábiles (Ley 19.880 art. 25): Saturdays, Sundays and holidays are not; a writing
filed after the office closes counts as filed on the next día hábil; a plazo runs from the
día hábil after the filing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

import holidays


@dataclass(frozen=True, kw_only=True)
class WorkCalendar:
    """The municipality's calendar: national holidays, those of its ``region`` (a code of
    the ``holidays`` package: ``NB`` for Ñuble, ``AP`` for Arica y Parinacota…), days it
    declares closed itself, and the hour the office closes (local time)."""

    region: str | None = None
    closing: time = time(14, 0)
    closed_days: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        regions = holidays.list_supported_countries()["CL"]
        if self.region is not None and self.region not in regions:
            known = ", ".join(regions)
            raise ValueError(f"región desconocida «{self.region}» (use una de: {known})")

    @cached_property
    def _holidays(self) -> holidays.HolidayBase:
        return holidays.country_holidays("CL", subdiv=self.region, language="es")

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays and day not in self.closed_days

    def holiday_name(self, day: date) -> str | None:
        if day in self.closed_days:
            return "cierre declarado por el municipio"
        name = self._holidays.get(day)
        return None if name is None else str(name)


def first_business_day(calendar: WorkCalendar, filed_at: datetime) -> date:
    """The día hábil a filing counts as made on: its own day if hábil and before closing
    time, else the next día hábil. ``filed_at`` is local time (naive or aware)."""
    day = filed_at.date()
    if calendar.is_business_day(day) and filed_at.time() < calendar.closing:
        return day
    return _next_business_day(calendar, day)


def add_business_days(calendar: WorkCalendar, start: date, days: int) -> date:
    """The ``days``-th día hábil after ``start`` (``start`` itself not counted)."""
    if days < 0:
        raise ValueError("un plazo no puede ser negativo")
    day = start
    for _ in range(days):
        day = _next_business_day(calendar, day)
    return day


def due_date(calendar: WorkCalendar, filed_at: datetime, days: int) -> date:
    """When a plazo of ``days`` días hábiles ends for a writing filed at ``filed_at``: it
    runs from the día hábil after the one the filing counts as made on."""
    return add_business_days(calendar, first_business_day(calendar, filed_at), days)


def _next_business_day(calendar: WorkCalendar, day: date) -> date:
    day += timedelta(days=1)
    while not calendar.is_business_day(day):
        day += timedelta(days=1)
    return day
