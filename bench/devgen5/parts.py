"""What every family shares: the document being written (devgen2's context, with a Lonquimay
matter), its truth, Lonquimay's letterhead (its araucaria under the volcano, or nothing) and
footer, a service's letterhead, signatures and distribution lists (devgen4's), initials and
the Oficina de Partes' stamp."""

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
from bench.devgen4.parts import signature as signature
from bench.devgen5 import world

__all__ = ["Ctx", "distribution", "doc", "signature", "truth"]

PAGE_LABELS = ("", "", "Página {p} de {n}", "Pág. {p} de {n}", "- {p} -", "{p}/{n}", "Hoja {p}")


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record; text fields folded and contracted («de el» → «del») as printed;
    the municipality as its letterhead names it."""
    values: dict[str, Any] = {"unit": ctx.matter.unit, **fields}
    if values.get("sender_org") == world.MUNI and ctx.muni_printed:
        values["sender_org"] = ctx.muni_printed
    return record(ctx, doc_type, direction, ctx.matter.topic.key, values)


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    """A Doc with a page label and its place drawn for it unless given."""
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def muni_head(ctx: Ctx, unit: str | None, *, emblem: float = 0.65) -> Head:
    """Lonquimay's letterhead: its mark (or none), the name, sometimes the unit and region."""
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.7):
        u = world.UNITS[unit]
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.full} ({u.short})"))
    if ctx.chance(0.35):
        lines.append(ctx.pick(*world.REGION_LINES))
    mark = ctx.pick("lonquimay", "lonquimay", "escudo") if ctx.chance(emblem) else "none"
    caption = ctx.pick("", "", "LONQUIMAY", "REPÚBLICA DE CHILE") if mark != "none" else ""
    align = ctx.pick("left", "left", "center", "right")
    return Head(tuple(lines), mark, align, caption, ctx.chance(0.4))


def service_head(ctx: Ctx, s: Service) -> Head:
    lines: list[str] = []
    if s.above and ctx.chance(0.75):
        lines.append(s.above.upper() if ctx.chance(0.5) else s.above)
    lines.append(s.org.upper() if ctx.chance(0.35) else s.org)
    if s.office and ctx.chance(0.6):
        lines.append(s.office)
    emblem = s.emblem if s.emblem != "none" and ctx.chance(0.85) else "none"
    caption = ctx.pick("Gobierno de Chile", "") if emblem == "gob" else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.3))


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.35):
        return ()
    phone = f"{ctx.pick('Fono', 'Teléfono', 'Tel.', 'F:')} {ctx.pick(*world.MUNI_PHONES)}"
    line = f"{ctx.pick(*world.MUNI_ADDRESSES)} · {phone} · {ctx.pick(*world.MUNI_WEB)}"
    if ctx.chance(0.3):
        return (line, "Lonquimay, comuna cordillerana de La Araucanía")
    return (line,)


def service_footer(ctx: Ctx, s: Service, domain: str) -> tuple[str, ...]:
    if ctx.chance(0.45):
        return ()
    return (f"{s.street or s.city} · {domain}",)


def initials(ctx: Ctx, signer: world.Person) -> str:
    """«RASP/ycm» or «RASP/ycm/lbp»: who signs, who drafted and who typed it."""
    typists = [world.person(ctx.rng).initials().lower() for _ in range(ctx.rng.randint(1, 2))]
    return "/".join([signer.initials(), *typists])


def unit_items(ctx: Ctx, code: str) -> list[str]:
    unit = world.UNITS[code]
    return [ctx.pick(unit.short, unit.full), "Oficina de Partes", ctx.pick("Archivo", "Arch.")]


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """Lonquimay's stamp on paper it received: its own date and entry number."""
    later = day + timedelta(days=rng.randint(1, 6))
    month = MONTHS[later.month - 1][:3].upper()
    return (
        rng.choice(("MUNICIPALIDAD DE LONQUIMAY", "I. MUNICIPALIDAD DE LONQUIMAY")),
        rng.choice(("OFICINA DE PARTES", "RECIBIDO", "OF. PARTES - RECIBIDO")),
        f"{later.day:02d} {month} {later.year}",
        f"Folio {rng.randint(30, 4200)}   {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d} hrs.",
    )
