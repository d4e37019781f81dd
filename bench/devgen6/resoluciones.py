"""Resoluciones exentas that reach San Pedro de la Paz (the SII's with its «MATERIA:» in a
framed box under the number, a SEREMI de Salud's sumario, the GORE's or SENDA's approval of
a transfer, the SEC's or the Dirección del Trabajo's charges) and the courts' oficios (a
Juzgado de Letras de Coronel's, the Corte de Apelaciones de Concepción's, a labour court's,
a Juzgado de Policía Local's).

Truth (devgen's): a resolución is entrada, its subject the MATERIA (boxed, labelled or as a
sentence-case title), its number without dots or year, sender the signer's post, sender_org
the service; a court's oficio is an oficio (entrada), its subject the «MAT.:»/«Materia:»
text, its recipient the addressee as the court names it; unit the one that must answer
(jurídica for lawsuits, tránsito for licences, the matter's for a service)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Heading, Para, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, topics, wording, world
from bench.devgen6.parts import Ctx

SII_MATS = (
    "Resuelve solicitud de exención de impuesto territorial del inmueble municipal rol {rol}",
    "Modifica avalúo fiscal del inmueble rol {rol}, de la comuna de San Pedro de la Paz",
    "Rectifica giro de contribuciones del rol {rol} (Ley N° 17.235)",
)
# A service's resolutions, by a word of its name.
RESOLVES = (
    ("Salud", ("Instruye sumario sanitario por {m}", "Otorga plazo para subsanar deficiencias "
               "sanitarias en {m}")),
    ("Trabajo", ("Aplica multa administrativa por infracciones constatadas en {m}",)),
    ("Electricidad", ("Formula cargos a la Municipalidad de San Pedro de la Paz por {m}",)),
    ("Contraloría", ("Aprueba informe final de investigación especial sobre {m}",
                     "Ordena instruir sumario administrativo respecto de {m}")),
    ("Gobierno Regional", ("Aprueba convenio de transferencia de recursos para {m}",)),
    ("Drogas", ("Aprueba convenio de colaboración financiera para {m}",)),
    ("Prevención", ("Aprueba convenio de transferencia para {m}",)),
    ("Vivienda", ("Fija plazo para corregir observaciones sobre {m}",)),
    ("Educación", ("Aprueba plan de mejoramiento para {m}",)),
)  # fmt: skip
RESOLVERS = tuple(s for s in senders.SERVICES if any(w in s.org for w, _t in RESOLVES))
VISTOS = (
    "lo dispuesto en la Ley N° 19.880, de Bases de los Procedimientos Administrativos",
    "la Resolución N° 7, de 2019, de la Contraloría General de la República",
    "el D.F.L. N° 1-19.653, que fija el texto de la Ley N° 18.575",
    "el Código Sanitario y el Decreto Supremo N° 977, de 1996, del Ministerio de Salud",
)


def _summary(ctx: Ctx, s_org: str) -> str:
    if "Impuestos" in s_org:
        rol = f"{ctx.rng.randint(100, 4800)}-{ctx.rng.randint(1, 90)}"
        return ctx.pick(*SII_MATS).format(rol=rol)
    templates = next(t for word, t in RESOLVES if word in s_org)
    return cap(ctx.pick(*templates).format(m=ctx.matter.name))


def _top(ctx: Ctx, number: str, when: str, summary: str) -> list[Block]:
    """Number, date and MATERIA: framed box, «MAT.:» line above VISTOS, or a title."""
    style = ctx.pick("box", "box", "mat", "title")
    if style == "box":
        shown = wording.wrap(ctx.rng, summary, 60) if len(summary) > 70 else summary
        return [
            Heading(number, size=1, align=ctx.pick("left", "center")),
            Box((f"MATERIA: {shown}",), align="left"),
            Para(when, align="right"),
        ]
    if style == "mat":
        return [
            Para(number, bold=True, align="left"),
            Para(when, align="left"),
            Space(2),
            Para(f"{ctx.pick('MAT.:', 'MAT:', 'Materia:')} {summary}", align="left", left=60),
        ]
    return [Para(when, align="right"), Heading(number, size=1), Heading(summary, size=0)]


def resolucion_servicio(ctx: Ctx) -> Doc:
    """A service's resolución exenta about the municipality (entrada)."""
    s = parts.sender_for(ctx, RESOLVERS)
    if ctx.chance(0.3):
        s = next(x for x in senders.SERVICES if "Impuestos" in x.org)
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "daf")
    who = world.person(ctx.rng, female=s.female)
    post = senders.post(s, who.female)
    summary = _summary(ctx, s.org)
    num = str(ctx.rng.randint(20, 9900))
    label = ctx.pick("RESOLUCIÓN EXENTA", "Res. Ex.", "RES. EX.", "RESOLUCIÓN EX.")
    number = wording.number(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, s.city, ctx.day)
    vistos = ctx.rng.sample(VISTOS, 2)
    blocks: list[Block] = [parts.service_head(ctx, s), *_top(ctx, number, when, summary)]
    blocks += [
        Para(f"VISTOS: {'; '.join(vistos)}.", align="justify"),
        Para(f"CONSIDERANDO: Que, {ctx.matter.detail[0].lower()}{ctx.matter.detail[1:]}"),
        Para(ctx.pick("RESUELVO:", "SE RESUELVE:", "R E S U E L V O:"), bold=True, align="left"),
        Para(f"1. {summary}.", left=8),
        Para("2. Notifíquese a la Municipalidad de San Pedro de la Paz por carta certificada.",
             left=8),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True, align="left"),
        parts.signature(ctx, who.name, post, s.org),
    ]  # fmt: skip
    if ctx.chance(0.5):
        blocks.append(parts.distribution(ctx, ["Municipalidad de San Pedro de la Paz", "Archivo"]))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=s.org, **fields)
    return parts.doc(ctx, t, blocks)


