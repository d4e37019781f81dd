"""Oficios to and from Quirihue: of Ñuble's regional offices (the SEREMIs of Salud, Vivienda
and Educación, the Servicio de Salud Ñuble, the Delegación Presidencial Provincial de Itata,
SENAPRED, INDAP's Agencia de Área Quirihue, FOSIS, JUNAEB, the Inspección del Trabajo, the
GORE, Vialidad, CONAF), of national services (SUBDERE, the Servicio Electoral, the Registro
Civil, the Superintendencia de Educación), of courts (a Juzgado de Policía Local, the Juzgado
de Letras y Garantía de Quirihue, the Juzgado de Familia de Chillán), and Quirihue's own
ordinarios to them. Some courts' and the Delegación's are reserved («OFICIO RES. N°»).

Heads in five arrangements: number and date at the right, the addressee block, then ANT.
(several documents, lettered) and the subject (over three or four lines) at the right half
after it; number and date side by side over a one-row bordered table that boxes the
subject, A/DE rows under it; everything in sentence case («Oficio N°: 45», «Materia:»,
«Antecedentes:», «Para:», «De:»); a two-column head, the office's letterhead left and the
number, ANT., subject and date right; or the number and date centred over «REFERENCIA:»
and «ANTECEDENTES:» rows, the addressee after them.

Truth (devgen's): an oficio, entrada (salida for Quirihue's own); subject the text after
the subject's label (MAT.:, Materia:, ASUNTO:, REFERENCIA:, OBJ.:, REF.:) with its lines
joined, in the case printed; antecedents the ANT. text as printed (marks and lines
joined); doc_number as wording.number keeps it; sender the post as signed («(S)», «p.o.»
kept), sender_org the office (the municipality as its letterhead names it); recipient the
addressee's first line (the name under a lone «SEÑOR»); reserved for «OFICIO RES.»; unit
that of the matter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Box, Fields, Head, Pair, Para, Space
from bench.devgen2.world import Person
from bench.devgen3.model import Banner
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen9 import parts, senders, topics, wording, world
from bench.devgen9.parts import Ctx

STYLES = ("after", "boxed", "sentence", "banner", "referencia")
ONE_LINE = ("boxed", "sentence", "banner")  # styles whose A:/Para: row takes one line


@dataclass(frozen=True)
class Top:
    """What an oficio's head says, as printed."""

    number: str  # «OF. ORD. N° 1234/2025»
    place: str  # «Chillán, 3 de marzo de 2025»
    label: str  # «MAT.:»
    mat: str  # the subject, maybe broken over lines
    ants: str  # the ANT. text, maybe several lines; "" when none
    to: str  # the addressee (lines, or one line in ONE_LINE styles)
    de: str  # the sender's post


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> list[Block]:
    """The letterhead and the head blocks in one arrangement (the body comes after)."""
    ant_row = (("ANT.:", x.ants),) if x.ants else ()
    if style == "after":
        rows = (*ant_row, (x.label, x.mat))
        return [
            letterhead,
            Para(x.number, align="right", bold=True),
            Para(x.place, align="right"),
            Space(2),
            Para(x.to, align="left"),
            Fields(rows, side="right"),
            Space(2),
        ]
    if style == "boxed":
        cell = ((x.label.rstrip(":. ").upper(), x.mat),)
        rows = (("A", ":  " + x.to), ("DE", ":  " + x.de), *ant_row)
        return [
            letterhead,
            Pair((x.number,), (x.place,), 0.55, right_align="right"),
            Table(cell, header=False, widths=(1.3, 5.0)),
            Space(2),
            Fields(rows, bold_labels=ctx.chance(0.5)),
        ]
    if style == "sentence":
        lines = [("Fecha:", x.place), ("Materia:", x.mat)]
        lines += [("Antecedentes:", x.ants)] if x.ants else []
        lines += [("Para:", x.to), ("De:", x.de)]
        return [
            letterhead,
            Para(x.number, align="left", bold=True),
            Fields(tuple(lines), bold_labels=False),
        ]
    if style == "banner":
        first, *rest = x.mat.split("\n")
        ants = [f"ANT.: {a}" for a in x.ants.split("\n")] if x.ants else []
        right = (x.number, "", *ants, f"{x.label} {first}", *rest, "", x.place)
        return [
            Banner(letterhead.lines, right, letterhead.emblem, 0.46, right_bold=ctx.chance(0.5)),
            Fields((("A:", x.to), ("DE:", x.de))),
        ]
    rows = ((x.label, x.mat), *((("ANTECEDENTES:", x.ants),) if x.ants else ()))
    return [
        letterhead,
        Para(x.number, align="center", bold=True),
        Para(x.place, align="center"),
        Space(2),
        Fields(rows),
        Para(x.to, align="left"),
        Space(2),
    ]


