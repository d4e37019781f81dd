"""Letters to Pozo Almonte: of the mining companies (Collahuasi, Teck Quebrada Blanca, SQM's
Nueva Victoria), the water and power utilities, a transport firm and the Universidad Arturo
Prat, on their letterhead with their mark and often their own number; of the indigenous
communities and associations of the oases and ravines (Mamiña, Huatacondo, Matilla, Huara,
Pica), the Federación de Bailes Religiosos de La Tirana and the rural water committees
(their legal personality before CONADI or the municipality on top, two signatures and a round
seal); and of the juntas de vecinos, clubs and neighbours writing at home.

Where their subject stands: «REF.:» or «MATERIA:» at the left under the addressee; a bold
headline; «SUMA:» at the top right, as in a lawyer's brief; «ASUNTO:» split over two lines;
«Ref.:» behind a cited letter and a dash; or nowhere (only the first paragraph tells it).

Truth (devgen12's): a carta, entrada; a complaint («Reclamo…», «Denuncia…») a reclamo;
subject the text after its label (after the dash when a paper is cited; lines joined), the
headline as printed, None when only the body tells it; antecedents the paper cited before
the dash; doc_number the firm's own number, if printed; sender who signs first, sender_org
the firm, community or organisation; recipient the addressee's first line; ruts as
printed."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Heading, Listing, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen13 import parts, senders, topics, wording, world
from bench.devgen13.parts import Ctx

GREETINGS = ("De nuestra consideración:", "Estimado señor Alcalde:", "Señor Alcalde:")


def placed(ctx: Ctx, style: str, text: str) -> tuple[list[Block], str | None, str | None]:
    """(the subject's blocks after the addressee, the subject registered, antecedents)."""
    if style == "ref":
        label = ctx.pick("REF.:", "MATERIA:", "Materia:")
        return [Para(f"{label} {text}", align="left", bold=ctx.chance(0.5))], text, None
    if style == "headline":
        shown = wording.capitals(ctx.rng, text, 0.6)
        return [Heading(shown, size=0.5, underline=ctx.chance(0.4))], shown, None
    if style == "asunto":
        shown = wording.split_two(ctx.rng, text)
        return [Para(f"ASUNTO: {shown}", align="left", left=70)], text, None
    if style == "dash":
        ref = ctx.pick(
            f"Su Oficio N° {ctx.rng.randint(20, 2400)}",
            f"Carta de fecha {wording.some_earlier(ctx.rng, ctx.day)}",
            f"Reunión sostenida el {wording.some_earlier(ctx.rng, ctx.day)}",
        )
        return [Para(f"Ref.: {ref} – {text}", align="left", left=55)], text, ref
    return [], None, None


def _firm(ctx: Ctx) -> senders.Firm:
    fit = [f for f in senders.FIRMS if ctx.matter.unit in f.units]
    if fit:
        return ctx.rng.choice(fit)
    firm = ctx.rng.choice(senders.FIRMS)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, firm.units)
    return firm


def carta_empresa(ctx: Ctx) -> Doc:
    """A mining company, a utility, a transport firm or the university writes (entrada)."""
    f = _firm(ctx)
    text = wording.said(ctx.rng, wording.COMPANY, ctx.matter, ctx.day)
    style = ctx.pick("ref", "headline", "asunto", "dash", "first")
    lines = (f.name, f"RUT {ctx.rut(f.rut)}") if ctx.chance(0.5) else (f.name, f.address)
    blocks: list[Block] = [Head(lines, f.emblem, ctx.pick("left", "right"), "", ctx.chance(0.6))]
    num = None
    place = Para(wording.place_date(ctx.rng, "Iquique", ctx.day), align="right")
    if f.numbered and ctx.chance(0.7):
        number, num = wording.number(ctx.rng, f.numbered, ctx.day.year, 700)
        blocks += [Para(number, align="right", bold=True), place]
    else:
        blocks.append(place)
    to, recipient = parts.to_mayor(ctx)
    stated, subject, ant = placed(ctx, style, text)
    m = ctx.matter
    opening = (
        f"En relación con {m.name}, {f.name.split(',')[0]} informa a usted lo siguiente."
        if style == "first"
        else f"Junto con saludar, nos dirigimos a usted en relación con {m.other}."
    )
    who = world.person(ctx.rng)
    blocks += [
        Space(2),
        Para(to, align="left"),
        *stated,
        Space(1),
        Para(ctx.pick(*GREETINGS), align="left"),
        Para(opening),
        Para(m.detail),
        Para("Quedamos atentos a sus comentarios y disponibles para coordinar una reunión."),
        Signature(
            (Signer(who.name, f"{f.post}\n{f.name}"),), ctx.pick("left", "center"), "Atentamente,"
        ),
    ]
    if ctx.chance(0.5):
        blocks.append(
            Listing("c.c.:", ("Delegación Presidencial Provincial del Tamarugal", "Archivo"))
        )
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": f.name, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(f.address,) if ctx.chance(0.4) else ())


