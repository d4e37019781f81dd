"""Requests printed from the national portals: an audience request under the Ley del Lobby
(Ley N° 20.730) and an access-to-information request under the Ley N° 20.285.

Truth: the folio the portal gives is the number; a lobby request's subject is its «Materia»,
its unit that of the authority asked for (the mayor: alcaldía); a transparency request's
subject is the clerk's statement of what it asks, its unit that of the matter."""

from __future__ import annotations

from bench.devgen2.model import Box, Fields, Heading, Para, Rule, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.sealgen2 import parts, world
from bench.sealgen2.parts import Ctx

PASSIVE = (("alcaldia", "Alcalde"), ("alcaldia", "Alcalde"), ("dom", ""), ("secplan", ""),
           ("administracion", ""), ("transito", ""))  # fmt: skip
WANTS = (
    "copia de los contratos, órdenes de compra y pagos relacionados con",
    "los informes técnicos y fiscalizaciones realizadas sobre",
    "la nómina de beneficiarios y los montos asignados en",
    "los oficios enviados y recibidos por el municipio acerca de",
)


def _lobbyist(ctx: Ctx, who: str, company: str, subject: str) -> list[Block]:
    """Who asks, for whom, about what, and who will attend."""
    rut = ctx.rut(ctx.rng.randint(7_000_000, 22_000_000))
    detail = f"{ctx.matter.detail} Se requiere exponer los antecedentes de {ctx.matter.other}."
    return [
        Heading("Datos del solicitante", "left", 0.5),
        Table((("Nombre", "RUT", "Calidad"), (who, rut, "Lobbista")), widths=(3.0, 1.5, 1.5)),
        Fields((("Representa a", company), ("Materia", subject), ("Detalle", detail))),
        Para(f"Asistentes: {who}; {world.person(ctx.rng).name}.", align="left"),
    ]


def lobby(ctx: Ctx) -> Doc:
    """A Ley del Lobby audience request, as the platform prints it."""
    unit, post = ctx.rng.choice(PASSIVE)
    u = world.UNITS[unit]
    post = post or u.post
    who = world.person(ctx.rng)
    company = ctx.rng.choice(world.COMPANIES)[0]
    folio = f"AW00{ctx.rng.randint(1, 9)}AW{ctx.rng.randint(1_000_000, 1_999_999)}"
    subject = cap(
        ctx.rng.choice(
            (
                "Presentar propuesta sobre {m}",
                "Exponer inquietudes de la empresa respecto de {m}",
                "Reunión para conocer el estado de {m}",
            )
        ).format(m=ctx.matter.name)
    )
    blocks: list[Block] = [
        Heading("Plataforma Ley del Lobby", "left", 0.0),
        Para("Ley N° 20.730 · Registro de solicitudes de audiencia", align="left", size=-1.5),
        Rule(1.2),
        Heading(ctx.pick("SOLICITUD DE AUDIENCIA", "Solicitud de Audiencia"), "center", 2.0),
        Fields(
            (
                ("Identificador", folio),
                ("Fecha de solicitud", parts.dated(ctx, place=False)),
                ("Institución", world.MUNI),
                ("Sujeto pasivo", f"{u.chief.name}, {post}"),
            ),
            boxed=True,
        ),
        Space(3),
        *_lobbyist(ctx, who.name, company, subject),
        Box(
            (
                f"Solicitud ingresada el {parts.dated(ctx, place=False)}. El sujeto "
                "pasivo tiene tres días hábiles para pronunciarse.",
            ),
            "left",
        ),
    ]
    t = parts.truth(
        ctx,
        "solicitud_audiencia_lobby",
        "entrada",
        unit=unit,
        subject=subject,
        doc_number=folio,
        sender=who.name,
        sender_org=company,
        recipient=f"{u.chief.name}, {post}",
    )
    return parts.doc(
        ctx, t, blocks, browser=("", "leylobby.gob.cl", "https://www.leylobby.gob.cl/solicitudes")
    )


def transparencia(ctx: Ctx) -> Doc:
    """An access-to-information request (Ley N° 20.285) printed from the Portal."""
    who = world.person(ctx.rng)
    folio = f"MU{ctx.rng.randint(10, 345):03d}T{ctx.rng.randint(1_000_000, 9_999_999):010d}"
    want = ctx.rng.choice(WANTS)
    statement = f"Solicita {want} {ctx.matter.name}"
    blocks: list[Block] = [
        Heading("Portal de Transparencia del Estado", "left", 1.0),
        Para(
            "Solicitud de Acceso a la Información Pública - Ley N° 20.285", align="left", bold=True
        ),
        Rule(),
        Fields(
            (
                ("N° de solicitud", folio),
                ("Organismo", world.MUNI),
                ("Fecha de ingreso", parts.dated(ctx, place=False)),
                ("Plazo de respuesta", "20 días hábiles"),
            ),
            side="full",
        ),
        Heading("Identificación del solicitante", "left", 0.0),
        Table(
            (
                ("Nombre", who.name),
                ("Correo", f"solicitante{ctx.rng.randint(10, 999)}@correo.cl"),
                ("Dirección", world.address(ctx.rng) + ", Calama"),
            ),
            header=False,
            widths=(1.0, 3.0),
        ),
        Heading("Información solicitada", "left", 0.0),
        Para(
            f"Solicito {want} {ctx.matter.name}, correspondiente a los años {ctx.day.year - 1} y "
            f"{ctx.day.year}. {ctx.matter.detail} Pido que se entregue en formato digital."
        ),
        Fields(
            (
                ("Formato de entrega", ctx.pick("Electrónico", "Correo electrónico")),
                ("Medio de notificación", "Correo electrónico"),
            )
        ),
    ]
    t = parts.truth(
        ctx,
        "solicitud_transparencia",
        "entrada",
        subject=statement,
        doc_number=folio,
        sender=who.name,
        recipient=world.MUNI,
    )
    return parts.doc(ctx, t, blocks)
