"""Oficios of Atacama's regional and provincial offices to Vallenar: the Delegación
Presidencial Provincial del Huasco, the GORE, the SEREMIs of Salud, Agricultura, Obras
Públicas, Medio Ambiente and Educación, the Servicio de Salud Atacama, the DGA, Vialidad's
provincial office, the DOH, the SAG's office in Vallenar, SERNAGEOMIN and SERVIU.

Heads in seven arrangements (``heads``): a banner with the office and its mark at the left
and number, «ANT.», «MAT.» and date at the right; label cells without colons («Oficio»,
«Fecha», «Asunto», «Para», «De») in a boxed table; «MATERIA» without colon under the
addressee; «S/REF.:» with a cited paper, a hyphen and the subject; a narrow boxed column at
the right with the subject over three or four lines; lower-case «ref.:» with a subject in
small letters; or no subject at all. Some carry a second page: a table of sites or a
photographic record.

Truth (devgen's): an oficio, entrada; subject the text after its label (after the hyphen
when a paper is cited; lines joined; case kept), None when only the body tells it;
antecedents the cited paper; doc_number as this set's wording keeps it; sender the post as
signed; sender_org the office; recipient the addressee's first line; unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Para, Space, Table
from bench.devgen4.model import Block, Break, Doc, Photos
from bench.devgen8.senders import Office, domain
from bench.sealgen5 import heads, parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx

FOUND = (
    "Lo anterior consta en los registros de esta repartición.",
    "La situación fue constatada por funcionarios de este Servicio en terreno.",
    "Así lo informaron también vecinos y dirigentes del sector.",
)
STYLES = ("banner", "cells", "under", "sref", "column", "lower", "none")


def pick_office(ctx: Ctx, pool: tuple[Office, ...]) -> Office:
    """An office that writes about the matter; else any, the matter becoming one of its."""
    fit = [o for o in pool if ctx.matter.unit in o.units]
    if not fit:
        o = ctx.rng.choice(pool)
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
        return o
    return ctx.rng.choice(fit)


def self_name(o: Office) -> str:
    """How an office names itself in its body."""
    for start, name in (
        ("Secretaría", "esta Secretaría Regional Ministerial"),
        ("Delegación", "esta Delegación Presidencial Provincial"),
        ("Gobierno", "este Gobierno Regional"),
        ("Dirección", "esta Dirección"),
        ("Servicio de Salud", "este Servicio de Salud"),
    ):
        if o.org.startswith(start):
            return name
    return "este Servicio"


def body(ctx: Ctx, o: Office, subject: str | None) -> list[Block]:
    """The greeting, what happened, what is asked; the matter in the first sentence when no
    subject is printed."""
    m = ctx.matter
    me = self_name(o)
    if subject is None:
        first = (
            f"Por intermedio del presente, {me} se dirige a usted con motivo de {m.name}, "
            "materia que requiere la intervención de ese municipio."
        )
    else:
        first = ctx.pick(
            f"Junto con saludarle, y en el ámbito de las competencias de {me}, informo a "
            f"usted respecto de {m.other}.",
            f"Me permito dirigirme a usted, en relación con {m.name}"
            + (f", de conformidad con {o.law}." if o.law else "."),
            f"Cumplo con poner en su conocimiento que {me} ha tomado conocimiento de {m.other}.",
        )
    out: list[Block] = [
        Para(ctx.pick("Señor Alcalde:", "De mi consideración:", "Estimado Alcalde:"), align="left"),
        Para(first, indent=12),
        Para(f"{m.detail} {ctx.pick(*FOUND)}", indent=12),
        Para(
            ctx.pick(
                "En consecuencia, solicito a usted informar las medidas adoptadas en el plazo "
                "de diez días hábiles.",
                "Agradeceré designar un funcionario de contacto para coordinar las acciones "
                "que correspondan.",
                "Sin otro particular, le saluda atentamente,",
            ),
            indent=12,
        ),
    ]
    return out


def annex(ctx: Ctx) -> list[Block]:
    """A second page: a table of visits or a photographic record."""
    if ctx.chance(0.5):
        captions = tuple(
            f"Fotografía {i}: {ctx.pick(*world.SECTORS)}" for i in range(1, ctx.rng.randint(3, 5))
        )
        return [Break(), Para("REGISTRO FOTOGRÁFICO", bold=True, align="center"), Photos(captions)]
    rows = [("Fecha", "Lugar", "Hallazgo")]
    for _ in range(ctx.rng.randint(2, 5)):
        d = wording.earlier(ctx.rng, ctx.day)
        seen = ctx.pick("Sin novedad", "Observación menor", "Requiere acción", "Reincidente")
        rows.append((f"{d.day:02d}/{d.month:02d}/{d.year}", ctx.pick(*world.SECTORS), seen))
    return [Break(), Para("ANEXO N° 1", bold=True, align="center"), Table(tuple(rows))]


def oficio_regional(ctx: Ctx) -> Doc:
    """An Atacama office writes to the mayor (entrada)."""
    style = ctx.pick(*STYLES)
    o = pick_office(ctx, senders.SERVICES)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    text = wording.said(ctx.rng, wording.SERVICE, ctx.matter, ctx.day)
    to, recipient = parts.to_mayor(ctx)
    h = heads.Head(
        number=number,
        place=wording.place_date(ctx.rng, o.city, ctx.day),
        subject=text,
        ant=heads.cited(ctx) if ctx.chance(heads.CITES.get(style, 0)) else "",
        to=to,
        de=post.upper(),
        office=tuple(x for x in (o.above, o.org, o.city) if x),
        emblem=o.emblem,
    )
    placed = heads.arrange(ctx, style, h)
    subject, ant = placed.subject, placed.ant
    recipient = placed.recipient or recipient
    blocks: list[Block] = [] if style == "banner" else [parts.office_head(ctx, o)]
    blocks += [*placed.blocks, Space(2), *body(ctx, o, subject)]
    sig, sender = parts.signed(ctx, who, post, o.org)
    blocks += [sig, *parts.sealed(ctx, o.org, o.city, 0.2)]
    if ctx.chance(0.2):
        blocks.append(parts.esigned(ctx, sig, sender))
    blocks += parts.foot(ctx, who, ["Sr. Alcalde de Vallenar", "Oficina de Partes", "Archivo"])
    if ctx.chance(0.2):
        blocks += annex(ctx)
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, f"{o.city} · {domain(o.org)}"))
