"""Letters to Lo Prado: of firms (Enel, Aguas Andinas, Metro, a bus operator, a builder, an
antenna company), universities and foundations, on their letterhead, with or without their
own number; and of neighbourhood organisations (juntas de vecinos, clubs, committees: their
name, legal personality and RUT on top, three signatures over a round seal) and neighbours
writing at home.

Where their subject stands: only in the first paragraph («Tengo el agrado de …», «En
relación con …»); as a bold headline centred over the body; after «Ref.:» or «Asunto:»,
behind a cited paper and a dash; after «Referencia:»; as a sumilla in capitals at the top
right («SOLICITA …», or the empty «SOLICITA LO QUE INDICA»); or as a numbered list after
«Materia:» («1) …; 2) …»).

Truth: a carta, entrada; a neighbour's complaint («Reclamo…», «Denuncia…») a reclamo;
subject the text after its label (after the dash; the list with its numbers, lines
joined), the headline or sumilla as printed, None when only the body tells it (the empty
sumilla too); antecedents the paper cited before the dash; doc_number the firm's own
number, if printed; sender who signs (an organisation's first signer), sender_org the firm,
university, foundation or organisation; recipient the addressee's first line; ruts as
printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen12 import oficios, parts, senders, topics, wording, world
from bench.devgen12.parts import Ctx

EMBLEMS = {"firm": "none", "university": "columns", "foundation": "leaf"}


def _unit_head(ctx: Ctx) -> tuple[str, str]:
    """The head of the matter's unit as the addressee: (lines, recipient)."""
    unit = world.UNITS[ctx.matter.unit]
    first = f"{'Señora' if unit.chief.female else 'Señor'} {unit.chief.name}"
    return f"{first}\n{unit.post}\n{world.MUNI}\nPresente", first


def _placed(ctx: Ctx, style: str, text: str) -> tuple[list[Block], str | None, str | None]:
    """(the blocks after the addressee, the subject registered, the antecedents)."""
    if style == "headline":
        shown = wording.capitals(ctx.rng, text, 0.5)
        return [Heading(shown, size=0.5, underline=ctx.chance(0.3))], shown, None
    if style == "dash":
        ref = oficios.cited(ctx, ctx.pick("Su", "Vuestro"))
        label = ctx.pick("Ref.:", "Asunto:", "REF.:")
        return [Para(f"{label} {ref} – {text}", align="left", left=50, bold=True)], text, ref
    if style == "referencia":
        return [Para(f"Referencia: {text}", align="left")], text, None
    if style == "list":
        shown = oficios.listed(ctx, text)
        return [Para(f"Materia: {shown}", align="left", left=50)], shown, None
    return [], None, None


def _opening(ctx: Ctx, style: str, org: str) -> str:
    m = ctx.matter
    if style == "first":
        return ctx.pick(
            f"Tengo el agrado de remitir a usted la propuesta de {org} relativa a {m.name}.",
            f"En relación con {m.name}, {org} se permite exponer a usted lo siguiente.",
        )
    return f"Por medio de la presente, {org} se dirige a usted en relación con {m.other}."


Firm = tuple[str, int, str, str, str, str]


def writer(ctx: Ctx, firms: Sequence[Firm]) -> Firm:
    """A firm that writes about the matter; else any, the matter becoming one of its own."""
    fit = [f for f in firms if topics.mentions(ctx.matter, f[5].split(";"))]
    if fit:
        return ctx.rng.choice(fit)
    firm = ctx.rng.choice(firms)
    ctx.matter = topics.about(ctx.rng, ctx.day.year, firm[5].split(";"))
    return firm


