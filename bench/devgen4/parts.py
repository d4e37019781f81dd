"""What every family shares: the document being written (devgen2's context, with a Putre
matter), its truth, Putre's letterhead and footer, how a letter names the mayor, signatures,
distribution lists and the Oficina de Partes' RECIBIDO stamp."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Listing, Signature, Signer, Truth
from bench.devgen2.parts import Ctx, paging, record
from bench.devgen2.world import MONTHS
from bench.devgen4 import world
from bench.devgen4.model import Block, Doc

__all__ = ["Ctx", "doc", "truth"]

PAGE_LABELS = ("", "", "Página {p} de {n}", "Pág. {p}", "- {p} -", "{p}")


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


def muni_head(ctx: Ctx, unit: str | None, *, emblem: float = 0.7) -> Head:
    """Putre's letterhead: the twin volcanoes (or nothing), the name and sometimes the unit."""
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.65):
        u = world.UNITS[unit]
        lines.append(ctx.pick(u.full, u.full.upper(), f"{u.full} - {u.short}"))
    if ctx.chance(0.35):
        lines.append(ctx.pick(*world.REGION_LINES))
    mark = "putre" if ctx.chance(emblem) else "none"
    caption = ctx.pick("", "", "REPÚBLICA DE CHILE") if mark != "none" else ""
    return Head(
        tuple(lines), mark, ctx.pick("left", "left", "center", "right"), caption, ctx.chance(0.4)
    )


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.35):
        return ()
    phone = f"{ctx.pick('Fono', 'Teléfono', 'Tel.')} {ctx.pick(*world.MUNI_PHONES)}"
    line = f"{ctx.pick(*world.MUNI_ADDRESSES)} · {phone} · {ctx.pick(*world.MUNI_WEB)}"
    if ctx.chance(0.3):
        return (line, "Putre, capital de la Provincia de Parinacota - 3.500 m s. n. m.")
    return (line,)


def addressee(ctx: Ctx) -> tuple[str, str]:
    """(the lines with which a neighbour's letter names its addressee, the recipient a clerk
    records): the mayor, or the head of the unit concerned."""
    unit = world.UNITS[ctx.matter.unit]
    mayor = world.UNITS["alcaldia"].chief.name
    if unit.code != "alcaldia" and ctx.chance(0.3):
        title = "Señora" if unit.chief.female else "Señor"
        return f"{title}\n{unit.post}\nMunicipalidad de Putre\nPresente", unit.post
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return f"Señor\n{mayor}\nAlcalde de la Comuna de Putre\nPresente", mayor
    if style == 1:
        return f"Sr. Alcalde\nIlustre Municipalidad de Putre\n{ctx.pick('Presente', 'PUTRE')}", (
            "Sr. Alcalde"
        )
    if style == 2:
        return f"Señor Alcalde de Putre\ndon {mayor}\nPresente", "Señor Alcalde de Putre"
    return "Al señor Alcalde\nde la I. Municipalidad de Putre\nPresente", "Al señor Alcalde"


def signature(ctx: Ctx, name: str, cargo: str, org: str = "", *, closing: str = "") -> Signature:
    shown = name.upper() if ctx.chance(0.6) else name
    post = cargo.upper() if ctx.chance(0.5) else cargo
    org = "" if not org or org.upper() in cargo.upper() else org
    align = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(shown, post, org),), align, closing, ctx.chance(0.35))


def distribution(ctx: Ctx, items: list[str]) -> Listing:
    title = ctx.pick("DISTRIBUCIÓN:", "Distribución:", "DISTRIBUCION:", "C.c.:", "Copia:")
    return Listing(title, tuple(dict.fromkeys(items)))


def initials(ctx: Ctx, signer: world.Person) -> str:
    """«RHC/gcy» or «RHC/gcy/mma»: who signs, who drafted and who typed it."""
    typists = [world.person(ctx.rng).initials().lower() for _ in range(ctx.rng.randint(1, 2))]
    return "/".join([signer.initials(), *typists])


def unit_items(ctx: Ctx, code: str) -> list[str]:
    unit = world.UNITS[code]
    return [ctx.pick(unit.short, unit.full), "Oficina de Partes", ctx.pick("Archivo", "Arch.")]


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """Putre's stamp on paper it received: its own date and entry number, not the paper's."""
    later = day + timedelta(days=rng.randint(1, 7))
    month = MONTHS[later.month - 1][:3].upper()
    return (
        rng.choice(("MUNICIPALIDAD DE PUTRE", "I. MUNICIPALIDAD DE PUTRE")),
        rng.choice(("RECIBIDO", "R E C I B I D O", "OFICINA DE PARTES - RECIBIDO")),
        f"{later.day:02d} {month} {later.year}",
        f"N° {rng.randint(30, 3900)}   Hora {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
    )
