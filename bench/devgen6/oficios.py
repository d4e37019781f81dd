"""Oficios and resolutions of the Biobío's offices to San Pedro de la Paz (Tesorería,
Dirección del Trabajo, SEREMI de Salud, SEC, GORE, SERVIU, SEREMI MINVU, Subsecretaría de
Prevención del Delito, Carabineros, PDI, SII, SENDA, Contraloría), now and then an «Of.
Circ.», and the courts' oficios (Juzgado de Letras de Coronel, Corte de Apelaciones de
Concepción, Juzgado del Trabajo, a Juzgado de Policía Local). The head comes in five new
arrangements: the office's lines left with number, date and subject right; a
grid of two columns; the date at the top right with «REF.:» under it at half width; the
number as a centred title, «MATERIA» on its own line and the date only after the
signature; and «A:»/«DE:» first with the subject as the last row.

Truth (devgen's): an oficio (a circular for «Of. Circ.»), entrada; subject the MAT./REF./
MATERIA text, lines joined; antecedents the ANT. text; number without dots or year (zero-
padded ones as printed); sender the signer's post; sender_org the office; recipient the
addressee's first line; a resolución's subject is its MATERIA, wherever it stands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Pair, Para, Space
from bench.devgen2.services import Service
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, wording, world
from bench.devgen6.parts import Ctx


@dataclass(frozen=True)
class Head:
    """What an oficio's head states (``mat`` as printed, perhaps with line breaks)."""

    number: str
    label: str  # «ORD.»
    shown: str  # «1.245/2025»
    when: str
    mat: str
    ant: str | None
    to: str  # the addressee lines
    de: str


def _ant(ctx: Ctx) -> str | None:
    if ctx.chance(0.45):
        return None
    past = wording.earlier(ctx.rng, ctx.day)
    n = ctx.rng.randint(30, 4800)
    return ctx.pick(
        f"Ord. N° {n}, de {wording.long_date(past)}, de esa Municipalidad.",
        f"Correo electrónico de fecha {wording.bare_date(ctx.rng, past)}.",
        f"Ingreso N° {n}/{past.year}.",
        f"Denuncia ciudadana de {past.day:02d}.{past.month:02d}.{past.year}.",
    )


def _head(ctx: Ctx, office: tuple[str, ...], x: Head) -> tuple[list[Block], Para | None]:
    """The head blocks, and the date to print after the signature (one arrangement)."""
    style = ctx.pick("columns", "grid", "ref", "title", "to_first")
    ant = [f"ANT.: {x.ant}"] if x.ant else []
    if style == "columns":
        right = (x.number, *ant, f"MAT.: {' '.join(x.mat.split())}", "", x.when)
        pair = Pair(office, right, split=0.5, boxed=ctx.chance(0.2))
        return [pair, Space(3), _to(ctx, x)], None
    if style == "grid":
        rows = [(f"{x.label} N°", x.shown)]
        rows += [("ANT.", x.ant)] if x.ant else []
        rows += [("MAT.", x.mat), ("FECHA", x.when)]
        table = Table(tuple(rows), header=False, widths=(1, 3.2))
        return [
            Para("\n".join(office), align="left", bold=True),
            table,
            Space(3),
            _to(ctx, x),
        ], None
    if style == "ref":
        blocks: list[Block] = [
            Para(x.when, align="right"),
            Para(x.number, align="right", bold=True),
            *(Para(a, align="left", left=85) for a in ant),
            Para(f"{ctx.pick('REF.:', 'Ref.:', 'MAT.:')} {' '.join(x.mat.split())}", left=85),
            Space(3),
            _to(ctx, x),
        ]
        return blocks, None
    if style == "title":
        blocks = [Heading(x.number, size=1.5), *(Para(a, align="left") for a in ant)]
        blocks += [Para(ctx.pick("MATERIA:", "MATERIA", "Materia"), bold=True, align="left"),
                   Para(x.mat, align="left", left=10), Space(3), _to(ctx, x)]  # fmt: skip
        return blocks, Para(x.when, align="left", size=-1)
    rows2 = [("A", x.to.replace("\n", " ")), ("DE", x.de)]
    rows2 += [("ANT.", x.ant)] if x.ant else []
    rows2.append((ctx.pick("MAT.", "MATERIA", "ASUNTO"), x.mat))
    return [
        Para(x.number, bold=True, align="left"),
        Para(x.when, align="left"),
        Fields(tuple((f"{k}:", v) for k, v in rows2), boxed=ctx.chance(0.3)),
    ], None


