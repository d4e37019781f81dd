"""Records: minutes of the Concejo Municipal (the title in two or three centred lines or in
a boxed band, attendance as a table of councillors with «Presente / Ausente», the points of
the session and the agreements numbered in the text), convenios (with the GORE de Tarapacá
for an FNDR project, with CONADI, the Servicio de Salud Iquique, Collahuasi's community fund,
the Universidad Arturo Prat, or a comodato of the plaza to the Federación de Bailes for the
fiesta), and ordinances (on the Fiesta de La Tirana's trade, on the extraction of aggregates
from the pampa, on the parking of heavy vehicles), their articles in two columns at times.

Truth: minutes are an acta_concejo, interno, for Secretaría Municipal, their subject the
title as printed (lines joined), their number the session's, sender the Secretario
Municipal; a convenio's subject its title (lines joined), no number, entrada when the other
party drafts it (sender its signer's post, sender_org the party), salida when the
municipality does (the mayor); an ordenanza is interno, for Secretaría Municipal, its
subject its title, its number the ordinance's, sender the mayor's post."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Heading, Para, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen13 import parts, topics, wording, world

Ctx = parts.Ctx
COUNCILLORS = (
    "Sra. Yessenia Mamani Cortés",
    "Sr. Freddy Choque Olivares",
    "Sr. Patricio Vega Lucay",
    "Sra. Lidia Challapa Rojas",
    "Sr. Bernardo Álvarez Mollo",
    "Sra. Eliana Tapia Caqueo",
)


def concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    code = "secretaria-municipal"
    num = str(ctx.rng.randint(1, 140))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"CONCEJO MUNICIPAL DE POZO ALMONTE\nACTA SESIÓN {kind} N° {num}",
        f"ACTA N° {num}\nSESIÓN {kind}\nCONCEJO MUNICIPAL",
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
    blocks: list[Block] = [parts.muni_head(ctx, code), head]
    blocks += [
        Para(
            f"En Pozo Almonte, a {wording.long_date(ctx.day)}, siendo las "
            f"{hour}:{ctx.pick('00', '30')} horas, en el Salón Municipal, se da inicio a la "
            f"sesión, presidida por el Alcalde don {world.MAYOR.name}, actuando como ministro de "
            "fe el Secretario Municipal."
        ),
        Table(tuple(attendance), widths=(3.5, 1.5)),
        Para("TABLA:", bold=True, align="left"),
        *(Para(f"{i}.- {cap(p.name)}.", left=5) for i, p in enumerate(points, 1)),
        Para(f"Sobre el primer punto, se expone {points[0].name}. {points[0].detail}"),
    ]
    for p in points:
        n = ctx.rng.randint(20, 380)
        blocks.append(
            Para(
                f"ACUERDO N° {n}/{ctx.day.year}: Se aprueba por "
                f"{ctx.pick('unanimidad', 'mayoría')} {p.other}.",
                bold=True,
            )
        )
    blocks.append(
        Para(f"Siendo las {hour + 2}:{ctx.rng.randint(10, 55)} horas, se levanta la sesión.")
    )
    sec = world.UNITS[code].chief
    blocks.append(Signature((Signer(sec.name, "Secretario Municipal\nMinistro de Fe"),), "right"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretario Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        page_label="Página {p} de {n}",
        running="Acta Concejo Municipal de Pozo Almonte",
    )


# (title's start, the party in the title, its name, its signer's post, unit, direction)
PARTIES = (
    (
        "CONVENIO DE TRANSFERENCIA FNDR",
        "EL GOBIERNO REGIONAL DE TARAPACÁ",
        "Gobierno Regional de Tarapacá",
        "Gobernador Regional",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN",
        "LA CORPORACIÓN NACIONAL DE DESARROLLO INDÍGENA",
        "Corporación Nacional de Desarrollo Indígena",
        "Subdirector Nacional Norte",
        "dideco",
        "entrada",
    ),
    (
        "CONVENIO PROGRAMA DE APOYO A LA ATENCIÓN PRIMARIA",
        "EL SERVICIO DE SALUD IQUIQUE",
        "Servicio de Salud Iquique",
        "Director del Servicio de Salud Iquique",
        "salud",
        "entrada",
    ),
    (
        "CONVENIO DE APORTE COMUNITARIO",
        "COMPAÑÍA MINERA DOÑA INÉS DE COLLAHUASI SCM",
        "Compañía Minera Doña Inés de Collahuasi SCM",
        "Vicepresidente de Asuntos Corporativos",
        "secplan",
        "salida",
    ),
    (
        "CONVENIO MARCO DE COOPERACIÓN",
        "LA UNIVERSIDAD ARTURO PRAT",
        "Universidad Arturo Prat",
        "Rector",
        "educacion",
        "salida",
    ),
    (
        "CONTRATO DE COMODATO",
        "LA FEDERACIÓN DE BAILES RELIGIOSOS DE LA VIRGEN DEL CARMEN DE LA TIRANA",
        "Federación de Bailes Religiosos de la Virgen del Carmen de La Tirana",
        "Presidente",
        "dideco",
        "salida",
    ),
)


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over one to three centred lines."""
    start, party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    sep = ctx.pick("\n", " ")
    title = ctx.pick(
        f"{start}{sep}ENTRE {party}{sep}Y LA ILUSTRE MUNICIPALIDAD DE POZO ALMONTE",
        f"{start}{sep}ILUSTRE MUNICIPALIDAD DE POZO ALMONTE{sep}– {party}",
    )
    other, m, mayor = world.person(ctx.rng), ctx.matter, world.MAYOR
    amount = f"${wording.grouped(ctx.rng.randint(8, 420) * 1_000_000)}"
    clauses = (
        f"En {ctx.pick('Pozo Almonte', 'Iquique')}, a {wording.long_date(ctx.day)}, entre la "
        f"ILUSTRE MUNICIPALIDAD DE POZO ALMONTE, RUT {ctx.rut(69_010_500)}, representada por su "
        f"Alcalde don {mayor.name}, y {name}, representada por {other.name}, se conviene lo "
        "siguiente:",
        f"PRIMERO (Objeto): {cap(m.other)}. {m.detail}",
        f"SEGUNDO (Aporte): La suma de {amount}, en las cuotas que fija el anexo.",
        "TERCERO (Vigencia): Desde la total tramitación del acto que lo aprueba y por doce meses.",
        "CUARTO (Ejemplares): Se firma en cuatro ejemplares de igual tenor.",
    )
    signers = (
        Signer(mayor.name.upper(), "Alcalde", world.MUNI),
        Signer(other.name.upper(), post, name),
    )
    blocks: list[Block] = [Heading(title, size=0.5), *(Para(c) for c in clauses), Space(8)]
    blocks.append(Signature(signers if direction == "salida" else signers[::-1], "center"))
    sender, org = (post, name) if direction == "entrada" else ("Alcalde", world.MUNI)
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}"))


