"""Quirihue's world: the municipality (Provincia de Itata, Región de Ñuble, region code NB)
and how it names itself, its units and their heads (the unit codes of every development
set), and the people, places and organisations of the Itata valley, read from
``data/world.txt``."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from bench.devgen2.world import Person
from bench.devgen8.world import Unit, with_article

DATA = Path(__file__).with_name("data")
COMMUNE = "Quirihue"
REGION_CODE = "NB"


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The ``[section]`` lists of a data file, without comments and blank lines."""
    text = (DATA / name).read_text("utf-8")
    pieces = re.split(r"^\[([\w-]+)\]\s*$", text, flags=re.MULTILINE)
    return {
        title: tuple(x.strip() for x in body.splitlines() if x.strip() and x[0] != "#")
        for title, body in zip(pieces[1::2], pieces[2::2], strict=True)
    }


def texts(section: str) -> tuple[str, ...]:
    """The lines of a section of ``data/texts.txt``."""
    return sections("texts.txt")[section]


def rows(section: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a section of ``data/texts.txt``, their fields split at « | »."""
    return tuple(tuple(x.strip() for x in line.split(" | ")) for line in texts(section))


MUNI_NAMES = texts("muni-names")
MUNI = MUNI_NAMES[0]
MUNI_ADDRESS, MUNI_PHONE = texts("muni-address"), texts("muni-phone")
MUNI_MAIL, PROVINCE = texts("muni-mail"), texts("province")
_W = sections("world.txt")
SECTORS, STREETS, JJVV, ORGS = _W["sectors"], _W["streets"], _W["jjvv"], _W["orgs"]
SCHOOLS, HEALTH, WORKS = _W["schools"], _W["health"], _W["works"]

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(head, sex == "F"))
    for code, full, short, post, head, sex in (
        tuple(x.strip() for x in line.split("|")) for line in _W["units"]
    )
}
UNIT_CODES = tuple(UNITS)
# Units whose name takes «el» (the others «la»).
_MASCULINE = ("Departamento", "Juzgado")


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the valley: one or two given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    given = rng.choice(_W["given_f"] if woman else _W["given_m"])
    return Person(" ".join((given, *rng.sample(_W["surnames"], 2))), woman)


def unit_article(code: str) -> str:
    """«la Dirección de Obras Municipales», «el Juzgado de Policía Local»."""
    full = UNITS[code].full
    return f"{'el' if full.startswith(_MASCULINE) else 'la'} {full}"


def street_address(rng: random.Random) -> str:
    """«Calle Freire 312», «Camino a Coipín s/n»."""
    street = rng.choice(STREETS)
    number = "s/n" if street.startswith("camino") else f"{rng.randint(15, 1290)}"
    return f"{street[:1].upper()}{street[1:]} {number}"


def mobile(rng: random.Random) -> str:
    return rng.choice(("+56 9 ", "9-", "09 ")) + f"{rng.randint(41_000_000, 99_999_999)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    drawn = {"sector": SECTORS, "jjvv": JJVV, "school": SCHOOLS, "posta": HEALTH, "obra": WORKS}
    values = {key: rng.choice(pool) for key, pool in (*drawn.items(), ("fundo", _W["fundos"]))}
    values["org"] = with_article(rng.choice(ORGS))
    values["calle"] = street_address(rng)
    values["rol"] = f"{rng.randint(40, 760)}-{rng.randint(1, 38)}"
    values["n"], values["year"] = str(rng.randint(3, 88)), str(year)
    values["persona"] = person(rng).name
    values["licit"] = f"{rng.randint(3900, 3999)}-{rng.randint(5, 60)}-LP{year % 100}"
    return values
