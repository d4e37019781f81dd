"""How Quirihue's papers and correspondents write dates («Chillán, 3 de marzo de 2025»,
«CHILLÁN, 03 MAR. 2025», «03/03/2025», «3 de marzo del 2025»), numbers («OF. ORD. N°
1234/2025», «Oficio N°: 45», «OFICIO RES. N° 88», «ORD. N° 12-A», «N° 0045»), antecedents
that list several documents, and the subject lines of each kind of writer.

Numbers in the truth: the number proper, without thousands dots and without a trailing year
(«1.234/2025» → 1234); a letter suffix and leading zeros stay as printed («12-A», «0045»)."""

from __future__ import annotations

import random
import string
from datetime import date

from bench.devgen2.topics import cap
from bench.devgen2.wording import WEEKDAYS as WEEKDAYS
from bench.devgen2.wording import earlier, long_date
from bench.devgen2.world import MONTHS
from bench.devgen5.wording import wrap
from bench.devgen8.wording import capitals as capitals
from bench.devgen8.wording import pick_date as pick_date
from bench.devgen8.wording import subject as subject
from bench.devgen9 import world

__all__ = ["cap", "capitals", "earlier", "long_date", "pick_date", "subject", "wrap"]


def when(rng: random.Random, day: date) -> str:
    """A date as Ñuble's papers print it (``dates`` in data/texts.txt)."""
    month = MONTHS[day.month - 1]
    parts = {"d": day.day, "dd": f"{day.day:02d}", "mm": f"{day.month:02d}", "y": day.year}
    parts |= {"month": month, "Month": month.capitalize(), "MONTH": month.upper()}
    parts |= {"mon": month[:3].upper(), "weekday": WEEKDAYS[day.weekday()]}
    return rng.choice(world.texts("dates")).format_map(parts)


def town_date(rng: random.Random, town: str, day: date) -> str:
    """«Chillán, 3 de marzo de 2025», «CHILLÁN, 03 MAR. 2025», «Quirihue, 03/03/2025»."""
    return f"{town.upper() if rng.random() < 0.35 else town}, {when(rng, day)}"


def grouped(num: int) -> str:
    """1234 → 1.234."""
    return f"{num:,}".replace(",", ".")


def number(rng: random.Random, label: str, year: int, top: int = 2400) -> tuple[str, str]:
    """(the number as printed after ``label``, the number a clerk registers)."""
    n = rng.randint(4, top)
    form = rng.randrange(7)
    if form == 0:
        return f"{label} N° {n}/{year}", str(n)
    if form == 1:
        return f"{label} N°: {n}", str(n)
    if form == 2:
        suffixed = f"{n % 300 + 1}-{rng.choice(string.ascii_uppercase[:4])}"
        return f"{label} N° {suffixed}", suffixed
    if form == 3:
        padded = f"{n:04d}"
        return f"{label} N° {padded}", padded
    if form == 4 and n >= 1000:
        return f"{label} Nº {grouped(n)}", str(n)
    if form == 5:
        return f"{label} N° {n} / {str(year)[2:]}", str(n)
    return f"{label} N° {n}", str(n)


def some_earlier(rng: random.Random, day: date) -> str:
    """An earlier date as a reference prints it: «12.02.2025» or «12 de febrero de 2025»."""
    past = earlier(rng, day)
    if rng.random() < 0.5:
        return f"{past.day:02d}.{past.month:02d}.{past.year}"
    return long_date(past)


def antecedents(rng: random.Random, day: date, whose: str, *, most: int = 3) -> list[str]:
    """The documents an ANT. lists (none, one or several), each as a line."""
    forms = world.texts("antecedents")
    count = rng.choice((0, 1, 1, 2, most))
    picked = rng.sample(forms, count)
    return [
        f.format(n=rng.randint(15, 2980), d=some_earlier(rng, day), y=day.year, w=whose)
        for f in picked
    ]


def listed(rng: random.Random, lines: list[str]) -> str:
    """Several antecedents as printed: one a line, lettered or numbered when more than one."""
    if len(lines) < 2:
        return "".join(lines)
    marks = rng.choice(("a) b) c) d)", "1. 2. 3. 4.", "- - - -")).split()
    return "\n".join(f"{m} {x}" for m, x in zip(marks, lines, strict=False))


REGIONAL = world.texts("subjects-regional")
COURT = world.texts("subjects-court")
OWN = world.texts("subjects-own")
MEMO = world.texts("subjects-memo")
NEIGHBOUR = world.texts("subjects-neighbour")
ORGANISATION = world.texts("subjects-organisation")


def spread(rng: random.Random, text: str, lines: int) -> str:
    """``text`` typed over about ``lines`` lines of a narrow column (the truth joins them)."""
    width = max(18, len(text) // lines + 4)
    return wrap(rng, text, width)
