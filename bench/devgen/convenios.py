"""Convenios sent by public services for the municipality's signature, and the documents of
no other type (invitations, bulletins, lists of beneficiaries)."""

from __future__ import annotations

from datetime import timedelta

from bench.devgen import common, letters, topics, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import (
    Block,
    Box,
    Draft,
    Heading,
    Letterhead,
    Para,
    Signature,
    Signer,
    Table,
)

SORTS = (
    "CONVENIO DE TRANSFERENCIA DE RECURSOS",
    "CONVENIO DE COLABORACIÓN",
    "CONVENIO MANDATO",
    "CONVENIO DE EJECUCIÓN",
    "CONVENIO",
)
FUNDERS = (
    "GOBIERNO REGIONAL",
    "SUBSECRETARÍA DE DESARROLLO",
    "SERVICIO DE VIVIENDA",
    "JUNTA NACIONAL DE AUXILIO",
    "SERVICIO NACIONAL PARA LA PREVENCIÓN",
    "FONDO DE SOLIDARIDAD",
    "SERVICIO NACIONAL DEL ADULTO",
    "INSTITUTO NACIONAL DE DEPORTES",
    "INSTITUTO DE DESARROLLO AGROPECUARIO",
    "SERVICIO DE SALUD DEL RELONCAVÍ",
    "SERVICIO NACIONAL DE LA MUJER",
    "SEREMI DE DESARROLLO SOCIAL",
    "DIRECCIÓN DE OBRAS HIDRÁULICAS",
    "DIRECCIÓN REGIONAL DE VIALIDAD",
    "SERVICIO NACIONAL DE CAPACITACIÓN",
    "SERVICIO LOCAL DE EDUCACIÓN",
    "SECRETARÍA REGIONAL MINISTERIAL DE EDUCACIÓN",
)
ORDINALS = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO")


def _title(ctx: Ctx, s: world.Service) -> str:
    sort = ctx.pick(*SORTS)
    name = ctx.matter.name.upper()
    if ctx.chance(0.25):
        return f"{sort} {ctx.pick('PARA', 'SOBRE')} {name}"
    title = f"{sort} ENTRE {s.org} Y LA {world.MUNI}"
    return title + (f" {ctx.pick('PARA', 'RELATIVO A', 'SOBRE')} {name}" if ctx.chance(0.6) else "")


