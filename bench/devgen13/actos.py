"""Acts: Pozo Almonte's decretos alcaldicios and the resoluciones Tarapacá's offices send it.
A decree's summary stands as a bold headline in capitals under «DECRETO ALCALDICIO N° …»;
after «REF.:» beside a boxed cell at the top right that holds the number and date; after
«MAT.:» at the top with the number and date only at the end, beside the signatures («Pozo
Almonte, 3 de marzo de 2025 / DECRETO EXENTO N° 1234»); or in a wide left margin on the
first page. A service's resolution: the DGA's, the SEREMI de Salud's, the SAG's or CONAF's,
its number and date in a shaded grid with «MATERIA», or its summary in capitals in the right
half under the number.

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as printed
(label dropped, lines joined, case kept); doc_number as devgen12's wording keeps it; sender
the post as signed; sender_org the municipality as its letterhead names it, or the office;
unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Heading, Para, Signature, Signer, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc, Margin
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.devgen13 import oficios, parts, senders, wording, world
from bench.devgen13.parts import Ctx

SUMMARIES = (
    "Aprueba plan de acción para {m}",
    "Dispone medidas administrativas respecto de {m}",
    "Asigna recursos para {m}",
    "Designa comisión encargada de {m}",
    "Ordena sumario administrativo por {m}",
    "Otorga subvención para {m}",
)
RESOLVES = (
    "Ordena medidas sanitarias respecto de {m}",
    "Aprueba programa de trabajo relativo a {m}",
    "Dispone fiscalización de {m}",
    "Rechaza solicitud de la Municipalidad de Pozo Almonte sobre {m}",
)


def _considering(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    return [
        Para(ctx.pick("VISTOS:", "VISTOS Y CONSIDERANDO:"), bold=True, align="left"),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades; "
            "la Ley N° 19.880; el acta de proclamación del Tribunal Electoral Regional de "
            "Tarapacá; y los antecedentes tenidos a la vista.",
            left=6,
        ),
        Para(f"1.- Que, {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(f"2.- Que corresponde adoptar una decisión respecto de {m.other}.", left=6),
    ]


def decreto(ctx: Ctx) -> Doc:
    """A decree of the mayor (interno)."""
    m = ctx.matter
    summary = wording.cap(ctx.rng.choice(SUMMARIES).format(m=m.name))
    label = ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "DECRETO ALCALDICIO EXENTO", "D.A.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 3900)
    place = wording.place_date(ctx.rng, ctx.pick(world.COMMUNE, "POZO ALMONTE"), ctx.day)
    style = ctx.pick("headline", "box", "end", "margin")
    shown = summary.upper() if style == "headline" or ctx.chance(0.3) else summary
    blocks: list[Block] = [parts.muni_head(ctx, m.unit)]
    if style == "headline":
        blocks += [Heading(number, size=1), Para(place, align="center"), Heading(shown, size=0)]
    elif style == "box":
        blocks += [
            Column((number, place), "right", 0.42, boxed=True),
            Para(f"REF.: {wording.spread(ctx.rng, shown, 2)}", align="left", bold=True),
        ]
    elif style == "end":
        blocks.append(Para(f"MAT.: {shown}", align="left", bold=True, left=60))
    blocks += [
        Space(2),
        *_considering(ctx),
        Para("DECRETO:", bold=True, align="left"),
        Para(f"1.- {operative(summary)} lo relativo a {m.name}.", left=6),
        Para(f"2.- La {world.UNITS[m.unit].full} velará por el cumplimiento del presente.", left=6),
        Para("ANÓTESE, COMUNÍQUESE, REGÍSTRESE Y ARCHÍVESE.", bold=True),
    ]
    if style in ("end", "margin"):
        blocks.append(Para(f"{place}\n{number}", align="left", bold=True))
    signature, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks += [
        Signature((Signer(sec.name.upper(), "SECRETARIO MUNICIPAL\nMINISTRO DE FE"),), "left"),
        signature,
    ]
    blocks.append(parts.carbon_copy(ctx, [world.UNITS[m.unit].short, "Control", "Archivo"]))
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    margin = (
        Margin(tuple(wording.spread(ctx.rng, shown, 5).split("\n")), "left", 55.0)
        if style == "margin"
        else None
    )
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx), margin=margin)


def resolucion(ctx: Ctx) -> Doc:
    """A resolución of a Tarapacá office concerning Pozo Almonte (entrada)."""
    o = oficios.pick_office(ctx, senders.SERVICES)
    m = ctx.matter
    summary = wording.cap(ctx.rng.choice(RESOLVES).format(m=m.name))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EXENTA", "RESOLUCIÓN")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 7000)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    if ctx.chance(0.5):
        when = place.split(", ", 1)[-1].removeprefix("Fecha: ")
        blocks.append(
            Grid(
                (
                    (label, number.removeprefix(label).strip(), "FECHA", when),
                    ("MATERIA", summary),
                )
            )
        )
        shown = summary
    else:
        shown = summary.upper()
        blocks += [
            Para(f"{number}\n{place}", align="left", bold=True),
            Para(wording.spread(ctx.rng, shown, 3), align="left", left=85),
        ]
    blocks += [
        Space(2),
        Para("VISTOS:", bold=True, align="left"),
        Para(
            f"Lo dispuesto en {o.law or 'la Ley N° 18.575'}; la Ley N° 19.880; la Resolución "
            "N° 36, de 2024, de la Contraloría General de la República."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"Que, {m.detail[0].lower()}{m.detail[1:]}"),
        Para("RESUELVO:", bold=True, align="left"),
        Para(
            f"1° {operative(summary)} lo señalado respecto de {m.name}. 2° Notifíquese a la "
            "Ilustre Municipalidad de Pozo Almonte."
        ),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org)
    blocks += [signature, *parts.sealed(ctx, o.org, "Tarapacá", 0.3)]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} – {domain(o.org)}"))
