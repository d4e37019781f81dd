"""What Pichilemu's papers share: the writing context and truth record (devgen2's Ctx and
devgen9's ``matter_record``), the municipality's letterhead (its wave mark), an office's head,
signatures, how papers address the mayor, number forms, footers, a clerk's pencilled note and
the Oficina de Partes' stamp."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Listing, Signature, Signer, Truth
from bench.devgen2.parts import Ctx, paging
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc, Margin
from bench.devgen9.parts import matter_record
from bench.sealgen import topics, world

__all__ = ["Ctx", "doc", "truth"]

PAGE_LABELS = ("", "", "Página {p} de {n}", "Hoja {p}", "{p}/{n}", "— {p} —", "Pág. {p}")


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Pichilemu paper (``sender_org="muni"``: as the head prints)."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def fit(
    ctx: Ctx, units: tuple[str, ...], *, skip: tuple[str, ...] = (), public: bool = True
) -> None:
    """Keep the matter if its unit is one of ``units``, its topic is not in ``skip`` and
    (``public``) outsiders write about it; else another such matter of those units."""
    t = ctx.matter.topic
    if t.unit not in units or (public and t.internal) or t.key in skip:
        unit = ctx.rng.choice(units)
        ctx.matter = topics.pick(ctx.rng, unit, ctx.day.year, public=public, skip=skip)


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """Pichilemu's letterhead: the wave or nothing, its name, maybe the unit and province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    under = ctx.pick(u.full, u.full.upper()) if u and ctx.chance(0.7) else ""
    region = ctx.pick(*world.PROVINCE) if ctx.chance(0.3) else ""
    emblem = ctx.pick("pichilemu", "pichilemu", "none")
    caption = ctx.pick("", "CAPITAL DEL SURF") if emblem != "none" else ""
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "center", "right"), caption, ctx.chance(0.45))


