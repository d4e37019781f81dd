"""Requests under Ley 20.285 (access to information) and Ley 20.730 (lobby): printouts of
the national platforms, and letters."""

from __future__ import annotations

from typing import Any

from bench.devgen import cartas, common, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import (
    Block,
    Box,
    Draft,
    Fields,
    Heading,
    Letterhead,
    Para,
    Signature,
    Signer,
    Table,
)

ASKED = (
    "Copia de los documentos relativos a {m}",
    "Solicito copia íntegra del expediente de {m}",
    "Información sobre los montos y contratos asociados a {m}",
    "Copia de los decretos, oficios y correos electrónicos referidos a {m}",
    "Nómina de funcionarios y gastos involucrados en {m}",
    "Se requiere conocer el estado actual de {m}",
    "Actas, informes y resoluciones que digan relación con {m}",
)
LOBBY = (
    "Reunión para exponer sobre ",
    "Presentar propuesta relativa a ",
    "Audiencia para tratar ",
    "Exponer proyecto vinculado a ",
)


def _requester(ctx: Ctx) -> tuple[world.Person, list[tuple[str, str]]]:
    who = world.person(ctx.rng)
    rows = [(ctx.pick("Nombre", "Nombre completo", "Solicitante"), who.name)]
    if ctx.chance(0.5):
        rows.append(("RUT", ctx.rut(world.person_rut(ctx.rng))))
    domain = ctx.pick("gmail.com", "outlook.com", "uchile.cl")
    rows.append(("Correo electrónico", world.email_of(ctx.rng, who, domain)))
    if ctx.chance(0.5):
        street = ctx.pick(*world.STREETS).capitalize()
        city = ctx.pick("Maullín", "Puerto Montt", "Santiago")
        rows.append(("Dirección", f"{street} {ctx.rng.randint(5, 900)}, {city}"))
    return who, rows


def transparencia(ctx: Ctx) -> Draft:
    """Always for the transparency officer (Administración), whatever it asks about."""
    asked = ctx.rng.choice(ASKED).format(m=ctx.matter.name)
    who, rows = _requester(ctx)
    if ctx.chance(0.55):
        return _portal(ctx, asked, who, rows)
    city = ctx.pick("Maullín", "Puerto Montt")
    title = ctx.pick(
        "SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA",
        "SOLICITUD DE INFORMACIÓN - LEY N° 20.285",
        "Solicitud de acceso a información pública (Ley de Transparencia)",
    )
    head: list[Block] = [Para(wording.place_date(ctx.rng, city, ctx.day), align="right")]
    head.append(Heading(title))
    to, recipient = cartas.citizen_head(ctx)
    head += to
    label = ctx.pick(
        "Información solicitada:", "Solicitud:", "Detalle de lo solicitado:", "MATERIA:"
    )
    delivery = ctx.pick(
        "Prefiero recibir la información por correo electrónico.",
        "Solicito la entrega en formato digital.",
        "",
    )
    contact = "\n".join(f"{k}: {v}" for k, v in rows[1:])
    body: list[Block] = [
        Para(wording.salutation(ctx.rng, False), align="left"),
        Para(
            "En conformidad con lo dispuesto en el artículo 10 de la Ley N° 20.285 sobre acceso "
            "a la información pública, vengo en solicitar a esa Municipalidad la siguiente "
            "información:"
        ),
        Para(f"{label} {asked}.", bold=ctx.chance(0.3), left=8),
        Para(f"{ctx.matter.detail} {delivery}"),
        Para("Saluda atentamente,", align="left"),
        Signature((Signer(who.name, contact),), "left", rule=False),
    ]
    fields: dict[str, Any] = {"subject": asked, "sender": who.name, "recipient": recipient}
    t = common.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return common.draft(ctx, t, head, body)


def _portal(ctx: Ctx, asked: str, who: world.Person, rows: list[tuple[str, str]]) -> Draft:
    """The receipt the Portal de Transparencia prints."""
    folio = f"MU{ctx.rng.randint(100, 345)}T{ctx.rng.randint(1, 9999999):07d}"
    hour = f"{ctx.rng.randint(8, 23):02d}:{ctx.rng.randint(0, 59):02d}"
    receipt = (
        (ctx.pick("Número de solicitud:", "Folio:", "N° de solicitud:"), folio),
        ("Fecha de ingreso:", f"{ctx.day.strftime('%d/%m/%Y')} {hour}"),
        ("Organismo:", ctx.pick("Municipalidad de Maullín", "I. Municipalidad de Maullín")),
    )
    title = ("Portal de Transparencia del Estado", "Solicitud de acceso a la información pública")
    head: list[Block] = [
        Letterhead(title, "gob", ctx.pick("left", "center")),
        Fields(receipt, boxed=True),
    ]
    delivery = ctx.pick("Correo electrónico", "Retiro en oficina", "Formato digital")
    extra = (
        ("Observaciones:", ctx.matter.detail),
        ("Forma de entrega:", delivery),
        ("¿Autoriza notificación por correo?:", "Sí"),
    )
    body: list[Block] = [
        Heading("Datos del solicitante", align="left", size=0.5),
        Fields(tuple((f"{k}:", v) for k, v in rows), boxed=ctx.chance(0.6)),
        Heading("Información solicitada", align="left", size=0.5),
        Box((asked + ".",)),
        Fields(extra),
        Para(
            "Plazo de respuesta: 20 días hábiles, prorrogables excepcionalmente por otros 10 "
            "(artículo 14 de la Ley N° 20.285).",
            size=-1.5,
        ),
    ]
    fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    t = common.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return common.draft(ctx, t, head, body, footer=("www.portaltransparencia.cl",))


