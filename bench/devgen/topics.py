"""The matters the documents are about, each with the unit a clerk would route it to."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.devgen import world


@dataclass(frozen=True)
class Topic:
    unit: str
    names: tuple[str, ...]  # noun phrases with placeholders
    detail: str
    key: str  # a short identifier for the truth file
    internal: bool = False  # only offices write about it


@dataclass(frozen=True)
class Matter:
    """A topic with its placeholders filled for one document."""

    topic: Topic
    name: str  # the noun phrase chosen ("la reposición de luminarias en Villa Los Ulmos")
    other: str  # the other way to name it
    detail: str
    place: str  # the locality the document mentions

    @property
    def unit(self) -> str:
        return self.topic.unit


def _load() -> tuple[Topic, ...]:
    topics: list[Topic] = []
    unit = ""
    for raw in (world.DATA / "topics.txt").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            unit = line.strip("[]")
            continue
        internal = line.startswith("! ")
        names, detail = line.removeprefix("! ").split(" ;; ")
        parts = tuple(p.strip() for p in names.split("|"))
        key = f"{unit}:{len([t for t in topics if t.unit == unit]) + 1:02d}"
        topics.append(Topic(unit, parts, detail.strip(), key, internal))
    return tuple(topics)


TOPICS = _load()
assert {t.unit for t in TOPICS} == set(world.UNITS)


def by_unit(unit: str) -> list[Topic]:
    return [t for t in TOPICS if t.unit == unit]


def _values(rng: random.Random) -> dict[str, str]:
    year = rng.choice((2024, 2025, 2026))
    return {
        "loc": rng.choice(world.LOCALITIES),
        "villa": rng.choice(world.VILLAS),
        "street": rng.choice(world.STREETS),
        "school": rng.choice(world.SCHOOLS),
        "jjvv": rng.choice(world.JJVV),
        "org": rng.choice(world.ORGS),
        "company": rng.choice(world.COMPANIES)[0],
        "n": str(rng.randint(2, 180)),
        "year": str(year),
        "year2": str(year + 4),
        "id": f"{rng.randint(2400, 4100)}-{rng.randint(3, 95)}-LE{year % 100}",
        "rol": f"{rng.randint(120, 4800)}-{year}",
        "month": rng.choice(world.MONTHS),
        "surname": rng.choice(world.SURNAMES),
    }


def fill(text: str, values: dict[str, str]) -> str:
    out = text.format(**values)
    out = re.sub(r"\bde el\b", "del", out)
    return re.sub(r"\ba el\b", "al", out)


def matter(rng: random.Random, topic: Topic) -> Matter:
    values = _values(rng)
    names = list(topic.names)
    rng.shuffle(names)
    name = fill(names[0], values)
    other = fill(names[-1], values)
    return Matter(topic, name, other, fill(topic.detail, values), values["loc"])


def public(rng: random.Random, topic: Topic) -> Topic:
    """``topic``, or, when only offices write about it, a matter of the same unit that
    citizens do write about."""
    if not topic.internal:
        return topic
    return rng.choice([t for t in by_unit(topic.unit) if not t.internal])


def pick(rng: random.Random, unit: str | None = None) -> Matter:
    pool = by_unit(unit) if unit else list(TOPICS)
    return matter(rng, rng.choice(pool))


def cap(text: str) -> str:
    """The first letter upper-cased, the rest untouched."""
    return text[:1].upper() + text[1:]
