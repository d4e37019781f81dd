"""Acts: the resoluciones exentas of La Araucanía's services that concern Lonquimay (a
SEREMI de Salud's sumario sanitario, a Dirección del Trabajo's fine, a GORE's transfer
agreement, a CONAF's or Superintendencia's order) and Lonquimay's own decretos. What the act
does («APRUEBA …», «ORDENA SUMARIO …», «PONE TÉRMINO …») sits under the number, in the
right (or left) margin, as a bold centred title, after «MATERIA:», or in a narrow column
with words split by hyphens.

Truth (devgen's): a resolución is entrada, a decreto interno; the subject is the summary
wherever it stands (without its label, its hyphenated words whole again); the number the
act's without dots or year; sender the signer's post (the mayor's, as signed, for a
decreto), sender_org the service or the municipality; unit the one of its matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Margin
from bench.devgen5 import parts, services, topics, wording, world
from bench.devgen5.parts import Ctx

LAWS = (
    "La Ley N° 19.880, que establece Bases de los Procedimientos Administrativos",
    "La Ley N° 18.575, Orgánica Constitucional de Bases Generales de la Administración del Estado",
    "La Resolución N° 7, de 2019, de la Contraloría General de la República",
    "El Código Sanitario, aprobado por D.F.L. N° 725, de 1967",
    "La Ley N° 19.253, sobre protección, fomento y desarrollo de los indígenas",
)
MUNI_LAWS = (
    "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de Municipalidades",
    "La Ley N° 18.883, Estatuto Administrativo para Funcionarios Municipales",
    "La Ley N° 19.886, de Bases sobre Contratos Administrativos de Suministro y Prestación "
    "de Servicios",
    "El Decreto Alcaldicio que aprueba el presupuesto municipal vigente",
)


def placed(ctx: Ctx, number: str, when: str, summary: str) -> tuple[list[Block], Margin | None]:
    """Number, place-date and summary in one of six arrangements."""
    style = ctx.pick("under", "margin", "title", "materia", "hyphen", "column")
    if style == "margin":
        shown, _ = wording.hyphenate(ctx.rng, summary, 19 if summary.isupper() else 23)
        lines = (ctx.pick("MATERIA:", "MAT.:", ""), shown)
        side = ctx.pick("right", "right", "left")
        top: list[Block] = [
            Para(number, bold=True, align="left"),
            Para(when, align="left"),
            Space(3),
        ]
        return top, Margin(tuple(x for x in lines if x), side, 58.0)
    if style == "title":
        return [
            Heading(number, size=1, align=ctx.pick("center", "left")),
            Para(when, align="right"),
            Heading(summary, size=0.5, underline=ctx.chance(0.4)),
        ], None
    if style == "materia":
        label = ctx.pick("MATERIA:", "MAT.:", "Materia:")
        return [
            Para(number, bold=True, align="left"),
            Para(f"{label} {summary}", align="left", left=ctx.rng.choice((0.0, 60.0))),
            Para(when, align="right"),
        ], None
    if style == "hyphen":
        shown, _ = wording.hyphenate(ctx.rng, summary, ctx.rng.choice((26, 30, 34)))
        column = Column((number, "", shown), "left", 0.45)
        return [column, Para(when, align="right"), Space(2)], None
    if style == "column":
        return [Column((number, "", summary, "", when), "right", 0.5)], None
    return [
        Heading(number, size=1, align="left"),
        Para(summary, bold=True, align="left"),
        Para(when, align=ctx.pick("left", "right")),
    ], None


def _section(ctx: Ctx, *names: str) -> Para:
    return Para(ctx.pick(*names), bold=True, align=ctx.pick("left", "left", "center"))


def _reasons(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    items = [
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        f"Que, es necesario dictar el acto administrativo que formalice lo relativo a {m.other}.",
        "Que, las condiciones de acceso a los sectores cordilleranos de la comuna de Lonquimay "
        "durante el invierno hacen necesario resolver con la debida anticipación.",
    ][: ctx.rng.randint(2, 3)]
    out: list[Block] = [_section(ctx, "CONSIDERANDO:", "C O N S I D E R A N D O:")]
    return out + [Para(f"{i}.- {r}", left=8) for i, r in enumerate(items, 1)]


def _vistos(ctx: Ctx, laws: tuple[str, ...]) -> list[Block]:
    chosen = ctx.rng.sample(laws, min(len(laws), ctx.rng.randint(2, 3)))
    head = _section(ctx, "VISTOS:", "V I S T O S:", "VISTO:")
    if ctx.chance(0.4):
        return [head, Para("; ".join(chosen) + ".")]
    return [head, *(Para(f"{'abcd'[i]}) {x};", left=8) for i, x in enumerate(chosen))]


def resolucion_servicio(ctx: Ctx) -> Doc:
    """A service's resolución exenta that concerns the municipality (entrada)."""
    if ctx.matter.unit not in services.COVERED:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female)
    post = services.post(s, who.female)
    summary = wording.act_summary(ctx.rng, wording.resolutions(s.org), ctx.matter)
    num = str(ctx.rng.randint(15, 9800))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN EXENTA", "REX", "Res. Exenta")
    number, _shown = wording.number_text(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, s.city, ctx.day)
    top, margin = placed(ctx, number, when, summary)
    blocks: list[Block] = [parts.service_head(ctx, s), *top, *_vistos(ctx, LAWS), *_reasons(ctx)]
    blocks += [
        _section(ctx, "RESUELVO:", "R E S U E L V O:", "RESUELVE:"),
        Para(f"1.- {wording.operative(summary)} lo relativo a {ctx.matter.name}.", left=8),
        Para("2.- Notifíquese la presente resolución a la Ilustre Municipalidad de Lonquimay.",
             left=8),
        Para(ctx.pick("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", "ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE."),
             bold=True),
        parts.signature(ctx, who.name, post, s.org),
        parts.distribution(ctx, ["I. Municipalidad de Lonquimay", "Oficina de Partes", "Archivo"]),
    ]  # fmt: skip
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=s.org, **fields)
    footer = parts.service_footer(ctx, s, services.domain(s))
    return parts.doc(ctx, t, blocks, footer=footer, margin=margin)


