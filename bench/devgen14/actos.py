"""Chimbarongo's decretos alcaldicios. The summary stands above VISTOS: as a bold line with
no label (underlined at times) under the number and date; in the right half of a
two-column head, after «MAT.:», beside the municipality's lines and its basket; in a table's
cell beside the number and date; after «REF.:» over two or three indented lines; or in small
letters after «mat.:». A subsidy's or an appointment's decree may carry a table of names and
RUTs that runs to a second page.

Truth (devgen's): a decreto, interno; subject the summary as printed (label dropped, lines
joined, case kept); doc_number as devgen12's wording keeps it; sender the post as signed;
sender_org the municipality as its letterhead names it; unit the matter's; ruts those the
table prints."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Para, Signature, Signer, Space, Table
from bench.devgen3.model import Banner
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen14 import parts, subjects, wording, world
from bench.devgen14.parts import Ctx

SUMMARIES = (
    "Aprueba plan de acción para {m}",
    "Dispone medidas administrativas respecto de {m}",
    "Asigna recursos para {m}",
    "Designa comisión encargada de {m}",
    "Ordena sumario administrativo por {m}",
)
# for a social matter (DIDECO's, DAEM's): a subsidy, a list of beneficiaries
SOCIAL = ("Otorga subvención para {m}", "Aprueba nómina de beneficiarios de {m}")
STYLES = ("headline", "banner", "table", "ref", "lower")


def _head(ctx: Ctx, style: str, number: str, place: str, summary: str) -> tuple[list[Block], str]:
    """The decree's head in ``style``; (blocks, the summary as printed)."""
    if style == "headline":
        shown = wording.shaped(ctx.rng, summary, upper=0.6)
        line: Block = Para(shown, bold=True, align="justify")
        if ctx.chance(0.4):
            line = Heading(shown, align="left", size=0.5, underline=True)
        dated = [Para(number, bold=True, align="center"), Para(place, align="center")]
        return [*dated, Space(2), line], shown
    if style == "banner":
        ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
        shown = wording.spread(ctx.rng, summary, 3)
        right = (number, place, "", f"MAT.: {shown}")
        left = (ctx.muni_printed, world.UNITS[ctx.matter.unit].full, "Chimbarongo")
        return [Banner(left, right, ctx.pick("mimbre", "escudo"), 0.45, False)], summary
    if style == "table":
        day = place.split(", ", 1)[-1].removeprefix("Fecha: ")
        label, _, rest = number.partition(" N")
        rows = ((f"{label} N°", "FECHA", "MATERIA"), (rest.lstrip("°º: "), day, summary))
        return [Table(rows, widths=(1.3, 1.3, 3.4))], summary
    placed = subjects.place(ctx, "lower" if style == "lower" else "ref", summary)
    return [
        Para(number, bold=True, align="left"),
        Para(place, align="left"),
        *placed.blocks,
    ], placed.subject or summary


def _listing(ctx: Ctx) -> list[Block]:
    """A table of beneficiaries, their RUTs and amounts."""
    rows: list[tuple[str, ...]] = [("N°", "Nombre", "RUT", "Monto")]
    for i in range(1, ctx.rng.randint(6, 26)):
        rut = ctx.rut(ctx.rng.randint(5_500_000, 24_000_000))
        amount = f"${wording.grouped(ctx.rng.randint(6, 60) * 10_000)}"
        rows.append((str(i), world.person(ctx.rng).name, rut, amount))
    return [Table(tuple(rows), widths=(0.5, 3, 1.6, 1.2))]


def decreto(ctx: Ctx) -> Doc:
    """A decree of the mayor (interno)."""
    m = ctx.matter
    social = SOCIAL if m.unit in ("dideco", "educacion") else ()
    summary = wording.cap(ctx.rng.choice((*SUMMARIES, *social)).format(m=m.name))
    label = ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "D.A.", "DECRETO")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 4200)
    place = wording.place_date(ctx.rng, ctx.pick(world.COMMUNE, "CHIMBARONGO"), ctx.day)
    style = ctx.pick(*STYLES)
    blocks: list[Block] = [] if style == "banner" else [parts.muni_head(ctx, m.unit)]
    head, shown = _head(ctx, style, number, place, summary)
    blocks += [
        *head,
        Space(2),
        Para(ctx.pick("VISTOS:", "VISTOS Y CONSIDERANDO:"), bold=True, align="left"),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades; la "
            "Ley N° 19.880; la sentencia de proclamación del Tribunal Electoral Regional de "
            "O'Higgins; y los antecedentes tenidos a la vista.",
            left=6,
        ),
        Para(f"1.- Que, {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(f"2.- Que corresponde adoptar una decisión respecto de {m.other}.", left=6),
        Para("DECRETO:", bold=True, align="left"),
        Para(f"1.- {operative(summary)} lo relativo a {m.name}.", left=6),
    ]
    if summary.startswith(("Aprueba nómina", "Otorga")) and ctx.chance(0.7):
        blocks += [Para("2.- La nómina es la siguiente:", left=6), *_listing(ctx)]
    blocks += [
        Para(
            f"{wording.cap(world.unit_the(m.unit))} velará por el cumplimiento del presente.",
            left=6,
        ),
        Para("ANÓTESE, COMUNÍQUESE, REGÍSTRESE Y ARCHÍVESE.", bold=True),
    ]
    signature, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks += [
        Signature((Signer(sec.name.upper(), "SECRETARIA MUNICIPAL\nMINISTRO DE FE"),), "left"),
        signature,
    ]
    blocks.append(parts.carbon_copy(ctx, [world.UNITS[m.unit].short, "Control", "Archivo"]))
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
