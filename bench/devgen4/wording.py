"""How Putre's papers say things. The dates, numbers and closings are devgen2's
(bench.devgen2.wording); this set adds the date in words of courts and notaries («Arica, a
veinte de marzo de dos mil veinticinco»), the way neighbours date a letter, and the
subject lines of the services of Arica y Parinacota."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen.world import number_words
from bench.devgen2 import wording as wording2
from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import closing as closing
from bench.devgen2.wording import date_text as date_text
from bench.devgen2.wording import earlier as earlier
from bench.devgen2.wording import long_date as long_date
from bench.devgen2.wording import number_line as number_line
from bench.devgen2.wording import place_date as place_date
from bench.devgen2.wording import printed as printed
from bench.devgen2.wording import sign as sign
from bench.devgen2.world import MONTHS


def pick_date(rng: random.Random) -> date:
    """A working day from January 2024 to October 2025."""
    return wording2.pick_date(rng, date(2024, 1, 2), 660)


def in_words(day: date, *, article: bool = False) -> str:
    """«veinte de marzo de dos mil veinticinco» (with ``article``: «a veinte de …»)."""
    text = f"{number_words(day.day)} de {MONTHS[day.month - 1]} de {number_words(day.year)}"
    return f"a {text}" if article else text


def court_date(rng: random.Random, city: str, day: date) -> str:
    """How a court or a prosecutor dates an oficio: mostly in words."""
    if rng.random() < 0.7:
        return f"{city}, {in_words(day, article=rng.random() < 0.4)}."
    return place_date(rng, city, day)


def home_date(rng: random.Random, place: str, day: date) -> str:
    """How a neighbour dates a letter: «Putre, 12 de marzo de 2025», «Socoroma, marzo 12 del
    2025», «Putre, 12/03/2025»."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{place}, {day.day} de {month} de {day.year}",
            f"{place}, {day.day} de {month} de {day.year}.",
            f"{place}, {month} {day.day} del {day.year}",
            f"{place}, {day.day:02d}/{day.month:02d}/{day.year}",
            f"{place} {day.day} de {month.capitalize()} {day.year}",
        )
    )


def salutation(rng: random.Random, *, mayor: bool) -> str:
    """The greeting of a letter (``mayor``: it is addressed to him)."""
    common = ("De mi consideración:", "De mi consideración:", "De nuestra consideración:",
              "Junto con saludarle muy atentamente:")  # fmt: skip
    return rng.choice(common + (("Estimado Sr. Alcalde:", "Señor Alcalde:") if mayor else ()))


# Subject lines of the services' oficios: «{m}» is the matter's noun phrase.
SERVICE_MATS = (
    "Solicita informe sobre {m}",
    "Remite observaciones respecto de {m}",
    "Informa sobre {m}",
    "Solicita designar contraparte técnica para {m}",
    "Instruye adoptar medidas respecto de {m}",
    "Requiere antecedentes relativos a {m}",
    "Convoca a mesa de trabajo sobre {m}",
    "Comunica resultado de la fiscalización de {m}",
)


def service_mat(rng: random.Random, m: Matter) -> str:
    return cap(rng.choice(SERVICE_MATS).format(m=m.name))


def break_mid(rng: random.Random, text: str) -> str:
    """``text`` with a hard line break in the middle of a sentence, as a typist breaks a MAT.
    line to keep it in its column (the truth folds it back into one line)."""
    words = text.split()
    if len(words) < 6:
        return text
    cut = rng.randint(len(words) // 3, 2 * len(words) // 3)
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
