"""How Vicuña's papers and its correspondents say things: dates («Vicuña, 12 de marzo de
2025», «VICUÑA, 12.03.2025», «La Serena, 12-III-2025», «miércoles 12 de marzo del 2025»),
numbers («ORD. SAG N° 1.245», «OFICIO N° 345-2025», «D.A. N° 877/», «MEMO N° 12/25») and the
subject lines of each kind of writer, some long, some citing a law, an earlier paper or a
date mid-way. Working days, long dates, number signs, dotted thousands are devgen2's; line
wrapping is devgen5's."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2 import wording as wording2
from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier as earlier
from bench.devgen2.wording import long_date as long_date
from bench.devgen2.wording import printed, sign
from bench.devgen2.world import MONTHS
from bench.devgen4.wording import in_words as in_words
from bench.devgen5.wording import wrap as wrap

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def pick_date(rng: random.Random) -> date:
    """A working day from February 2024 to December 2025."""
    return wording2.pick_date(rng, date(2024, 2, 5), 660)


def bare_date(rng: random.Random, day: date) -> str:
    """A date alone, as a field, a table cell or a signature line prints it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day.day} de {month} del {day.year}",
            f"{day.day:02d}-{ROMAN[day.month - 1]}-{day.year}",
            f"{day.day:02d} {month[:3].upper()}. {day.year}",
        )
    )


def town_date(rng: random.Random, town: str, day: date) -> str:
    """«Vicuña, 12 de marzo de 2025», «VICUÑA, 12.03.2025», «La Serena, miércoles 12 de
    marzo de 2025», «Vicuña, a doce de marzo de dos mil veinticinco»."""
    roll = rng.random()
    if roll < 0.08:
        return f"{town}, {in_words(day, article=True)}."
    shown = town.upper() if rng.random() < 0.35 else town
    if roll < 0.25:
        month = MONTHS[day.month - 1]
        return f"{shown}, {WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}"
    return f"{shown}, {bare_date(rng, day)}"


def number_pair(rng: random.Random, label: str, num: str, year: int) -> tuple[str, str]:
    """(«ORD. SAG N° 1.245», «OFICIO N° 345-2025», «D.A. N° 877/»; the number as printed
    after the sign). The truth keeps 1245, 345, 877."""
    tail = rng.choice(("", "", "", "/", f"/{year}", f"-{year}", f" / {year % 100}"))
    shown = printed(rng, num) + tail
    colon = rng.choice((" ", " ", " ", ": "))
    return f"{label} {sign(rng)}{colon}{shown}".replace("  ", " "), shown


def number(rng: random.Random, label: str, num: str, year: int) -> str:
    return number_pair(rng, label, num, year)[0]


def padded(rng: random.Random, num: str) -> str:
    """A small number as some offices print it, «045», or as it is (the truth keeps it as
    printed)."""
    return num.zfill(3) if len(num) < 3 and rng.random() < 0.3 else num


# A regional office writes to Vicuña.
SERVICE_MATS = (
    "Oficia a la Municipalidad de Vicuña para que informe acerca de {m}",
    "Pone en su conocimiento la situación de {m}",
    "Instruye remitir en el plazo de {k} días hábiles los antecedentes de {m}",
    "Requiere pronunciamiento fundado sobre {m}, conforme a {law}",
    "Acusa recibo del Ord. N° {ord}/{prev} y responde consultas sobre {m}",
    "Comunica visita inspectiva del {when} relativa a {m}",
    "Hace presente observaciones a {m}",
    "Cita a reunión de coordinación por {m}",
    "Envía acta de inspección N° {n} referida a {m}",
    "Reitera solicitud de información sobre {m}, pendiente desde el Ord. N° {ord} de {when}",
)
# Vicuña writes to an office.
OWN_MATS = (
    "Solicita a ese Servicio evaluar {m}",
    "Remite información requerida sobre {m}",
    "Da respuesta a Ord. N° {ord}, de {when}, relativo a {m}",
    "Solicita apoyo técnico y financiero para {m}",
    "Informa medidas adoptadas por esta Municipalidad respecto de {m}",
    "Pide reunión de trabajo con el equipo técnico regional para abordar {m}",
)
# One direction writes to another.
MEMO_MATS = (
    "Solicita revisión y V°B° de {m}",
    "Envía antecedentes de {m} para su tramitación",
    "Requiere informe de la unidad sobre {m} antes de la sesión del Concejo",
    "Traslada reclamo vecinal sobre {m}",
    "Consulta disponibilidad presupuestaria para {m}",
    "Comunica instrucción del Sr. Alcalde respecto de {m}",
)
# A firm writes.
FIRM_MATS = (
    "Comunica antecedentes relativos a {m}",
    "Responde requerimiento municipal sobre {m}",
    "Solicita reunión con la unidad técnica por {m}",
    "Presenta propuesta de colaboración en {m}",
    "Informa programa de trabajos vinculado a {m}",
    "{M}",
)
# A neighbour or an organisation writes.
NEIGHBOUR_MATS = (
    "Solicita ayuda por {m}",
    "Reclamo por {m}",
    "Petición de vecinos de {sector} sobre {m}",
    "Solicita audiencia con el Sr. Alcalde por {m}",
    "{M}",
)


def subject(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, *, law: str = ""
) -> str:
    """One of ``templates`` filled with the matter (``{M}``: the matter capitalised); a
    template citing a law is skipped when no law is given."""
    usable = [t for t in templates if law or "{law}" not in t]
    past = earlier(rng, day)
    values = {
        "m": m.name,
        "M": cap(m.name),
        "sector": m.sector,
        "law": law,
        "k": str(rng.choice((5, 10, 15))),
        "n": str(rng.randint(12, 480)),
        "ord": str(rng.randint(80, 2900)),
        "prev": str(past.year),
        "when": f"{past.day:02d}.{past.month:02d}.{past.year}",
    }
    return cap(rng.choice(usable).format(**values))


def shown(rng: random.Random, text: str, *, width: int = 44, upper: float = 0.25) -> str:
    """The subject as typed: now and then in capitals, long ones now and then over two or
    three lines (the truth folds the line breaks)."""
    if rng.random() < upper:
        text = text.upper()
    if len(text) > width + 10 and rng.random() < 0.45:
        return wrap(rng, text, width)
    return text


def antecedent(rng: random.Random, day: date, *, muni: bool) -> str | None:
    """None, or what an oficio answers or follows («Ord. N° 412, de 3 de marzo de 2025»)."""
    if rng.random() < 0.4:
        return None
    past = earlier(rng, day)
    n = rng.randint(15, 2400)
    whose = "de ese Servicio" if muni else "de esa Municipalidad"
    return rng.choice(
        (
            f"Ord. N° {n}, de {long_date(past)}, {whose}.",
            f"Correo electrónico de fecha {past.day:02d}.{past.month:02d}.{past.year}.",
            f"Oficio N° {n}/{past.year}.",
            f"Reunión de trabajo de {long_date(past)}.",
            f"Ingreso OIRS N° {n}.",
        )
    )


def enclosure(rng: random.Random) -> str | None:
    if rng.random() < 0.7:
        return None
    return rng.choice(
        ("Lo indicado.", "Acta de inspección (3 fs.).", "Informe técnico.", "Plano y fotografías.")
    )
