"""What Calama's papers share: the clerk's record (devgen9's ``matter_record`` over devgen2's
context), the ways dates and numbers are printed here, letterheads, how outsiders address the
mayor, signatures, the document platform's verification note and the Oficina de Partes'
stamp."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Box, Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx, paging
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc
from bench.devgen9.parts import matter_record
from bench.sealgen2 import world

__all__ = ["Ctx", "Verify", "doc", "truth"]

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
LABELS = ("", "", "Página {p} de {n}", "{p}/{n}", "Hoja N° {p}", "- {p} -")


class Verify(Box):
    """The document platform's foot: a QR square beside the folio and verification code."""


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, LABELS, kw))


def pick_date(rng: random.Random) -> date:
    """A working day between March 2024 and November 2025."""
    day = date(2024, 3, 1) + timedelta(days=rng.randint(0, 630))
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def dated(ctx: Ctx, *, place: bool = True) -> str:
    """The date as Calama's papers print it, in one of several forms."""
    d = ctx.day
    month = MONTHS[d.month - 1]
    forms = [
        f"{d.day} de {month} de {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{WEEKDAYS[d.weekday()]} {d.day} de {month} de {d.year}",
        f"{month} {d.day} de {d.year}",
        f"{d.day:02d} {month[:3].upper()} {d.year}",
    ]
    text = ctx.rng.choice(forms)
    if not place:
        return text
    return f"{ctx.pick('Calama', 'CALAMA', 'Calama (El Loa)')}, {text}"


def numbered(
    ctx: Ctx, lo: int = 40, hi: int = 4800, *, labels: tuple[str, ...] = ()
) -> tuple[str, str]:
    """(the number as printed after its label, the number a clerk registers: no year)."""
    n = ctx.rng.randint(lo, hi)
    core = f"{n:04d}" if ctx.chance(0.2) else str(n)
    year = ctx.day.year
    printed = ctx.rng.choice(
        (
            f"N° {core}/{year}",
            f"N° {core}",
            f"Nº {core} / {year}",
            f"N°: {core}",
            f"{core}/{str(year)[2:]}",
        )
    )
    label = ctx.rng.choice(labels) if labels else ""
    return (f"{label} {printed}".strip(), core)


def code(ctx: Ctx, n: int = 8) -> str:
    return "".join(ctx.rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Calama's letterhead: the sun over the oasis, or the escudo; its name, maybe the unit."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    lines = [name]
    if u and ctx.chance(0.7):
        lines.append(ctx.pick(u.full, u.full.upper(), u.short.upper()))
    if ctx.chance(0.35):
        lines.append(ctx.pick(*world.REGION))
    emblem = ctx.pick("calama", "calama", "escudo", "none")
    return Head(tuple(lines), emblem, ctx.pick("left", "center", "left"), "", ctx.chance(0.45))


def office_head(ctx: Ctx, o: world.Office) -> Head:
    lines = [o.above.upper()] if o.above and ctx.chance(0.55) else []
    lines.append(o.org.upper() if ctx.chance(0.4) else o.org)
    caption = ctx.pick("Gobierno de Chile", "") if o.emblem == "gob" else ""
    emblem = o.emblem if ctx.chance(0.85) else "none"
    return Head(tuple(lines), emblem, ctx.pick("left", "right", "center"), caption, ctx.chance(0.3))


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «Señor»)."""
    mayor = world.MAYOR.name
    first = "AL SEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE CALAMA"
    forms = (
        (f"Señor\n{mayor}\nAlcalde de Calama\nPresente", mayor),
        (f"{first}\nDON {mayor.upper()}", first),
        (
            f"Sr. {mayor}\nAlcalde\nIlustre Municipalidad de Calama\nVicuña Mackenna 2001",
            f"Sr. {mayor}",
        ),
        ("SEÑOR ALCALDE\nMUNICIPALIDAD DE CALAMA\nS/D", "SEÑOR ALCALDE"),
        (f"Alcalde de la comuna de Calama\nSr. {mayor}", "Alcalde de la comuna de Calama"),
    )
    return ctx.rng.choice(forms)


def cited(ctx: Ctx, label: str = "Ord.") -> str:
    """An earlier paper: «Ord. N° 812 de 14.02.2025»."""
    then = ctx.day - timedelta(days=ctx.rng.randint(6, 70))
    return f"{label} N° {ctx.rng.randint(40, 2900)} de {then.day:02d}.{then.month:02d}.{then.year}"


def signed(ctx: Ctx, who: Person, post: str, org: str = "") -> tuple[Signature, str]:
    """(the signature, the sender registered: the post as signed). A stand-in signs with
    «(S)» now and then, or someone «por orden» of the head («P.O.»)."""
    roll = ctx.rng.random()
    if roll < 0.15:
        who, post = world.person(ctx.rng, female=world.is_female_post(post)), f"{post} (S)"
    elif roll < 0.22:
        who, post = world.person(ctx.rng), f"P.O. {post}"
    name = who.name.upper() if ctx.chance(0.5) else who.name
    shown = post.upper() if ctx.chance(0.45) else post
    org = org if org and ctx.chance(0.55) else ""
    align = ctx.pick("center", "left", "right", "center")
    return Signature((Signer(name, shown, org),), align, "", ctx.chance(0.4)), post


def mayor_signs(ctx: Ctx) -> tuple[Signature, str]:
    return signed(ctx, world.MAYOR, "Alcalde", ctx.muni_printed or world.MUNI)


def chief_signs(ctx: Ctx, unit: str) -> tuple[Signature, str]:
    u = world.UNITS[unit]
    return signed(ctx, u.chief, u.post, ctx.muni_printed or world.MUNI)


def platform(ctx: Ctx, who: str) -> Verify:
    """A foot from the document platform: folio, code, signer and a QR."""
    folio = f"{ctx.rng.randint(100_000, 999_999)}"
    return Verify(
        (
            f"Documento firmado electrónicamente por {who}.",
            f"Folio {folio} · Código de verificación {code(ctx, 4)}-{code(ctx, 4)}-{code(ctx, 4)}",
            "Verifique en https://doc.digital.gob.cl/validador",
        )
    )


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date, folio and hour."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    head = rng.choice(("I. MUNICIPALIDAD DE CALAMA", "MUNICIPALIDAD CALAMA", "OF. PARTES CALAMA"))
    hour = f"{rng.randint(8, 15)}:{rng.randint(0, 59):02d}"
    return (
        head,
        rng.choice(("RECEPCIONADO", "OFICINA DE PARTES")),
        f"{later.day} {month} {later.year}",
        (f"Folio {rng.randint(300, 31_000)} — {hour}"),
    )
