"""Informes (social, legal, audit, technical) and the minutes of the Concejo Municipal."""

from __future__ import annotations

from typing import Any

from bench.devgen import common, letters, topics, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import (
    Block,
    Draft,
    Heading,
    Letterhead,
    Para,
    Signature,
    Signer,
    Table,
)

COUNCILLORS = (
    "Rosa Paredes Oyarzún",
    "Juan Carlos Mancilla Soto",
    "Ximena Cárcamo Triviño",
    "Hugo Levicoy Andrade",
    "Gloria Naiman Barrientos",
    "Esteban Werner Gallardo",
)


def _informe_title(ctx: Ctx, sort: str, num: str | None) -> str:
    no = f" {world.number_sign(ctx.rng)} {num}" if num else ""
    m = ctx.matter
    if sort == "social":
        return ctx.pick(
            f"INFORME SOCIAL{no}", f"INFORME SOCIAL{no}: {m.name.upper()}", f"Informe Social{no}"
        )
    if sort == "juridico":
        return ctx.pick(
            f"INFORME JURÍDICO{no}: {m.name.upper()}",
            f"INFORME EN DERECHO SOBRE {m.name.upper()}",
            f"Informe Jurídico{no} sobre {m.name}",
        )
    if sort == "auditoria":
        return ctx.pick(
            f"INFORME DE AUDITORÍA{no}: {m.name.upper()}",
            f"INFORME FINAL{no} SOBRE {m.name.upper()}",
        )
    kind = ctx.pick(
        "INFORME TÉCNICO",
        "INFORME DE FISCALIZACIÓN",
        "INFORME DE GESTIÓN",
        "INFORME TÉCNICO",
        "INFORME DE AVANCE",
        "INFORME",
    )
    return ctx.pick(
        f"{kind}{no}: {m.name.upper()}",
        f"{kind}{no} SOBRE {m.name.upper()}",
        f"{world.titled(kind)}{no} - {m.other}",
    )


AUTHORS = {"social": "dideco", "juridico": "juridica", "auditoria": "control"}


def _informe_author(
    ctx: Ctx, sort: str, unit: str, external: bool
) -> tuple[Letterhead, str, str, world.Person]:
    """(letterhead, the sender's charge, organisation, who signs)."""
    if external:
        s = world.service_for(ctx.rng, unit) if sort == "tecnico" else world.contraloria()
        return common.service_letterhead(ctx, s), s.cargo, s.org, letters.signer_for(ctx, s.cargo)
    author_unit = AUTHORS.get(sort, unit)
    boss = world.official(ctx.rng, author_unit)
    letterhead = common.muni_letterhead(ctx, author_unit)
    if sort == "social":
        cargo = ctx.pick("TRABAJADORA SOCIAL", "ASISTENTE SOCIAL")
        return letterhead, cargo, world.MUNI, letters.signer_for(ctx, "TRABAJADORA")
    return letterhead, boss.cargo, world.MUNI, boss.person


def informe(ctx: Ctx) -> Draft:
    """Social and legal reports go to DIDECO and Asesoría Jurídica, audits to Control, the
    rest to the unit of their matter; subject: the title."""
    sort = ctx.pick("social", "juridico", "auditoria", "tecnico", "tecnico", "tecnico")
    fixed = AUTHORS.get(sort)
    if fixed and (sort != "juridico" or ctx.chance(0.6)):
        ctx.matter = topics.pick(ctx.rng, fixed)
    unit = fixed or ctx.matter.unit
    num = common.number(ctx, 1, 240) if ctx.chance(0.6) else None
    title = _informe_title(ctx, sort, num)
    num = num if num and num in title else None  # some titles leave the number out
    external = sort in ("auditoria", "tecnico") and ctx.chance(0.3)
    letterhead, sender, org, signer = _informe_author(ctx, sort, unit, external)
    head: list[Block] = [letterhead, Heading(title, size=2)]
    recipient: str | None = None
    if not external and ctx.chance(0.5):
        recipient = ctx.pick("ALCALDE", "ADMINISTRADOR MUNICIPAL", "CONCEJO MUNICIPAL")
        rows = [("DE", sender), ("A", recipient), ("FECHA", world.date_text(ctx.rng, ctx.day))]
        head.append(common.fields(ctx, rows))
    else:
        when = wording.place_date(ctx.rng, "Maullín", ctx.day)
        head.append(Para(when, align=ctx.pick("left", "right")))
    body = _social_body(ctx) if sort == "social" else _report_body(ctx)
    body.append(common.signature(ctx, signer.name, sender, org))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sender}
    fields |= {"sender_org": org, "recipient": recipient, "unit": unit}
    t = common.truth(ctx, "informe", "entrada" if external else "interno", **fields)
    return common.draft(ctx, t, head, body, two_columns=ctx.chance(0.2))


