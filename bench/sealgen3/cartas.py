"""Letters to Casablanca: of the valley's firms (vineyards, an agricultural firm, a rural bus
firm, ESVAL, Chilquinta, the Ruta 68 concessionaire, a gravel firm, an events venue) on their
letterhead, with or without their own number; of organisations (juntas de vecinos, rural
water committees, clubs, the temporeras' group: their name and legal personality on top,
the president and secretary signing over a round seal) and of neighbours writing at home.

Where their subject stands: after «REF.:», «Asunto:» or «MATERIA:» under the addressee;
as an underlined headline over the body; after «SUMA:» at the top («SUMA: Solicita lo que
indica» states none); in a «De: / Para: / Asunto:» block a neighbour copies from an e-mail;
or only in the first paragraph.

Truth: a carta, entrada; a people's complaint («Reclamo…», «Denuncia…») a reclamo; subject
the text after its label (lines joined) or the headline as printed, None when only the body
tells it or the SUMA is empty; doc_number the firm's own number; sender who signs (an
organisation's president), sender_org the firm or organisation; recipient the addressee's
first line (the «Para:» text); ruts as printed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen3 import parts, senders, topics, wording, world
from bench.sealgen3.parts import Ctx
from bench.sealgen3.senders import Firm


def _placed(ctx: Ctx, style: str, text: str) -> tuple[list[Block], str | None]:
    """(the blocks after the addressee, the subject registered)."""
    if style == "label":
        label = ctx.pick("REF.:", "Asunto:", "MATERIA:", "Ref.:")
        shown = wording.capitals(ctx.rng, text, 0.25)
        return [Para(f"{label} {shown}", align="left", left=ctx.rng.choice((0.0, 45.0)))], shown
    if style == "headline":
        shown = wording.capitals(ctx.rng, text, 0.5)
        return [Heading(shown, size=0.5, underline=True, align=ctx.pick("center", "left"))], shown
    return [], None


def firm_for(ctx: Ctx) -> Firm:
    """A firm writing about the matter; else any, the matter becoming one of its own."""
    fit = [f for f in senders.FIRMS if topics.fits(ctx.matter.topic, f.units)]
    if fit:
        return ctx.rng.choice(fit)
    firm = ctx.rng.choice(senders.FIRMS)
    ctx.matter = topics.among(ctx.rng, ctx.day.year, firm.units)
    return firm


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm of the valley writes to the mayor or to a unit's head (entrada)."""
    firm = firm_for(ctx)
    text = wording.stated(ctx.rng, wording.FIRM, ctx.matter, ctx.day)
    style = ctx.pick("label", "label", "headline", "first")
    lines = (firm.name, f"R.U.T. {ctx.rut(firm.rut)}", firm.address)
    blocks: list[Block] = [
        Head(
            lines if ctx.chance(0.6) else lines[::2],
            "none",
            ctx.pick("left", "right"),
            "",
            ctx.chance(0.6),
        )
    ]
    num = None
    if ctx.chance(0.5):
        label = ctx.pick("Carta", "GG", "CARTA", "Carta Ext.")
        number, num = wording.number(ctx.rng, label, ctx.day.year, 700)
        blocks.append(Para(number, align="right", bold=True))
    to_unit = ctx.chance(0.35)
    to, recipient = parts.to_unit(ctx) if to_unit else parts.to_mayor(ctx)
    female = world.UNITS[ctx.matter.unit].chief.female if to_unit else True
    greeting = ctx.pick(
        "De nuestra consideración:",
        "Estimada señora:" if female else "Estimado señor:",
        "Señora:" if female else "Señor:",
    )
    stated, subject = _placed(ctx, style, text)
    who = world.person(ctx.rng)
    m = ctx.matter
    opening = (
        f"{firm.name} se dirige a usted en relación con {m.name}, según se expone a continuación."
        if style == "first"
        else f"Por medio de la presente, nos dirigimos a usted en relación con {m.other}."
    )
    blocks += [
        Para(
            wording.place_date(ctx.rng, ctx.pick("Casablanca", "Valparaíso"), ctx.day),
            align="right",
        ),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para(greeting, align="left"),
        Para(opening),
        Para(m.detail),
        Para("Quedamos a disposición para coordinar una reunión con los equipos municipales."),
        Signature(
            (Signer(who.name, firm.post, firm.name),),
            ctx.pick("left", "center"),
            "Saludos cordiales,",
        ),
    ]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": firm.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(firm.address,) if ctx.chance(0.3) else ())


