"""Certificados: issued by the municipality (salida; a budget one stays inside), or brought
in by a citizen from a neighbourhood council (entrada)."""

from __future__ import annotations

from typing import Any

from bench.devgen import common, topics, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import Block, Draft, Heading, Letterhead, Para, Signature, Signer

CERTIFICATES = tuple(
    tuple(line.split("|"))
    for line in (world.DATA / "certificates.txt").read_text("utf-8").splitlines()
    if line and not line.startswith("#")
)


def _values(ctx: Ctx) -> dict[str, str]:
    return {
        "street": ctx.pick(*world.STREETS),
        "loc": ctx.pick(*world.LOCALITIES),
        "n": str(ctx.rng.randint(10, 900)),
        "org": ctx.pick(*world.ORGS, *world.JJVV),
        "year": str(ctx.rng.randint(1998, 2022)),
        "school": ctx.pick(*world.SCHOOLS),
    }


def _closing(ctx: Ctx) -> str:
    return ctx.pick(
        "Se extiende el presente certificado a petición del interesado para "
        "los fines que estime conveniente.",
        "Se otorga el presente para ser presentado ante la institución que lo requiera.",
        "Se extiende a solicitud de la parte interesada.",
    )


def certificado(ctx: Ctx) -> Draft:
    if ctx.chance(0.2):
        return _residence(ctx)
    title, unit, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.pick(ctx.rng, unit)
    chief = world.official(ctx.rng, unit)
    who = world.person(ctx.rng)
    num = common.number(ctx, 1, 1900)
    if ctx.chance(0.8):
        heading = common.label_number(ctx, title, num)
    else:
        heading = f"{title}\n{world.number_sign(ctx.rng)} {num}"
    head: list[Block] = [common.muni_letterhead(ctx, unit), Heading(heading, size=3)]
    person = f"{who.honorific} {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}"
    verb = ctx.pick("certifica", "CERTIFICA", "certifica lo siguiente")
    body: list[Block] = [
        Para(f"{chief.cargo} DE LA {world.MUNI}, que suscribe, {verb}:"),
        Para(
            f"Que, {topics.fill(claim, _values(ctx))}, según consta en los registros de "
            f"esta unidad, a solicitud de {person}."
        ),
        Para(_closing(ctx)),
        Para(wording.place_date(ctx.rng, "Maullín", ctx.day), align=ctx.pick("right", "left")),
        common.signature(ctx, chief.person.name, chief.cargo, world.MUNI_NAMES[0]),
    ]
    direction = "interno" if "DISPONIBILIDAD" in title else "salida"
    fields: dict[str, Any] = {"doc_number": num, "sender": chief.cargo, "sender_org": world.MUNI}
    t = common.truth(ctx, "certificado", direction, unit=unit, **fields)
    return common.draft(ctx, t, head, body, footer=common.muni_footer(ctx))


def _residence(ctx: Ctx) -> Draft:
    """A neighbourhood council certifies residence (it comes in with a social request)."""
    ctx.matter = topics.pick(ctx.rng, "dideco")
    org = ctx.pick(*world.JJVV)
    president = world.person(ctx.rng)
    who = world.person(ctx.rng)
    lines = (org.upper(), f"Personalidad Jurídica N° {ctx.rng.randint(10, 300)}", "Maullín")
    head: list[Block] = [
        Letterhead(lines, "none", "center"),
        Heading(ctx.pick("CERTIFICADO DE RESIDENCIA", "Certificado de Residencia"), size=3),
    ]
    body: list[Block] = [
        Para(
            f"La directiva de la {org}, certifica que {who.honorific} {who.name}, "
            f"RUT {ctx.rut(world.person_rut(ctx.rng))}, tiene su domicilio en {ctx.matter.place}, "
            f"dentro de la unidad vecinal, desde hace {ctx.rng.randint(2, 30)} años."
        ),
        Para(
            "Se extiende el presente para ser presentado en la Dirección de Desarrollo Comunitario."
        ),
        Para(wording.place_date(ctx.rng, "Maullín", ctx.day), align="right"),
        Signature((Signer(president.name, f"Presidente(a)\n{org}"),), "center"),
    ]
    fields: dict[str, Any] = {"sender": president.name, "sender_org": org}
    t = common.truth(ctx, "certificado", "entrada", unit="dideco", **fields)
    return common.draft(ctx, t, head, body)
