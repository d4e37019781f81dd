"""How Porvenir's correspondents write dates («Porvenir, 3 de marzo de 2025», «PORVENIR, 03
MAR. 2025», «03/03/2025», «Punta Arenas, marzo 3 de 2025»), numbers («ORD. N° 1.245»,
«ORD. N°: 0245», «OFICIO N° 245-2025», «ORD. N° 12.600/45 VRS.» of the Armada),
antecedents, and the subject lines of each kind of writer: sentence case, a first letter in
lower case after a number line, long ones that run over three lines, names in «…», acronyms
in parentheses. Subject filling and the date range are devgen8's; wrapping devgen5's.

Numbers in the truth (devgen9's rule): without thousands dots and without a trailing year
(«1.245/2025» → 1245); leading zeros stay as printed («0245»); the Armada's number keeps its
classification and correlative, dots dropped («12.600/45» → 12600/45)."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.world import MONTHS
from bench.devgen5.wording import wrap
from bench.devgen8.wording import capitals, pick_date, subject

__all__ = ["cap", "capitals", "earlier", "long_date", "pick_date", "subject", "wrap"]

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def plain_date(rng: random.Random, day: date) -> str:
    """A date alone, as a FECHA row or a cell prints it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day.day:02d}-{day.month:02d}-{day.year}",
            f"{day.day:02d} {month[:3].upper()}. {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
        )
    )


def town_date(rng: random.Random, town: str, day: date) -> str:
    """«Porvenir, 3 de marzo de 2025», «PORVENIR, 03 MAR. 2025», «Porvenir, 03/03/2025»."""
    month = MONTHS[day.month - 1]
    shown = town.upper() if rng.random() < 0.35 else town
    when = rng.choice(
        (
            f"{day.day} de {month} de {day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day.day:02d} {month[:3].upper()}. {day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}",
            f"{month} {day.day} de {day.year}",
            f"{day.day} {month.upper()} {day.year}",
        )
    )
    return f"{shown}, {when}"


def grouped(num: int) -> str:
    """1234 → 1.234."""
    return f"{num:,}".replace(",", ".")


def number(rng: random.Random, label: str, year: int, top: int = 2400) -> tuple[str, str]:
    """(the number as printed after ``label``, the number a clerk registers)."""
    n = rng.randint(4, top)
    form = rng.randrange(7)
    if form == 0 and n >= 1000:
        return f"{label} N° {grouped(n)}", str(n)
    if form == 1:
        return f"{label} N°: {n:04d}", f"{n:04d}"
    if form == 2:
        return f"{label} N° {n}/{year}", str(n)
    if form == 3:
        return f"{label} Nº {n}-{year}", str(n)
    if form == 4:
        return f"{label} N° {n} /", str(n)
    return f"{label} N° {n}", str(n)


def navy_number(rng: random.Random) -> tuple[str, str]:
    """The Armada's «12.600/45 VRS.»: classification, correlative and a subject code."""
    code = rng.choice(("12.600", "12.000", "12.210", "12.240", "3.410"))
    n = rng.randint(3, 390)
    tail = rng.choice(("VRS.", "VRS.", "", "C.P. PVR."))
    spaced = rng.choice(("/", " / ", "/ "))
    return f"ORD. N° {code}{spaced}{n} {tail}".strip(), f"{code.replace('.', '')}/{n}"


def some_earlier(rng: random.Random, day: date) -> str:
    past = earlier(rng, day)
    if rng.random() < 0.5:
        return f"{past.day:02d}.{past.month:02d}.{past.year}"
    return long_date(past)


ANTECEDENTS = (
    "Ord. N° {n}, de {d}, de {w}.",
    "Correo electrónico de {d}.",
    "Oficio Ord. N° {n}/{y}.",
    "Reunión sostenida el {d}.",
    "Res. Ex. N° {n}, de {y}.",
    "Presentación ingresada el {d}.",
)


def antecedents(rng: random.Random, day: date, whose: str, *, most: int = 2) -> list[str]:
    """The documents an ANT. or REF. lists (none, one or several), each as a line."""
    count = rng.choice((0, 0, 1, 1, most))
    picked = rng.sample(ANTECEDENTS, count)
    return [
        f.format(n=rng.randint(15, 2980), d=some_earlier(rng, day), y=day.year, w=whose)
        for f in picked
    ]


def listed(rng: random.Random, lines: list[str]) -> str:
    """Several antecedents as printed: lettered or numbered when more than one."""
    if len(lines) < 2:
        return "".join(lines)
    marks = rng.choice(("a) b) c)", "1.- 2.- 3.-", "a.- b.- c.-")).split()
    return "\n".join(f"{m} {x}" for m, x in zip(marks, lines, strict=False))


def spread(rng: random.Random, text: str, lines: int) -> str:
    """``text`` typed over about ``lines`` lines of a narrow column (the truth joins them)."""
    return wrap(rng, text, max(18, len(text) // lines + 4))


def lowered(text: str) -> str:
    """The subject typed with a small first letter («remite informe …»)."""
    return text[:1].lower() + text[1:]


SERVICE = (
    "Solicita antecedentes sobre {m}",
    "Informa resultados de fiscalización de {m}",
    "Remite acta de inspección relativa a {m}",
    "Da respuesta a Ord. N° {ord} de esa Municipalidad, sobre {m}",
    "Invita a mesa de trabajo regional sobre {m}",
    "Requiere pronunciamiento municipal sobre {m} conforme a {law}",
    "Reitera solicitud de información pendiente sobre {m}",
    "Solicita a la Ilustre Municipalidad de Porvenir remitir, dentro del plazo de diez días "
    "hábiles, los antecedentes técnicos y administrativos relativos a {m}, a fin de evaluar "
    "las medidas que correspondan conforme a {law}",
)
NAVY = (
    "Informa sobre {m}",
    "Solicita adoptar medidas respecto de {m}",
    "Remite antecedentes de {m} para su conocimiento",
    "Da respuesta a Oficio I.M. Porvenir Ord. N° {ord}, sobre {m}",
)
OWN = (
    "Responde Ord. N° {ord} sobre {m}",
    "Solicita apoyo técnico para {m}",
    "Remite antecedentes municipales de {m}",
    "Solicita gestionar ante el nivel central los recursos para {m}",
    "Informa medidas adoptadas por la Municipalidad de Porvenir respecto de {m}",
)
FIRM = (
    "Solicita pronunciamiento municipal sobre {m}",
    "Informa medidas de la empresa respecto de {m}",
    "Responde carta de vecinos de {sector} sobre {m}",
    "Propone convenio de colaboración para {m}",
    "Solicita reunión con el Sr. Alcalde por {m}",
)
PEOPLE = (
    "Solicitud de ayuda por {m}",
    "Reclamo por {m}",
    "Solicita audiencia con el Sr. Alcalde por {m}",
    "Petición de los vecinos de {sector} sobre {m}",
    "Denuncia por {m}",
)
MEMO = (
    "Deriva presentación sobre {m}",
    "Solicita informe técnico de {m}",
    "Solicita coordinar visita a terreno por {m}",
    "Remite oficio recibido sobre {m} para respuesta",
)


def stated(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    """A subject from ``templates`` (devgen8's filling), its first letter capital."""
    return subject(rng, templates, m, day, law)
