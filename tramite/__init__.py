"""Distribución y seguimiento: the pure rules of derivations (días hábiles, deadlines by
instruction, a deadline written in the document). Plain values in, plain values out; the
archive and the doors build on it."""

from tramite._calendar import WorkCalendar, add_business_days, due_date, first_business_day
from tramite._deadlines import DEFAULT_DEADLINES, INSTRUCTIONS, days_for, deadline_in_text

__all__ = [
    "DEFAULT_DEADLINES",
    "INSTRUCTIONS",
    "WorkCalendar",
    "add_business_days",
    "days_for",
    "deadline_in_text",
    "due_date",
    "first_business_day",
]
