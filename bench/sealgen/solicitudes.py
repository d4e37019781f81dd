"""Citizens' requests under two laws: access to public information (Ley N° 20.285), on the
Portal de Transparencia's printed form or as a letter, and audiences under the lobby law
(Ley N° 20.730), on the platform's form. The transparency unit sits in Administración
Municipal; an audience goes to the unit of the official asked for."""

from __future__ import annotations

from bench.devgen2.model import Box, Fields, Head, Para, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen import parts, topics, world
from bench.sealgen.parts import Ctx

INFO = (
    "copia de los contratos de concesión de playas vigentes en la comuna",
    "el listado de patentes de alcoholes otorgadas en los últimos dos años",
    "los decretos de pago a la empresa de camiones aljibe durante {year}",
    "las actas del Concejo Municipal donde se trató el plan regulador",
    "el número de funcionarios a honorarios contratados en la temporada estival",
    "los permisos de edificación otorgados en el sector de Punta de Lobos",
)


def _portal(ctx: Ctx, who: str, rut: str, info: str) -> tuple[list[Block], str, str, str]:
    """The portal's printed form: (blocks, subject, number, recipient)."""
    folio = f"MU228T000{ctx.rng.randint(1000, 9999)}"
    lines = ("Portal de Transparencia del Estado", "Solicitud de Acceso a la Información")
    received = (
        f"N° de solicitud: {folio}",
        f"Fecha de ingreso: {world.short_date(ctx.rng, ctx.day)}",
    )
    rows = (
        ("Organismo", "Municipalidad de Pichilemu"),
        ("Nombre", who),
        ("RUT", rut),
        ("Forma de entrega", ctx.pick("Correo electrónico", "Retiro en oficina")),
    )
    blocks: list[Block] = [
        Head(lines, "gob", "left", "", True),
        Box(received, "right"),
        Grid(rows, title="DATOS DEL SOLICITANTE"),
        Space(3),
        Para("Información solicitada:", bold=True),
        Para(f"Solicito {info}."),
        Para("Ley N° 20.285 sobre Acceso a la Información Pública.", size=-2),
    ]
    return blocks, f"Solicito {info}.", folio, "Municipalidad de Pichilemu"


def _letter(ctx: Ctx, who: str, rut: str, info: str) -> tuple[list[Block], str, None, str]:
    """A letter citing the law: (blocks, subject, no number, recipient)."""
    to_lines, recipient = parts.to_mayor(ctx)
    subject = ctx.pick(
        "Solicitud de acceso a la información pública", "Solicita información (Ley N° 20.285)"
    )
    asked = (
        f"{who}, RUT {rut}, en virtud del artículo 10 de la Ley N° 20.285, solicito a usted "
        f"se me entregue {info}."
    )
    blocks: list[Block] = [
        Para(world.dated(ctx.rng, ctx.day), align="right"),
        Para(to_lines, align="left"),
        Para(f"REF.: {subject}", bold=True, align="right"),
        Para(asked),
        Para("Pido que la respuesta se envíe a mi correo electrónico dentro del plazo legal."),
        Space(8),
        Para(who, align="center"),
    ]
    return blocks, subject, None, recipient


def transparencia(ctx: Ctx) -> Doc:
    ctx.matter = topics.pick(ctx.rng, "administracion", ctx.day.year)
    who = world.person(ctx.rng).name
    info = ctx.pick(*INFO).format(year=ctx.day.year - 1)
    rut = ctx.rut(ctx.rng.randint(7_000_000, 22_000_000))
    form = _portal if ctx.chance(0.55) else _letter
    blocks, subject, number, recipient = form(ctx, who, rut, info)
    fields = {"subject": subject, "doc_number": number, "sender": who, "recipient": recipient}
    return parts.doc(ctx, parts.truth(ctx, "solicitud_transparencia", "entrada", **fields), blocks)


# (the official asked for, the unit, what a lobbyist wants to discuss with them)
PASSIVE = (
    ("Alcalde", "alcaldia", (
        ("dar a conocer el festival de surf que la empresa organiza en febrero",
         "Productora Eventos Costa Brava SpA"),
        ("presentar un proyecto hotelero en el sector {sector}", "Hotel Las Terrazas del Mar SpA"),
    )),
    ("Director de Obras Municipales", "dom", (
        ("presentar el anteproyecto inmobiliario en el sector {sector}",
         "Inmobiliaria Vista Infiernillo S.A."),
        ("exponer una propuesta de luminarias LED para la costanera",
         "Iluminación Eficiente del Sur SpA"),
    )),
    ("Secretario Comunal de Planificación", "secplan", (
        ("presentar una solución de defensas costeras para la Avenida Costanera",
         "Ingeniería Marítima Rompeolas Ltda."),
        ("exponer un sistema de agua potable modular para {sector}", "Aguas Modulares Chile SpA"),
    )),
    ("Directora de Administración y Finanzas", "daf", (
        ("tratar la concesión del estacionamiento de la playa Principal",
         "Estacionamientos Costeros SpA"),
        ("exponer la propuesta de servicio de recolección de residuos",
         "Recolectora de Residuos del Pacífico S.A."),
    )),
    ("Director del Departamento de Salud", "salud", (
        ("presentar un servicio de telemedicina para las postas rurales",
         "Telemedicina Rural SpA"),
        ("ofrecer un sistema de ficha clínica electrónica", "Sistemas Clínicos Andes S.A."),
    )),
)  # fmt: skip


def lobby(ctx: Ctx) -> Doc:
    post, unit, reasons = ctx.rng.choice(PASSIVE)
    ctx.matter = topics.pick(ctx.rng, unit, ctx.day.year)
    reason, name = ctx.rng.choice(reasons)
    prefix = ctx.rng.choice((76, 77, 96))
    who = world.person(ctx.rng)
    reason = reason.format(sector=ctx.matter.sector)
    code = f"AW{ctx.rng.randint(100, 999)}AW{ctx.rng.randint(1000000, 1999999)}"
    rut = ctx.rut(prefix * 1_000_000 + ctx.rng.randint(100_000, 999_999))
    blocks: list[Block] = [
        Head(("PLATAFORMA LEY DEL LOBBY", "Solicitud de audiencia"), "none", "center", "", True),
        Fields(
            (
                ("Identificador", code),
                ("Fecha", world.short_date(ctx.rng, ctx.day)),
                ("Institución", "Municipalidad de Pichilemu"),
                ("Sujeto pasivo", post),
            ),
            boxed=True,
        ),
        Space(3),
        Para("Solicitante", bold=True),
        Fields((("Nombre", who.name), ("Representa a", name), ("RUT entidad", rut))),
        Para("Materia de la audiencia", bold=True),
        Para(f"Se solicita audiencia para {reason}."),
        Para(
            "Ley N° 20.730, que regula el lobby y las gestiones que representen intereses "
            "particulares ante las autoridades y funcionarios.",
            size=-2,
        ),
    ]
    t = parts.truth(
        ctx,
        "solicitud_audiencia_lobby",
        "entrada",
        subject=f"Se solicita audiencia para {reason}.",
        doc_number=code,
        sender=who.name,
        sender_org=name,
        recipient=post,
    )
    return parts.doc(ctx, t, blocks)
