"""Papers the municipality writes for itself: memorándums between units, circulars to all
units, technical, social and legal reports (with a table and photographs), and certificates.
Each is registered to the unit that writes it, the unit the matter belongs to."""

from __future__ import annotations

from bench.devgen2.model import Fields, Heading, Para, Space, Table
from bench.devgen4.model import Block, Break, Doc, Photos
from bench.sealgen import parts, topics, world
from bench.sealgen.parts import Ctx


def memorandum(ctx: Ctx) -> Doc:
    unit = world.UNITS[ctx.matter.unit]
    to = world.UNITS[ctx.pick(*[c for c in world.UNITS if c != unit.code])]
    n = ctx.rng.randint(3, 640)
    subject = (
        ctx.pick(
            "Solicita gestionar",
            "Informa sobre",
            "Remite antecedentes de",
            "Pide pronunciamiento sobre",
        )
        + f" {ctx.matter.name}"
    )
    when = world.short_date(ctx.rng, ctx.day)
    sender_line = f"{unit.post}" if ctx.chance(0.6) else unit.full
    blocks: list[Block] = [parts.muni_head(ctx, unit.code)]
    if ctx.chance(0.5):
        blocks.append(Heading(f"MEMORÁNDUM N° {n}/{ctx.day.year}", "center"))
        blocks.append(
            Fields(
                (
                    ("PARA", to.post.upper()),
                    ("DE", sender_line.upper()),
                    ("REF.", subject),
                    ("FECHA", when),
                )
            )
        )
    else:
        blocks.append(
            Table(
                (("MEMO", "FECHA", "DE", "PARA"), (f"N° {n}", when, unit.short, to.short)),
                widths=(1, 1.3, 1, 1),
            )
        )
        blocks.append(Para(f"Materia: {subject}", bold=True))
    m = ctx.matter
    blocks.append(
        Para(
            f"Por medio del presente informo a usted que {m.detail[:1].lower()}"
            f"{m.detail[1:]} En consecuencia, solicito su colaboración respecto de "
            f"{m.other}."
        )
    )
    blocks.append(Para("Sin otro particular, le saluda atentamente,", align="left"))
    sig, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks += [Space(8), sig, Para(parts.typist(ctx, unit.chief), size=-2)]
    t = parts.truth(
        ctx,
        "memorandum",
        "interno",
        subject=subject,
        doc_number=str(n),
        sender=sender,
        sender_org="muni",
        recipient=to.post,
    )
    return parts.doc(ctx, t, blocks)


CIRCULAR_UNITS = ("administracion", "alcaldia", "daf", "control", "secretaria-municipal")
CIRCULAR_SUBJECTS = {
    "administracion": "Instruye sobre feriados y turnos del personal en temporada estival",
    "alcaldia": "Imparte instrucciones para la emergencia por incendios forestales",
    "daf": "Fija plazo para la rendición de fondos a rendir antes del cierre del ejercicio",
    "control": "Recuerda requisitos de los decretos de pago",
    "secretaria-municipal": "Informa calendario de sesiones del Concejo Municipal",
}


def circular(ctx: Ctx) -> Doc:
    code = ctx.pick(*CIRCULAR_UNITS)
    ctx.matter = topics.pick(ctx.rng, code, ctx.day.year)
    unit = world.UNITS[code]
    n = ctx.rng.randint(1, 60)
    subject = CIRCULAR_SUBJECTS[code]
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(f"CIRCULAR N° {n}", "center"),
        Para(world.dated(ctx.rng, ctx.day), align="center"),
        Fields((("A", "TODAS LAS DIRECCIONES Y JEFATURAS"), ("MAT.", subject)), side="right"),
    ]
    points = [
        f"{subject}, conforme a lo siguiente:",
        f"Las jefaturas deberán informar a esta {unit.full} en un plazo de cinco días.",
        "El incumplimiento será informado a la Dirección de Control.",
        "La presente circular deberá ser difundida a todo el personal.",
    ]
    blocks += [Para(f"{i}. {p}", left=6) for i, p in enumerate(points, 1)]
    sig, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks += [Space(8), sig, parts.copies(ctx, ["Todas las unidades", "Archivo"])]
    t = parts.truth(
        ctx,
        "circular",
        "interno",
        subject=subject,
        doc_number=str(n),
        sender=sender,
        sender_org="muni",
        recipient="Todas las direcciones y jefaturas",
    )
    return parts.doc(ctx, t, blocks)


KIND_OF_REPORT = {
    "dideco": "INFORME SOCIAL",
    "juridica": "INFORME EN DERECHO",
    "control": "INFORME DE CONTROL",
}


