"""Records: minutes of the Concejo Municipal de Tomé (the title, attendance, the points of
the session as numbered paragraphs and each agreement in a «ACUERDO N° 123/2025:» line), and
convenios (with the GORE del Biobío, the DOH, SERNAPESCA, the Servicio de Salud Talcahuano,
the Universidad de Concepción, a textile firm), their title in capitals over the parties.

Truth: minutes are an acta_concejo, interno, for the Secretaría Municipal, subject the
title as printed (lines joined), number the session's, sender the Secretaria Municipal; a
convenio's subject is its title (lines joined), no number, entrada when the other party
drafts it (sender its signer's post, sender_org the party), salida when the municipality
does (the mayor, the municipality)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.sealgen4 import parts, topics, wording, world
from bench.sealgen4.parts import Ctx

COUNCILLORS = (
    "Sr. Manuel Parra Godoy",
    "Sra. Camila Jara Sanhueza",
    "Sr. Ricardo Quezada Neira",
    "Sra. Nicole Vega Fierro",
    "Sr. Pablo Medina Rivas",
    "Sra. Jessica Ulloa Campos",
)


def concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    unit = "secretaria-municipal"
    num = str(ctx.rng.randint(1, 140))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {kind} N° {num}\nCONCEJO MUNICIPAL DE TOMÉ",
        f"CONCEJO MUNICIPAL\nACTA N° {num} - SESIÓN {kind}",
        f"Acta Sesión {kind.capitalize()} N° {num}",
    )
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("secplan", "daf", "dom", "salud")))
    hour = ctx.rng.randint(9, 16)
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1.5)]
    blocks += [
        Para(
            f"En Tomé, a {wording.long_date(ctx.day)}, siendo las "
            f"{hour}:{ctx.pick('00', '10', '30')} "
            f"horas, en el Salón de Honor municipal, se abre la sesión presidida por el Alcalde "
            f"don {world.MAYOR.name}, con la asistencia de los concejales "
            + ", ".join(ctx.rng.sample(COUNCILLORS, 5))
            + "."
        ),
        Para(
            "Actúa como ministro de fe la Secretaria Municipal, doña "
            f"{world.UNITS[unit].chief.name}."
        ),
    ]
    for i, p in enumerate(points, 1):
        agreement = f"{ctx.rng.randint(20, 400)}/{ctx.day.year}"
        blocks += [
            Para(f"{i}. {cap(p.name)}.", bold=True, align="left"),
            Para(p.detail, left=6),
            Para(
                f"ACUERDO N° {agreement}: Se aprueba por {ctx.pick('unanimidad', 'mayoría')} "
                f"lo relativo a {p.other}.",
                left=6,
            ),
        ]
    blocks += [Para(f"Se levanta la sesión a las {hour + 2}:{ctx.rng.randint(10, 55)} horas.")]
    sec = world.UNITS[unit].chief
    blocks += [
        Signature(
            (
                Signer(world.MAYOR.name, "Alcalde - Presidente del Concejo"),
                Signer(sec.name, "Secretaria Municipal - Ministro de Fe"),
            ),
            "center",
        )
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


# title start, party in the title, its name, its signer, unit, direction
PARTIES = (
    (
        "CONVENIO DE TRANSFERENCIA",
        "GOBIERNO REGIONAL DEL BIOBÍO",
        "Gobierno Regional del Biobío",
        "Gobernador Regional",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO MANDATO",
        "DIRECCIÓN REGIONAL DE OBRAS HIDRÁULICAS BIOBÍO",
        "Dirección Regional de Obras Hidráulicas Biobío",
        "Director Regional DOH",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN",
        "SERVICIO DE SALUD TALCAHUANO",
        "Servicio de Salud Talcahuano",
        "Director",
        "salud",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN ACADÉMICA",
        "UNIVERSIDAD DE CONCEPCIÓN",
        "Universidad de Concepción",
        "Vicerrector",
        "educacion",
        "salida",
    ),
    (
        "CONVENIO DE COOPERACIÓN",
        "TEXTIL BELLAVISTA TOMÉ SPA",
        "Textil Bellavista Tomé SpA",
        "Gerente General",
        "dideco",
        "salida",
    ),
)


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over one to three lines."""
    start, party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    sep = ctx.pick("\n", " ")
    title = ctx.pick(
        f"{start}{sep}{party}{sep}E ILUSTRE MUNICIPALIDAD DE TOMÉ",
        f"{start}{sep}ENTRE LA ILUSTRE MUNICIPALIDAD DE TOMÉ Y{sep}{party}",
    )
    other, mayor, m = world.person(ctx.rng), world.MAYOR, ctx.matter
    clauses = (
        f"En Concepción, a {wording.long_date(ctx.day)}, entre la ILUSTRE MUNICIPALIDAD DE "
        f"TOMÉ, RUT {ctx.rut(69_150_800)}, representada por su Alcalde don {mayor.name}, "
        "domiciliados en Mariano "
        f"Egaña N° 1115, Tomé; y {name}, representada por {other.name}, se acuerda lo siguiente:",
        f"PRIMERO: Objeto. El presente convenio tiene por objeto {m.other}. {m.detail}",
        f"SEGUNDO: Aportes. Las partes aportarán ${ctx.rng.randint(8, 300) * 1_000_000:,}".replace(
            ",", "."
        )
        + " en la forma que se indica.",
        "TERCERO: Vigencia. El convenio rige desde la total tramitación del acto que lo aprueba.",
        "CUARTO: Se firma en cuatro ejemplares del mismo tenor.",
    )
    signers = (
        Signer(mayor.name.upper(), "Alcalde", world.MUNI),
        Signer(other.name.upper(), post, name),
    )
    blocks: list[Block] = [
        Heading(title, size=0.5),
        *(Para(c) for c in clauses),
        Space(6),
        Signature(signers if direction == "salida" else signers[::-1], "center"),
    ]
    first = (post, name) if direction == "entrada" else ("Alcalde", world.MUNI)
    fields: dict[str, Any] = {"subject": title, "sender": first[0], "sender_org": first[1]}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}"))
