"""Oficios (from a service, of the municipality, reserved) and memorándums between units.

Truth as devgen keeps it: the subject is the MAT./MATERIA/REF. text; the sender is the
signer's post and sender_org the service (or the municipality as its letterhead names it);
the unit is the one that must handle the matter (incoming), wrote it (outgoing) or receives
it (a memorándum)."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, services, wording, world
from bench.devgen2.heads import Header, choose, header
from bench.devgen2.model import Block, Box, Doc, Para
from bench.devgen2.parts import Ctx

RESERVED_LEADS = (
    "Solicita antecedentes reservados sobre ",
    "Remite información de carácter reservado relativa a ",
    "Requiere informe confidencial respecto de ",
)


def points(ctx: Ctx) -> list[Block]:
    """A short numbered list of what is asked for."""
    items = [
        f"Individualización de los funcionarios a cargo de {ctx.matter.other}.",
        "Copia de los actos administrativos dictados sobre la materia.",
        "Cronograma de trabajo con plazos y responsables.",
        "Registro fotográfico y georreferenciación del lugar.",
        "Montos comprometidos y fuente de financiamiento.",
    ]
    ctx.rng.shuffle(items)
    mark = ctx.pick("{i}.", "{i})", "{a})", "{i}.-")
    return [
        Para(mark.format(i=i, a="abcde"[i - 1]) + " " + text, left=8)
        for i, text in enumerate(items[: ctx.rng.randint(2, 4)], 1)
    ]


def body(ctx: Ctx, *, to_muni: bool, listed: float = 0.3, internal: bool = False) -> list[Block]:
    m = ctx.matter
    whom = "esa Municipalidad" if to_muni else "esa unidad" if internal else "ese Servicio"
    out: list[Block] = [
        Para(wording.opening(ctx.rng, m, whom=whom), indent=ctx.rng.choice((0, 0, 12))),
        Para(wording.development(ctx.rng, m), indent=ctx.rng.choice((0, 0, 12))),
    ]
    if ctx.chance(listed):
        out += points(ctx)
    out.append(Para(wording.request(ctx.rng, to_muni=to_muni)))
    return out


def to_muni(ctx: Ctx) -> tuple[str, str, str]:
    """(the A: text, the recipient as a clerk records it, the addressee of the letter form)."""
    unit = world.UNITS[ctx.matter.unit]
    mayor = world.UNITS["alcaldia"].chief.name.upper()
    style = ctx.rng.randint(0, 4)
    if style == 0:
        a = "SR. ALCALDE DE LA I. MUNICIPALIDAD DE VICHUQUÉN"
        return a, a, "SEÑOR\nALCALDE DE LA I. MUNICIPALIDAD DE VICHUQUÉN"
    if style == 1:
        return (
            f"SR. {mayor}\nALCALDE COMUNA DE VICHUQUÉN",
            f"SR. {mayor}",
            f"SEÑOR\n{mayor}\nALCALDE DE LA COMUNA DE VICHUQUÉN",
        )
    if style == 2 and unit.code != "alcaldia":
        post = ctx.pick(unit.post, unit.post.upper())
        title = "SRA." if unit.chief.female else "SR."
        return (
            f"{title} {post}\nI. Municipalidad de Vichuquén",
            f"{title} {post}",
            f"{title} {post}\nVICHUQUÉN",
        )
    if style == 3 and unit.code != "alcaldia":
        first = unit.full.upper()
        return f"{first}\nMUNICIPALIDAD DE VICHUQUÉN", first, f"{first}\nVICHUQUÉN"
    return "ALCALDE DE VICHUQUÉN", "ALCALDE DE VICHUQUÉN", "SEÑOR\nALCALDE DE VICHUQUÉN"


def signer(ctx: Ctx, female: bool) -> world.Person:
    return world.person(ctx.rng, female=female)


def oficio_entrada(ctx: Ctx, *, reserved: bool = False) -> Doc:
    """An oficio of a public service to the mayor or straight to a unit."""
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    cargo = s.cargo + (" (S)" if ctx.chance(0.1) else "")
    who = signer(ctx, s.female)
    mat = wording.incoming_subject(ctx.rng, ctx.matter)
    if reserved:
        mat = ctx.pick(*RESERVED_LEADS) + ctx.matter.name
    ant = wording.antecedent(ctx.rng, ctx.day, own=False) if ctx.chance(0.45) else None
    num = str(ctx.rng.randint(15, 4900))
    label = ctx.pick("ORD.", "ORD.", "OF. ORD.", "OFICIO ORD.", "Oficio", "OFICIO ORDINARIO")
    if reserved:
        label = ctx.pick("ORD. RESERVADO", "OF. RES.", "OFICIO RESERVADO", "RESERVADO ORD.")
    a, recipient, letter = to_muni(ctx)
    h = Header(parts.service_head(ctx, s), label, num, s.city, ant, mat, cargo, a, letter)
    blocks = header(ctx, h, choose(ctx))
    if reserved:
        blocks.append(_reserved_box(ctx))
    blocks += body(ctx, to_muni=True)
    org = s.org if ctx.chance(0.5) else ""
    blocks.append(parts.signature(ctx, who.name, cargo, org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.3):
        blocks.append(parts.esign(ctx, who.name, cargo))
    blocks += parts.foot(ctx, who, "Sr. Alcalde I. Municipalidad de Vichuquén", "Archivo")
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": cargo}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(
        ctx, "oficio_reservado" if reserved else "oficio", "entrada", reserved=reserved, **fields
    )
    mark = "RESERVADO" if reserved and ctx.chance(0.4) else ""
    return parts.doc(ctx, t, blocks, watermark=mark, **parts.service_footer(ctx, s))


def _reserved_box(ctx: Ctx) -> Box:
    lines = ctx.pick("RESERVADO", "CONFIDENCIAL — RESERVADO", "DOCUMENTO RESERVADO")
    return Box((lines,), align="center", bold=True)


def _to_service(ctx: Ctx) -> tuple[str, str, str]:
    """(the A: text, the recipient, the addressee of the letter form) of a service."""
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = signer(ctx, s.female)
    title = "SRA." if s.female else "SR."
    style = ctx.rng.randint(0, 2)
    if style == 0:
        name = who.name.upper()
        return (
            f"{title} {name}\n{s.cargo}\n{s.org}",
            f"{title} {name}",
            f"{title} {name}\n{s.cargo}",
        )
    if style == 1:
        return f"{s.cargo.upper()}\n{s.org.upper()}", s.cargo.upper(), f"{s.cargo}\n{s.org}"
    return f"{title} {s.cargo}", f"{title} {s.cargo}", f"{title} {s.cargo}\n{s.city.upper()}"


def _mayor_or_order(ctx: Ctx) -> tuple[world.Official, str, bool]:
    """(who signs, the DE: text, whether «por orden del Alcalde»)."""
    if ctx.chance(0.25):
        chief = world.official(ctx.rng, ctx.pick("administracion", "secretaria-municipal"))
        return chief, chief.cargo, True
    mayor = world.official(ctx.rng, "alcaldia", stand_in=0.12)
    if mayor.cargo != "Alcalde":
        return mayor, mayor.cargo, False
    de = ctx.pick("ALCALDE I. MUNICIPALIDAD DE VICHUQUÉN", "Alcalde de Vichuquén", "ALCALDE")
    return mayor, de, False


def oficio_salida(ctx: Ctx, *, reserved: bool = False) -> Doc:
    """The municipality's oficio to a service, about a matter of one of its units."""
    ant_no = str(ctx.rng.randint(30, 3300))
    mat = wording.subject(ctx.rng, wording.OUTGOING, ctx.matter, ant=f"Ord. N° {ant_no}")
    ant = None
    if "Ord. N°" in mat or ctx.chance(0.3):
        ant = f"Ord. N° {ant_no} de {wording.long_date(wording.earlier(ctx.rng, ctx.day))}"
    chief, de, by_order = _mayor_or_order(ctx)
    a, recipient, letter = _to_service(ctx)
    num = str(ctx.rng.randint(4, 2300))
    label = ctx.pick("ORD.", "ORD.", "OF. ORD.", "OFICIO ORD.", "Oficio")
    if reserved:
        label = ctx.pick("ORD. RESERVADO", "OFICIO RESERVADO", "ORD. RES.")
    h = Header(
        parts.muni_head(ctx, ctx.matter.unit), label, num, "Vichuquén", ant, mat, de, a, letter
    )
    layout = choose(ctx)
    blocks = header(ctx, h, layout) + ([_reserved_box(ctx)] if reserved else [])
    blocks += body(ctx, to_muni=False)
    if by_order:
        blocks.append(
            Para(
                ctx.pick("POR ORDEN DEL SR. ALCALDE", "Por orden del Alcalde"),
                align="center",
                bold=True,
            )
        )
    org = ctx.pick("", "", world.MUNI_NAMES[1])
    blocks.append(
        parts.signature(ctx, chief.person.name, chief.cargo, org, closing=wording.closing(ctx.rng))
    )
    blocks += parts.foot(ctx, chief.person, "Destinatario", *parts.unit_items(ctx, ctx.matter.unit))
    sender = chief.cargo if layout == "letter" else de  # the letter form prints no DE:
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": world.MUNI, "recipient": recipient, "antecedents": ant}
    t = parts.truth(
        ctx, "oficio_reservado" if reserved else "oficio", "salida", reserved=reserved, **fields
    )
    return parts.doc(ctx, t, blocks, **parts.muni_footer(ctx))


