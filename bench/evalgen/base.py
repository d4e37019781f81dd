"""The ground truth of one document, and the pieces every kind of document shares."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from bench.evalgen import people as pp
from bench.evalgen.render import Letterhead, Sheet, Small, Style, random_style


@dataclass(frozen=True, kw_only=True)
class EvalTruth:
    """What a careful clerk registers for the document.

    ``doc_number`` is the correlative as printed, without the year that may follow it
    ("ORD. N° 1.245/2025" -> "1.245"; the scorer ignores the thousands dot). ``subject`` is
    the MAT./materia/ref. line, the summary above VISTOS of a decreto or resolución, the
    title of an acta, convenio, ordenanza or certificado, the information asked for in a
    solicitud; None when the document states none (a letter without a reference line).
    """

    kind: str
    doc_type: str
    direction: str
    unit: str
    subject: str | None
    doc_number: str | None
    doc_date: date
    sender: str
    sender_org: str | None = None
    recipient: str | None = None
    layout: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["doc_date"] = self.doc_date.isoformat()
        return data


def muni_name(rng: random.Random) -> str:
    return rng.choice(pp.MUNI_VARIANTS)


def muni_letterhead(rng: random.Random, unit: str | None = None) -> Letterhead:
    """The municipality's letterhead, with the issuing unit below it now and then."""
    lines = []
    if rng.random() < 0.5:
        lines.append("REPÚBLICA DE CHILE")
    lines.append("**" + muni_name(rng).upper())
    if unit and rng.random() < 0.6:
        lines.append(pp.UNITS[unit][0])
    if rng.random() < 0.3:
        lines.append("Región del Maule")
    return Letterhead(
        tuple(lines),
        align=rng.choice(("left", "left", "center")),
        logo=rng.choice(("shield", "box", None)),
    )


def service_letterhead(rng: random.Random, institution: str, office: str) -> Letterhead:
    lines = ["**" + institution.upper(), office]
    if rng.random() < 0.4:
        lines.insert(0, "GOBIERNO DE CHILE")
    return Letterhead(
        tuple(lines),
        align=rng.choice(("left", "left", "center")),
        logo=rng.choice(("bar", "bar", "shield", None)),
    )


def place_date(rng: random.Random, d: date, place: str = pp.COMMUNE) -> str:
    sep = rng.choice((", ", ", ", " "))
    return f"{place.upper() if rng.random() < 0.5 else place}{sep}{pp.long_date(d)}"


def numbered(rng: random.Random, label: str, num: str, year: int) -> str:
    """'ORD. N° 1.245/2025', 'ORD. Nº 245', 'ORD. N.º 245 - 2025' ..."""
    sign = rng.choice(("N°", "Nº", "N.º", "N°", "No."))
    shown = pp.dotted(num) if rng.random() < 0.6 else num
    tail = rng.choice(("", "", f"/{year}", f" / {year}", f" - {year}"))
    return f"{label} {sign} {shown}{tail}"


def sheet(rng: random.Random, *, footer: str | None = None, **kw: Any) -> Sheet:
    style: Style = random_style(rng, **kw)
    if footer and rng.random() < 0.7:
        style.footer = footer
    return Sheet(style=style)


def muni_footer(rng: random.Random) -> str:
    street = rng.choice(
        ("calle Comercio N° 255", "Av. Manuel Rodríguez N° 410", "calle Brasil 180")
    )
    return f"{street}, Licantén — Fono (75) 2{rng.randint(100000, 999999)} — www.licanten.cl"


def distribution(rng: random.Random, names: list[str]) -> Small:
    lines = [rng.choice(("DISTRIBUCIÓN:", "Distribución:", "DISTRIBUCION"))]
    lines += [f"{rng.choice(('-', '•', ''))} {n}".strip() for n in names]
    lines.append(pp.initials(rng, rng.randint(2, 3)))
    return Small(tuple(lines))


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(options)