def label_for(ctx: Ctx, style: str, labels: tuple[str, ...]) -> str:
    if style == "sentence":
        return "Materia:"
    if style == "referencia":
        return "REFERENCIA:"
    return ctx.pick(*labels, "ASUNTO:", "OBJ.:")


def printed_mat(ctx: Ctx, style: str, mat: str) -> str:
    """The subject as the style sets it: over three or four lines of a narrow column."""
    if style in ("after", "banner") and len(mat) > 50:
        return wording.spread(ctx.rng, mat, ctx.rng.choice((3, 4)))
    return mat


def body(ctx: Ctx, whom: str, law: str, greeting: str = "Señor Alcalde:") -> list[Block]:
    """The letter of an oficio: greeting, opening, the matter's detail and what is asked."""
    m = ctx.matter
    cited = f", conforme a {law}," if law else ","
    first = ctx.pick(
        f"En relación con la materia del epígrafe, cumplo con informar a usted lo que sigue "
        f"respecto de {m.name}.",
        f"Junto con saludar cordialmente, y en el marco de las competencias de {whom}{cited} "
        f"me permito dirigirme a usted en relación con {m.other}.",
        f"Por medio del presente, {whom} pone en su conocimiento la situación de {m.name}.",
    )
    days = ctx.pick("cinco", "diez", "quince")
    ask = ctx.pick(
        f"Atendido lo anterior, se solicita remitir la información dentro de {days} días "
        "hábiles contados desde la recepción del presente.",
        "Se agradecerá designar un funcionario de contacto para coordinar las acciones.",
        "Lo anterior, para su conocimiento y fines que estime pertinentes.",
    )
    return [
        Para(ctx.pick("De mi consideración:", greeting, ""), align="left"),
        Para(first),
        Para(m.detail),
        Para(ask),
    ]


def foot(ctx: Ctx, signer: Person, items: list[str]) -> list[Block]:
    """Initials, «Incl.:» and a distribution or copy list, each only sometimes."""
    out: list[Block] = []
    if ctx.chance(0.55):
        out.append(Para(parts.initials(ctx, signer), align="left", size=-2.5))
    if ctx.chance(0.2):
        out.append(Para(ctx.pick("Incl.: lo indicado.", "Adj.: 3 fojas."), align="left", size=-2))
    if ctx.chance(0.55):
        out.append(parts.carbon_copy(ctx, items))
    return out


def _addressee(ctx: Ctx, style: str) -> tuple[str, str]:
    if style in ONE_LINE:
        one = ctx.pick(
            "SR. ALCALDE I. MUNICIPALIDAD DE QUIRIHUE",
            "Sr. Alcalde de la comuna de Quirihue",
            "ALCALDE DE QUIRIHUE",
        )
        return one, one
    return parts.to_mayor(ctx)


def numbered(ctx: Ctx, style: str, labels: tuple[str, ...], top: int = 2400) -> tuple[str, str]:
    """(the number line, the number registered); in sentence case for the «sentence» head."""
    label = ctx.pick("Oficio", "Ord.", "Oficio Ordinario") if style == "sentence" else ""
    return wording.number(ctx.rng, label or ctx.pick(*labels), ctx.day.year, top)