def office_head(ctx: Ctx, o: world.Office, extra: str = "") -> Head:
    lines = [o.above.upper()] if o.above and ctx.chance(0.55) else []
    lines.append(o.org.upper() if ctx.chance(0.4) else o.org)
    if extra:
        lines.append(extra)
    emblem = o.emblem if ctx.chance(0.85) else "none"
    caption = "GOBIERNO DE CHILE" if emblem == "gob" and ctx.chance(0.5) else ""
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "right"), caption, ctx.chance(0.3))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature block, the sender a clerk registers: the post as signed). Now and
    then a stand-in signs, «(S)» or «Subrogante» after the post."""
    if ctx.chance(0.15):
        who, post = world.person(ctx.rng), f"{post} {ctx.pick('(S)', 'Subrogante', '(S)')}"
    name = who.name.upper() if ctx.chance(0.5) else who.name
    shown = post.upper() if ctx.chance(0.45) else post
    org = org if org and ctx.chance(0.5) and org.upper() not in shown.upper() else ""
    align = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(name, shown, org),), align, closing, ctx.chance(0.3)), post


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, his stand-in, or «POR ORDEN DEL SR. ALCALDE» the Administrador."""
    if ctx.chance(0.2):
        adm = world.UNITS["administracion"].chief
        block = Signature(
            (Signer(adm.name.upper(), "ADMINISTRADOR MUNICIPAL\nPOR ORDEN DEL SR. ALCALDE"),),
            "center",
            closing,
        )
        return block, "Administrador Municipal por orden del Sr. Alcalde"
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records)."""
    mayor = world.MAYOR.name
    style = ctx.rng.randrange(6)
    if style == 0:
        first = f"Señor {mayor}"
        return f"{first}\nAlcalde de la Comuna de Pichilemu\nAngel Gaete 365\nPresente", first
    if style == 1:
        first = "SEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE PICHILEMU"
        return f"{first}\n{mayor.upper()}\nPICHILEMU", first
    if style == 2:
        first = "Sr. Alcalde"
        return f"{first}\nIlustre Municipalidad de Pichilemu\nS / D", first
    if style == 3:
        unit = world.UNITS[ctx.matter.unit]
        first = f"{'Sra.' if unit.chief.female else 'Sr.'} {unit.chief.name}"
        return f"{first}\n{unit.post}\n{world.MUNI}\nPresente", first
    if style == 4:
        first = "A la Ilustre Municipalidad de Pichilemu"
        return f"{first}\nAtención: Sr. Alcalde\nPresente", first
    first = f"Don {mayor}"
    return f"{first}\nAlcalde\nPichilemu", first


def number(ctx: Ctx, form: str = "ord") -> tuple[str, str]:
    """(an oficio's number as printed, as a clerk records it: the bare number)."""
    n = ctx.rng.randint(14, 3980)
    year = ctx.day.year
    if form == "electronic":
        code = f"E{ctx.rng.randint(10000, 99999)}"
        return ctx.pick(f"N° {code}/{year}", f"Nº {code}", f"{code}/{str(year)[2:]}"), code
    if form == "slash":
        return ctx.pick(f"N° 12.600/{n}", f"N° {n} / {year}", f"{n}/{str(year)[2:]}"), str(n)
    printed = ctx.pick(f"N° {n}", f"Nº {n}/{year}", f"N°{n:04d}", f"N° {n} - {year}", f"{n}")
    return printed, printed.lstrip("N°º ").split("/")[0].split(" ")[0].lstrip("0") or str(n)


def office_footer(ctx: Ctx, o: world.Office) -> tuple[str, ...]:
    if ctx.chance(0.5):
        return ()
    slug = o.short.lower().replace(" ", "")
    return (f"{o.city} · Teléfono (72) {ctx.rng.randint(2200000, 2999999)} · www.{slug}.cl",)


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.4):
        return ()
    line = f"{ctx.pick(*world.MUNI_ADDRESS)} · {ctx.pick(*world.MUNI_PHONE)}"
    extra = ctx.pick(*world.MUNI_WEB)
    return (f"{line} · {extra}",) if ctx.chance(0.6) else (line, extra)


def copies(ctx: Ctx, items: list[str]) -> Listing:
    title = ctx.pick("Distribución:", "DISTRIBUCIÓN", "c.c.:", "Copias a:", "CC:")
    return Listing(title, tuple(dict.fromkeys(items)))


def typist(ctx: Ctx, who: Person) -> str:
    """«CEPL/mcv» or «CEPL/tap/mcv»."""
    others = [world.person(ctx.rng).initials().lower() for _ in range(ctx.rng.randint(1, 2))]
    return "/".join([who.initials(), *others])


def pencil(ctx: Ctx, p: float = 0.12) -> Margin | None:
    """Now and then a note pencilled in the margin when the paper came in: how urgent it is,
    a deadline, the initials of whoever saw it (never where it goes: that is to be decided)."""
    if not ctx.chance(p):
        return None
    first = ctx.pick("Urgente", "URGENTE", "Ojo: plazo", "Visto", "Reiterado", "Ver antecedentes")
    second = ctx.pick("resp. 5 días", "antes del viernes", "ver con Alcalde", "copia a archivo", "")
    return Margin(
        (first, second, world.person(ctx.rng).initials()), ctx.pick("left", "right"), 40.0
    )


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """Pichilemu's stamp: its own date (one to five days later), entry number and hour."""
    later = day + timedelta(days=rng.randint(1, 5))
    month = MONTHS[later.month - 1][:3].upper()
    head = rng.choice(("I. MUNICIPALIDAD PICHILEMU", "MUNICIPALIDAD DE PICHILEMU"))
    word = rng.choice(("OFICINA DE PARTES", "PARTES Y ARCHIVO", "RECIBIDO"))
    entry = f"Folio {rng.randint(40, 9800)} - {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    return head, word, f"{later.day:02d} {month} {later.year}", entry
