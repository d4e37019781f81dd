"""What Quirihue's papers are about, each matter under the unit a clerk would route it to
(``data/matters.txt``): forest fires and the shelters after them, the Itata valley's small
vineyards and their wine feast, drought and water trucks, rural drinking-water committees,
logging trucks in town, rural schools and health posts. A matter is devgen2's (two noun
phrases, a sentence of detail, whether only offices write about it), filled in with the
commune's places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic
from bench.devgen9 import world


def _topics() -> tuple[Topic, ...]:
    found: list[Topic] = []
    for unit, lines in world.sections("matters.txt").items():
        for i, line in enumerate(lines, 1):
            names, detail = line.lstrip("! ").split(" ;; ")
            phrases = tuple(x.strip() for x in names.split(" | "))
            found.append(Topic(unit, f"quirihue-{unit}:{i:02d}", phrases, detail, line[0] == "!"))
    return tuple(found)


TOPICS = _topics()
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year`` (either phrase may lead)."""
    values = world.fill(rng, year)
    first, second = rng.sample(topic.names, 2)
    return Matter(
        topic,
        first.format_map(values),
        second.format_map(values),
        topic.detail.format_map(values),
        values["sector"],
    )


def pick(rng: random.Random, year: int, unit: str = "", *, public: bool = False) -> Matter:
    """A matter of ``unit`` (of any unit when empty); ``public``: one outsiders write about."""
    pool = [t for t in TOPICS if t.unit == unit or not unit]
    open_ones = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(open_ones if public and open_ones else pool), year)


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """What a neighbour or a firm writes about: ``topic`` if it is public, else a public one
    of the same unit, else any public one."""
    if not topic.internal:
        return topic
    public = [t for t in TOPICS if not t.internal]
    return rng.choice([t for t in public if t.unit == topic.unit] or public)


def fits(topic: Topic, wanted: Collection[str]) -> bool:
    """Whether ``wanted`` (unit codes, or «unit:NN» for one matter) takes in ``topic``."""
    return topic.unit in wanted or topic.key.split("-", 1)[1] in wanted


def within(rng: random.Random, year: int, wanted: Collection[str]) -> Matter:
    """A public matter (if any) of those ``wanted`` takes in."""
    pool = [t for t in TOPICS if fits(t, wanted)]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)
