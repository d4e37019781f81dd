"""Acts: the resoluciones exentas Los Ríos' offices send to Río Bueno, and Río Bueno's own
decretos alcaldicios (on a matter, de pago, de nombramiento). A resolution's summary stands
above VISTOS, in a MATERIA row beside the number and date, or only as the first point of its
RESUELVO; a decree's summary above VISTOS in capitals or in sentence case, in a MAT. line
after the number, or, for a payment, in a «POR CONCEPTO DE» row of the voucher table.

Truth (devgen's): a resolución is entrada, a decreto interno; the subject is the summary
as printed (without its label or the point's ordinal, lines joined); the number without dots
or year; sender the signer's post (the mayor's as signed for a decree); sender_org the
office or the municipality as its letterhead names it; unit: the matter's, DAF for
payments, Administración for appointments."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen8 import parts, senders, topics, wording, world
from bench.devgen8.parts import Ctx

RESOLVES = (
    "Aprueba convenio de transferencia de recursos con la Ilustre Municipalidad de Río Bueno "
    "para {m}",
    "Instruye sumario sanitario por {m}",
    "Aplica multa a la Municipalidad de Río Bueno por {m}, conforme a {law}",
    "Autoriza a la Municipalidad de Río Bueno la ejecución de obras relativas a {m}",
    "Pone término anticipado al convenio suscrito el {when} sobre {m}",
)
IMPERATIVE = {
    "Aprueba": "APRUÉBASE",
    "Instruye": "INSTRÚYESE",
    "Aplica": "APLÍCASE",
    "Autoriza": "AUTORÍZASE",
    "Pone": "PÓNESE",
}


def _vistos(law: str) -> Para:
    text = (
        "Lo dispuesto en la Ley N° 19.880, que establece las Bases de los Procedimientos "
        "Administrativos; la Resolución N° 36, de 2024, de la Contraloría General de la "
        "República"
    )
    return Para(f"VISTOS: {text}{'; ' + law if law else ''}.")


def resolucion_servicio(ctx: Ctx) -> Doc:
    """An office's resolución exenta concerning Río Bueno (entrada)."""
    o = senders.for_matter(ctx.rng, ctx.matter.unit, senders.SERVICES) or senders.SERVICES[0]
    if ctx.matter.unit not in o.units:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*o.units))
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    summary = wording.subject(ctx.rng, RESOLVES, ctx.matter, ctx.day, o.law)
    num = str(ctx.rng.randint(15, 4800))
    number = wording.numbered(
        ctx.rng, ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "REX"), num, ctx.day.year
    )
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    style = ctx.pick("above", "row", "point")
    blocks: list[Block] = [parts.office_head(ctx, o)]
    printed = wording.capitals(ctx.rng, summary, 0.5)
    if style == "above":
        blocks += [
            Heading(number, size=1, align="left"),
            Para(place, align="left"),
            Space(2),
            Para(wording.broken(ctx.rng, printed, 40), bold=True, left=80),
        ]
    elif style == "row":
        rows = (
            ("N°", wording.bare_number(ctx.rng, num, ctx.day.year)),
            ("FECHA", place),
            (ctx.pick("MATERIA", "MAT."), printed),
        )
        blocks += [
            Heading(ctx.pick("RESOLUCIÓN EXENTA", "RESOLUCIÓN"), size=1),
            Fields(tuple((f"{k}:", v) for k, v in rows), boxed=ctx.chance(0.5)),
        ]
    else:
        blocks += [Heading(number, size=1), Para(place, align="center")]
    blocks += [
        _vistos(o.law),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1. Que, {ctx.matter.detail[0].lower()}{ctx.matter.detail[1:]}", left=6),
        Para(f"2. Que, corresponde resolver sobre {ctx.matter.other}.", left=6),
        Para(ctx.pick("RESUELVO:", "R E S U E L V O:"), bold=True, align="left"),
    ]
    if style == "point":
        verb, rest = summary.split(" ", 1)
        printed = f"{IMPERATIVE.get(verb, verb.upper())} {rest}"
        blocks.append(Para(f"1° {printed}.", left=6))
    else:
        blocks.append(
            Para(f"1° Ejecútese lo señalado en la materia, relativo a {ctx.matter.other}.", left=6)
        )
    blocks += [
        Para("2° Notifíquese a la Ilustre Municipalidad de Río Bueno.", left=6),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True),
        parts.signature(ctx, who.name, post, o.org),
    ]
    fields: dict[str, Any] = {"subject": " ".join(printed.split()), "doc_number": num}
    t = parts.truth(ctx, "resolucion", "entrada", sender=post, sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o))


