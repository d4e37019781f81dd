"""Oficios to and from Pozo Almonte: of Tarapacá's regional and provincial offices (the
Delegaciones Presidenciales, the GORE, the SEREMIs of Salud, Transportes and Educación, the
Servicio de Salud Iquique, SERVIU, Vialidad, the DOH, the DGA, the SAG, CONAF, CONADI and
SERNAGEOMIN), and the mayor's own ordinarios to them.

Heads in six arrangements: two columns, the office's lines at the left and at the right the
number, «ANT.:», «MAT.:» (the subject broken over two lines) and the place and date; every
field in one boxed grid of rows (ORD. N°, FECHA, ANT., MATERIA, A, DE); the number at the
top right and «OBJETO:» or «ASUNTO:» under the addressee; «REF.:» with a cited paper, a dash
and the matter; no number at the top, the subject in a wide left margin and the number and
date in the e-signature box at the end; or no subject at all, the matter only in the first
paragraph. Some run to a second page with an annex (a table of sites or dates).

Truth (devgen's): an oficio, entrada (salida for the mayor's); subject the text after its
label (after the dash when a paper is cited; the two lines joined), None when only the body
tells it; antecedents the ANT. text or the paper before the dash; doc_number as devgen12's
wording keeps it; sender the post as signed; sender_org the office (the municipality as its
letterhead names it); recipient the addressee's first line; unit the matter's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Fields, Pair, Para, Space, Table
from bench.devgen3.model import SealBox
from bench.devgen4.model import Block, Break, Doc, Margin
from bench.devgen8.senders import Office, domain
from bench.devgen9.oficios import foot
from bench.devgen13 import parts, senders, topics, wording, world
from bench.devgen13.parts import Ctx

STYLES = ("columns", "grid", "objeto", "dash", "margin", "first")
CITES = {"columns": 0.5, "grid": 0.4, "dash": 1.0}


@dataclass(frozen=True)
class Head:
    """What an oficio's head prints."""

    number: str  # «ORD. N° 1234/2025»
    place: str  # «Iquique, 3 de marzo de 2025»
    mat: str  # the subject as printed, "" when none
    ant: str  # a cited paper, or ""
    to: str  # the addressee's lines
    de: str  # the sender's post
    office: tuple[str, ...]  # the office's lines, for the two-column head


def top(ctx: Ctx, style: str, h: Head) -> list[Block]:
    """The head after the letterhead, in one of the six arrangements."""
    if style == "columns":
        right = [h.number, *([f"ANT.: {h.ant}"] if h.ant else []), f"MAT.: {h.mat}", h.place]
        return [Pair(h.office, tuple(right), 0.45, boxed=ctx.chance(0.3)), Para(h.to, align="left")]
    if style == "grid":
        rows = [grid_number(h), ("FECHA:", h.place.split(", ", 1)[-1].removeprefix("Fecha: "))]
        rows += [("ANT.:", h.ant)] if h.ant else []
        rows += [(ctx.pick("MATERIA:", "MAT.:"), h.mat), ("A:", h.to.split("\n")[0]), ("DE:", h.de)]
        return [Fields(tuple(rows), boxed=True), Space(2)]
    dated: list[Block] = [
        Para(h.number, align="right", bold=True),
        Para(h.place, align="right"),
        Space(2),
    ]
    if style == "objeto":
        label = ctx.pick("OBJETO:", "ASUNTO:", "Asunto:")
        return [*dated, Para(h.to, align="left"), Para(f"{label} {h.mat}", align="left", bold=True)]
    if style == "dash":
        ref = Para(f"{ctx.pick('REF.:', 'Ref.:')} {h.ant} – {h.mat}", align="left", left=70)
        return [*dated, ref, Space(1), Para(h.to, align="left")]
    if style == "margin":
        return [Para(h.to, align="left"), Space(2)]
    return [*dated, Para(h.to, align="left")]


def grid_number(h: Head) -> tuple[str, str]:
    """The grid's first row: «ORD. N°:» and the number alone."""
    label, _, rest = h.number.partition(" N")
    return f"{label} N°:", rest.lstrip("°º: ")


