"""Oficios (incoming, outgoing, reserved), memorándums and letters."""

from __future__ import annotations

from typing import Any

from bench.devgen import common, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import (
    Block,
    Box,
    Columns,
    Draft,
    Heading,
    Letterhead,
    Para,
    Space,
)

FEMININE = (
    "DIRECTORA",
    "SECRETARIA",
    "JEFA",
    "DELEGADA",
    "COORDINADORA",
    "INSPECTORA",
    "JUEZA",
    "ALCALDESA",
    "CONTRALORA",
    "TRABAJADORA",
)


def signer_for(ctx: Ctx, cargo: str) -> world.Person:
    female = cargo.startswith(FEMININE)
    while True:
        who = world.person(ctx.rng)
        if who.female == female:
            return who


def _ant_row(ctx: Ctx, ant: str | None) -> list[tuple[str, str]]:
    label = ctx.pick("ANT.", "ANT", "ANTECEDENTE", "ANT.")
    if ant:
        return [(label, ant)]
    return [(label, ctx.pick("No hay.", "S/A.", "No tiene."))] if ctx.chance(0.2) else []


def oficio_head(
    ctx: Ctx,
    letterhead: Letterhead,
    label: str,
    num: str,
    city: str,
    rows: tuple[str | None, str, str, str],
) -> list[Block]:
    """The head of an oficio in one of four layouts. rows: ANT., MAT., DE, A."""
    ant, mat, de, a = rows
    mat_label = ctx.pick("MAT.", "MAT", "MATERIA", "MAT.")
    number_text = common.label_number(ctx, label, num)
    when = wording.place_date(ctx.rng, city, ctx.day)
    to = [(ctx.pick("DE", "DE"), de), (ctx.pick("A", "A", "PARA"), a)]
    layout = ctx.rng.randint(0, 3)
    if layout == 0:
        top = common.fields(
            ctx,
            [(f"{label} N°", common.printed(ctx, num)), *_ant_row(ctx, ant), (mat_label, mat)],
            side="right",
        )
        return [letterhead, top, Para(when, align="right"), common.fields(ctx, to)]
    if layout == 1:
        where = ctx.pick("right", "center", "left")
        return [
            letterhead,
            Heading(number_text, align=where, size=1),
            Para(when, align="right"),
            common.fields(ctx, [*_ant_row(ctx, ant), (mat_label, mat), *to]),
        ]
    if layout == 2:
        cols = Columns(letterhead.lines, (number_text, when))
        return [
            cols,
            Space(4),
            common.fields(ctx, [*_ant_row(ctx, ant), (mat_label, mat)]),
            common.fields(ctx, to),
        ]
    rows_all = [
        (f"{label} N°", common.printed(ctx, num)),
        ("FECHA", world.date_text(ctx.rng, ctx.day)),
    ]
    rows_all += [*_ant_row(ctx, ant), (mat_label, mat), *to]
    return [letterhead, Space(3), common.fields(ctx, rows_all, side="full")]


def _letter_body(ctx: Ctx, verb: str, *, points: bool) -> list[Block]:
    m = ctx.matter
    body: list[Block] = [Para(wording.opener(ctx.rng, verb), indent=ctx.rng.choice((0, 0, 10)))]
    body.append(Para(m.detail + " " + _elaboration(ctx)))
    if points:
        items = _points(ctx)
        body.extend(Para(f"{i}.- {text}", left=6) for i, text in enumerate(items, 1))
    body.append(Para(wording.request(ctx.rng)))
    return body


def _elaboration(ctx: Ctx) -> str:
    m = ctx.matter
    return ctx.pick(
        f"Lo anterior se enmarca en el seguimiento de {m.other}.",
        f"Esta situación afecta directamente a vecinos del sector {m.place}.",
        f"A la fecha no se ha recibido respuesta sobre {m.other}.",
        "Cabe hacer presente que esta materia fue tratada previamente con funcionarios "
        "de esa repartición.",
        f"Para estos efectos se tuvo a la vista la información disponible sobre {m.other}.",
        "",
    )


def _points(ctx: Ctx) -> list[str]:
    m = ctx.matter
    options = [
        f"Individualización de los responsables de {m.other}.",
        "Cronograma de actividades y plazos comprometidos.",
        "Copia de los actos administrativos dictados sobre la materia.",
        f"Estado de avance y presupuesto asociado a {m.other}.",
        "Nómina de beneficiarios o personas afectadas, si corresponde.",
        "Registro fotográfico de la situación descrita.",
    ]
    ctx.rng.shuffle(options)
    return options[: ctx.rng.randint(2, 4)]


