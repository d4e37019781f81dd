"""Acts: Quirihue's decretos alcaldicios (exentos on a matter, de pago, de nombramiento, one
that orders a sumario, one that approves a reglamento and carries its articles) and the
resoluciones Ñuble's offices send it. A decree's summary stands in a «MAT.:» column at the
right of its number and date, centred in capitals under the number, as a bold title between
rules ABOVE the number, or underlined under a number-and-date row; its considerations open
with «VISTOS:» or «TENIENDO PRESENTE:», its operative part with «D E C R E T O:», «DECRETO:»
or «SE DECRETA:»; the mayor signs, his stand-in «(S)», or the Administrador «por orden del
Sr. Alcalde», beside the Secretaria Municipal as ministra de fe. A resolution's summary sits
in a right-hand column beside the office's letterhead, in capitals after VISTOS, or bold and
unlabelled under the number; now and then with an e-signature box.

Truth (devgen's): a decreto is interno, a resolución entrada; the subject is the summary as
printed (its label dropped, lines joined, case kept); the number as wording.number keeps it;
sender the post as signed; sender_org the municipality as its letterhead names it or the
office; unit: the matter's, DAF for payments, Administración for appointments, Control for
a sumario, the regulated unit for a reglamento."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Pair, Para, Rule, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen3.model import Banner, SealBox
from bench.devgen4.model import Block, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import Office
from bench.devgen9 import oficios, parts, senders, topics, wording, world
from bench.devgen9.parts import Ctx

DECREES, POSTS, FAULTS = world.texts("decrees"), world.texts("posts"), world.texts("faults")
RULES = world.rows("rules")  # reglamento | unit | its first article


REASONS = {
    "pago": "la factura fue recibida conforme por la unidad técnica y cuenta con disponibilidad "
    "presupuestaria",
    "nombramiento": "existe un cargo vacante en la planta municipal, provisto por concurso público",
    "sumario": "se ha tomado conocimiento de hechos que podrían revestir responsabilidad "
    "administrativa",
    "reglamento": "el Concejo Municipal prestó su acuerdo al texto que se aprueba",
}


def _summary(ctx: Ctx, sort: str) -> tuple[str, list[str]]:
    """(the summary of a decree of ``sort``, the articles it approves, if any); the matter
    becomes the sort's."""
    year = ctx.day.year
    if sort == "pago":
        ctx.matter = topics.within(ctx.rng, year, ("daf:02",))
        firm = ctx.pick(
            "Constructora Valle del Itata Ltda.",
            "Transportes Itata SpA",
            "Comercial Coipín E.I.R.L.",
        )
        return f"Aprueba pago de factura N° {ctx.rng.randint(100, 9900)} a {firm}", []
    if sort == "nombramiento":
        ctx.matter = topics.within(ctx.rng, year, ("administracion",))
        who = world.person(ctx.rng)
        title = "doña" if who.female else "don"
        return f"Nombra a {title} {who.name} en el cargo de {ctx.pick(*POSTS)}", []
    if sort == "sumario":
        ctx.matter = topics.within(ctx.rng, year, ("control:02",))
        fiscal = world.person(ctx.rng)
        return (
            f"Ordena instruir sumario administrativo por {ctx.pick(*FAULTS)} y designa fiscal "
            f"a {'doña' if fiscal.female else 'don'} {fiscal.name}"
        ), []
    if sort == "reglamento":
        name, unit, first = ctx.rng.choice(RULES)
        ctx.matter = topics.within(ctx.rng, year, (unit,))
        return f"Aprueba {name}", [first, "Toda modificación requerirá acuerdo del Concejo."]
    text = ctx.pick(*DECREES).format(m=ctx.matter.name, unit=world.unit_article(ctx.matter.unit))
    return cap(text), []


def _decree_head(ctx: Ctx, number: str, place: str, summary: str) -> tuple[list[Block], str]:
    """The number, date and summary in one arrangement (and the summary as printed)."""
    style = ctx.pick("right", "centred", "above", "underlined")
    if style == "right":
        mat = f"MAT.: {wording.spread(ctx.rng, summary, 3) if len(summary) > 60 else summary}"
        return [Pair((number, place), (mat,), 0.45)], summary
    if style == "centred":
        shown = summary.upper()
        return [Heading(number, size=1), Heading(shown, size=0), Para(place, align="center")], shown
    if style == "above":
        shown = summary.upper()
        top: list[Block] = [Rule(0.8), Heading(shown, size=0, align="left"), Rule(0.8)]
        return [*top, Heading(number, size=1, align="left"), Para(place, align="left")], shown
    row = Pair((number,), (place,), 0.5, right_align="right")
    return [row, Heading(summary, size=0, underline=True)], summary


