"""How San Pedro de la Paz's papers and its correspondents say things: dates («Concepción,
marzo 12 de 2025», «12/03/2025», «12.03.2025», in words), numbers («ORD. N° 1.245», «Ord.
(D.O.M.) N° 45», «Res. Ex. N° 3.210/2025», «Oficio N° 045», «Decreto N° 877 /», «Of. Circ.
N° 12») and subject lines, some long, some citing an earlier paper mid-way. Working days,
long dates, number signs, dotted thousands and closings are devgen2's and devgen4's."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2 import wording as wording2
from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import closing as closing
from bench.devgen2.wording import earlier as earlier
from bench.devgen2.wording import long_date as long_date
from bench.devgen2.wording import printed, sign
from bench.devgen2.world import MONTHS
from bench.devgen4.wording import in_words as in_words
from bench.devgen5.wording import wrap as wrap

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes")


def pick_date(rng: random.Random) -> date:
    """A working day from January 2024 to November 2025."""
    return wording2.pick_date(rng, date(2024, 1, 8), 680)


def bare_date(rng: random.Random, day: date) -> str:
    """A date alone, as a field or a signature line prints it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{month.capitalize()} {day.day} de {day.year}",
            f"{day.day} {month[:3].upper()}. {day.year}",
            f"{day.day:02d}-{month[:3]}-{day.year}",
        )
    )


def town_date(rng: random.Random, town: str, day: date) -> str:
    """«Concepción, 12 de marzo de 2025», «Concepción, marzo 12 de 2025», «CORONEL,
    12.03.2025», «San Pedro de la Paz, miércoles 12 de marzo de 2025», or in words."""
    roll = rng.random()
    if roll < 0.1:
        return f"{town}, {in_words(day, article=rng.random() < 0.5)}."
    month = MONTHS[day.month - 1]
    shown = town.upper() if rng.random() < 0.3 else town
    if roll < 0.3:
        return f"{shown}, {month} {day.day} de {day.year}"
    if roll < 0.4:
        return f"{shown}, {WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}"
    return f"{shown}, {bare_date(rng, day)}"


def number(rng: random.Random, label: str, num: str, year: int) -> str:
    """«ORD. N° 1.245», «Res. Ex. N° 3.210/2025», «Decreto N° 877 /», «Oficio N° 045»; the
    truth keeps 1245, 3210, 877, 045 (a zero-padded number is kept as printed: see
    ``padded``)."""
    return number_pair(rng, label, num, year)[0]


def number_pair(rng: random.Random, label: str, num: str, year: int) -> tuple[str, str]:
    """(the number line, the number as printed after the sign: «1.245/2025»)."""
    shown = printed(rng, num) + rng.choice(("", "", "", " /", f"/{year}", f" / {year}"))
    colon = rng.choice((" ", " ", " ", ": "))
    return f"{label} {sign(rng)}{colon}{shown}".replace("  ", " "), shown


def padded(rng: random.Random, num: str) -> str:
    """A small number as some offices print it, with leading zeros («045»), or as it is."""
    if len(num) < 3 and rng.random() < 0.35:
        return num.zfill(3)
    return num


# What a service, a firm or another municipality writes to San Pedro about.
SERVICE_MATS = (
    "Solicita informe respecto de {m}",
    "Solicita informe respecto del Ord. N° {ord} de {prev} sobre {m}",
    "Remite observaciones técnicas a {m}",
    "Comunica resultado de fiscalización de {m}",
    "Informa sobre {m} y solicita adoptar las medidas que indica",
    "Requiere antecedentes de {m}, dentro del plazo de 10 días hábiles",
    "Da respuesta a su Ord. N° {ord}, de fecha {when}, relativo a {m}",
    "Convoca a mesa técnica regional sobre {m}",
)
FIRM_MATS = (
    "Solicitud relativa a {m}",
    "Informa trabajos programados y {m}",
    "Responde reclamo sobre {m}",
    "Solicita reunión para tratar {m}",
    "Presenta antecedentes de {m}",
    "{M}",
)
OWN_MATS = (
    "Solicita gestionar {m}",
    "Responde Ord. N° {ord} sobre {m}",
    "Remite antecedentes de {m}",
    "Solicita pronunciamiento técnico sobre {m}",
    "Informa estado de {m}",
    "Solicita audiencia para exponer {m}",
)
MEMO_MATS = (
    "Solicita informe técnico sobre {m}",
    "Deriva presentación relativa a {m}",
    "Remite expediente de {m} para su revisión",
    "Solicita V°B° de {m}",
    "Informa situación de {m}",
)


def subject(rng: random.Random, templates: tuple[str, ...], m: Matter, day: date) -> str:
    """One of ``templates`` filled with the matter (``{M}`` is the matter capitalised)."""
    past = earlier(rng, day)
    values = {
        "m": m.name,
        "M": cap(m.name),
        "ord": f"{rng.randint(1000, 4800):,}".replace(",", "."),
        "prev": str(past.year),
        "when": f"{past.day:02d}.{past.month:02d}.{past.year}",
    }
    return cap(rng.choice(templates).format(**values))
