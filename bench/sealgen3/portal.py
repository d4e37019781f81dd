"""Requests for public information (Ley N° 20.285) as the Portal de Transparencia's receipt
prints them for Casablanca: «Comprobante de ingreso», the folio («MU051T0001234»), the
organism, the requester's data in a shaded table, the «Información solicitada» text in a
frame or after its label, the channel and format, and a footer with the legal deadline;
or the paper form of the OIRS counter, filled in by hand.

Truth (devgen's): a solicitud_transparencia, entrada, for Administración whatever is asked;
subject the information asked, as printed; doc_number the folio; sender the requester's
full name (for a legal person the representative's), sender_org the legal person or None;
no recipient."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Heading, Para, Signature, Signer, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen3 import parts, senders, topics, wording, world
from bench.sealgen3.parts import Ctx

ASKED = (
    "Copia de los contratos, decretos de pago y facturas relativos a {m}",
    "Quisiera saber cuánto dinero se ha gastado en {m} y quién es el responsable",
    "Solicito los informes técnicos, oficios y correos electrónicos sobre {m}",
    "Nómina de beneficiarios y criterios de selección de {m}",
    "Actas del Concejo Municipal en que se haya tratado {m}",
)


def solicitud_portal(ctx: Ctx) -> Doc:
    """A transparency request, from the portal or the OIRS counter (entrada)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (ctx.matter.unit,))
    asked = wording.cap(ctx.rng.choice(ASKED).format(m=ctx.matter.name))
    who = world.person(ctx.rng)
    org = ctx.rng.choice(senders.FIRMS).name if ctx.chance(0.2) else None
    folio = f"MU051T{ctx.rng.randint(1000, 9999):07d}"
    blocks = (
        _portal(ctx, folio, who.name, org, asked)
        if ctx.chance(0.7)
        else _counter(ctx, folio, who.name, asked)
    )
    fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    t = parts.truth(
        ctx, "solicitud_transparencia", "entrada", unit="administracion", sender_org=org, **fields
    )
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


def _portal(ctx: Ctx, folio: str, name: str, org: str | None, asked: str) -> list[Block]:
    d = ctx.day
    given, surname = name.rsplit(" ", 2)[0], " ".join(name.split()[-2:])
    hour = f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}"
    rows: list[tuple[str, ...]] = [
        ("Nombres", given, "Apellidos", surname),
        (
            "Correo",
            f"{given.split()[0].lower()}.{ctx.rng.randint(10, 99)}@gmail.com",
            "Región",
            "Valparaíso",
        ),
        ("Comuna", ctx.pick("Casablanca", "Valparaíso", "Viña del Mar"), "Teléfono", "—"),
    ]
    if org:
        rows.insert(0, ("Persona jurídica", org))
    asked_blocks: list[Block] = (
        [Para("Información solicitada:", bold=True, align="left"), Box((asked,))]
        if ctx.chance(0.5)
        else [Fields((("Solicitud:", asked),), bold_labels=True)]
    )
    return [
        Para(
            "Portal de Transparencia del Estado · www.portaltransparencia.cl", size=-2, align="left"
        ),
        Heading("Comprobante de ingreso de solicitud de acceso a la información", size=0.5),
        Fields(
            (
                ("Folio:", folio),
                ("Organismo:", "Municipalidad de Casablanca"),
                ("Fecha de ingreso:", f"{d.day:02d}/{d.month:02d}/{d.year} {hour}"),
            ),
            bold_labels=True,
        ),
        Grid(tuple(rows), shade=True, title="Datos del solicitante"),
        *asked_blocks,
        Fields(
            (
                ("Medio de respuesta:", ctx.pick("Correo electrónico", "Retiro en oficina")),
                ("Formato:", ctx.pick("Digital (PDF)", "Papel", "Sin preferencia")),
            ),
            bold_labels=False,
        ),
        Para(
            "El organismo tiene un plazo de 20 días hábiles para responder, prorrogable por "
            "10 días hábiles (artículo 14 de la Ley N° 20.285).",
            size=-1.5,
        ),
    ]


def _counter(ctx: Ctx, folio: str, name: str, asked: str) -> list[Block]:
    rut = ctx.rut(ctx.rng.randint(5_000_000, 23_000_000))
    return [
        parts.muni_head(ctx, "administracion"),
        Heading("FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA", size=0.5),
        Para(
            "Ley N° 20.285 · Oficina de Informaciones, Reclamos y Sugerencias (OIRS)",
            align="center",
            size=-1.5,
        ),
        Fields(
            (
                ("N° de folio:", folio),
                ("Fecha:", wording.when(ctx.rng, ctx.day)),
                ("Nombre completo:", name),
                ("RUT:", rut),
                ("Domicilio:", world.street_address(ctx.rng)),
            ),
            boxed=True,
            bold_labels=False,
        ),
        Para("Información solicitada:", bold=True, align="left"),
        Box((asked,)),
        Space(4),
        Signature((Signer(name, "Firma del solicitante"),), "center"),
    ]
