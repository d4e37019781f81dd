"""Letters of firms (a constructora, ESSBIO, CGE, a telecom) and oficios of the neighbouring
municipalities (Concepción, Talcahuano, Coronel, Chiguayante, Hualqui) to San Pedro de la
Paz. A firm's letter: its letterhead, sometimes its own reference number, the place and date
at the right («Concepción, marzo 12 de 2025»), «Señor / Alcalde / Presente», the subject as
«Ref.:», «Asunto:» or «Materia:» (or none: the matter only told in the body), «De nuestra
consideración:», a signature block with the firm and its RUT.

Truth (devgen's for letters): a firm's letter is a carta (entrada), its subject the labelled
text or None, its number the firm's when printed (without dots or year), sender the person
who signs, sender_org the firm, recipient as the addressee lines name it; a municipality's
oficio is an oficio (entrada), sender the signer's post, sender_org that municipality."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, topics, wording, world
from bench.devgen6.parts import Ctx

GREETINGS = ("De nuestra consideración:", "De nuestra consideración.", "Estimado señor Alcalde:")


def _firm_body(ctx: Ctx, firm: senders.Firm) -> list[Block]:
    m = ctx.matter
    first = ctx.pick(
        f"Por medio de la presente, {firm.name} se dirige a usted en relación con {m.name}.",
        f"Junto con saludarle, y en nuestra calidad de {ctx.pick('contratista', 'empresa')} "
        f"que opera en la comuna, venimos en exponer lo siguiente respecto de {m.name}.",
        f"Nos permitimos escribir a usted a propósito de {m.other}.",
    )
    second = (
        m.detail
        + " "
        + ctx.pick(
            "Adjuntamos planos, fotografías y el cronograma de los trabajos.",
            "Cabe señalar que esta situación fue informada previamente a la unidad técnica.",
            "",
        )
    )
    third = ctx.pick(
        "Por lo expuesto, solicitamos a usted disponer que la unidad correspondiente revise "
        "la situación y nos informe a la brevedad.",
        "Quedamos atentos a sus comentarios y disponibles para una reunión técnica.",
        "Agradeceremos considerar lo anterior dentro de los plazos del contrato.",
    )
    return [Para(p.strip(), indent=ctx.rng.choice((0.0, 10.0))) for p in (first, second, third)]


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm writes to the mayor or to the head of the unit concerned."""
    firm = ctx.rng.choice(senders.FIRMS)
    if ctx.matter.unit not in firm.units:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*firm.units), public=True)
    who = world.person(ctx.rng, female="Jefa" in firm.post or None)
    blocks: list[Block] = [parts.firm_head(ctx, firm)]
    num: str | None = None
    if ctx.chance(0.45):
        num = str(ctx.rng.randint(40, 3900))
        label = ctx.pick("Carta", "CARTA", "Carta GZ", "Cta.")
        blocks.append(Para(wording.number(ctx.rng, label, num, ctx.day.year), align="left"))
    blocks.append(Para(wording.town_date(ctx.rng, firm.city, ctx.day), align="right"))
    to, recipient = parts.addressee(ctx, firm=True)
    blocks += [Space(2), Para(to, align="left")]
    subject: str | None = None
    if ctx.chance(0.8):
        subject = wording.subject(ctx.rng, wording.FIRM_MATS, ctx.matter, ctx.day)
        label = ctx.pick("Ref.:", "REF.:", "Asunto:", "Materia:", "ASUNTO:")
        shown = wording.wrap(ctx.rng, subject, 48) if ctx.chance(0.3) else subject
        blocks.append(
            Para(f"{label} {shown}", align="left", bold=True, left=ctx.rng.choice((0, 70)))
        )
    blocks.append(Para(ctx.pick(*GREETINGS), align="left"))
    blocks += _firm_body(ctx, firm)
    rut = ctx.rut(world.company_rut(ctx.rng, firm.prefix))
    lines = f"{firm.post}\n{firm.name}\nRUT {rut}"
    blocks += [
        Para(ctx.pick("Saluda atentamente a usted,", "Sin otro particular, le saluda muy "
                      "atentamente,", "Atentamente,"), align="left"),
        Signature((Signer(who.name, lines),), ctx.pick("left", "center"), rule=ctx.chance(0.5)),
    ]  # fmt: skip
    if ctx.chance(0.4):
        blocks.append(Para(f"c.c.: {ctx.pick(*parts.unit_names(ctx.matter.unit))}", size=-2))
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": firm.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(f"{firm.street} · {senders.domain(firm.name)}",))


def _muni_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    return [
        Para(ctx.pick(
            f"Junto con saludar cordialmente, me dirijo a usted respecto de {m.name}, materia "
            "que involucra a ambas comunas.",
            f"Por intermedio del presente, y en el marco de la colaboración intercomunal del "
            f"Gran Concepción, informo a usted sobre {m.other}.",
        )),
        Para(m.detail + " " + ctx.pick(
            "Nuestros equipos técnicos ya sostuvieron una primera reunión.",
            "La situación afecta a vecinos de ambos lados del límite comunal.",
        )),
        Para(ctx.pick("Agradeceré designar una contraparte para coordinar las acciones.",
                      "Quedo atento a su respuesta.")),
    ]  # fmt: skip


def oficio_municipio(ctx: Ctx) -> Doc:
    """A neighbouring municipality's oficio: its mayor (or a director by order) writes."""
    org, city = ctx.rng.choice(senders.MUNICIPALITIES)
    ctx.matter = topics.pick(
        ctx.rng, ctx.day.year, ctx.pick("dom", "transito", "secplan", "dideco", "alcaldia", "daf")
    )
    who = world.person(ctx.rng)
    post = (
        ctx.pick("Alcalde", "Alcaldesa")
        if ctx.chance(0.7)
        else ctx.pick(
            "Director de Tránsito", "Secretario Comunal de Planificación", "Director de Obras"
        )
    )
    if post in ("Alcalde", "Alcaldesa"):
        who = world.Person(who.name, post == "Alcaldesa")
    num = wording.padded(ctx.rng, str(ctx.rng.randint(7, 2900)))
    label = ctx.pick("ORD.", "Oficio", "OFICIO ORD.", "Ord.")
    mat = wording.subject(ctx.rng, wording.SERVICE_MATS, ctx.matter, ctx.day)
    to, recipient = parts.addressee(ctx)
    head = Head(
        (org, city.upper()) if ctx.chance(0.3) else (org,),
        "escudo",
        ctx.pick("left", "center"),
        "",
        ctx.chance(0.5),
    )
    rows = (
        (f"{label} N°", num),
        ("MAT.", wording.wrap(ctx.rng, mat, 40) if ctx.chance(0.5) else mat),
        ("FECHA", wording.bare_date(ctx.rng, ctx.day)),
    )
    blocks: list[Block] = [head]
    if ctx.chance(0.5):
        blocks.append(Fields(rows, side="right", boxed=ctx.chance(0.3)))
    else:
        line = wording.number(ctx.rng, label, num, ctx.day.year)
        blocks += [
            Para(line, bold=True, align="left"),
            Para(f"{ctx.pick('MAT.:', 'MATERIA:', 'Materia:')} {mat}", align="left", left=70),
            Para(wording.town_date(ctx.rng, city, ctx.day), align="right"),
        ]
    blocks += [Space(2), Para(to, align="left"), Space(2)]
    blocks += _muni_body(ctx)
    blocks.append(parts.signature(ctx, who.name, post, org, closing="Saluda atentamente,"))
    blocks.append(Para(parts.initials(ctx, who), size=-2.5, align="left"))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": org, "recipient": recipient}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks)
