"""Records: minutes of the Concejo Municipal de Chimbarongo (the title in two or three
centred lines or in a box, attendance as a table of councillors, the points of the session
and its agreements, a running head on later pages) and convenios: with the GORE for an FNDR
project, INDAP for the PRODESAL, the Servicio de Salud O'Higgins for a primary-care
programme (drafted by the other party), and those Chimbarongo drafts and sends: with the
reservoir's concessionaire for the beaches of Convento Viejo, the mimbre artisans' guild for
the Fiesta del Mimbre's stalls, a fruit exporter for a sala cuna in the harvest, the
Municipalidad de San Fernando for a joint programme.

Truth (devgen13's): minutes are an acta_concejo, interno, for Secretaría Municipal, their
subject the title as printed (lines joined), their number the session's, sender the
Secretaria Municipal; a convenio's subject its title (lines joined), no number, entrada when
the other party drafts it (sender its signer's post, sender_org the party), salida when the
municipality does (the mayor, the municipality)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Heading, Para, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen14 import parts, topics, wording, world
from bench.devgen14.parts import Ctx

COUNCILLORS = (
    "Sra. Javiera Toro Moya",
    "Sr. Mauricio Pavez Arce",
    "Sr. Jorge Galaz Silva",
    "Sra. Luisa Guajardo Baeza",
    "Sr. Cristián Polanco Farías",
    "Sra. Margarita Catalán Órdenes",
)


def concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    code = "secretaria-municipal"
    num = str(ctx.rng.randint(1, 150))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"CONCEJO MUNICIPAL DE CHIMBARONGO\nACTA SESIÓN {kind} N° {num}",
        f"ACTA N° {num}\nSESIÓN {kind}\nCONCEJO MUNICIPAL DE CHIMBARONGO",
        f"Acta Sesión {kind.capitalize()} N° {num}/{ctx.day.year}",
    )
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("secplan", "dideco", "daf")))
    hour = ctx.rng.randint(9, 16)
    attendance = [("Concejal(a)", "Asistencia")] + [
        (c, ctx.pick("Presente", "Presente", "Ausente")) for c in COUNCILLORS
    ]
    head: Block = (
        Box(tuple(title.split("\n")), "center", True) if ctx.chance(0.4) else Heading(title, size=1)
    )
    sec = world.UNITS[code].chief
    blocks: list[Block] = [parts.muni_head(ctx, code), head]
    blocks += [
        Para(
            f"En Chimbarongo, a {wording.long_date(ctx.day)}, siendo las "
            f"{hour}:{ctx.pick('00', '30')} horas, en el Salón del Concejo, se da inicio a la "
            f"sesión, presidida por el Alcalde don {world.MAYOR.name}, actuando como ministro "
            f"de fe la Secretaria Municipal, doña {sec.name}."
        ),
        Table(tuple(attendance), widths=(3.5, 1.5)),
        Para("TABLA:", bold=True, align="left"),
        *(Para(f"{i}.- {cap(p.name)}.", left=5) for i, p in enumerate(points, 1)),
        Para(
            f"Sobre el primer punto, se expone {points[0].name}. {points[0].detail} Los "
            "concejales consultan por los plazos y por la participación de los vecinos y de "
            "los artesanos del mimbre."
        ),
    ]
    for p in points:
        n = ctx.rng.randint(20, 380)
        how = ctx.pick("unanimidad", "mayoría")
        blocks.append(
            Para(f"ACUERDO N° {n}/{ctx.day.year}: Se aprueba por {how} {p.other}.", bold=True)
        )
    blocks += [
        Para(f"Siendo las {hour + 2}:{ctx.rng.randint(10, 55)} horas, se levanta la sesión."),
        Signature((Signer(sec.name, "Secretaria Municipal\nMinistro de Fe"),), "right"),
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        page_label="Página {p} de {n}",
        running="Acta Concejo Municipal de Chimbarongo",
    )


# (title's start, the party in the title, its name, its signer's post, unit, direction)
PARTIES = (
    (
        "CONVENIO DE TRANSFERENCIA DE RECURSOS FNDR",
        "EL GOBIERNO REGIONAL DE O'HIGGINS",
        "Gobierno Regional de la Región del Libertador General Bernardo O'Higgins",
        "Gobernador Regional",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO PROGRAMA DE DESARROLLO LOCAL PRODESAL",
        "EL INSTITUTO DE DESARROLLO AGROPECUARIO",
        "Instituto de Desarrollo Agropecuario",
        "Director Regional",
        "dideco",
        "entrada",
    ),
    (
        "CONVENIO PROGRAMA DE RESOLUTIVIDAD EN ATENCIÓN PRIMARIA",
        "EL SERVICIO DE SALUD O'HIGGINS",
        "Servicio de Salud O'Higgins",
        "Directora del Servicio de Salud O'Higgins",
        "salud",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN",
        "LA SOCIEDAD CONCESIONARIA EMBALSE CONVENTO VIEJO S.A.",
        "Sociedad Concesionaria Embalse Convento Viejo S.A.",
        "Gerente General",
        "alcaldia",
        "salida",
    ),
    (
        "CONTRATO DE COMODATO DE MÓDULOS FERIALES",
        "LA ASOCIACIÓN GREMIAL DE ARTESANOS DEL MIMBRE DE CHIMBARONGO",
        "Asociación Gremial de Artesanos del Mimbre de Chimbarongo",
        "Presidenta",
        "dideco",
        "salida",
    ),
    (
        "CONVENIO DE APORTE PARA SALA CUNA DE TEMPORADA",
        "EXPORTADORA FRUTÍCOLA TINGUIRIRICA S.A.",
        "Exportadora Frutícola Tinguiririca S.A.",
        "Gerente de Personas",
        "dideco",
        "salida",
    ),
    (
        "CONVENIO DE COOPERACIÓN INTERCOMUNAL",
        "LA ILUSTRE MUNICIPALIDAD DE SAN FERNANDO",
        "Ilustre Municipalidad de San Fernando",
        "Alcalde",
        "transito",
        "salida",
    ),
)


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over one to three centred lines (or sits in a box)."""
    start, party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    sep = ctx.pick("\n", " ")
    title = ctx.pick(
        f"{start}{sep}ENTRE {party}{sep}Y LA ILUSTRE MUNICIPALIDAD DE CHIMBARONGO",
        f"{start}{sep}ILUSTRE MUNICIPALIDAD DE CHIMBARONGO{sep}– {party}",
    )
    other, m, mayor = world.person(ctx.rng), ctx.matter, world.MAYOR
    amount = f"${wording.grouped(ctx.rng.randint(6, 380) * 1_000_000)}"
    clauses = (
        f"En {ctx.pick('Chimbarongo', 'Rancagua', 'San Fernando')}, a "
        f"{wording.long_date(ctx.day)}, entre la ILUSTRE MUNICIPALIDAD DE CHIMBARONGO, RUT "
        f"{ctx.rut(69_080_400)}, representada por su Alcalde don {mayor.name}, y {name}, "
        f"representada por {other.name}, se conviene lo siguiente:",
        f"PRIMERO (Objeto): {cap(m.other)}. {m.detail}",
        f"SEGUNDO (Aportes): La suma de {amount}, en las cuotas y plazos que fija el anexo.",
        "TERCERO (Vigencia): Desde la total tramitación del acto que lo aprueba y por doce "
        "meses, renovable por períodos iguales.",
        "CUARTO (Ejemplares): Se firma en cuatro ejemplares de igual tenor y fecha.",
    )
    signers = (
        Signer(mayor.name.upper(), "Alcalde", world.MUNI),
        Signer(other.name.upper(), post, name),
    )
    heading: Block = (
        Box(tuple(title.split("\n")), "center", True)
        if ctx.chance(0.3)
        else Heading(title, size=0.5)
    )
    blocks: list[Block] = [heading, *(Para(c) for c in clauses), Space(8)]
    blocks.append(Signature(signers if direction == "salida" else signers[::-1], "center"))
    sender, org = (post, name) if direction == "entrada" else ("Alcalde", world.MUNI)
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}", "Página {p} de {n}"))
