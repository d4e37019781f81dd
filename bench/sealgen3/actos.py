"""Acts: Casablanca's decretos alcaldicios and the resoluciones exentas the regional offices
send it. A decree opens in one of four ways: «CASABLANCA, 3 de marzo de 2025 — HOY SE DECRETÓ
LO QUE SIGUE:» with its number and no summary anywhere but its first point; its summary in
a frame under the number; a shaded table with the number, the date and the «MATERIA»; or a
right column with the number, the date and «REF.:». The Secretario Municipal signs as
ministro de fe beside the mayor. A service's resolution puts its number, date and summary
at the right of its mark (devgen3's Banner), or its number as a title and the summary after
«MAT.:», or the summary as a headline with an advanced e-signature's seal at the end.

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as
printed (label and the point's ordinal dropped, lines joined, case kept); doc_number as
wording.number keeps it; sender the post as signed; sender_org the municipality as its
letterhead names it or the office; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Column, Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen3.model import Banner, Grid, SealBox
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.sealgen3 import parts, senders, topics, wording, world
from bench.sealgen3.oficios import office
from bench.sealgen3.parts import Ctx

# (the summary, the first point that says it, the units or topics it suits: "" for any)
DECREES = (
    ("Aprueba plan de acción respecto de {m}", "APRUÉBASE el plan de acción respecto de {m}", ""),
    ("Designa comisión encargada de {m}", "DESÍGNASE una comisión encargada de {m}", ""),
    (
        "Ordena instruir sumario administrativo por {m}",
        "INSTRÚYASE sumario administrativo por {m}",
        "control administracion juridica salud educacion",
    ),
    (
        "Autoriza trato directo para {m}",
        "AUTORÍZASE la contratación por trato directo para {m}",
        "dom:04 dom:05 secplan dideco:01 salud:02 educacion transito:04",
    ),
    (
        "Fija medidas transitorias por {m}",
        "FÍJANSE las medidas transitorias por {m}",
        "alcaldia transito daf jpl dom",
    ),
    (
        "Otorga subvención municipal para {m}",
        "OTÓRGASE una subvención municipal para {m}",
        "dideco:01 dideco:03 secretaria-municipal:02",
    ),
    (
        "Aprueba convenio relativo a {m}",
        "APRUÉBASE el convenio relativo a {m}",
        "secplan salud educacion juridica",
    ),
)
# a word of the office's name: its own acts; any office: the common ones
OWN_ACTS = (
    ("Salud Región", ("Instruye sumario sanitario por {m}", "Ordena medidas sanitarias por {m}")),
    ("Medio Ambiente", ("Formula cargos por {m}", "Ordena medidas provisionales por {m}")),
    ("Gobierno Regional", ("Aprueba convenio de transferencia para {m}",)),
    ("Obras Hidráulicas", ("Aprueba convenio de transferencia para {m}",)),
    ("Aguas", ("Ordena paralización de obras en cauce por {m}",)),
)
RESOLVES = (
    "Requiere información a la Municipalidad de Casablanca sobre {m}",
    "Rechaza solicitud municipal relativa a {m}",
    "Resuelve presentación municipal sobre {m}",
)


def _resolves(org: str) -> tuple[str, ...]:
    own = [t for word, ts in OWN_ACTS if word in org for t in ts]
    return (*own, *own, *RESOLVES)


def _decree_top(ctx: Ctx, style: str, number: str, place: str, summary: str) -> list[Block]:
    if style == "hoy":
        return [
            Para(f"{place}.-", align="right"),
            Para("HOY SE DECRETÓ LO QUE SIGUE:", bold=True, align="left"),
            Para(number, bold=True, align="left"),
            Space(2),
        ]
    if style == "box":
        return [
            Heading(number, size=1, align="left"),
            Para(place, align="left"),
            Box((summary,), align="left", bold=True),
            Space(2),
        ]
    if style == "grid":
        bare = place.split(", ", 1)[-1]
        rows = (("DECRETO", number, "FECHA", bare), ("MATERIA", summary))
        return [Grid(rows, shade=ctx.chance(0.7)), Space(2)]
    lines = (number, place, f"REF.: {summary}")
    return [Column(lines, "right", 0.5, ctx.chance(0.4)), Space(2)]


def decreto(ctx: Ctx) -> Doc:
    """A decree of Casablanca (interno)."""
    m = ctx.matter
    fit = [(a, b) for a, b, tokens in DECREES if topics.fits(m.topic, tokens.split() or [m.unit])]
    summary_t, point_t = ctx.rng.choice(fit)
    summary, point = (x.format(m=m.name) for x in (summary_t, point_t))
    label = ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "DECRETO ALCALDICIO EXENTO", "D.A.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 4200)
    place = wording.place_date(ctx.rng, world.COMMUNE.upper(), ctx.day)
    style = ctx.pick("hoy", "hoy", "box", "grid", "ref")
    shown = point if style == "hoy" else wording.capitals(ctx.rng, summary, 0.5)
    full = world.UNITS[m.unit].full
    blocks: list[Block] = [parts.muni_head(ctx, m.unit)]
    blocks += _decree_top(ctx, style, number, place, shown)
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades, "
            "cuyo texto refundido fijó el D.F.L. N° 1, de 2006, del Ministerio del Interior; la "
            "Ley N° 19.880; la sentencia de proclamación de la Alcaldesa; y",
            indent=10,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"a) Que {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(f"b) El informe {world.of(full)} sobre {m.other}.", left=6),
        Para(ctx.pick("D E C R E T O:", "DECRETO:", "SE DECRETA:"), bold=True, align="left"),
        Para(f"1.- {point}.", left=6),
        Para(f"2.- {wording.cap(world.the(full))} adoptará las medidas necesarias.", left=6),
        Para("ANÓTESE, COMUNÍQUESE, REGÍSTRESE Y ARCHÍVESE.", bold=True, align="center"),
    ]
    signature, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks += [
        Signature((Signer(sec.name.upper(), "SECRETARIO MUNICIPAL\nMINISTRO DE FE"),), "left"),
        signature,
        *parts.foot(ctx, world.MAYOR, [full, "Control", "Oficina de Partes", "Archivo"]),
    ]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def _resolution_top(ctx: Ctx, style: str, head: Head, top: tuple[str, str, str]) -> list[Block]:
    """The letterhead, number, date and summary in one of the three arrangements."""
    number, place, summary = top
    if style == "banner":
        right = (number, place, "", summary)
        return [Banner(head.lines, right, head.emblem, 0.5, True, "left", ctx.chance(0.5))]
    if style == "title":
        mat = Fields((("MAT.:", summary),), side="right")
        return [head, Heading(number, size=1), Para(place, align="center"), mat]
    return [head, Para(f"{number}\n{place}", bold=True, align="right"), Heading(summary, size=0.5)]


def resolucion(ctx: Ctx) -> Doc:
    """A regional office's resolución exenta concerning Casablanca (entrada)."""
    o = office(ctx, senders.SERVICES)
    m = ctx.matter
    style = ctx.pick("banner", "title", "esign")
    summary = wording.capitals(ctx.rng, ctx.rng.choice(_resolves(o.org)).format(m=m.name), 0.4)
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EXENTA", "RESOLUCIÓN EX.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 7000)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    blocks = _resolution_top(ctx, style, parts.office_head(ctx, o), (number, place, summary))
    law = o.law or "la Ley N° 19.880"
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            f"Lo dispuesto en {law}; en la Ley N° 19.880; y en la Resolución N° 36, de 2024, "
            "de la Contraloría General de la República.",
            left=6,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(
            f"1. Que {m.detail[0].lower()}{m.detail[1:]} 2. Que corresponde pronunciarse "
            f"sobre {m.other}.",
            left=6,
        ),
        Para("RESUELVO:", bold=True, align="left"),
        Para(
            f"1. {operative(summary)} lo señalado respecto de {m.name}. 2. Notifíquese a la "
            "Municipalidad de Casablanca.",
            left=6,
        ),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks.append(signature)
    if style == "esign":
        code = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(12))
        lines = ("Documento firmado con firma electrónica avanzada", sender, f"Folio {code}")
        blocks.append(SealBox(lines, code))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))
