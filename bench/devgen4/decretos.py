"""Putre's decretos alcaldicios and ordenanzas. A decree opens «DECRETO ALCALDICIO N° 1.234»
and «PUTRE, 15 de marzo de 2024», and puts its summary above VISTOS in a half-width block on
the left, as a «MAT.:» in a wide margin (right or left) beside the text, or as a centred
underlined title; then VISTOS (a), b), c)…), CONSIDERANDO, «DECRETO:» or «HOY SE HA
DECRETADO LO QUE SIGUE:», the closing formula, the Secretaria Municipal and the Alcalde.
An ordinance is a titled text with preamble, títulos and artículos, over several pages.

Truth (devgen's): a decree is interno, its subject the summary wherever it stands (without
«MAT.:»), its number the decree's, its sender the mayor's post as signed, its unit the one
of its matter; an ordinance goes to the Secretaría Municipal, its subject its title, its
number the one in the title."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Heading, Pair, Para, Signature, Signer, Space
from bench.devgen2.wording import decree_summary
from bench.devgen4 import parts, topics, wording, world
from bench.devgen4.model import Block, Doc, Margin
from bench.devgen4.parts import Ctx

LABELS = (
    "DECRETO ALCALDICIO",
    "DECRETO ALCALDICIO",
    "DECRETO ALCALDICIO EXENTO",
    "DECRETO EXENTO",
    "DECRETO",
    "D.A.",
)
LAWS = (
    "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
    "Municipalidades, cuyo texto refundido fue fijado por el D.F.L. N° 1, de 2006",
    "La Ley N° 19.880, que establece Bases de los Procedimientos Administrativos",
    "La Ley N° 18.883, Estatuto Administrativo para Funcionarios Municipales",
    "La Ley N° 19.253, que establece normas sobre protección, fomento y desarrollo de los "
    "indígenas",
    "El Decreto Alcaldicio que aprueba el presupuesto municipal vigente",
    "La sentencia de proclamación del Tribunal Electoral Regional de Arica y Parinacota",
)


def mayor_signs(ctx: Ctx) -> tuple[Signature, str]:
    """The Secretaria Municipal (ministro de fe) and the mayor; the sender is the mayor's
    post as signed."""
    mayor, post = world.mayor(ctx.rng)
    if post == "Alcalde":
        post = ctx.pick("ALCALDE", "Alcalde", "ALCALDE DE LA COMUNA DE PUTRE")
    sec = world.UNITS["secretaria-municipal"]
    faith = ctx.pick(
        sec.post, f"{sec.post}\nMinistro de Fe", f"{sec.post.upper()} (MINISTRO DE FE)"
    )
    pair = (Signer(sec.chief.name.upper(), faith), Signer(mayor.name.upper(), post))
    return Signature(pair if ctx.chance(0.6) else pair[::-1], "center", rule=ctx.chance(0.5)), post


def _top(ctx: Ctx, number: str, summary: str) -> tuple[list[Block], Margin | None]:
    """Number, place-date and summary: summary left above VISTOS, in the margin, or centred."""
    when = ctx.pick("PUTRE", "Putre") + ", " + wording.date_text(ctx.rng, ctx.day)
    style = ctx.pick("left", "left", "margin", "margin", "title", "pair")
    if style == "margin":
        side = ctx.pick("right", "left")
        note = Margin((ctx.pick("MAT.:", "MAT.:", "Materia:"), summary), side, 55.0)
        return [Para(number, bold=True, align="left"), Para(when, align="left"), Space(3)], note
    if style == "title":
        return [
            Heading(number, size=1),
            Para(when, align="right"),
            Heading(summary, size=0, underline=True),
        ], None
    if style == "pair":
        pair = Pair((number,), (when,), split=0.5, right_align="right")
        return [pair, Space(2), Column((summary,), "left", 0.55)], None
    return [
        Para(number, bold=True, align="left"),
        Para(when, align="left"),
        Space(2),
        Column((summary,), "left", ctx.rng.choice((0.45, 0.5, 0.6))),
    ], None


def _vistos(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    unit = world.UNITS[m.unit]
    items = ctx.rng.sample(LAWS, ctx.rng.randint(2, 4))
    items.append(
        f"El Memorándum N° {ctx.rng.randint(3, 480)} de {ctx.pick(unit.full, unit.short)}"
        f", de fecha {wording.long_date(wording.earlier(ctx.rng, ctx.day))}"
    )
    mark = ctx.pick("{a})", "{i}.-", "{a}.-")
    head = ctx.pick("VISTOS:", "V I S T O S:", "VISTOS Y TENIENDO PRESENTE:")
    blocks: list[Block] = [Para(head, bold=True, align="left")]
    blocks += [
        Para(f"{mark.format(i=i, a='abcdefg'[i - 1])} {x};", left=8) for i, x in enumerate(items, 1)
    ]
    return blocks


def _considering(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    reasons = [
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        f"Que, es necesario dictar el acto administrativo que formalice lo relativo a {m.name}.",
        "Que, existe disponibilidad presupuestaria según certificado de la Dirección de "
        "Administración y Finanzas.",
        "Que, las condiciones de aislamiento de los poblados de la comuna hacen necesario "
        "resolver esta materia con la debida anticipación.",
    ][: ctx.rng.randint(2, 4)]
    out: list[Block] = [Para(ctx.pick("CONSIDERANDO:", "CONSIDERANDO"), bold=True, align="left")]
    return out + [Para(f"{i}.- {r}", left=8) for i, r in enumerate(reasons, 1)]


def _orders(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    unit = world.UNITS[m.unit]
    lead = ctx.pick("DECRETO:", "D E C R E T O:", "HOY SE HA DECRETADO LO QUE SIGUE:")
    points = [
        f"{ctx.pick('APRUÉBASE', 'DISPÓNGASE', 'AUTORÍZASE')} lo relativo a {m.name}, conforme "
        "a los antecedentes señalados en los vistos.",
        f"{world.the(m.unit)[0].upper()}{world.the(m.unit)[1:]} será responsable de la "
        "ejecución de lo dispuesto.",
    ]
    if ctx.chance(0.5):
        points.insert(
            1,
            f"IMPÚTESE el gasto a la cuenta 215.{ctx.rng.randint(21, 31)}."
            f"{ctx.rng.randint(1, 12):02d}.{ctx.rng.randint(1, 999):03d} del "
            "presupuesto municipal vigente.",
        )
    formula = ctx.pick(
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.",
        "Anótese, regístrese, comuníquese y archívese.",
    )
    blocks: list[Block] = [Para(lead, bold=True, align=ctx.pick("left", "center"))]
    blocks += [Para(f"{i}.- {p}", left=8) for i, p in enumerate(points, 1)]
    blocks.append(Para(formula, bold=True))
    if ctx.chance(0.2):
        blocks.append(Para(f"({unit.short})", align="left", size=-2))
    return blocks


def decreto(ctx: Ctx) -> Doc:
    """A mayor's decree on a matter of one unit; the summary stands where the layout puts it."""
    summary = decree_summary(ctx.rng, ctx.matter)
    num = str(ctx.rng.randint(40, 3600))
    number = wording.number_line(ctx.rng, ctx.pick(*LABELS), num, ctx.day.year)
    top, margin = _top(ctx, number, summary)
    head_unit = ctx.rng.choice((ctx.matter.unit, "alcaldia", None))
    blocks: list[Block] = [parts.muni_head(ctx, head_unit), *top]
    blocks += _vistos(ctx) + _considering(ctx) + _orders(ctx)
    signature, post = mayor_signs(ctx)
    blocks.append(signature)
    if ctx.chance(0.6):
        mayor = world.UNITS["alcaldia"].chief
        blocks.append(Para(parts.initials(ctx, mayor), align="left", size=-2.5))
    if ctx.chance(0.7):
        blocks.append(
            parts.distribution(
                ctx, [*parts.unit_items(ctx, ctx.matter.unit), "Control", "Secretaría Municipal"]
            )
        )
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, margin=margin, footer=parts.muni_footer(ctx))


