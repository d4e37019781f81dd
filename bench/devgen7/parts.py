"""What every family shares: the document being written (devgen2's context, with a Vicuña
matter), its truth, Vicuña's letterhead (its observatory under the stars, the escudo or
nothing) and footer, an office's and a firm's letterheads, how a paper names the mayor or a
unit's head, and the Oficina de Partes' stamp. Signatures, distribution lists and initials
are devgen4's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Truth
from bench.devgen2.parts import Ctx, paging, record
from bench.devgen2.services import Service
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Doc
from bench.devgen4.parts import distribution as distribution
from bench.devgen4.parts import initials as initials
from bench.devgen4.parts import signature as signature
from bench.devgen7 import senders, topics, world
from bench.devgen7.senders import Firm

__all__ = ["Ctx", "distribution", "doc", "initials", "signature", "truth"]

PAGE_LABELS = ("", "", "", "Página {p} de {n}", "Pág. {p}", "{p}/{n}", "- {p} de {n} -")


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record; text fields folded and contracted as printed; the municipality as
    its letterhead names it."""
    values: dict[str, Any] = {"unit": ctx.matter.unit, **fields}
    if values.get("sender_org") == world.MUNI and ctx.muni_printed:
        values["sender_org"] = ctx.muni_printed
    return record(ctx, doc_type, direction, ctx.matter.topic.key, values)


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    """A Doc with a page label and its place drawn for it unless given."""
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def sender_for(ctx: Ctx, pool: tuple[Service, ...]) -> Service:
    """An office of ``pool`` that writes about the document's matter; when none does, one of
    them, and the matter becomes one it writes about."""
    key = ctx.matter.topic.key.split("-", 1)[1]
    s, chosen = senders.matched(ctx.rng, key, pool)
    if chosen != key:
        ctx.matter = topics.of_key(ctx.rng, chosen, ctx.day.year)
    return s


def muni_head(ctx: Ctx, unit: str | None, *, emblem: float = 0.7) -> Head:
    """Vicuña's letterhead: its observatory mark, the escudo or none, the name, sometimes the
    unit and the region."""
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.7):
        u = world.UNITS[unit]
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.full} ({u.short})"))
    if ctx.chance(0.3):
        lines.append(ctx.pick(*world.REGION_LINES))
    mark = ctx.pick("vicuna", "vicuna", "escudo") if ctx.chance(emblem) else "none"
    caption = ctx.pick("", "", "VICUÑA", "CAPITAL DEL VALLE DE ELQUI") if mark != "none" else ""
    return Head(
        tuple(lines), mark, ctx.pick("left", "left", "center", "right"), caption, ctx.chance(0.4)
    )


def service_head(ctx: Ctx, s: Service) -> Head:
    lines: list[str] = []
    if s.above and ctx.chance(0.7):
        lines.append(s.above.upper() if ctx.chance(0.5) else s.above)
    lines.append(s.org.upper() if ctx.chance(0.35) else s.org)
    if s.office and ctx.chance(0.6):
        lines.append(s.office)
    emblem = s.emblem if s.emblem != "none" and ctx.chance(0.85) else "none"
    caption = ctx.pick("Gobierno de Chile", "") if emblem == "gob" else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.3))


def office_lines(ctx: Ctx, s: Service) -> tuple[str, ...]:
    """An office's name as typed in a head's cell (no mark)."""
    lines = [x for x in (s.above, s.org, s.office) if x and ctx.chance(0.8)] or [s.org]
    return tuple(x.upper() if ctx.chance(0.4) else x for x in lines)


def firm_head(ctx: Ctx, f: Firm) -> Head:
    lines = [f.name.upper() if ctx.chance(0.5) else f.name]
    if ctx.chance(0.5):
        lines.append(f.street)
    if ctx.chance(0.3):
        lines.append(f"RUT {ctx.rut(world.company_rut(ctx.rng, f.prefix))}")
    mark = ctx.pick("leaf", "hills", "columns", "drop") if ctx.chance(0.4) else "none"
    return Head(tuple(lines), mark, ctx.pick("left", "right", "center"), "", ctx.chance(0.6))


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.4):
        return ()
    phone = f"{ctx.pick('Fono', 'Teléfono', 'Tel.')} {ctx.pick(*world.MUNI_PHONES)}"
    line = f"{ctx.pick(*world.MUNI_ADDRESSES)} - {phone} - {ctx.pick(*world.MUNI_WEB)}"
    if ctx.chance(0.25):
        return (line, "Vicuña, cielo protegido del Valle de Elqui")
    return (line,)


def service_footer(ctx: Ctx, s: Service) -> tuple[str, ...]:
    if ctx.chance(0.45):
        return ()
    return (f"{s.street or s.city} · {senders.domain(s.org)}",)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the lines naming the mayor or the head of the unit concerned, the recipient a clerk
    records: their first line, or the name when a title stands alone above it)."""
    mayor = world.UNITS["alcaldia"].chief.name
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 4)
    if style == 0:
        return f"Señor\n{mayor}\nAlcalde de la Comuna de Vicuña\nPresente", mayor
    if style == 1:
        return f"SEÑOR ALCALDE\n{world.MUNI_NAMES[3]}\nPRESENTE", "SEÑOR ALCALDE"
    if style == 2 and unit.code != "alcaldia":
        title = "Señora" if unit.chief.female else "Señor"
        return f"{title}\n{unit.chief.name}\n{unit.post}\n{world.MUNI}\nPresente", (unit.chief.name)
    if style == 3:
        return f"Sr. {mayor}\nAlcalde\nI. Municipalidad de Vicuña\nS/D", f"Sr. {mayor}"
    return "A la señora o señor Alcalde\nMunicipalidad de Vicuña\nPresente", (
        "A la señora o señor Alcalde"
    )


def to_office(ctx: Ctx, s: Service) -> tuple[str, str]:
    """(the lines addressing an office's head, the recipient: their first line)."""
    who = world.person(ctx.rng, female=s.female)
    title = "SRA." if who.female else "SR."
    if ctx.chance(0.5):
        first = f"{title} {who.name.upper()}"
        return f"{first}\n{senders.post(s, who.female).upper()}\n{s.org.upper()}", first
    first = f"{'Señora' if who.female else 'Señor'} {who.name}"
    return f"{first}\n{senders.post(s, who.female)}\n{s.org}\n{s.city}", first


def unit_names(code: str) -> tuple[str, ...]:
    """How a distribution list or a c.c. names a unit."""
    u = world.UNITS[code]
    return (u.full, u.short, u.post)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp on received paper: its own date and entry number."""
    later = day + timedelta(days=rng.randint(1, 6))
    month = MONTHS[later.month - 1][:3].upper()
    return (
        rng.choice(("I. MUNICIPALIDAD DE VICUÑA", "MUNICIPALIDAD DE VICUÑA")),
        rng.choice(("OFICINA DE PARTES", "RECEPCIONADO", "OF. DE PARTES - RECIBIDO")),
        f"{later.day:02d} {month} {later.year}",
        f"Reg. N° {rng.randint(100, 6400)}   {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
    )
