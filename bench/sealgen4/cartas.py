"""Letters to Tomé: of the firms of the coast (Essbio, CGE, a textile mill, a hotel in
Dichato, a fishing plant, a bus company, the Universidad de Concepción), on their
letterhead, with their own number or none; of the fishermen's and seaweed gatherers' unions
of the caletas (their name and union register on top, two signatures and a round seal); and
of juntas de vecinos, clubs and neighbours writing at home.

Where the subject stands: after «Ref.:» or «Asunto:» under the addressee; as a bold line in
capitals over the greeting; after «MAT.:» in a narrow right column under the date; after a
top-left «SOLICITA:»/«Petición:»; or nowhere (told only in the first paragraph).

Truth: a carta, entrada; a complaint («Reclamo…», «Denuncia…») a reclamo; subject the text
after its label or the line as printed, None when only the body tells it; doc_number the
firm's own number if printed; sender who signs (a union's or organisation's first signer),
sender_org the firm, union or organisation (None for a neighbour); recipient the
addressee's first line; ruts as printed."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen12.cartas import of
from bench.sealgen4 import parts, senders, topics, wording, world
from bench.sealgen4.parts import Ctx

PLACES = ("ref", "headline", "column", "none")
SEA = ("caleta", "marejadas", "marea roja", "costanera", "playa")


def _placed(ctx: Ctx, style: str, text: str) -> tuple[list[Block], list[Block], str | None]:
    """(blocks under the date, blocks under the addressee, the subject registered)."""
    if style == "column":
        shown = wording.spread(ctx.rng, text, 3)
        return [Fields((("MAT.:", shown),), side="right")], [], text
    if style == "ref":
        label = ctx.pick("Ref.:", "REF.:", "Asunto:")
        return [], [Para(f"{label} {text}", align="left", bold=ctx.chance(0.5), left=40)], text
    if style == "headline":
        shown = text.upper()
        return [], [Heading(shown, size=0, align=ctx.pick("center", "left"))], shown
    return [], [], None


def _firm(ctx: Ctx) -> tuple[str, int, str, str, str, str]:
    fit = [f for f in senders.FIRMS if ctx.matter.unit in f[5].split(";")]
    if fit:
        return ctx.rng.choice(fit)
    firm = ctx.rng.choice(senders.FIRMS)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, firm[5].split(";"))
    return firm


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm or the university writes to the mayor (entrada)."""
    name, rut, address, sort, post, _units = _firm(ctx)
    text = wording.stated(ctx.rng, wording.FIRM, ctx.matter, ctx.day)
    lines = (name, f"R.U.T. {ctx.rut(rut)}", address) if ctx.chance(0.5) else (name, address)
    emblem = "columns" if sort == "university" else "none"
    blocks: list[Block] = [Head(lines, emblem, ctx.pick("left", "right"), "", ctx.chance(0.6))]
    num = None
    if sort == "firm" and ctx.chance(0.55):
        number, num = wording.number(
            ctx.rng, ctx.pick("Carta", "CARTA GZC", "Carta N°"), ctx.day.year, 700
        )
        blocks.append(Para(number.replace("N° N°", "N°"), align="right", bold=True))
    under_date, under_to, subject = _placed(ctx, ctx.pick(*PLACES), text)
    to, recipient = parts.to_mayor(ctx)
    who = world.person(ctx.rng)
    m = ctx.matter
    blocks += [
        Para(wording.place_date(ctx.rng, ctx.pick("Concepción", "Tomé"), ctx.day), align="right"),
        *under_date,
        Space(2),
        Para(to, align="left"),
        *under_to,
        Para(ctx.pick("De nuestra consideración:", "Estimado Sr. Alcalde:"), align="left"),
        Para(f"Por medio de la presente, {name} se dirige a usted respecto de {m.name}.", indent=8),
        Para(m.detail, indent=8),
        Para("Quedamos atentos a sus comentarios y a disposición para una reunión.", indent=8),
        Signature((Signer(who.name, post, name),), ctx.pick("left", "center"), "Atentamente,"),
    ]
    if ctx.chance(0.4):
        blocks.append(parts.carbon_copy(ctx, ["Dirección de Obras Municipales", "Archivo"]))
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(address,) if ctx.chance(0.3) else ())