ORDINANCES = (
    ("la protección del patrimonio arquitectónico del pueblo de Putre", "toda intervención en "
     "fachadas de adobe, piedra o paja brava requerirá informe previo de la Dirección de Obras"),
    ("la tenencia responsable de mascotas y animales de compañía", "todo perro que transite "
     "por la vía pública deberá ir con correa y portar su identificación"),
    ("el tránsito de ganado camélido por caminos y vías urbanas", "el traslado de llamas y "
     "alpacas por vías urbanas se hará con arriero y en los horarios que fije la Municipalidad"),
    ("el turismo y las actividades de guías de montaña en la comuna", "los prestadores de "
     "servicios turísticos deberán inscribirse en el registro municipal"),
    ("el aseo, ornato y manejo de residuos sólidos domiciliarios", "los residuos se dispondrán "
     "en los días y horarios de recolección, en bolsas cerradas"),
    ("la extracción de áridos en cauces y quebradas de la comuna", "ninguna extracción podrá "
     "realizarse sin permiso municipal y sin consulta a la comunidad indígena respectiva"),
)  # fmt: skip


def _articles(ctx: Ctx, name: str, rule: str) -> list[Block]:
    texts = [
        (
            "TÍTULO I",
            "DISPOSICIONES GENERALES",
            f"La presente ordenanza regula {name} dentro del territorio de la comuna de Putre.",
        ),
        ("", "", f"Para los efectos de esta ordenanza, {rule}."),
        (
            "TÍTULO II",
            "FISCALIZACIÓN Y SANCIONES",
            "La fiscalización corresponderá a los "
            "inspectores municipales y a Carabineros de Chile.",
        ),
        (
            "",
            "",
            f"Las infracciones serán conocidas por el Juzgado de Policía Local de Putre y "
            f"sancionadas con multas de {ctx.rng.randint(1, 2)} a {ctx.rng.randint(3, 5)} UTM.",
        ),
        (
            "",
            "",
            "Las comunidades indígenas de la comuna serán informadas de toda medida que "
            "las afecte directamente.",
        ),
    ]
    mark = ctx.pick("Artículo {i}°.-", "ARTÍCULO {i}°:", "Art. {i}°.")
    out: list[Block] = []
    for i, (title, name_of, text) in enumerate(texts, 1):
        if title:
            out.append(Heading(f"{title}\n{name_of}", size=0))
        out.append(Para(f"{mark.format(i=i)} {text}"))
    out.append(Heading("ARTÍCULO TRANSITORIO", size=0, align="left"))
    out.append(
        Para(
            "La presente ordenanza entrará en vigencia desde su publicación en el "
            "sitio web municipal."
        )
    )
    return out


