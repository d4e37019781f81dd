"""Requests under the Ley de Transparencia (N° 20.285) as the Portal de Transparencia prints
them for the municipality: «Folio N° MU273T0001234», the date and hour of entry, the
requester's fields (names and surnames apart, e-mail, address, region, commune), the
«Solicitud:» text, observations, the form of reception and the format.

Truth (devgen's): Administración Municipal (the encargado de transparencia) whatever is
asked; subject the «Solicitud:» text; doc_number the folio; doc_date the date of entry;
sender the requester's full name, sender_org the organisation a legal person asks for; no
recipient (the portal addresses the body, not a person)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Heading, Para, Space
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4 import parts, world
from bench.devgen4.model import Block, Doc
from bench.devgen4.parts import Ctx

ASKED = (
    "Solicito copia de los decretos, contratos y órdenes de compra relativos a {m}",
    "Requiero conocer el monto invertido y el estado de avance de {m}",
    "Solicito el listado de beneficiarios y los criterios de selección de {m}",
    "Copia íntegra del expediente de {m}, incluidos informes técnicos y correos electrónicos",
    "Solicito información sobre {m}, indicando responsables, plazos y presupuesto",
    "Pido copia de las actas y acuerdos del Concejo Municipal que se refieran a {m}",
)
NOTES = (
    "Sin observaciones.",
    "—",
    "La información se requiere para un trabajo de investigación universitaria.",
    "Solicito que los documentos se entreguen completos y legibles.",
    "Soy vecino de la comuna y dirigente de mi organización.",
)
RECEPTION = ("Correo electrónico", "Correo electrónico", "Retiro en oficina", "Correo postal")
FORMATS = ("Formato digital (PDF, Word, Excel)", "Papel", "Formato digital", "Sin preferencia")


def _folio(ctx: Ctx) -> str:
    return f"MU273T000{ctx.rng.randint(1000, 9999)}"


def _entered(ctx: Ctx) -> str:
    d = ctx.day
    clock = f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}"
    return ctx.pick(
        f"{d.day:02d}/{d.month:02d}/{d.year} {clock}",
        f"{d.day:02d}-{d.month:02d}-{d.year} {clock}:{ctx.rng.randint(0, 59):02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d} {clock}",
    )


def _requester(ctx: Ctx, who: world.Person, org: str | None) -> list[tuple[str, str]]:
    """The portal's requester fields: names and surnames apart (the truth joins them)."""
    given, first, second = who.name.rsplit(" ", 2)
    street, sector = world.address(ctx.rng)
    city = ctx.pick("Putre", "Arica", "Arica", "Santiago", "Iquique")
    rows = [("Nombres", given), ("Apellido paterno", first), ("Apellido materno", second)]
    if ctx.chance(0.25):
        rows = [("Nombre completo", who.name)]
    if org:
        rows = [("Tipo de persona", "Jurídica"), ("Razón social", org), *rows]
    rows.append(("Correo electrónico", world.email(ctx.rng, who)))
    if ctx.chance(0.6):
        where = f"{street}, {sector}" if city == "Putre" else f"{street.split(' ', 1)[1]}, {city}"
        rows.append(("Dirección", where))
    region = (
        "Arica y Parinacota"
        if city in ("Putre", "Arica")
        else ctx.pick("Tarapacá", "Metropolitana")
    )
    rows += [("Región", region), ("Comuna", city)]
    if ctx.chance(0.4):
        rows.append(("Teléfono", world.phone(ctx.rng)))
    return rows


def _grid_form(ctx: Ctx, folio: str, asked: str, rows: list[tuple[str, str]]) -> list[Block]:
    """Shaded tables: the receipt, the requester, the request."""
    receipt = (
        ("Folio N°", folio, "Fecha de ingreso", _entered(ctx)),
        ("Organismo", ctx.pick("Municipalidad de Putre", "I. Municipalidad de Putre")),
    )
    blocks: list[Block] = [
        Heading(
            ctx.pick(
                "Solicitud de Acceso a la Información Pública",
                "SOLICITUD DE ACCESO A LA INFORMACIÓN",
            ),
            align="left",
            size=2,
        ),
        Grid(receipt, title=ctx.pick("", "Datos de la solicitud")),
        Grid(tuple(rows), title="Datos del solicitante"),
        Para("Solicitud:", align="left", bold=True),
        Box((asked + ".",)),
    ]
    return blocks


def _plain_form(ctx: Ctx, folio: str, asked: str, rows: list[tuple[str, str]]) -> list[Block]:
    """Label and value lines, the folio at the top right."""
    receipt = Fields(
        (
            (f"Folio {ctx.pick('N°', 'Nº', '')}".strip() + ":", folio),
            ("Fecha de ingreso:", _entered(ctx)),
        ),
        side="right",
        boxed=ctx.chance(0.5),
    )
    return [
        Para("PORTAL DE TRANSPARENCIA DEL ESTADO", align="center", bold=True, size=1),
        Para("Detalle de la solicitud — Ley N° 20.285", align="center"),
        Space(3),
        receipt,
        Para(ctx.pick("DATOS DEL SOLICITANTE", "Identificación del solicitante"), bold=True),
        Fields(tuple((f"{k}:", v) for k, v in rows), bold_labels=ctx.chance(0.5)),
        Para(f"Solicitud: {asked}.", align="justify"),
    ]


def transparencia(ctx: Ctx) -> Doc:
    """A request as the Portal prints it (born on the portal, not in the municipality)."""
    who = world.person(ctx.rng)
    org = ctx.pick(*world.ORGS, *world.JJVV) if ctx.chance(0.2) else None
    asked = cap(ctx.pick(*ASKED).format(m=ctx.matter.name))
    folio = _folio(ctx)
    rows = _requester(ctx, who, org)
    form = _grid_form if ctx.chance(0.55) else _plain_form
    blocks = form(ctx, folio, asked, rows)
    extra = (
        ("Observaciones:", ctx.pick(*NOTES)),
        ("Forma de recepción de la información:", ctx.pick(*RECEPTION)),
        ("Formato de entrega:", ctx.pick(*FORMATS)),
        ("Documentos adjuntos:", ctx.pick("No", "No registra", "1 archivo")),
    )
    blocks += [Fields(extra, bold_labels=True)]
    blocks.append(
        Para(
            "El organismo tiene un plazo de 20 días hábiles para responder, "
            "prorrogable por otros 10 días hábiles (artículo 14, Ley N° 20.285).",
            size=-2,
        )
    )
    fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    t = parts.truth(
        ctx, "solicitud_transparencia", "entrada", unit="administracion", sender_org=org, **fields
    )
    stamp = f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year}"
    url = f"https://www.portaltransparencia.cl/PortalPdT/ingreso-sai-v2?folio={folio}"
    return parts.doc(
        ctx,
        t,
        blocks,
        paper="mail",
        page_label="{p}/{n}",
        browser=(stamp, "Portal Transparencia Chile", url),
    )