def _signers(ctx: Ctx, org: str, town: str) -> tuple[list[Block], str]:
    """The president's and secretary's signatures, a seal; (blocks, the first signer)."""
    a, b = world.person(ctx.rng), world.person(ctx.rng)
    pres = "Presidenta" if a.female else "Presidente"
    sec = "Secretaria" if b.female else "Secretario"
    words = org.upper().split()
    seal = Seal((" ".join(words[:2]), " ".join(words[2:5])[:22], town.upper()[:20]), "left")
    sig = Signature((Signer(a.name, pres), Signer(b.name, sec)), "center")
    return [sig, seal] if ctx.chance(0.6) else [sig], a.name


def carta_comunidad(ctx: Ctx) -> Doc:
    """An indigenous community, the Federación de Bailes or a water committee writes."""
    org, sort, town, units = ctx.rng.choice(senders.COMMUNITIES)
    if ctx.matter.unit not in units:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, units)
    text = wording.said(ctx.rng, wording.COMMUNITY, ctx.matter, ctx.day)
    style = ctx.pick("suma", "ref", "headline", "dash", "first")
    reg = {
        "indigena": "Inscrita en el Registro de Comunidades y Asociaciones Indígenas de CONADI N° ",
        "bailes": "Personalidad Jurídica N° ",
        "agua": "Personalidad Jurídica Ley N° 19.418, N° ",
    }[sort] + str(ctx.rng.randint(12, 480))
    blocks: list[Block] = [Head((org.upper(), reg, town), "none", "center", "", True)]
    subject: str | None
    if style == "suma":
        shown = wording.spread(ctx.rng, text, 2)
        blocks.append(Para(f"SUMA: {shown}", align="left", left=90, bold=True))
        stated: list[Block] = []
        subject, ant = text, None
    else:
        stated, subject, ant = placed(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    hello = ctx.pick(
        "Reciba un fraternal saludo (Jallalla).",
        "Kamisaraki, reciba usted un cordial saludo.",
        "Junto con saludarle cordialmente,",
    )
    asks = ctx.pick("solicitar su apoyo respecto de", "exponer la situación de")
    body = f"la {org} se dirige a usted para {asks} {m.name}."
    blocks += [
        Para(wording.place_date(ctx.rng, town.split(",")[0], ctx.day), align="right"),
        Space(1),
        Para(to, align="left"),
        *stated,
        Space(1),
        Para(hello, align="left"),
        Para(body[0].upper() + body[1:], indent=10),
        Para(m.detail, indent=10),
        Para("Esperando una favorable acogida, se despiden atentamente,", align="left"),
    ]
    tail, first = _signers(ctx, org, town)
    blocks += tail
    complaint = subject is not None and text.startswith(("Reclamo", "Denuncia"))
    fields: dict[str, Any] = {"subject": subject, "sender": first, "sender_org": org}
    fields |= {"recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "reclamo" if complaint else "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label="")


def carta_vecino(ctx: Ctx) -> Doc:
    """A junta de vecinos, a club or a neighbour writes to the mayor (entrada)."""
    text = wording.said(ctx.rng, wording.COMMUNITY, ctx.matter, ctx.day)
    style = ctx.pick("ref", "headline", "asunto", "dash", "first", "first")
    stated, subject, ant = placed(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    org = ctx.pick(*world.ORGS) if ctx.chance(0.45) else None
    blocks: list[Block] = []
    if org:
        blocks.append(Head((org.upper(), world.COMMUNE), "none", "center", "", True))
        tail, sender = _signers(ctx, org, world.COMMUNE)
        said = (
            f"Como directiva de la {org.removeprefix('Club ')}, nos dirigimos a usted por {m.name}."
        )
    else:
        who = world.person(ctx.rng)
        rut = ctx.rut(ctx.rng.randint(5_500_000, 26_000_000))
        tail, sender = (
            [
                Signature(
                    (
                        Signer(
                            who.name,
                            f"C.I. {rut}\nFono +56 9 {ctx.rng.randint(50_000_000, 99_999_999)}",
                        ),
                    ),
                    "right",
                )
            ],
            who.name,
        )
        home = world.street_address(ctx.rng)
        said = f"Mi nombre es {who.name}, vivo en {home} y escribo por {m.name}."
    blocks += [
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Para(to, align="left"),
        *stated,
        Space(1),
        Para(ctx.pick("De mi consideración:", "Señor Alcalde:", "Estimado Alcalde:"), align="left"),
        Para(said, indent=8),
        Para(m.detail, indent=8),
        Para("Agradeciendo de antemano su atención, saluda atentamente,", align="left"),
        *tail,
    ]
    complaint = subject is not None and text.startswith(("Reclamo", "Denuncia"))
    fields: dict[str, Any] = {"subject": subject, "sender": sender, "sender_org": org}
    fields |= {"recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "reclamo" if complaint else "carta", "entrada", **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        paper="office" if org else "hand",
        ruled=not org and ctx.chance(0.5),
        page_label="",
    )
