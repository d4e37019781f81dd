"""Acts: Porvenir's decretos alcaldicios and the resoluciones exentas Magallanes' offices
send it. A decree is numbered «DECRETO ALCALDICIO SECCIÓN 1ª N° 245», «DECRETO EXENTO N°»
or «D.A. (E) N°», and states its summary in one of four ways: in capitals in a narrow left
column beside the old formula «PORVENIR, 3 de marzo de 2025.- HOY SE HA DECRETADO LO QUE
SIGUE:», in the right cell of a bordered two-cell table whose left cell holds the number
and date, after a «RESUMEN:» label, or as an underlined sentence between the date and
VISTOS. A service's resolution prints its summary in a right column after «MAT.:», after
«REF.:» under the number, framed in a box headed «MATERIA», or only as the first point of
its RESUELVO («1° APRUÉBASE …»).

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as
printed (label or point number dropped, lines joined, case kept); doc_number devgen9's rule;
sender the post as signed, sender_org the municipality as its letterhead names it or the
office; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Column, Heading, Pair, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.devgen9.oficios import foot
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

DECREES = (
    "Aprueba convenio de colaboración para {m}",
    "Dispone medidas administrativas respecto de {m}",
    "Aprueba bases de licitación pública (ID {n}-LE25) para {m}",
    "Designa comisión evaluadora para {m}",
    "Ordena instruir sumario administrativo por {m}",
    "Autoriza trato directo por emergencia para {m}",
)
RESOLVES = (
    "Establece cierre temporal de extracción de recursos bentónicos por {m}",
    "Ordena sumario sanitario por {m}",
    "Aprueba plan de manejo y fija condiciones respecto de {m}",
    "Requiere información a la Municipalidad de Porvenir sobre {m}",
    "Otorga autorización de funcionamiento condicionada por {m}",
)
ORDERS = {"Establece": "ESTABLÉCESE", "Ordena": "ORDÉNASE", "Aprueba": "APRUÉBASE",
          "Requiere": "REQUIÉRESE", "Otorga": "OTÓRGASE"}  # fmt: skip
LABELS = ("DECRETO ALCALDICIO SECCIÓN 1ª", "DECRETO ALCALDICIO SECCIÓN 2ª", "DECRETO EXENTO",
          "D.A. (E)", "DECRETO ALCALDICIO")  # fmt: skip


def _decree_top(ctx: Ctx, number: str, summary: str) -> tuple[list[Block], str]:
    """The number, date and summary in one of four arrangements (and the summary shown)."""
    style = ctx.pick("hoy", "pair", "resumen", "underline")
    place = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    if style == "hoy":
        shown = summary.upper()
        return [
            Para(number, bold=True, align="right"),
            Column(tuple(wording.spread(ctx.rng, shown, 4).split("\n")), "left", 0.38),
            Para(f"{place}.-", align="left"),
            Para("HOY SE HA DECRETADO LO QUE SIGUE:", bold=True, align="left"),
        ], shown
    if style == "pair":
        shown = wording.capitals(ctx.rng, summary, 0.5)
        left, right = (number, "", place), (ctx.pick("MATERIA:", "Materia:"), shown)
        return [Pair(left, right, 0.45, boxed=True)], shown
    if style == "resumen":
        return [
            Heading(number, size=1, align=ctx.pick("left", "center")),
            Para(place, align="right"),
            Para(f"{ctx.pick('RESUMEN:', 'Resumen:')} {summary}", align="left", left=60),
        ], summary
    return [
        Heading(number, size=1),
        Para(place, align="center"),
        Heading(summary, size=0, underline=True, bold=ctx.chance(0.5)),
    ], summary


def decreto(ctx: Ctx) -> Doc:
    """A decree of Porvenir (interno)."""
    summary = wording.stated(ctx.rng, DECREES, ctx.matter, ctx.day)
    number, num = wording.number(ctx.rng, ctx.pick(*LABELS), ctx.day.year, 2900)
    top, shown = _decree_top(ctx, number, summary)
    m = ctx.matter
    blocks: list[Block] = [parts.muni_head(ctx, m.unit), *top, Space(2)]
    blocks += [
        Para(ctx.pick("VISTOS:", "VISTOS Y TENIENDO PRESENTE:"), bold=True, align="left"),
        Para("Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
             "Municipalidades; la Ley N° 19.880; el Decreto Alcaldicio de asunción del Alcalde; "
             "y la Resolución N° 7, de 2019, de la Contraloría General de la República."),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"a) Que, {m.detail[0].lower()}{m.detail[1:]}", left=5),
        Para(f"b) Que es necesario resolver lo relativo a {m.other}.", left=5),
        Para(ctx.pick("D E C R E T O:", "DECRETO:", "DECRETA:"), bold=True, align="left"),
        Para(f"1.- {operative(summary)} lo indicado en la materia, respecto de {m.name}.", left=5),
        Para("2.- Impútese el gasto, si lo hubiere, a la cuenta que corresponda.", left=5),
        Para("ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.", bold=True),
    ]  # fmt: skip
    sec = world.UNITS["secretaria-municipal"].chief
    post = ctx.pick("ALCALDE", "Alcalde", "ALCALDE (S)")
    mayor = world.MAYOR if "(S)" not in post else world.person(ctx.rng, female=False)
    pair = (Signer(sec.name.upper(), "SECRETARIA MUNICIPAL\nMinistra de Fe"),
            Signer(mayor.name.upper(), post))  # fmt: skip
    blocks += [Signature(pair, "center"),
               *foot(ctx, mayor, [world.UNITS[m.unit].full, "Control", "Archivo"])]  # fmt: skip
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def _resolution_top(
    ctx: Ctx, number: str, place: str, summary: str
) -> tuple[list[Block], str, bool]:
    """(the head, the summary shown, whether the summary is left for the RESUELVO)."""
    style = ctx.pick("column", "ref", "box", "resuelvo")
    if style == "column":
        mat = wording.spread(ctx.rng, f"MAT.: {summary}", 3).split("\n")
        return [Column((number, "", *mat, "", place), width=0.5)], summary, False
    if style == "ref":
        return (
            [
                Heading(number, size=1, align="left"),
                Para(f"REF.: {summary}", align="left", left=55),
                Para(place, align="right"),
            ],
            summary,
            False,
        )
    if style == "box":
        shown = wording.capitals(ctx.rng, summary, 0.5)
        return (
            [
                Heading(number, size=1),
                Para(place, align="center"),
                Box(("MATERIA", shown), "left"),
            ],
            shown,
            False,
        )
    verb, rest = summary.split(" ", 1)
    shown = f"{ORDERS.get(verb, verb.upper())} {rest}"
    return [Heading(number, size=1), Para(place, align="right")], shown, True


def resolucion(ctx: Ctx) -> Doc:
    """A Magallanes office's resolución exenta concerning Porvenir (entrada)."""
    services = [o for o in world.OFFICES if o.sort == "service" and o.law]
    fit = [o for o in services if topics.fits(o.units, ctx.matter.topic)]
    o = ctx.rng.choice(fit or services)
    if not fit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    summary = wording.stated(ctx.rng, RESOLVES, ctx.matter, ctx.day)
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN EXENTA ELECTRÓNICA")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 3200)
    place = wording.town_date(ctx.rng, o.city, ctx.day)
    top, shown, in_resuelvo = _resolution_top(ctx, number, place, summary)
    m = ctx.matter
    first = shown if in_resuelvo else f"{operative(summary)} lo señalado respecto de {m.name}"
    blocks: list[Block] = [parts.office_head(ctx, o), *top, Space(2)]
    sections = (
        ("VISTO:", (f"Lo dispuesto en {o.law}; la Ley N° 19.880; la Resolución N° 7, de 2019, "
                    "de la Contraloría General de la República.",)),
        ("CONSIDERANDO:", (f"1° Que, {m.detail[0].lower()}{m.detail[1:]}",
                           f"2° Que corresponde pronunciarse sobre {m.other}.")),
        ("RESUELVO:", (f"1° {first}.",
                       "2° Notifíquese a la Ilustre Municipalidad de Porvenir por correo "
                       "electrónico.")),
    )  # fmt: skip
    for title, items in sections:
        blocks += [Para(title, bold=True, align="left"), *(Para(x, left=5) for x in items)]
    blocks.append(Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True))
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, o.city, domain(o.org)))
