"""What Tomé's papers share: the truth (devgen9's matter record over devgen2's), Tomé's
letterhead (its own mark, the escudo or nothing), how outsiders address the mayor, who signs
(a stand-in «(S)», or «por orden del Alcalde»), footers and the Oficina de Partes' stamp.
Offices' letterheads, page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen9.oficios import foot
from bench.devgen9.parts import carbon_copy, doc, matter_record, office_head
from bench.sealgen4 import world

__all__ = ["Ctx", "carbon_copy", "doc", "foot", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Tomé paper."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Tomé's letterhead: its mark or the escudo, its name, maybe a unit and the region."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper(), f"{u.short} - {u.full}") if u else ""
    under = under if ctx.chance(0.6) else ""
    region = ctx.pick(*world.REGION) if ctx.chance(0.35) else ""
    emblem = ctx.pick("tome", "tome", "escudo", "none")
    caption = ctx.pick("", "REPÚBLICA DE CHILE") if emblem == "escudo" else ""
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "center", "left"), caption, ctx.chance(0.45))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender registered: the post as signed, «(S)» kept)."""
    if ctx.chance(0.15):
        who, post = world.person(ctx.rng), f"{post} {ctx.pick('(S)', 'Subrogante', '(s)')}"
    name = who.name.upper() if ctx.chance(0.5) else who.name
    shown = post.upper() if ctx.chance(0.5) else post
    org = org if org and ctx.chance(0.55) else ""
    align = ctx.pick("center", "center", "left", "right")
    return Signature((Signer(name, shown, org),), align, closing, ctx.chance(0.4)), post


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administrador Municipal «por orden del Alcalde»."""
    if ctx.chance(0.2):
        admin = world.UNITS["administracion"].chief
        shown = f"{admin.name.upper()}\nADMINISTRADOR MUNICIPAL\nPOR ORDEN DEL SR. ALCALDE"
        block = Signature((Signer(shown, ""),), "center", closing)
        return block, "Administrador Municipal por orden del Sr. Alcalde"
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑOR»)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(5)
    if style == 0:
        return f"SEÑOR\n{mayor.upper()}\nALCALDE I. MUNICIPALIDAD DE TOMÉ\nPRESENTE", mayor.upper()
    if style == 1:
        first = f"Señor {mayor}"
        return f"{first}\nAlcalde de la Comuna de Tomé\nMariano Egaña 1115, Tomé", first
    if style == 2:
        first = "Señor Alcalde de la Ilustre Municipalidad de Tomé"
        return f"{first}\nDon {mayor}\nPRESENTE", first
    if style == 3:
        first = "SR. ALCALDE COMUNA DE TOMÉ"
        return f"{first}\nPresente", first
    first = "Al Sr. Alcalde"
    return f"{first}\nI. Municipalidad de Tomé\nS/D", first


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's footer (``office``), the municipality's, or none."""
    if ctx.chance(0.4):
        return ()
    if office:
        return (office,)
    return (f"{ctx.pick(*world.MUNI_ADDRESS)} – {ctx.pick(*world.MUNI_PHONE)}",)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to five days later), folio, hour."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("I. MUNICIPALIDAD DE TOMÉ", "MUNICIPALIDAD DE TOMÉ"))
    label = rng.choice(("OFICINA DE PARTES", "OF. PARTES - RECIBIDO", "RECEPCIÓN"))
    folio = f"Folio {rng.randint(150, 14_000)} · {rng.randint(8, 16)}:{rng.randint(0, 59):02d} h"
    return title, label, f"{later.day:02d} {month} {later.year}", folio
