"""The world of the development set: the Municipality of Maullín (Los Lagos), its officials,
the services, companies, organisations and citizens that write to it, and small helpers
(RUTs, Spanish dates, numbers in words)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).with_name("data")
COMMUNE = "Maullín"
MUNI = "ILUSTRE MUNICIPALIDAD DE MAULLÍN"
MUNI_NAMES = (
    "Ilustre Municipalidad de Maullín",
    "I. Municipalidad de Maullín",
    "Municipalidad de Maullín",
    "ILUSTRE MUNICIPALIDAD DE MAULLÍN",
    "I. MUNICIPALIDAD DE MAULLÍN",
)
MUNI_RUT = 69220700
MUNI_ADDRESS = ("Avenida Bernardo O'Higgins N° 180", "Calle Ramírez N° 265, segundo piso")
MUNI_PHONE = ("(65) 245 1200", "+56 65 2451200", "65-2451210")
MUNI_WEB = ("www.munimaullin.cl", "munimaullin.cl", "www.maullin.cl")
REGION = "Región de Los Lagos"


def _sections() -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in (DATA / "names.txt").read_text("utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        elif line and not line.startswith("#"):
            current.append(line)
    return {k: tuple(v) for k, v in sections.items()}


_NAMES = _sections()
LOCALITIES = _NAMES["localities"]
VILLAS = _NAMES["villas"]
STREETS = _NAMES["streets"]
SCHOOLS = _NAMES["schools"]
JJVV = _NAMES["jjvv"]
ORGS = _NAMES["orgs"]
COMPANIES = tuple((n, int(p)) for n, p in (c.split("|") for c in _NAMES["companies"]))
FEMALE = _NAMES["female"]
MALE = _NAMES["male"]
SURNAMES = _NAMES["surnames"]


@dataclass(frozen=True)
class Person:
    name: str
    female: bool

    @property
    def title(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def honorific(self) -> str:
        return "doña" if self.female else "don"


def person(rng: random.Random) -> Person:
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    return Person(f"{first} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}", female)


@dataclass(frozen=True)
class Official:
    """A municipal official: the unit they head, their name and their charge."""

    unit: str
    person: Person
    cargo: str
    short: str  # the unit as people abbreviate it in texts


OFFICIALS = {
    u: Official(u, Person(name, sex == "F"), cargo, short)
    for u, name, sex, cargo, short in (row.split("|") for row in _NAMES["officials"])
}
UNIT_AREA = dict(row.split("|") for row in _NAMES["unit_areas"])
UNITS = tuple(UNIT_AREA)
_MASCULINE = ("GABINETE", "JUZGADO", "DEPARTAMENTO")


def the_unit(unit: str, *, upper: bool = False) -> str:
    """«la Dirección de Obras Municipales», «el Juzgado de Policía Local»."""
    name = UNIT_AREA[unit]
    article = "el" if name.startswith(_MASCULINE) else "la"
    article = article.capitalize() if upper else article
    return f"{article} {titled(name)}"


def official(rng: random.Random, unit: str, *, stand_in: float = 0.15) -> Official:
    """The head of ``unit``, or now and then whoever stands in (subrogante)."""
    head = OFFICIALS[unit]
    if rng.random() >= stand_in:
        return head
    other = person(rng)
    cargo = head.cargo
    if other.female != head.person.female:
        cargo = _swap_gender(cargo, female=other.female)
    return Official(unit, other, f"{cargo} (S)", head.short)


def _swap_gender(cargo: str, *, female: bool) -> str:
    pairs = (
        ("DIRECTOR ", "DIRECTORA "),
        ("JEFE ", "JEFA "),
        ("SECRETARIO ", "SECRETARIA "),
        ("ADMINISTRADOR ", "ADMINISTRADORA "),
        ("ASESOR ", "ASESORA "),
        ("JUEZ ", "JUEZA "),
        ("ALCALDE", "ALCALDESA"),
    )
    text = cargo + " "
    for male, fem in pairs:
        text = text.replace(male, fem) if female else text.replace(fem, male)
    return text.strip()


@dataclass(frozen=True)
class Service:
    """A public body that writes to the municipality."""

    ministry: str  # first letterhead line ("" when the body has none)
    org: str
    cargo: str
    city: str
    units: tuple[str, ...]
    domain: str


def _services() -> tuple[Service, ...]:
    rows = []
    for line in (DATA / "services.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ministry, org, cargo, city, units, domain = line.split("|")
        rows.append(Service(ministry, org, cargo, city, tuple(units.split(",")), domain))
    return tuple(rows)


SERVICES = _services()
CONTRALORIA_ORGS = ("CONTRALORÍA GENERAL DE LA REPÚBLICA", "CONTRALORÍA REGIONAL DE LOS LAGOS")


def contraloria() -> Service:
    return next(s for s in SERVICES if s.org.startswith("CONTRALORÍA"))


def service_for(rng: random.Random, unit: str) -> Service:
    """A service that plausibly writes about a matter of ``unit``."""
    fitting = [s for s in SERVICES if unit in s.units]
    return rng.choice(fitting or list(SERVICES))


_SMALL = {"de", "del", "la", "las", "el", "los", "y", "e", "a", "en", "para", "por", "con", "sobre"}


def titled(text: str) -> str:
    """Title case as Spanish writes it: «Dirección de Obras Municipales»."""
    words = text.lower().split(" ")
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def contract(text: str) -> str:
    """«de el» → «del», «a el» → «al», keeping the case."""

    def one(match: re.Match[str]) -> str:
        prep, article = match.group(1), match.group(2)
        joined = "del" if prep.lower() == "de" else "al"
        if prep.isupper() and article.isupper():
            return joined.upper()
        return joined.capitalize() if prep[0].isupper() else joined

    return re.sub(r"\b(de|a|DE|A|De)\s+(el|EL)\b", one, text)


# --- RUTs -----------------------------------------------------------------------------


def check_digit(number: int) -> str:
    total, factor = 0, 2
    for digit in reversed(str(number)):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return "0" if rest == 11 else "K" if rest == 10 else str(rest)


def rut_text(number: int) -> str:
    """The canonical form of the truth: 12.345.678-9."""
    return f"{number:,}".replace(",", ".") + "-" + check_digit(number)


def printed_rut(rng: random.Random, number: int) -> str:
    """How a document prints it (the truth is always rut_text)."""
    canonical = rut_text(number)
    style = rng.random()
    if style < 0.7:
        return canonical
    if style < 0.85:
        return canonical.replace(".", "")
    return canonical.replace("-", " - ") if style < 0.92 else canonical.lower()


def person_rut(rng: random.Random) -> int:
    return rng.randint(5_200_000, 24_900_000)


def company_rut(rng: random.Random, prefix: int) -> int:
    return prefix * 1_000_000 + rng.randint(1000, 999_999)


# --- dates and numbers ----------------------------------------------------------------

MONTHS = _NAMES["months"]
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_UNITS_WORDS = ("", *_NAMES["numbers"])  # 1..29


def number_words(n: int) -> str:
    """Spanish words for 1..31 and for the years 2000..2099."""
    if n >= 2000:
        rest = n - 2000
        return "dos mil" + (f" {number_words(rest)}" if rest else "")
    if n < 30:
        return _UNITS_WORDS[n]
    tens = {
        3: "treinta",
        4: "cuarenta",
        5: "cincuenta",
        6: "sesenta",
        7: "setenta",
        8: "ochenta",
        9: "noventa",
    }[n // 10]
    return tens + (f" y {_UNITS_WORDS[n % 10]}" if n % 10 else "")


def pick_date(rng: random.Random) -> date:
    """A working day between January 2024 and June 2026."""
    start = date(2024, 1, 2)
    day = start + timedelta(days=rng.randint(0, 910))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def long_date(day: date) -> str:
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def date_text(rng: random.Random, day: date, *, words: float = 0.0) -> str:
    """One of the ways Chilean offices print a date."""
    if rng.random() < words:
        return f"{number_words(day.day)} de {MONTHS[day.month - 1]} de {number_words(day.year)}"
    style = rng.choice(("long", "long", "long", "upper", "abbr", "slash", "dash", "dot", "week"))
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{day.day:0{rng.choice((1, 2))}d} de {month} de {day.year}"
    if style == "upper":
        return f"{day.day} DE {month.upper()} DE {day.year}"
    if style == "abbr":
        return f"{day.day:02d} {month[:3].upper()}. {day.year}"
    if style == "slash":
        return day.strftime("%d/%m/%Y")
    if style == "dash":
        return day.strftime("%d-%m-%Y")
    if style == "dot":
        return day.strftime("%d.%m.%Y")
    return f"{WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}"


def earlier(rng: random.Random, day: date, lo: int = 3, hi: int = 60) -> date:
    return day - timedelta(days=rng.randint(lo, hi))


def money(rng: random.Random, lo: int = 300_000, hi: int = 95_000_000) -> str:
    amount = rng.randint(lo // 1000, hi // 1000) * 1000
    return "$" + f"{amount:,}".replace(",", ".")


def number_sign(rng: random.Random) -> str:
    return rng.choice(("N°", "N°", "N°", "Nº", "N.º", "No.", "Nro."))


def phone(rng: random.Random) -> str:
    return (
        rng.choice(("+56 9 ", "9 ", "(65) 2"))
        + f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    )


def email_of(rng: random.Random, who: Person, domain: str) -> str:
    parts = who.name.lower().split()
    local = f"{parts[0]}.{parts[-2]}" if rng.random() < 0.6 else f"{parts[0][0]}{parts[-2]}"
    plain = local.translate(str.maketrans("áéíóúñü", "aeiounu"))
    return f"{plain}@{domain}"
