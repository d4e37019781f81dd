"""Oficios to Río Bueno: of Los Ríos' offices (SERVIU, Vialidad, SII, Tesorería, SAG, CONAF,
the SEREMI de Salud, the Delegación, the DGA, the GORE) and of Carabineros, the PDI, the
Fiscalía and the courts, with a RUC, a Rol or a parte number. Heads in five arrangements: a
shaded label table; the number, ANT. and MAT. in a right-hand column with A:/DE: rows under
it; the number and the place and date on one line, then «REF.:» indented and a letter's
addressee; an ANT./MAT. table under the number; or the labels set in a wide right margin.

Truth (devgen's): an oficio, entrada; subject the MAT./REF./OBJ./ASUNTO text as printed
(lines joined, capitals kept); antecedents the ANT. text; doc_number without dots or year;
sender the signer's post, sender_org the office; recipient the addressee's first line (the
name under a lone «Señor»); unit that of the matter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Column, Fields, Pair, Para, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc, Margin
from bench.devgen8 import parts, senders, topics, wording, world
from bench.devgen8.parts import Ctx
from bench.devgen8.senders import Office

STYLES = ("grid", "right", "oneline", "antmat", "margin")


@dataclass(frozen=True)
class Head:
    number: str  # «ORD. N° 1.204/2025»
    place: str  # «Valdivia, 4 de marzo de 2025»
    mat: str  # as printed (maybe with line breaks)
    label: str  # «MAT.:»
    ant: str | None
    to: str
    de: str
    case: tuple[str, ...] = ()  # «ROL N° C-120-2024», «RUC: 2400…»


def _split(case: str) -> tuple[str, str]:
    """«RUC: 2400…» → («RUC», «2400…»); «ROL N° C-12-2025» → («ROL N°», «C-12-2025»)."""
    if ": " in case:
        label, value = case.split(": ", 1)
        return label, value
    label, value = case.split(" N° ", 1)
    return f"{label} N°", value


def _rows(x: Head) -> Fields:
    return Fields((("A:", x.to), ("DE:", x.de)))


def head(ctx: Ctx, style: str, x: Head) -> tuple[list[Block], Margin | None]:
    """The head blocks in one arrangement (the letterhead comes before, the body after)."""
    label = x.label.rstrip(":").rstrip()
    if style == "grid":
        rows: list[tuple[str, ...]] = [("N°", x.number), ("FECHA", x.place)]
        rows += [_split(c) for c in x.case]
        rows += [("ANT.", x.ant)] if x.ant else []
        rows += [(label, x.mat), ("A", x.to), ("DE", x.de)]
        return [Grid(tuple(rows), title=ctx.pick("", "", "OFICIO"))], None
    if style == "right":
        lines = (x.number, *x.case, *([f"ANT.: {x.ant}"] if x.ant else []), f"{x.label} {x.mat}")
        return [
            Column((*lines, "", x.place), "right", ctx.rng.choice((0.5, 0.45))),
            Space(2),
            _rows(x),
        ], None
    if style == "oneline":
        out: list[Block] = [Pair((x.number, *x.case), (x.place,), 0.5, right_align="right")]
        if x.ant:
            out.append(Para(f"ANT.: {x.ant}", align="left", left=70))
        out += [Para(f"{x.label} {x.mat}", align="left", left=70, bold=ctx.chance(0.5)), Space(3)]
        return [*out, Para(x.to, align="left"), Space(2)], None
    if style == "antmat":
        cells = ((("ANT.", x.ant),) if x.ant else ()) + ((label, x.mat),)
        out = [Para(x.number, bold=True, align="left"), *(Para(c, align="left") for c in x.case)]
        out += [Para(x.place, align="right"), Table(cells, header=False, widths=(1.0, 5.0))]
        return [*out, Space(2), _rows(x)], None
    side = (x.number, "", *x.case, x.place, "", *([f"ANT.: {x.ant}", ""] if x.ant else []))
    margin = Margin((*side, x.label, *x.mat.split("\n")), "right", 58.0)
    return [Para(x.to, align="left"), Space(3)], margin


def body(ctx: Ctx, whom: str) -> list[Block]:
    m = ctx.matter
    first = ctx.pick(
        f"Por intermedio del presente, {whom} se dirige a usted en relación con {m.name}.",
        f"Junto con saludar, informo a usted lo siguiente respecto de {m.other}.",
        f"En atención a la materia, y en uso de las atribuciones de {whom}, expongo lo que sigue.",
    )
    close = ctx.pick(
        "Se solicita dar respuesta dentro de un plazo de diez días hábiles.",
        "Sin otro particular, saluda atentamente a usted.",
        "Quedo atento a sus comentarios y a la coordinación que estime pertinente.",
    )
    return [Para(first), Para(m.detail), Para(close)]


def _case(ctx: Ctx, o: Office) -> tuple[str, ...]:
    year = ctx.day.year - ctx.rng.choice((0, 0, 1))
    if o.sort == "fiscal":
        return (
            f"RUC: {year % 100}{ctx.rng.randint(10_000_000, 99_999_999)}-{ctx.rng.randint(0, 9)}",
        )
    if o.sort == "court":
        letter = "J" if "Policía" in o.org else ctx.pick("C", "V", "F")
        return (f"ROL N° {letter}-{ctx.rng.randint(12, 2600)}-{year}",)
    if o.sort == "police" and ctx.chance(0.5):
        return (f"PARTE N° {ctx.rng.randint(100, 4800)}",)
    return ()


def _write(ctx: Ctx, o: Office, templates: tuple[str, ...]) -> Doc:
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    num = str(ctx.rng.randint(6, 3400))
    label = ctx.pick(*o.labels)
    mat = wording.subject(ctx.rng, templates, ctx.matter, ctx.day, o.law)
    mat = wording.capitals(ctx.rng, mat, 0.3)
    style = ctx.pick(*STYLES)
    to, recipient = parts.to_mayor(ctx)
    if style in ("grid", "right", "antmat"):  # an «A:» row: one line
        recipient = to = ctx.pick(
            "SR. ALCALDE I. MUNICIPALIDAD DE RÍO BUENO", "Alcalde de Río Bueno"
        )
    ant = wording.antecedent(ctx.rng, ctx.day, "de esa Municipalidad")
    x = Head(
        wording.numbered(ctx.rng, label, num, ctx.day.year),
        wording.place_date(ctx.rng, o.city, ctx.day),
        wording.broken(ctx.rng, mat, ctx.rng.choice((28, 36, 44))),
        ctx.pick(*o.mat),
        ant,
        to,
        post.upper(),
        _case(ctx, o),
    )
    top, margin = head(ctx, style, x)
    blocks: list[Block] = [parts.office_head(ctx, o), *top]
    blocks += body(ctx, ctx.pick("este Servicio", "esta repartición", "esta unidad"))
    blocks.append(
        parts.signature(ctx, who.name, post, o.org, closing=ctx.pick("", "Saluda a Ud.,"))
    )
    if ctx.chance(0.5):
        blocks.append(Para(parts.initials(ctx, who), align="left", size=-2.5))
    if ctx.chance(0.4):
        blocks.append(parts.distribution(ctx, ["Sr. Alcalde de Río Bueno", "Archivo"]))
    fields: dict[str, Any] = {"subject": " ".join(mat.split()), "doc_number": num, "sender": post}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o), margin=margin)


def oficio_servicio(ctx: Ctx) -> Doc:
    """A regional office writes about a matter it handles (the matter follows the office)."""
    o = senders.for_matter(ctx.rng, ctx.matter.unit, senders.SERVICES)
    if o is None:
        o = ctx.rng.choice(senders.SERVICES)
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*o.units), public=True)
    return _write(ctx, o, wording.SERVICE)


def oficio_justicia(ctx: Ctx) -> Doc:
    """Carabineros, the PDI, the Fiscalía or a court writes (a RUC, a Rol, a parte)."""
    o = senders.for_matter(ctx.rng, ctx.matter.unit, senders.JUSTICE)
    if o is None:
        o = ctx.rng.choice(senders.JUSTICE)
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*o.units), public=True)
    return _write(ctx, o, wording.POLICE if o.sort == "police" else wording.COURT)
