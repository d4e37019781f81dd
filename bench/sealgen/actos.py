"""Acts: decretos alcaldicios (exentos or not; the summary line above VISTOS, set centred,
boxed at the right or after «MAT.:»), resoluciones (a unit's, or a service's resolución
exenta), the Concejo's minutes (date in words, a table of agreements), convenios and an
ordenanza. Registered to the unit the matter belongs to."""

from __future__ import annotations

from bench.devgen2.model import Box, Fields, Heading, Para, Space, Table
from bench.devgen4.model import Block, Break, Doc
from bench.sealgen import parts, topics, world
from bench.sealgen.parts import Ctx

VERBS = (
    "APRUÉBASE el convenio relativo a",
    "AUTORÍZASE el gasto que demande",
    "DISPÓNENSE medidas respecto de",
    "APRUÉBASE el plan de trabajo sobre",
    "ORDÉNASE instruir investigación sumaria por",
    "DÉJASE SIN EFECTO lo resuelto sobre",
)


def _decree_head(ctx: Ctx, title: str, summary: str) -> list[Block]:
    """Title, date and summary: centred, boxed at the left, or in a right column."""
    when = world.dated(ctx.rng, ctx.day, "PICHILEMU")
    style = ctx.rng.randrange(3)
    if style == 0:
        return [
            Heading(title, "center"),
            Para(when, align="center"),
            Para(summary, bold=True, align="center"),
        ]
    if style == 1:
        return [
            Para(f"{title}/", bold=True, align="left"),
            Para(when, align="left"),
            Box((summary,), "left", True),
        ]
    return [Fields((("", title), ("MAT.", summary), ("", when)), side="right")]


def _decree_body(ctx: Ctx, summary: str) -> list[Block]:
    m = ctx.matter
    memo = f"el memorándum N° {ctx.rng.randint(5, 400)} {world.of_unit(m.unit)}"
    return [
        Para("VISTOS:", bold=True),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades; la "
            f"Ley N° 19.880; el Decreto Alcaldicio que designa subrogancias; y {memo}."
        ),
        Para("CONSIDERANDO:", bold=True),
        Para(f"1.- Que {m.detail[:1].lower()}{m.detail[1:]}", left=5),
        Para(f"2.- Que resulta necesario resolver lo relativo a {m.other}.", left=5),
        Para("DECRETO:", bold=True),
        Para(f"1.- {summary}.", left=5),
        Para(
            "2.- Impútese el gasto, si lo hubiere, a la cuenta presupuestaria respectiva.", left=5
        ),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True, align="center"),
    ]


def decreto(ctx: Ctx) -> Doc:
    exento = ctx.chance(0.7)
    n = ctx.rng.randint(40, 3900)
    summary = f"{ctx.pick(*VERBS)} {ctx.matter.name}"
    title = f"DECRETO {'EXENTO ' if exento else ''}{ctx.pick('N°', 'Nº', 'ALCALDICIO N°')} {n}"
    blocks: list[Block] = [parts.muni_head(ctx, ""), *_decree_head(ctx, title, summary)]
    blocks += _decree_body(ctx, summary)
    sig, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"]
    faith = f"{sec.chief.name.upper()}\nSECRETARIA MUNICIPAL\nMINISTRO DE FE"
    blocks += [Space(10), sig, Para(faith, align="left", size=-1)]
    blocks.append(parts.copies(ctx, [world.UNITS[ctx.matter.unit].short, "Control", "Archivo"]))
    fields = {"subject": summary, "doc_number": str(n), "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "decreto", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


def _service_resolution(ctx: Ctx) -> Doc:
    o = ctx.rng.choice(
        [
            x
            for x in world.OFFICES
            if x.short in ("SEREMI SALUD", "CP PICHILEMU", "SERVIU", "CONAF", "SAG")
        ]
    )
    n = ctx.rng.randint(100, 9900)
    subject = (
        ctx.pick(
            "Instruye sumario sanitario y cita a",
            "Fija condiciones para",
            "Aprueba plan de manejo por",
        )
        + f" {ctx.matter.name}"
    )
    blocks: list[Block] = [parts.office_head(ctx, o)]
    blocks.append(
        Fields(
            (("RESOLUCIÓN EXENTA N°", str(n)), ("", world.dated(ctx.rng, ctx.day, o.city))),
            side="left",
        )
    )
    blocks.append(Para(subject.upper(), bold=True, align="right"))
    blocks += [
        Para("VISTOS: las facultades que me confiere la normativa vigente."),
        Para(f"CONSIDERANDO: que {ctx.matter.detail[:1].lower()}{ctx.matter.detail[1:]}"),
        Para("RESUELVO:", bold=True),
        Para(f"1. {subject}.", left=5),
        Para("2. Notifíquese a la Ilustre Municipalidad de Pichilemu.", left=5),
    ]
    sig, sender = parts.signed(ctx, world.person(ctx.rng), o.post, o.org)
    blocks += [Space(8), sig]
    t = parts.truth(
        ctx,
        "resolucion",
        "entrada",
        subject=subject.upper(),
        doc_number=str(n),
        sender=sender,
        sender_org=o.org,
    )
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o))


