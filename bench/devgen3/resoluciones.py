"""Resoluciones exentas of national and regional services, with the two-column head: the
service's block left, the summary in capitals right. Either the head prints the number, or it
leaves it blank («N° digital en el costado inferior izquierdo») and an e-signature stamp at
the bottom left carries number and date.

Truth: subject the summary as printed; doc_number the number (the stamp's, without the
year after a slash); doc_date the date (the stamp's); sender the signer's post; sender_org
the service; unit the one that acts on the matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Pair, Para
from bench.devgen3 import annex, parts, services, wording, world
from bench.devgen3.model import Banner, Block, Doc, Stamp
from bench.devgen3.parts import Ctx
from bench.devgen3.services import Service

LABELS = ("RESOLUCIÓN EXENTA", "RESOLUCIÓN EXENTA", "RES. EXENTA", "RESOLUCIÓN EXENTA ELECTRÓNICA")
BLANKS = (
    ("RESOLUCIÓN EXENTA", "(N° digital en el costado inferior izquierdo)"),
    ("RESOLUCIÓN EXENTA N°", "(Número y fecha en firma electrónica)"),
    ("RESOLUCIÓN EXENTA ELECTRÓNICA",),
    ("RESOLUCIÓN EXENTA N° ________",),
)


def _number(ctx: Ctx, s: Service) -> str:
    if s.key.startswith("sea") and ctx.chance(0.6):
        return f"{ctx.day.year}11{ctx.rng.randint(100, 999)}{ctx.rng.randint(100, 999)}"
    return str(ctx.rng.randint(40, 2900))


def _signer(ctx: Ctx, s: Service) -> tuple[world.Person, str]:
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.signer_post(s, who.female)
    return who, post + (" (S)" if ctx.chance(0.12) else "")


def _summary(ctx: Ctx) -> str:
    text = ctx.matter.res
    return text.upper() if ctx.chance(0.85) else text


def _head_numbered(ctx: Ctx, s: Service, summary: str, num: str) -> list[Block]:
    """Four arrangements of service block, summary, number and place-date."""
    left = parts.service_lines(ctx, s)
    number = wording.number_line(ctx.rng, ctx.pick(*LABELS), num, ctx.day.year)
    when = wording.place_date(ctx.rng, s.city, ctx.day)
    split = ctx.rng.choice((0.45, 0.5, 0.55))
    emblem = s.emblem if ctx.chance(0.85) else "none"
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return [
            Banner(left, (summary,), emblem, split),
            Heading(number, align=ctx.pick("center", "left"), size=1),
            Para(when, align="right"),
        ]
    if style == 1:
        return [Banner(left, (number, "", summary, "", when), emblem, split)]
    if style == 2:
        return [
            Banner((*left, "", number), (summary,), emblem, split, rule=ctx.chance(0.4)),
            Para(when, align=ctx.pick("left", "right")),
        ]
    return [
        Banner(left, (summary,), emblem, split),
        Pair((number,), (when,), split=0.5, right_align="right"),
    ]


def _head_blank(ctx: Ctx, s: Service, summary: str) -> list[Block]:
    left = parts.service_lines(ctx, s)
    blank = ctx.rng.choice(BLANKS)
    emblem = s.emblem if ctx.chance(0.85) else "none"
    city = ctx.pick(f"{s.city.upper()},", f"{s.city.upper()}", "")
    if ctx.chance(0.5):
        right = (*blank, "", summary) + ((city,) if city else ())
        return [Banner(left, right, emblem, ctx.rng.choice((0.45, 0.5)))]
    blocks: list[Block] = [Banner(left, (summary,), emblem, 0.5)]
    blocks += [Heading("\n".join(blank), align="center", size=0.5)]
    return blocks + ([Para(city, align="right")] if city else [])


def _stamp(ctx: Ctx, s: Service, name: str) -> tuple[Stamp, str]:
    """The stamp and the number it gives (a platform's long document number, or the
    service's own)."""
    d = ctx.day
    form = ctx.rng.randint(0, 3)
    num = f"{d.year}{ctx.rng.randint(100000, 999999)}" if form == 0 else _number(ctx, s)
    clock = (
        f"{ctx.rng.randint(8, 19):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
    )
    forms: list[tuple[str, ...]] = [
        (f"Documento Digital N°: {num} - Fecha: {d.day:02d}/{d.month:02d}/{d.year}",),
        (
            f"RESOLUCIÓN EXENTA N°: {num}/{d.year}",
            f"FECHA: {d.day:02d}-{d.month:02d}-{d.year} {clock}",
        ),
        (f"Res. Exenta N° {num} de {wording.long_date(d)}", f"Firmado electrónicamente por {name}"),
        (f"N° {num}", f"Fecha {d.day:02d}.{d.month:02d}.{d.year}", "Firma Electrónica Avanzada"),
    ]
    mode = ctx.rng.choice(("text", "text", "rotated", "rotated", "image", "image-turned"))
    return Stamp(forms[form], mode, ctx.pick("first", "first", "last", "all")), num


def body(ctx: Ctx, s: Service, post: str) -> list[Block]:
    """VISTOS, CONSIDERANDO, RESUELVO and the closing formula."""
    m = ctx.matter
    reasons = wording.considering(ctx.rng, m, ctx.day)
    reasons[2:2] = ctx.rng.sample(annex.filler(ctx), ctx.rng.randint(2, 6))
    mark = ctx.pick("dot", "deg", "word", "paren")
    blocks: list[Block] = [
        Para(f"{ctx.pick('VISTOS:', 'VISTOS', 'VISTO:')} {wording.vistos(ctx.rng, s.key)}"),
        Para(
            ctx.pick("CONSIDERANDO:", "CONSIDERANDO", "C O N S I D E R A N D O:"),
            bold=True,
            align="left",
        ),
        *(
            Para(f"{wording.numbered(ctx.rng, mark, i)} {r}", left=6)
            for i, r in enumerate(reasons, 1)
        ),
        Para(ctx.pick("RESUELVO:", "R E S U E L V O:", "RESUELVO"), bold=True, align="center"),
    ]
    points = [wording.imperative(m.res)]
    operative: list[Block] = []
    if m.affair.agreement:
        points[0] = points[0].rstrip(".") + ", cuyo texto es el siguiente:"
        operative = annex.clauses(ctx, s, post)
    else:
        operative = annex.table(ctx)
    others = [
        "NOTIFÍQUESE la presente resolución a la Ilustre Municipalidad de Chile Chico, por "
        "correo electrónico a su Oficina de Partes.",
        f"PUBLÍQUESE la presente resolución en el sitio web www.{s.domain}, sección Gobierno "
        "Transparente.",
        "Se hace presente que en contra de la presente resolución procede el recurso de "
        "reposición, dentro del plazo de cinco días hábiles contado desde su notificación, "
        "conforme al artículo 59 de la Ley N° 19.880.",
        "DESÍGNASE como contraparte técnica a un profesional de este Servicio, quien "
        "coordinará con la unidad municipal respectiva.",
    ]
    if m.affair.agreement:
        others.insert(0, "IMPÚTESE el gasto que irrogue la presente resolución al Subtítulo 33, "
                      "Ítem 03, del presupuesto vigente de este Servicio.")  # fmt: skip
    points += ctx.rng.sample(others, ctx.rng.randint(3, len(others)))
    rmark = ctx.pick("deg", "word", "roman", "dot")
    blocks.append(Para(f"{wording.numbered(ctx.rng, rmark, 1)} {points[0]}", left=6))
    blocks += operative
    blocks += [
        Para(f"{wording.numbered(ctx.rng, rmark, i)} {p}", left=6)
        for i, p in enumerate(points[1:], 2)
    ]
    blocks.append(Para(wording.closing_formula(ctx.rng, m.affair.agreement), bold=True))
    return blocks


def _resolution(ctx: Ctx, *, stamped: bool) -> Doc:
    s = ctx.service
    who, post = _signer(ctx, s)
    summary = _summary(ctx)
    stamp: Stamp | None = None
    if stamped:
        stamp, num = _stamp(ctx, s, who.name)
        head = _head_blank(ctx, s, summary)
    else:
        num = _number(ctx, s)
        head = _head_numbered(ctx, s, summary, num)
    blocks = [*head, *body(ctx, s, post)]
    blocks.append(parts.signature(ctx, who.name, post, s.org if ctx.chance(0.5) else ""))
    legal = ctx.pick("Departamento Jurídico", "Unidad Jurídica", "Fiscalía")
    items = [*parts.muni_items(ctx), legal, ctx.pick("Oficina de Partes", "Archivo")]
    blocks += parts.foot(ctx, who, items)
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=s.org, **fields)
    page_label = ctx.pick("Página {p} de {n}", "Página {p} de {n}", "Pág. {p}/{n}", "{p}")
    return parts.doc(
        ctx, t, blocks, footer=parts.service_footer(ctx, s), page_label=page_label, digital=stamp
    )


def resolucion_exenta(ctx: Ctx) -> Doc:
    return _resolution(ctx, stamped=False)


def resolucion_firma_digital(ctx: Ctx) -> Doc:
    return _resolution(ctx, stamped=True)
