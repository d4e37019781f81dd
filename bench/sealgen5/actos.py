"""Acts: Vallenar's decretos alcaldicios and the resoluciones Atacama's offices send it.

A decree's summary stands unlabelled in capitals in the right half under the number and
date; in a boxed «MATERIA» row (no colon) under the decree's title; in the right cell of a
two-cell head whose left cell holds number and date; or nowhere, in the old form («HOY SE
DECRETÓ LO QUE SIGUE:» under the date, the number alone). An office's resolution: a banner
with the office and its mark at the left, number, date and the summary in capitals at the
right; or «Materia:» under a bold number line.

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as
printed (label dropped, lines joined, case kept), None for the old form; doc_number as this
set's wording keeps it; sender the post as signed; sender_org the municipality as its
letterhead names it, or the office; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Pair, Para, Signature, Signer, Space
from bench.devgen3.model import Banner
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.sealgen5 import oficios, parts, senders, wording, world
from bench.sealgen5.parts import Ctx

SUMMARIES = (
    "Aprueba programa municipal para {m}",
    "Otorga aporte extraordinario por {m}",
    "Designa equipo de trabajo encargado de {m}",
    "Fija procedimiento interno para {m}",
    "Autoriza trato directo por {m}",
    "Ordena investigación sumaria por {m}",
)
RESOLVES = (
    "Aprueba plan de fiscalización sobre {m}",
    "Ordena a la Municipalidad de Vallenar adoptar medidas por {m}",
    "Fija plazo para subsanar observaciones a {m}",
    "Autoriza ejecución de obras relativas a {m}",
)


def _decree_head(ctx: Ctx, number: str, place: str, summary: str) -> tuple[list[Block], str | None]:
    """(the head after the letterhead, the summary registered)."""
    style = ctx.pick("right", "materia", "pair", "old")
    if style == "right":
        shown = summary.upper()
        return [
            Para(number, align="left", bold=True),
            Para(place, align="left"),
            Para(wording.split_in(ctx.rng, shown, 3), align="left", left=80, bold=True),
        ], shown
    if style == "materia":
        shown = wording.capitals(ctx.rng, summary, 0.5)
        return [
            Heading(number, size=1),
            Para(place, align="center"),
            Fields((("MATERIA", shown),), boxed=True),
        ], shown
    if style == "pair":
        shown = wording.capitals(ctx.rng, summary, 0.4)
        return [Pair((number, place), (shown,), 0.42, boxed=ctx.chance(0.6))], shown
    return [
        Para(f"{world.COMMUNE.upper()}, {wording.long_date(ctx.day).upper()}.-", align="right"),
        Para("HOY SE DECRETÓ LO QUE SIGUE:", align="left", bold=True),
        Para(number, align="left", bold=True),
    ], None


def decreto(ctx: Ctx) -> Doc:
    """A decree of the mayor (interno)."""
    m = ctx.matter
    summary = wording.cap(ctx.rng.choice(SUMMARIES).format(m=m.name))
    label = ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "DECRETO", "D.A. EXENTO")
    number, num = wording.number(ctx.rng, label, ctx.day.year)
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    head, subject = _decree_head(ctx, number, place, summary)
    unit = world.UNITS[m.unit]
    blocks: list[Block] = [parts.muni_head(ctx, m.unit), *head, Space(2)]
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
            "Municipalidades; la sentencia de proclamación del Tribunal Electoral Regional de "
            f"Atacama; y el memorándum de {parts.the_unit(unit.full)}.",
            left=8,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"a) Que, {m.detail[:1].lower()}{m.detail[1:]}", left=8),
        Para(f"b) Que es deber del municipio atender {m.other}.", left=8),
        Para("D E C R E T O :", bold=True, align="center"),
        Para(f"1.- {operative(summary)} lo relativo a {m.name}.", left=8),
        Para(f"2.- Encárguese su ejecución a {parts.the_unit(unit.full)}.", left=8),
        Para("ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    sig, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    faith = Signature((Signer(sec.name, "SECRETARIA MUNICIPAL\nMINISTRO DE FE"),), "left")
    blocks += [faith, sig] if ctx.chance(0.5) else [sig, faith]
    blocks.append(parts.carbon_copy(ctx, [unit.short, "Control", "Oficina de Partes"]))
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def resolucion(ctx: Ctx) -> Doc:
    """A resolution of one of Atacama's offices concerning Vallenar (entrada)."""
    o = oficios.pick_office(ctx, senders.SERVICES)
    m = ctx.matter
    summary = wording.cap(ctx.rng.choice(RESOLVES).format(m=m.name))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN AFECTA")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 6200)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    if ctx.chance(0.5):
        shown = summary.upper()
        right = (number, place, "", wording.split_in(ctx.rng, shown, 3))
        office = tuple(x for x in (o.above.upper(), o.org, o.city) if x)
        blocks: list[Block] = [Banner(office, right, o.emblem, 0.48, True)]
    else:
        shown = summary
        blocks = [
            parts.office_head(ctx, o),
            Para(number, align="left", bold=True),
            Para(place, align="left"),
            Para(f"Materia: {shown}", align="left", left=60),
        ]
    blocks += [
        Space(2),
        Para("VISTOS:", bold=True, align="left"),
        Para(
            f"Lo dispuesto en {o.law or 'la Ley N° 18.575'}; la Ley N° 19.880; y la "
            "Resolución N° 36, de 2024, de la Contraloría General de la República."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1° Que, {m.detail[:1].lower()}{m.detail[1:]}"),
        Para(f"2° Que la Municipalidad de Vallenar fue informada sobre {m.other}."),
        Para("RESUELVO:", bold=True, align="left"),
        Para(f"1° {operative(summary)} lo indicado respecto de {m.name}."),
        Para("2° Notifíquese a la Ilustre Municipalidad de Vallenar."),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    sig, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org)
    blocks += [sig, *parts.sealed(ctx, o.org, o.city, 0.25)]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))
