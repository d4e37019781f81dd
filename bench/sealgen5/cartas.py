"""Letters of the valley's organisations and neighbours to Vallenar: the Junta de
Vigilancia del Río Huasco, the olive growers' association, the rural water committees of
Domeyko and Cachiyuyo and the Diaguita communities and associations (their registration
under the name, two or three signatures and a round seal); juntas de vecinos with a sheet
of neighbours' signatures; neighbours writing at home, on ruled paper at times.

Where their subject stands: «PETICIÓN:» or «Motivo:» under the addressee; «Asunto»
without colon in the right half; a centred title in capitals over the greeting; «asunto:»
in small letters; or nowhere.

Truth (devgen12's): a carta, entrada; a complaint («Reclamo…», «Denuncia…») a reclamo;
subject the text after its label or the title as printed (lines joined), None when only
the body tells it; sender who signs first; sender_org the organisation (None for a
neighbour); recipient the addressee's first line; ruts as printed, in order."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Heading, Para, Signature, Signer, Space, Table
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen5 import parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx

REGISTERED = {
    "junta": "Organización de usuarios inscrita en la Dirección General de Aguas",
    "apr": "Personalidad Jurídica N° {n} · Ley N° 20.998",
    "diaguita": "Inscrita en el Registro de Comunidades Indígenas de CONADI con el N° {n}",
    "gremio": "Asociación Gremial · Registro N° {n}-3",
}


def placed(ctx: Ctx, style: str, text: str) -> tuple[list[Block], str | None]:
    """(the subject's blocks after the addressee, the subject registered)."""
    if style == "label":
        label = ctx.pick("PETICIÓN:", "Motivo:", "MOTIVO:")
        return [Para(f"{label} {text}", align="left", bold=ctx.chance(0.5))], text
    if style == "right":
        return [Para(f"Asunto  {text}", align="left", left=75)], text
    if style == "title":
        shown = text.upper()
        return [Space(2), Heading(shown, size=0.5, underline=ctx.chance(0.5))], shown
    if style == "lower":
        small = text[:1].lower() + text[1:]
        return [Para(f"asunto: {small}", align="left")], small
    return [], None


def the(org: str) -> str:
    """«la Junta …», «el Comité …»: an organisation with its article."""
    male = org.startswith(("Club", "Comité", "Centro"))
    return f"{'el' if male else 'la'} {org}"


def _doc_type(subject: str | None) -> str:
    complaint = subject is not None and subject.lower().startswith(("reclamo", "denuncia"))
    return "reclamo" if complaint else "carta"


def _board(ctx: Ctx, org: str, town: str) -> tuple[list[Block], str]:
    """Two or three officers' signatures and now and then the round seal; (blocks, first)."""
    posts = ["Presidente", "Secretario", "Tesorero"][: ctx.rng.randint(2, 3)]
    people = [world.person(ctx.rng) for _ in posts]
    signers = tuple(
        Signer(p.name, post[:-1] + "a" if p.female else post)
        for p, post in zip(people, posts, strict=True)
    )
    out: list[Block] = [Signature(signers, "center")]
    if ctx.chance(0.55):
        words = org.upper().split()
        out.append(Seal((" ".join(words[:3]), " ".join(words[3:6])[:22], town.upper()[:18])))
    return out, people[0].name


def carta_comunidad(ctx: Ctx) -> Doc:
    """The Junta de Vigilancia, a water committee, a Diaguita community or the growers."""
    org, sort, town, keys = ctx.rng.choice(senders.GROUPS)
    if ctx.matter.topic.key.removeprefix("vallenar-") not in keys:
        ctx.matter = topics.among(ctx.rng, ctx.day.year, keys)
    text = wording.said(ctx.rng, wording.GROUP, ctx.matter, ctx.day)
    style = ctx.pick("label", "right", "title", "none")
    reg = REGISTERED[sort].format(n=ctx.rng.randint(8, 390))
    emblem = {"junta": "drop", "apr": "drop", "gremio": "olivo"}.get(sort, "none")
    blocks: list[Block] = [Head((org.upper(), reg, town), emblem, "center", "", True)]
    stated, subject = placed(ctx, style, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    asks = [
        f"Que se nos informe el estado de {m.other}.",
        "Que se fije una reunión con la directiva en un plazo breve.",
        "Que el municipio visite el sector junto a nuestros socios.",
    ]
    blocks += [
        Para(wording.place_date(ctx.rng, town, ctx.day), align="right"),
        Para(to, align="left"),
        *stated,
        Space(1),
        Para(ctx.pick("De nuestra consideración:", "Estimado señor Alcalde:"), align="left"),
        Para(f"La directiva de {the(org)} se dirige a usted a raíz de {m.name}.", indent=10),
        Para(m.detail, indent=10),
        Para("Por lo anterior, solicitamos:", align="left"),
        *(Para(f"{i}. {a}", left=8) for i, a in enumerate(asks[: ctx.rng.randint(1, 3)], 1)),
        Para("Sin otro particular, saludan atentamente,", align="left"),
    ]
    tail, first = _board(ctx, org, town)
    blocks += tail
    fields: dict[str, Any] = {"subject": subject, "sender": first, "sender_org": org}
    t = parts.truth(ctx, _doc_type(subject), "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, page_label="")


def _petition(ctx: Ctx) -> Table:
    """The sheet of neighbours who back a junta's letter: name, RUT, signature."""
    rows = [("N°", "Nombre", "RUT", "Firma")]
    for i in range(1, ctx.rng.randint(4, 8)):
        rut = ctx.rut(ctx.rng.randint(4_800_000, 24_000_000))
        rows.append((str(i), world.person(ctx.rng).name, rut, ""))
    return Table(tuple(rows), widths=(0.4, 2.6, 1.4, 1.6))


def carta_vecino(ctx: Ctx) -> Doc:
    """A junta de vecinos, a club or a neighbour writes to the mayor (entrada)."""
    text = wording.said(ctx.rng, wording.PEOPLE, ctx.matter, ctx.day)
    style = ctx.pick("label", "right", "title", "lower", "none", "none")
    stated, subject = placed(ctx, style, text)
    org = ctx.pick(*world.ORGS) if ctx.chance(0.45) else None
    to, recipient = parts.to_mayor(ctx)
    m, blocks = ctx.matter, list[Block]()
    if org is not None:
        blocks.append(Head((org.upper(), "Vallenar"), "none", ctx.pick("center", "left")))
        opening = f"Los socios de {the(org)} nos dirigimos a usted por {m.name}."
        tail, sender = _board(ctx, org, world.COMMUNE)
        if ctx.chance(0.5):
            tail += [Para("Nómina de vecinos que apoyan esta carta:", align="left"), _petition(ctx)]
    else:
        who = world.person(ctx.rng)
        rut = ctx.rut(ctx.rng.randint(4_800_000, 24_000_000))
        home = world.street_address(ctx.rng)
        opening = f"Quien suscribe, {who.name}, con domicilio en {home}, expone sobre {m.name}."
        phone = f"Cel. 9 {ctx.rng.randint(4000, 9999)} {ctx.rng.randint(1000, 9999)}"
        tail = [Signature((Signer(who.name, f"RUT {rut}\n{phone}"),), ctx.pick("right", "center"))]
        sender = who.name
    hello = ctx.pick("Estimado Alcalde:", "De mi consideración:", "Señor Alcalde:")
    blocks += [
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para(hello, align="left"),
        Para(opening, indent=8),
        Para(f"{m.detail} A la fecha no ha habido solución.", indent=8),
        Para("Esperando una pronta solución, se despide atentamente,", align="left"),
        *tail,
    ]
    fields: dict[str, Any] = {"subject": subject, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, _doc_type(subject), "entrada", recipient=recipient, **fields)
    hand = org is None
    return parts.doc(
        ctx, t, blocks, paper="hand" if hand else "office", ruled=hand and ctx.chance(0.4)
    )
