"""Administrative acts with VISTOS / CONSIDERANDO: the municipality's decretos and the
resoluciones of public services."""

from __future__ import annotations

from typing import Any

from bench.devgen import common, letters, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import Block, Draft, Heading, Para, Signature, Signer

LAWS = (
    "La Ley N° 18.695, Orgánica Constitucional de Municipalidades, cuyo texto "
    "refundido fue fijado por el DFL N° 1 de 2006",
    "La Ley N° 19.880, que establece bases de los procedimientos administrativos",
    "La Ley N° 18.883, que aprueba el Estatuto Administrativo para Funcionarios Municipales",
    "La Ley N° 19.886, de bases sobre contratos administrativos de suministro "
    "y prestación de servicios",
    "La Resolución N° 7 de 2019, de la Contraloría General de la República, "
    "sobre exención del trámite de toma de razón",
    "El presupuesto municipal vigente",
)
ACCOUNTS = ("215.22.08.999", "215.24.01.004", "215.31.02.004", "215.22.11.002")


def numbered(ctx: Ctx, items: list[str]) -> list[Block]:
    """Items marked 1.- / 1) / 1° / a)."""
    mark = ctx.pick("{i}.-", "{i})", "{i}°", "{a})")
    return [
        Para(f"{mark.format(i=i, a='abcdefghij'[i - 1])} {text}", left=6)
        for i, text in enumerate(items, 1)
    ]


def section(ctx: Ctx, *names: str) -> Heading:
    return Heading(ctx.pick(*names), align=ctx.pick("left", "left", "center"), size=0)


def mayor_and_secretary(ctx: Ctx) -> tuple[Signature, str]:
    """The Secretary (ministro de fe) and the Mayor sign; the sender is the Mayor's line."""
    mayor = world.official(ctx.rng, "alcaldia", stand_in=0.12)
    secretary = world.official(ctx.rng, "secretaria-municipal", stand_in=0.1)
    cargo = mayor.cargo if mayor.cargo != "ALCALDE" else ctx.pick("ALCALDE", "ALCALDE DE MAULLÍN")
    faith = f"{secretary.cargo}\nMINISTRO DE FE" if ctx.chance(0.5) else secretary.cargo
    pair = (Signer(secretary.person.name.upper(), faith), Signer(mayor.person.name.upper(), cargo))
    order = pair if ctx.chance(0.6) else pair[::-1]
    return Signature(order, "center", rule=ctx.chance(0.5)), cargo


def _decree_head(ctx: Ctx, summary: str, num: str) -> list[Block]:
    label = ctx.pick("DECRETO EXENTO", "DECRETO ALCALDICIO", "DECRETO", "D.A.", "DECRETO EX.")
    number_line = Heading(
        common.label_number(ctx, label, num), align=ctx.pick("left", "center", "right"), size=1
    )
    where = ctx.pick("left", "justify", "center")
    summary_block = Para(summary, bold=True, align=where, left=ctx.rng.choice((0, 0, 60)))
    pair: list[Block] = (
        [number_line, summary_block] if ctx.chance(0.5) else [summary_block, number_line]
    )
    when = wording.place_date(ctx.rng, ctx.pick("MAULLÍN", "Maullín"), ctx.day)
    return [common.muni_letterhead(ctx, ctx.matter.unit), *pair, Para(when, align="left")]


def _decree_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    vistos = list(ctx.rng.sample(LAWS, ctx.rng.randint(2, 4)))
    vistos.append(
        ctx.pick(
            f"El memorándum N° {ctx.rng.randint(3, 500)} de {world.the_unit(m.unit)}",
            f"Los antecedentes relativos a {m.other}",
            "La sentencia de proclamación del Tribunal Electoral Regional de Los Lagos",
        )
    )
    considering = [
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        f"Que, es necesario formalizar mediante acto administrativo lo relativo a {m.other}.",
        "Que, existe disponibilidad presupuestaria según certificado de la Dirección "
        "de Administración y Finanzas.",
    ][: ctx.rng.randint(2, 3)]
    orders = [
        f"{ctx.pick('APRUÉBASE', 'AUTORÍZASE', 'DISPÓNGASE')} {m.name}, conforme "
        "a los antecedentes señalados en los vistos.",
        f"{ctx.pick('IMPÚTESE', 'CÁRGUESE')} el gasto a la cuenta {ctx.pick(*ACCOUNTS)} "
        "del presupuesto municipal vigente.",
        f"{world.the_unit(m.unit, upper=True)} será responsable de la ejecución "
        "y control de lo dispuesto.",
    ]
    if ctx.chance(0.35):
        company, prefix = ctx.rng.choice(world.COMPANIES)
        rut = ctx.rut(world.company_rut(ctx.rng, prefix))
        orders.insert(
            1,
            f"Contrátese a {company}, RUT {rut}, por un monto de "
            f"{world.money(ctx.rng)} IVA incluido.",
        )
    listed = numbered(ctx, vistos) if ctx.chance(0.5) else [Para("; ".join(vistos) + ".")]
    return [
        section(ctx, "VISTOS:", "V I S T O S:", "VISTOS"),
        *listed,
        section(ctx, "CONSIDERANDO:", "C O N S I D E R A N D O:", "CONSIDERANDO"),
        *numbered(ctx, considering),
        section(ctx, "DECRETO:", "D E C R E T O:", "DECRETO", "DECRETA:"),
        *numbered(ctx, orders),
    ]


