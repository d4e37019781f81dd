"""The municipality's own papers: memorándums between its directions (the number and date in
a boxed cell at the right beside «DE:» and «PARA:» at the left, «ASUNTO:» under them; or a
shaded grid with a band «MEMORÁNDUM INTERNO»), technical reports («INFORME TÉCNICO N°
12/2025» over PARA/DE/FECHA rows, with or without «MATERIA:») and certificates (of
residence for a pension or a CONADI filing, of number, of no debt, of an organisation's
directors), with no subject line.

Truth (devgen's): a memorandum, interno, for the addressed unit, subject the ASUNTO text,
sender the DE text, recipient the PARA text; an informe, interno, subject its MATERIA, or its
title when none is printed, sender the signing head's post; a certificado, salida, no
subject, its number, sender the certifying post; sender_org the municipality as its
letterhead names it."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Pair, Para, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen9.oficios import foot
from bench.devgen13 import parts, topics, wording, world
from bench.devgen13.parts import Ctx

SOURCES = ("administracion", "dom", "dideco", "secplan", "daf", "juridica", "control", "salud")


def memorandum(ctx: Ctx) -> Doc:
    """One direction writes to the one that must handle the matter (interno)."""
    if ctx.matter.unit == "alcaldia":
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, ctx.pick("dideco", "dom", "secplan"))
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.capitals(ctx.rng, wording.said(ctx.rng, wording.MEMO, ctx.matter, ctx.day), 0.3)
    shown, num = wording.number(ctx.rng, "MEMO", ctx.day.year, 800)
    de = ctx.pick(source.post.upper(), f"{source.chief.name}, {source.post}")
    para = ctx.pick(target.post.upper(), target.full.upper())
    fecha = wording.when(ctx.rng, ctx.day)
    blocks: list[Block] = [parts.muni_head(ctx, source.code)]
    if ctx.chance(0.5):
        blocks += [
            Pair(
                (f"DE: {de}", f"PARA: {para}"),
                (shown, f"Fecha: {fecha}"),
                0.62,
                right_align="right",
            ),
            Para(f"ASUNTO: {mat}", bold=True, align="left"),
            Space(2),
        ]
    else:
        rows = (
            ("N°", shown.removeprefix("MEMO").strip().lstrip("N°º: "), "FECHA", fecha),
            ("DE", de),
            ("PARA", para),
            ("ASUNTO", mat),
        )
        blocks += [Grid(rows, title="MEMORÁNDUM INTERNO"), Space(3)]
    m = ctx.matter
    blocks += [
        Para(f"Por medio del presente, remito a usted los antecedentes de {m.name}. {m.detail}"),
        Para(
            ctx.pick(
                "Se solicita su pronta gestión.",
                "Para su conocimiento y fines.",
                "Agradeceré responder en cinco días hábiles.",
            )
        ),
    ]
    signature, _ = parts.signed(ctx, source.chief, source.post)
    blocks += [signature, *foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": de, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def informe(ctx: Ctx) -> Doc:
    """A direction's technical report to the mayor (interno)."""
    code = ctx.matter.unit if ctx.matter.unit != "alcaldia" else ctx.pick("dom", "dideco")
    if code != ctx.matter.unit:
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit, m = world.UNITS[code], ctx.matter
    n = ctx.rng.randint(1, 140)
    title = f"{ctx.pick('INFORME TÉCNICO', 'INFORME SOCIAL', 'INFORME')} N° {n}/{ctx.day.year}"
    mat = wording.cap(
        f"{ctx.pick('Situación de', 'Visita a terreno por', 'Evaluación de')} {m.name}"
    )
    rows = [
        ("PARA:", "SR. ALCALDE"),
        ("DE:", unit.post.upper()),
        ("FECHA:", wording.when(ctx.rng, ctx.day)),
    ]
    stated = ctx.chance(0.6)
    if stated:
        rows.append(("MATERIA:", mat))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(title, size=1),
        Fields(tuple(rows)),
        Space(2),
    ]
    for i, (head, text) in enumerate(
        (
            ("ANTECEDENTES", f"Se recibió requerimiento sobre {m.other}."),
            ("SITUACIÓN CONSTATADA", m.detail),
            ("CONCLUSIÓN", "Se sugiere instruir a la unidad respectiva la adopción de medidas."),
        ),
        1,
    ):
        blocks += [Para(f"{i}. {head}", bold=True, align="left"), Para(text, left=5)]
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks.append(signature)
    fields: dict[str, Any] = {
        "subject": mat if stated else title,
        "doc_number": str(n),
        "sender": sender,
    }
    t = parts.truth(
        ctx, "informe", "interno", unit=code, sender_org="muni", recipient="SR. ALCALDE", **fields
    )
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


CERTIFICATES = (
    (
        "CERTIFICADO DE RESIDENCIA",
        "dideco",
        "{who} reside en {place}, localidad de {sector}, comuna de Pozo Almonte",
    ),
    (
        "CERTIFICADO DE NÚMERO",
        "dom",
        "al inmueble ubicado en {place}, rol de avalúo {rol}, le corresponde la "
        "numeración indicada",
    ),
    (
        "CERTIFICADO DE NO DEUDA",
        "daf",
        "{who} no registra deudas por patentes ni derechos municipales a la fecha",
    ),
    (
        "CERTIFICADO DE VIGENCIA",
        "secretaria-municipal",
        "la {org} mantiene su directorio vigente, según los registros de esta Secretaría",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    """A head certifies (salida); no subject line."""
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    num = str(ctx.rng.randint(10, 1900))
    person = world.person(ctx.rng)
    who = (
        f"{person.title} {person.name}, RUT {ctx.rut(ctx.rng.randint(5_500_000, 26_000_000))}"
        if "{who}" in claim
        else ""
    )
    values = {
        "who": who,
        "place": world.street_address(ctx.rng),
        "sector": ctx.pick(*world.SECTORS),
        "rol": f"{ctx.rng.randint(100, 980)}-{ctx.rng.randint(1, 40)}",
        "org": ctx.pick(*world.ORGS),
    }
    number = ctx.pick(f"{title} N° {num}", f"{title}\nN° {num}/{ctx.day.year}")
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(number, size=1.5),
        Para(
            f"{'La' if unit.chief.female else 'El'} {unit.post.upper()} de la {world.MUNI}, que "
            "suscribe, "
            "CERTIFICA que "
            f"{claim.format(**values)}."
        ),
        Para(
            "Se extiende el presente a petición del interesado, para los fines que estime "
            "conveniente."
        ),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
    ]
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks += [
        signature,
        *parts.sealed(ctx, f"Municipalidad {unit.short}", "Pozo Almonte", 0.5),
    ]
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
