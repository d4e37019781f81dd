"""Oficios: those of the Coquimbo region's offices, the Fiscalía Local and the courts to
Vicuña («ORD. SAG N°», «ORD. DOH N°», «OFICIO ORD. N°», «ORDINARIO N°», Carabineros' «OF.
N°» with «OBJ.:», the Fiscalía's with its RUC, a court's with its Rol), and Vicuña's own to
them (the mayor's, or by his order). The head comes in six arrangements this set adds: INCL.,
ANT. and MAT. stacked in a left column under the date with A:/DE: rows after them; a table
whose first row names the columns (N°, FECHA, ANT., MATERIA) and whose second holds them;
a letter's head with «REF.:» indented after the addressee and before «De mi consideración»;
a two-by-two grid with the office and the number above, ANT. and MAT. below; the number
centred over «ANT.  :», «MATERIA  :», «A  :», «DE  :» rows; and the subject as a centred,
perhaps underlined line between the addressee and the body. The subject may be in capitals,
wrap over two or three lines, cite a law, an earlier oficio or a date.

Truth (devgen's): an oficio; subject the MAT./MATERIA/REF./ASUNTO/OBJ. text (lines joined);
antecedents the ANT. text; number without dots or year (zero-padded ones as printed); sender
the signer's post, sender_org the office (the municipality as its letterhead names it when
it writes); recipient the addressee's first line; entrada, or salida for Vicuña's own; unit
the one of its matter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Column, Fields, Head, Heading, Pair, Para, Space
from bench.devgen2.services import Service
from bench.devgen4.model import Block, Doc
from bench.devgen7 import parts, senders, wording, world
from bench.devgen7.parts import Ctx

STYLES = ("column", "table", "letter", "cells", "spaced", "centred")
FIELD_STYLES = ("column", "spaced")  # the addressee goes in an «A :» row


@dataclass(frozen=True)
class Top:
    """What an oficio's head states (``mat`` as printed, perhaps with line breaks)."""

    number: str  # «ORD. SAG N° 1.245/2025»
    label: str  # «ORD. SAG»
    shown: str  # «1.245/2025»
    when: str  # «La Serena, 12.03.2025»
    day: str  # the date alone, for a table's cell
    mat: str
    mat_label: str  # «MAT.:», «OBJ.:», «REF.:»
    ant: str | None
    incl: str | None
    to: str  # the addressee: letter lines, or an «A :» row's text
    de: str  # the signer's post for a «DE :» row
    office: tuple[str, ...]  # the writer's name, typed in a cell
    case: str = ""  # «RUC N° 2500123456-7», «Rol N° C-345-2025»


def head(ctx: Ctx, style: str, letterhead: Head, x: Top) -> list[Block]:
    """The head blocks in one of the six arrangements (the body follows)."""
    case = [Para(x.case, align="left", bold=True)] if x.case else []
    if style == "column":
        rows = [f"INCL.: {x.incl}"] if x.incl else []
        rows += [f"ANT.: {x.ant}"] if x.ant else []
        rows.append(f"{x.mat_label} {x.mat}")
        column = Column((x.number, *([x.case] if x.case else []), "", *rows), "left", 0.56)
        return [letterhead, Para(x.when, align="right"), column, _rows(ctx, x)]
    if style == "table":
        names = ["N°", "FECHA", *(["ANT."] if x.ant else []), ctx.pick("MATERIA", "ASUNTO")]
        values = [x.shown, x.day, *([x.ant] if x.ant else []), x.mat]
        widths = (1.0, 1.2, *((1.8,) if x.ant else ()), 3.4)
        return [letterhead, Para(f"{x.label} N°", bold=True, align="left"), *case,
                Table((tuple(names), tuple(values)), header=True, widths=widths), Space(3),
                Para(x.to, align="left")]  # fmt: skip
    if style == "letter":
        indent = ctx.rng.choice((55.0, 70.0, 80.0))
        out: list[Block] = [letterhead, Para(x.number, align="right", bold=True), *case]
        out += [Para(x.when, align="right"), Space(3), Para(x.to, align="left")]
        if x.ant:
            out.append(Para(f"ANT.: {x.ant}", align="left", left=indent))
        out.append(Para(f"{x.mat_label} {x.mat}", align="left", left=indent, bold=ctx.chance(0.5)))
        return [*out, Para(ctx.pick("De mi consideración:", "De nuestra consideración:"))]
    if style == "cells":
        top = ("\n".join(x.office), "\n".join((x.number, *([x.case] if x.case else []), x.when)))
        low = f"ANT.: {x.ant}" if x.ant else (f"INCL.: {x.incl}" if x.incl else "")
        grid = Table((top, (low, f"{x.mat_label} {x.mat}")), header=False, widths=(1.0, 1.3))
        return [grid, Space(3), Para(x.to, align="left")]
    if style == "spaced":
        pairs = [("ANT.      :", x.ant)] if x.ant else []
        pairs += [(f"{x.mat_label.rstrip(':.')}   :", x.mat), ("A         :", x.to)]
        pairs += [("DE        :", x.de)]
        pairs += [("INCL.     :", x.incl)] if x.incl else []
        spaced = Fields(tuple(pairs), boxed=ctx.chance(0.25))
        return [letterhead, Heading(x.number, size=1), *case, Para(x.when, align="center"), spaced]
    left = (x.number, *([x.case] if x.case else []), *([f"ANT.: {x.ant}"] if x.ant else []))
    return [
        letterhead,
        Pair(left, (x.when,), split=0.6, right_align="right"),
        Para(x.to, align="left"),
        Space(2),
        Heading(f"{x.mat_label} {x.mat}", size=0, underline=ctx.chance(0.5)),
    ]


