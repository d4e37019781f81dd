"""Acts: Lo Prado's decretos alcaldicios and the resoluciones exentas the national and
metropolitan offices send it. A decree's summary stands only in its first «DECRETO:» point
(«1.- APRUÉBASE …», no summary anywhere else), in the MATERIA cell of a bordered table whose
header row names the cells, or as «MAT.:» in a left column beside the number and date; the
Secretaria Municipal signs as ministro de fe beside the mayor, a stand-in or the
Administrador Municipal «por orden del Alcalde». A service's resolution prints its file
first («SUMARIO SANITARIO N° 2512345»), then «RESOLUCIÓN EXENTA N° 789» and the summary in
bold under it; or a bold headline after the date, an electronic number («E-12345/2025») and
an e-signature note at the end; or the number and date at the right of the letterhead and
the summary in capitals in the right half.

Truth (devgen's): a decreto is interno, a resolución entrada; subject the summary as
printed (label and the point's ordinal dropped, lines joined, case kept); doc_number as
wording.number keeps it; sender the post as signed; sender_org the municipality as its
letterhead names it or the office; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Heading, Pair, Para, Signature, Signer, Space
from bench.devgen2.parts import esign
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.devgen12 import parts, senders, topics, wording, world
from bench.devgen12.parts import Ctx

# (the summary, the first point that says it); {unit}: the unit that will act
DECREES = (
    ("Dispone medidas respecto de {m}", "DISPÓNGANSE las medidas que se indican respecto de {m}"),
    ("Aprueba plan de trabajo sobre {m}", "APRUÉBASE el plan de trabajo sobre {m}"),
    ("Encomienda {unit} la atención de {m}", "ENCOMIÉNDASE {unit} la atención de {m}"),
    ("Instruye investigación sumaria por {m}", "INSTRÚYESE investigación sumaria por {m}"),
    ("Designa funcionario coordinador de {m}", "DESÍGNASE funcionario coordinador de {m}"),
    ("Autoriza gasto para {m}", "AUTORÍZASE el gasto que demande {m}"),
)
RESOLVES = (
    "Fija plazo a la Municipalidad de Lo Prado para informar sobre {m}",
    "Resuelve presentación relativa a {m}",
    "Formula observaciones respecto de {m}",
)
# offices' own acts: a word of the office's name, its templates
OWN_ACTS = (
    ("Salud Región", ("Instruye sumario sanitario por {m}", "Ordena medidas sanitarias por {m}")),
    ("Desarrollo Regional", ("Aprueba transferencia de recursos del Programa de Mejoramiento "
                             "Urbano para {m}",)),
    ("Gobierno Regional", ("Aprueba convenio de transferencia de recursos con la Municipalidad "
                           "de Lo Prado para {m}",)),
    ("Superintendencia", ("Aplica sanción de amonestación por {m}",)),
    ("Transporte", ("Modifica trazado y frecuencia por {m}",)),
)  # fmt: skip


def _resolves(org: str) -> tuple[str, ...]:
    own = [t for word, ts in OWN_ACTS if word in org for t in ts]
    return (*own, *own, *RESOLVES)


def _decree_top(ctx: Ctx, number: str, place: str, summary: str) -> list[Block]:
    """The number, date and summary in one of the two arrangements that print it."""
    if ctx.chance(0.5):
        date = place.split(", ", 1)[-1].removeprefix("Fecha: ")
        cells = (("DECRETO", "FECHA", "MATERIA"), (number, date, summary))
        return [Table(cells, header=True, widths=(1.6, 1.2, 3.4)), Space(3)]
    left = tuple(wording.spread(ctx.rng, f"MAT.: {summary}", 3).split("\n"))
    return [Pair(left, (number, place), 0.55, right_align="right"), Space(3)]


def decreto(ctx: Ctx) -> Doc:
    """A decree of Lo Prado (interno)."""
    m = ctx.matter
    summary_t, point_t = ctx.rng.choice(DECREES)
    full = world.UNITS[m.unit].full
    unit = f"{'al' if full.startswith('Juzgado') else 'a la'} {full}"
    summary, point = (x.format(m=m.name, unit=unit) for x in (summary_t, point_t))
    label = ctx.pick(
        "DECRETO ALCALDICIO EXENTO", "DECRETO EXENTO", "D.A. EX.", "DECRETO ALCALDICIO"
    )
    number, num = wording.number(ctx.rng, label, ctx.day.year, 4800)
    place = wording.place_date(ctx.rng, world.COMMUNE.upper(), ctx.day)
    style = ctx.pick("point", "point", "table", "left")
    blocks: list[Block] = [parts.muni_head(ctx, m.unit)]
    if style == "point":
        blocks += [Para(number, bold=True, align="left"), Para(place, align="left"), Space(2)]
        shown = point
    else:
        shown = wording.capitals(ctx.rng, summary, 0.5)
        blocks += _decree_top(ctx, number, place, shown)
    blocks += [
        Para(ctx.pick("VISTOS:", "V I S T O S:"), bold=True, align="left"),
        Para(
            "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
            "Municipalidades; la Ley N° 19.886 y su reglamento; el Decreto Alcaldicio de "
            "nombramiento del Alcalde; y los antecedentes que se acompañan.",
            left=4,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1. Que, {m.detail[0].lower()}{m.detail[1:]}", left=4),
        Para(f"2. Que es necesario resolver lo relativo a {m.other}.", left=4),
        Para(ctx.pick("DECRETO:", "D E C R E T O:", "DECRETA:"), bold=True, align="left"),
        Para(f"1.- {point}.", left=4),
        Para(
            f"2.- La {full} será responsable del cumplimiento del presente decreto."
            if not full.startswith("Juzgado")
            else "2.- Remítase copia al Juzgado de Policía Local.",
            left=4,
        ),
        Para(
            "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE EN EL PORTAL DE TRANSPARENCIA Y ARCHÍVESE.", bold=True
        ),
    ]
    signature, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks += [
        Signature((Signer(sec.name.upper(), "SECRETARIA MUNICIPAL\nMinistro de Fe"),), "left"),
        signature,
    ]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def _resolution_top(ctx: Ctx, style: str, number: str, place: str, summary: str) -> list[Block]:
    if style == "file":
        file = ctx.pick("SUMARIO SANITARIO", "EXPEDIENTE", "PROCESO")
        return [
            Para(f"{file} N° {ctx.rng.randint(2_400_000, 2_599_999)}", align="left", size=-1),
            Heading(number, size=1, align="left"),
            Para(summary, bold=True, align="left"),
            Para(place, align="left"),
        ]
    if style == "headline":
        return [
            Para(number, bold=True, align="right"),
            Para(place, align="right"),
            Heading(summary, size=0.5),
        ]
    return [
        Para(f"{number}\n{place}", align="right", bold=True),
        Para(wording.spread(ctx.rng, summary, 4), align="left", left=85),
    ]


def resolucion(ctx: Ctx) -> Doc:
    """A national or metropolitan office's resolución exenta concerning Lo Prado (entrada)."""
    fit = [o for o in senders.SERVICES if ctx.matter.unit in o.units]
    o = ctx.rng.choice(fit or list(senders.SERVICES))
    if not fit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    m = ctx.matter
    style = ctx.pick("file", "headline", "right")
    summary = wording.cap(ctx.rng.choice(_resolves(o.org)).format(m=m.name))
    summary = summary.upper() if style == "right" else summary
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN EXENTA ELECTRÓNICA")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 9000)
    place = wording.place_date(ctx.rng, "Santiago", ctx.day)
    blocks: list[Block] = [
        parts.office_head(ctx, o),
        *_resolution_top(ctx, style, number, place, summary),
        Space(2),
    ]
    law = o.law or "la Ley N° 18.575"
    sections = (
        (
            "VISTOS:",
            f"Lo dispuesto en {law}; la Ley N° 19.880; la Resolución N° 36, de 2024, de la "
            "Contraloría General de la República.",
        ),
        (
            "CONSIDERANDO:",
            f"1° Que, {m.detail[0].lower()}{m.detail[1:]} 2° Que corresponde "
            f"pronunciarse sobre {m.other}.",
        ),
        (
            "RESUELVO:",
            f"1° {operative(summary)} lo señalado respecto de {m.name}. 2° Notifíquese "
            "a la Municipalidad de Lo Prado por correo electrónico.",
        ),
    )
    for title, text in sections:
        blocks += [Para(title, bold=True, align="left"), Para(text, left=4)]
    blocks.append(Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True))
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks.append(signature)
    if style == "headline" or ctx.chance(0.3):
        blocks.append(esign(ctx, who.name, post))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))
