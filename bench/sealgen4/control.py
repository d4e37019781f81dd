"""What control bodies and regional services send Tomé as acts: the Contraloría Regional del
Biobío's oficios («OFICIO N° E98765 / 2025», «REF.: N° BI0012345/2025», the summary
unlabelled in the right half under the date, the addressee at the foot), and the
resoluciones exentas of the SMA, the SEREMI de Salud and SERNAPESCA (the summary in bold
capitals after «MATERIA:», or as «VISTOS» follow a headline, with an e-signature box).

Truth: the Contraloría's oficio is an oficio, entrada, its subject the summary printed at
the right (lines joined), its number the «E…» without the year, antecedents the REF. text,
recipient the addressee at the foot; a resolución exenta is a resolucion, entrada, its
subject the summary as printed, number as wording.number keeps it, sender the post as
signed; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Space
from bench.devgen2.parts import esign
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.sealgen4 import parts, senders, topics, wording, world
from bench.sealgen4.parts import Ctx

AUDITS = (
    "Remite Informe Final N° {n}/{year}, sobre auditoría a {m}",
    "Atiende presentación relativa a {m}",
    "Requiere informe sobre {m}",
    "Instruye iniciar sumario administrativo por {m}",
)
ACTS = (
    ("Superintendencia", "Formula cargos a la Ilustre Municipalidad de Tomé por {m}"),
    ("Superintendencia", "Requiere información en el marco de fiscalización sobre {m}"),
    ("Salud", "Ordena medidas sanitarias respecto de {m}"),
    ("Salud", "Instruye sumario sanitario por {m}"),
    ("Pesca", "Autoriza actividad en área de manejo relacionada con {m}"),
    ("Vialidad", "Otorga permiso de ocupación de faja fiscal por {m}"),
)


def contraloria(ctx: Ctx) -> Doc:
    """An oficio of the Contraloría Regional del Biobío (entrada)."""
    if ctx.matter.unit not in ("control", "juridica", "daf", "administracion", "dom", "salud"):
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    m = ctx.matter
    n = f"E{ctx.rng.randint(20_000, 480_000)}"
    shown = f"OFICIO N° {n}{ctx.pick('', ' / ' + str(ctx.day.year), '/' + str(ctx.day.year))}"
    text = ctx.rng.choice(AUDITS).format(n=ctx.rng.randint(60, 880), year=ctx.day.year, m=m.name)
    summary = wording.capitals(ctx.rng, wording.cap(text), 0.5)
    ref = f"N° BI00{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}"
    who = world.person(ctx.rng)
    post = "Contralora Regional del Biobío" if who.female else "Contralor Regional del Biobío"
    to = ctx.pick("AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE TOMÉ", "AL SEÑOR ALCALDE\nTOMÉ")
    head = Head(
        (
            "CONTRALORÍA GENERAL DE LA REPÚBLICA",
            "CONTRALORÍA REGIONAL DEL BIOBÍO",
            ctx.pick("Unidad de Control Externo", "Unidad Jurídica"),
        ),
        "cgr",
        "left",
    )
    blocks: list[Block] = [
        head,
        Para(
            f"{shown}\n{wording.place_date(ctx.rng, 'Concepción', ctx.day)}",
            align="right",
            bold=True,
        ),
        Fields((("REF.:", ref),), side="right", bold_labels=False),
        Para(wording.spread(ctx.rng, summary, 4), align="left", left=90),
        Space(3),
        Para(
            f"Se ha dirigido a esta Contraloría Regional una presentación relativa a {m.name}. "
            f"{m.detail}"
        ),
        Para(
            "Esa entidad deberá informar las medidas adoptadas en un plazo de 15 días hábiles, "
            "a través del Portal de Atención Ciudadana."
        ),
    ]
    signature, sender = parts.signed(ctx, who, post)
    blocks += [signature, Space(4), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": summary, "doc_number": n, "sender": sender}
    fields |= {"sender_org": senders.CGR, "recipient": to.split("\n")[0], "antecedents": ref}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(
        ctx, t, blocks, footer=parts.footer(ctx, "O'Higgins 456, Concepción · www.contraloria.cl")
    )


def resolucion(ctx: Ctx) -> Doc:
    """A regional office's resolución exenta concerning Tomé (entrada)."""
    word, template = ctx.rng.choice(ACTS)
    o = next(s for s in senders.SERVICES if word in s.org)
    if ctx.matter.unit not in o.units:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    m = ctx.matter
    summary = wording.cap(template.format(m=m.name))
    number, num = wording.number(
        ctx.rng, ctx.pick("RESOLUCIÓN EXENTA", "RES. EX."), ctx.day.year, 2900
    )
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    style = ctx.pick("materia", "headline")
    blocks: list[Block] = [parts.office_head(ctx, o)]
    if style == "materia":
        summary = summary.upper()
        blocks += [
            Para(number, bold=True, align="right"),
            Fields((("MATERIA:", summary),), side="right"),
            Para(place, align="right"),
        ]
    else:
        blocks += [Heading(number, size=1), Para(place, align="center"), Heading(summary, size=0)]
    blocks += [
        Space(2),
        Para("VISTOS:", bold=True, align="left"),
        Para(
            f"Lo dispuesto en {o.law}; la Ley N° 19.880; la Resolución N° 36, de 2024, de la "
            "Contraloría General de la República.",
            left=6,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1. Que, {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(f"2. Que corresponde pronunciarse sobre {m.other}.", left=6),
        Para("RESUELVO:", bold=True, align="left"),
        Para(
            f"1. {operative(summary)} lo indicado en los considerandos respecto de {m.name}.",
            left=6,
        ),
        Para("2. Notifíquese a la Ilustre Municipalidad de Tomé.", left=6),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks.append(signature)
    if style == "headline" or ctx.chance(0.3):
        blocks.append(esign(ctx, who.name, post))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))