def carta_caleta(ctx: Ctx) -> Doc:
    """A fishermen's or gatherers' union of a caleta writes to the mayor (entrada)."""
    if not any(w in " ".join(ctx.matter.topic.names) for w in SEA):
        ctx.matter = topics.about(ctx.rng, ctx.day.year, SEA)
    union = ctx.pick(*world.SINDICATOS)
    rsu = f"R.S.U. N° 08.03.{ctx.rng.randint(100, 999)}"
    rut = ctx.rut(ctx.rng.randint(65_000_000, 75_999_999))
    text = wording.stated(ctx.rng, wording.NEIGHBOUR, ctx.matter, ctx.day)
    under_date, under_to, subject = _placed(ctx, ctx.pick(*PLACES), text)
    to, recipient = parts.to_mayor(ctx)
    people = [world.person(ctx.rng) for _ in range(2)]
    signers = (
        Signer(people[0].name, "Presidenta" if people[0].female else "Presidente"),
        Signer(people[1].name, "Secretaria" if people[1].female else "Secretario"),
    )
    m = ctx.matter
    blocks: list[Block] = [
        Head(
            (union.upper(), f"{rsu} – RUT {rut}", "Tomé – Región del Biobío"),
            "none",
            "center",
            "",
            True,
        ),
        Para(
            wording.place_date(ctx.rng, ctx.pick("Caleta Cocholgüe", "Dichato", "Tomé"), ctx.day),
            align="right",
        ),
        *under_date,
        Space(2),
        Para(to, align="left"),
        *under_to,
        Para("De nuestra consideración:", align="left"),
        Para(
            f"Los socios del {union}, reunidos en asamblea, acordaron dirigirse a usted en "
            f"relación con {m.name}, para {_ask(text)} este asunto.",
            indent=10,
        ),
        Para(m.detail, indent=10),
        Para("Esperando una buena acogida, saludan atentamente a usted,", align="left"),
        Signature(signers, "center"),
        Seal(("SINDICATO", "PESCADORES" if "Pescadores" in union else "ALGUERAS", "TOMÉ")),
    ]
    doc_type = "reclamo" if wording.is_complaint(text) else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": people[0].name, "sender_org": union}
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, page_label="")


def _ask(text: str) -> str:
    return "presentar un reclamo por" if wording.is_complaint(text) else "solicitar su apoyo con"


def _sender(ctx: Ctx) -> tuple[list[Block], str, list[Block], str, str | None]:
    """(top, opening words, tail, sender, org): an organisation or a neighbour."""
    if ctx.chance(0.5):
        org = ctx.pick(*world.ORGS)
        who = world.person(ctx.rng)
        pj = f"P.J. N° {ctx.rng.randint(40, 1900)}"
        top: list[Block] = [Para(f"{org.upper()}\n{pj}", align="left", bold=True, size=-0.5)]
        post = "Presidenta" if who.female else "Presidente"
        tail: list[Block] = [Signature((Signer(who.name, f"{post}\n{org}"),), "center")]
        return top, f"La directiva {of(org)} se dirige a usted para", tail, who.name, org
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(5_000_000, 23_000_000))
    said = (
        f"Yo, {who.name}, RUT {rut}, domiciliado(a) en {world.street_address(ctx.rng)}, "
        "sector {sector}, me dirijo a usted para"
    )
    phone = f"Fono: 9 {ctx.rng.randint(4000, 9999)} {ctx.rng.randint(1000, 9999)}"
    return [], said, [Signature((Signer(who.name, phone),), "right", rule=True)], who.name, None


def carta_vecinal(ctx: Ctx) -> Doc:
    """A junta de vecinos, a club or a neighbour writes to the mayor (entrada)."""
    text = wording.stated(ctx.rng, wording.NEIGHBOUR, ctx.matter, ctx.day)
    top, said, tail, sender, org = _sender(ctx)
    style = ctx.pick("ref", "headline", "column", "none", "solicita")
    if style == "solicita":
        label = ctx.pick("SOLICITA:", "Petición:", "MATERIA:")
        under_date: list[Block] = []
        under_to: list[Block] = []
        top = [*top, Para(f"{label} {text}", align="left", bold=True)]
        subject: str | None = text
    else:
        under_date, under_to, subject = _placed(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    blocks: list[Block] = [
        *top,
        Para(wording.place_date(ctx.rng, "Tomé", ctx.day), align="right"),
        *under_date,
        Space(2),
        Para(to, align="left"),
        *under_to,
        Para(ctx.pick("Estimado Sr. Alcalde:", "De mi consideración:"), align="left"),
        Para(f"{said.format(sector=m.sector)} {_ask(text)} {m.name}.", indent=8),
        Para(m.detail, indent=8),
        Para("Agradeciendo de antemano su atención, se despide atentamente,", align="left"),
        *tail,
    ]
    doc_type = "reclamo" if wording.is_complaint(text) else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        paper="office" if org else "hand",
        ruled=not org and ctx.chance(0.5),
        page_label="",
    )
