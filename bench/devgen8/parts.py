"""What Río Bueno's papers share: the context and the truth (devgen2's), letterheads (the
municipality's fort on the river, an office's mark), how a paper addresses the mayor,
signatures, distribution lists, footers and the Oficina de Partes' stamp."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Listing, Signature, Signer, Truth
from bench.devgen2.parts import Ctx, paging, record
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc
from bench.devgen8 import senders, world
from bench.devgen8.senders import Office

__all__ = ["Ctx", "doc", "truth"]

PAGE_LABELS = ("", "", "Página {p} de {n}", "{p}", "Hoja {p}/{n}", "pág. {p}")


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record (text folded and contracted as printed); the municipality as its
    letterhead names it."""
    values: dict[str, Any] = {"unit": ctx.matter.unit, **fields}
    if values.get("sender_org") == world.MUNI and ctx.muni_printed:
        values["sender_org"] = ctx.muni_printed
    return record(ctx, doc_type, direction, ctx.matter.topic.key, values)


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def muni_head(ctx: Ctx, unit: str | None, *, mark: float = 0.75) -> Head:
    """Río Bueno's letterhead: the fort mark or the escudo, the name, the unit, the province."""
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.65):
        u = world.UNITS[unit]
        lines.append(ctx.pick(u.full, u.full.upper(), u.short))
    if ctx.chance(0.35):
        lines.append(ctx.pick(*world.PROVINCE))
    emblem = ctx.pick("riobueno", "riobueno", "escudo") if ctx.chance(mark) else "none"
    caption = ctx.pick("", "RÍO BUENO", "REPÚBLICA DE CHILE") if emblem == "escudo" else ""
    align = ctx.pick("left", "left", "center", "right")
    return Head(tuple(lines), emblem, align, caption, ctx.chance(0.45))


def office_head(ctx: Ctx, o: Office) -> Head:
    lines = [o.above] if o.above and ctx.chance(0.7) else []
    lines.append(o.org.upper() if ctx.chance(0.4) else o.org)
    emblem = o.emblem if ctx.chance(0.85) else "none"
    caption = ctx.pick("Gobierno de Chile", "") if emblem == "gob" else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.3))


def signature(ctx: Ctx, name: str, post: str, org: str = "", *, closing: str = "") -> Signature:
    shown = name.upper() if ctx.chance(0.55) else name
    cargo = post.upper() if ctx.chance(0.45) else post
    org = "" if not org or org.upper() in cargo.upper() else org
    align = ctx.pick("center", "center", "left", "right")
    return Signature((Signer(shown, cargo, org),), align, closing, ctx.chance(0.4))


def initials(ctx: Ctx, signer: Person) -> str:
    typist = world.person(ctx.rng).initials().lower()
    return ctx.pick(f"{signer.initials()}/{typist}", f"{signer.initials()}/{typist}/mjo")


def distribution(ctx: Ctx, items: list[str]) -> Listing:
    title = ctx.pick("Distribución:", "DISTRIBUCIÓN:", "Dist.:", "C/c:")
    return Listing(title, tuple(dict.fromkeys(items)))


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line)."""
    mayor = world.UNITS["alcaldia"].chief.name
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 4)
    if style == 0:
        return f"Señor\n{mayor}\nAlcalde de Río Bueno\nPresente", mayor
    if style == 1:
        return (
            f"AL SEÑOR ALCALDE\nDE LA COMUNA DE RÍO BUENO\nDON {mayor.upper()}",
            "AL SEÑOR ALCALDE",
        )
    if style == 2 and unit.code != "alcaldia":
        first = f"{'Sra.' if unit.chief.female else 'Sr.'} {unit.chief.name}"
        return f"{first}\n{unit.post}\n{world.MUNI}\nPresente", first
    if style == 3:
        return f"Sr. Alcalde {mayor}\nI. Municipalidad de Río Bueno\nS___________/___________D", (
            f"Sr. Alcalde {mayor}"
        )
    return "Señor Alcalde\nIlustre Municipalidad de Río Bueno\nPRESENTE", "Señor Alcalde"


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.45):
        return ()
    return (
        f"{ctx.pick(*world.MUNI_ADDRESS)} | {ctx.pick(*world.MUNI_PHONE)} | "
        f"{ctx.pick(*world.MUNI_MAIL)}",
    )


def office_footer(ctx: Ctx, o: Office) -> tuple[str, ...]:
    return () if ctx.chance(0.5) else (f"{o.city} - {senders.domain(o.org)}",)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (a few days later) and entry number."""
    later = day + timedelta(days=rng.randint(1, 5))
    return (
        rng.choice(("MUNICIPALIDAD DE RÍO BUENO", "I. MUNICIPALIDAD RÍO BUENO")),
        rng.choice(("OFICINA DE PARTES", "RECIBIDO - PARTES", "INGRESO")),
        f"{later.day:02d}-{MONTHS[later.month - 1][:3].upper()}-{later.year}",
        f"Folio {rng.randint(200, 8800)}",
    )