DECREES = (
    "Aprueba {m}",
    "Dispone medidas respecto de {m}",
    "Encomienda a {unit} la coordinación de {m}",
    "Aprueba convenio suscrito con fecha {when} relativo a {m}",
)
POSTS = ("Técnico grado 14° E.M.S.", "Administrativo grado 16° E.M.S.", "Profesional grado 9°")


def _summary(ctx: Ctx, sort: str) -> tuple[str, list[tuple[str, str]]]:
    """(the summary, the rows of a payment voucher) of a decree of ``sort``."""
    if sort == "pago":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "daf")
        firm = ctx.pick(
            "Transportes Ranco Ltda.", "Comercial Pilmaiquén SpA", "Áridos Trapi E.I.R.L."
        )
        invoice = ctx.rng.randint(120, 9800)
        what = ctx.pick(
            "arriendo de maquinaria", "traslado de escolares rurales", "retiro de escombros"
        )
        amount = f"${ctx.rng.randint(300, 9800) * 1000:,}".replace(",", ".")
        summary = f"Pago de factura N° {invoice} de {firm} por {what}"
        return summary, [("BENEFICIARIO", firm), ("MONTO", amount), ("POR CONCEPTO DE", summary)]
    if sort == "nombramiento":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "administracion")
        who = world.person(ctx.rng)
        title = "doña" if who.female else "don"
        return (
            f"Nombra a {title} {who.name} en el cargo de {ctx.pick(*POSTS)} de la planta municipal",
            [],
        )
    past = wording.earlier(ctx.rng, ctx.day)
    text = ctx.pick(*DECREES).format(
        m=ctx.matter.name, unit=world.the(ctx.matter.unit), when=wording.long_date(past)
    )
    return cap(text), []


def decreto(ctx: Ctx) -> Doc:
    """A decree of Río Bueno's mayor (interno)."""
    sort = ctx.pick("materia", "materia", "pago", "nombramiento")
    summary, voucher = _summary(ctx, sort)
    num = str(ctx.rng.randint(30, 4200))
    label = (
        "DECRETO DE PAGO"
        if sort == "pago"
        else ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "D.A.")
    )
    number = wording.numbered(ctx.rng, label, num, ctx.day.year)
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    blocks: list[Block] = [parts.muni_head(ctx, ctx.matter.unit)]
    style = "voucher" if voucher and ctx.chance(0.6) else ctx.pick("caps", "plain", "mat")
    printed = summary.upper() if style == "caps" else summary
    blocks += [
        Heading(number, size=1.5, align=ctx.pick("left", "center")),
        Para(place, align="right"),
    ]
    if style == "voucher":
        blocks.append(Table(tuple(voucher), header=False, widths=(1.5, 4.0)))
    elif style == "mat":
        blocks.append(Para(f"{ctx.pick('MAT.:', 'MATERIA:')} {printed}", align="left", bold=True))
    else:
        blocks.append(
            Para(wording.broken(ctx.rng, printed, 46, 0.4), bold=style == "caps", left=60)
        )
    m = ctx.matter
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
            f"Municipalidades; {m.detail[0].lower()}{m.detail[1:]}"
        ),
        Para("D E C R E T O:", bold=True, align="left"),
        Para(f"1.- Procédase conforme a lo señalado, en relación con {m.other}.", left=5),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    mayor = world.UNITS["alcaldia"].chief
    post = ctx.pick("Alcalde", "ALCALDE", "Alcalde de Río Bueno")
    sec = world.UNITS["secretaria-municipal"]
    pair = (
        Signer(sec.chief.name.upper(), f"{sec.post}\nMinistro de Fe"),
        Signer(mayor.name.upper(), post),
    )
    blocks.append(Signature(pair, "center", rule=ctx.chance(0.5)))
    if ctx.chance(0.5):
        blocks.append(parts.distribution(ctx, [world.UNITS[m.unit].full, "Control", "Archivo"]))
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
