"""Días hábiles and plazos: Fiestas Patrias, a regional holiday, the year's end, the
office's closing hour, and a plazo written in the document."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tramite import (
    WorkCalendar,
    add_business_days,
    days_for,
    deadline_in_text,
    due_date,
    first_business_day,
)

SANTIAGO = WorkCalendar(region="RM", closing=time(14, 0))
CHILLAN = WorkCalendar(region="NB", closing=time(14, 0))


def test_fiestas_patrias_and_the_weekend_are_not_counted() -> None:
    # Thu 17 Sep 2026; Fri 18 and Sat 19 are holidays, then the weekend.
    assert due_date(SANTIAGO, datetime(2026, 9, 17, 9, 30), 1) == date(2026, 9, 21)
    assert SANTIAGO.holiday_name(date(2026, 9, 18)) is not None
    assert not SANTIAGO.is_business_day(date(2026, 9, 19))


def test_a_regional_holiday_counts_only_in_its_region() -> None:
    # 20 Aug 2026 (O'Higgins' birth) is a holiday in Ñuble, not in Santiago.
    filed = datetime(2026, 8, 19, 10, 0)
    assert due_date(CHILLAN, filed, 1) == date(2026, 8, 21)
    assert due_date(SANTIAGO, filed, 1) == date(2026, 8, 20)


def test_the_plazo_runs_across_the_year_end() -> None:
    # Filed Wed 23 Dec 2026: Christmas (Fri 25) and New Year (Fri 1 Jan) are skipped.
    assert due_date(SANTIAGO, datetime(2026, 12, 23, 11, 0), 5) == date(2026, 12, 31)
    assert due_date(SANTIAGO, datetime(2026, 12, 23, 11, 0), 6) == date(2027, 1, 4)


def test_a_filing_after_closing_time_counts_from_the_next_business_day() -> None:
    before, after = datetime(2026, 12, 2, 13, 59), datetime(2026, 12, 2, 14, 0)
    assert first_business_day(SANTIAGO, before) == date(2026, 12, 2)
    assert first_business_day(SANTIAGO, after) == date(2026, 12, 3)
    assert due_date(SANTIAGO, after, 10) == add_business_days(SANTIAGO, date(2026, 12, 3), 10)
    # Filed on Saturday 5 Dec: counts as Monday 7; Tue 8 Dec is a holiday.
    assert due_date(SANTIAGO, datetime(2026, 12, 5, 9, 0), 1) == date(2026, 12, 9)


def test_a_day_the_municipality_closes_is_not_a_business_day() -> None:
    closed = WorkCalendar(region="RM", closed_days=frozenset({date(2026, 12, 31)}))
    assert due_date(closed, datetime(2026, 12, 23, 11, 0), 5) == date(2027, 1, 4)
    assert closed.holiday_name(date(2026, 12, 31)) == "cierre declarado por el municipio"


def test_plazos_by_instruction_and_for_transparency_requests() -> None:
    assert days_for("informe", doc_type="oficio") == 10
    assert days_for("respuesta", doc_type="oficio") == 20
    assert days_for("conocimiento", doc_type="oficio") == 1
    assert days_for("archivo", doc_type="oficio") is None
    assert days_for("conocimiento", doc_type="solicitud_transparencia") == 20
    with pytest.raises(ValueError, match="instrucción desconocida"):
        days_for("urgente", doc_type="oficio")


@pytest.mark.parametrize(
    ("text", "days", "business"),
    [
        ("Se solicita informar dentro del PLAZO MÁXIMO de cinco (5) días hábiles.", 5, True),
        ("remitir los antecedentes en el plazo de 10 días hábiles contado desde", 10, True),
        ("dentro de un plazo no superior a quince días", 15, True),
        ("en el plazo de 30 días corridos", 30, False),
    ],
)
def test_a_plazo_written_in_the_document_is_read(text: str, days: int, business: bool) -> None:
    found = deadline_in_text("ORD. N° 1234\n" + text)
    assert found is not None
    assert (found.days, found.business) == (days, business)


def test_text_without_a_plazo_proposes_none() -> None:
    assert deadline_in_text("Saluda atentamente a Ud., el plazo vence según la ley.") is None
    assert deadline_in_text("") is None


def test_an_unknown_region_is_refused_in_spanish() -> None:
    with pytest.raises(ValueError, match="región desconocida"):
        WorkCalendar(region="XX")