def carta_institucion(ctx: Ctx) -> Doc:
    """A firm, a university or a foundation writes to the mayor or a unit's head."""
    firm = writer(ctx, senders.FIRMS)
    name, rut, address, sort, post, _words = firm
    text = wording.stated(ctx.rng, wording.INSTITUTION, ctx.matter, ctx.day)
    style = ctx.pick("first", "headline", "dash", "referencia", "list")
    lines = (name, f"RUT {ctx.rut(rut)}", address) if ctx.chance(0.6) else (name, address)
    blocks: list[Block] = [
        Head(lines, EMBLEMS[sort], ctx.pick("left", "right", "center"), "", True)
    ]
    num = None
    if sort == "firm" and ctx.chance(0.6):
        label = ctx.pick("Carta", "CARTA GRM", "Carta SGC")
        number, num = wording.number(ctx.rng, label, ctx.day.year, 900)
        blocks.append(Para(number, align="left", bold=True))
    to, recipient = _unit_head(ctx) if ctx.chance(0.4) else parts.to_mayor(ctx)
    stated, subject, ants = _placed(ctx, style, text)
    who = world.person(ctx.rng)
    blocks += [
        Para(wording.place_date(ctx.rng, "Santiago", ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para(
            ctx.pick("De nuestra consideración:", "Estimado señor Alcalde:", "Señor Alcalde:"),
            align="left",
        ),
        Para(_opening(ctx, style, name)),
        Para(ctx.matter.detail),
        Para("Quedamos atentos a su respuesta y disponibles para una reunión de coordinación."),
        Signature((Signer(who.name, post, name),), ctx.pick("left", "center"), "Atentamente,"),
    ]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": name, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(address,) if ctx.chance(0.3) else ())


@dataclass(frozen=True)
class Author:
    """Who writes a people's letter: the blocks on top, the opening sentence's start, the
    blocks under the farewell, and the sender registered."""

    top: list[Block]
    said: str
    tail: list[Block]
    sender: str
    org: str | None = None


def of(org: str) -> str:
    """«de la Junta de Vecinos …», «del Club Deportivo …»."""
    return f"{'del' if org.startswith(('Club', 'Comité', 'Centro')) else 'de la'} {org}"


def _short(org: str, room: int = 24) -> str:
    """The first words of ``org`` that fit on a seal's line."""
    words: list[str] = []
    for word in org.split():
        if len(" ".join([*words, word])) > room:
            break
        words.append(word)
    return " ".join(words)


def _organisation(ctx: Ctx) -> Author:
    org = ctx.pick(*world.ORGS)
    pj = f"Personalidad Jurídica N° {ctx.rng.randint(100, 2900)}"
    rut = ctx.rut(ctx.rng.randint(65_000_000, 65_299_999))
    people = [world.person(ctx.rng) for _ in range(3)]
    posts = (("Presidente", "Presidenta"), ("Secretario", "Secretaria"), ("Tesorero", "Tesorera"))
    signers = tuple(Signer(p.name, post[p.female]) for p, post in zip(people, posts, strict=True))
    seal = Seal((_short(org).upper(), "LO PRADO", "DIRECTIVA"))
    return Author(
        [Head((org.upper(), pj, f"RUT {rut}"), "none", "center", "", True)],
        f"La directiva {of(org)}, en representación de sus socios, se dirige a usted para",
        [Signature(signers, "center"), seal],
        signers[0].name,
        org,
    )


def _neighbour(ctx: Ctx) -> Author:
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(6_000_000, 24_000_000))
    said = (
        f"Quien suscribe, {who.name}, cédula de identidad N° {rut}, con domicilio en "
        f"{world.street_address(ctx.rng)}, comuna de Lo Prado, viene en"
    )
    mail = who.name.split()[0].lower().translate(str.maketrans("áéíóú", "aeiou"))
    phone = f"+56 9 {ctx.rng.randint(40_000_000, 99_999_999)}"
    under = f"RUT {rut}\n{phone}\n{mail}{ctx.rng.randint(1, 99)}@gmail.com"
    return Author([], said, [Signature((Signer(who.name, under),), "right")], who.name)


def _sumilla(ctx: Ctx, text: str) -> tuple[list[Block], str | None]:
    """Top right, in capitals: the request, or only «SOLICITA LO QUE INDICA»."""
    if ctx.chance(0.35):
        return [Para("SOLICITA LO QUE INDICA", align="right", bold=True)], None
    shown = text.upper()
    return [Para(wording.spread(ctx.rng, shown, 3), align="left", bold=True, left=95)], shown


def carta_vecinal(ctx: Ctx) -> Doc:
    """A neighbourhood organisation or a neighbour writes to the mayor."""
    text = wording.stated(ctx.rng, wording.NEIGHBOUR, ctx.matter, ctx.day)
    complaint = text.startswith(("Reclamo", "Denuncia"))
    w = _organisation(ctx) if ctx.chance(0.55) else _neighbour(ctx)
    style = ctx.pick("sumilla", "list", "headline", "first", "referencia")
    top: list[Block] = []
    if style == "sumilla":
        top, subject = _sumilla(ctx, text)
        stated: list[Block] = []
    else:
        stated, subject, _ants = _placed(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    ask = "presentar un reclamo por" if complaint else "solicitar su intervención respecto de"
    blocks: list[Block] = [
        *w.top,
        *top,
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para(
            ctx.pick("De mi consideración:", "De nuestra consideración:", "Señor Alcalde:"),
            align="left",
        ),
        Para(f"{w.said} {ask} {m.name}.", indent=8),
        Para(m.detail, indent=8),
        Para(
            "Sin otro particular, y esperando una favorable acogida, saluda atentamente,",
            align="left",
        ),
        *w.tail,
    ]
    fields: dict[str, Any] = {"subject": subject, "sender": w.sender, "sender_org": w.org}
    doc_type = "reclamo" if complaint else "carta"
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    paper = "office" if w.org else "hand"
    return parts.doc(ctx, t, blocks, paper=paper, page_label="")
