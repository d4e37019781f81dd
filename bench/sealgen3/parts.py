"""What Casablanca's papers share: the context and the clerk's record (devgen9's
``matter_record``), the municipality's letterhead (its own mark, a bunch of grapes over the
valley, the escudo, or nothing), how outsiders address the mayor (a woman: «Señora
Alcaldesa»), signatures (a stand-in «(S)», or the Administradora Municipal «por orden de la
Sra. Alcaldesa»), footers and the Oficina de Partes' stamp. Offices' letterheads, initials,
copy lists and the oficio foot are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen9.oficios import foot
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.sealgen3 import world

__all__ = ["Ctx", "carbon_copy", "doc", "foot", "initials", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Casablanca paper."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Casablanca's letterhead: its mark, its name, maybe a unit and the province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper(), f"{u.short} - {u.full}") if u else ""
    under = under if ctx.chance(0.6) else ""
    region = ctx.pick(*world.PROVINCE) if ctx.chance(0.35) else ""
    emblem = ctx.pick("casablanca", "casablanca", "escudo", "none")
    caption = ctx.pick("", "CASABLANCA", "REPÚBLICA DE CHILE") if emblem == "escudo" else ""
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "center", "right"), caption, ctx.chance(0.45))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender registered: the post as signed, «(S)» kept)."""
    if ctx.chance(0.15):
        who, post = world.person(ctx.rng), f"{post} {ctx.pick('(S)', '(S)', 'Subrogante')}"
    name = who.name.upper() if ctx.chance(0.6) else who.name
    shown = post.upper() if ctx.chance(0.45) else post
    org = org if org and ctx.chance(0.45) and org.upper() not in shown.upper() else ""
    align = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(name, shown, org),), align, closing, ctx.chance(0.3)), post


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administradora Municipal by order of the mayor."""
    if ctx.chance(0.2):
        admin = world.UNITS["administracion"].chief
        shown = f"{admin.name.upper()}\nADMINISTRADORA MUNICIPAL\nPOR ORDEN DE LA SRA. ALCALDESA"
        block = Signature((Signer(shown, ""),), "center", closing)
        return block, "Administradora Municipal por orden de la Sra. Alcaldesa"
    return signed(ctx, world.MAYOR, "Alcaldesa", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑORA»)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(5)
    if style == 0:
        return f"SEÑORA\n{mayor.upper()}\nALCALDESA DE CASABLANCA\nPRESENTE", mayor.upper()
    if style == 1:
        first = f"Señora {mayor}"
        return f"{first}\nAlcaldesa\n{world.MUNI}\nAv. Constitución N° 111, Casablanca", first
    if style == 2:
        first = "Sra. Alcaldesa de la Ilustre Municipalidad de Casablanca"
        return f"{first}\nDoña {mayor}\nPresente", first
    if style == 3:
        first = "A LA SEÑORA ALCALDESA DE LA COMUNA DE CASABLANCA"
        return first, first
    first = f"Sra. {mayor}"
    return f"{first}\nAlcaldesa I. Municipalidad de Casablanca\nS/D", first


def to_unit(ctx: Ctx) -> tuple[str, str]:
    """The head of the matter's unit as the addressee: (lines, recipient)."""
    unit = world.UNITS[ctx.matter.unit]
    first = f"{'Señora' if unit.chief.female else 'Señor'} {unit.chief.name}"
    return f"{first}\n{unit.post}\n{world.MUNI}\nPresente", first


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's (``office``: its address and web) or the municipality's footer, or none."""
    if ctx.chance(0.4):
        return ()
    if office:
        return (office,)
    phone = ctx.pick(*world.MUNI_PHONE)
    return (f"{ctx.pick(*world.MUNI_ADDRESS)} | Fono {phone} | {ctx.pick(*world.MUNI_MAIL)}",)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to five days later), folio, hour."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("I. MUNICIPALIDAD DE CASABLANCA", "MUNICIPALIDAD CASABLANCA", "RECIBIDO"))
    entry = f"Folio {rng.randint(300, 14_000)} - {rng.randint(8, 16)}:{rng.randint(0, 59):02d} hrs"
    return title, "OFICINA DE PARTES", f"{later.day:02d} {month} {later.year}", entry
