"""Requests under the Ley de Transparencia (20.285) and the Ley del Lobby (20.730): the
portal's receipt, the municipality's paper form, or a plain letter.

Truth: transparencia goes to Administración Municipal (the encargado de transparencia) and
its subject is the information asked for; a lobby request goes to Alcaldía (the passive
subject) and its subject is the matter to be discussed."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, wording, world
from bench.devgen2.model import (
    Block,
    Box,
    Doc,
    Fields,
    Head,
    Heading,
    Para,
    Signature,
    Signer,
    Table,
)
from bench.devgen2.parts import Ctx
from bench.devgen2.topics import cap

ASKED = (
    "copia de los contratos y decretos relativos a {m}",
    "el detalle de los gastos efectuados en {m}",
    "la nómina de funcionarios que han intervenido en {m}",
    "copia íntegra del expediente de {m}",
    "información sobre {m}, con indicación de montos, plazos y responsables",
)
LOBBY = (
    "Presentar propuesta de la empresa relativa a {m}",
    "Exponer proyecto de inversión vinculado a {m}",
    "Dar a conocer servicios de asesoría para {m}",
    "Plantear la posición de la empresa respecto de {m}",
)


def transparencia(ctx: Ctx) -> Doc:
    who = world.person(ctx.rng)
    asked = cap(ctx.pick(*ASKED).format(m=ctx.matter.name))
    roll = ctx.rng.random()
    if roll < 0.4:
        return _portal(ctx, who, asked)
    if roll < 0.7:
        return _paper_form(ctx, who, asked)
    mayor = world.UNITS["alcaldia"].chief.name
    to = ctx.pick(
        "Señor Alcalde",
        f"Señor\n{mayor}\nAlcalde de Vichuquén",
        "Encargado de Transparencia\nI. Municipalidad de Vichuquén",
    )
    blocks: list[Block] = [
        Para(
            wording.place_date(ctx.rng, ctx.pick("Vichuquén", "Curicó", "Talca"), ctx.day),
            align="right",
        ),
        Para(f"{to}\nPresente", align="left"),
        Para(ctx.pick("De mi consideración:", "Estimado(a):"), align="left"),
        Para(
            f"{who.name}, cédula de identidad N° {ctx.rut(world.person_rut(ctx.rng))}, en "
            "ejercicio del derecho que me otorga el artículo 10 de la Ley N° 20.285 sobre "
            "Acceso a la Información Pública, solicito a esa Municipalidad lo siguiente:"
        ),
        Para(asked + ".", left=10, bold=ctx.chance(0.4)),
        Para(f"Pido que la información sea enviada al correo {world.email(ctx.rng, who)}."),
        Signature((Signer(who.name, ""),), "center", "Atentamente,"),
    ]
    t = parts.truth(
        ctx,
        "solicitud_transparencia",
        "entrada",
        unit="administracion",
        subject=asked,
        sender=who.name,
        recipient=to.split("\n")[0],
    )
    return parts.doc(ctx, t, blocks)


def _portal(ctx: Ctx, who: world.Person, asked: str) -> Doc:
    """The receipt the Portal de Transparencia e-mails."""
    folio = f"MU297T{ctx.rng.randint(1, 99999):07d}"
    hour = f"{ctx.rng.randint(7, 23):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
    rows = (
        (ctx.pick("Número de solicitud", "N° Solicitud", "Código"), folio),
        ("Fecha de ingreso", f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year} {hour}"),
        ("Organismo", ctx.pick("Municipalidad de Vichuquén", "I. Municipalidad de Vichuquén")),
        ("Solicitante", who.name),
        ("Medio de respuesta", ctx.pick("Correo electrónico", "Retiro en oficina")),
    )
    blocks: list[Block] = [
        Head(
            ("Portal de Transparencia del Estado", "Consejo para la Transparencia"), "seal", "left"
        ),
        Heading(
            ctx.pick(
                "Comprobante de Solicitud de Acceso a la Información Pública",
                "SOLICITUD DE ACCESO A LA INFORMACIÓN — COMPROBANTE",
            )
        ),
        Table((("Campo", "Valor"), *rows), widths=(1, 2)),
        Para(
            ctx.pick("Descripción de la solicitud:", "Información solicitada:"),
            align="left",
            bold=True,
        ),
        Box((asked,)),
        Para(
            "El organismo tiene un plazo de 20 días hábiles para responder, prorrogable por "
            "10 días hábiles (artículo 14, Ley N° 20.285).",
            size=-1.5,
        ),
    ]
    t = parts.truth(
        ctx,
        "solicitud_transparencia",
        "entrada",
        unit="administracion",
        subject=asked,
        doc_number=folio,
        sender=who.name,
    )
    return parts.doc(ctx, t, blocks, page_label="", footer=("www.portaltransparencia.cl",))


def _paper_form(ctx: Ctx, who: world.Person, asked: str) -> Doc:
    """The form filled in at the municipality's counter."""
    street, sector = world.address(ctx.rng)
    folio = str(ctx.rng.randint(5, 420)) if ctx.chance(0.6) else None
    rows: list[tuple[str, str]] = [
        ("Nombre completo", who.name),
        ("RUT", ctx.rut(world.person_rut(ctx.rng))),
        ("Domicilio", f"{street}, {sector}"),
        ("Correo electrónico", world.email(ctx.rng, who)),
        ("Información solicitada", asked),
        ("Fecha", wording.date_text(ctx.rng, ctx.day)),
    ]
    if folio:
        rows.insert(0, (f"Folio {wording.sign(ctx.rng)}", folio))
    blocks: list[Block] = [
        parts.muni_head(ctx, "administracion"),
        Heading("FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA", size=0.5),
        Para("(Ley N° 20.285, artículo 12)", align="center", size=-1),
        Fields(tuple(rows), boxed=True),
        Para("Firma del solicitante: ___________________________", align="right"),
    ]
    t = parts.truth(
        ctx,
        "solicitud_transparencia",
        "entrada",
        unit="administracion",
        subject=asked,
        doc_number=folio,
        sender=who.name,
    )
    return parts.doc(ctx, t, blocks, page_label="")


