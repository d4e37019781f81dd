"""How Río Bueno's papers and correspondents write dates («Río Bueno, 4 de marzo de 2025»,
«VALDIVIA, 04 MAR. 2025», «La Unión, marzo 4 de 2025»), numbers («ORD. N° 1.204/», «OF.
N° 88 - 2025») and the subject lines of each kind of writer."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.wording import pick_date as pick_between
from bench.devgen2.world import MONTHS
from bench.devgen5.wording import wrap

__all__ = ["cap", "earlier", "long_date", "wrap"]


def pick_date(rng: random.Random) -> date:
    """A working day from March 2024 to January 2026."""
    return pick_between(rng, date(2024, 3, 4), 680)


def plain_date(rng: random.Random, day: date) -> str:
    """A date alone, as a cell or a row prints it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day} de {month} de {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day:02d} {month[:3].upper()}. {day.year}",
            f"{month.capitalize()} {day.day} de {day.year}",
            f"{day.day} {month.upper()} {day.year}",
        )
    )


def place_date(rng: random.Random, town: str, day: date) -> str:
    shown = town.upper() if rng.random() < 0.3 else town
    return f"{shown}, {plain_date(rng, day)}"


def dotted(rng: random.Random, num: str) -> str:
    """1204 as printed: 1204 or 1.204 (the truth keeps 1204)."""
    if len(num) >= 4 and rng.random() < 0.5:
        return f"{int(num):,}".replace(",", ".")
    return num


def numbered(rng: random.Random, label: str, num: str, year: int) -> str:
    """«ORD. N° 1.204», «OF. Nº 88 - 2025», «OFICIO N°: 45/»; the truth keeps 1204, 88, 45."""
    tail = rng.choice(("", "", "", "/", f"/{year}", f" - {year}", f" /{str(year)[2:]}"))
    sign = rng.choice(("N°", "N°", "Nº", "N.º", "Nro."))
    colon = rng.choice((" ", " ", ": "))
    return f"{label} {sign}{colon}{dotted(rng, num)}{tail}"


def bare_number(rng: random.Random, num: str, year: int) -> str:
    """The number alone, as a cell prints it: «1.204», «1204/2025», «1204-{year}»."""
    return dotted(rng, num) + rng.choice(("", "", f"/{year}", f"-{year}"))


def capitals(rng: random.Random, text: str, p: float) -> str:
    return text.upper() if rng.random() < p else text


def broken(rng: random.Random, text: str, width: int, p: float = 0.5) -> str:
    """``text`` typed in a narrow place: wrapped over lines when long (the truth joins them)."""
    if len(text) > width and rng.random() < p:
        return wrap(rng, text, width)
    return text


def antecedent(rng: random.Random, day: date, whose: str) -> str | None:
    if rng.random() < 0.45:
        return None
    past = earlier(rng, day)
    n = rng.randint(20, 2900)
    return rng.choice(
        (
            f"Ord. N° {n}, de {long_date(past)}, {whose}.",
            f"Su correo electrónico de {past.day:02d}.{past.month:02d}.{past.year}.",
            f"Oficio N° {n}/{past.year}.",
            f"Ingreso N° {n}.",
            f"Reunión de {long_date(past)}.",
        )
    )


SERVICE = (
    "Solicita informar sobre {m}",
    "Informa {m}",
    "Responde Ord. N° {ord} de fecha {when}, sobre {m}",
    "Remite antecedentes de {m} conforme a {law}",
    "Comunica fiscalización realizada el {when} en relación con {m}",
    "Reitera requerimiento sobre {m}, pendiente desde {when}",
    "Observaciones a {m}",
    "Convoca a mesa técnica provincial por {m}",
    "Requiere adoptar medidas respecto de {m} en el sector {sector}, comuna de Río Bueno",
)
POLICE = (
    "Remite parte denuncia N° {n} por {m}",
    "Solicita antecedentes que indica sobre {m}",
    "Informa procedimiento adoptado el {when} relativo a {m}",
    "Requiere grabaciones de cámaras municipales del {when}",
)
COURT = (
    "Solicita informe sobre {m}",
    "Comunica resolución recaída en causa relativa a {m}",
    "Cita a audiencia a representante municipal por {m}",
    "Requiere remitir copia del expediente de {m}",
)
LETTER = (
    "Solicita {m}",
    "Reclamo por {m}",
    "Petición de los vecinos de {sector} sobre {m}",
    "Solicito audiencia con el Sr. Alcalde por {m}",
    "{M}",
    "Denuncia {m}",
)
MEMO = (
    "Deriva antecedentes sobre {m}",
    "Solicita V°B° de {m}",
    "Informa estado de {m}",
    "Solicita certificado de disponibilidad presupuestaria para {m}",
    "Remite reclamo ingresado por OIRS sobre {m}",
)


def subject(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    usable = [t for t in templates if law or "{law}" not in t]
    past = earlier(rng, day)
    values = {
        "m": m.name,
        "M": cap(m.name),
        "sector": m.sector,
        "law": law,
        "n": str(rng.randint(30, 980)),
        "ord": str(rng.randint(40, 2400)),
        "when": rng.choice((f"{past.day:02d}.{past.month:02d}.{past.year}", long_date(past))),
    }
    return cap(rng.choice(usable).format(**values))
