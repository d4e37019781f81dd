"""What every kind of document shares: the context being written, the truth, letterheads,
footers, signatures, stamps and distribution lists."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.devgen.world import contract, rut_text
from bench.devgen2 import services, wording, world
from bench.devgen2.model import Block, Box, Doc, Head, Listing, Para, Signature, Signer, Truth
from bench.devgen2.topics import Matter

PAGE_LABELS = ("", "", "", "Página {p} de {n}", "Pág. {p}/{n}", "- {p} -", "Hoja {p} de {n}")


@dataclass
class Writing:
    """What any document being written has: its rng, kind, date and the RUTs it prints
    (bench.devgen3's context extends it too)."""

    rng: random.Random
    kind: str
    day: date
    ruts: list[str] = field(default_factory=list, kw_only=True)

    def rut(self, number: int) -> str:
        """Print a RUT, remembering it for the truth."""
        canonical = rut_text(number)
        if canonical not in self.ruts:
            self.ruts.append(canonical)
        return self.printed_rut(number)

    def printed_rut(self, number: int) -> str:
        """How this generator prints a RUT."""
        return world.rut_printed(self.rng, number)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


@dataclass
class Ctx(Writing):
    """One Vichuquén document being written: a Writing with its matter."""

    matter: Matter
    muni_printed: str = ""  # how the letterhead names the municipality


def truth(ctx: Ctx, doc_type: str, direction: str, **fields: Any) -> Truth:
    """The clerk's record; text fields contracted («de el» → «del») as the page prints them."""
    values: dict[str, Any] = {"unit": ctx.matter.unit, **fields}
    if values.get("sender_org") == world.MUNI and ctx.muni_printed:
        values["sender_org"] = ctx.muni_printed
    return record(ctx, doc_type, direction, ctx.matter.topic.key, values)


def record(
    ctx: Writing, doc_type: str, direction: str, topic: str, fields: dict[str, Any]
) -> Truth:
    """The Truth of ``ctx``'s document: ``fields`` (with ``unit``) over empty defaults, the
    text ones with folded spaces and contracted («de el» → «del»)."""
    values: dict[str, Any] = {
        "subject": None,
        "doc_number": None,
        "sender": None,
        "sender_org": None,
        "recipient": None,
        "antecedents": None,
        "reserved": False,
    }
    values.update(fields)
    for key in ("subject", "sender", "sender_org", "recipient", "antecedents"):
        if isinstance(values[key], str):
            values[key] = contract(" ".join(values[key].split()))
    return Truth(
        kind=ctx.kind,
        doc_type=doc_type,
        direction=direction,
        doc_date=ctx.day,
        ruts=tuple(ctx.ruts),
        topic=topic,
        **values,
    )


def doc(ctx: Ctx, t: Truth, blocks: list[Block], **kw: Any) -> Doc:
    """A Doc with a page label and its place drawn for it unless given."""
    return Doc(truth=t, blocks=tuple(blocks), **paging(ctx, PAGE_LABELS, kw))


def paging(ctx: Writing, labels: tuple[str, ...], kw: dict[str, Any]) -> dict[str, Any]:
    """``kw`` with a page label (one of ``labels``) and its place, unless it has them; both
    are drawn either way, so that the rng moves on alike."""
    kw.setdefault("page_label", ctx.pick(*labels))
    kw.setdefault(
        "label_at", ctx.pick("bottom-right", "bottom-right", "bottom-center", "top-right")
    )
    return kw


# --- letterheads and footers ------------------------------------------------------------------


def muni_head(ctx: Ctx, unit: str | None) -> Head:
    ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
    lines = [ctx.muni_printed]
    if unit and ctx.chance(0.7):
        u = world.UNITS[unit]
        named = f"{u.full} ({u.short})" if u.short.isupper() else u.full
        lines.append(ctx.pick(u.full, u.full.upper(), named))
    if ctx.chance(0.3):
        lines.append(ctx.pick(*world.REGION_LINES))
    emblem = ctx.pick("escudo", "escudo", "escudo", "none")
    caption = ctx.pick("", "", "REPÚBLICA DE CHILE", "VICHUQUÉN") if emblem != "none" else ""
    align = ctx.pick("left", "center", "center", "right")
    return Head(tuple(lines), emblem, align, caption, ctx.chance(0.35))


def service_head(ctx: Ctx, s: services.Service) -> Head:
    lines: list[str] = []
    if s.above and ctx.chance(0.8):
        lines.append(s.above.upper() if ctx.chance(0.5) else s.above)
    lines.append(s.org)
    if s.office and ctx.chance(0.6):
        lines.append(s.office)
    caption = ""
    if s.emblem == "gob":
        caption = ctx.pick("Gobierno de Chile", "GOBIERNO DE CHILE", "")
    emblem = s.emblem if ctx.chance(0.85) else "none"
    return Head(tuple(lines), emblem, ctx.pick("left", "left", "center", "right"), caption)


def muni_footer(ctx: Ctx) -> dict[str, Any]:
    """Doc keyword arguments for the municipality's footer (or none)."""
    if ctx.chance(0.3):
        return {}
    address = f"{ctx.pick(*world.MUNI_ADDRESSES)}, Vichuquén"
    phone = f"{ctx.pick('Fono', 'Teléfono', 'Tel.')} {ctx.pick(*world.MUNI_PHONES)}"
    web = ctx.pick(*world.MUNI_WEB, *world.MUNI_MAIL)
    if ctx.chance(0.5):
        lines: tuple[str, ...] = (f"{address} · {phone} · {web}",)
    else:
        lines = (address, f"{phone} — {web}")
    return {
        "footer": lines,
        "footer_align": ctx.pick("center", "left"),
        "footer_rule": ctx.chance(0.6),
    }


def service_footer(ctx: Ctx, s: services.Service) -> dict[str, Any]:
    if ctx.chance(0.4):
        return {}
    line = f"{services.where(s)} — {services.domain(s)}"
    return {
        "footer": (line,),
        "footer_align": ctx.pick("center", "left"),
        "footer_rule": ctx.chance(0.4),
    }


# --- signatures, stamps, lists ----------------------------------------------------------------


def signature(ctx: Ctx, name: str, cargo: str, org: str = "", *, closing: str = "") -> Signature:
    shown = name.upper() if ctx.chance(0.55) else name
    cargo_shown = cargo.upper() if ctx.chance(0.5) else cargo
    org = "" if not org or org.upper() in cargo.upper() else org
    align = ctx.pick("center", "center", "right", "left")
    return Signature((Signer(shown, cargo_shown, org),), align, closing, ctx.chance(0.3))


def esign(ctx: Ctx, name: str, cargo: str) -> Box:
    """The note an electronically signed document carries."""
    code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    when = f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"
    return Box(
        (
            f"Documento firmado con Firma Electrónica Avanzada por {name} ({cargo}) el {when}.",
            f"Código de verificación: {code}. Valide en https://validador.firma.gob.cl",
        )
    )


def reception_stamp(rng: random.Random, day: date) -> tuple[str, ...]:
    """The Oficina de Partes' stamp: its own date and entry number, not the document's."""
    later = day + timedelta(days=rng.randint(1, 8))
    month = world.MONTHS[later.month - 1][:3].upper()
    first = rng.choice(("MUNICIPALIDAD DE VICHUQUÉN", "I. MUNICIPALIDAD VICHUQUÉN"))
    return (
        first,
        rng.choice(("OFICINA DE PARTES — RECIBIDO", "OFICINA DE PARTES", "OF. DE PARTES")),
        f"{later.day:02d} {month} {later.year}",
        f"Ingreso N° {rng.randint(40, 5200)}   "
        f"Hora {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
    )


def distribution(ctx: Ctx, *items: str) -> Listing:
    return Listing(wording.distribution_title(ctx.rng), tuple(dict.fromkeys(items)))


def foot(ctx: Ctx, signer: world.Person, *items: str) -> list[Block]:
    """Initials and distribution list after the signature, each only sometimes."""
    out: list[Block] = []
    if ctx.chance(0.65):
        out.append(Para(wording.initials(ctx.rng, signer), align="left", size=-2.5))
    if ctx.chance(0.7):
        out.append(distribution(ctx, *items))
    if ctx.chance(0.2):
        out.append(
            Para(
                ctx.pick("Adj.: lo indicado.", "Incl.: lo citado.", "ADJ.: Antecedentes."),
                align="left",
                size=-2,
            )
        )
    return out


def unit_items(ctx: Ctx, unit: str) -> list[str]:
    """A unit as a distribution list names it."""
    u = world.UNITS[unit]
    return [
        ctx.pick(u.short, u.full),
        "Oficina de Partes",
        ctx.pick("Archivo", "Archivo.", "Arch."),
    ]