def _report_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    sections = ctx.rng.sample(
        [
            "ANTECEDENTES",
            "DIAGNÓSTICO",
            "ANÁLISIS",
            "OBSERVACIONES",
            "CONCLUSIONES",
            "RECOMENDACIONES",
        ],
        3,
    )
    texts = [
        f"{m.detail} El presente informe analiza {m.other}.",
        f"En visita realizada el {world.long_date(world.earlier(ctx.rng, ctx.day, 2, 20))} "
        "se constató la situación "
        f"descrita en el sector {m.place}, de lo cual se dejó registro fotográfico.",
        f"Se recomienda {ctx.pick('priorizar', 'financiar', 'regularizar', 'licitar')} "
        "las acciones necesarias, con un costo "
        f"estimado de {world.money(ctx.rng)}, e informar al Concejo Municipal.",
    ]
    body: list[Block] = []
    for i, (name, text) in enumerate(zip(sections, texts, strict=True), 1):
        body.append(Heading(f"{i}. {name}", align="left", size=0))
        body.append(Para(text))
    if ctx.chance(0.5):
        rows = [("Ítem", "Descripción", "Monto")] + [
            (
                str(i),
                ctx.pick(
                    "Materiales", "Mano de obra", "Gastos generales", "Equipamiento", "Honorarios"
                ),
                world.money(ctx.rng, 100_000, 9_000_000),
            )
            for i in range(1, ctx.rng.randint(3, 6))
        ]
        body.append(Table(tuple(rows), widths=(1, 5, 2)))
    return body


def _social_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    head_of = world.person(ctx.rng)
    rows: list[tuple[str, ...]] = [("Nombre", "RUT", "Parentesco", "Edad")]
    rows.append(
        (
            head_of.name,
            ctx.rut(world.person_rut(ctx.rng)),
            "Jefe(a) de hogar",
            str(ctx.rng.randint(28, 80)),
        )
    )
    for relation in ctx.rng.sample(
        ["Hijo(a)", "Cónyuge", "Nieto(a)", "Madre", "Hermano(a)"], ctx.rng.randint(1, 3)
    ):
        member = world.person(ctx.rng)
        rows.append(
            (member.name, ctx.rut(world.person_rut(ctx.rng)), relation, str(ctx.rng.randint(1, 70)))
        )
    return [
        Heading("I. IDENTIFICACIÓN", align="left", size=0),
        Para(
            f"Domicilio: {ctx.pick(*world.STREETS).capitalize()} {ctx.rng.randint(5, 900)}, "
            f"sector {m.place}.",
            align="left",
        ),
        Heading("II. GRUPO FAMILIAR", align="left", size=0),
        Table(tuple(rows), widths=(4, 2.5, 2, 1)),
        Heading("III. SITUACIÓN SOCIOECONÓMICA", align="left", size=0),
        Para(
            f"El grupo familiar pertenece al tramo del {ctx.rng.choice((40, 50, 60))}% "
            f"del Registro Social de Hogares. {m.detail}"
        ),
        Heading("IV. SUGERENCIA PROFESIONAL", align="left", size=0),
        Para(
            "Se sugiere "
            f"{ctx.pick('otorgar el beneficio solicitado', 'priorizar la atención')} "
            f"en relación con {m.other}."
        ),
    ]


