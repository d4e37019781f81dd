"""How Pozo Almonte's correspondents write dates and subjects. Dates, numbers, capitals and
narrow columns are devgen12's («Iquique, 3 de marzo de 2025», «POZO ALMONTE, 03.03.2025»,
«Fecha: 03-03-2025»; «ORD. N° 1234/2025», «OF. ORD. N°: 0456», «E-12345/2025»), subject
filling devgen8's; the date range (March 2024 to the end of 2025) and the subject lines of
each kind of writer are this set's own.

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
from bench.devgen12.wording import stated as stated

__all__ = [
    "cap",
    "capitals",
    "earlier",
    "grouped",
    "long_date",
    "number",
    "place_date",
    "some_earlier",
    "spread",
    "stated",
    "when",
]


def pick_date(rng: random.Random) -> date:
    """A working day from March 2024 to the end of 2025."""
    return pick_between(rng, date(2024, 3, 4), 660)


def split_two(rng: random.Random, text: str) -> str:
    """``text`` broken once near its middle (a subject typed over two lines)."""
    words = text.split()
    if len(words) < 4:
        return text
    cut = len(words) // 2 + rng.choice((-1, 0, 1))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def said(rng: random.Random, templates: tuple[str, ...], m: Matter, day: date) -> str:
    """A subject from ``templates`` (``{m}`` the matter, ``{when}`` an earlier date)."""
    past = earlier(rng, day)
    shown = rng.choice((f"{past.day:02d}.{past.month:02d}.{past.year}", long_date(past)))
    return cap(rng.choice(templates).format(m=m.name, when=shown, sector=m.sector))


REGIONAL = (
    "Solicita antecedentes sobre {m}",
    "Informa resultado de visita inspectiva a {m}",
    "Remite observaciones a {m}",
    "Convoca a mesa técnica provincial por {m}",
    "Requiere pronunciamiento municipal sobre {m}",
    "Comunica programación de trabajos por {m}",
    "Reitera solicitud de fecha {when} relativa a {m}",
)
OWN = (
    "Solicita apoyo técnico para {m}",
    "Informa sobre {m}",
    "Remite antecedentes de {m}",
    "Solicita audiencia para tratar {m}",
    "Da respuesta a requerimiento sobre {m}",
)
COMPANY = (
    "Informa plan de trabajo por {m}",
    "Solicita permiso municipal para {m}",
    "Presenta propuesta de aporte comunitario por {m}",
    "Responde solicitud municipal sobre {m}",
)
COMMUNITY = (
    "Solicita apoyo para {m}",
    "Manifiesta preocupación por {m}",
    "Solicita audiencia con el Sr. Alcalde sobre {m}",
    "Reclamo por {m}",
    "Denuncia {m}",
)
MEMO = (
    "Remite antecedentes de {m}",
    "Solicita informe técnico sobre {m}",
    "Deriva presentación sobre {m}",
    "Solicita disponibilidad presupuestaria para {m}",
)