REPORTERS = {
    "INFORME SOCIAL": ("Asistente Social", "Trabajadora Social"),
    "INFORME EN DERECHO": ("Abogada", "Abogado Asesor"),
    "INFORME DE CONTROL": ("Auditor", "Profesional de Control"),
    "INFORME TÉCNICO": ("Arquitecto", "Ingeniero Constructor", "Profesional", "Técnico en Obras"),
}
TASKS = ("Revisión en terreno", "Solicitud de presupuesto", "Coordinación con servicio",
         "Notificación al interesado")  # fmt: skip


def _report_body(ctx: Ctx) -> list[Block]:
    """Antecedents, a visit, a conclusion and a table of what follows."""
    m = ctx.matter
    visit = (
        f"Se visitó el sector {m.sector} y se constató la situación descrita, registrándose "
        "fotografías que se adjuntan."
    )
    sections = (
        ("1. ANTECEDENTES", f"{m.detail} Se revisó además {m.other}."),
        ("2. VISITA A TERRENO", visit),
        (
            "3. CONCLUSIÓN",
            "Se recomienda adoptar las medidas indicadas y hacer seguimiento mensual.",
        ),
    )
    blocks: list[Block] = []
    for heading, text in sections:
        blocks += [Para(heading, bold=True), Para(text)]
    rows = [("Ítem", "Observación", "Prioridad")]
    for i in range(1, ctx.rng.randint(3, 6)):
        rows.append((str(i), ctx.pick(*TASKS), ctx.pick("Alta", "Media", "Baja")))
    return [*blocks, Table(tuple(rows))]


def informe(ctx: Ctx) -> Doc:
    unit = world.UNITS[ctx.matter.unit]
    kind = KIND_OF_REPORT.get(unit.code, "INFORME TÉCNICO")
    n = ctx.rng.randint(2, 300)
    subject = f"{ctx.matter.name[:1].upper()}{ctx.matter.name[1:]}"
    rows = (
        ("Materia", subject),
        ("Elaborado por", unit.full),
        ("Fecha", world.short_date(ctx.rng, ctx.day)),
    )
    blocks: list[Block] = [parts.muni_head(ctx, unit.code), Heading(f"{kind} N° {n}", "center")]
    blocks += [Fields(rows), *_report_body(ctx)]
    sig, sender = parts.signed(ctx, world.person(ctx.rng), ctx.pick(*REPORTERS[kind]))
    blocks += [Space(6), sig]
    if unit.code in ("dom", "secplan", "dideco") and ctx.chance(0.6):
        captions = (f"Vista del sector {ctx.matter.sector}", "Detalle de la situación")
        blocks += [Break(), Para("ANEXO FOTOGRÁFICO", bold=True, align="center"), Photos(captions)]
    fields = {"subject": subject, "doc_number": str(n), "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "informe", "interno", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


CERTS = (
    ("dom", "CERTIFICADO DE NÚMERO", "asignó el número {num} de {calle} al predio rol {rol}"),
    (
        "dom",
        "CERTIFICADO DE INFORMACIONES PREVIAS",
        "el predio rol {rol} se emplaza en zona ZU-3 del Plan Regulador Comunal de Pichilemu",
    ),
    (
        "secretaria-municipal",
        "CERTIFICADO",
        "en sesión ordinaria N° {num} el Concejo "
        "Municipal aprobó por unanimidad la subvención a la organización solicitante",
    ),
    (
        "daf",
        "CERTIFICADO DE PATENTE",
        "el contribuyente mantiene patente comercial vigente en {calle}",
    ),
    (
        "transito",
        "CERTIFICADO",
        "el vehículo placa patente {ppu} no registra permisos de circulación pendientes",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    code, title, what = ctx.rng.choice(CERTS)
    ctx.matter = topics.pick(ctx.rng, code, ctx.day.year)
    unit = world.UNITS[code]
    n = ctx.rng.randint(10, 2400)
    what = what.format(
        num=ctx.rng.randint(10, 900),
        calle=ctx.pick(*world.STREETS),
        rol=f"{ctx.rng.randint(20, 600)}-{ctx.rng.randint(1, 40)}",
        ppu=f"KR{ctx.rng.randint(1000, 9999)}",
    )
    post = unit.post
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(title, "center"),
        Para(f"N° {n}", align="center"),
        Space(4),
    ]
    blocks.append(
        Para(
            f"{unit.chief.name.upper()}, {post} de la Ilustre Municipalidad de "
            f"Pichilemu, certifica que {what}."
        )
    )
    blocks.append(
        Para(
            "Se extiende el presente certificado a petición del interesado para los "
            "fines que estime convenientes."
        )
    )
    blocks.append(Para(world.dated(ctx.rng, ctx.day), align="right"))
    sig, sender = parts.signed(ctx, unit.chief, post)
    blocks += [Space(8), sig]
    t = parts.truth(
        ctx,
        "certificado",
        "salida",
        subject=title,
        doc_number=str(n),
        sender=sender,
        sender_org="muni",
    )
    return parts.doc(ctx, t, blocks)