def lobby(ctx: Ctx) -> Draft:
    """Always for the mayor (the passive subject), whatever it is about."""
    who = world.person(ctx.rng)
    company, prefix = ctx.rng.choice(world.COMPANIES)
    matter = ctx.pick(*LOBBY) + ctx.matter.name
    ruts = (ctx.rut(world.person_rut(ctx.rng)), ctx.rut(world.company_rut(ctx.rng, prefix)))
    if ctx.chance(0.5):
        return _lobby_platform(ctx, who, company, matter, ruts)
    head: list[Block] = [
        Letterhead((company, f"RUT {ruts[1]}"), "company", ctx.pick("left", "right")),
        Para(wording.place_date(ctx.rng, "Puerto Montt", ctx.day), align="right"),
    ]
    to, recipient = cartas.citizen_head(ctx)
    head += [*to, Para(f"MAT.: {matter}", bold=True, align="left")]
    body: list[Block] = [
        Para(wording.salutation(ctx.rng, False), align="left"),
        Para(
            "De conformidad con la Ley N° 20.730, que regula el lobby y las gestiones que "
            "representen intereses particulares, solicito audiencia con usted en representación "
            f"de {company}, RUT {ruts[1]}."
        ),
        Para(f"El objeto de la reunión es {matter[0].lower()}{matter[1:]}. {ctx.matter.detail}"),
        Para(f"Asistirán el suscrito, RUT {ruts[0]}, y un asesor técnico de la empresa."),
        Signature((Signer(who.name, f"Gerente General\n{company}"),), "center"),
    ]
    fields: dict[str, Any] = {"subject": matter, "sender": who.name, "sender_org": company}
    t = common.truth(
        ctx, "solicitud_audiencia_lobby", "entrada", unit="alcaldia", recipient=recipient, **fields
    )
    return common.draft(ctx, t, head, body)


def _lobby_platform(
    ctx: Ctx, who: world.Person, company: str, matter: str, ruts: tuple[str, str]
) -> Draft:
    """The request as the Ley del Lobby platform prints it."""
    number = f"AW{ctx.rng.randint(10, 99)}{ctx.rng.randint(100000, 999999)}"
    passive = world.OFFICIALS["alcaldia"].person.name
    receipt = (
        ("Identificador:", number),
        ("Fecha de solicitud:", world.date_text(ctx.rng, ctx.day)),
        ("Institución:", "Municipalidad de Maullín"),
        ("Sujeto pasivo:", f"{passive} - Alcalde"),
    )
    data = (
        ("Solicitante:", who.name),
        ("RUT solicitante:", ruts[0]),
        ("Entidad representada:", company),
        ("RUT entidad:", ruts[1]),
        ("¿Recibe remuneración?:", ctx.pick("Sí", "No")),
        ("Materia:", matter),
        ("Especificación:", ctx.matter.detail),
    )
    other = world.person(ctx.rng)
    people = (
        ("Nombre", "RUT", "Calidad"),
        (who.name, ruts[0], "Representante"),
        (other.name, ctx.rut(world.person_rut(ctx.rng)), "Asesor(a)"),
    )
    title = ("Plataforma Ley del Lobby", "Solicitud de audiencia - Ley N° 20.730")
    head: list[Block] = [Letterhead(title, "gob", "left"), Fields(receipt, boxed=True)]
    body: list[Block] = [
        Fields(data, boxed=ctx.chance(0.5)),
        Heading("Asistentes", align="left", size=0.5),
        Table(people),
    ]
    fields: dict[str, Any] = {
        "subject": matter,
        "doc_number": number,
        "sender": who.name,
        "sender_org": company,
    }
    t = common.truth(
        ctx, "solicitud_audiencia_lobby", "entrada", unit="alcaldia", recipient=passive, **fields
    )
    return common.draft(ctx, t, head, body)
