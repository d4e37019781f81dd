"""What the Contraloría and the ministries send Río Bueno: dictámenes of the Contraloría
Regional de Los Ríos (the summary set small at the top right, before the number and «Sobre
…» never labelled), its oficios («N° E12345 / 2025» with «MAT.:»), and circulars to every
municipality of the country («CIRCULAR N° 14», the summary after «MAT.:» among A:/DE: rows,
or in capitals under «ANT.:» in a ruled box).

Truth: a dictamen is for the Dirección de Control, its subject the summary, its number the
«E…» without the year; a Contraloría oficio goes to the unit of its matter; a circular's
subject is its summary as printed, its number the circular's, recipient the «A:» text, unit
the one it concerns; all entrada."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Column, Fields, Heading, Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen8 import parts, senders, topics, wording, world
from bench.devgen8.parts import Ctx

RULINGS = (
    "Municipalidad de Río Bueno debe ajustar el pago de horas extraordinarias a lo dispuesto "
    "en el artículo 63 de la Ley N° 18.883",
    "No procede que la Municipalidad de Río Bueno otorgue comodato sin acuerdo previo del Concejo",
    "Se ajustó a derecho el cobro de derechos de aseo efectuado por la Municipalidad de Río Bueno",
    "Municipalidad de Río Bueno debe iniciar sumario administrativo por el cierre del vertedero",
)


def _dictamen(ctx: Ctx, shown: str, place: str) -> tuple[list[Block], str]:
    """A dictamen's head and body, its summary set small at the top right."""
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "control")
    summary = ctx.pick(*RULINGS)
    blocks: list[Block] = [
        Column((summary,), "right", 0.45),
        Space(2),
        Heading(f"DICTAMEN N° {shown}", size=1, align="left"),
        Para(place, align="left"),
        Para(
            f"Se ha dirigido a esta Contraloría Regional una presentación relativa a "
            f"{ctx.matter.other}."
        ),
        Para(
            "Sobre el particular, cumple con manifestar que, conforme a la normativa "
            "vigente y a la jurisprudencia de este Órgano de Control, "
            + summary[0].lower()
            + summary[1:]
            + "."
        ),
    ]
    return blocks, summary


def _oficio(ctx: Ctx, shown: str, place: str) -> tuple[list[Block], str, str]:
    """An oficio's head and body with ANT. and MAT. at the right (and the ANT. text)."""
    summary = wording.subject(
        ctx.rng,
        (
            "Atiende presentación sobre {m}",
            "Remite informe final relativo a {m}",
            "Solicita informe sobre {m}",
        ),
        ctx.matter,
        ctx.day,
    )
    summary = wording.capitals(ctx.rng, summary, 0.3)
    past = wording.long_date(wording.earlier(ctx.rng, ctx.day))
    ant = f"Presentación de {world.person(ctx.rng).name}, de {past}"
    rows = (("ANT.:", ant), ("MAT.:", wording.broken(ctx.rng, summary, 44)))
    blocks: list[Block] = [
        Heading(f"OFICIO N° {shown}", size=1, align="right"),
        Para(place, align="right"),
        Fields(rows, side="right"),
        Space(2),
        Para("AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE RÍO BUENO", bold=True, align="left"),
        Para(
            f"Esta Contraloría Regional ha tomado conocimiento de {ctx.matter.name}. "
            f"{ctx.matter.detail} Se solicita informar dentro de 15 días hábiles."
        ),
    ]
    return blocks, summary, ant


def contraloria(ctx: Ctx) -> Doc:
    """A dictamen (Control) or an oficio (the matter's unit) of the Contraloría Regional."""
    o = senders.CONTRALORIA
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    num = f"E{ctx.rng.randint(10_000, 560_000)}"
    shown = f"{num}{ctx.pick('', ' / ' + str(ctx.day.year), '/' + str(ctx.day.year))}"
    place = wording.place_date(ctx.rng, "Valdivia", ctx.day)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    ant: str | None = None
    if ctx.chance(0.5):
        more, summary = _dictamen(ctx, shown, place)
        doc_type, unit = "dictamen", "control"
    else:
        more, summary, ant = _oficio(ctx, shown, place)
        doc_type, unit = "oficio", ctx.matter.unit
    blocks += more
    blocks.append(parts.signature(ctx, who.name, post, o.org, closing="Saluda atentamente a Ud.,"))
    fields: dict[str, Any] = {"subject": " ".join(summary.split()), "doc_number": num}
    fields |= {"sender": post, "sender_org": o.org, "antecedents": ant}
    recipient = (
        None if doc_type == "dictamen" else "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE RÍO BUENO"
    )
    t = parts.truth(ctx, doc_type, "entrada", unit=unit, recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o))


