"""What every family shares: the document being written (devgen2's context, with a San Pedro
matter), its truth, the municipality's letterhead and footer, a service's or a firm's
letterhead, how a letter names the mayor, and the Oficina de Partes' stamp. Signatures,
distribution lists and initials are devgen4's."""

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
from bench.devgen6 import senders, topics, world
from bench.devgen6.senders import Firm

__all__ = ["Ctx", "distribution", "doc", "initials", "signature", "truth"]

PAGE_LABELS = ("", "", "", "Página {p} de {n}", "{p} de {n}", "- {p} -", "Pág. {p}")
MARKS = ("drop", "hills", "tree", "escudo")  # devgen2's and devgen3's drawn marks


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
    """An office or court of ``pool`` that writes about the document's matter; when none
    does, one of them, and the matter becomes one it writes about."""
    key = ctx.matter.topic.key.split("-", 1)[1]
    s, chosen = senders.matched(ctx.rng, key, pool)
    if chosen != key:
        ctx.matter = topics.matter(ctx.rng, topics.BY_KEY[chosen], ctx.day.year)
    return s


def muni_head(ctx: Ctx, unit: str | None, *, emblem: float = 0.6) -> Head:
    """The municipality's letterhead: a mark or none, the name, sometimes the unit (with its
    acronym, or a «Departamento …» under it) and the region."""
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.75):
        u = world.UNITS[unit]
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.full} - {u.short}", u.short))
    if ctx.chance(0.3):
        lines.append(ctx.pick(*world.REGION_LINES))
    mark = ctx.pick(*MARKS) if ctx.chance(emblem) else "none"
    caption = ctx.pick("", "", "SAN PEDRO DE LA PAZ") if mark != "none" else ""
    align = ctx.pick("left", "left", "center", "right")
    return Head(tuple(lines), mark, align, caption, ctx.chance(0.5))


def service_head(ctx: Ctx, s: Service) -> Head:
    lines: list[str] = []
    if s.above and ctx.chance(0.7):
        lines.append(s.above.upper() if ctx.chance(0.5) else s.above)
    lines.append(s.org.upper() if ctx.chance(0.4) else s.org)
    if s.office and ctx.chance(0.65):
        lines.append(s.office)
    emblem = s.emblem if s.emblem != "none" and ctx.chance(0.85) else "none"
    caption = ctx.pick("Gobierno de Chile", "") if emblem == "gob" else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.3))


def firm_head(ctx: Ctx, f: Firm) -> Head:
    """A firm's letterhead: its name, sometimes a line of address; a mark now and then."""
    lines = [f.name.upper() if ctx.chance(0.5) else f.name]
    if ctx.chance(0.5):
        lines.append(f.street)
    mark = ctx.pick("drop", "leaf", "columns") if ctx.chance(0.3) else "none"
    return Head(tuple(lines), mark, ctx.pick("left", "right", "center"), "", ctx.chance(0.6))


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.4):
        return ()
    phone = f"{ctx.pick('Fono', 'Teléfono', 'Tel.')} {ctx.pick(*world.MUNI_PHONES)}"
    return (f"{ctx.pick(*world.MUNI_ADDRESSES)} | {phone} | {ctx.pick(*world.MUNI_WEB)}",)


def addressee(ctx: Ctx, *, firm: bool = False) -> tuple[str, str]:
    """(the lines naming the mayor or a unit's head, the recipient a clerk records)."""
    mayor = world.UNITS["alcaldia"].chief.name
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 4)
    if style == 0:
        return f"Señor\n{mayor}\nAlcalde\nMunicipalidad de San Pedro de la Paz\nPresente", mayor
    if style == 1:
        return f"Señor Alcalde\n{world.MUNI_NAMES[1]}\nPRESENTE", "Señor Alcalde"
    if style == 2 and unit.code != "alcaldia":
        title = "Señora" if unit.chief.female else "Señor"
        return (
            f"{title}\n{unit.chief.name}\n{unit.post}\n{world.MUNI}\nPresente",
            unit.chief.name,
        )
    if style == 3 and firm:
        return f"Sr. {mayor}\nAlcalde de San Pedro de la Paz\nPresente", f"Sr. {mayor}"
    return "Señor\nAlcalde de la Comuna de San Pedro de la Paz\nPresente", (
        "Alcalde de la Comuna de San Pedro de la Paz"
    )


def unit_names(code: str) -> tuple[str, ...]:
    """How a distribution list or a c.c. names a unit."""
    u = world.UNITS[code]
    return (u.full, u.short, u.post)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp on received paper: its own date and entry number."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    return (
        rng.choice(("MUNICIPALIDAD SAN PEDRO DE LA PAZ", "MUNI. SAN PEDRO DE LA PAZ")),
        rng.choice(("OFICINA DE PARTES", "RECIBIDO", "PARTES - RECIBIDO")),
        f"{later.day:02d} {month} {later.year}",
        f"Ingreso {rng.randint(100, 9800)}   {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
    )
