"""Acts: the resoluciones exentas of the region's offices that reach Vicuña (the SEREMI de
Salud's sumario, the SEA's qualification of a project, the SAG's refusal of a subdivision,
the Dirección del Trabajo's fine citing the Code, the SII's new valuation, the GORE's or the
DOH's approval of a transfer) and Vicuña's own decretos alcaldicios. The number comes with
the date on the next line; the summary stands in capitals in the right half before VISTOS
(no label), after «REF.:», in a table whose first row names its columns, as an underlined
title with the date only after the signature; a decree's summary also in a boxed MATERIA
row, beside the number on the right, or as «MAT.:» after «CON ESTA FECHA…».

Truth (devgen's): a resolución is entrada, a decreto interno; the subject is the summary
wherever it stands (without its label, its lines joined, in the case printed); the number
the act's without dots or year; sender the signer's post (the mayor's as signed for a
decreto), sender_org the office or the municipality as its letterhead names it; unit the
one of its matter."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Box, Fields, Heading, Pair, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen7 import parts, senders, topics, wording, world
from bench.devgen7.parts import Ctx

# Summaries that do not name the matter, and the matter (so the unit) each concerns.
SUBDIVISION = (
    "Rechaza solicitud de certificación de subdivisión de predio rústico en el sector {sector}"
)
FRUIT_FLY = "Establece área reglamentada por detección de mosca de la fruta en la comuna de Vicuña"
FINE = "Aplica multa a la Ilustre Municipalidad de Vicuña por infracción a {law}"
BOUND = {SUBDIVISION: "dom:02", FRUIT_FLY: "dideco:04", FINE: "administracion:03"}
# What an office resolves, by a word of its name.
RESOLVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Regional Ministerial de Salud", (
        "Instruye sumario sanitario a la Ilustre Municipalidad de Vicuña por {m}",
        "Dispone medidas sanitarias respecto de {m}")),
    ("Evaluación Ambiental", (
        "Califica ambientalmente {m}", "Declara admisible {m} y ordena su evaluación")),
    ("Agrícola", (SUBDIVISION, FRUIT_FLY)),
    ("Trabajo", (FINE,)),
    ("Impuestos", ("Modifica avalúo fiscal del inmueble rol {rol} de la comuna de Vicuña",)),
    ("Gobierno Regional", ("Aprueba convenio de transferencia de recursos para {m}",)),
    ("Obras Hidráulicas", (
        "Aprueba convenio de asesoría y asistencia técnica para {m} (Ley N° 20.998)",)),
    ("Superintendencia de Educación", ("Formula cargos al sostenedor municipal por {m}",)),
    ("Servicio de Salud", ("Aprueba convenio de atención primaria de salud para {m}",)),
    ("Delegación", ("Dispone entrega de recursos de emergencia para {m}",)),
    ("Transportes", ("Establece condiciones de operación para {m}",)),
    ("Monumentos", ("Autoriza intervención arqueológica para el registro de {m}",)),
)  # fmt: skip
RESOLVERS = tuple(s for s in senders.SERVICES if any(w in s.org for w, _t in RESOLVES))

VISTOS = (
    "la Ley N° 19.880, que establece Bases de los Procedimientos Administrativos",
    "la Resolución N° 36, de 2024, de la Contraloría General de la República",
    "el D.F.L. N° 1/19.653, de 2000, que fija el texto refundido de la Ley N° 18.575",
    "las facultades que me confiere el cargo",
)


def _summary(ctx: Ctx, org: str, law: str) -> str:
    templates = next(t for word, t in RESOLVES if word in org)
    rol = f"{ctx.rng.randint(100, 6400)}-{ctx.rng.randint(1, 45)}"
    template = ctx.pick(*templates)
    if template in BOUND:
        ctx.matter = topics.of_key(ctx.rng, BOUND[template], ctx.day.year)
    m = ctx.matter
    return cap(template.format(m=m.name, law=law, rol=rol, sector=m.sector))


def _placed(ctx: Ctx, number: str, shown: str, when: str, summary: str) -> tuple[list[Block], bool]:
    """(number, date and summary in one of four arrangements, whether the date is printed:
    the title's arrangement leaves it for after the signature)."""
    style = ctx.pick("right", "ref", "table", "title")
    if style == "right":
        right = Para(summary, bold=True, align="left", left=ctx.rng.choice((70.0, 85.0)))
        return [Para(number, bold=True, align="left"), Para(when, align="left"), Space(2),
                right], True  # fmt: skip
    if style == "ref":
        label = ctx.pick("REF.:", "Ref.:", "REF. :")
        return [Heading(number, size=1), Para(when, align="center"),
                Fields(((label, summary),), side=ctx.pick("full", "right"))], True  # fmt: skip
    if style == "table":
        head = (ctx.pick("RESOLUCIÓN EXENTA N°", "RES. EX. N°"), "FECHA", "MATERIA")
        cells = (shown, when.split(", ", 1)[-1], summary)
        return [Table((head, cells), widths=(1.2, 1.3, 3.5)), Space(2)], True
    return [Heading(number, size=1.5, align=ctx.pick("left", "center")),
            Heading(summary, size=0, underline=True)], False  # fmt: skip


def _considering(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    items = (
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        f"Que, corresponde dictar el acto administrativo relativo a {m.other}.",
    )
    out: list[Block] = [Para(ctx.pick("CONSIDERANDO:", "Y CONSIDERANDO:"), bold=True, align="left")]
    return out + [Para(f"{i}° {text}", left=6) for i, text in enumerate(items, 1)]


def resolucion_servicio(ctx: Ctx) -> Doc:
    """An office's resolución exenta that concerns the municipality (entrada)."""
    s = parts.sender_for(ctx, RESOLVERS)
    who = world.person(ctx.rng, female=s.female)
    post = senders.post(s, who.female)
    summary = _summary(ctx, s.org, senders.law(s))
    summary = summary.upper() if ctx.chance(0.45) else summary
    num = str(ctx.rng.randint(12, 9400))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EXENTA", "REX.", "RESOLUCIÓN EX.")
    number, shown = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, s.city, ctx.day)
    typed = wording.shown(ctx.rng, summary, width=48, upper=0)
    top, dated = _placed(ctx, number, shown, when, typed)
    blocks: list[Block] = [parts.service_head(ctx, s), *top]
    vistos = "; ".join([*ctx.rng.sample(VISTOS, 2), senders.law(s)])
    blocks += [Para(f"VISTOS: {cap(vistos)}.", align="justify"), *_considering(ctx)]
    blocks += [
        Para(ctx.pick("RESUELVO:", "R E S U E L V O :", "RESUELVE:"), bold=True, align="left"),
        Para(f"1° {summary}.", left=6),
        Para("2° Notifíquese a la Ilustre Municipalidad de Vicuña por correo electrónico.",
             left=6),
        Para(ctx.pick("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", "ANÓTESE Y COMUNÍQUESE."), bold=True),
        parts.signature(ctx, who.name, post, s.org),
    ]  # fmt: skip
    if not dated:
        blocks.append(Para(when, align="left", size=-1))
    if ctx.chance(0.6):
        blocks.append(parts.distribution(ctx, ["I. Municipalidad de Vicuña", "Oficina de Partes"]))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=s.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


# A decree's summary by its matter's unit; the last row is any unit's.
DECREES: dict[str, tuple[str, ...]] = {
    "alcaldia": ("Aprueba programa y presupuesto de la Fiesta de la Vendimia {year}",),
    "administracion": ("Llama a concurso público para proveer cargos de la planta de la "
                       "Municipalidad de Vicuña", "Autoriza trabajos extraordinarios al "
                       "personal que indica durante el mes de {month} de {year}"),
    "dom": ("Ordena paralización de obras ejecutadas sin permiso en el sector {sector}",),
    "dideco": ("Aprueba nómina de familias beneficiarias del reparto de agua en camión "
               "aljibe del sector {sector}",),
    "secplan": ("Aprueba bases administrativas y técnicas de la licitación pública ID {licit}",),
    "daf": ("Aprueba modificación presupuestaria N° {n} del presupuesto municipal {year}",
            "Otorga renovación de patentes de alcoholes del segundo semestre {year}"),
    "juridica": ("Aprueba contrato de comodato suscrito con fecha {when} con la {jjvv}",),
    "salud": ("Aprueba convenio Programa de Salud Rural {year} suscrito con el Servicio de "
              "Salud Coquimbo",),
    "educacion": ("Aprueba contrato de transporte escolar rural año {year}",),
    "transito": ("Establece prohibición de estacionar buses de turismo en {calle}",),
    "": ("Aprueba plan de trabajo municipal para {m}", "Dispone instruir investigación sumaria "
         "por hechos relativos a {m}", "Encomienda a {unit} la coordinación de {m}",
         "Crea mesa técnica municipal para {m}"),
}  # fmt: skip
IMPERATIVE = {
    "Aprueba": "APRUÉBASE", "Llama": "LLÁMASE", "Autoriza": "AUTORÍZASE", "Ordena": "ORDÉNASE",
    "Otorga": "OTÓRGASE", "Establece": "ESTABLÉCESE", "Dispone": "DISPÓNESE",
    "Encomienda": "ENCOMIÉNDASE", "Crea": "CRÉASE",
}  # fmt: skip


def _decree_summary(ctx: Ctx) -> str:
    m = ctx.matter
    own = DECREES.get(m.unit, ())
    template = ctx.pick(*own) if own and ctx.chance(0.55) else ctx.pick(*DECREES[""])
    past = wording.earlier(ctx.rng, ctx.day)
    values = world.fill_values(ctx.rng, ctx.day.year)
    month = wording.long_date(ctx.day).split(" ")[2]
    values |= {"m": m.name, "unit": world.the(m.unit), "sector": m.sector, "month": month,
               "when": wording.long_date(past)}  # fmt: skip
    return cap(template.format(**values))


def _decree_top(
    ctx: Ctx, number: str, shown: str, when: str, summary: str
) -> tuple[list[Block], str]:
    """(number, date and summary: the summary in capitals right before VISTOS, a boxed
    MATERIA row, beside the number, «MAT.:» after the date, or a framed «REF.:»; the summary
    as printed)."""
    style = ctx.pick("right", "fields", "pair", "fecha", "boxed")
    if style == "right":
        upper = summary.upper()
        return [Heading(number, size=1, align="left"), Para(when, align="left"), Space(2),
                Para(upper, bold=True, align="left", left=85.0)], upper  # fmt: skip
    if style == "fields":
        rows = ((number.split(" N", 1)[0] + " N°", shown), ("FECHA", when.split(", ", 1)[-1]),
                (ctx.pick("MATERIA", "MAT."), summary))  # fmt: skip
        return [Fields(rows, boxed=True, side=ctx.pick("full", "right"))], summary
    if style == "pair":
        right = (wording.wrap(ctx.rng, summary.upper(), 36),)
        return [Pair((number, when), right, split=0.45, boxed=ctx.chance(0.3))], summary.upper()
    if style == "fecha":
        mat = Para(f"{ctx.pick('MAT.:', 'Mat.:', 'MATERIA:')} {summary}", align="left")
        return [Para(when, align="right"), Para(number, bold=True, align="left"), mat], summary
    return [Heading(number, size=1), Para(when, align="center"),
            Box((f"REF.: {summary}",), align="left")], summary  # fmt: skip


def _signatures(ctx: Ctx) -> tuple[Signature, str]:
    """The mayor and the Secretario Municipal (ministro de fe), in either order; the sender
    is the mayor's post as signed."""
    mayor, post = world.mayor(ctx.rng)
    if post == "Alcalde":
        post = ctx.pick("Alcalde", "ALCALDE", "Alcalde de Vicuña")
    sec = world.UNITS["secretaria-municipal"]
    pair = (Signer(mayor.name.upper(), post), Signer(sec.chief.name.upper(),
            ctx.pick(f"{sec.post}\nMinistro de Fe", "SECRETARIO MUNICIPAL")))  # fmt: skip
    return Signature(pair if ctx.chance(0.5) else pair[::-1], "center", rule=ctx.chance(0.6)), post


def decreto(ctx: Ctx) -> Doc:
    """A decree of Vicuña's mayor (interno); the summary in one of five places."""
    summary = _decree_summary(ctx)
    num = str(ctx.rng.randint(25, 3900))
    label = ctx.pick("DECRETO ALCALDICIO", "D.A.", "DECRETO EXENTO", "DECRETO ALCALDICIO EXENTO")
    number, shown = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, "Vicuña", ctx.day)
    top, printed = _decree_top(ctx, number, shown, when, summary)
    m = ctx.matter
    verb = IMPERATIVE.get(summary.split(" ", 1)[0], "DISPÓNESE")
    blocks: list[Block] = [parts.muni_head(ctx, m.unit, emblem=0.8), *top]
    blocks += [
        Para(ctx.pick("CON ESTA FECHA SE HA DICTADO EL SIGUIENTE DECRETO:", "VISTOS:"),
             bold=True, align="left"),
        Para("Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades, "
             "cuyo texto refundido fue fijado por el D.F.L. N° 1, de 2006, del Ministerio del "
             f"Interior; {m.detail[0].lower()}{m.detail[1:]}"),
        Para(ctx.pick("SE DECRETA:", "DECRÉTASE:", "D E C R E T O :"), bold=True, align="left"),
        Para(f"1° {verb} lo indicado en la materia, relativo a {m.other}.", left=6),
        Para(f"2° {cap(world.the(m.unit))} adoptará las medidas para su cumplimiento.", left=6),
        Para("ANÓTESE, COMUNÍQUESE, REGÍSTRESE Y ARCHÍVESE.", bold=True, align="left"),
    ]  # fmt: skip
    signatures, post = _signatures(ctx)
    blocks.append(signatures)
    if ctx.chance(0.6):
        blocks.append(parts.distribution(ctx, [world.UNITS[m.unit].full, "DAF", "Control"]))
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