def _incoming(ctx: Ctx, o: Office, templates: tuple[str, ...], *, reserved: bool) -> Doc:
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = numbered(ctx, style, ("OFICIO RES.",) if reserved else o.labels)
    mat = wording.subject(ctx.rng, templates, ctx.matter, ctx.day, o.law)
    mat = wording.capitals(ctx.rng, mat, 0.25)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "esa Municipalidad"))
    to, recipient = _addressee(ctx, style)
    place = wording.town_date(ctx.rng, o.city, ctx.day)
    label = label_for(ctx, style, o.mat)
    x = Top(number, place, label, printed_mat(ctx, style, mat), ants, to, post.upper())
    blocks = head(ctx, style, x, parts.office_head(ctx, o))
    if reserved:
        blocks.insert(1, Box(("R E S E R V A D O",), align="center", bold=True))
    blocks += body(ctx, ctx.pick("este Servicio", "esta Dirección", "esta repartición"), o.law)
    closing = ctx.pick("Saluda atentamente a usted,", "")
    by_order = o.sort != "court"
    signature, sender = parts.signed(ctx, who, post, o.org, closing=closing, by_order=by_order)
    blocks += [signature, *foot(ctx, who, ["Destinatario", "Oficina de Partes", "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", reserved=reserved, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o))


def _office(ctx: Ctx, *pools: tuple[Office, ...]) -> Office:
    """An office of ``pools`` that writes about the matter; else one of the first pool, the
    matter becoming one of its units'."""
    o = senders.office_for(ctx.rng, ctx.matter.topic, *pools)
    if o is None:
        o = ctx.rng.choice(pools[0])
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def oficio_regional(ctx: Ctx) -> Doc:
    """One of Ñuble's regional offices writes (the Delegación now and then reserved)."""
    o = _office(ctx, senders.REGIONAL)
    reserved = "Delegación" in o.org and ctx.chance(0.3)
    return _incoming(ctx, o, wording.REGIONAL, reserved=reserved)


def oficio_nacional(ctx: Ctx) -> Doc:
    """A national service writes (SUBDERE, SERVEL, Registro Civil, Superintendencia)."""
    return _incoming(ctx, _office(ctx, senders.NATIONAL), wording.REGIONAL, reserved=False)


def oficio_tribunal(ctx: Ctx) -> Doc:
    """A court writes; a family court's oficio is reserved."""
    o = _office(ctx, senders.COURTS)
    return _incoming(ctx, o, wording.COURT, reserved="Familia" in o.org)


def _office_addressee(ctx: Ctx, style: str, o: Office) -> tuple[str, str]:
    """(how Quirihue addresses an office's head, the recipient registered)."""
    chief = world.person(ctx.rng)
    post = o.signer_post(chief.female)
    if style in ONE_LINE:
        one = f"{'SRA.' if chief.female else 'SR.'} {post.upper()}"
        return one, one
    honorific = "SEÑORA" if chief.female else "SEÑOR"
    return (
        f"{honorific}\n{chief.name.upper()}\n{post.upper()}\n{o.city.upper()}",
        chief.name.upper(),
    )


def oficio_municipal(ctx: Ctx) -> Doc:
    """Quirihue's mayor writes to one of the offices (salida)."""
    o = _office(ctx, senders.REGIONAL, senders.NATIONAL)
    style = ctx.pick(*STYLES)
    to, recipient = _office_addressee(ctx, style, o)
    number, num = numbered(ctx, style, ("ORD.", "OF. ORD.", "OFICIO"), 900)
    mat = wording.subject(ctx.rng, wording.OWN, ctx.matter, ctx.day)
    ants = wording.listed(ctx.rng, wording.antecedents(ctx.rng, ctx.day, "ese Servicio", most=2))
    place = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    label = label_for(ctx, style, ("MAT.:",))
    x = Top(number, place, label, printed_mat(ctx, style, mat), ants, to, "ALCALDE DE QUIRIHUE")
    blocks = head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    blocks += body(ctx, "esta Municipalidad", "", "De nuestra consideración:")
    mayor = world.UNITS["alcaldia"].chief
    signature, sender = parts.signed(
        ctx, mayor, "Alcalde", closing="Saluda atentamente,", by_order=True
    )
    unit = world.UNITS[ctx.matter.unit]
    blocks += [signature, *foot(ctx, mayor, ["Destinatario", unit.short, "Oficina de Partes"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