def resolucion(ctx: Ctx) -> Doc:
    """A service's resolution, or one of the municipality's units (DOM, Tránsito, DAF)."""
    if ctx.chance(0.45):
        return _service_resolution(ctx)
    code = ctx.pick("dom", "transito", "daf", "dom")
    ctx.matter = topics.pick(ctx.rng, code, ctx.day.year)
    unit = world.UNITS[code]
    n = ctx.rng.randint(10, 1500)
    subject = f"{ctx.pick('Aprueba', 'Otorga', 'Rechaza', 'Autoriza')} {ctx.matter.name}"
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(f"RESOLUCIÓN {unit.short} N° {n}", "left"),
        Para(world.dated(ctx.rng, ctx.day), align="left"),
        Fields((("REF.", subject),), boxed=True, side="right"),
    ]
    blocks += [
        Para(f"VISTOS: la solicitud del interesado; {ctx.matter.detail}"),
        Para("RESUELVO:", bold=True),
        Para(f"{subject}, conforme a los antecedentes."),
    ]
    sig, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks += [Space(8), sig]
    t = parts.truth(
        ctx,
        "resolucion",
        "interno",
        subject=subject,
        doc_number=str(n),
        sender=sender,
        sender_org="muni",
    )
    return parts.doc(ctx, t, blocks)


def acta_concejo(ctx: Ctx) -> Doc:
    ctx.matter = topics.pick(ctx.rng, "secretaria-municipal", ctx.day.year)
    n = ctx.rng.randint(1, 140)
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA", "ORDINARIA")
    title = f"ACTA SESIÓN {kind} N° {n} CONCEJO MUNICIPAL DE PICHILEMU"
    blocks: list[Block] = [parts.muni_head(ctx, "secretaria-municipal"), Heading(title, "center")]
    blocks.append(
        Para(
            f"En Pichilemu, {world.in_words(ctx.day)}, siendo las "
            f"{ctx.rng.randint(9, 16)}:{ctx.pick('00', '15', '30')} horas, en el Salón "
            "del Concejo, se da inicio a la sesión presidida por el Alcalde, con la "
            "asistencia de los concejales que se indican."
        )
    )
    councillors = [world.person(ctx.rng).name for _ in range(6)]
    blocks.append(
        Table(
            (
                ("Concejal", "Asistencia"),
                *((c, ctx.pick("Presente", "Presente", "Ausente")) for c in councillors),
            )
        )
    )
    topics_list = [topics.pick(ctx.rng).name for _ in range(4)]
    blocks.append(Para("TABLA", bold=True))
    blocks += [Para(f"{i}. {topics.cap(x)}.", left=5) for i, x in enumerate(topics_list, 1)]
    for i, x in enumerate(topics_list, 1):
        blocks.append(
            Para(f"Punto {i}. Se expone sobre {x}. Luego del debate, se somete a votación.")
        )
    rows = [("Acuerdo", "Materia", "Votación")]
    rows += [
        (f"{n}-{i}", topics.cap(x), ctx.pick("Unanimidad", "Mayoría"))
        for i, x in enumerate(topics_list[:3], 1)
    ]
    blocks += [Break(), Para("ACUERDOS ADOPTADOS", bold=True), Table(tuple(rows))]
    sec = world.UNITS["secretaria-municipal"]
    sig, sender = parts.signed(ctx, sec.chief, "Secretaria Municipal y Ministro de Fe")
    blocks += [Space(8), sig]
    t = parts.truth(
        ctx,
        "acta_concejo",
        "interno",
        subject=title,
        doc_number=str(n),
        sender=sender,
        sender_org="muni",
    )
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}", running=title[:60])