def oficio_reservado(ctx: Ctx) -> Doc:
    if ctx.chance(0.7):
        return oficio_entrada(ctx, reserved=True)
    return oficio_salida(ctx, reserved=True)


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the unit that must handle the matter (the truth's unit)."""
    target = ctx.matter.unit
    source = ctx.rng.choice([u for u in world.UNIT_CODES if u != target])
    boss = world.official(ctx.rng, source)
    to = world.official(ctx.rng, target, stand_in=0.05)
    to_named = world.unit_named(ctx.rng, target) if ctx.chance(0.5) else to.cargo
    de = boss.cargo if ctx.chance(0.7) else f"{boss.cargo}\n{boss.person.name}"
    a = to_named if ctx.chance(0.7) else f"{to_named}\n{to.person.name}"
    mat = wording.subject(ctx.rng, wording.INTERNAL, ctx.matter)
    ant = wording.antecedent(ctx.rng, ctx.day, own=True) if ctx.chance(0.3) else None
    label = ctx.pick("MEMORÁNDUM", "MEMO", "MEMORÁNDUM INTERNO", "Memorándum", "MEMO.")
    num = str(ctx.rng.randint(1, 640))
    h = Header(parts.muni_head(ctx, source), label, num, "Vichuquén", ant, mat, de, a)
    blocks = header(ctx, h, choose(ctx, ("column", "table", "table", "de_a", "beside")))
    blocks += body(ctx, to_muni=False, listed=0.35, internal=True)
    blocks.append(
        parts.signature(ctx, boss.person.name, boss.cargo, closing=ctx.pick("Atte.,", ""))
    )
    blocks += parts.foot(ctx, boss.person, "Destinatario", "Archivo")
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": boss.cargo}
    fields |= {"sender_org": world.MUNI, "recipient": to_named, "antecedents": ant}
    t = parts.truth(ctx, "memorandum", "interno", **fields)
    furniture = parts.muni_footer(ctx) if ctx.chance(0.4) else {}
    return parts.doc(ctx, t, blocks, **furniture)