def _rows(ctx: Ctx, x: Top) -> Fields:
    colon = ctx.pick(":", " :")
    return Fields(((f"A{colon}", x.to), (f"DE{colon}", x.de)), boxed=ctx.chance(0.2))


def _body(ctx: Ctx, whom: str, contact: str) -> list[Block]:
    m = ctx.matter
    first = ctx.pick(
        f"Me dirijo a usted con el objeto de referirme a {m.name}.",
        f"En el marco de las competencias de {whom}, y atendida la materia del rubro, cumplo "
        f"con informar lo siguiente sobre {m.other}.",
        f"Mediante el presente, {whom} hace llegar a esa autoridad antecedentes sobre {m.name}.",
    )
    second = f"{m.detail} " + ctx.pick(
        "En temporada estival la situación se agrava por la afluencia de turistas al valle.",
        "Se adjuntan fotografías georreferenciadas de la inspección en terreno.",
        "La situación fue expuesta también en la mesa provincial de Elqui.",
        "",
    )
    third = ctx.pick(
        "Atendido lo anterior, se solicita informar las acciones que se adopten al respecto.",
        f"Para coordinar, el contacto es {contact}.",
        "Sin otro particular, saluda atentamente a usted.",
    )
    return [
        Para(p.strip(), indent=ctx.rng.choice((0.0, 0.0, 12.5))) for p in (first, second, third)
    ]


def _to(ctx: Ctx, style: str) -> tuple[str, str]:
    """(the addressee as this style prints it, the recipient a clerk records)."""
    if style not in FIELD_STYLES:
        return parts.to_mayor(ctx)
    unit = world.UNITS[ctx.matter.unit]
    mayor = world.UNITS["alcaldia"].chief.name
    if unit.code != "alcaldia" and ctx.chance(0.3):
        first = f"{'SRA.' if unit.chief.female else 'SR.'} {unit.post.upper()}"
        return f"{first}\nMUNICIPALIDAD DE VICUÑA", first
    if ctx.chance(0.5):
        return f"SR. {mayor.upper()}\nALCALDE DE LA COMUNA DE VICUÑA", f"SR. {mayor.upper()}"
    return "SR. ALCALDE I. MUNICIPALIDAD DE VICUÑA", "SR. ALCALDE I. MUNICIPALIDAD DE VICUÑA"


def _case(ctx: Ctx, s: Service) -> str:
    year = ctx.day.year - ctx.rng.choice((0, 0, 1))
    if "Fiscalía" in s.org:
        return (
            f"RUC N° {year % 100}{ctx.rng.randint(10_000_000, 99_999_999)}-{ctx.rng.randint(0, 9)}"
        )
    if "Corte" in s.org:
        return f"Rol N° Protección-{ctx.rng.randint(200, 4800)}-{year}"
    if "Juzgado" in s.org:
        return f"Rol N° {ctx.pick('C', 'V', 'O')}-{ctx.rng.randint(40, 1900)}-{year}"
    return ""


