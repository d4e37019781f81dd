"""How Tierra Amarilla's correspondents word a subject: the state's offices in the north
often name it with a noun («Solicitud de información sobre …», «Observaciones al …»,
«Remisión de …»), in sentence case, now and then closed by a full stop, with a project's
name in «…» and acronyms in parentheses. Dates, numbers («ORD. N° 1234/2025», «N° 12-A»),
antecedents and wrapping are devgen9's; subject filling and the date range devgen8's.

Truth: the subject as printed, lines joined, WITHOUT a closing full stop (punctuation that
ends the sentence, not part of the matter); numbers as devgen9's ``number`` keeps them."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2.topics import Matter
from bench.devgen8.wording import capitals, pick_date, subject
from bench.devgen9.wording import antecedents, listed, long_date, number, spread, town_date

__all__ = [
    "antecedents",
    "capitals",
    "listed",
    "long_date",
    "number",
    "pick_date",
    "spread",
    "subject",
    "town_date",
]

SERVICE = (
    "Solicitud de información sobre {m}",
    "Observaciones al pronunciamiento municipal sobre {m}",
    "Remisión de antecedentes de {m}, conforme a {law}",
    "Informa inicio de fiscalización por {m}",
    "Convocatoria a reunión técnica (modalidad presencial) por {m}",
    "Respuesta a Oficio Ord. N° {ord}, sobre {m}",
    "Traslado de denuncia ciudadana por {m}",
    "Solicita pronunciamiento sobre {m}",
)
OWN = (
    "Responde Ord. N° {ord} sobre {m}",
    "Solicitud de apoyo técnico para {m}",
    "Remite informe municipal sobre {m}",
    "Observaciones de la Municipalidad a {m}",
)
FIRM = (
    "Aviso de trabajos nocturnos en {sector} por {m}",
    "Solicitud de permiso para {m}",
    "Informa medidas de mitigación respecto de {m}",
    "Respuesta a carta de vecinos sobre {m}",
    "Programa de relacionamiento comunitario {year}: {m}",
)
PEOPLE = (
    "Reclamo por {m}",
    "Solicitud de reunión con la Sra. Alcaldesa por {m}",
    "Denuncia por {m}",
    "Petición de los vecinos de {sector} sobre {m}",
)
COMMUNITY = (
    "Solicita reunión con la Sra. Alcaldesa por {m}",
    "Consulta indígena sobre {m}",
    "Denuncia de la comunidad por {m}",
    "Petición de la comunidad sobre {m}",
)


def stated(
    rng: random.Random, templates: tuple[str, ...], m: Matter, day: date, law: str = ""
) -> str:
    """A subject from ``templates`` (``{year}`` filled too), its first letter capital."""
    filled = tuple(t.replace("{year}", str(day.year)) for t in templates)
    return subject(rng, filled, m, day, law)


def stop(rng: random.Random, text: str, p: float) -> str:
    """``text`` as printed, closed by a full stop now and then (the truth keeps ``text``)."""
    return f"{text}." if rng.random() < p else text
