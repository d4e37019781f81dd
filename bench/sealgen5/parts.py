"""What Vallenar's papers share: the context and the truth (devgen9's ``matter_record`` over
devgen2's record), the municipality's letterhead (the river between the hills, or the
escudo, set left, centred or at the right), how outsiders address the mayor, signatures
(«(S)» or «Subrogante» for a stand-in, «por orden del Alcalde» for the Administrador), an
e-signature strip, footers and the Oficina de Partes' stamp. Office letterheads, initials,
copy lists and the oficio's foot are devgen9's."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen.model import Truth
from bench.devgen2.model import Head, Signature, Signer
from bench.devgen2.parts import Ctx
from bench.devgen2.world import MONTHS, Person
from bench.devgen3.model import SealBox
from bench.devgen4.model import Block, Seal
from bench.devgen9.oficios import foot
from bench.devgen9.parts import carbon_copy, doc, matter_record, office_head
from bench.sealgen5 import world

__all__ = ["Ctx", "carbon_copy", "doc", "foot", "office_head", "truth"]


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Vallenar paper."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def muni_head(ctx: Ctx, unit: str = "") -> Head:
    """The municipality's letterhead: its mark, its name, now and then a unit and the
    province; left, centred or set at the right."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [name]
    u = world.UNITS.get(unit)
    if u and ctx.chance(0.65):
        named = f"{u.full} ({u.short})" if u.short != u.full else u.full
        lines.append(ctx.pick(u.full, u.full.upper(), named))
    if ctx.chance(0.4):
        lines.append(ctx.pick(*world.PROVINCE))
    emblem = ctx.pick("vallenar", "vallenar", "escudo", "none")
    caption = ctx.pick("", "VALLENAR", "CAPITAL DEL HUASCO") if emblem != "none" else ""
    align = ctx.pick("left", "left", "center", "right")
    return Head(tuple(lines), emblem, align, caption, ctx.chance(0.45))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = ""
) -> tuple[Signature, str]:
    """(the signature, the sender registered: the post as signed, stand-in marks kept)."""
    roll = ctx.rng.random()
    cargo = post
    if roll < 0.13:
        who, cargo = world.person(ctx.rng, female=who.female), f"{post} (S)"
    elif roll < 0.2:
        who, cargo = world.person(ctx.rng, female=who.female), f"{post} Subrogante"
    shown = cargo.upper() if ctx.chance(0.5) else cargo
    if org and ctx.chance(0.45) and org.upper() not in shown.upper():
        shown = f"{shown}\n{org}"
    name = who.name.upper() if ctx.chance(0.55) else who.name
    where = ctx.pick("center", "center", "left", "right")
    return Signature((Signer(name, shown),), where, closing, ctx.chance(0.35)), cargo


def mayor_signs(ctx: Ctx, *, closing: str = "") -> tuple[Signature, str]:
    """The mayor, a stand-in, or the Administrador Municipal «por orden del Alcalde»."""
    if ctx.chance(0.18):
        admin = world.UNITS["administracion"].chief
        cargo = "Administrador Municipal por orden del Alcalde"
        lines = "ADMINISTRADOR MUNICIPAL\nPOR ORDEN DEL ALCALDE"
        return Signature((Signer(admin.name, lines),), "center", closing), cargo
    return signed(ctx, world.MAYOR, "Alcalde", closing=closing)


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records)."""
    mayor = world.MAYOR.name
    form = ctx.rng.randrange(6)
    if form == 0:
        return f"A\nSR. {mayor.upper()}\nALCALDE DE VALLENAR\nPRESENTE", f"SR. {mayor.upper()}"
    if form == 1:
        first = "Al Señor Alcalde de la Comuna de Vallenar"
        return f"{first}\nDon {mayor}\n{world.MUNI_STREET}\nS / D", first
    if form == 2:
        return f"Señor\n{mayor}\nAlcalde\n{world.MUNI}\nPresente", mayor
    if form == 3:
        first = "SEÑOR ALCALDE I. MUNICIPALIDAD DE VALLENAR"
        return f"{first}\nVALLENAR", first
    if form == 4:
        first = f"Sr. {mayor}"
        return f"{first}\nAlcalde de Vallenar\nPresente", first
    first = "Honorable Concejo Municipal y Sr. Alcalde de Vallenar"
    return f"{first}\nPresente", first


def the_unit(full: str) -> str:
    """A unit's full name with its article: «la Dirección …», «el Departamento …»."""
    male = full.startswith(("Juzgado", "Departamento"))
    return f"{'el' if male else 'la'} {full}"


def footer(ctx: Ctx, office: str = "") -> tuple[str, ...]:
    """An office's footer (``office``), the municipality's, or none."""
    if ctx.chance(0.4):
        return ()
    if office:
        return (office,)
    line = f"{ctx.pick(*world.MUNI_ADDRESS)} | Fono {ctx.pick(*world.MUNI_PHONE)}"
    return (line, ctx.pick(*world.MUNI_MAIL)) if ctx.chance(0.4) else (line,)


def sealed(ctx: Ctx, org: str, place: str, p: float = 0.3) -> list[Block]:
    """Now and then a round seal beside the signature: the org's first words over the place."""
    if not ctx.chance(p):
        return []
    words = org.replace(",", "").upper().split()
    return [Seal((" ".join(words[:2]), " ".join(words[2:5])[:24], place.upper()[:20]), "right")]


def esigned(ctx: Ctx, sig: Signature, post: str, lead: tuple[str, ...] = ()) -> SealBox:
    """An advanced e-signature strip: ``lead`` lines (a number and date), who signed ``sig``
    and as what, a code."""
    name = sig.signers[0].name
    code = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(12))
    lines = (
        *lead,
        f"Documento firmado electrónicamente por {name}",
        post,
        f"Verifique en https://doc.digital.gob.cl/validador/{code}",
    )
    return SealBox(lines, code, ctx.pick("left", "right"), 0.75)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to six days later), entry and hour."""
    later = day + timedelta(days=rng.randint(1, 6))
    month = MONTHS[later.month - 1][:3].upper()
    first = rng.choice(("MUNICIPALIDAD DE VALLENAR", "I.M. VALLENAR", "OFICINA DE PARTES"))
    second = rng.choice(("RECIBIDO", "OFICINA DE PARTES", "INGRESO"))
    entry = f"N° {rng.randint(1200, 18_900)}  {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    return first, second, f"{later.day:02d} {month} {later.year}", entry