def decreto(ctx: Ctx) -> Draft:
    """A decree of the mayor; its subject is the summary line above VISTOS."""
    name = ctx.matter.name.upper() if ctx.chance(0.6) else ctx.matter.name
    summary = ctx.rng.choice(wording.DECREE_VERBS).format(m=name)
    num = common.number(ctx, 40, 5200)
    head = _decree_head(ctx, summary, num)
    body = _decree_body(ctx)
    ending = ctx.pick(
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.",
        "Anótese, comuníquese, regístrese y archívese.",
    )
    signature, sender = mayor_and_secretary(ctx)
    body += [Para(ending, bold=True), signature]
    if ctx.chance(0.6):
        units = [ctx.matter.unit, "daf", "control"]
        body.append(common.distribution(ctx, wording.distribution(ctx.rng, "Alcaldía", units)))
    fields: dict[str, Any] = {
        "subject": summary,
        "doc_number": num,
        "sender": sender,
        "sender_org": world.MUNI,
    }
    t = common.truth(ctx, "decreto", "interno", **fields)
    return common.draft(ctx, t, head, body, footer=common.muni_footer(ctx))


def _resolution_body(ctx: Ctx, s: world.Service, summary: str) -> list[Block]:
    m = ctx.matter
    laws = "; ".join(ctx.rng.sample(LAWS[:4], 2))
    return [
        section(ctx, "VISTOS:", "VISTO:", "VISTOS"),
        Para(f"{laws}; y las facultades que me confiere el cargo de {s.cargo.lower()}."),
        section(ctx, "CONSIDERANDO:", "CONSIDERANDO"),
        *numbered(
            ctx,
            [
                f"Que, {m.detail[0].lower()}{m.detail[1:]}",
                "Que, la Ilustre Municipalidad de Maullín ha solicitado a este Servicio "
                f"pronunciarse sobre {m.other}.",
                "Que, en mérito de lo expuesto, corresponde dictar el presente acto "
                "administrativo.",
            ],
        ),
        section(ctx, "RESUELVO:", "R E S U E L V O:", "RESUELVE:"),
        *numbered(
            ctx,
            [
                f"{summary.split(' ')[0].capitalize()} lo relativo a {m.name}, en los "
                "términos indicados.",
                "Notifíquese la presente resolución a la Ilustre Municipalidad de Maullín.",
                "Publíquese en el sitio web institucional para efectos de transparencia activa.",
            ],
        ),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True, align=ctx.pick("left", "center")),
    ]


def resolucion(ctx: Ctx) -> Draft:
    """A service's resolution that concerns the municipality (entrada)."""
    s = world.service_for(ctx.rng, ctx.matter.unit)
    who = letters.signer_for(ctx, s.cargo)
    name = ctx.matter.name.upper() if ctx.chance(0.5) else ctx.matter.name
    summary = ctx.rng.choice(wording.RESOLUTION_VERBS).format(m=name)
    num = common.number(ctx, 15, 9800)
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN", "RESOLUCIÓN AFECTA", "REX")
    where = ctx.pick("left", "justify")
    head: list[Block] = [
        common.service_letterhead(ctx, s),
        Para(summary, bold=True, align=where, left=ctx.rng.choice((0, 70))),
        Heading(
            common.label_number(ctx, label, num), align=ctx.pick("left", "right", "center"), size=1
        ),
        Para(wording.place_date(ctx.rng, s.city.upper(), ctx.day), align=ctx.pick("left", "right")),
    ]
    if ctx.chance(0.4):
        head.insert(2, Para(ctx.pick("MAT.: ", "Materia: ") + summary.capitalize(), size=-1))
    body = _resolution_body(ctx, s, summary)
    body.append(common.signature(ctx, who.name, s.cargo, s.org))
    dist = ("I. Municipalidad de Maullín", "Oficina de Partes", "Archivo")
    body.append(common.distribution(ctx, dist))
    fields: dict[str, Any] = {
        "subject": summary,
        "doc_number": num,
        "sender": s.cargo,
        "sender_org": s.org,
    }
    t = common.truth(ctx, "resolucion", "entrada", **fields)
    return common.draft(ctx, t, head, body, footer=common.service_footer(ctx, s))