def _acta_points(ctx: Ctx, present: list[str]) -> list[Block]:
    """The agenda and what was said and agreed on each matter."""
    points = [topics.pick(ctx.rng) for _ in range(ctx.rng.randint(2, 4))]
    agenda = ["Aprobación del acta anterior", "Correspondencia recibida"]
    agenda += [topics.cap(p.name) for p in points]
    out: list[Block] = [Heading("TABLA", align="left", size=0)]
    out += [Para(f"{i}. {text}", left=6) for i, text in enumerate(agenda, 1)]
    agreement = ctx.rng.randint(100, 900)
    for i, p in enumerate(points, 3):
        chief = world.OFFICIALS[p.unit]
        vote = ctx.pick("unanimidad", "mayoría")
        out += [
            Heading(f"{i}. {topics.cap(p.name)}", align="left", size=0),
            Para(
                f"Expone {chief.person.name}, {world.titled(chief.cargo)}, sobre {p.other}. "
                f"{p.detail} Concejal(a) {ctx.rng.choice(present)} consulta por los plazos y "
                "el financiamiento."
            ),
            Para(
                f"ACUERDO N° {agreement + i}: Se aprueba por {vote} de los concejales presentes.",
                bold=True,
            ),
        ]
    return out


def acta(ctx: Ctx) -> Draft:
    """Minutes of a council session: for the Secretaría Municipal; subject: the title."""
    ctx.matter = topics.pick(ctx.rng, "secretaria-municipal")
    num = common.number(ctx, 1, 180)
    sort = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {sort} N° {num}",
        f"ACTA DE LA SESIÓN {sort} N° {num} DEL CONCEJO MUNICIPAL DE MAULLÍN",
        f"CONCEJO MUNICIPAL DE MAULLÍN - ACTA N° {num}",
        f"Acta Sesión {world.titled(sort)} N° {num}",
    )
    hour = f"{ctx.rng.randint(9, 16)}:{ctx.pick('00', '15', '30', '45')}"
    head: list[Block] = [
        common.muni_letterhead(ctx, "secretaria-municipal"),
        Heading(title, size=2),
    ]
    if ctx.chance(0.4):
        head.append(Para(f"Fecha: {world.date_text(ctx.rng, ctx.day)}   Hora: {hour}"))
    mayor = world.OFFICIALS["alcaldia"]
    secretary = world.official(ctx.rng, "secretaria-municipal", stand_in=0.1)
    present = ctx.rng.sample(COUNCILLORS, ctx.rng.randint(4, 6))
    attendance = [("Asistentes", "Calidad"), *((c, "Concejal(a)") for c in present)]
    attendance.append((secretary.person.name, "Secretaria Municipal, ministro de fe"))
    end = f"{ctx.rng.randint(12, 19)}:{ctx.pick('05', '20', '40')}"
    body: list[Block] = [
        Para(
            f"En Maullín, a {world.date_text(ctx.rng, ctx.day, words=0.3)}, siendo las {hour} "
            f"horas, en la Sala de Sesiones del edificio consistorial, se da inicio a la sesión "
            f"{sort.lower()} del Concejo Municipal, presidida por el Alcalde don "
            f"{mayor.person.name}."
        ),
        Table(tuple(attendance)),
        *_acta_points(ctx, present),
        Para(f"Siendo las {end} horas, se levanta la sesión."),
        Signature(
            (
                Signer(mayor.person.name.upper(), "ALCALDE\nPRESIDENTE DEL CONCEJO"),
                Signer(secretary.person.name.upper(), f"{secretary.cargo}\nMINISTRO DE FE"),
            ),
            "center",
        ),
    ]
    fields: dict[str, Any] = {
        "subject": title,
        "doc_number": num,
        "sender": secretary.cargo,
        "sender_org": world.MUNI,
    }
    t = common.truth(ctx, "acta_concejo", "interno", unit="secretaria-municipal", **fields)
    footer = common.muni_footer(ctx)
    return common.draft(ctx, t, head, body, two_columns=ctx.chance(0.25), footer=footer)
