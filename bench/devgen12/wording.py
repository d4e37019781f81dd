"""How Lo Prado's correspondents write dates («Santiago, 3 de marzo de 2025», «LO PRADO,
03.03.2025», «Fecha: 03-03-2025», «Santiago, lunes 3 de marzo de 2025»), numbers («ORD. N°
1234/2025», «OF. ORD. N°: 0456», «RES. EX. N° 789», «E-12345/2025» of the electronic
registers) and the subject lines of each kind of writer. Subject filling is devgen8's,
wrapping devgen5's, the date range this set's own (June 2024 to the end of 2025).

Numbers in the truth: the number proper, without thousands dots and without a trailing
year («1.234/2025» → 1234); leading zeros and an «E-» prefix stay («0456», «E-12345»)."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.wording import pick_date as pick_between
from bench.devgen2.world import MONTHS
from bench.devgen5.wording import wrap
from bench.devgen8.wording import subject

__all__ = ["cap", "earlier", "long_date", "subject", "wrap"]

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def pick_date(rng: random.Random) -> date:
    """A working day from June 2024 to the end of 2025."""
    return pick_between(rng, date(2024, 6, 3), 570)


def when(rng: random.Random, day: date) -> str:
    """A date alone, in one of the ways Santiago's offices print it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day} de {month} de {day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day:02d}-{day.month:02d}-{day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}",
            f"{day.day} {month[:3].upper()}. {day.year}",
            f"{day.day:02d} de {month} del {day.year}",
        )
    )


def place_date(rng: random.Random, town: str, day: date) -> str:
    """«Santiago, 3 de marzo de 2025», «LO PRADO, 03.03.2025» or «Fecha: 03-03-2025»."""
    if rng.random() < 0.12:
        return f"Fecha: {day.day:02d}-{day.month:02d}-{day.year}"
    shown = town.upper() if rng.random() < 0.35 else town
    return f"{shown}, {when(rng, day)}"


def grouped(num: int) -> str:
    return f"{num:,}".replace(",", ".")


def number(rng: random.Random, label: str, year: int, top: int = 4800) -> tuple[str, str]:
    """(the number as printed after ``label``, the number a clerk registers)."""
    n = rng.randint(12, top)
    form = rng.randrange(7)
    if form == 0:
        return f"{label} N° {n}/{year}", str(n)
    if form == 1:
        padded = f"{n:04d}"
        return f"{label} N°: {padded}", padded
    if form == 2:
        electronic = f"E-{rng.randint(10_000, 99_999)}"
        return f"{label} N° {electronic}/{year}", electronic
    if form == 3 and n >= 1000:
        return f"{label} N° {grouped(n)}", str(n)
    if form == 4:
        return f"{label} Nº {n} - {year}", str(n)
    if form == 5:
        return f"{label} N°{n}", str(n)
    return f"{label} N° {n}", str(n)


def spread(rng: random.Random, text: str, lines: int) -> str:
    """``text`` typed over about ``lines`` lines of a narrow column (the truth joins them)."""
    return wrap(rng, text, max(20, len(text) // lines + 4))


def capitals(rng: random.Random, text: str, p: float) -> str:
    return text.upper() if rng.random() < p else text


SERVICE = (
    "Solicita informar sobre {m}",
    "Informa sobre {m}",
    "Remite antecedentes de {m}, conforme a {law}",
    "Responde Oficio Ord. N° {ord}, sobre {m}",
    "Comunica fiscalización realizada el {when} respecto de {m}",
    "Reitera solicitud de información sobre {m}",
    "Convoca a mesa de trabajo intersectorial por {m}",
    "Da respuesta a presentación sobre {m}",
)
OWN = (
    "Responde Ord. N° {ord} sobre {m}",
    "Solicita apoyo técnico para {m}",
    "Remite informe sobre {m}",
    "Solicita reunión para abordar {m}",
    "Informa medidas adoptadas respecto de {m}",
)
COURT = (
    "Solicita informe sobre {m}",
    "Remite copia de resolución relativa a {m}",
    "Solicita antecedentes que indica sobre {m}",
    "Cita a representante municipal a audiencia por {m}",
)
INSTITUTION = (
    "Propuesta de trabajo conjunto sobre {m}",
    "Solicitud de autorización para {m}",
    "Informa trabajos programados por {m}",
    "Invitación a participar en estudio sobre {m}",
    "Respuesta a requerimiento municipal sobre {m}",
)
NEIGHBOUR = (
    "Solicita solución para {m}",
    "Reclamo por {m}",
    "Solicitud de audiencia con el Sr. Alcalde por {m}",
    "Petición de los vecinos de {sector} sobre {m}",
    "Denuncia {m}",
)
MEMO = (
    "Remite antecedentes de {m}",
    "Solicita pronunciamiento sobre {m}",
    "Informa estado de {m}",
    "Solicita disponibilidad presupuestaria para {m}",
    "Deriva reclamo ingresado por OIRS sobre {m}",
)


def stated(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    """A subject from ``templates``, its first letter capital (devgen8's filling)."""
    return subject(rng, templates, m, day, law)


def some_earlier(rng: random.Random, day: date) -> str:
    """An earlier date as a reference prints it."""
    past = earlier(rng, day)
    if rng.random() < 0.5:
        return f"{past.day:02d}.{past.month:02d}.{past.year}"
    return long_date(past)
