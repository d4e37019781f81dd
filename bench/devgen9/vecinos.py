"""Papers of Quirihue's people: a neighbour's request or complaint written at home (place
and date at the top right, «Señor Alcalde … Presente», «Yo, …, cédula de identidad N° …»,
the RUT and a mobile under the name; the subject as «Asunto:», as «Motivo:», as an
underlined title, or none); an organisation's letter on its own letterhead (its legal
personality and RUT), its request as «SOLICITA:» at the right like a lawyer's sumilla, as
«Asunto:» or none, signed by its president, secretary and treasurer under a round seal;
and the fire brigade's oficios (the Comandancia's or the Directorio's «OFICIO N° 23/2025»).

Truth (devgen's): a neighbour's complaint is a reclamo, any other letter a carta, entrada;
the subject the stated text (the title as printed), None when the letter states none;
sender who signs first, sender_org the organisation; recipient the addressee's first line;
ruts as printed; the brigade's papers are oficios with the subject after «MAT.:»,
«ASUNTO:» or «REFERENCIA:»; unit that of the matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen8.world import with_article
from bench.devgen9 import oficios, parts, topics, wording, world
from bench.devgen9.parts import Ctx

GREETINGS, FAREWELLS = world.texts("greetings"), world.texts("farewells")
# the addressee's lines, the recipient registered
HOME_ADDRESSEES = tuple(
    (lines.replace(" / ", "\n"), who) for lines, who in world.rows("home-addressees")
)


def _subject_block(ctx: Ctx, text: str) -> tuple[list[Block], str | None]:
    """(where a letter writer puts the subject, the subject registered)."""
    style = ctx.pick("none", "none", "asunto", "motivo", "title")
    if style == "asunto":
        return [Para(f"Asunto: {text}", align="left")], text
    if style == "motivo":
        return [Para(f"Motivo: {text}", align="left", bold=ctx.chance(0.5))], text
    if style == "title":
        return [Heading(text.upper(), size=0.5, underline=True)], text.upper()
    return [], None


def carta_vecino(ctx: Ctx) -> Doc:
    """A neighbour's letter written at home (a complaint: a reclamo)."""
    text = wording.subject(ctx.rng, wording.NEIGHBOUR, ctx.matter, ctx.day)
    complaint = text.startswith("Reclamo")
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(4_900_000, 23_000_000))
    where = ctx.pick(world.COMMUNE, f"{ctx.matter.sector}, {world.COMMUNE}")
    addressee, recipient = ctx.rng.choice(HOME_ADDRESSEES)
    stated, subject = _subject_block(ctx, text)
    lives = "domiciliada" if who.female else "domiciliado"
    ask = "presentar un reclamo por" if complaint else "solicitarle su ayuda con"
    m = ctx.matter
    blocks: list[Block] = [
        Para(wording.town_date(ctx.rng, where, ctx.day), align="right"),
        Space(4),
        Para(addressee, align="left"),
        *stated,
        Para(ctx.pick(*GREETINGS), align="left"),
        Para(
            f"Yo, {who.name}, cédula de identidad N° {rut}, {lives} en "
            f"{world.street_address(ctx.rng)}, sector {m.sector}, me dirijo a usted muy "
            f"respetuosamente para {ask} {m.name}.",
            indent=10,
        ),
        Para(f"{m.detail} {ctx.pick('Somos una familia de escasos recursos.', '')}", indent=10),
    ]
    if ctx.chance(0.35):
        blocks.append(
            Para(
                "Adjunto fotocopia de mi cédula de identidad y cartola del Registro "
                "Social de Hogares.",
                indent=10,
            )
        )
    lines = f"C.I. {rut}\nFono: {world.mobile(ctx.rng)}"
    blocks += [
        Para(ctx.pick(*FAREWELLS), align="left"),
        Signature((Signer(who.name, lines),), ctx.pick("center", "right"), rule=ctx.chance(0.5)),
    ]
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "reclamo" if complaint else "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="hand", ruled=ctx.chance(0.4), page_label="")


OFFICERS = (("Presidente", "Presidenta"), ("Secretario", "Secretaria"), ("Tesorero", "Tesorera"))


def _officers(ctx: Ctx) -> tuple[Signer, ...]:
    """Two or three of the directiva's officers, each post in the officer's gender."""
    people = [world.person(ctx.rng) for _ in range(ctx.rng.choice((2, 3)))]
    return tuple(
        Signer(p.name.upper(), post[p.female]) for p, post in zip(people, OFFICERS, strict=False)
    )


