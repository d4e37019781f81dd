"""Records and norms: the Concejo's minutes, convenios with the region's offices and
companies, ordenanzas (dust, the PM10 plan, street markets, heat) and technical reports.

Truth: an acta's and a convenio's subject is its title; an ordenanza's its title; an
informe's its «Materia:»/title. The acta belongs to the Secretaría Municipal."""

from __future__ import annotations

from bench.devgen2.agreements import UNITS_WORDS
from bench.devgen2.model import Fields, Heading, Para, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Break, Doc, Photos
from bench.sealgen2 import parts, world
from bench.sealgen2.parts import Ctx


def _in_words(ctx: Ctx) -> str:
    d = ctx.day
    return (
        f"a {UNITS_WORDS[d.day]} de {MONTHS[d.month - 1]} de dos mil {UNITS_WORDS[d.year - 2000]}"
    )


def _agreements(ctx: Ctx, n: int) -> Table:
    """The session's agreements, numbered, with their votes."""
    texts = (
        f"Aprueba el acta de la sesión N° {n - 1}",
        f"Toma conocimiento de {ctx.matter.other}",
        "Aprueba subvención al Club de Adulto Mayor Oasis de Calama",
    )
    first = ctx.rng.randint(100, 900)
    rows = [("N°", "Acuerdo", "Votación")]
    for i, text in enumerate(texts):
        rows.append((str(first + i), text, ctx.pick("Unanimidad", "Mayoría (6 a 2)")))
    return Table(tuple(rows), widths=(0.6, 4.0, 1.4))


def _opening(ctx: Ctx, secretary: str) -> Para:
    hour = f"{ctx.rng.randint(9, 16)}:{ctx.pick('00', '15', '30')}"
    return Para(
        f"En Calama, {_in_words(ctx)}, siendo las {hour} horas, en el Salón de Honor, se "
        f"celebra la sesión bajo la presidencia del Alcalde don {world.MAYOR.name}, actuando "
        f"como ministro de fe la Secretaria Municipal doña {secretary}."
    )


def acta_concejo(ctx: Ctx) -> Doc:
    """The Concejo's minutes: attendance, the table, agreements as a table."""
    n = ctx.rng.randint(10, 140)
    sort = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.rng.choice(
        (
            f"ACTA SESIÓN {sort} N° {n} DEL CONCEJO MUNICIPAL DE CALAMA",
            f"Acta de la Sesión {sort.capitalize()} N° {n}",
        )
    )
    sec = world.UNITS["secretaria-municipal"].chief
    mayor = world.MAYOR
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, "center", 1.5),
    ]
    blocks.append(_opening(ctx, sec.name))
    concejales = [world.person(ctx.rng).name for _ in range(ctx.rng.randint(5, 8))]
    blocks.append(Para("Asisten los concejales: " + "; ".join(concejales) + ".", align="left"))
    blocks.append(Heading("TABLA", "left", 0.5))
    blocks.append(
        Para(
            f"1. Aprobación de acta anterior. 2. {cap(ctx.matter.name)}. 3. Modificación "
            "presupuestaria. 4. Puntos varios.",
            left=6,
        )
    )
    blocks.append(_agreements(ctx, n))
    blocks.append(
        Para(
            "Se levanta la sesión a las "
            f"{ctx.rng.randint(12, 19)}:{ctx.pick('05', '40', '55')} horas.",
            align="left",
        )
    )
    blocks.append(
        Signature(
            (
                Signer(mayor.name.upper(), "ALCALDE\nPRESIDENTE DEL CONCEJO"),
                Signer(sec.name.upper(), "SECRETARIA MUNICIPAL\nMINISTRO DE FE"),
            ),
            "center",
        )
    )
    t = parts.truth(
        ctx,
        "acta_concejo",
        "interno",
        unit="secretaria-municipal",
        subject=title,
        doc_number=str(n),
        sender="Secretaria Municipal",
        sender_org="muni",
    )
    return parts.doc(ctx, t, blocks, running=title[:60])


def convenio(ctx: Ctx) -> Doc:
    """A convenio with a regional office or a mining company, its parties in the title."""
    if ctx.chance(0.5):
        o = ctx.rng.choice(world.offices_for(ctx.matter.unit))
        party, party_rut, direction = (
            o.org,
            61_000_000 + ctx.rng.randint(100_000, 999_999),
            "entrada",
        )
    else:
        party, pfx = ctx.rng.choice(world.COMPANIES)
        party_rut, direction = pfx * 1_000_000 + ctx.rng.randint(100_000, 999_999), "salida"
    sort = ctx.pick(
        "CONVENIO DE COLABORACIÓN",
        "CONVENIO DE TRANSFERENCIA DE RECURSOS",
        "CONVENIO DE COOPERACIÓN",
    )
    title = f"{sort} ENTRE LA ILUSTRE MUNICIPALIDAD DE CALAMA Y {party.upper()}"
    blocks: list[Block] = [Heading(title, "center", 1.0), Space(3)]
    blocks.append(
        Para(
            f"En Calama, {_in_words(ctx)}, entre la Ilustre Municipalidad de Calama, RUT "
            f"{ctx.rut(world.MUNI_RUT)}, representada por su Alcalde don {world.MAYOR.name}, y "
            f"{party}, RUT {ctx.rut(party_rut)}, se acuerda lo siguiente:"
        )
    )
    clauses = (
        f"El objeto del presente convenio es abordar {ctx.matter.name}. {ctx.matter.detail}",
        f"La Municipalidad, a través de la {world.UNITS[ctx.matter.unit].full}, actuará "
        "como contraparte técnica.",
        "El convenio regirá desde su aprobación por decreto y hasta el 31 de diciembre "
        f"de {ctx.day.year + 1}.",
    )
    for i, c in enumerate(clauses):
        blocks.append(Para(f"{('PRIMERO', 'SEGUNDO', 'TERCERO')[i]}: {c}", indent=0))
    blocks.append(
        Signature(
            (
                Signer(world.MAYOR.name.upper(), "ALCALDE", world.MUNI),
                Signer(world.person(ctx.rng).name.upper(), "REPRESENTANTE LEGAL", party),
            ),
            "center",
        )
    )
    t = parts.truth(
        ctx,
        "convenio",
        direction,
        subject=title,
        sender=None if direction == "entrada" else "Alcalde",
        sender_org=party if direction == "entrada" else world.MUNI,
    )
    return parts.doc(ctx, t, blocks)


