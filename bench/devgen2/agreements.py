"""Convenios and the documents of no other type (invitations, lists of beneficiaries, a
delivery record that is not a council's acta).

Truth: a convenio's subject is its title; most come from a funding service for signature
(entrada), some are the municipality's own with an organisation or company (salida). The
«otro» documents have no subject and no number and go to the unit of their matter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bench.devgen2 import parts, services, wording, world
from bench.devgen2.model import Block, Doc, Heading, Para, Signature, Signer, Table
from bench.devgen2.parts import Ctx
from bench.devgen2.topics import cap

FUNDERS = (
    "Gobierno Regional",
    "Subsecretaría de Desarrollo",
    "Servicio de Salud",
    "JUNAEB",
    "SERVIU",
    "Servicio Nacional de Prevención",
    "SEREMI de Desarrollo",
)
SORTS = (
    "CONVENIO DE TRANSFERENCIA DE RECURSOS",
    "CONVENIO DE COLABORACIÓN",
    "CONVENIO DE EJECUCIÓN",
    "CONVENIO MANDATO",
)
UNITS_WORDS = (
    "",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
    "treinta",
    "treinta y uno",
)


def in_words(day: date) -> str:
    """«a tres días del mes de marzo del año dos mil veinticinco»."""
    year = f"dos mil {UNITS_WORDS[day.year - 2000]}"
    return f"a {UNITS_WORDS[day.day]} días del mes de {world.MONTHS[day.month - 1]} del año {year}"


def _opening(ctx: Ctx, party: str) -> str:
    when = in_words(ctx.day) if ctx.chance(0.35) else f"a {wording.long_date(ctx.day)}"
    mayor = world.UNITS["alcaldia"].chief.name
    return (
        f"En Vichuquén, {when}, entre {party}, por una parte, y la Ilustre Municipalidad de "
        f"Vichuquén, RUT {ctx.rut(world.MUNI_RUT)}, representada por su Alcalde don {mayor}, "
        "ambos domiciliados para estos efectos en Calle Comercio 291, por la otra, se ha "
        "convenido lo siguiente:"
    )


def convenio(ctx: Ctx) -> Doc:
    m = ctx.matter
    own = ctx.chance(0.25)
    sort = ctx.pick(*SORTS)
    if own:
        partner = ctx.pick(*world.ORGS, *world.JJVV)
        title = (
            f"CONVENIO DE COLABORACIÓN ENTRE LA I. MUNICIPALIDAD DE VICHUQUÉN Y {partner.upper()}"
        )
        president = world.person(ctx.rng)
        party = f"{partner}, representada por su presidente(a) {president.name}"
        head: list[Block] = [parts.muni_head(ctx, m.unit)]
        sender, org = world.UNITS["alcaldia"].post, world.MUNI
        other = Signer(president.name.upper(), "Presidente(a)", partner)
    else:
        funders = [s for s in services.SERVICES if s.org.startswith(FUNDERS)]
        s = ctx.rng.choice([x for x in funders if m.unit in x.units] or funders)
        title = f"{sort} ENTRE {s.org.upper()} Y LA ILUSTRE MUNICIPALIDAD DE VICHUQUÉN"
        party = f"{s.org}, RUT {ctx.rut(60_000_000 + ctx.rng.randint(100_000, 999_999))}"
        head = [parts.service_head(ctx, s)] if ctx.chance(0.6) else []
        sender, org = s.cargo, s.org
        other = Signer(world.person(ctx.rng, female=s.female).name.upper(), s.cargo, s.org)
    if ctx.chance(0.6):
        title += f" {ctx.pick('PARA', 'RELATIVO A')} {m.name.upper()}"
    clauses = [
        f"El presente convenio tiene por objeto {ctx.pick('financiar', 'ejecutar', 'coordinar')} "
        f"{m.name}. {m.detail}",
        f"La contraparte técnica municipal será {world.UNITS[m.unit].full}.",
        "Las partes fijan una vigencia de doce meses desde la total tramitación del acto "
        "administrativo que lo apruebe.",
        "La Municipalidad rendirá cuenta de los recursos conforme a la Resolución N° 30 de "
        "2015 de la Contraloría General de la República.",
    ]
    ordinal = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO")
    blocks: list[Block] = [*head, Heading(title, size=1.5), Para(_opening(ctx, party))]
    blocks += [Para(f"{ordinal[i]}: {c}") for i, c in enumerate(clauses)]
    mayor = world.UNITS["alcaldia"].chief.name.upper()
    mayor_signs = Signer(mayor, "Alcalde", "I. Municipalidad de Vichuquén")
    blocks.append(Signature((mayor_signs, other), "center"))
    t = parts.truth(
        ctx,
        "convenio",
        "salida" if own else "entrada",
        subject=title,
        sender=sender,
        sender_org=org,
    )
    return parts.doc(ctx, t, blocks, running=f"Convenio — {org}"[:70] if ctx.chance(0.4) else "")


def otro(ctx: Ctx) -> Doc:
    roll = ctx.rng.random()
    if roll < 0.4:
        return _invitation(ctx)
    if roll < 0.7:
        return _list(ctx)
    return _delivery(ctx)


def _invitation(ctx: Ctx) -> Doc:
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female)
    event = ctx.day + timedelta(days=ctx.rng.randint(6, 30))
    blocks: list[Block] = [
        parts.service_head(ctx, s),
        Para(wording.place_date(ctx.rng, s.city, ctx.day), align="right"),
        Heading(ctx.pick("INVITACIÓN", "Invitación", "I N V I T A C I Ó N"), size=5),
        Para(
            f"{s.cargo} tiene el agrado de invitar a usted a la jornada de trabajo sobre "
            f"{ctx.matter.other}, que se realizará el {wording.long_date(event)} a las "
            f"{ctx.rng.randint(9, 16)}:00 horas en {ctx.pick('el salón auditorio', 'la sede')} "
            f"de {s.city}.",
            align="center",
        ),
        Para("Se ruega confirmar asistencia.", align="center", size=-1),
        Signature((Signer(who.name, s.cargo),), "center", rule=False),
    ]
    t = parts.truth(ctx, "otro", "entrada", sender=s.cargo, sender_org=s.org)
    return parts.doc(ctx, t, blocks, page_label="")


def _list(ctx: Ctx) -> Doc:
    boss = world.official(ctx.rng, ctx.matter.unit)
    rows: list[tuple[str, ...]] = [("N°", "Nombre", "RUT", "Sector")]
    for i in range(1, ctx.rng.randint(6, 14)):
        rows.append(
            (
                str(i),
                world.person(ctx.rng).name,
                ctx.rut(world.person_rut(ctx.rng)),
                ctx.pick(*world.SECTORS),
            )
        )
    title = ctx.pick("NÓMINA DE BENEFICIARIOS", "LISTADO DE ASISTENCIA", "NÓMINA DE PARTICIPANTES")
    blocks: list[Block] = [
        parts.muni_head(ctx, ctx.matter.unit),
        Heading(title),
        Para(f"{cap(ctx.matter.other)} — {wording.date_text(ctx.rng, ctx.day)}", align="center"),
        Table(tuple(rows), widths=(0.5, 3, 2, 2)),
        parts.signature(ctx, boss.person.name, boss.cargo),
    ]
    t = parts.truth(ctx, "otro", "interno", sender=boss.cargo, sender_org=world.MUNI)
    return parts.doc(ctx, t, blocks)


def _delivery(ctx: Ctx) -> Doc:
    """«Acta de entrega» of goods to a neighbour: an acta, but not of the Concejo."""
    boss = world.official(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng)
    items = ctx.rng.sample(
        [
            "2 planchas de zinc",
            "1 estanque de 1.000 litros",
            "5 sacos de cemento",
            "1 kit de alimentos",
            "2 frazadas",
            "1 colchón",
        ],
        3,
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, ctx.matter.unit),
        Heading(ctx.pick("ACTA DE ENTREGA", "ACTA DE ENTREGA Y RECEPCIÓN CONFORME")),
        Para(
            f"En Vichuquén, {wording.date_text(ctx.rng, ctx.day)}, {boss.cargo} hace entrega a "
            f"{who.title} {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}, de los "
            f"siguientes bienes, en el marco de {ctx.matter.other}:"
        ),
        Table((("Cantidad y detalle",), *((x,) for x in items))),
        Para("El beneficiario declara recibir conforme."),
        Signature(
            (Signer(who.name, "Recibe conforme"), Signer(boss.person.name, boss.cargo)), "center"
        ),
    ]
    fields: dict[str, Any] = {"sender": boss.cargo, "sender_org": world.MUNI}
    return parts.doc(ctx, parts.truth(ctx, "otro", "interno", **fields), blocks)