# (issuer, signer's post, unit concerned, summary)
CIRCULARS = (
    (
        "Subsecretaría de Desarrollo Regional y Administrativo",
        "Subsecretario de Desarrollo Regional y Administrativo",
        "secplan",
        "Imparte instrucciones para la postulación al "
        "Programa Mejoramiento Urbano y Equipamiento Comunal (PMU) año {year}",
    ),
    (
        "Subsecretaría de Desarrollo Regional y Administrativo",
        "Subsecretaria de Desarrollo Regional y Administrativo",
        "daf",
        "Informa anticipo del Fondo Común Municipal y "
        "procedimiento de rendición, conforme a la Ley N° 21.289",
    ),
    (
        "Ministerio de Salud, Subsecretaría de Redes Asistenciales",
        "Subsecretario de Redes Asistenciales",
        "salud",
        "Campaña de invierno {year}: refuerzo de la atención primaria municipal",
    ),
    (
        "Servicio Local de Educación Pública",
        "Director Ejecutivo",
        "educacion",
        "Calendario escolar {year} Región de Los Ríos y traspaso del servicio educacional",
    ),
    (
        "Contraloría General de la República",
        "Contralora General de la República",
        "administracion",
        "Imparte instrucciones sobre prescindencia política de los funcionarios "
        "municipales durante el periodo eleccionario {year}",
    ),
)


def circular(ctx: Ctx) -> Doc:
    """A circular to all the country's municipalities (entrada)."""
    org, post, unit, template = ctx.rng.choice(CIRCULARS)
    ant: str | None = None
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, unit)
    summary = wording.capitals(ctx.rng, template.format(year=ctx.day.year), 0.35)
    num = str(ctx.rng.randint(1, 64))
    label = ctx.pick("CIRCULAR", "CIRCULAR ORD.", "Circular")
    number = wording.numbered(ctx.rng, label, num, ctx.day.year)
    to = ctx.pick(
        "SEÑORES ALCALDES Y ALCALDESAS DEL PAÍS",
        "Alcaldes y Alcaldesas de Chile",
        "SRES. ALCALDES DE LAS MUNICIPALIDADES DEL PAÍS",
    )
    place = wording.place_date(ctx.rng, "Santiago", ctx.day)
    blocks: list[Block] = [
        parts.office_head(ctx, senders.Office(org, (post, post), "Santiago", ()))
    ]
    if ctx.chance(0.5):
        rows = (("MAT.:", wording.broken(ctx.rng, summary, 50)), ("A:", to), ("DE:", post.upper()))
        blocks += [Heading(number, size=1.5), Para(place, align="center"), Fields(rows)]
    else:
        ant = "Ley N° 18.695, Orgánica Constitucional de Municipalidades"
        cells = (("ANT.", ant), ("MAT.", summary), ("A", to), ("DE", post.upper()))
        blocks += [
            Para(number, bold=True, align="left"),
            Para(place, align="left"),
            Table(cells, header=False, widths=(1.0, 5.0)),
        ]
    blocks += [
        Space(2),
        Para(
            f"Por medio de la presente se informa a ustedes respecto de la "
            f"materia, que incide en {ctx.matter.other}."
        ),
        Para("Se solicita difundir esta circular entre las unidades competentes."),
        parts.signature(ctx, world.person(ctx.rng).name, post, org),
    ]
    fields: dict[str, Any] = {"subject": " ".join(summary.split()), "doc_number": num}
    fields |= {"sender": post, "sender_org": org, "recipient": to, "antecedents": ant}
    t = parts.truth(ctx, "circular", "entrada", **fields)
    return parts.doc(ctx, t, blocks)