def _to(ctx: Ctx, x: Head) -> Para:
    return Para(x.to, align="left", bold=ctx.chance(0.3))


def _body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    return [
        Para(ctx.pick(
            f"En relación con la materia, cumplo con informar a usted lo siguiente respecto de "
            f"{m.name}.",
            f"Mediante el presente, y en uso de las atribuciones legales de este organismo, me "
            f"dirijo a usted a propósito de {m.other}.",
            f"Esta Dirección ha tomado conocimiento de {m.name}, por lo que cumple con oficiar a "
            "esa Municipalidad.",
        )),
        Para(m.detail),
        Para(ctx.pick(
            "Se solicita informar a esta repartición las medidas adoptadas en el plazo de diez "
            "días hábiles contados desde la recepción del presente.",
            "Para coordinaciones, contactar al profesional a cargo al correo indicado al pie.",
            "Sin otro particular, hago propicia la ocasión para saludar atentamente a usted.",
        )),
    ]  # fmt: skip


def _office(ctx: Ctx, s: Service) -> tuple[str, ...]:
    return tuple(x for x in (s.above, s.org, s.office) if x and ctx.chance(0.85)) or (s.org,)


def oficio_servicio(ctx: Ctx) -> Doc:
    """A Biobío office writes about a matter of a unit it deals with."""
    s = parts.sender_for(ctx, senders.SERVICES)
    who = world.person(ctx.rng, female=s.female)
    post = senders.post(s, who.female)
    circular = ctx.chance(0.15)
    num = wording.padded(ctx.rng, str(ctx.rng.randint(5, 3800 if not circular else 60)))
    label = "Of. Circ." if circular else ctx.pick("ORD.", "Ord.", "Oficio", "OFICIO ORD.")
    mat = wording.subject(ctx.rng, wording.SERVICE_MATS, ctx.matter, ctx.day)
    ant = _ant(ctx)
    to, recipient = parts.addressee(ctx)
    if circular:
        to, recipient = "SEGÚN DISTRIBUCIÓN", "SEGÚN DISTRIBUCIÓN"
    shown = wording.wrap(ctx.rng, mat, ctx.rng.choice((34, 42))) if ctx.chance(0.4) else mat
    line, printed = wording.number_pair(ctx.rng, label, num, ctx.day.year)
    when = wording.town_date(ctx.rng, s.city, ctx.day)
    x = Head(line, label, printed, when, shown, ant, to, post.upper())
    office = _office(ctx, s)
    top, after = _head(ctx, office, x)
    head = parts.service_head(ctx, s)
    blocks: list[Block] = [head] if not top or not isinstance(top[0], Pair) else []
    blocks += [*top, *_body(ctx)]
    blocks.append(parts.signature(ctx, who.name, post, s.org, closing="Saluda atentamente,"))
    blocks += [after] if after else []
    if ctx.chance(0.5):
        blocks.append(Para(parts.initials(ctx, who), align="left", size=-2.5))
    if circular or ctx.chance(0.4):
        items = ["Municipalidades de la Provincia de Concepción"] if circular else []
        blocks.append(parts.distribution(ctx, [*items, "Destinatario", "Archivo"]))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "circular" if circular else "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(f"{s.street or s.city} · {senders.domain(s.org)}",))
