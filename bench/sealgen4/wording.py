"""How Tomé's correspondents date, number and word their subjects. Dates, numbers, capitals
and narrow columns are devgen12's (the number a clerk registers: the number proper, no
thousands dots, no trailing year; leading zeros and «E-» kept); subject filling devgen8's;
the date range this set's own (March 2024 to November 2025) and the subject templates too."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import long_date
from bench.devgen2.wording import pick_date as pick_between
from bench.devgen8.wording import subject
from bench.devgen12.wording import capitals, number, place_date, some_earlier, spread, when

__all__ = [
    "cap",
    "capitals",
    "long_date",
    "number",
    "place_date",
    "some_earlier",
    "spread",
    "when",
]


def pick_date(rng: random.Random) -> date:
    """A working day from March 2024 to November 2025."""
    return pick_between(rng, date(2024, 3, 4), 610)


SERVICE = (
    "Solicita antecedentes sobre {m}",
    "Informa resultado de fiscalización sobre {m}",
    "Remite observaciones relativas a {m}, conforme a {law}",
    "Da respuesta a su Ord. N° {ord}, sobre {m}",
    "Convoca a mesa técnica regional por {m}",
    "Reitera requerimiento sobre {m}",
    "Comunica priorización de {m}",
)
OWN = (
    "Da respuesta a Ord. N° {ord} sobre {m}",
    "Solicita gestionar recursos para {m}",
    "Informa situación de {m}",
    "Solicita audiencia para tratar {m}",
    "Remite antecedentes técnicos de {m}",
)
COURT = (
    "Solicita informe sobre {m}",
    "Requiere antecedentes relativos a {m}",
    "Remite resolución dictada respecto de {m}",
)
FIRM = (
    "Informa trabajos relacionados con {m}",
    "Solicita reunión técnica por {m}",
    "Propone convenio de colaboración sobre {m}",
    "Responde requerimiento municipal sobre {m}",
)
NEIGHBOUR = (
    "Solicita solución a {m}",
    "Reclamo por {m}",
    "Solicita audiencia con el Sr. Alcalde por {m}",
    "Denuncia {m}",
    "Solicita apoyo municipal ante {m}",
)
MEMO = (
    "Remite antecedentes de {m}",
    "Solicita informe técnico sobre {m}",
    "Deriva presentación ciudadana sobre {m}",
    "Solicita disponibilidad presupuestaria para {m}",
)


def stated(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    """A subject from ``templates`` (devgen8's filling), its first letter capital."""
    return subject(rng, templates, m, day, law)


def is_complaint(text: str) -> bool:
    return text.startswith(("Reclamo", "Denuncia"))


def dotted(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def dated(rng: random.Random, day: date) -> str:
    """A long or short date, for a cell or a line after a label."""
    return rng.choice((long_date(day), dotted(day), when(rng, day)))
