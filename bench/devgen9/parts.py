"""What Quirihue's papers share: the context and the truth (devgen2's record), letterheads
(the vine over the valley, the escudo, an office's mark), how a paper addresses the mayor,
signatures with «(S)» for a stand-in or «p.o.» for one who signs by order, the typist's
initials and distribution lists (devgen8's), footers with address and phone, and the
Oficina de Partes' stamp."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Head, Listing, Signature, Signer, Truth
from bench.devgen2.parts import Ctx, paging, record
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc
from bench.devgen8.parts import distribution as distribution
from bench.devgen8.parts import initials as initials
from bench.devgen8.senders import Office, domain
from bench.devgen9 import world

__all__ = ["Ctx", "distribution", "doc", "initials", "truth"]

PAGE_LABELS = ("", "", "", "Página {p} de {n}", "{p}", "Pág. {p} de {n}", "- {p} -")


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record of a Quirihue paper (``matter_record``)."""
    return matter_record(ctx, world.MUNI, doc_type, direction, fields)


def matter_record(
    ctx: Ctx, muni: str, doc_type: str, direction: str, fields: dict[str, Any]
) -> Truth:
    """The clerk's record: the matter's unit unless given; text folded and contracted as
    printed; the municipality named as its letterhead names it (``sender_org="muni"``, else
    ``muni``). Later generators share it."""
    if fields.get("sender_org") == "muni":
        fields["sender_org"] = ctx.muni_printed or muni
    return record(
        ctx, doc_type, direction, ctx.matter.topic.key, {"unit": ctx.matter.unit} | fields
    )


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def muni_head(ctx: Ctx, unit: str = "", *, mark: float = 0.8) -> Head:
    """Quirihue's letterhead: the vine or the escudo, its name, maybe the unit and province."""
    name = ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    u = world.UNITS.get(unit)
    named = (u.full, u.full.upper(), f"{u.full} - {u.short}") if u else ("",)
    under = ctx.pick(*named) if ctx.chance(0.7) else ""
    region = ctx.pick(*world.PROVINCE) if ctx.chance(0.4) else ""
    emblem = ctx.pick("quirihue", "quirihue", "escudo") if ctx.chance(mark) else "none"
    caption = ctx.pick("", "QUIRIHUE", "VALLE DEL ITATA") if emblem == "escudo" else ""
    lines = tuple(x for x in (name, under, region) if x)
    return Head(lines, emblem, ctx.pick("left", "left", "center"), caption, ctx.chance(0.5))


def office_head(ctx: Ctx, o: Office, *, extra: str = "") -> Head:
    """An office's letterhead: its ministry, its name, a department, its mark."""
    lines = [o.above.upper()] if o.above and ctx.chance(0.6) else []
    lines.append(o.org.upper() if ctx.chance(0.35) else o.org)
    if extra:
        lines.append(extra)
    emblem = o.emblem if ctx.chance(0.9) else "none"
    caption = ctx.pick("Gobierno de Chile", "") if emblem == "gob" else ""
    align = ctx.pick("left", "left", "center", "right")
    return Head(tuple(lines), emblem, align, caption, ctx.chance(0.25))


def signed(
    ctx: Ctx, who: Person, post: str, org: str = "", *, closing: str = "", by_order: bool = False
) -> tuple[Signature, str]:
    """(the signature block, the sender a clerk registers: the post as signed). Now and then
    a stand-in signs, «(S)» after the post, or (``by_order``) the head of the cabinet by
    order of the head («p.o.»)."""
    style = ctx.rng.choices(("own", "stand-in", "by-order"), (6, 2, 1 if by_order else 0))[0]
    if style != "own":  # someone else signs
        who = world.person(ctx.rng)
    cargo = post
    if style == "stand-in":
        cargo = f"{post} {ctx.pick('(S)', '(S)', 'Subrogante')}"
    shown_post = cargo.upper() if ctx.chance(0.5) else cargo
    name = who.name.upper() if ctx.chance(0.6) else who.name
    org = "" if not org or ctx.chance(0.4) or org.upper() in shown_post.upper() else org
    if style == "by-order":
        head = f"{'JEFA' if who.female else 'JEFE'} DE GABINETE"
        shown_post = f"{head}\np.o. {post.upper()}"
        cargo = f"p.o. {post}"
    align = ctx.pick("center", "center", "left", "right")
    signer = Signer(name, shown_post, org)
    return Signature((signer,), align, closing, ctx.chance(0.35)), cargo


def to_mayor(ctx: Ctx) -> tuple[str, str]:
    """(the addressee's lines, the recipient a clerk records)."""
    mayor = world.UNITS["alcaldia"].chief.name
    style = ctx.rng.randrange(5)
    if style == 0:
        return (
            f"SEÑOR\n{mayor.upper()}\nALCALDE I. MUNICIPALIDAD DE QUIRIHUE\nFREIRE N° 540\n"
            "QUIRIHUE",
            mayor.upper(),
        )
    if style == 1:
        who = "Alcalde de la Ilustre Municipalidad de Quirihue"
        return f"Al señor\n{who}\nDon {mayor}\nPresente", who
    if style == 2:
        return f"A : SR. ALCALDE DE LA COMUNA DE QUIRIHUE\n{' ' * 4}{mayor.upper()}", (
            "SR. ALCALDE DE LA COMUNA DE QUIRIHUE"
        )
    if style == 3:
        unit = world.UNITS[ctx.matter.unit]
        first = f"{'Señora' if unit.chief.female else 'Señor'} {unit.chief.name}"
        return f"{first}\n{unit.post}\n{world.MUNI}\nQuirihue", first
    return "SEÑOR ALCALDE\nILUSTRE MUNICIPALIDAD DE QUIRIHUE\nPRESENTE", "SEÑOR ALCALDE"


def muni_footer(ctx: Ctx) -> tuple[str, ...]:
    if ctx.chance(0.4):
        return ()
    line = f"{ctx.pick(*world.MUNI_ADDRESS)} · {ctx.pick(*world.MUNI_PHONE)}"
    return (f"{line} · {ctx.pick(*world.MUNI_MAIL)}" if ctx.chance(0.5) else line,)


def office_footer(ctx: Ctx, o: Office) -> tuple[str, ...]:
    if ctx.chance(0.45):
        return ()
    phone = f"({ctx.pick('42', '2')}) {ctx.rng.randint(2_200_000, 2_999_999)}"
    return (f"{o.city} · Teléfono {phone} · {domain(o.org)}",)


def carbon_copy(ctx: Ctx, items: list[str]) -> Listing:
    """«c.c.:» or «Distribución:» under the signature (devgen8's titles, or «c.c.:»)."""
    if ctx.chance(0.3):
        return Listing(ctx.pick("c.c.:", "C.C.", "cc."), tuple(dict.fromkeys(items)))
    return distribution(ctx, items)


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date (one to four days later), hour and entry."""
    later = day + timedelta(days=rng.randint(1, 4))
    month = MONTHS[later.month - 1][:3].upper()
    hour = f"{rng.randint(8, 16)}:{rng.randint(0, 59):02d}"
    office = rng.choice(("I. MUNICIPALIDAD DE QUIRIHUE", "MUNICIPALIDAD QUIRIHUE"))
    title = rng.choice(("OFICINA DE PARTES", "RECEPCIONADO", "PARTES - RECIBIDO"))
    entry = f"N° Ingreso {rng.randint(100, 9400)} · {hour} hrs."
    return office, title, f"{later.day:02d} {month} {later.year}", entry