def foot(ctx: Ctx, signer: str, dist: tuple[str, ...]) -> list[Block]:
    out: list[Block] = []
    if ctx.chance(0.6):
        out.append(Para(wording.initials(ctx.rng, signer), align="left", size=-2))
    if ctx.chance(0.7):
        out.append(common.distribution(ctx, dist))
    return out


def _reserved_mark(ctx: Ctx) -> Box:
    lines = ("RESERVADO",) if ctx.chance(0.6) else ("DOCUMENTO RESERVADO", "Ley N° 20.285, art. 21")
    return Box(lines, align="center", bold=True)


def _incoming_subject(ctx: Ctx, *, reserved: bool) -> tuple[str, str]:
    mat, verb = wording.subject(ctx.rng, wording.INCOMING, ctx.matter)
    if not reserved:
        return mat, verb
    lead = ctx.pick(
        "Solicita antecedentes reservados sobre ",
        "Remite información reservada de ",
        "Requiere informe confidencial sobre ",
    )
    return lead + ctx.matter.name, verb


def oficio_entrada(ctx: Ctx, *, reserved: bool = False) -> Draft:
    """An oficio from a public service to the mayor (or straight to a unit)."""
    s = world.service_for(ctx.rng, ctx.matter.unit)
    cargo = s.cargo + (" (S)" if ctx.chance(0.12) else "")
    who = signer_for(ctx, s.cargo)
    mat, verb = _incoming_subject(ctx, reserved=reserved)
    ant = wording.antecedent(ctx.rng, ctx.day, own=False) if ctx.chance(0.55) else None
    num = common.number(ctx, 20, 4800)
    a_block, recipient = common.addressee_muni(ctx)
    label = ctx.pick("ORD.", "ORD.", "OFICIO ORD.", "OF. ORD.", "OFICIO")
    if reserved:
        label = ctx.pick("ORD. RESERVADO", "OFICIO RESERVADO", "ORD. RES.", "OF. RESERVADO")
    letterhead = common.service_letterhead(ctx, s)
    head = oficio_head(ctx, letterhead, label, num, s.city, (ant, mat, cargo, a_block))
    body: list[Block] = [_reserved_mark(ctx)] if reserved else []
    body += _letter_body(ctx, verb, points=ctx.chance(0.35))
    org = s.org if ctx.chance(0.6) else ""
    body.append(common.signature(ctx, who.name, cargo, org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.3):
        body.append(common.esign_box(ctx, who.name, cargo))
    body += foot(ctx, who.name, ("Sr. Alcalde de Maullín", "Archivo", world.titled(s.org)))
    fields: dict[str, Any] = {
        "subject": mat,
        "doc_number": num,
        "sender": cargo,
        "sender_org": s.org,
    }
    fields |= {"recipient": recipient, "antecedents": ant, "reserved": reserved}
    kind = "oficio_reservado" if reserved else "oficio"
    t = common.truth(ctx, kind, "entrada", **fields)
    mark = "RESERVADO" if reserved and ctx.chance(0.4) else ""
    return common.draft(ctx, t, head, body, footer=common.service_footer(ctx, s), watermark=mark)


def oficio_reservado(ctx: Ctx) -> Draft:
    if ctx.chance(0.75):
        return oficio_entrada(ctx, reserved=True)
    return oficio_salida(ctx, reserved=True)


def _addressee_service(ctx: Ctx) -> tuple[str, str, world.Service]:
    s = world.service_for(ctx.rng, ctx.matter.unit)
    who = signer_for(ctx, s.cargo)
    style = ctx.rng.randint(0, 2)
    title = "SRA." if who.female else "SR."
    if style == 0:
        return f"{title} {who.name.upper()}\n{s.cargo}\n{s.org}", f"{title} {who.name.upper()}", s
    if style == 1:
        return f"{title} {s.cargo}\n{s.org}", f"{title} {s.cargo}", s
    return f"{s.cargo}\n{s.city.upper()}", s.cargo, s


def _outgoing_signer(ctx: Ctx) -> tuple[world.Official, str, bool]:
    """(who signs, the DE: line, whether "por orden del Alcalde")."""
    by_order = ctx.chance(0.25)
    unit = ctx.pick("administracion", "secretaria-municipal") if by_order else "alcaldia"
    chief = world.official(ctx.rng, unit)
    if chief.unit != "alcaldia" or chief.cargo.endswith("(S)"):
        return chief, chief.cargo, by_order
    return (
        chief,
        ctx.pick("ALCALDE", "ALCALDE DE MAULLÍN", "ALCALDE I. MUNICIPALIDAD DE MAULLÍN"),
        by_order,
    )


def oficio_salida(ctx: Ctx, *, reserved: bool = False) -> Draft:
    """The municipality's own oficio to a service."""
    ant_no = str(ctx.rng.randint(40, 2900))
    mat, verb = wording.subject(ctx.rng, wording.OUTGOING, ctx.matter, ant=ant_no)
    chief, de, by_order = _outgoing_signer(ctx)
    ant = None
    if "Ord. N°" in mat or ctx.chance(0.3):
        ant = f"Ord. N° {ant_no} de {world.long_date(world.earlier(ctx.rng, ctx.day))}"
    a_block, recipient, _service = _addressee_service(ctx)
    num = common.number(ctx, 5, 2100)
    label = "ORD. RESERVADO" if reserved else ctx.pick("ORD.", "ORD.", "OFICIO ORD.", "OFICIO")
    letterhead = common.muni_letterhead(ctx, ctx.matter.unit)
    head = oficio_head(ctx, letterhead, label, num, "Maullín", (ant, mat, de, a_block))
    body = _letter_body(ctx, verb, points=ctx.chance(0.25))
    if by_order:
        body.append(Para("POR ORDEN DEL SEÑOR ALCALDE", align="center", bold=True))
    org = ctx.pick("", world.MUNI)
    closing = wording.closing(ctx.rng)
    body.append(common.signature(ctx, chief.person.name, chief.cargo, org, closing=closing))
    dist = wording.distribution(ctx.rng, "Destinatario", [ctx.matter.unit])
    body += foot(ctx, chief.person.name, dist)
    fields: dict[str, Any] = {
        "subject": mat,
        "doc_number": num,
        "sender": de,
        "sender_org": world.MUNI,
    }
    fields |= {"recipient": recipient, "antecedents": ant, "reserved": reserved}
    kind = "oficio_reservado" if reserved else "oficio"
    t = common.truth(ctx, kind, "salida", **fields)
    return common.draft(ctx, t, head, body, footer=common.muni_footer(ctx))


def memorandum(ctx: Ctx) -> Draft:
    """From one unit to the unit that must handle the matter."""
    target = ctx.matter.unit
    source = ctx.rng.choice([u for u in world.UNITS if u != target])
    boss = world.official(ctx.rng, source)
    to = world.official(ctx.rng, target, stand_in=0.05)
    mat, verb = wording.subject(ctx.rng, wording.INTERNAL, ctx.matter)
    label = ctx.pick("MEMORÁNDUM", "MEMORANDUM", "MEMO", "MEMORÁNDUM INTERNO", "MEMO.")
    num = common.number(ctx, 1, 620)
    ant = wording.antecedent(ctx.rng, ctx.day, own=True) if ctx.chance(0.35) else None
    de = boss.cargo if ctx.chance(0.7) else f"{boss.cargo}\n{boss.person.name}"
    a = to.cargo if ctx.chance(0.7) else f"{to.cargo}\n{to.person.name}"
    letterhead = common.muni_letterhead(ctx, source)
    head = oficio_head(ctx, letterhead, label, num, "Maullín", (ant, mat, de, a))
    body = _letter_body(ctx, verb, points=ctx.chance(0.3))
    closing = ctx.pick("Saluda atentamente,", "")
    body.append(common.signature(ctx, boss.person.name, boss.cargo, closing=closing))
    body += foot(ctx, boss.person.name, ("Destinatario", "Archivo"))
    fields: dict[str, Any] = {
        "subject": mat,
        "doc_number": num,
        "sender": boss.cargo,
        "sender_org": world.MUNI,
    }
    fields |= {"recipient": to.cargo, "antecedents": ant}
    t = common.truth(ctx, "memorandum", "interno", **fields)
    footer = common.muni_footer(ctx) if ctx.chance(0.5) else ()
    return common.draft(ctx, t, head, body, footer=footer)