def _clauses(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    clauses = [
        f"El presente convenio tiene por objeto {ctx.pick('financiar', 'ejecutar', 'apoyar')} "
        f"{m.name}. {m.detail}",
        "El Servicio transferirá a la Municipalidad la suma de "
        f"{world.money(ctx.rng, 5_000_000, 180_000_000)}, en las cuotas que se indican.",
        "La Municipalidad rendirá cuenta mensual de los recursos conforme a la "
        "Resolución N° 30 de 2015 de la Contraloría General de la República.",
        f"La contraparte técnica municipal será {world.the_unit(m.unit)}.",
        "El convenio regirá desde la total tramitación del acto que lo apruebe "
        "y hasta el 31 de diciembre del año siguiente.",
        "La personería de los comparecientes consta en los documentos que se tienen a la vista.",
    ]
    out: list[Block] = []
    for ordinal, text in zip(ORDINALS, clauses, strict=False):
        mark = ctx.pick(f"{ordinal}:", f"CLÁUSULA {ordinal}:", f"{world.titled(ordinal)}.-")
        out.append(Para(f"{mark} {text}"))
    if ctx.chance(0.5):
        stage = ("Total tramitación", "Rendición aprobada", "Informe de avance")
        rows = [("Cuota", "Monto", "Condición")]
        rows += [
            (str(i), world.money(ctx.rng, 1_000_000, 60_000_000), ctx.pick(*stage))
            for i in range(1, ctx.rng.randint(3, 5))
        ]
        out.append(Table(tuple(rows), widths=(1, 2, 3)))
    return out


def convenio(ctx: Ctx) -> Draft:
    """An agreement a service sends for signature (entrada); subject: its title; dated in
    its opening line, sometimes in words."""
    funders = [s for s in world.SERVICES if s.org.startswith(FUNDERS)]
    fitting = [s for s in funders if ctx.matter.unit in s.units]
    s = ctx.rng.choice(fitting or funders)
    who = letters.signer_for(ctx, s.cargo)
    mayor = world.OFFICIALS["alcaldia"].person
    title = _title(ctx, s)
    head: list[Block] = [common.service_letterhead(ctx, s)] if ctx.chance(0.6) else []
    head.append(Heading(title, size=1.5))
    when = world.date_text(ctx.rng, ctx.day, words=0.25)
    service = f"{s.org}, RUT N° {ctx.rut(common.service_rut(s.org))}"
    muni = f"la {world.MUNI}, RUT N° {ctx.rut(world.MUNI_RUT)}"
    identity = ctx.rut(world.person_rut(ctx.rng))
    opening = Para(
        f"En {s.city}, a {when}, entre {service}, representado por su {s.cargo.lower()}, "
        f"{who.honorific} {who.name}, cédula nacional de identidad N° {identity}, en adelante "
        f"«el Servicio», y {muni}, representada por su Alcalde, don {mayor.name}, ambos "
        f"domiciliados para estos efectos en {ctx.pick(*world.MUNI_ADDRESS)}, Maullín, se ha "
        "convenido lo siguiente:"
    )
    signers = (
        Signer(who.name.upper(), f"{s.cargo}\n{s.org}"),
        Signer(mayor.name.upper(), f"ALCALDE\n{world.MUNI}"),
    )
    body = [opening, *_clauses(ctx), Signature(signers, "center")]
    t = common.truth(ctx, "convenio", "entrada", subject=title, sender=s.cargo, sender_org=s.org)
    return common.draft(ctx, t, head, body, footer=common.service_footer(ctx, s))


def otro(ctx: Ctx) -> Draft:
    """No subject and no number; routed by what it is about."""
    sort = ctx.pick("invitacion", "invitacion", "nomina", "boletin")
    if sort == "nomina":
        return _nomina(ctx)
    s = world.service_for(ctx.rng, ctx.matter.unit)
    if sort == "boletin":
        return _boletin(ctx, s)
    return _invitacion(ctx, s)


def _nomina(ctx: Ctx) -> Draft:
    boss = world.official(ctx.rng, ctx.matter.unit)
    rows = [("N°", "Nombre", "RUT", "Sector")]
    for i in range(1, ctx.rng.randint(5, 12)):
        name, rut = world.person(ctx.rng).name, ctx.rut(world.person_rut(ctx.rng))
        rows.append((str(i), name, rut, ctx.pick(*world.LOCALITIES)))
    title = ctx.pick("NÓMINA DE BENEFICIARIOS", "LISTADO DE PARTICIPANTES", "NÓMINA")
    line = f"{topics.cap(ctx.matter.other)} — {world.date_text(ctx.rng, ctx.day)}"
    head: list[Block] = [
        common.muni_letterhead(ctx, ctx.matter.unit),
        Heading(title),
        Para(line, align="center"),
    ]
    body: list[Block] = [
        Table(tuple(rows), widths=(0.6, 4, 2.2, 2)),
        common.signature(ctx, boss.person.name, boss.cargo),
    ]
    t = common.truth(ctx, "otro", "interno", sender=boss.cargo, sender_org=world.MUNI)
    return common.draft(ctx, t, head, body)


def _boletin(ctx: Ctx, s: world.Service) -> Draft:
    title = (s.org, f"BOLETÍN INFORMATIVO N° {ctx.rng.randint(2, 60)}")
    head: list[Block] = [
        Letterhead(title, "gob", "center"),
        Para(world.date_text(ctx.rng, ctx.day), align="right"),
    ]
    body: list[Block] = [
        Heading(topics.cap(ctx.matter.other), align="left", size=1),
        Para(ctx.matter.detail),
        Para(f"Más información en www.{s.domain}", align="left"),
    ]
    t = common.truth(ctx, "otro", "entrada", sender_org=s.org)  # nobody signs a bulletin
    return common.draft(ctx, t, head, body, two_columns=ctx.chance(0.5))


def _invitacion(ctx: Ctx, s: world.Service) -> Draft:
    who = letters.signer_for(ctx, s.cargo)
    event = ctx.day + timedelta(days=ctx.rng.randint(5, 25))
    venue = ctx.pick("el salón auditorio", "la sede", "el gimnasio")
    town = ctx.pick(s.city, "Maullín")
    head: list[Block] = [
        common.service_letterhead(ctx, s),
        Heading(ctx.pick("INVITACIÓN", "Invitación", "I N V I T A C I Ó N"), size=4),
    ]
    body: list[Block] = [
        Para(
            f"{topics.cap(s.cargo.lower())}, {who.name}, tiene el agrado de invitar a usted a la "
            f"actividad sobre {ctx.matter.name}, que se realizará el día {world.long_date(event)}, "
            f"a las {ctx.rng.randint(9, 18)}:00 horas, en {venue} de {town}.",
            align="center",
        ),
        Para(
            f"Se ruega confirmar asistencia al correo {world.email_of(ctx.rng, who, s.domain)}.",
            align="center",
            size=-1,
        ),
        Para(wording.place_date(ctx.rng, s.city, ctx.day), align="center", size=-1),
        Box((f"S.R.C. {world.phone(ctx.rng)}",), align="center"),
    ]
    t = common.truth(ctx, "otro", "entrada", sender=s.cargo, sender_org=s.org)
    return common.draft(ctx, t, head, body)
