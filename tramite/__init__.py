"""Distribución y seguimiento: the pure rules of derivations (días hábiles, deadlines by
instruction, a deadline written in the document) and the sheets they print (the índice of
an expediente, the hoja de ruta). Plain values in, plain values or files out; the archive
and the doors build on it."""

from tramite._calendar import WorkCalendar, add_business_days, due_date, first_business_day
from tramite._deadlines import DEFAULT_DEADLINES, INSTRUCTIONS, days_for, deadline_in_text
from tramite._sheets import (
    IndexLine,
    IndexSheet,
    RouteSlip,
    RouteStep,
    render_index,
    render_route_slip,
)

__all__ = [
    "DEFAULT_DEADLINES",
    "INSTRUCTIONS",
    "IndexLine",
    "IndexSheet",
    "RouteSlip",
    "RouteStep",
    "WorkCalendar",
    "add_business_days",
    "days_for",
    "deadline_in_text",
    "due_date",
    "first_business_day",
    "render_index",
    "render_route_slip",
]