def lobby(ctx: Ctx) -> Doc:
    who = world.person(ctx.rng)
    company, prefix = ctx.rng.choice(world.COMPANIES)
    matter = ctx.pick(*LOBBY).format(m=ctx.matter.name)
    person_rut = ctx.rut(world.person_rut(ctx.rng))
    company_rut = ctx.rut(world.company_rut(ctx.rng, prefix))
    mayor = world.UNITS["alcaldia"].chief.name
    if ctx.chance(0.5):
        return _lobby_platform(ctx, who, company, matter, (person_rut, company_rut))
    blocks: list[Block] = [
        Head((company, f"RUT {company_rut}"), "none", ctx.pick("left", "right"), rule=True),
        Para(
            wording.place_date(ctx.rng, ctx.pick("Curicó", "Talca", "Santiago"), ctx.day),
            align="right",
        ),
        Para(f"Señor\n{mayor}\nAlcalde I. Municipalidad de Vichuquén\nPresente", align="left"),
        Para("De mi consideración:", align="left"),
        Para(
            f"{who.name}, RUT {person_rut}, en representación de {company}, solicita a usted, "
            "en su calidad de sujeto pasivo de la Ley N° 20.730, una audiencia con el "
            "siguiente objeto:"
        ),
        Para(f"Materia a tratar: {matter}.", left=10, bold=True),
        Para("Asistirían, además del suscrito, dos profesionales de la empresa."),
        Signature((Signer(who.name, f"Gerente de Proyectos\n{company}"),), "center", "Atte.,"),
    ]
    fields: dict[str, Any] = {"subject": matter, "sender": who.name, "sender_org": company}
    t = parts.truth(
        ctx, "solicitud_audiencia_lobby", "entrada", unit="alcaldia", recipient=mayor, **fields
    )
    return parts.doc(ctx, t, blocks)


def _lobby_platform(
    ctx: Ctx, who: world.Person, company: str, matter: str, ruts: tuple[str, str]
) -> Doc:
    """The request as the lobby platform prints it, with its attendees."""
    code = f"SA{ctx.rng.randint(100, 999)}AW{ctx.rng.randint(1000000, 9999999)}"
    mayor = world.UNITS["alcaldia"].chief.name
    rows = (
        (ctx.pick("Identificador", "N° de solicitud"), code),
        ("Institución", "Municipalidad de Vichuquén"),
        ("Sujeto pasivo", f"{mayor} (Alcalde)"),
        ("Fecha de solicitud", f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"),
        ("Forma", ctx.pick("Presencial", "Videoconferencia")),
        (ctx.pick("Materia", "Materia de la audiencia"), matter),
    )
    people = (
        ("Nombre", "RUT", "Calidad", "Representa a"),
        (who.name, ruts[0], "Gestor de intereses", company),
        (world.person(ctx.rng).name, ctx.rut(world.person_rut(ctx.rng)), "Asistente", company),
        ("", ruts[1], "Entidad representada", company),
    )
    blocks: list[Block] = [
        Head(("Plataforma Ley del Lobby", "Registro de solicitudes de audiencia"), "gob", "right"),
        Heading(ctx.pick("SOLICITUD DE AUDIENCIA", "Solicitud de Audiencia (Ley N° 20.730)")),
        Fields(rows, boxed=True),
        Heading(ctx.pick("Asistentes", "ASISTENTES"), align="left", size=0.5),
        Table(people, widths=(3.5, 2, 2, 2.5)),
    ]
    fields: dict[str, Any] = {"subject": matter, "doc_number": code, "sender": who.name}
    t = parts.truth(
        ctx,
        "solicitud_audiencia_lobby",
        "entrada",
        unit="alcaldia",
        sender_org=company,
        recipient=mayor,
        **fields,
    )
    return parts.doc(ctx, t, blocks, page_label="")
