"""What Chimbarongo's papers share: the context and the truth (devgen9's ``matter_record``
over devgen2's record), the municipality's letterhead (its boxed wicker basket, the escudo or
nothing; left, centred or at the right), how outsiders address the mayor, signatures (a
stand-in «(S)», «p.o.» for one who signs by order, a flourish in ink over the name), the
round seal beside them (devgen13's), footers with the address, the stamps other offices put
on a paper (a copy the addressee received, a paper a municipality sent) and the Oficina de
Partes' own. Page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Column, Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block
from bench.devgen9.oficios import foot
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.devgen13.parts import sealed
from bench.devgen14 import world

__all__ = ["Ctx", "carbon_copy", "doc", "foot", "initials", "office_head", "sealed", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Chimbarongo paper."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """The municipality's letterhead: the basket, its name, a unit, the province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [name]
    u = world.UNITS.get(unit)
    if u and ctx.chance(0.7):
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.full} ({u.short})"))
    if ctx.chance(0.4):
        lines.append(ctx.pick(*world.REGION))
    emblem = ctx.pick("mimbre", "mimbre", "escudo", "none")
    caption = ctx.pick("", "CHIMBARONGO", "CAPITAL DEL MIMBRE") if emblem == "escudo" else ""
    align = ctx.pick("left", "center", "right", "left")
    return Head(tuple(lines), emblem, align, caption, ctx.chance(0.5))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature, the sender registered: the post as signed, «(S)» or «p.o.» kept)."""
    roll = ctx.rng.random()
    cargo = post
    if roll < 0.14:
        who, cargo = world.person(ctx.rng), f"{post} (S)"
    elif roll < 0.2:
        who, cargo = world.person(ctx.rng), f"p.o. {post}"
    lines = cargo.upper() if ctx.chance(0.45) else cargo
    if org and ctx.chance(0.5) and org.upper() not in lines.upper():
        lines = f"{lines}\n{org}"
    name = who.name.upper() if ctx.chance(0.55) else who.name
    where = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(name, lines),), where, closing, ctx.chance(0.5)), cargo


def by_hand(ctx: Ctx, who: Person, post: str, org: str = "") -> Head:
    """A flourish in ink over the printed name and post (a signature signed by hand)."""
    lines = (who.name, post, *([org] if org else []))
    return Head(lines, ctx.pick("rubrica1", "rubrica2", "rubrica3"), "center")


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administrador Municipal «por orden del Sr. Alcalde»."""
    if ctx.chance(0.18):
        admin = world.UNITS["administracion"].chief
        block = Signature(
            (Signer(admin.name.upper(), "ADMINISTRADOR MUNICIPAL\nPOR ORDEN DEL SR. ALCALDE"),),
            "center",
            closing,
        )
        return block, "Administrador Municipal por orden del Sr. Alcalde"
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑOR»)."""
    mayor = world.MAYOR.name
    form = ctx.rng.randrange(6)
    if form == 0:
        return f"SEÑOR\n{mayor.upper()}\nALCALDE DE LA COMUNA DE CHIMBARONGO\nPRESENTE", (
            mayor.upper()
        )
    first, rest = (
        (f"Señor {mayor}", "Alcalde\nSanta Elena N° 325\nChimbarongo"),
        ("Señor Alcalde de la Ilustre Municipalidad de Chimbarongo", "Santa Elena N° 325"),
        ("AL SR. ALCALDE DE CHIMBARONGO", "PRESENTE"),
        (f"Don {mayor}", "Alcalde de Chimbarongo\nPresente"),
        ("A: SR. ALCALDE I. MUNICIPALIDAD DE CHIMBARONGO", ""),
    )[form - 1]
    shown = f"{first}\n{rest}".strip() if rest else first
    if form in (1, 2) and ctx.chance(0.6):
        shown += "\nPresente"
    return shown, first.removeprefix("A: ")


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's footer (``office``), the municipality's (one or two lines), or none."""
    if ctx.chance(0.4):
        return ()
    if office:
        return (office,)
    where = f"{ctx.pick(*world.MUNI_ADDRESS)} – Fono {ctx.pick(*world.MUNI_PHONE)}"
    if ctx.chance(0.5):
        return (where, ctx.pick(*world.MUNI_MAIL))
    return (f"{where} – {ctx.pick(*world.MUNI_MAIL)}",)


def stamp_day(rng: random.Random, day: date, most: int = 5) -> str:
    """A stamp's date: one to ``most`` days after ``day``, «14 MAR 2025»."""
    later = day + timedelta(days=rng.randint(1, most))
    return f"{later.day:02d} {MONTHS[later.month - 1][:3].upper()} {later.year}"


def received_by(ctx: Ctx, office: str, *, word: str = "RECIBIDO") -> Column:
    """Another office's stamp on the paper: the addressee's «RECIBIDO» on the copy that comes
    back, or a municipality's «DESPACHADO» on what it sends; its own date and folio."""
    folio = f"{ctx.pick('Folio', 'N° Ingreso', 'Reg.')} {ctx.rng.randint(100, 9800)}"
    lines = (office.upper(), f"OFICINA DE PARTES – {word}", stamp_day(ctx.rng, ctx.day), folio)
    return Column(lines, ctx.pick("right", "left"), 0.4, boxed=True)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to six days later), entry and hour."""
    title = rng.choice(("I. MUNICIPALIDAD DE CHIMBARONGO", "OF. PARTES CHIMBARONGO", "RECIBIDO"))
    entry = f"Ingreso N° {rng.randint(200, 9900)} – {rng.randint(8, 16)}:{rng.randint(0, 59):02d}"
    return title, "OFICINA DE PARTES", stamp_day(rng, day, 6), entry


def unit_signs(ctx: Ctx, code: str) -> tuple[list[Block], str]:
    """A unit's head signs: a printed block or, one in three, a flourish over the name;
    (blocks, the post as signed)."""
    unit = world.UNITS[code]
    if ctx.chance(0.33):
        return [by_hand(ctx, unit.chief, unit.post, ctx.muni_printed)], unit.post
    signature, post = signed(ctx, unit.chief, unit.post)
    return [signature], post
