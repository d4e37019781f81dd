"""Pieces every kind of document shares: letterheads, numbers, header blocks, signatures."""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.devgen import world
from bench.devgen.model import (
    Block,
    Box,
    Draft,
    Fields,
    Letterhead,
    Listing,
    Signature,
    Signer,
    Truth,
)
from bench.devgen.topics import Matter


@dataclass
class Ctx:
    """One document being written: its random source, date, matter and the RUTs it prints."""

    rng: random.Random
    kind: str
    day: date
    matter: Matter
    ruts: list[str] = field(default_factory=list)
    muni_printed: str = ""  # how the letterhead names the municipality, if it does

    def rut(self, number: int) -> str:
        """Print a RUT and remember it for the truth."""
        canonical = world.rut_text(number)
        if canonical not in self.ruts:
            self.ruts.append(canonical)
        return world.printed_rut(self.rng, number)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def service_rut(name: str) -> int:
    return 60_000_000 + zlib.crc32(name.encode()) % 2_000_000


def org_rut(name: str) -> int:
    return 65_000_000 + zlib.crc32(name.encode()) % 900_000


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: object) -> Truth:
    values: dict[str, Any] = {
        "subject": None,
        "doc_number": None,
        "sender": None,
        "sender_org": None,
        "recipient": None,
        "antecedents": None,
        "reserved": False,
        "unit": ctx.matter.unit,
    }
    values.update(fields)
    if values["sender_org"] == world.MUNI and ctx.muni_printed:
        values["sender_org"] = ctx.muni_printed  # as the letterhead prints it
    for key in ("subject", "sender", "sender_org", "recipient", "antecedents"):
        if isinstance(values[key], str):
            values[key] = world.contract(values[key])  # as the renderer prints it
    return Truth(
        kind=ctx.kind,
        doc_type=doc_type,
        direction=direction,
        doc_date=ctx.day,
        ruts=tuple(ctx.ruts),
        topic=ctx.matter.topic.key,
        **values,
    )


def draft(ctx: Ctx, t: Truth, head: Sequence[Block], body: Sequence[Block], **kw: Any) -> Draft:
    return Draft(truth=t, head=tuple(head), body=tuple(body), **kw)


# --- letterheads and footers -------------------------------------------------------------


def muni_letterhead(ctx: Ctx, unit: str | None) -> Letterhead:
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.75):
        lines.append(
            world.UNIT_AREA[unit] if ctx.chance(0.7) else world.titled(world.UNIT_AREA[unit])
        )
    if ctx.chance(0.35):
        lines.append(ctx.pick("Región de Los Lagos", "Provincia de Llanquihue", "MAULLÍN - CHILE"))
    emblem = ctx.pick("muni", "muni", "seal", "none")
    align = ctx.pick("left", "left", "center", "right")
    return Letterhead(tuple(lines), emblem, align)


def service_letterhead(ctx: Ctx, s: world.Service) -> Letterhead:
    lines: list[str] = []
    gob = bool(s.ministry) and ctx.chance(0.7)
    if s.ministry:
        lines.append(s.ministry if ctx.chance(0.8) else world.titled(s.ministry))
    lines.append(s.org)
    if ctx.chance(0.3) and "LOS LAGOS" not in s.org:
        lines.append(ctx.pick("Región de Los Lagos", "X Región", "Gobierno de Chile"))
    emblem = "gob" if gob else ctx.pick("seal", "none")
    return Letterhead(tuple(lines), emblem, ctx.pick("left", "left", "center"))


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.3):
        return ()
    parts = [ctx.pick(*world.MUNI_ADDRESS), f"Maullín · Fono {ctx.pick(*world.MUNI_PHONE)}"]
    if ctx.chance(0.6):
        parts.append(ctx.pick(*world.MUNI_WEB))
    line = " - ".join(parts) if ctx.chance(0.5) else " | ".join(parts)
    if ctx.chance(0.25):
        return (line, f"RUT {ctx.rut(world.MUNI_RUT)}")
    return (line,)


def service_footer(ctx: Ctx, s: world.Service) -> tuple[str, ...]:
    if ctx.chance(0.35):
        return ()
    street = ctx.pick(
        "Avenida Décima Región 480",
        "Calle O'Higgins 451",
        "Benavente 550, piso 3",
        "Avenida Presidente Ibáñez 600",
        "San Martín 80",
        "Urmeneta 680, oficina 12",
    )
    return (f"{street}, {s.city} · www.{s.domain}",)


# --- numbers, dates, header blocks ----------------------------------------------------------


def number(ctx: Ctx, lo: int = 10, hi: int = 3400) -> str:
    return str(ctx.rng.randint(lo, hi))


def printed(ctx: Ctx, value: str) -> str:
    """A number as printed: sometimes with a thousands dot (1.234)."""
    if len(value) == 4 and value.isdigit() and ctx.chance(0.3):
        return f"{value[0]}.{value[1:]}"
    return value


