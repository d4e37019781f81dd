"""Acts: Tierra Amarilla's decretos alcaldicios and the resoluciones exentas the north's
offices send it. A decree's summary stands only as «MAT.:» in the head (beside or under the
number, no title anywhere else), as a framed line between the number and VISTOS, or as two
bold lines right above «VISTOS:» with no label at all; the Secretario Municipal signs as
ministro de fe beside the Alcaldesa (or her stand-in). A service's resolution prints
«RESOLUCIÓN EXENTA N° 123/2025» (or «RES. EX. N°»), the summary in sentence case right under
it, then place and date.

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as
printed (label dropped, lines joined, case kept); doc_number devgen9's rule (no year, no
dots); sender the post as signed, sender_org the municipality as its letterhead names it or
the office; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Column, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.devgen9.oficios import foot
from bench.devgen10 import parts, topics, wording, world
from bench.devgen10.parts import Ctx

DECREES = (
    "Aprueba convenio de colaboración para {m}",
    "Dispone medidas administrativas respecto de {m}",
    "Aprueba bases de licitación pública para {m}",
    "Designa comisión para {m}",
    "Ordena instruir investigación sumaria por {m}",
    "Autoriza trato directo para {m}",
)
RESOLVES = (
    "Formula observaciones a {m}",
    "Aprueba plan de cierre y fija condiciones respecto de {m}",
    "Da inicio a proceso de participación ciudadana (PAC) por {m}",
    "Requiere información a la Municipalidad de Tierra Amarilla sobre {m}",
    "Ordena medidas provisionales por {m}",
)


def _decree_top(ctx: Ctx, number: str, place: str, summary: str) -> tuple[list[Block], str]:
    """The number, date and summary in one of three arrangements (and the summary shown)."""
    style = ctx.pick("mat", "boxed", "above")
    if style == "mat":
        shown = wording.capitals(ctx.rng, summary, 0.5)
        mat = f"MAT.: {shown}"
        if ctx.chance(0.5):
            lines = (number, place, "", *wording.spread(ctx.rng, mat, 3).split("\n"))
            return [Column(lines, width=0.45)], shown
        return [
            Heading(number, size=1, align="left"),
            Para(place, align="left"),
            Para(mat, align="left", left=70),
        ], shown
    if style == "boxed":
        shown = summary.upper()
        return [
            Heading(number, size=1),
            Para(place, align="center"),
            Box((shown,), "center", True),
        ], shown
    shown = wording.capitals(ctx.rng, summary, 0.6)
    two = wording.spread(ctx.rng, shown, 2)
    return [
        Para(number, bold=True, align="left"),
        Para(place, align="left"),
        Space(2),
        Para(two, bold=True, align="left"),
    ], shown


def decreto(ctx: Ctx) -> Doc:
    """A decree of Tierra Amarilla (interno)."""
    summary = wording.stated(ctx.rng, DECREES, ctx.matter, ctx.day)
    label = ctx.pick("DECRETO ALCALDICIO EXENTO", "DECRETO EXENTO", "D.A. EX.", "DECRETO")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 3800)
    place = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    top, shown = _decree_top(ctx, number, place, summary)
    m = ctx.matter
    blocks: list[Block] = [parts.muni_head(ctx, m.unit), *top, Space(2)]
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades; la "
            "Ley N° 19.880; el Decreto Alcaldicio de nombramiento de la Alcaldesa."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1.- Que, {m.detail[0].lower()}{m.detail[1:]}", left=5),
        Para(f"2.- Que es necesario resolver lo relativo a {m.other}.", left=5),
        Para(ctx.pick("D E C R E T O:", "DECRETO:", "DECRETA:"), bold=True, align="left"),
        Para(f"1.- {operative(summary)} lo indicado en la materia, respecto de {m.name}.", left=5),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    sec = world.UNITS["secretaria-municipal"].chief
    post = ctx.pick("ALCALDESA", "Alcaldesa", "ALCALDESA (S)")
    mayor = world.MAYOR if "(S)" not in post else world.person(ctx.rng)
    pair = (
        Signer(sec.name.upper(), "SECRETARIO MUNICIPAL\nMinistro de Fe"),
        Signer(mayor.name.upper(), post),
    )
    blocks += [
        Signature(pair, "center"),
        *foot(ctx, mayor, [world.UNITS[m.unit].full, "Control", "Archivo"]),
    ]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def resolucion(ctx: Ctx) -> Doc:
    """A mining, water or environmental office's resolución exenta concerning Tierra
    Amarilla (entrada)."""
    services = [o for o in world.OFFICES if o.sort == "service" and o.law]
    fit = [o for o in services if ctx.matter.unit in o.units]
    o = ctx.rng.choice(fit or services)
    if not fit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    summary = wording.stated(ctx.rng, RESOLVES, ctx.matter, ctx.day)
    if ctx.chance(0.5):
        n = ctx.rng.randint(12, 990)
        number, num = f"{ctx.pick('RESOLUCIÓN EXENTA', 'RES. EX.')} N° {n}/{ctx.day.year}", str(n)
    else:
        number, num = wording.number(ctx.rng, "RESOLUCIÓN EXENTA", ctx.day.year, 2600)
    place = wording.town_date(ctx.rng, o.city, ctx.day)
    m = ctx.matter
    align = ctx.pick("left", "center")
    blocks: list[Block] = [
        parts.office_head(ctx, o),
        Heading(number, size=1, align=align),
        Para(summary, align=align, size=-0.5),
        Para(place, align="right"),
        Space(2),
    ]
    sections = (
        ("VISTOS:", (f"Lo dispuesto en {o.law}; la Ley N° 19.880; la Resolución N° 7, de 2019, "
                     "de la Contraloría General de la República.",)),
        ("CONSIDERANDO:", (f"1° Que, {m.detail[0].lower()}{m.detail[1:]}",
                           f"2° Que corresponde pronunciarse sobre {m.other}.")),
        ("RESUELVO:", (f"PRIMERO: {operative(summary)} lo señalado respecto de {m.name}.",
                       "SEGUNDO: Notifíquese por carta certificada o correo electrónico a la "
                       "Ilustre Municipalidad de Tierra Amarilla.")),
    )  # fmt: skip
    for title, items in sections:
        blocks += [Para(title, bold=True, align="left"), *(Para(x, left=5) for x in items)]
    blocks.append(Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True))
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, o.city, domain(o.org)))
