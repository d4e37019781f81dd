"""Papers of justice and police to Pichilemu: the Juzgado de Letras y Garantía de Pichilemu,
the Fiscalía Local (sometimes reserved), the Carabineros' Subcomisaría and the PDI's brigade.
A court's head gives the cause (RIT/ROL) under the number; the matter a clerk registers is
the «Materia:» line or, with none, nothing; each request goes to the unit that can answer it."""

from __future__ import annotations

from bench.devgen2.model import Box, Fields, Head, Para, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen import parts, topics, world
from bench.sealgen.parts import Ctx

# (writer's org, post, emblem, what it asks: (unit, subject, body))
COURTS = (
    (
        "Juzgado de Letras y Garantía de Pichilemu",
        "Juez Titular",
        "pjud",
        (
            (
                "dideco",
                "Solicita informe social",
                "se sirva disponer la elaboración de un informe "
                "social de la familia del requerido, domiciliada en el sector de {sector}",
            ),
            (
                "dom",
                "Solicita certificado de edificación",
                "se sirva remitir copia del expediente "
                "de edificación y de la recepción de obras del inmueble ubicado en {calle}",
            ),
            (
                "juridica",
                "Notifica resolución",
                "se notifica a la Ilustre Municipalidad de "
                "Pichilemu la resolución dictada en la causa, cuya copia se acompaña",
            ),
        ),
    ),
    (
        "Fiscalía Local de Pichilemu",
        "Fiscal Adjunto",
        "gob",
        (
            (
                "alcaldia",
                "Solicita registros de cámaras de televigilancia",
                "se sirva remitir los "
                "registros de las cámaras municipales que cubren {calle}, entre las 22:00 y 06:00 "
                "horas",
            ),
            (
                "dom",
                "Requiere antecedentes de obra",
                "se remitan los permisos otorgados a la obra ubicada en {calle}, sector {sector}",
            ),
            (
                "dideco",
                "Solicita antecedentes sociales",
                "se informe si la víctima y su grupo "
                "familiar son beneficiarios de programas sociales del municipio",
            ),
        ),
    ),
    (
        "Carabineros de Chile, Subcomisaría Pichilemu",
        "Teniente, Jefe de Subcomisaría",
        "carab",
        (
            (
                "jpl",
                "Remite parte denuncia",
                "se remite al Juzgado de Policía Local el parte "
                "denuncia cursado en {calle} por infracción a la Ley de Tránsito",
            ),
            (
                "transito",
                "Informa accidente de tránsito",
                "se informa colisión ocurrida en {calle}, "
                "atribuible a la falta de señalización en el cruce",
            ),
            (
                "alcaldia",
                "Coordina servicios de temporada estival",
                "se solicita coordinar los "
                "servicios preventivos en la costanera y en Punta de Lobos durante febrero",
            ),
        ),
    ),
    (
        "Policía de Investigaciones de Chile, BICRIM Pichilemu",
        "Subcomisario",
        "seal",
        (
            (
                "daf",
                "Solicita información de patentes",
                "se solicita informar el titular de la patente comercial del local "
                "ubicado en {calle}",
            ),
            (
                "transito",
                "Solicita información de permisos de circulación",
                "se solicita informar el historial de permisos de circulación del "
                "vehículo patente {ppu}",
            ),
        ),
    ),
)


def _cause(ctx: Ctx) -> str:
    return ctx.pick(
        f"RIT O-{ctx.rng.randint(100, 2900)}-{ctx.day.year}",
        f"RUC {ctx.rng.randint(2300000000, 2599999999)}-{ctx.rng.randint(0, 9)}",
        f"ROL C-{ctx.rng.randint(40, 1800)}-{ctx.day.year}",
        f"Parte N° {ctx.rng.randint(100, 3900)}",
    )


# How each writer words its request and its close: a court, the Fiscalía, the police.
PHRASES = {
    "pjud": (
        ("Por resolución de esta fecha, se ha ordenado oficiar a usted a fin de que",
         "En la causa individualizada, este tribunal ha dispuesto que"),
        ("Se solicita dar respuesta dentro de quinto día hábil.",
         "La información deberá remitirse al correo institucional del tribunal."),
    ),
    "gob": (
        ("En el marco de la investigación señalada, solicito a usted que",
         "Por instrucción de este Fiscal, se requiere que"),
        ("Se hace presente que la información tiene carácter reservado.",
         "La respuesta deberá dirigirse a la Fiscalía Local citando el RUC."),
    ),
    "police": (
        ("Por medio del presente, y en cumplimiento de sus funciones,",
         "Por disposición de la superioridad,"),
        ("Se remite para los fines que correspondan.", "Lo que se informa para su conocimiento."),
    ),
}  # fmt: skip


def _phrasing(ctx: Ctx, emblem: str) -> tuple[str, str]:
    openings, closings = PHRASES.get(emblem, PHRASES["police"])
    return ctx.pick(*openings), ctx.pick(*closings)


def oficio_tribunal(ctx: Ctx) -> Doc:
    org, post, emblem, asks = ctx.rng.choice(COURTS)
    unit, subject, ask = ctx.rng.choice(asks)
    ctx.matter = topics.pick(ctx.rng, unit, ctx.day.year)
    values = {
        "sector": ctx.matter.sector,
        "calle": ctx.pick(*world.STREETS) + " " + str(ctx.rng.randint(10, 900)),
        "ppu": f"RT{ctx.rng.randint(1000, 9999)}",
    }
    ask = ask.format(**values)
    reserved = org.startswith("Fiscalía") and ctx.chance(0.5)
    n = ctx.rng.randint(30, 4200)
    cause = _cause(ctx)
    printed = ctx.pick(f"Oficio N° {n}-{ctx.day.year}", f"OFICIO N° {n}", f"Of. N° {n}")
    head = Head((org.upper() if ctx.chance(0.5) else org,), emblem, ctx.pick("left", "center"))
    blocks: list[Block] = [head]
    if reserved:
        blocks.append(Box(("RESERVADO", "Ley N° 19.640, art. 182 CPP"), "right", True))
    with_subject = ctx.chance(0.75)
    rows = [("", printed), ("Causa", cause)]
    if with_subject:
        rows.append(("Materia", subject))
    blocks.append(Fields(tuple(rows), side=ctx.pick("left", "right"), bold_labels=True))
    blocks += [Para(world.dated(ctx.rng, ctx.day), align="right"), Space(3)]
    to_lines, recipient = parts.to_mayor(ctx)
    blocks.append(Para(to_lines, align="left"))
    opening, closing = _phrasing(ctx, emblem)
    blocks += [Para(f"{opening} {ask}."), Para(closing)]
    sig, sender = parts.signed(ctx, world.person(ctx.rng), post, org)
    blocks += [Space(6), sig]
    if ctx.chance(0.4):
        blocks.append(Seal(tuple(org.upper().split(",")[0].split(" DE ")[:2]), "right"))
    doc_type = "oficio_reservado" if reserved else "oficio"
    t = parts.truth(
        ctx,
        doc_type,
        "entrada",
        subject=subject if with_subject else None,
        doc_number=str(n),
        sender=sender,
        sender_org=org,
        recipient=recipient,
        antecedents=cause,
        reserved=reserved,
    )
    return parts.doc(ctx, t, blocks, margin=parts.pencil(ctx, 0.2))