def convenio(ctx: Ctx) -> Doc:
    o = world.office(ctx.rng, ctx.matter.unit)
    parts.fit(ctx, world.OFFICE_UNITS[o.short])
    title = (
        f"CONVENIO DE {ctx.pick('COLABORACIÓN', 'TRANSFERENCIA DE RECURSOS', 'COOPERACIÓN')}"
        f" ENTRE {o.org.upper()} Y LA ILUSTRE MUNICIPALIDAD DE PICHILEMU"
    )
    blocks: list[Block] = [Heading(title, "center", size=1.0)]
    blocks.append(
        Para(
            f"En {o.city}, {world.in_words(ctx.day)}, entre {o.org}, representado "
            f"por su {o.post}, y la Ilustre Municipalidad de Pichilemu, representada "
            f"por su Alcalde don {world.MAYOR.name}, se acuerda lo siguiente:"
        )
    )
    clauses = (
        f"El objeto del presente convenio es {ctx.matter.name}.",
        f"{ctx.matter.detail}",
        "La Municipalidad designará una contraparte técnica y rendirá cuenta de los "
        "recursos conforme a la Resolución N° 30 de la Contraloría.",
        "El convenio regirá desde la total tramitación del acto que lo apruebe.",
    )
    names = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO")
    blocks += [Para(f"{k}: {c}") for k, c in zip(names, clauses, strict=True)]
    sig_a, sender = parts.signed(ctx, world.person(ctx.rng), o.post, o.org)
    sig_b, _ = parts.signed(ctx, world.MAYOR, "Alcalde", world.MUNI)
    blocks += [Space(10), sig_a, Space(6), sig_b]
    t = parts.truth(ctx, "convenio", "entrada", subject=title, sender=sender, sender_org=o.org)
    return parts.doc(ctx, t, blocks, page_label="{p}")


ORDINANCES = (
    ("dom", "ORDENANZA LOCAL DE PROTECCIÓN DE HUMEDALES URBANOS DE PICHILEMU"),
    ("daf", "ORDENANZA DE DERECHOS MUNICIPALES POR COMERCIO EN PLAYAS"),
    ("transito", "ORDENANZA DE TRÁNSITO Y ESTACIONAMIENTOS EN TEMPORADA ESTIVAL"),
    ("administracion", "ORDENANZA DE USO DE PLAYAS Y BORDE COSTERO"),
)


def ordenanza(ctx: Ctx) -> Doc:
    code, title = ctx.rng.choice(ORDINANCES)
    ctx.matter = topics.pick(ctx.rng, code, ctx.day.year)
    blocks: list[Block] = [
        parts.muni_head(ctx, ""),
        Heading(title, "center", size=1.0),
        Para(
            f"Aprobada por acuerdo del Concejo N° {ctx.rng.randint(10, 300)}",
            align="center",
            size=-1,
        ),
    ]
    articles = (
        "La presente ordenanza regula el uso de los bienes nacionales de uso público "
        "de la comuna en lo que señala su título.",
        f"Se prohíbe en el sector {ctx.matter.sector} toda actividad que contravenga "
        "estas disposiciones.",
        "La fiscalización corresponderá a los inspectores municipales y a Carabineros.",
        "Las infracciones serán sancionadas por el Juzgado de Policía Local con multas "
        "de 1 a 5 UTM.",
    )
    for i, a in enumerate(articles, 1):
        blocks += [Para(f"Artículo {i}°.- {a}")]
    sig, sender = parts.signed(ctx, world.MAYOR, "Alcalde")
    blocks += [Space(8), sig]
    t = parts.truth(ctx, "ordenanza", "interno", subject=title, sender=sender, sender_org="muni")
    return parts.doc(ctx, t, blocks)