ORDINANCES = (
    ("dom", "ORDENANZA LOCAL SOBRE CONTROL DE EMISIONES DE POLVO EN OBRAS Y CAMINOS"),
    ("dom", "ORDENANZA MUNICIPAL DE ASEO Y ORNATO DE LA COMUNA DE CALAMA"),
    ("daf", "ORDENANZA SOBRE FERIAS LIBRES Y COMERCIO EN BIENES NACIONALES DE USO PÚBLICO"),
    (
        "transito",
        "ORDENANZA QUE REGULA EL TRÁNSITO DE VEHÍCULOS DE CARGA PESADA EN EL RADIO URBANO",
    ),
    ("dideco", "ORDENANZA DE PARTICIPACIÓN CIUDADANA DE LA COMUNA DE CALAMA"),
)


def ordenanza(ctx: Ctx) -> Doc:
    """An ordenanza municipal, titled, in titles and articles."""
    unit, title = ctx.rng.choice(ORDINANCES)
    blocks: list[Block] = [
        parts.muni_head(ctx, ""),
        Heading(title, "center", 1.5),
        Para(
            f"Aprobada por acuerdo del Concejo N° {ctx.rng.randint(100, 700)}, "
            f"{parts.dated(ctx, place=False)}",
            align="center",
            size=-1,
        ),
    ]
    arts = (
        "Objeto. La presente ordenanza regula las actividades que indica dentro del "
        "territorio de la comuna de Calama.",
        "Fiscalización. Corresponderá a los inspectores municipales y a Carabineros "
        "fiscalizar su cumplimiento.",
        "Condiciones climáticas. Atendida la aridez, el viento y las altas temperaturas, "
        "se exigirán medidas de humectación y protección.",
        "Sanciones. Las infracciones serán conocidas por el Juzgado de Policía Local y "
        "sancionadas con multas de 1 a 5 UTM.",
    )
    blocks.append(Heading("TÍTULO I · DISPOSICIONES GENERALES", "left", 0.5))
    for i, a in enumerate(arts, 1):
        blocks.append(Para(f"Artículo {i}°.- {a}"))
    blocks.append(
        Para(
            "Artículo final.- La presente ordenanza entrará en vigencia desde su "
            "publicación en el sitio web municipal."
        )
    )
    t = parts.truth(ctx, "ordenanza", "interno", unit=unit, subject=title, sender_org="muni")
    return parts.doc(ctx, t, blocks)


def informe(ctx: Ctx) -> Doc:
    """A unit's technical report to the mayor, with site photographs on their own page."""
    u = world.UNITS[ctx.matter.unit]
    n = str(ctx.rng.randint(5, 300))
    subject = cap(
        ctx.rng.choice(
            ("Informe técnico sobre {m}", "Visita inspectiva por {m}", "Diagnóstico de {m}")
        ).format(m=ctx.matter.name)
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, u.code),
        Heading(f"INFORME {ctx.pick('TÉCNICO', '')} N° {n}".replace("  ", " "), "center", 1.5),
        Fields(
            (
                ("Materia", subject),
                ("Fecha", parts.dated(ctx, place=False)),
                ("Elaborado por", u.full),
                ("Dirigido a", f"Sr. {world.MAYOR.name}, Alcalde"),
            ),
            boxed=True,
        ),
    ]
    blocks.append(Heading("1. Antecedentes", "left", 0.5))
    blocks.append(
        Para(f"Se visitó el lugar en relación con {ctx.matter.other}. {ctx.matter.detail}")
    )
    blocks.append(Heading("2. Conclusiones", "left", 0.5))
    blocks.append(
        Para(
            "Se recomienda priorizar la intervención considerando la exposición al sol, "
            "el polvo y el viento de la tarde."
        )
    )
    sign, sender = parts.chief_signs(ctx, u.code)
    blocks.append(sign)
    if ctx.chance(0.4):
        blocks += [
            Break(),
            Heading("ANEXO FOTOGRÁFICO", "center", 1.0),
            Photos((f"Vista general, {ctx.matter.sector}", "Detalle del sector")),
        ]
    t = parts.truth(
        ctx,
        "informe",
        "interno",
        subject=subject,
        doc_number=n,
        sender=sender,
        sender_org="muni",
        recipient=f"Sr. {world.MAYOR.name}, Alcalde",
    )
    return parts.doc(ctx, t, blocks)
