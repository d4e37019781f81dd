"""Oficios to and from Tomé: of Biobío's regional offices (the Delegación Presidencial, the
GORE, the SEREMIs, SERVIU, Vialidad, the DOH, SERNAPESCA, the Capitanía de Puerto de
Talcahuano, the Servicio de Salud Talcahuano, the SMA), and the mayor's ordinarios to them.

Heads in five arrangements: the office at the left and number and date at the right of the
same band, then ANT./MAT./A/DE rows; number and date at the right with ANT./MAT. in a narrow
right column over «A:»/«DE:»; every field (number, date, ANT., MAT., DE, A) in one boxed
grid; the addressee, then the subject as a bold headline in capitals; or no subject at all,
the matter told only in the first paragraph.

Truth (devgen's): an oficio, entrada (salida for the mayor's); subject the text after its
label (lines joined) or the headline as printed, None when only the body tells it;
antecedents the ANT. text; doc_number as wording.number keeps it; sender the post as
signed; sender_org the office (the municipality as its letterhead names it); recipient the
A: text or the addressee's first line (the name under a lone «SEÑOR»); unit the matter's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Pair, Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office, domain
from bench.sealgen4 import parts, senders, topics, wording, world
from bench.sealgen4.parts import Ctx

STYLES = ("band", "column", "grid", "headline", "none")
ONE_LINE = ("band", "column", "grid")  # heads whose A: is one row


@dataclass(frozen=True)
class Top:
    number: str
    place: str
    mat: str
    ants: str
    to: str
    de: str


def head(ctx: Ctx, style: str, x: Top, letterhead: Head) -> list[Block]:
    """The letterhead and the head in one of the five arrangements."""
    label = ctx.pick("MAT.:", "MAT.:", "MATERIA:")
    ant = [("ANT.:", x.ants)] if x.ants else []
    if style == "band":
        pair = Pair(letterhead.lines, (x.number, x.place), 0.55, right_align="right")
        rows = (*ant, (label, wording.spread(ctx.rng, x.mat, 2)), ("A:", x.to), ("DE:", x.de))
        return [pair, Space(3), Fields(rows)]
    if style == "column":
        side = Fields((*ant, (label, wording.spread(ctx.rng, x.mat, 4))), side="right")
        top: list[Block] = [letterhead, Para(f"{x.number}\n{x.place}", align="right", bold=True)]
        return [*top, side, Space(2), Fields((("A:", x.to), ("DE:", x.de)))]
    if style == "grid":
        date = x.place.split(", ", 1)[-1].removeprefix("Fecha: ")
        rows = (("N°:", x.number), ("FECHA:", date), *ant, (label, x.mat))
        return [letterhead, Fields((*rows, ("DE:", x.de), ("A:", x.to)), boxed=True), Space(2)]
    top = [letterhead, Para(x.number, align="left", bold=True), Para(x.place, align="right")]
    top += [Space(2), Para(x.to, align="left")]
    if style == "headline":
        return [*top, Space(2), Heading(x.mat, size=0.5, underline=ctx.chance(0.5))]
    return top


def body(ctx: Ctx, whom: str, law: str, greeting: str, *, first: str = "") -> list[Block]:
    m = ctx.matter
    cited = f" y de acuerdo con {law}" if law else ""
    opening = first or ctx.pick(
        f"Junto con saludarle, {whom} se dirige a usted en relación con {m.other}{cited}.",
        f"Me permito poner en su conocimiento que {whom} ha revisado lo relativo a {m.name}.",
        f"En atención a la materia del epígrafe, cumplo con informar a usted sobre {m.other}.",
    )
    ask = ctx.pick(
        "Se solicita dar respuesta en un plazo de quince días hábiles.",
        "Para coordinaciones, el profesional a cargo queda a su disposición.",
        "Quedo atento a sus comentarios sobre el particular.",
    )
    return [
        Para(greeting, align="left"),
        Para(opening, indent=10),
        Para(m.detail, indent=10),
        Para(ask, indent=10),
    ]


def _office(ctx: Ctx) -> Office:
    fit = [o for o in senders.SERVICES if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(senders.SERVICES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def _subject(ctx: Ctx, style: str, text: str) -> tuple[str, str | None]:
    """(as printed, as registered)."""
    if style == "none":
        return "", None
    shown = text.upper() if style == "headline" else wording.capitals(ctx.rng, text, 0.25)
    return shown, shown


def cited(ctx: Ctx) -> str:
    n = ctx.rng.randint(30, 2900)
    past = wording.some_earlier(ctx.rng, ctx.day)
    return ctx.pick(
        f"Ord. N° {n}, de {past}, de esa Municipalidad",
        f"Oficio N° {n}/{ctx.day.year}",
        f"Correo electrónico de fecha {past}",
        f"Su presentación de {past}",
    )


def oficio_servicio(ctx: Ctx) -> Doc:
    """A regional office writes to the mayor (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    printed, mat = _subject(
        ctx, style, wording.stated(ctx.rng, wording.SERVICE, ctx.matter, ctx.day, o.law)
    )
    ants = cited(ctx) if style in ONE_LINE and ctx.chance(0.55) else ""
    if style in ONE_LINE:
        to = recipient = ctx.pick("SR. ALCALDE I. MUNICIPALIDAD DE TOMÉ", "Alcalde de Tomé")
    else:
        to, recipient = parts.to_mayor(ctx)
    x = Top(number, wording.place_date(ctx.rng, o.city, ctx.day), printed, ants, to, post.upper())
    blocks = head(ctx, style, x, parts.office_head(ctx, o))
    first = ""
    if style == "none":
        first = f"Por el presente, remito a usted antecedentes relativos a {ctx.matter.name}."
    greeting = ctx.pick("Señor Alcalde:", "De mi consideración:", "Estimado Sr. Alcalde:")
    blocks += body(
        ctx,
        ctx.pick("este Servicio", "esta Secretaría Regional", "esta Dirección"),
        o.law,
        greeting,
        first=first,
    )
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks += [signature, *parts.foot(ctx, who, ["Sr. Alcalde de Tomé", "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor writes to a regional office (salida)."""
    o = _office(ctx)
    style = ctx.pick(*STYLES)
    chief = world.person(ctx.rng)
    chief_post = o.signer_post(chief.female)
    if style in ONE_LINE:
        to = recipient = f"{'SRA.' if chief.female else 'SR.'} {chief_post.upper()}"
    else:
        honorific = "SEÑORA" if chief.female else "SEÑOR"
        to = f"{honorific}\n{chief.name.upper()}\n{chief_post}\n{o.org}\nPRESENTE"
        recipient = chief.name.upper()
    number, num = wording.number(
        ctx.rng, ctx.pick("ORD.", "ORD. ALC.", "OFICIO ORD."), ctx.day.year, 2600
    )
    printed, mat = _subject(ctx, style, wording.stated(ctx.rng, wording.OWN, ctx.matter, ctx.day))
    ants = cited(ctx).replace(", de esa Municipalidad", "") if ctx.chance(0.35) else ""
    ants = ants if style in ONE_LINE else ""
    x = Top(number, wording.place_date(ctx.rng, "Tomé", ctx.day), printed, ants, to, "ALCALDE")
    blocks = head(ctx, style, x, parts.muni_head(ctx, ctx.matter.unit))
    first = ""
    if style == "none":
        first = f"Me dirijo a usted para exponer la situación de {ctx.matter.name} en la comuna."
    greeting = ctx.pick("Señora:" if chief.female else "Señor:", "De mi consideración:")
    blocks += body(ctx, "esta Municipalidad", "", greeting, first=first)
    signature, sender = parts.mayor_signs(ctx, closing="Saluda atentamente,")
    unit = world.UNITS[ctx.matter.unit]
    blocks += [signature, *parts.foot(ctx, world.MAYOR, ["Destinatario", unit.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
