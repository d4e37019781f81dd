"""Who writes to Quirihue from outside (``data/offices.txt``, ``data/firms.txt``): Ñuble's
regional offices (in Chillán, or in Quirihue itself, the seat of the Provincia de Itata),
national services, courts, and the firms of the valley and of Chillán. Offices are
devgen8's Office records (the letterhead's name, the signer's post, the units its matters
concern, how it numbers and labels its oficios, the law it cites)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen2.topics import Topic
from bench.devgen8.senders import Office
from bench.devgen9 import topics, world


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in cell.split(";") if x)


def _offices() -> dict[str, tuple[Office, ...]]:
    pools: dict[str, list[Office]] = {}
    for line in world.sections("offices.txt")["offices"]:
        pool, org, man, woman, city, units, above, emblem, labels, mats, law, sort = line.split("|")
        office = Office(
            org,
            (man, woman),
            city,
            _split(units),
            above,
            emblem or "gob",
            labels=_split(labels),
            mat=_split(mats),
            law=law,
            sort=sort,
        )
        pools.setdefault(pool, []).append(office)
    return {k: tuple(v) for k, v in pools.items()}


_POOLS = _offices()
REGIONAL, NATIONAL, COURTS = _POOLS["regional"], _POOLS["nacional"], _POOLS["tribunal"]


@dataclass(frozen=True)
class Firm:
    sort: str  # sanitaria, electrica, telecom, cobranza, factoring, notaria, constructora, banco
    name: str
    rut: int  # without the check digit; 0 for a notary (a person)
    address: str
    post: tuple[str, str]  # (man, woman)
    units: tuple[str, ...]
    label: str  # what precedes the firm's own number; "" when it numbers nothing


def _firms() -> tuple[Firm, ...]:
    found = []
    for line in world.sections("firms.txt")["firms"]:
        sort, name, rut, address, man, woman, units, label = line.split("|")
        found.append(Firm(sort, name, int(rut), address, (man, woman), _split(units), label))
    return tuple(found)


FIRMS = _firms()


def office_for(rng: random.Random, topic: Topic, *pools: tuple[Office, ...]) -> Office | None:
    """An office of the first of ``pools`` that writes about ``topic``."""
    for pool in pools:
        fit = [o for o in pool if topics.fits(topic, o.units)]
        if fit:
            return rng.choice(fit)
    return None