def _org_subject(ctx: Ctx) -> tuple[list[Block], list[Block], str | None]:
    """(blocks above the addressee, blocks after it, the subject registered)."""
    text = wording.subject(ctx.rng, wording.ORGANISATION, ctx.matter, ctx.day)
    style = ctx.pick("solicita", "asunto", "none")
    if style == "solicita" and text.startswith("Solicita "):
        asked = wording.cap(text.removeprefix("Solicita "))
        return [Para(f"SOLICITA: {asked}", align="left", left=85, bold=True)], [], asked
    if style == "none":
        return [], [], None
    return [], [Para(f"{ctx.pick('Asunto:', 'ASUNTO:')} {text}", align="left", bold=True)], text


def carta_organizacion(ctx: Ctx) -> Doc:
    """A neighbourhood council's or another organisation's letter to the mayor."""
    org = ctx.pick(*world.JJVV, *world.ORGS)
    pj = ctx.pick("Personalidad Jurídica N°", "P.J. N°") + f" {ctx.rng.randint(12, 480)}"
    lines = [org.upper(), pj]
    if ctx.chance(0.5):
        lines.append(f"RUT {ctx.rut(ctx.rng.randint(65_000_000, 65_199_999))}")
    above, after, subject = _org_subject(ctx)
    to, recipient = parts.to_mayor(ctx)
    signers = _officers(ctx)
    m = ctx.matter
    blocks: list[Block] = [
        Head((*lines, "Quirihue - Ñuble"), "none", "center", "", True),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        *above,
        Space(2),
        Para(to, align="left"),
        *after,
        Para(ctx.pick(*GREETINGS[:3]), align="left"),
        Para(
            f"La directiva de {with_article(org)}, en representación de sus socios, se dirige a "
            f"usted en relación con {m.name}. {m.detail}"
        ),
        Para("Confiando en su buena disposición, le saludan atentamente,", align="left"),
        Signature(signers, "center", rule=True),
        Seal((org.split()[0].upper(), "QUIRIHUE", pj.split()[-1]), ctx.pick("left", "center")),
    ]
    fields: dict[str, Any] = {"subject": subject, "sender": signers[0].name, "sender_org": org}
    doc_type = "reclamo" if subject and "reclamo" in subject.lower() else "carta"
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks)


BRIGADE = world.rows("brigade")  # the subject | the matter it concerns


def oficio_bomberos(ctx: Ctx) -> Doc:
    """The Cuerpo de Bomberos de Quirihue writes to the mayor (an oficio, entrada)."""
    template, key = ctx.rng.choice(BRIGADE)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (key,))
    mat = template.format(
        year=ctx.day.year, sector=ctx.matter.sector, calle=world.street_address(ctx.rng)
    )
    body = ctx.pick("COMANDANCIA", "DIRECTORIO GENERAL", "SECRETARÍA GENERAL")
    letterhead = Head(
        ("CUERPO DE BOMBEROS DE QUIRIHUE", body, "Quirihue - Ñuble"),
        "cross",
        ctx.pick("left", "center"),
        "",
        True,
    )
    style = ctx.pick("after", "boxed", "referencia")
    number, num = wording.number(ctx.rng, ctx.pick("OFICIO", "OF."), ctx.day.year, 180)
    to, recipient = parts.to_mayor(ctx) if style != "boxed" else ("SR. ALCALDE DE QUIRIHUE",) * 2
    who = world.person(ctx.rng)
    post = {"COMANDANCIA": "Comandante", "DIRECTORIO GENERAL": "Superintendente"}.get(
        body, "Secretario General"
    )
    label = oficios.label_for(ctx, style, ("MAT.:", "ASUNTO:"))
    x = oficios.Top(
        number, wording.town_date(ctx.rng, world.COMMUNE, ctx.day), label, mat, "", to, post.upper()
    )
    blocks = oficios.head(ctx, style, x, letterhead)
    blocks += oficios.body(ctx, "esta institución", "")
    blocks.append(Signature((Signer(who.name.upper(), post, "Cuerpo de Bomberos de Quirihue"),)))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": "Cuerpo de Bomberos de Quirihue", "recipient": recipient}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks)
