"""What Pozo Almonte's papers share: the context and the truth (devgen9's ``matter_record``
over devgen2's record), the municipality's letterhead (its tamarugo, the escudo or nothing),
how outsiders address the mayor, signatures (a stand-in «(S)», «p.p.» for one who signs for
the head, the office's round seal in violet ink beside it), footers and the Oficina de
Partes' stamp. Page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Seal
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.devgen13 import world

__all__ = ["Ctx", "carbon_copy", "doc", "initials", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Pozo Almonte paper."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """The municipality's letterhead: the tamarugo, its name, a unit, the province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [name]
    u = world.UNITS.get(unit)
    if u and ctx.chance(0.7):
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.short} - {u.full}"))
    if ctx.chance(0.35):
        lines.append(ctx.pick(*world.REGION))
    emblem = ctx.pick("tamarugo", "tamarugo", "escudo", "none")
    caption = ctx.pick("", "POZO ALMONTE", "CAPITAL DE LA PAMPA") if emblem != "none" else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "center", "left"), caption, ctx.chance(0.5))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature, the sender registered: the post as signed, «(S)» or «p.p.» kept)."""
    roll = ctx.rng.random()
    cargo = post
    if roll < 0.15:
        who, cargo = world.person(ctx.rng), f"{post} (S)"
    elif roll < 0.22:
        who, cargo = world.person(ctx.rng), f"p.p. {post}"
    lines = cargo.upper() if ctx.chance(0.45) else cargo
    if org and ctx.chance(0.5) and org.upper() not in lines.upper():
        lines = f"{lines}\n{org}"
    name = who.name.upper() if ctx.chance(0.6) else who.name
    where = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(name, lines),), where, closing, ctx.chance(0.4)), cargo


def sealed(ctx: Ctx, org: str, place: str, p: float = 0.35) -> list[Block]:
    """Now and then the office's round violet seal beside the signature: its name in two
    short lines over the place."""
    if not ctx.chance(p):
        return []
    lines: list[str] = [""]
    for word in org.split(",")[0].upper().split():
        if len(lines[-1]) + len(word) > 18 and lines[-1]:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return [Seal((*lines[:2], place.upper()), ctx.pick("left", "right"))]


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administradora Municipal «por orden del Sr. Alcalde»."""
    if ctx.chance(0.2):
        admin = world.UNITS["administracion"].chief
        block = Signature(
            (Signer(admin.name.upper(), "ADMINISTRADORA MUNICIPAL\nPOR ORDEN DEL SR. ALCALDE"),),
            "center",
            closing,
        )
        return block, "Administradora Municipal por orden del Sr. Alcalde"
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑOR»)."""
    mayor = world.MAYOR.name
    form = ctx.rng.randrange(5)
    if form == 0:
        return f"SEÑOR\n{mayor.upper()}\nALCALDE DE LA COMUNA DE POZO ALMONTE\nPRESENTE", (
            mayor.upper()
        )
    firsts = (
        f"Señor {mayor}",
        "Señor Alcalde de la Ilustre Municipalidad de Pozo Almonte",
        "AL SR. ALCALDE DE POZO ALMONTE",
        f"Don {mayor}",
    )
    first = firsts[form - 1]
    rest = ("Alcalde", "Balmaceda N° 276", "Pozo Almonte", "Presente")
    return "\n".join((first, *rest[form - 1 :])), first


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's footer (``office``), the municipality's, or none."""
    if ctx.chance(0.45):
        return ()
    if office:
        return (office,)
    return (
        f"{ctx.pick(*world.MUNI_ADDRESS)} – Fono {ctx.pick(*world.MUNI_PHONE)} – "
        f"{ctx.pick(*world.MUNI_MAIL)}",
    )


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to five days later), folio and hour."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("I. MUNICIPALIDAD POZO ALMONTE", "OF. PARTES POZO ALMONTE", "RECIBIDO"))
    folio = f"Folio {rng.randint(300, 9800)} – {rng.randint(8, 16)}:{rng.randint(0, 59):02d} hrs"
    return title, "OFICINA DE PARTES", f"{later.day:02d} {month} {later.year}", folio