ORDINANCES = (
    "SOBRE COMERCIO Y USO DEL ESPACIO PÚBLICO DURANTE LA FIESTA DE LA TIRANA",
    "QUE REGULA LA EXTRACCIÓN DE ÁRIDOS EN LA PAMPA DEL TAMARUGAL",
    "SOBRE ESTACIONAMIENTO DE VEHÍCULOS DE CARGA EN EL RADIO URBANO",
    "SOBRE PROTECCIÓN DEL TAMARUGO Y ARBOLADO URBANO",
)


def ordenanza(ctx: Ctx) -> Doc:
    """A municipal ordinance (interno)."""
    code = "secretaria-municipal"
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    n = ctx.rng.randint(1, 30)
    title = f"ORDENANZA MUNICIPAL N° {n}\n{ctx.pick(*ORDINANCES)}"
    blocks: list[Block] = [parts.muni_head(ctx, code), Heading(title, size=1)]
    blocks.append(
        Para(
            f"Aprobada por acuerdo del Concejo Municipal N° {ctx.rng.randint(20, 300)}, en sesión "
            f"de {wording.long_date(ctx.day)}.",
            align="center",
            size=-1,
        )
    )
    for i, text in enumerate(
        (
            "La presente ordenanza rige en todo el territorio de la comuna de Pozo Almonte, "
            "incluidas las localidades de La Tirana, Mamiña y Huatacondo.",
            "Corresponderá a los inspectores municipales y a Carabineros fiscalizar su "
            "cumplimiento.",
            "Las infracciones serán sancionadas por el Juzgado de Policía Local con multas de "
            "hasta 5 UTM.",
            "La presente ordenanza entrará en vigencia desde su publicación en el sitio web "
            "municipal.",
        ),
        1,
    ):
        blocks.append(Para(f"ARTÍCULO {i}°.- {text}"))
    signature, sender = parts.mayor_signs(ctx)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": title, "doc_number": str(n), "sender": sender}
    t = parts.truth(ctx, "ordenanza", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")