def _mayor_signature(ctx: Ctx) -> tuple[Signature, str]:
    """The Secretaria Municipal (ministra de fe) and the mayor, his stand-in or the
    Administrador by his order; (the block, the sender as signed)."""
    sec = world.UNITS["secretaria-municipal"].chief
    style = ctx.rng.choices(("mayor", "stand-in", "order"), (5, 2, 1))[0]
    if style == "mayor":
        name, post = world.UNITS["alcaldia"].chief.name, ctx.pick("ALCALDE", "Alcalde")
    elif style == "stand-in":
        name, post = world.person(ctx.rng).name, ctx.pick("ALCALDE (S)", "Alcalde (S)")
    else:
        name = world.UNITS["administracion"].chief.name
        post = "ADMINISTRADOR MUNICIPAL\nPor orden del Sr. Alcalde"
    pair = (
        Signer(sec.name.upper(), "SECRETARIA MUNICIPAL\nMinistra de Fe"),
        Signer(name.upper(), post),
    )
    return Signature(pair, "center", rule=ctx.chance(0.5)), post.split("\n")[0]


def decreto(ctx: Ctx) -> Doc:
    """A decree of Quirihue (interno)."""
    sort = ctx.pick("exento", "exento", "pago", "nombramiento", "sumario", "reglamento")
    summary, articles = _summary(ctx, sort)
    label = {"pago": "DECRETO DE PAGO"}.get(sort) or ctx.pick(
        "DECRETO EXENTO", "DECRETO ALCALDICIO", "D.A. EXENTO"
    )
    number, num = wording.number(ctx.rng, label, ctx.day.year, 4200)
    place = wording.town_date(ctx.rng, world.COMMUNE, ctx.day)
    top, printed = _decree_head(ctx, number, place, summary)
    m = ctx.matter
    reason = f"{REASONS[sort]}." if sort in REASONS else f"{m.detail[0].lower()}{m.detail[1:]}"
    blocks: list[Block] = [parts.muni_head(ctx, m.unit), *top, Space(2)]
    blocks += [
        Para(ctx.pick("VISTOS:", "TENIENDO PRESENTE:"), bold=True, align="left"),
        Para(
            "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
            "Municipalidades, y sus modificaciones; la Ley N° 19.880."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"1.- Que, {reason}", left=5),
        *(
            [Para(f"2.- La necesidad de resolver lo relativo a {m.other}.", left=5)]
            if sort == "exento"
            else []
        ),
        Para(ctx.pick("D E C R E T O:", "DECRETO:", "SE DECRETA:"), bold=True, align="left"),
        Para(f"1.- {operative(summary)} lo indicado en la materia.", left=5),
    ]
    blocks += [Para(f"Artículo {i}°.- {a}", left=10) for i, a in enumerate(articles, 1)]
    blocks.append(
        Para("ANÓTESE, COMUNÍQUESE, PUBLÍQUESE EN TRANSPARENCIA ACTIVA Y ARCHÍVESE.", bold=True)
    )
    signature, sender = _mayor_signature(ctx)
    blocks += [
        signature,
        *oficios.foot(
            ctx, world.UNITS["alcaldia"].chief, [world.UNITS[m.unit].full, "Control", "Archivo"]
        ),
    ]
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


RESOLVES = world.texts("resolves")


def _resolution_top(ctx: Ctx, o: Office, number: str, summary: str) -> tuple[list[Block], str]:
    """The letterhead, number, date and summary (and the summary as printed)."""
    head = parts.office_head(ctx, o)
    place = wording.town_date(ctx.rng, o.city, ctx.day)
    style = ctx.pick("banner", "after", "bold")
    if style == "banner":
        mat = f"MAT.: {wording.spread(ctx.rng, summary, 3)}".split("\n")
        return [Banner(head.lines, (number, place, "", *mat), head.emblem, 0.5)], summary
    top: list[Block] = [head, Heading(number, size=1, align="left"), Para(place, align="left")]
    if style == "bold":
        return [*top, Para(summary, bold=True, align="left")], summary
    return [*top, Heading(summary.upper(), size=0)], summary.upper()


def resolucion(ctx: Ctx) -> Doc:
    """An office's resolución concerning Quirihue (entrada)."""
    o = senders.office_for(ctx.rng, ctx.matter.topic, senders.REGIONAL, senders.NATIONAL)
    if o is None:
        o = ctx.rng.choice(senders.REGIONAL)
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    summary = wording.subject(ctx.rng, RESOLVES, ctx.matter, ctx.day)
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EXENTA", "REX")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 6000)
    top, printed = _resolution_top(ctx, o, number, wording.capitals(ctx.rng, summary, 0.4))
    m = ctx.matter
    law = o.law or "la Ley N° 19.880"
    blocks: list[Block] = [
        *top,
        Space(2),
        Para("VISTOS:", bold=True, align="left"),
        Para(f"Lo dispuesto en {law}; la Resolución N° 36, de 2024, de la Contraloría General."),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"Que, {m.detail[0].lower()}{m.detail[1:]}", left=5),
        Para("RESUELVO:", bold=True, align="left"),
        Para(f"1° {operative(summary)} lo señalado, en relación con {m.other}.", left=5),
        Para("2° Notifíquese a la Ilustre Municipalidad de Quirihue.", left=5),
        Para("ANÓTESE Y COMUNÍQUESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org, by_order=True)
    blocks.append(signature)
    if ctx.chance(0.35):
        code = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(12))
        lines = (
            f"Firmado electrónicamente por {signature.signers[0].name}",
            f"Folio: {code}",
            "Verifique en https://doc.digital.gob.cl/validador",
        )
        blocks.append(SealBox(lines, code))
    fields: dict[str, Any] = {"subject": printed, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.office_footer(ctx, o))
