"""San Pedro de la Paz's decretos: de pago (a voucher-like table with beneficiary, RUT,
amount and budget account), de nombramiento, decretos that approve bases, convenios or a
budget change. The summary stands «MAT.:» above VISTOS, in a right-hand column beside the
number, as a bold title, or under the number in sentence case («Aprueba bases…»); the date
under the number or after the signatures.

Truth (devgen's): a decreto is interno; subject the summary wherever it stands (without its
label, its lines joined), number without dots or year, sender the mayor's post as signed,
sender_org the municipality as its letterhead names it; unit: DAF for payments,
Administración for appointments, SECPLAN for bases, the matter's otherwise."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Column, Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, topics, wording, world
from bench.devgen6.parts import Ctx

POSTS = (
    "Profesional grado 8° E.M.S. de la Dirección de Obras Municipales",
    "Técnico grado 12° E.M.S. del Departamento de Tránsito",
    "Administrativo grado 15° E.M.S. de la Oficina de Partes",
    "Directivo grado 6° E.M.S., Director de Medio Ambiente, Aseo y Ornato",
)
CONCEPTS = ("estado de pago N° 3", "servicio mensual de mantención", "suministro eléctrico")
ACCOUNTS = ("215.22.08.001", "215.22.05.001", "215.31.02.004", "215.24.01.004")


def _what(ctx: Ctx) -> tuple[str, str, list[Block]]:
    """(the decree's sort, its summary, the blocks that say what it orders)."""
    sort = ctx.pick("pago", "pago", "nombramiento", "bases", "convenio", "otro")
    m = ctx.matter
    if sort == "pago":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "daf")
        firm = ctx.rng.choice(senders.FIRMS)
        amount = f"$ {ctx.rng.randint(300, 90_000) * 1000:,}".replace(",", ".")
        factura = ctx.rng.randint(100, 98000)
        summary = f"Autoriza pago de factura N° {factura} a {firm.name}"
        rows = (("Beneficiario", firm.name),
                ("RUT", ctx.rut(world.company_rut(ctx.rng, firm.prefix))),
                ("Monto", amount), ("Imputación", f"Cuenta {ctx.pick(*ACCOUNTS)}"),
                ("Concepto", f"Factura N° {factura}, {ctx.pick(*CONCEPTS)}"))  # fmt: skip
        return sort, summary, [Table(rows, header=False, widths=(1, 3))]
    if sort == "nombramiento":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "administracion")
        who = world.person(ctx.rng)
        title = "doña" if who.female else "don"
        post = ctx.pick(*POSTS)
        summary = f"Nombra en calidad de contrata a {title} {who.name} en el cargo de {post}"
        rut = ctx.rut(world.person_rut(ctx.rng))
        text = (
            f"NÓMBRASE a {title} {who.name}, RUT {rut}, a contar del {wording.long_date(ctx.day)}."
        )
        return sort, summary, [Para(f"1. {text}", left=8)]
    if sort == "bases":
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secplan")
        licit = f"{ctx.rng.randint(2400, 2499)}-{ctx.rng.randint(10, 160)}-LP{ctx.day.year % 100}"
        summary = (f"Aprueba bases administrativas, especificaciones técnicas y anexos de la "
                   f"licitación pública ID {licit} «{cap(ctx.matter.name)}»")  # fmt: skip
        return (
            sort,
            summary,
            [Para(f"1. APRUÉBANSE las bases de la licitación ID {licit}.", left=8)],
        )
    if sort == "convenio":
        org, fund, _post, keys = ctx.rng.choice(senders.FUNDS)
        ctx.matter = m = topics.matter(ctx.rng, topics.BY_KEY[ctx.pick(*keys)], ctx.day.year)
        summary = f"Aprueba convenio {fund} suscrito con {org} para {m.name}"
        return sort, summary, [Para(f"1. APRUÉBASE el convenio relativo a {m.other}.", left=8)]
    summary = ctx.pick(f"Encomienda a {world.the(m.unit)} la atención de {m.name}",
                       f"Constituye mesa de trabajo municipal sobre {m.name}")  # fmt: skip
    return sort, summary, [Para(f"1. DISPÓNESE lo relativo a {m.other}.", left=8)]


def _placed(ctx: Ctx, number: str, when: str, summary: str) -> tuple[list[Block], bool, str]:
    """(the head, whether the date goes after the signatures instead, the summary as
    printed: in capitals in a column or a title, now and then after «MAT.:»)."""
    style = ctx.pick("mat", "column", "title", "under")
    late = ctx.chance(0.3)
    if style in ("column", "title") or (style == "mat" and ctx.chance(0.4)):
        summary = summary.upper()
    date = [] if late else [Para(when, align=ctx.pick("left", "right"))]
    if style == "mat":
        label = ctx.pick("MAT.:", "MAT:", "MATERIA:")
        return [Heading(number, size=1, align="left"), *date, Para(f"{label} {summary}",
                align="left", left=ctx.rng.choice((0, 70)))], late, summary  # fmt: skip
    if style == "column":
        shown = wording.wrap(ctx.rng, summary, 34)
        return (
            [Column((number, "", *([] if late else [when]), "", shown), "right", 0.5)],
            late,
            summary,
        )
    if style == "title":
        return [Heading(number, size=1), *date, Heading(summary, size=0.5)], late, summary
    return (
        [Para(number, bold=True, align="left"), Para(summary, align="left"), *date],
        late,
        summary,
    )


def decreto(ctx: Ctx) -> Doc:
    """A decree of the mayor; the summary in one of four places."""
    sort, summary, orders = _what(ctx)
    reason = f"{ctx.matter.detail[0].lower()}{ctx.matter.detail[1:]}"
    if sort == "pago":
        reason = "la factura y el acta de recepción conforme de la unidad técnica."
    num = str(ctx.rng.randint(30, 5800))
    label = ctx.pick("DECRETO", "DECRETO ALCALDICIO", "D.A.", "DECRETO EXENTO", "Decreto")
    if sort == "pago":
        label = ctx.pick("DECRETO DE PAGO", "Decreto de Pago", "D.P.")
    number = wording.number(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    top, late, summary = _placed(ctx, number, when, summary)
    blocks: list[Block] = [parts.muni_head(ctx, ctx.matter.unit, emblem=0.8), *top, Space(2)]
    blocks += [
        Para(f"VISTOS: Las facultades que confiere la Ley N° 18.695, Orgánica Constitucional de "
             f"Municipalidades; {reason}"),
        Para(ctx.pick("D E C R E T O:", "DECRETO:", "DECRETA:"), bold=True, align="left"),
        *orders,
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True, align="left"),
    ]  # fmt: skip
    mayor, post = world.mayor(ctx.rng)
    post = post if post != "Alcalde" else ctx.pick("Alcalde", "ALCALDE", "Alcalde de la Comuna")
    sec = world.UNITS["secretaria-municipal"]
    pair = (Signer(mayor.name.upper(), post), Signer(sec.chief.name.upper(), "Secretaria "
            "Municipal\nMinistro de Fe"))  # fmt: skip
    blocks.append(Signature(pair, "center", rule=ctx.chance(0.5)))
    if late:
        blocks.append(Para(when, align="left", size=-1))
    blocks.append(parts.distribution(ctx, [*parts.unit_names(ctx.matter.unit)[:1], "Archivo"]))
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
