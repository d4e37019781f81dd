"""Reclamos: the municipality's OIRS form filled in by a citizen, or a letter of complaint."""

from __future__ import annotations

from bench.devgen import cartas, common, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import Block, Box, Draft, Fields, Heading, Para, Signature, Signer

LEADS = (
    "Reclamo por ",
    "Reclama por deficiencias en ",
    "Denuncia irregularidades en ",
    "Queja por la demora en ",
    "Reclamo respecto de ",
)
GRIEVANCES = (
    "He acudido en varias oportunidades a la Municipalidad sin obtener respuesta.",
    "Esta situación se repite desde hace meses y nadie se hace responsable.",
    "Exijo una respuesta por escrito dentro del plazo legal.",
)


def reclamo(ctx: Ctx) -> Draft:
    """Routed to the unit responsible for what the citizen complains about."""
    who = world.person(ctx.rng)
    what = ctx.pick(*LEADS) + ctx.matter.name
    rut = ctx.rut(world.person_rut(ctx.rng))
    if ctx.chance(0.5):
        return _oirs(ctx, who, what, rut)
    head: list[Block] = [Para(wording.place_date(ctx.rng, "Maullín", ctx.day), align="right")]
    to, recipient = cartas.citizen_head(ctx)
    label = ctx.pick("MAT.:", "REF.:", "Asunto:")
    head += [*to, Para(f"{label} {what}", bold=True, align="left")]
    body: list[Block] = [
        Para(wording.salutation(ctx.rng, False), align="left"),
        Para(
            f"Yo, {who.name}, cédula de identidad N° {rut}, domiciliado(a) en {ctx.matter.place}, "
            f"vengo en presentar un reclamo formal por {ctx.matter.name}. {ctx.matter.detail}"
        ),
        Para(ctx.pick(*GRIEVANCES)),
        Signature((Signer(who.name, f"RUT {rut}"),), "center"),
    ]
    t = common.truth(ctx, "reclamo", "entrada", subject=what, sender=who.name, recipient=recipient)
    return common.draft(ctx, t, head, body)


def _oirs(ctx: Ctx, who: world.Person, what: str, rut: str) -> Draft:
    folio = str(ctx.rng.randint(12, 4800))
    title = ctx.pick(
        "FORMULARIO OIRS",
        "FORMULARIO DE RECLAMOS Y SUGERENCIAS",
        "OFICINA DE INFORMACIONES, RECLAMOS Y SUGERENCIAS",
    )
    receipt = (
        (f"Folio {world.number_sign(ctx.rng)}", folio),
        ("Fecha", world.date_text(ctx.rng, ctx.day)),
        ("Tipo", ctx.pick("Reclamo", "RECLAMO")),
    )
    head: list[Block] = [
        common.muni_letterhead(ctx, None),
        Heading(title),
        Fields(receipt, boxed=True, side="right"),
    ]
    data = (
        ("Nombre", who.name),
        ("RUT", rut),
        ("Sector", ctx.matter.place),
        ("Teléfono", world.phone(ctx.rng)),
        ("Materia del reclamo", what),
    )
    wish = ctx.pick("se investigue", "se solucione", "se responda")
    body: list[Block] = [
        Fields(data, boxed=ctx.chance(0.7)),
        Heading("Descripción de los hechos", align="left", size=0.5),
        Box((ctx.matter.detail, f"Solicito que {wish} esta situación a la brevedad.")),
        Para("Firma del reclamante: ______________________", align="left"),
    ]
    t = common.truth(ctx, "reclamo", "entrada", subject=what, doc_number=folio, sender=who.name)
    return common.draft(ctx, t, head, body)
