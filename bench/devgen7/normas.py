"""What Contraloría and the ministries send: dictámenes and oficios of the Contraloría
Regional de Coquimbo («DICTAMEN N° E123456 / 2025», «OFICIO N° E…»), with their subject as
a «MATERIA:» row, a summary paragraph in the right half before «AL SEÑOR ALCALDE», or an
opening «Sobre …» line, and a deadline «dentro del plazo de N días hábiles»; and circulars of
ministries and national services to every municipality («CIRCULAR N° 12», «CIRCULAR ORD.
N°»), their summary after «MAT.:» among A:/DE: rows, in a one-row table under its column's
name, or as a plain «REF. :» line.

Truth: a dictamen goes to the Dirección de Control, its subject the summary, its number the
«E…» one without the year; a Contraloría oficio goes to the unit of its matter, its subject
the summary or MATERIA; a circular's subject is its summary, its number the circular's, its
recipient the A: text, its unit the department concerned; all entrada."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Para, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen7 import parts, senders, topics, wording, world
from bench.devgen7.parts import Ctx

# (summary, who asked, what the municipality answered, the rule applied)
RULINGS = (
    ("Municipalidad de Vicuña debe pagar las horas extraordinarias realizadas por sus "
     "funcionarios durante la Fiesta de la Vendimia, en la forma que se indica",
     "la Asociación de Funcionarios Municipales de Vicuña",
     "los trabajos no fueron ordenados por decreto previo",
     "los trabajos extraordinarios efectivamente realizados por orden de la jefatura deben "
     "compensarse aun cuando el decreto se dicte con posterioridad"),
    ("No procede que la Municipalidad de Vicuña entregue en comodato un inmueble destinado a "
     "equipamiento comunitario sin acuerdo del Concejo Municipal",
     "un concejal de la comuna", "el comodato es de corta duración",
     "el artículo 65 de la Ley N° 18.695 exige el acuerdo del Concejo para entregar bienes "
     "inmuebles en comodato"),
    ("Municipalidad de Vicuña debe ajustar la entrega de agua potable en camiones aljibe a "
     "criterios objetivos de focalización",
     "una vecina del sector Calingasta", "la distribución se hace según las solicitudes",
     "la ayuda social debe otorgarse conforme a criterios objetivos y públicos"),
    ("Se ajustó a derecho el sumario administrativo instruido por la Municipalidad de Vicuña "
     "por irregularidades en el otorgamiento de patentes de alcoholes",
     "un funcionario sancionado", "el procedimiento respetó el debido proceso",
     "la Ley N° 18.883 faculta al alcalde para aplicar la medida disciplinaria propuesta"),
    ("Personas contratadas a honorarios por la Municipalidad de Vicuña no pueden fiscalizar "
     "el cumplimiento de la norma lumínica",
     "la Agrupación de Guías de Astroturismo del Elqui",
     "los inspectores actúan bajo supervisión de un funcionario de planta",
     "las potestades públicas solo pueden ejercerse por funcionarios de planta o a contrata"),
)  # fmt: skip
CGR_MATS = (
    "Remite Informe Final N° {n}, de {year}, sobre auditoría a {m}",
    "Solicita informar sobre presentación relativa a {m}, dentro del plazo de {k} días hábiles",
    "Comunica inicio de auditoría a {m}",
    "Requiere antecedentes sobre {m} dentro del plazo de {k} días hábiles",
)
CGR_KEYS = ("control:01", "control:02", "control:03", "daf:03", "administracion:02")


def _cgr_number(ctx: Ctx, label: str) -> tuple[str, str]:
    """(the number line «DICTAMEN N° E123456 / 2025», the number kept: «E123456»)."""
    code = f"E{ctx.rng.randint(10_000, 590_000)}"
    tail = ctx.pick(f" / {ctx.day.year}", f"/{ctx.day.year}", f" de {ctx.day.year}")
    return f"{label} N° {code}{tail}", code


def _dictamen(ctx: Ctx) -> Doc:
    summary, asker, answer, rule = ctx.rng.choice(RULINGS)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "control")
    s = senders.CONTRALORIA
    line, code = _cgr_number(ctx, ctx.pick("DICTAMEN", "Dictamen"))
    when = wording.town_date(ctx.rng, "La Serena", ctx.day)
    style = ctx.pick("materia", "right", "sobre")
    blocks: list[Block] = [parts.service_head(ctx, s), Para(line, bold=True, align="left")]
    blocks.append(Para(f"Ingreso CGR N° W{ctx.rng.randint(1000, 98000):06d}/{ctx.day.year}",
                       align="left", size=-1))  # fmt: skip
    blocks.append(Para(when, align="left"))
    if style == "materia":
        blocks.append(Fields((("MATERIA:", summary),), side=ctx.pick("full", "right")))
    elif style == "right":
        blocks.append(Para(summary, align="justify", left=80.0, size=-0.5))
    else:
        blocks.append(Para(f"Sobre {summary[0].lower()}{summary[1:]}.", bold=True))
    subject = f"Sobre {summary[0].lower()}{summary[1:]}" if style == "sobre" else summary
    to = ctx.pick(
        "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE VICUÑA", "SEÑOR ALCALDE DE LA COMUNA DE VICUÑA"
    )
    who = world.person(ctx.rng)
    post = senders.post(s, who.female)
    blocks += [
        Para(to, bold=True, align="left"),
        Para(f"Se ha dirigido a esta Contraloría Regional {asker}, para reclamar que esa "
             f"entidad edilicia sostiene que {answer}."),
        Para(f"Al respecto, cabe señalar que {rule}. En consecuencia, esa Municipalidad deberá "
             f"informar las medidas adoptadas dentro del plazo de {ctx.pick('10', '15', '20')} "
             "días hábiles contado desde la recepción del presente."),
        parts.signature(ctx, who.name, post, s.org, closing="Saluda atentamente a Ud.,"),
    ]  # fmt: skip
    fields: dict[str, Any] = {"subject": subject, "doc_number": code, "sender": post}
    fields |= {"sender_org": s.org, "recipient": to}
    t = parts.truth(ctx, "dictamen", "entrada", unit="control", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def _cgr_oficio(ctx: Ctx) -> Doc:
    ctx.matter = topics.of_key(ctx.rng, ctx.pick(*CGR_KEYS), ctx.day.year)
    s = senders.CONTRALORIA
    line, code = _cgr_number(ctx, ctx.pick("OFICIO", "Oficio", "OF."))
    values = {"m": ctx.matter.name, "n": str(ctx.rng.randint(8, 260)), "year": str(ctx.day.year)}
    values["k"] = ctx.pick("10", "15", "60")
    summary = cap(ctx.pick(*CGR_MATS).format(**values))
    style = ctx.pick("materia", "right")
    blocks: list[Block] = [parts.service_head(ctx, s), Para(line, bold=True, align="left")]
    blocks.append(Para(wording.town_date(ctx.rng, "La Serena", ctx.day), align="left"))
    printed = summary
    if style == "materia":
        blocks.append(Fields((("MAT.:", summary),), side="right"))
    else:
        printed = summary.upper()
        blocks.append(Para(wording.wrap(ctx.rng, printed, 46), bold=True, align="left", left=85.0))
    who = world.person(ctx.rng)
    post = senders.post(s, who.female)
    recipient = ctx.pick("AL SEÑOR ALCALDE", "SEÑOR ALCALDE")
    blocks += [
        Space(3),
        Para(f"{recipient}\n{world.MUNI_NAMES[3]}\nVICUÑA", align="left", bold=True),
        Para(f"Esta Contraloría Regional se ha referido a {ctx.matter.other}. {ctx.matter.detail}"),
        Para(f"Esa entidad deberá informar lo obrado dentro del plazo de {values['k']} días "
             "hábiles, bajo apercibimiento de hacer efectivas las responsabilidades que "
             "correspondan."),
        parts.signature(ctx, who.name, post, s.org),
    ]  # fmt: skip
    fields: dict[str, Any] = {"subject": printed, "doc_number": code, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def contraloria(ctx: Ctx) -> Doc:
    """A dictamen on a question about Vicuña, or an oficio of the regional office."""
    return _dictamen(ctx) if ctx.chance(0.45) else _cgr_oficio(ctx)


ADDRESSEES = (
    "ALCALDES Y ALCALDESAS DEL PAÍS",
    "SEGÚN DISTRIBUCIÓN",
    "SRES. ALCALDES Y SRAS. ALCALDESAS DE LAS MUNICIPALIDADES DEL PAÍS",
)


def circular(ctx: Ctx) -> Doc:
    """A ministry's circular to every municipality, about its department's matters."""
    fitting = [x for x in senders.MINISTRIES if x[1] == ctx.matter.unit]
    s, unit, summaries = ctx.rng.choice(fitting or list(senders.MINISTRIES))
    if unit != ctx.matter.unit:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, unit)
    who = world.person(ctx.rng, female=s.female)
    post = senders.post(s, who.female)
    values = {"year": str(ctx.day.year), "next": str(ctx.day.year + 1)}
    summary = ctx.pick(*summaries).format(**values)
    num = str(ctx.rng.randint(1, 64))
    label = ctx.pick("CIRCULAR", "CIRCULAR ORD.", "Circular")
    line, _shown = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    to = ctx.pick(*ADDRESSEES)
    when = wording.town_date(ctx.rng, "Santiago", ctx.day)
    style = ctx.pick("fields", "table", "plain")
    blocks: list[Block] = [parts.service_head(ctx, s)]
    if style == "fields":
        rows = (("MAT.:", summary), ("A:", to), ("DE:", post.upper()))
        blocks += [Heading(line, size=1.5), Para(when, align="right"), Fields(rows)]
    elif style == "table":
        blocks += [Para(line, bold=True, align="left"), Para(when, align="left"),
                   Table((("MATERIA",), (summary,)), widths=(1.0,)),
                   Para(f"A: {to}", align="left"),
                   Para(f"DE: {post.upper()}", align="left")]  # fmt: skip
    else:
        plain = f"A    : {to}\nDE   : {post.upper()}\nREF. : {summary}"
        blocks += [Para(when, align="right"), Para(line, bold=True, align="left"),
                   Para(plain, align="left")]  # fmt: skip
    topic = summary[0].lower() + summary[1:]  # a circular is about its own summary
    blocks += [
        Space(2),
        Para("Por la presente circular, esta autoridad " + topic + ". Las instrucciones son "
             "de aplicación inmediata para todas las municipalidades del país."),
        Para("Las consultas deberán canalizarse a través de las Secretarías Regionales "
             "Ministeriales o de las direcciones regionales respectivas."),
        parts.signature(ctx, who.name, post, s.org, closing="Saluda atentamente a usted,"),
    ]  # fmt: skip
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": to}
    t = parts.truth(ctx, "circular", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))