def oficio_servicio(ctx: Ctx) -> Doc:
    """An office of the region (or the Fiscalía, a court) writes about a matter it handles."""
    s = parts.sender_for(ctx, senders.SERVICES)
    who = world.person(ctx.rng, female=s.female)
    post = senders.post(s, who.female) + (" (S)" if ctx.chance(0.08) else "")
    label = ctx.pick(*senders.labels(s))
    num = wording.padded(ctx.rng, str(ctx.rng.randint(8, 3900)))
    line, printed = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    mat = wording.subject(ctx.rng, wording.SERVICE_MATS, ctx.matter, ctx.day, law=senders.law(s))
    style = ctx.pick(*STYLES)
    to, recipient = _to(ctx, style)
    ant = wording.antecedent(ctx.rng, ctx.day, muni=False)
    x = Top(line, label, printed, wording.town_date(ctx.rng, s.city, ctx.day),
            wording.bare_date(ctx.rng, ctx.day), wording.shown(ctx.rng, mat, width=40),
            ctx.pick(*senders.subject_labels(s)), ant, wording.enclosure(ctx.rng), to,
            post.upper(), parts.office_lines(ctx, s), _case(ctx, s))  # fmt: skip
    mat = " ".join(x.mat.split())  # as printed: in capitals now and then
    blocks = head(ctx, style, parts.service_head(ctx, s), x)
    contact = f"{world.person(ctx.rng).name}, {senders.domain(s.org).replace('www.', 'contacto@')}"
    blocks += _body(ctx, ctx.pick("este Servicio", "esta repartición"), contact)
    blocks.append(
        parts.signature(ctx, who.name, post, s.org, closing=ctx.pick("", "Saluda a Ud.,"))
    )
    if ctx.chance(0.55):
        blocks.append(Para(parts.initials(ctx, who), align="left", size=-2.5))
    if ctx.chance(0.5):
        blocks.append(parts.distribution(ctx, ["Sr. Alcalde de Vicuña", "Archivo"]))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def oficio_salida(ctx: Ctx) -> Doc:
    """Vicuña's oficio to an office that handles its matter (salida): the mayor signs, or
    the Administradora by his order."""
    s = parts.sender_for(ctx, senders.SERVICES)
    by_order = ctx.chance(0.2)
    if by_order:
        unit = world.UNITS["administracion"]
        signer, post = unit.chief, unit.post
    else:
        signer, post = world.mayor(ctx.rng)
        post = post if post != "Alcalde" else ctx.pick("Alcalde", "ALCALDE DE VICUÑA", "Alcalde")
    label = ctx.pick("ORD. ALC.", "ORD.", "OFICIO ORD.", "ORDINARIO", "Ord.")
    num = str(ctx.rng.randint(3, 1900))
    line, printed = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    mat = wording.subject(ctx.rng, wording.OWN_MATS, ctx.matter, ctx.day)
    style = ctx.pick(*STYLES)
    to, recipient = parts.to_office(ctx, s)
    if style in FIELD_STYLES:
        to = to.split("\n", 1)[0] + "\n" + s.org.upper()
    ant = wording.antecedent(ctx.rng, ctx.day, muni=True)
    x = Top(line, label, printed, wording.town_date(ctx.rng, world.COMMUNE, ctx.day),
            wording.bare_date(ctx.rng, ctx.day), wording.shown(ctx.rng, mat, width=42),
            ctx.pick("MAT.:", "MAT.:", "MATERIA:", "REF.:"), ant, wording.enclosure(ctx.rng), to,
            post.upper(), (ctx.pick(*world.MUNI_NAMES), "Alcaldía"))  # fmt: skip
    mat = " ".join(x.mat.split())
    blocks = head(ctx, style, parts.muni_head(ctx, None), x)
    if style == "cells":  # no letterhead: the cell names the municipality
        ctx.muni_printed = x.office[0]
    contact = f"{world.the(ctx.matter.unit)}, fono {ctx.pick(*world.MUNI_PHONES)}"
    blocks += _body(ctx, "esta Municipalidad", contact)
    if by_order:
        blocks.append(Para("POR ORDEN DEL SR. ALCALDE", align="center", bold=True))
    blocks.append(
        parts.signature(ctx, signer.name, post, closing=ctx.pick("", "Saluda atentamente,"))
    )
    blocks.append(Para(parts.initials(ctx, signer), align="left", size=-2.5))
    if ctx.chance(0.6):
        items = [
            "Destinatario",
            parts.unit_names(ctx.matter.unit)[ctx.rng.randint(0, 1)],
            "Archivo",
        ]
        blocks.append(parts.distribution(ctx, items))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": world.MUNI, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
