"""What Porvenir's papers share: the context and the truth (devgen2's record), the
municipality's letterhead (its lighthouse over the Strait, the escudo or nothing), how
outsiders address the mayor, signatures with «(S)» for a stand-in, the DocDigital
platform's signature note and verification footer, footers and the Oficina de Partes'
stamp. Offices' letterheads, page labels, initials and copy lists are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Box, Head, Signature, Signer, Truth
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen9.parts import carbon_copy, doc, initials, matter_record, office_head
from bench.devgen11 import world

__all__ = ["Ctx", "carbon_copy", "doc", "initials", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Porvenir paper (devgen9's ``matter_record``)."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Porvenir's letterhead: its mark, its name, maybe a unit and the province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper(), f"{u.full} ({u.short})") if u else ""
    under = under if ctx.chance(0.6) else ""
    region = ctx.pick(*world.PROVINCE) if ctx.chance(0.35) else ""
    emblem = ctx.pick("porvenir", "porvenir", "escudo", "none")
    caption = ctx.pick("", "PORVENIR", "TIERRA DEL FUEGO") if emblem == "escudo" else ""
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.4))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender registered: the post as signed, «(S)» kept)."""
    if ctx.chance(0.2):
        who, post = (
            world.person(ctx.rng, female=who.female),
            f"{post} {ctx.pick('(S)', '(S)', 'Subrogante')}",
        )
    name = who.name.upper() if ctx.chance(0.6) else who.name
    shown = post.upper() if ctx.chance(0.5) else post
    org = org if org and ctx.chance(0.5) else ""
    align = ctx.pick("center", "center", "left", "right")
    return Signature((Signer(name, shown, org),), align, closing, ctx.chance(0.3)), post


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records: the first line, or the name
    under a lone «SEÑOR»)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(5)
    if style == 0:
        return f"SEÑOR\n{mayor.upper()}\nALCALDE I. MUNICIPALIDAD DE PORVENIR\nPRESENTE", (
            mayor.upper()
        )
    if style == 1:
        return (
            f"Señor Alcalde\n{world.MUNI}\nPadre Mario Zavattaro N° 402\nPorvenir",
            "Señor Alcalde",
        )
    if style == 2:
        first = "Al Sr. Alcalde de la comuna de Porvenir"
        return f"{first}\nDon {mayor}\nS/D", first
    if style == 3:
        return f"Señor\n{mayor}\nAlcalde\nPresente", mayor
    first = "SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE PORVENIR"
    return f"{first}\nTIERRA DEL FUEGO\nPRESENTE", first


def footer(ctx: Ctx, city: str = "", site: str = "") -> tuple[str, ...]:
    """An office's (``city``, ``site``) or the municipality's footer, or none."""
    if ctx.chance(0.4):
        return ()
    phone = f"(61) 2{ctx.rng.randint(200_000, 799_999)}"
    if city:
        region = "Región de Valparaíso" if city == "Valparaíso" else "Región de Magallanes"
        return (f"{city}, {region} · Fono {phone} · {site}",)
    return (f"{ctx.pick(*world.MUNI_ADDRESS)} · {ctx.pick(*world.MUNI_PHONE)}",
            ctx.pick(*world.MUNI_MAIL))  # fmt: skip


def code(ctx: Ctx, n: int = 10) -> str:
    """A verification code as the platforms print it."""
    return "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def docdigital_footer(ctx: Ctx) -> tuple[str, ...]:
    """DocDigital's footer: the law, the verification code and where to check it."""
    shown = code(ctx, 12)
    first = ctx.pick(
        "Este documento ha sido firmado electrónicamente de acuerdo con la Ley N° 19.799.",
        "Documento firmado electrónicamente (Ley N° 19.799).",
    )
    return (first, f"Para verificar su autenticidad ingrese el código {shown} en "
            "https://doc.digital.gob.cl/validador/")  # fmt: skip


def esigned(ctx: Ctx, name: str, post: str, org: str) -> Box:
    """The note DocDigital prints where a hand signature would go."""
    d = ctx.day
    clock = f"{ctx.rng.randint(8, 19):02d}:{ctx.rng.randint(0, 59):02d}"
    return Box(
        (
            ctx.pick("Firmado electrónicamente por:", "Documento firmado electrónicamente por"),
            f"{name} - {post}",
            org,
            f"Fecha: {d.day:02d}/{d.month:02d}/{d.year} {clock} CLT",
        ),
        ctx.pick("left", "center"),
    )


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to six days later) and entry."""
    later = day + timedelta(days=rng.randint(1, 6))
    month = MONTHS[later.month - 1][:3].upper()
    title = rng.choice(("OFICINA DE PARTES", "RECIBIDO", "I. MUNICIPALIDAD DE PORVENIR"))
    entry = rng.choice(("Folio", "N° Ingreso", "Reg. N°")) + f" {rng.randint(30, 4800)}"
    return title, f"{later.day:02d} {month} {later.year}", entry, "Porvenir - T. del Fuego"
