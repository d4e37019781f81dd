"""How Casablanca's correspondents write dates («Valparaíso, 3 de marzo de 2025»,
«CASABLANCA, 03 MAR 2025», «Casablanca, marzo 3 de 2025», «Viña del Mar, 03/03/2025»),
numbers («ORD. N° 1.234», «OF. ORD. N.º 0456 /», «ORD. Nro. 245-2025», «N° 245 / 25») and
the subject lines of each kind of writer. Date picking and long dates are devgen2's, subject
filling devgen8's, wrapping devgen5's; the range is this set's own (April 2024 to the end of
2025).

Numbers in the truth (devgen12's convention): the number proper, without thousands dots and
without a trailing year («1.234/2025» → 1234); leading zeros and letter prefixes stay."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.wording import pick_date as pick_between
from bench.devgen2.world import MONTHS
from bench.devgen5.wording import wrap
from bench.devgen8.wording import subject

__all__ = ["cap", "earlier", "long_date", "wrap"]


def pick_date(rng: random.Random) -> date:
    """A working day from April 2024 to the end of 2025."""
    return pick_between(rng, date(2024, 4, 1), 630)


def when(rng: random.Random, day: date) -> str:
    """A date alone, as a cell or a row prints it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day} de {month} de {day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day:02d} {month[:3].upper()} {day.year}",
            f"{month.capitalize()} {day.day} de {day.year}",
            f"{day.day:02d}-{day.month:02d}-{day.year}",
            f"{day.day} {month.upper()} {day.year}",
        )
    )


def place_date(rng: random.Random, town: str, day: date) -> str:
    """«Valparaíso, 3 de marzo de 2025», «CASABLANCA, 03 MAR 2025»."""
    shown = town.upper() if rng.random() < 0.35 else town
    return f"{shown}, {when(rng, day)}"


def dotted(num: int) -> str:
    return f"{num:,}".replace(",", ".")


def number(rng: random.Random, label: str, year: int, top: int = 3600) -> tuple[str, str]:
    """(the number as printed after ``label``, the number a clerk registers)."""
    n = rng.randint(11, top)
    sign = rng.choice(("N°", "N°", "Nº", "N.º", "Nro."))
    form = rng.randrange(6)
    if form == 0 and n >= 1000:
        return f"{label} {sign} {dotted(n)}", str(n)
    if form == 1:
        padded = f"{n:04d}"
        return f"{label} {sign}: {padded} /", padded
    if form == 2:
        return f"{label} {sign} {n}-{year}", str(n)
    if form == 3:
        return f"{label} {sign} {n} / {str(year)[2:]}", str(n)
    if form == 4:
        return f"{label} {sign} {n}/{year}", str(n)
    return f"{label} {sign} {n}", str(n)


def capitals(rng: random.Random, text: str, p: float) -> str:
    return text.upper() if rng.random() < p else text


def spread(rng: random.Random, text: str, lines: int) -> str:
    """``text`` typed over about ``lines`` lines of a narrow column (the truth joins them)."""
    return wrap(rng, text, max(22, len(text) // lines + 4))


def some_earlier(rng: random.Random, day: date) -> str:
    """An earlier date as a reference prints it."""
    past = earlier(rng, day)
    if rng.random() < 0.5:
        return f"{past.day:02d}/{past.month:02d}/{past.year}"
    return long_date(past)


def cited(rng: random.Random, day: date, whose: str) -> str:
    """An earlier paper a reference cites: «Ord. N° 456, de 12/02/2025, de esa Municipalidad»."""
    n = rng.randint(20, 2900)
    return rng.choice(
        (
            f"Ord. N° {n}, de {some_earlier(rng, day)}, {whose}",
            f"Oficio N° {n} de {some_earlier(rng, day)}",
            f"Correo electrónico de {some_earlier(rng, day)}",
            f"Ingreso N° {n}, de {some_earlier(rng, day)}",
        )
    )


REGIONAL = (
    "Informa sobre {m}",
    "Solicita antecedentes relativos a {m}",
    "Remite observaciones a {m}",
    "Da respuesta a Ord. N° {ord}, sobre {m}",
    "Comunica resultado de fiscalización del {when} relativa a {m}",
    "Requiere pronunciamiento municipal sobre {m}, en el marco de {law}",
    "Insiste en solicitud de información sobre {m}",
    "Cita a reunión técnica por {m}",
)
OWN = (
    "Solicita gestiones para {m}",
    "Da respuesta sobre {m}",
    "Remite antecedentes de {m}",
    "Solicita audiencia para tratar {m}",
    "Informa acciones municipales respecto de {m}",
)
COURT = (
    "Solicita informe sobre {m}",
    "Comunica resolución relativa a {m}",
    "Requiere antecedentes de {m}",
    "Cita a audiencia por {m}",
)
FIRM = (
    "Solicita autorización para {m}",
    "Informa faenas programadas relativas a {m}",
    "Propuesta de colaboración en {m}",
    "Responde requerimiento municipal sobre {m}",
    "Presenta antecedentes de {m}",
)
PEOPLE = (
    "Solicita solución a {m}",
    "Reclamo por {m}",
    "Solicitud de audiencia por {m}",
    "Petición de vecinos de {sector} sobre {m}",
    "Denuncia {m}",
    "Solicita apoyo para {m}",
)
MEMO = (
    "Remite antecedentes sobre {m}",
    "Solicita informe técnico de {m}",
    "Informa estado de avance de {m}",
    "Solicita certificado de disponibilidad presupuestaria para {m}",
    "Deriva presentación ciudadana sobre {m}",
)


def stated(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    """A subject from ``templates``, first letter capital (devgen8's filling)."""
    return subject(rng, templates, m, day, law)


def complaint(text: str) -> bool:
    """Whether a people's subject makes the paper a reclamo."""
    return text.startswith(("Reclamo", "Denuncia", "RECLAMO", "DENUNCIA"))
