"""Letters of firms to Quirihue: the water company (a programmed cut, a permit to break the
pavement), the electricity distributors (a programmed outage, pruning under the lines, a
network extension), tower and mobile companies (a tower under Ley N° 20.599), a debt
collector (unpaid invoices), a factoring firm (an assigned invoice), builders (more time, a
provisional reception), the bank (the signatories of the municipal account), and the
notary's certificate of an assigned credit. The firm's own number on top («CARTA GZÑ N°
0456/2025»); the subject as «Ref.:» at the right under the date, as a bold «Asunto:» after
the addressee, as a title in capitals, or only in the first sentence.

Truth (devgen's for letters): a firm's letter is a carta, entrada; a notary's certificate a
certificado, entrada, with no subject; the subject the «Ref.:»/«Asunto:» text or the title,
None when only the body tells it; doc_number the firm's number (wording.number's rule), None
when it prints none; sender who signs, sender_org the firm; recipient the addressee's first
line; ruts the firm's; unit the one the request concerns."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen9 import parts, senders, topics, wording, world
from bench.devgen9.parts import Ctx
from bench.devgen9.senders import Firm

# firm's sort | subject | unit | what the body asks or tells
ASKS = world.rows("firm-asks")


def _values(ctx: Ctx) -> dict[str, str]:
    later = ctx.day + timedelta(days=ctx.rng.randint(5, 15))
    return {
        "sector": ctx.matter.sector,
        "calle": world.street_address(ctx.rng),
        "obra": ctx.pick(*world.WORKS),
        "n": str(ctx.rng.randint(120, 4800)),
        "n2": str(ctx.rng.randint(4801, 6200)),
        "day": wording.long_date(later),
    }


def _head(ctx: Ctx, firm: Firm) -> Head:
    lines = [firm.name, firm.address]
    if firm.rut and ctx.chance(0.7):
        lines.append(f"RUT {ctx.rut(firm.rut)}")
    emblem = {"sanitaria": "drop", "electrica": "hills"}.get(firm.sort, "none")
    return Head(tuple(lines), emblem, ctx.pick("left", "right", "center"), "", ctx.chance(0.6))


def _placed(ctx: Ctx, subject: str) -> tuple[list[Block], list[Block], str | None]:
    """The subject in one of four places: (blocks above the addressee, blocks after it, the
    subject registered)."""
    where = ctx.pick("ref", "asunto", "title", "none")
    if where == "ref":
        label = ctx.pick("Ref.:", "REF.:", "Ref:")
        return [Para(f"{label} {subject}", align="left", left=75)], [], subject
    if where == "asunto":
        label = ctx.pick("Asunto:", "ASUNTO:")
        return [], [Para(f"{label} {subject}", align="left", bold=True)], subject
    if where == "title":
        return [], [Heading(subject.upper(), size=0.5, underline=ctx.chance(0.5))], subject.upper()
    return [], [], None


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm writes to the mayor or to a unit."""
    firm = ctx.rng.choice([f for f in senders.FIRMS if f.sort != "notaria"])
    _sort, template, unit, told = ctx.rng.choice([a for a in ASKS if a[0] == firm.sort])
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (unit,))
    values = _values(ctx)
    above, after, stated = _placed(ctx, template.format(**values))
    number, num = wording.number(ctx.rng, firm.label, ctx.day.year) if firm.label else ("", None)
    town = firm.address.rsplit(", ", 1)[-1]
    blocks: list[Block] = [_head(ctx, firm)]
    blocks += [Para(number, align="left", bold=True)] if number else []
    blocks += [Para(wording.town_date(ctx.rng, town, ctx.day), align="right"), *above, Space(2)]
    to, recipient = parts.to_mayor(ctx)
    who = world.person(ctx.rng)
    greeting = ctx.pick("De nuestra consideración:", "Estimado señor Alcalde:", "Señor Alcalde:")
    blocks += [
        Para(to, align="left"),
        *after,
        Para(greeting, align="left"),
        Para(f"Por medio de la presente, {told.format(**values).rstrip('.')}."),
        Para(ctx.matter.detail if ctx.chance(0.3) else "Quedamos atentos a sus comentarios."),
        Para(ctx.pick("Saluda atentamente,", "Sin otro particular, les saludan atentamente,")),
        Signature(
            (Signer(who.name, firm.post[who.female], firm.name),), ctx.pick("left", "center")
        ),
    ]
    fields: dict[str, Any] = {"subject": stated, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": firm.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    phone = f"600 {ctx.rng.randint(300, 999)} {ctx.rng.randint(1000, 9999)}"
    footer = (f"{firm.address} · Mesa central {phone}",)
    return parts.doc(ctx, t, blocks, footer=footer if ctx.chance(0.5) else ())


def certificado_notarial(ctx: Ctx) -> Doc:
    """A notary certifies that an assigned invoice was notified to the municipality."""
    firm = next(f for f in senders.FIRMS if f.sort == "notaria")
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("daf:02",))
    notary = world.person(ctx.rng)
    number, num = wording.number(ctx.rng, firm.label, ctx.day.year)
    invoice = ctx.rng.randint(120, 4800)
    contractor = world.person(ctx.rng)
    blocks: list[Block] = [
        Head((firm.name.upper(), notary.name, firm.address), "none", "center", "", True),
        Para(number, align="right", bold=True),
        Heading(
            ctx.pick("CERTIFICADO DE NOTIFICACIÓN", "NOTIFICACIÓN DE CESIÓN DE CRÉDITO"), size=1
        ),
        Para(
            f"CERTIFICO: Que con esta fecha, siendo las {ctx.rng.randint(9, 13)}:"
            f"{ctx.rng.randint(0, 59):02d} horas, notifiqué a la ILUSTRE MUNICIPALIDAD DE "
            "QUIRIHUE, en su domicilio de calle Freire N° 540, la cesión del crédito contenido en "
            f"la factura electrónica N° {invoice}, emitida por {contractor.name}, RUT "
            f"{ctx.rut(ctx.rng.randint(6_000_000, 22_000_000))}, a favor "
            "de Factoring Itata S.A., conforme al artículo 4° de la Ley N° 19.983. Entregué copia "
            "de la factura y de la cesión a la Oficina de Partes.",
        ),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="left"),
        Signature((Signer(notary.name.upper(), firm.post[notary.female]),), "center", rule=False),
    ]
    fields: dict[str, Any] = {"doc_number": num, "sender": notary.name, "sender_org": firm.name}
    t = parts.truth(ctx, "certificado", "entrada", **fields)
    return parts.doc(ctx, t, blocks)
