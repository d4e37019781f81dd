"""Oficios of the regional services of Arica y Parinacota (SEREMI de Salud, GORE, SERVIU,
the Delegaciones Presidenciales, MOP Vialidad, CONAF, CONADI, SAG…) with their ANT. and MAT.
where devgen, devgen2 and devgen3 do not put them: MAT. before ANT. in the number column;
«Mat.:» and «Ant.:» in lower case under the head; an ANT. of several lines (a list of
documents); a MAT. broken over two lines in the middle of a sentence; and the DE:/A: block
after the body instead of under the head.

Truth: subject the MAT. text (its lines joined); antecedents the ANT. text (its lines
joined); doc_number the number; sender the signer's post (DE:), sender_org the service;
recipient the A: block's first line; unit the one that must handle the matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Fields, Head, Heading, Pair, Para, Space
from bench.devgen2.parts import esign
from bench.devgen2.services import Service
from bench.devgen3.model import Banner
from bench.devgen4 import parts, services, topics, wording, world
from bench.devgen4.model import Block, Doc
from bench.devgen4.parts import Ctx


def _ant(ctx: Ctx) -> str | None:
    """None, one document, or a list of them on several lines."""
    if ctx.chance(0.25):
        return None
    docs = []
    for _ in range(ctx.rng.randint(1, 3)):
        past = wording.earlier(ctx.rng, ctx.day)
        docs.append(
            ctx.pick(
                f"Ord. N° {ctx.rng.randint(12, 900)} de fecha {wording.long_date(past)}, de la "
                "Municipalidad de Putre",
                f"Correo electrónico de fecha {past.day:02d}.{past.month:02d}.{past.year}",
                f"Resolución Exenta N° {ctx.rng.randint(40, 3000)}, de {past.year}, de este "
                "Servicio",
                f"Reunión de trabajo sostenida en Putre el {wording.long_date(past)}",
            )
        )
    if len(docs) == 1:
        return docs[0] + "."
    mark = ctx.pick("{i}.", "{i})", "{a})", "-")
    return "\n".join(
        f"{mark.format(i=i, a='abc'[i - 1])} {d}{';' if i < len(docs) else '.'}"
        for i, d in enumerate(docs, 1)
    )


def _to(ctx: Ctx) -> tuple[str, str]:
    """(the A: text, the recipient: its first line)."""
    mayor = world.UNITS["alcaldia"].chief.name.upper()
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return f"SR. {mayor}\nALCALDE I. MUNICIPALIDAD DE PUTRE", f"SR. {mayor}"
    if style == 1 and unit.code != "alcaldia":
        title = "SRA." if unit.chief.female else "SR."
        return (
            f"{title} {unit.post.upper()}\nI. MUNICIPALIDAD DE PUTRE",
            f"{title} {unit.post.upper()}",
        )
    if style == 2:
        return "SR. ALCALDE DE LA COMUNA DE PUTRE", "SR. ALCALDE DE LA COMUNA DE PUTRE"
    return "ALCALDE I. MUNICIPALIDAD DE PUTRE\nPUTRE", "ALCALDE I. MUNICIPALIDAD DE PUTRE"


def _labels(ctx: Ctx, mat: str, ant: str | None, lower: bool) -> list[str]:
    """«MAT.: …» then «ANT.: …» (this set's order), in capitals or lower case."""
    m_label = (
        ctx.pick("Mat.:", "Mat.:", "Materia:") if lower else ctx.pick("MAT.:", "MAT.:", "MAT:")
    )
    a_label = ctx.pick("Ant.:", "Ant.:", "Antecedentes:") if lower else ctx.pick("ANT.:", "ANT:")
    lines = [f"{m_label} {mat}"]
    if ant:
        lines.append(f"{a_label} {ant}")
    return lines


def _head(ctx: Ctx, s: Service, no: str, labelled: list[str]) -> tuple[list[Block], str]:
    """The head in one of four arrangements; returns it and where DE:/A: go (top or foot)."""
    when = wording.place_date(ctx.rng, s.city.upper() if ctx.chance(0.5) else s.city, ctx.day)
    lines = tuple(x for x in (s.above.upper(), s.org.upper(), s.office) if x)
    emblem = s.emblem if ctx.chance(0.85) else "none"
    style = ctx.pick("column", "column", "under", "banner", "centred")
    foot = ctx.pick("top", "foot", "foot")
    if style == "column":
        column = Column((no, "", *labelled, "", when), "right", ctx.rng.choice((0.5, 0.55)))
        return [Head(lines, emblem, "left"), column], foot
    if style == "under":
        pair = Pair(lines, (no, when), split=0.55, right_align="right")
        return [pair, Space(2), *(Para(x, align="left") for x in labelled)], foot
    if style == "banner":
        return [
            Banner(lines, (no, "", when), emblem, 0.5),
            Column(tuple(labelled), "left", 0.6),
        ], foot
    return [
        Head(lines, emblem, "center"),
        Heading(no, size=1),
        Para(when, align="right"),
        Column(tuple(labelled), "right", 0.55),
    ], foot


def _de_a(ctx: Ctx, de: str, a: str) -> Fields:
    colon = ctx.pick(":", " :")
    rows = ((f"DE{colon}", de), (f"{ctx.pick('A', 'A', 'PARA')}{colon}", a))
    return Fields(rows, boxed=ctx.chance(0.3))


def _body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    paras = [
        ctx.pick(
            f"Junto con saludar, me dirijo a usted en relación con {m.name}.",
            f"En atención a la materia y a los antecedentes del epígrafe, informo a usted "
            f"lo que sigue respecto de {m.name}.",
            f"Por medio del presente, y en el marco de las competencias de este Servicio en "
            f"la Provincia de Parinacota, me refiero a {m.other}.",
        ),
        m.detail
        + " "
        + ctx.pick(
            "La distancia y la altura de los poblados de la comuna obligan a programar con "
            "anticipación las visitas a terreno.",
            "Se adjuntan los antecedentes técnicos reunidos por el equipo regional.",
            "Esta materia fue tratada en la última mesa de trabajo provincial.",
            "",
        ),
        ctx.pick(
            "En consecuencia, solicito a usted informar las medidas adoptadas dentro del "
            "plazo de diez días hábiles.",
            "Agradeceré disponer que la unidad municipal competente tome conocimiento de lo "
            "informado.",
            "Quedo a disposición para coordinar una reunión de trabajo en Putre.",
        ),
    ]
    return [Para(p.strip(), indent=ctx.rng.choice((0.0, 0.0, 12.0))) for p in paras]


def oficio_regional(ctx: Ctx) -> Doc:
    """A regional service writes about a matter of a unit it deals with."""
    if ctx.matter.unit not in services.COVERED:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.post(s, who.female) + (" (S)" if ctx.chance(0.1) else "")
    mat = wording.service_mat(ctx.rng, ctx.matter)
    printed_mat = wording.break_mid(ctx.rng, mat) if ctx.chance(0.4) else mat
    ant = _ant(ctx)
    num = str(ctx.rng.randint(15, 2900))
    label = ctx.pick("ORD.", "ORD.", "OF. ORD.", "OFICIO ORD.", "Ord.")
    no = wording.number_line(ctx.rng, label, num, ctx.day.year)
    labelled = _labels(ctx, printed_mat, ant, lower=ctx.chance(0.4))
    blocks, where = _head(ctx, s, no, labelled)
    de = post.upper() if ctx.chance(0.6) else f"{who.name.upper()}\n{post.upper()}"
    a, recipient = _to(ctx)
    if where == "top":
        blocks.append(_de_a(ctx, de, a))
    blocks += _body(ctx)
    if where == "foot":
        blocks += [Space(2), _de_a(ctx, de, a)]
    blocks.append(parts.signature(ctx, who.name, post, s.org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.3):
        blocks.append(esign(ctx, who.name, post))
    if ctx.chance(0.6):
        blocks.append(
            parts.distribution(
                ctx,
                [
                    "Sr. Alcalde I. Municipalidad de Putre",
                    world.UNITS[ctx.matter.unit].full,
                    "Archivo",
                ],
            )
        )
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    footer = (f"{s.street or s.city} · {services.domain(s)}",) if ctx.chance(0.5) else ()
    return parts.doc(ctx, t, blocks, footer=footer)