def label_number(ctx: Ctx, label: str, value: str) -> str:
    sign = world.number_sign(ctx.rng)
    sep = ctx.pick(" ", ": ", " : ", " ")
    return f"{label} {sign}{sep}{printed(ctx, value)}".replace("  ", " ")


def received_stamp(ctx: Ctx) -> tuple[str, ...]:
    """The reception stamp a paper document may bear when it is scanned."""
    later = ctx.day + timedelta(days=ctx.rng.randint(1, 9))
    return (
        ctx.pick("I. MUNICIPALIDAD DE MAULLÍN", "MUNICIPALIDAD DE MAULLÍN"),
        "OFICINA DE PARTES",
        f"RECIBIDO {later.day:02d} {world.MONTHS[later.month - 1][:3].upper()} {later.year}",
        f"N° {ctx.rng.randint(100, 9999)}   "
        f"HORA {ctx.rng.randint(8, 16)}:{ctx.rng.randint(0, 59):02d}",
    )


def fields(ctx: Ctx, rows: list[tuple[str, str]], *, side: str | None = None) -> Fields:
    colon = ctx.pick(":", ":", " :", ".-")
    labelled = tuple(
        (k if k.endswith(":") else f"{k.rstrip('.') if colon == '.-' else k}{colon}", v)
        for k, v in rows
    )
    where = side or ctx.pick("full", "full", "right", "left")
    return Fields(labelled, boxed=ctx.chance(0.25), side=where)


def signature(
    ctx: Ctx, name: str, cargo: str, org: str = "", *, closing: str = "", upper: float = 0.6
) -> Signature:
    shown = name.upper() if ctx.chance(upper) else name
    align = ctx.pick("center", "center", "left", "right")
    org = "" if org.upper() in cargo.upper() else org
    return Signature((Signer(shown, cargo, org),), align, closing, ctx.chance(0.4))


def esign_box(ctx: Ctx, name: str, cargo: str) -> Box:
    """The note a document signed with FirmaGob / DocDigital carries at its foot."""
    code = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(12))
    stamp = f"{ctx.day.isoformat()} {ctx.rng.randint(9, 18):02d}:{ctx.rng.randint(0, 59):02d}"
    return Box(
        (
            f"Firmado electrónicamente por {name.upper()}, {cargo}",
            f"Fecha: {stamp} -04:00",
            f"Verifique la validez de este documento con el código {code} en "
            f"{ctx.pick('https://doc.digital.gob.cl/validador', 'https://firma.gob.cl/verificar')}",
        )
    )


def distribution(ctx: Ctx, items: tuple[str, ...]) -> Listing:
    title = ctx.pick("DISTRIBUCIÓN:", "Distribución:", "DISTRIBUCION:", "c.c.:")
    return Listing(title, items)


def addressee_muni(ctx: Ctx) -> tuple[str, str]:
    """(the A: block as printed, the recipient as a clerk records it)."""
    head = world.OFFICIALS["alcaldia"].person.name.upper()
    style = ctx.rng.randint(0, 4)
    if style == 0:
        return (
            "SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE MAULLÍN",
            "SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE MAULLÍN",
        )
    if style == 1:
        return f"SR. {head}\nALCALDE I. MUNICIPALIDAD DE MAULLÍN", f"SR. {head}"
    if style == 2:
        return "ALCALDE DE LA COMUNA DE MAULLÍN", "ALCALDE DE LA COMUNA DE MAULLÍN"
    if style == 3:
        return f"{head}\nAlcalde de Maullín", head
    unit = ctx.matter.unit
    cargo = world.OFFICIALS[unit].cargo if unit != "alcaldia" else "ALCALDE"
    first = f"SR(A). {cargo} DE LA I. MUNICIPALIDAD DE MAULLÍN"
    return first, first


def person_signer(
    ctx: Ctx, who: world.Person, *, rut: bool, address: bool
) -> tuple[Signer, list[str]]:
    """A citizen's signature and the contact lines under it."""
    extra: list[str] = []
    if rut:
        extra.append(
            f"RUT {ctx.rut(world.person_rut(ctx.rng))}"
            if ctx.chance(0.7)
            else f"C.I. {ctx.rut(world.person_rut(ctx.rng))}"
        )
    if address:
        extra.append(
            f"{ctx.pick(*world.STREETS).capitalize()} {ctx.rng.randint(10, 990)}, "
            f"{ctx.matter.place}"
        )
    if ctx.chance(0.6):
        extra.append(f"Fono: {world.phone(ctx.rng)}")
    if ctx.chance(0.4):
        extra.append(world.email_of(ctx.rng, who, ctx.pick("gmail.com", "hotmail.com", "yahoo.es")))
    return Signer(who.name, "\n".join(extra)), extra
