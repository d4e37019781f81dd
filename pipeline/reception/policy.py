"""The legal reception date (Ley 19.880 arts. 25 and 30): pure date arithmetic over holidays.

A document received on a Saturday, Sunday or Chilean holiday keeps its real timestamp and
counts, for the law's deadlines, as received on the next working day.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

LOCAL_TZ = ZoneInfo("America/Santiago")


@dataclass(frozen=True, kw_only=True)
class ReceptionPolicy:
    municipality: str
    commune: str
    region: str
    station_names: tuple[tuple[str, str], ...] = ()  # (code, name)
    stamp_directions: tuple[str, ...] = ("entrada",)

    def station_name(self, code: str) -> str:
        return dict(self.station_names).get(code, code)


@functools.cache
def _calendar(region: str, year: int) -> holidays.HolidayBase:
    # Two years: a document received on 31 December may count from January.
    return holidays.country_holidays(
        "CL", subdiv=region or None, years=(year, year + 1), language="es"
    )


def is_working_day(day: date, *, region: str) -> bool:
    return day.weekday() < 5 and day not in _calendar(region, day.year)


def holiday_name(day: date, *, region: str) -> str | None:
    name = _calendar(region, day.year).get(day)
    return str(name) if name else None


def legal_reception_date(received_at: datetime, *, region: str) -> date:
    """The first working day on or after the day of ``received_at`` in Chile's time."""
    day = received_at.astimezone(LOCAL_TZ).date()
    while not is_working_day(day, region=region):
        day += timedelta(days=1)
    return day
