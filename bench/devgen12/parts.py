"""What Lo Prado's papers share: the context and the truth (devgen2's record), the
municipality's letterhead (its own mark, the escudo or nothing), how outsiders address the
mayor (a man: «Señor Alcalde»), signatures (a stand-in «(S)», or the Administrador Municipal
«por orden del Alcalde»), footers and the Oficina de Partes' stamp. Offices' letterheads,
page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.devgen12 import world

__all__ = ["Ctx", "carbon_copy", "doc", "initials", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Lo Prado paper (devgen9's ``matter_record``)."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Lo Prado's letterhead: its mark, its name, maybe a unit and the region."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper(), f"{u.full} ({u.short})") if u else ""
    under = under if ctx.chance(0.65) else ""
    region = ctx.pick(*world.REGION) if ctx.chance(0.3) else ""
    emblem = ctx.pick("lo-prado", "lo-prado", "escudo", "none")
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "left", "center"), "", ctx.chance(0.4))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender registered: the post as signed, «(S)» kept)."""
    if ctx.chance(0.18):
        who, post = world.person(ctx.rng), f"{post} {ctx.pick('(S)', 'Subrogante')}"
    name = who.name.upper() if ctx.chance(0.55) else who.name
    shown = post.upper() if ctx.chance(0.5) else post
    org = org if org and ctx.chance(0.5) else ""
    block = Signature((Signer(name, shown, org),), ctx.pick("center", "center", "left"), closing)
    return block, post


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administrador Municipal «por orden del Alcalde»."""
    if ctx.chance(0.25):
        admin = world.UNITS["administracion"].chief
        shown = f"{admin.name.upper()}\nADMINISTRADOR MUNICIPAL\nPOR ORDEN DEL ALCALDE"
        block = Signature((Signer(shown, ""),), "center", closing)
        return block, "Administrador Municipal por orden del Alcalde"
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑOR»)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(5)
    if style == 0:
        return f"SEÑOR\n{mayor.upper()}\nALCALDE DE LO PRADO\nPRESENTE", mayor.upper()
    if style == 1:
        first = f"Señor {mayor}"
        return f"{first}\nAlcalde\n{world.MUNI}\nAv. San Pablo 5959, Lo Prado", first
    if style == 2:
        first = "Sr. Alcalde de la Municipalidad de Lo Prado"
        return f"{first}\nDon {mayor}\nPresente", first
    if style == 3:
        first = "AL SEÑOR ALCALDE DE LA COMUNA DE LO PRADO"
        return first, first
    first = f"Sr. {mayor}"
    return f"{first}\nAlcalde de Lo Prado\nSu despacho", first


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's (``office``: its web and city) or the municipality's footer, or none."""
    if ctx.chance(0.4):
        return ()
    if office:
        return (office,)
    phone = ctx.pick(*world.MUNI_PHONE)
    return (f"{ctx.pick(*world.MUNI_ADDRESS)} · {phone} · {ctx.pick(*world.MUNI_MAIL)}",)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to four days later), entry, hour."""
    later = day + timedelta(days=rng.randint(1, 4))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("MUNICIPALIDAD DE LO PRADO", "OFICINA DE PARTES LO PRADO", "RECIBIDO"))
    entry = (
        f"Ingreso N° {rng.randint(1200, 28_000)} · {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
    )
    return title, "OFICINA DE PARTES", f"{later.day:02d} {month} {later.year}", entry