# What a court's oficio asks, by the matter it writes about.
COURT_MATS = {
    "juridica:02": ("Solicita informe en recurso de protección", "Comunica resolución que "
                    "declara admisible recurso de protección", "Solicita informe en el plazo "
                    "de ocho días"),
    "juridica:01": ("Cita a audiencia preparatoria", "Requiere remitir antecedentes en causa "
                    "laboral", "Notifica demanda por despido injustificado y cobro de "
                    "prestaciones"),
    "juridica:03": ("Notifica demanda de indemnización de perjuicios", "Comunica sentencia "
                    "ejecutoriada", "Requiere informe de la Dirección de Obras"),
    "transito:02": ("Comunica suspensión de licencia de conducir", "Solicita hoja de vida del "
                    "conductor"),
    "jpl:01": ("Exhorto para notificación", "Remite causa por incompetencia"),
}  # fmt: skip


def oficio_tribunal(ctx: Ctx) -> Doc:
    """A court's oficio: «Rol» or «RIT», MAT., the addressee at the head or at the foot."""
    court = parts.sender_for(ctx, senders.COURTS)
    mat = ctx.pick(*COURT_MATS[ctx.matter.topic.key.split("-", 1)[1]])
    unit = ctx.matter.unit
    year = ctx.day.year - ctx.rng.choice((0, 0, 1))
    if "Corte" in court.org:
        rol = f"Rol N° Protección-{ctx.rng.randint(1000, 28000)}-{year}"
    elif "Trabajo" in court.org:
        rol = f"RIT O-{ctx.rng.randint(20, 2600)}-{year}"
    else:
        rol = f"Rol N° {ctx.pick('C-', '')}{ctx.rng.randint(100, 9999)}-{year}"
    num = str(ctx.rng.randint(30, 6800))
    judge = world.person(ctx.rng, female=court.female)
    to = ctx.pick("SEÑOR ALCALDE", "Señor Alcalde de San Pedro de la Paz", "SR. DIRECTOR JURÍDICO")
    if unit == "transito":
        to = ctx.pick("Señora Directora de Tránsito", "SRA. DIRECTORA DE TRÁNSITO")
    elif unit == "jpl":
        to = ctx.pick("Señor Juez de Policía Local", "SR. JUEZ DE POLICÍA LOCAL")
    label = ctx.pick("MAT.:", "Materia:", "MATERIA:")
    number = wording.number(ctx.rng, ctx.pick("OFICIO", "Oficio", "OF."), num, ctx.day.year)
    blocks: list[Block] = [
        parts.service_head(ctx, court),
        Para(number, bold=True, align="left"),
        Para(rol, align="left"),
        Para(f"{label} {mat}", align="left"),
        Para(wording.town_date(ctx.rng, court.city, ctx.day), align="right"),
        Space(3),
    ]  # fmt: skip
    at_head = ctx.chance(0.5)
    if at_head:
        blocks.append(Para(f"{to}\n{world.MUNI_NAMES[0]}\nPRESENTE", align="left"))
    blocks += [
        Para(f"En causa {rol}, caratulada «{world.person(ctx.rng).name.split()[-2]} con "
             f"Municipalidad de San Pedro de la Paz», se ha ordenado oficiar a usted respecto "
             f"de {ctx.matter.name}. {ctx.matter.detail}"),
        Para("Lo que comunico a usted para su conocimiento y fines pertinentes."),
        parts.signature(ctx, judge.name, court.cargo, court.org),
    ]  # fmt: skip
    if not at_head:
        blocks.append(Para(f"{to}\n{world.MUNI_NAMES[2]}\nPRESENTE", align="left", size=-1))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": court.cargo}
    fields |= {"sender_org": court.org, "recipient": to}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=())