def cited(ctx: Ctx) -> str:
    """An earlier paper a head cites."""
    n = ctx.rng.randint(15, 2900)
    return ctx.pick(
        f"Ord. N° {n}, de {wording.some_earlier(ctx.rng, ctx.day)}",
        f"Oficio Alc. N° {n}/{ctx.day.year}",
        f"Correo electrónico de fecha {wording.some_earlier(ctx.rng, ctx.day)}",
        f"Ingreso N° {n}",
    )


def pick_office(ctx: Ctx, pool: tuple[Office, ...]) -> Office:
    """An office writing about the matter; else any, the matter becoming one of its units'."""
    fit = [o for o in pool if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(pool)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def paragraphs(ctx: Ctx, whom: str, law: str, first: str) -> list[Block]:
    """Opening (``first`` when no subject is printed), detail, request; one in four with a
    longer middle that pushes it to a second page."""
    m = ctx.matter
    opening = first or ctx.pick(
        f"En el marco de las competencias de {whom}"
        + (f" conforme a {law}" if law else "")
        + f", me permito dirigirme a usted en relación con {m.other}.",
        f"Mediante el presente, {whom} informa a usted sobre {m.name}.",
        f"Junto con saludar cordialmente, comunico a usted que {whom} ha recibido "
        f"antecedentes sobre {m.name}.",
    )
    out: list[Block] = [Para(opening, indent=10), Para(m.detail, indent=10)]
    if ctx.chance(0.25):
        out += [
            Para(
                f"Cabe hacer presente que la situación descrita afecta a los sectores de "
                f"{m.sector} y {ctx.pick(*world.SECTORS)}, en un contexto de escasez hídrica "
                "y de alta circulación de vehículos de carga hacia las faenas mineras de la "
                "provincia, por lo que se requiere una acción coordinada de los servicios "
                "públicos con competencia en la materia.",
                indent=10,
            ),
            Para(
                "Asimismo, se solicita que la respuesta incluya un cronograma de las acciones, "
                "los responsables de cada una y los recursos comprometidos.",
                indent=10,
            ),
        ]
    out.append(
        Para(
            ctx.pick(
                "Agradeceré a usted remitir lo solicitado dentro de quince días hábiles.",
                "Sin otro particular, saluda atentamente a usted,",
                "Lo anterior, para su conocimiento y fines que estime pertinentes.",
            ),
            indent=10,
        )
    )
    return out


def whom(ctx: Ctx, o: Office) -> str:
    """How an office calls itself in its body: «esta Secretaría Regional», «este Servicio»."""
    for start, said in (
        ("Secretaría", "esta Secretaría Regional Ministerial"),
        ("Delegación", "esta Delegación Presidencial"),
        ("Gobierno", "este Gobierno Regional"),
        ("Dirección", "esta Dirección"),
    ):
        if o.org.startswith(start):
            return said
    return ctx.pick("este Servicio", "esta repartición")


def annex(ctx: Ctx) -> list[Block]:
    """A second page with a table of the sites or dates concerned."""
    rows = [("N°", "Sector", "Fecha", "Observación")]
    for i in range(1, ctx.rng.randint(3, 6)):
        day = wording.earlier(ctx.rng, ctx.day)
        rows.append(
            (
                str(i),
                ctx.pick(*world.SECTORS),
                f"{day.day:02d}-{day.month:02d}-{day.year}",
                ctx.pick("Pendiente", "En revisión", "Constatado en terreno", "Subsanado"),
            )
        )
    return [
        Break(),
        Para("ANEXO", bold=True, align="center"),
        Table(tuple(rows), widths=(0.5, 2, 1.2, 2)),
    ]


def esigned(ctx: Ctx, number: str, place: str, name: str, post: str) -> SealBox:
    """The e-signature box that carries the number and date of a «margin» head."""
    code = "".join(ctx.rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(10))
    lines = (
        number,
        place,
        f"Firmado electrónicamente por {name}",
        post,
        f"Código de verificación {code}",
    )
    return SealBox(lines, code, ctx.pick("left", "right"))


def shown_subject(ctx: Ctx, style: str, text: str) -> str:
    """The subject as the style prints it: two lines in a column, capitals now and then."""
    if style == "first":
        return ""
    if style in ("columns", "margin") or ctx.chance(0.2):
        text = wording.split_two(ctx.rng, text)
    return wording.capitals(ctx.rng, text, 0.25)


def finish(ctx: Ctx, style: str, h: Head, sig: tuple[Block, str], who: str) -> list[Block]:
    """The signature, and for a «margin» head the e-signature box with number and date."""
    signature, post = sig
    blocks: list[Block] = [signature]
    if style == "margin":
        blocks.append(esigned(ctx, h.number, h.place, who, post))
    return blocks


def oficio_servicio(ctx: Ctx) -> Doc:
    """A regional or provincial office of Tarapacá writes to the mayor (entrada)."""
    o = pick_office(ctx, senders.SERVICES)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    mat = shown_subject(ctx, style, wording.said(ctx.rng, wording.REGIONAL, ctx.matter, ctx.day))
    ant = cited(ctx) if ctx.chance(CITES.get(style, 0)) else ""
    to, recipient = parts.to_mayor(ctx)
    if style == "grid":
        to = recipient = ctx.pick(
            "SR. ALCALDE I. MUNICIPALIDAD DE POZO ALMONTE", "Alcalde de Pozo Almonte"
        )
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    office = tuple(x for x in (o.above.upper(), o.org, o.city) if x)
    h = Head(number, place, mat, ant, to, post.upper(), office)
    blocks: list[Block] = [] if style == "columns" else [parts.office_head(ctx, o)]
    blocks += [
        *top(ctx, style, h),
        Space(2),
        Para(ctx.pick("De mi consideración:", "Señor Alcalde:"), align="left"),
    ]
    first = ""
    if style == "first":
        first = (
            "Por medio del presente, me dirijo a usted para solicitar antecedentes sobre "
            f"{ctx.matter.name}."
        )
    blocks += paragraphs(ctx, whom(ctx, o), o.law, first)
    sig = parts.signed(ctx, who, post, o.org)
    blocks += finish(ctx, style, h, sig, who.name)
    blocks += parts.sealed(ctx, o.org, "Tarapacá", 0.2)
    blocks += foot(ctx, who, ["Destinatario", "Oficina de Partes", "Archivo"])
    if ctx.chance(0.2):
        blocks += annex(ctx)
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": sig[1]}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ant or None}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    margin = Margin(tuple(f"MAT.: {mat}".split("\n")), "left", 50.0) if style == "margin" else None
    footer = parts.footer(ctx, f"{o.city} – {domain(o.org)}")
    return parts.doc(ctx, t, blocks, footer=footer, margin=margin)


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor writes to one of the offices (salida)."""
    o = pick_office(ctx, senders.SERVICES)
    chief = world.person(ctx.rng)
    chief_post = o.signer_post(chief.female)
    style = ctx.pick("columns", "grid", "objeto", "dash", "first")
    honorific = "Señora" if chief.female else "Señor"
    to = f"{honorific}\n{chief.name}\n{chief_post}\n{o.org}\nPresente"
    recipient = chief.name
    if style == "grid":
        to = recipient = chief_post.upper()
    label = ctx.pick("ORD. ALC.", "OFICIO ORD.", "ORD.", "OF. ALC.")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 2600)
    mat = shown_subject(ctx, style, wording.said(ctx.rng, wording.OWN, ctx.matter, ctx.day))
    ant = cited(ctx) if ctx.chance(CITES.get(style, 0)) else ""
    place = wording.place_date(ctx.rng, world.COMMUNE, ctx.day)
    if style == "columns":
        blocks: list[Block] = []
        ctx.muni_printed = ctx.pick(*world.MUNI_NAMES)
        office: tuple[str, ...] = (ctx.muni_printed, "Alcaldía", world.MUNI_ADDRESS[0])
    else:
        blocks = [parts.muni_head(ctx, ctx.matter.unit)]
        office = ()
    h = Head(number, place, mat, ant, to, "ALCALDE DE POZO ALMONTE", office)
    blocks += [*top(ctx, style, h), Space(2), Para(f"{honorific}:", align="left")]
    first = (
        f"Me dirijo a usted para remitir el informe municipal sobre {ctx.matter.name}."
        if style == "first"
        else ""
    )
    blocks += paragraphs(ctx, "esta Municipalidad", "", first)
    sig = parts.mayor_signs(ctx, closing=ctx.pick("", "Saluda atentamente a usted,"))
    blocks += [
        sig[0],
        *foot(ctx, world.MAYOR, ["Destinatario", world.UNITS[ctx.matter.unit].short, "Archivo"]),
    ]
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": sig[1]}
    fields |= {"sender_org": "muni", "recipient": recipient, "antecedents": ant or None}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