@dataclass(frozen=True)
class Author:
    top: list[Block]  # blocks above the date
    said: str  # the opening sentence's start
    tail: list[Block]  # blocks under the farewell
    sender: str
    org: str | None = None


def _organisation(ctx: Ctx) -> Author:
    org = ctx.pick(*world.ORGS, *world.APR)
    pj = f"P. J. N° {ctx.rng.randint(40, 1900)}"
    rut = ctx.rut(ctx.rng.randint(65_010_000, 65_199_999))
    chair, clerk = world.person(ctx.rng), world.person(ctx.rng)
    signers = (
        Signer(chair.name, "Presidenta" if chair.female else "Presidente"),
        Signer(clerk.name, "Secretaria" if clerk.female else "Secretario"),
    )
    seal = Seal((" ".join(org.split()[:3]).upper(), "CASABLANCA"), ctx.pick("left", "center"))
    top: list[Block] = [
        Head((org.upper(), f"{pj} · RUT {rut}"), "none", ctx.pick("left", "center"))
    ]
    said = f"Quienes suscriben, en representación {world.of(org)}, nos dirigimos a usted para"
    return Author(top, said, [Signature(signers, "center"), seal], chair.name, org)


def _neighbour(ctx: Ctx) -> Author:
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(5_000_000, 23_000_000))
    address = world.street_address(ctx.rng)
    said = (
        f"Yo, {who.name}, RUT {rut}, domiciliado(a) en {address}, comuna de Casablanca, me "
        "dirijo a usted para"
    )
    phone = f"Fono: 9 {ctx.rng.randint(4000, 9999)} {ctx.rng.randint(1000, 9999)}"
    return Author(
        [], said, [Signature((Signer(who.name, phone),), ctx.pick("left", "right"))], who.name
    )


def _suma(ctx: Ctx, text: str) -> tuple[list[Block], str | None]:
    if ctx.chance(0.3):
        return [Para("SUMA: Solicita lo que indica.", align="left", bold=True)], None
    return [Para(f"SUMA: {text}.", align="left", bold=True)], text


def carta_vecinal(ctx: Ctx) -> Doc:
    """An organisation or a neighbour writes to the mayor (carta or reclamo, entrada)."""
    text = wording.stated(ctx.rng, wording.PEOPLE, ctx.matter, ctx.day)
    w = _organisation(ctx) if ctx.chance(0.5) else _neighbour(ctx)
    style = ctx.pick("suma", "label", "headline", "first", "mail")
    to, recipient = parts.to_mayor(ctx)
    top: list[Block] = list(w.top)
    stated: list[Block] = []
    subject: str | None = None
    if style == "suma":
        suma, subject = _suma(ctx, text)
        top += suma
    elif style == "mail":
        to = recipient = ctx.pick("Sra. Alcaldesa de Casablanca", "Alcaldía de Casablanca")
        rows = (("De:", w.org or w.sender), ("Para:", to), ("Asunto:", text))
        stated, subject = [Fields(rows, bold_labels=False)], text
    else:
        stated, subject = _placed(ctx, style, text)
    m = ctx.matter
    ask = "reclamar por" if wording.complaint(text) else "solicitar su ayuda con"
    blocks: list[Block] = [
        *top,
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Space(2),
        *([] if style == "mail" else [Para(to, align="left")]),
        *stated,
        Para(
            ctx.pick("De mi consideración:", "Estimada Alcaldesa:", "Señora Alcaldesa:"),
            align="left",
        ),
        Para(f"{w.said} {ask} {m.name}.", indent=10),
        Para(m.detail, indent=10),
        Para("Esperando una buena acogida, se despide atentamente,", align="left"),
        *w.tail,
    ]
    doc_type = "reclamo" if wording.complaint(text) else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": w.sender, "sender_org": w.org}
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    paper = "office" if w.org else "hand"
    return parts.doc(
        ctx, t, blocks, paper=paper, ruled=paper == "hand" and ctx.chance(0.4), page_label=""
    )
