"""How Vallenar's correspondents write dates, numbers and subjects. devgen12's dates and
numbers are drawn beside this set's own: «Vallenar, 3 de Marzo del 2025», «VALLENAR, 03
MAR. 2025», «Copiapó, marzo 3 de 2025», «En Vallenar, a 3 de marzo de 2025», «3/3/2025»;
«ORD. N° 345 de 2025», «OFICIO N°345.-», «ORD. N.º 1.345/2025», «N° 0345 / 2025». The date
range (April 2024 to the end of 2025) and the subject lines of each writer are this set's.

Numbers in the truth, as devgen12 keeps them: the number proper, without thousands dots,
without a trailing year or full stop; leading zeros and an «E-» prefix stay."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2 import wording as w2
from bench.devgen2.topics import Matter, cap
from bench.devgen2.world import MONTHS
from bench.devgen12 import wording as w12

__all__ = ["cap", "earlier", "long_date"]

earlier, long_date = w2.earlier, w2.long_date
grouped, spread, capitals, some_earlier = w12.grouped, w12.spread, w12.capitals, w12.some_earlier
FIRST_DAY = date(2024, 4, 1)


def pick_date(rng: random.Random) -> date:
    """A working day from April 2024 to the end of 2025."""
    return w2.pick_date(rng, FIRST_DAY, 630)


def day_text(rng: random.Random, day: date) -> str:
    """A date alone: devgen12's ways, or one of this set's."""
    month = MONTHS[day.month - 1]
    if rng.random() < 0.5:
        return w12.when(rng, day)
    return rng.choice(
        (
            f"{day.day} de {month.capitalize()} del {day.year}",
            f"{day.day:02d} {month[:3].upper()}. {day.year}",
            f"{month.capitalize()} {day.day} de {day.year}",
            f"{day.day}/{day.month}/{day.year}",
            f"{day.day} DE {month.upper()} DE {day.year}",
        )
    )


def place_date(rng: random.Random, town: str, day: date) -> str:
    """«Vallenar, 3 de marzo de 2025», «En Vallenar, a …» or devgen12's «Fecha: 03-03-2025»."""
    roll = rng.random()
    if roll < 0.3:
        return w12.place_date(rng, town, day)
    if roll < 0.4:
        return f"En {town}, a {long_date(day)}"
    shown = town.upper() if roll < 0.55 else town
    return f"{shown}, {day_text(rng, day)}"


def number(rng: random.Random, label: str, year: int, top: int = 3600) -> tuple[str, str]:
    """(the number as printed after ``label``, the number a clerk registers)."""
    if rng.random() < 0.45:
        return w12.number(rng, label, year, top)
    n = rng.randint(9, top)
    form = rng.randrange(5)
    if form == 0:
        return f"{label} N° {n} de {year}", str(n)
    if form == 1:
        return f"{label} N°{n}.-", str(n)
    if form == 2 and n >= 1000:
        return f"{label} N.º {grouped(n)}/{year}", str(n)
    if form == 3:
        return f"{label} N° {n:04d} / {year}", f"{n:04d}"
    return f"{label} Nº {n}", str(n)


def split_in(rng: random.Random, text: str, parts: int) -> str:
    """``text`` broken into about ``parts`` lines of equal length."""
    return w12.spread(rng, text, parts) if len(text.split()) > parts + 1 else text


def said(rng: random.Random, templates: tuple[str, ...], m: Matter, day: date) -> str:
    """A subject from ``templates``: {m} the matter, {when} an earlier date, {where} its
    sector, {n} an earlier paper's number."""
    past = earlier(rng, day)
    values = {
        "m": m.name,
        "when": rng.choice((f"{past.day}/{past.month}/{past.year}", long_date(past))),
        "where": m.sector,
        "n": str(rng.randint(40, 2900)),
    }
    return cap(rng.choice(templates).format(**values))


SERVICE = (
    "Solicita remitir información relativa a {m}",
    "Informa hallazgos de fiscalización en terreno sobre {m}",
    "Comunica inicio de proceso por {m}",
    "Remite acta de reunión técnica de fecha {when} sobre {m}",
    "Pide designar contraparte municipal para {m}",
    "Reitera Ord. N° {n}, relativo a {m}",
    "Observaciones al informe municipal sobre {m}",
    "Cita a mesa provincial por {m}",
)
NEIGHBOUR_MUNI = (
    "Propone trabajo intercomunal sobre {m}",
    "Solicita colaboración de maquinaria por {m}",
    "Invita a reunión de alcaldes del Huasco sobre {m}",
    "Informa acuerdo de su Concejo sobre {m}",
)
MAYOR = (
    "Solicita gestiones urgentes por {m}",
    "Responde Ord. N° {n} sobre {m}",
    "Envía antecedentes técnicos de {m}",
    "Solicita reunión para abordar {m}",
    "Informa acciones municipales respecto de {m}",
)
FIRM = (
    "Solicita autorización municipal para {m}",
    "Informa programa de trabajos relacionado con {m}",
    "Ofrece colaboración en {m}",
    "Da respuesta a consulta municipal sobre {m}",
    "Comunica medidas de mitigación por {m}",
)
PEOPLE = (
    "Solicitud de apoyo para {m}",
    "Petición de audiencia con el Alcalde por {m}",
    "Expone situación de {m}",
    "Reclamo por {m}",
    "Denuncia por {m}",
    "Solicitud de vecinos de {where} sobre {m}",
)
GROUP = tuple(t for t in PEOPLE if "{where}" not in t)  # organisations speak for themselves
ANSWER = (
    "Responde presentación sobre {m}",
    "Informa sobre {m}",
    "Da respuesta a su carta relativa a {m}",
)
MEMO = (
    "Deriva reclamo ciudadano sobre {m}",
    "Pide informe técnico acerca de {m}",
    "Remite expediente de {m}",
    "Solicita certificado de disponibilidad presupuestaria para {m}",
    "Coordina visita a terreno por {m}",
)