def _mayor_signs(ctx: Ctx) -> tuple[Signature, str]:
    """The Secretaria Municipal (ministro de fe) and the mayor; the sender is the mayor's
    post as signed."""
    mayor, post = world.mayor(ctx.rng)
    if post == "Alcalde":
        post = ctx.pick("ALCALDE", "Alcalde", "ALCALDE DE LONQUIMAY")
    sec = world.UNITS["secretaria-municipal"]
    faith = ctx.pick(
        sec.post, f"{sec.post}\nMinistro de Fe", f"{sec.post.upper()} (MINISTRO DE FE)"
    )
    pair = (Signer(sec.chief.name.upper(), faith), Signer(mayor.name.upper(), post))
    return Signature(pair if ctx.chance(0.6) else pair[::-1], "center", rule=ctx.chance(0.5)), post


def decreto(ctx: Ctx) -> Doc:
    """A decree of Lonquimay's mayor; the summary in one of placed()'s places."""
    m = ctx.matter
    summary = wording.act_summary(ctx.rng, wording.DECREES, m)
    num = str(ctx.rng.randint(40, 4800))
    label = ctx.pick("DECRETO", "DECRETO ALCALDICIO", "DECRETO EXENTO", "D.A.", "DECRETO ALC. EX.")
    number, _shown = wording.number_text(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, "Lonquimay", ctx.day)
    top, margin = placed(ctx, number, when, summary)
    unit = world.UNITS[m.unit]
    blocks: list[Block] = [parts.muni_head(ctx, m.unit), *top, *_vistos(ctx, MUNI_LAWS)]
    blocks += _reasons(ctx)
    blocks += [
        _section(ctx, "DECRETO:", "D E C R E T O:", "HOY SE HA DECRETADO LO QUE SIGUE:"),
        Para(f"1.- {wording.operative(summary)} lo relativo a {m.name}.", left=8),
        Para(f"2.- {world.the(m.unit)[0].upper()}{world.the(m.unit)[1:]} será responsable de "
             "la ejecución de lo dispuesto.", left=8),
        Para(ctx.pick("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
                      "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE."), bold=True),
    ]  # fmt: skip
    signature, post = _mayor_signs(ctx)
    blocks.append(signature)
    if ctx.chance(0.6):
        blocks.append(parts.distribution(ctx, [unit.full, "DAF", "Control", "Archivo"]))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx), margin=margin)