def ordenanza(ctx: Ctx) -> Doc:
    """A local ordinance, for the Secretaría Municipal whatever it regulates."""
    name, rule = ctx.rng.choice(ORDINANCES)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    num = str(ctx.rng.randint(1, 30)) if ctx.chance(0.65) else None
    no = f" {wording.sign(ctx.rng)} {num}" if num else ""
    kind = ctx.pick("ORDENANZA MUNICIPAL", "ORDENANZA LOCAL", "ORDENANZA")
    title = f"{kind}{no} {ctx.pick('SOBRE', 'QUE REGULA')} {name.upper()}"
    session = wording.long_date(wording.earlier(ctx.rng, ctx.day))
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, size=2.5),
        Para(
            f"Aprobada por el Concejo Municipal de Putre mediante Acuerdo N° "
            f"{ctx.rng.randint(20, 300)}, adoptado en sesión ordinaria de fecha {session}.",
            align="center",
            size=-1,
        ),
        Para(ctx.pick("PREÁMBULO", "CONSIDERACIONES GENERALES"), bold=True, align="left"),
        Para(
            "La comuna de Putre, ubicada en el altiplano de la Región de Arica y Parinacota, "
            "alberga el Parque Nacional Lauca, bofedales y poblados de arquitectura "
            "tradicional cuya protección es deber de la comunidad y de la Municipalidad."
        ),
        *_articles(ctx, name, rule),
        Para(wording.place_date(ctx.rng, "Putre", ctx.day), align="right"),
    ]
    signature, post = mayor_signs(ctx)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": post}
    t = parts.truth(
        ctx, "ordenanza", "interno", unit="secretaria-municipal", sender_org=world.MUNI, **fields
    )
    running = f"Ordenanza{no} — Municipalidad de Putre" if ctx.chance(0.5) else ""
    return parts.doc(ctx, t, blocks, running=running, page_label="Página {p} de {n}")
