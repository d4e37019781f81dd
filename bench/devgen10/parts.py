"""What Tierra Amarilla's papers share: the context and the truth (devgen2's record), the
municipality's letterhead (the ochre hills, the escudo or nothing), how outsiders address the
mayor (a woman: «Señora Alcaldesa»), signatures, footers and the Oficina de Partes' stamp.
Offices' letterheads, page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.devgen10 import world

__all__ = ["Ctx", "carbon_copy", "doc", "initials", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Tierra Amarilla paper (devgen9's ``matter_record``)."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Tierra Amarilla's letterhead: its mark, its name, maybe a unit and the region."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper(), u.short) if u and ctx.chance(0.6) else ""
    region = ctx.pick(*world.PROVINCE) if ctx.chance(0.35) else ""
    emblem = ctx.pick("tierra-amarilla", "tierra-amarilla", "escudo", "none")
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "center", "right"), "", ctx.chance(0.4))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender registered: the post as signed, «(S)» kept)."""
    if ctx.chance(0.2):
        who, post = world.person(ctx.rng), f"{post} {ctx.pick('(S)', 'Subrogante')}"
    name = who.name.upper() if ctx.chance(0.6) else who.name
    shown = post.upper() if ctx.chance(0.5) else post
    org = org if org and ctx.chance(0.6) else ""
    block = Signature((Signer(name, shown, org),), ctx.pick("center", "left"), closing)
    return block, post


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑORA»)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(4)
    if style == 0:
        lines = f"SEÑORA\n{mayor.upper()}\nALCALDESA DE TIERRA AMARILLA\nPRESENTE"
        return lines, mayor.upper()
    if style == 1:
        first = "Señora Alcaldesa Ilustre Municipalidad de Tierra Amarilla"
        return f"{first}\nDoña {mayor}\nAv. Miguel Lemeur N° 345\nTierra Amarilla", first
    if style == 2:
        return f"Sra. {mayor}\nAlcaldesa\n{world.MUNI}\nPresente", f"Sra. {mayor}"
    return "A LA SEÑORA ALCALDESA\nDE LA COMUNA DE TIERRA AMARILLA", "A LA SEÑORA ALCALDESA"


def footer(ctx: Ctx, city: str = "", site: str = "") -> tuple[str, ...]:
    """An office's (``city``, ``site``) or the municipality's footer, or none."""
    if ctx.chance(0.4):
        return ()
    phone = f"(52) 2{ctx.rng.randint(200_000, 599_999)}"
    if city:
        return (f"{city}, Región de Atacama · Fono {phone} · {site}",)
    return (f"{ctx.pick(*world.MUNI_ADDRESS)} · Fono {phone} · {ctx.pick(*world.MUNI_MAIL)}",)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to five days later) and entry."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("OFICINA DE PARTES", "RECIBIDO", "I.M. TIERRA AMARILLA"))
    entry = rng.choice(("Folio", "N° Ingreso", "Reg.")) + f" {rng.randint(40, 6200)}"
    return title, f"{later.day:02d} {month} {later.year}", entry, "Tierra Amarilla"
