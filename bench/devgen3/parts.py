"""What every family shares: the document being written, its truth, letterheads, signatures,
e-signature notes, distribution lists and the Oficina de Partes' reception stamp."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Box, Head, Listing, Para, Signature, Signer, Truth
from bench.devgen2.parts import Writing, paging, record
from bench.devgen2.world import MONTHS
from bench.devgen3 import services, wording, world
from bench.devgen3.model import Block, Doc
from bench.devgen3.services import Service
from bench.devgen3.topics import Matter

PAGE_LABELS = ("Página {p} de {n}", "Página {p} de {n}", "Pág. {p} de {n}", "{p}/{n}", "")


@dataclass
class Ctx(Writing):
    """One document being written: devgen2's Writing (rng, kind, date, RUTs) with its matter."""

    matter: Matter

    def printed_rut(self, number: int) -> str:
        return world.rut_printed(self.rng, number)

    @property
    def service(self) -> Service:
        return services.lookup(self.matter.service)


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record; text fields contracted («de el» → «del») as the page prints them."""
    return record(
        ctx, doc_type, direction, ctx.matter.affair.key, {"unit": ctx.matter.unit, **fields}
    )


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    """A Doc with a page label and its place drawn for it unless given."""
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def service_lines(ctx: Ctx, s: Service) -> tuple[str, ...]:
    return services.head_lines(s, upper=ctx.chance(0.65), with_office=ctx.chance(0.75))


def service_head(ctx: Ctx, s: Service) -> Head:
    emblem = s.emblem if ctx.chance(0.85) else "none"
    return Head(service_lines(ctx, s), emblem, ctx.pick("left", "left", "center"))


def service_footer(ctx: Ctx, s: Service) -> tuple[str, ...]:
    if ctx.chance(0.45):
        return ()
    street = ctx.pick("Baquedano", "Ejército", "Bilbao", "Lord Cochrane", "Presidente Ibáñez")
    where = (
        f"{street} {ctx.rng.randint(40, 900)}, {s.city}"
        if s.city != "Santiago"
        else (f"Teatinos {ctx.rng.randint(90, 950)}, Santiago")
    )
    return (f"{where} · www.{s.domain}",)


def muni_head(ctx: Ctx, unit: str | None) -> Head:
    lines = [ctx.pick(*world.MUNI_NAMES[:2], world.MUNI_NAMES[3])]
    if unit and ctx.chance(0.6):
        lines.append(world.UNITS[unit].full)
    if ctx.chance(0.4):
        lines.append(ctx.pick(*world.REGION_LINES))
    return Head(tuple(lines), ctx.pick("hills", "hills", "none"), ctx.pick("left", "center"))


def signature(ctx: Ctx, name: str, cargo: str, org: str = "", *, closing: str = "") -> Signature:
    shown = name.upper() if ctx.chance(0.6) else name
    post = cargo.upper() if ctx.chance(0.5) else cargo
    org = "" if not org or org.upper() in cargo.upper() else org
    return Signature((Signer(shown, post, org),), ctx.pick("center", "center", "right"), closing)


def esign_note(ctx: Ctx, s: Service, name: str) -> Box:
    """The note an oficio signed on a service's platform carries at its foot."""
    code, url = wording.verification(ctx.rng, s.domain)
    lines = [
        ctx.pick("Documento firmado electrónicamente", "Firmado electrónicamente por " + name),
        f"Código de verificación: {code}",
        f"Verifique en {url}",
    ]
    if ctx.chance(0.5):
        lines.append(f"Folio: {ctx.rng.randint(10_000, 990_000)}")
    if ctx.chance(0.4):
        lines.insert(
            1,
            "Este documento ha sido firmado con firma electrónica avanzada, conforme a la Ley "
            "N° 19.799.",
        )
    return Box(tuple(lines))


def distribution(ctx: Ctx, items: list[str]) -> Listing:
    title = ctx.pick("DISTRIBUCIÓN:", "Distribución:", "c.c.:", "C.C.:", "DISTRIBUCION:")
    return Listing(title, tuple(dict.fromkeys(items)))


def foot(ctx: Ctx, signer: world.Person, items: list[str]) -> list[Block]:
    """Initials and a distribution list after a signature, each only sometimes."""
    out: list[Block] = []
    if ctx.chance(0.6):
        out.append(Para(wording.initials(ctx.rng, signer), align="left", size=-2.5))
    if ctx.chance(0.8):
        out.append(distribution(ctx, items))
    return out


def muni_items(ctx: Ctx) -> list[str]:
    """How the municipality appears in a service's distribution list."""
    unit = world.UNITS[ctx.matter.unit]
    first = ctx.pick(
        "Sra. Alcaldesa I. Municipalidad de Chile Chico",
        "I. Municipalidad de Chile Chico",
        "Municipalidad de Chile Chico (Oficina de Partes)",
    )
    extra = [f"{unit.full}, Municipalidad de Chile Chico"] if ctx.chance(0.4) else []
    return [first, *extra]


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """Chile Chico's stamp on paper it received: its own date and entry number."""
    later = day + timedelta(days=rng.randint(1, 9))
    month = MONTHS[later.month - 1][:3].upper()
    return (
        rng.choice(("I. MUNICIPALIDAD DE CHILE CHICO", "MUNICIPALIDAD CHILE CHICO")),
        rng.choice(("OFICINA DE PARTES", "OFICINA DE PARTES - RECEPCIÓN")),
        f"{later.day:02d} {month} {later.year}",
        f"N° Ingreso {rng.randint(100, 6200)}",
    )
