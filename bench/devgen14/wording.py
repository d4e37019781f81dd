"""How Chimbarongo's correspondents write dates and subjects. Dates, numbers, capitals and
narrow columns are devgen12's («Rancagua, 3 de marzo de 2025», «CHIMBARONGO, 03.03.2025»,
«Fecha: 03-03-2025»; «ORD. N° 1234/2025», «OF. ORD. N°: 0456», «E-12345/2025»), the
splitting of a subject over lines devgen13's; the date range (January 2024 to November 2025)
and the subject lines of each kind of writer are this set's own: many open with «Solicita»,
«Informa», «Remite» or «Responde».

Numbers in the truth, as devgen12 keeps them: the number proper, without thousands dots and
without a trailing year; leading zeros and an «E-» prefix stay."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.wording import pick_date as pick_between
from bench.devgen12.wording import (
    capitals,
    grouped,
    number,
    place_date,
    some_earlier,
    spread,
    when,
)
from bench.devgen13.wording import split_two

__all__ = [
    "cap",
    "capitals",
    "earlier",
    "grouped",
    "long_date",
    "number",
    "place_date",
    "some_earlier",
    "split_two",
    "spread",
    "when",
]


def pick_date(rng: random.Random) -> date:
    """A working day from January 2024 to November 2025."""
    return pick_between(rng, date(2024, 1, 8), 680)


def said(rng: random.Random, templates: tuple[str, ...], m: Matter, day: date) -> str:
    """A subject from ``templates`` (``{m}`` the matter, ``{when}`` an earlier date, ``{ord}``
    an earlier paper's number)."""
    past = earlier(rng, day)
    shown = rng.choice((f"{past.day:02d}.{past.month:02d}.{past.year}", long_date(past)))
    values = {"m": m.name, "when": shown, "sector": m.sector, "ord": str(rng.randint(14, 2400))}
    return cap(rng.choice(templates).format(**values))


def shaped(rng: random.Random, text: str, *, lower: float = 0.0, upper: float = 0.0) -> str:
    """``text`` now and then in capitals, or all in small letters as a hurried typist leaves
    it (the truth keeps the case printed)."""
    roll = rng.random()
    if roll < lower:
        return text.lower()
    if roll < lower + upper:
        return text.upper()
    return text


SERVICE = (
    "Solicita antecedentes sobre {m}",
    "Informa resultado de fiscalización a {m}",
    "Remite observaciones a {m}",
    "Responde Oficio Alc. N° {ord} sobre {m}",
    "Convoca a mesa técnica provincial por {m}",
    "Reitera solicitud de fecha {when} relativa a {m}",
    "Comunica programación de trabajos por {m}",
)
PEER = (
    "Solicita colaboración intercomunal por {m}",
    "Informa acuerdo de alcaldes de Colchagua sobre {m}",
    "Remite propuesta de trabajo conjunto sobre {m}",
    "Responde Ord. N° {ord}, relativo a {m}",
    "Invita a coordinar acciones por {m}",
)
OWN = (
    "Solicita apoyo técnico para {m}",
    "Informa sobre {m}",
    "Remite antecedentes de {m}",
    "Responde Ord. N° {ord} sobre {m}",
    "Solicita audiencia para tratar {m}",
    "Solicita fiscalización de {m}",
)
COMPANY = (
    "Informa plan de trabajo por {m}",
    "Solicita permiso municipal para {m}",
    "Remite antecedentes sobre {m}",
    "Responde solicitud municipal sobre {m}",
    "Presenta propuesta de aporte a la comunidad por {m}",
)
COMMUNITY = (
    "Solicita apoyo para {m}",
    "Solicita audiencia con el Sr. Alcalde sobre {m}",
    "Reclamo por {m}",
    "Denuncia {m}",
    "Informa situación de {m}",
    "Solicita solución urgente para {m}",
)
REPLY = (
    "Responde su carta sobre {m}",
    "Responde presentación de fecha {when} sobre {m}",
    "Informa respecto de {m}",
    "Da respuesta a solicitud relativa a {m}",
    "Remite información sobre {m}",
)
MEMO = (
    "Remite antecedentes de {m}",
    "Solicita informe técnico sobre {m}",
    "Informa estado de {m}",
    "Solicita disponibilidad presupuestaria para {m}",
    "Deriva presentación sobre {m}",
)


def complaint(subject: str | None) -> bool:
    """Whether a letter's stated subject makes it a complaint (a reclamo)."""
    return subject is not None and subject.lower().startswith(("reclamo", "denuncia"))
