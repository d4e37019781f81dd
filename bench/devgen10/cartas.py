"""Letters to Tierra Amarilla: of the valley's mines and their contractors (the firm's name,
RUT and address under a pick and hammer, their own «Carta GG N° 045/2025», «De nuestra
consideración»; the subject as «Asunto:», as «Ref.:», or «Ref.:» citing an earlier paper and
«Asunto:» under it); of neighbours written at home and of the Colla communities on their
letterhead (CONADI registration, RUT), both with a title line in capitals under the
addressee, or «Asunto:», or nothing, the communities signed by president and secretary under
a round seal; and e-mails printed from Outlook (the account's name on top, De / Enviado el /
Para / CC / Asunto rows, «RE:» or «RV:» before the subject, the earlier message below).

Truth: a letter is a carta, entrada, a complaint («Reclamo…», «Denuncia…») a reclamo; the
subject the «Asunto:» text, the «Ref.:» text when it alone states the matter, or the title
as printed; None when only the body tells it; when «Ref.:» cites an earlier paper and
«Asunto:» follows, the «Ref.:» text is the antecedents. An e-mail's subject drops the mail
program's «RE:»/«RV:»; an official's e-mail is otro. sender who signs (the e-mail's
sender), sender_org the firm, community or office; recipient the addressee's first line (the
e-mail's «Para:»); ruts as printed; no number unless the firm prints one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Rule, Signature, Signer, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen8.senders import domain
from bench.devgen10 import parts, topics, wording, world
from bench.devgen10.parts import Ctx


def _firm_subject(ctx: Ctx, text: str) -> tuple[list[Block], str | None, str | None]:
    """(the subject's blocks, the subject registered, the antecedents registered)."""
    style = ctx.pick("asunto", "ref", "both", "none")
    if style == "ref":
        return [Para(f"{ctx.pick('Ref.:', 'REF.:')} {text}", align="left", left=70)], text, None
    if style == "both":
        past = ctx.day - timedelta(days=ctx.rng.randint(8, 40))
        cited = f"Su Ord. N° {ctx.rng.randint(20, 1900)}, de {wording.long_date(past)}"
        asunto = Para(f"Asunto: {text}", align="left", left=70, bold=True)
        return [Para(f"Ref.: {cited}", align="left", left=70), asunto], text, cited
    if style == "asunto":
        return (
            [Para(f"{ctx.pick('Asunto:', 'ASUNTO:')} {text}", align="left", bold=True)],
            text,
            None,
        )
    return [], None, None


FIRMS_WRITE = ("dom", "transito", "secplan", "alcaldia", "dideco")


def _unit_head(ctx: Ctx) -> tuple[str, str]:
    """The head of the matter's unit as the addressee: (lines, recipient)."""
    unit = world.UNITS[ctx.matter.unit]
    honorific = "Señora" if unit.chief.female else "Señor"
    return f"{honorific}\n{unit.chief.name}\n{unit.post}\n{world.MUNI}\nPresente", unit.chief.name


def carta_empresa(ctx: Ctx) -> Doc:
    """A mine or a contractor writes to the mayor or to a unit's head."""
    name, rut, address, sort = ctx.rng.choice(world.FIRMS)
    if ctx.matter.unit not in FIRMS_WRITE:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, FIRMS_WRITE)
    text = wording.stated(ctx.rng, wording.FIRM, ctx.matter, ctx.day)
    stated, subject, ants = _firm_subject(ctx, text)
    lines = (name, f"RUT: {ctx.rut(rut)}", address)
    blocks: list[Block] = [
        Head(lines, "pick" if sort == "minera" else "none", ctx.pick("left", "right"), "", True)
    ]
    num = None
    if ctx.chance(0.6):
        number, num = wording.number(
            ctx.rng, ctx.pick("Carta GG", "CARTA", "Carta SSC"), ctx.day.year, 600
        )
        blocks.append(Para(number, align="left", bold=True))
    town = address.rsplit(", ", 1)[-1]
    to, recipient = _unit_head(ctx) if ctx.chance(0.4) else parts.to_mayor(ctx)
    who = world.person(ctx.rng)
    post = ctx.pick(
        "Gerente General",
        "Superintendente de Asuntos Externos",
        "Jefe de Relaciones Comunitarias",
        "Administrador de Contrato",
    )
    m = ctx.matter
    blocks += [
        Para(wording.town_date(ctx.rng, town, ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        *stated,
        Para("De nuestra consideración:", align="left"),
        Para(
            f"Por medio de la presente, {name} se dirige a usted en relación con {m.name}. "
            f"{m.detail}"
        ),
        Para("Quedamos atentos a sus comentarios y disponibles para una reunión de coordinación."),
        Signature((Signer(who.name, post, name),), ctx.pick("left", "center"), "Atentamente,"),
    ]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": name, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        footer=(f"{address} · www.{name.split()[1].lower()}.cl",) if ctx.chance(0.4) else (),
    )


def _people_subject(ctx: Ctx, text: str) -> tuple[list[Block], str | None]:
    """A title in capitals, «Asunto:» or nothing: (blocks after the addressee, registered)."""
    style = ctx.pick("title", "title", "asunto", "none")
    if style == "title":
        return [Heading(text.upper(), size=0.5, align=ctx.pick("center", "left"))], text.upper()
    if style == "asunto":
        return [Para(f"Asunto: {text}", align="left")], text
    return [], None


@dataclass(frozen=True)
class Author:
    """Who writes a people's letter: the blocks above the date, the opening sentence's
    start, the blocks under the farewell, and the sender registered."""

    top: list[Block]
    said: str
    tail: list[Block]
    sender: str
    org: str | None = None


def _community(ctx: Ctx) -> Author:
    """A Colla community: its letterhead, president and secretary, its seal."""
    org = ctx.pick(*world.COMMUNITIES)
    pj = f"Personalidad Jurídica CONADI N° {ctx.rng.randint(60, 420)}"
    rut = ctx.rut(ctx.rng.randint(65_000_000, 65_199_999))
    people = [world.person(ctx.rng) for _ in range(2)]
    posts = (("Presidente", "Presidenta"), ("Secretario", "Secretaria"))
    signers = tuple(
        Signer(p.name.upper(), post[p.female], org) for p, post in zip(people, posts, strict=True)
    )
    seal = Seal(("COMUNIDAD COLLA", "TIERRA AMARILLA", "ATACAMA"))
    return Author(
        [Head((org.upper(), pj, f"RUT {rut}"), "none", "center", "", True)],
        f"La {org}, pueblo Colla del valle de Copiapó (Ley N° 19.253), se dirige a usted para",
        [Signature(signers, "center"), seal],
        signers[0].name,
        org,
    )


def _neighbour(ctx: Ctx) -> Author:
    """A neighbour at home: name, RUT and phone under the signature."""
    who = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(5_000_000, 22_000_000))
    said = (
        f"Yo, {who.name}, RUT {rut}, vecino(a) de {world.street_address(ctx.rng)}, me dirijo "
        "a usted para"
    )
    phone = f"RUT {rut}\nFono +56 9 {ctx.rng.randint(40_000_000, 99_999_999)}"
    return Author([], said, [Signature((Signer(who.name, phone),), "right")], who.name)


def carta_comunidad(ctx: Ctx) -> Doc:
    """A neighbour or a Colla community writes to the mayor."""
    community = ctx.chance(0.5)
    if community and ctx.matter.unit not in ("alcaldia", "secplan", "dom", "salud"):
        ctx.matter = topics.within(ctx.rng, ctx.day.year, ("alcaldia", "secplan", "dom"))
    text = wording.stated(
        ctx.rng, wording.COMMUNITY if community else wording.PEOPLE, ctx.matter, ctx.day
    )
    complaint = text.startswith(("Reclamo", "Denuncia"))
    stated, subject = _people_subject(ctx, text)
    to, recipient = parts.to_mayor(ctx)
    m = ctx.matter
    w = _community(ctx) if community else _neighbour(ctx)
    ask = "presentar un reclamo por" if complaint else "solicitar su apoyo respecto de"
    greeting = ctx.pick(
        "De nuestra consideración:", "De mi consideración:", "Respetada Sra. Alcaldesa:"
    )
    blocks: list[Block] = [
        *w.top,
        Para(wording.town_date(ctx.rng, ctx.pick(world.COMMUNE, m.sector), ctx.day), align="right"),
        Space(3),
        Para(to, align="left"),
        *stated,
        Para(greeting, align="left"),
        Para(f"{w.said} {ask} {m.name}.", indent=8),
        Para(m.detail, indent=8),
        Para("Esperando una pronta respuesta, saluda atentamente,", align="left"),
        *w.tail,
    ]
    fields: dict[str, Any] = {"subject": subject, "sender": w.sender, "sender_org": w.org}
    doc_type = "reclamo" if complaint else "carta"
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, paper="office" if community else "hand", page_label="")


MEETINGS = ("Convocatoria a mesa técnica por {m}", "Información sobre {m}")


def _mailer(ctx: Ctx, sort: str, name: str) -> tuple[str | None, str, tuple[str, ...]]:
    """(the sender's organisation, their address, the subject templates) for a neighbour,
    a firm's employee or an official."""
    local = name.split()[0].lower().translate(str.maketrans("áéíóúñ", "aeioun"))
    if sort == "vecino":
        return None, f"{local}{ctx.rng.randint(1, 99)}@gmail.com", wording.PEOPLE
    if sort == "empresa":
        if ctx.matter.unit not in FIRMS_WRITE:
            ctx.matter = topics.within(ctx.rng, ctx.day.year, FIRMS_WRITE)
        org = ctx.rng.choice(world.FIRMS)[0]
        return org, f"{local}@{domain(org)[4:]}", wording.FIRM
    fit = [o for o in world.OFFICES if ctx.matter.unit in o.units] or list(world.OFFICES)
    org = ctx.rng.choice(fit).org
    return org, f"{local}@{domain(org)[4:]}", MEETINGS


def correo(ctx: Ctx) -> Doc:
    """An e-mail printed from Outlook: an answer or a forward (entrada)."""
    sort = ctx.pick("vecino", "empresa", "servicio")
    who = world.person(ctx.rng)
    org, address, templates = _mailer(ctx, sort, who.name)
    text = wording.stated(ctx.rng, templates, ctx.matter, ctx.day)
    prefix = ctx.pick("RE: ", "RV: ", "RE: RE: ", "RV: RE: ")
    to = ctx.pick("Oficina de Partes Tierra Amarilla", "partes@tierraamarilla.cl")
    when = f"{wording.long_date(ctx.day)} {ctx.rng.randint(8, 20)}:{ctx.rng.randint(0, 59):02d}"
    rows = (
        ("De:", f"{who.name} <{address}>"),
        ("Enviado el:", when),
        ("Para:", to),
        ("CC:", "Alcaldía"),
        ("Asunto:", prefix + text),
    )
    m = ctx.matter
    earlier = (
        ("De:", "Oficina de Partes"),
        ("Enviado el:", wording.long_date(ctx.day - timedelta(days=ctx.rng.randint(2, 20)))),
        ("Asunto:", text),
    )
    blocks: list[Block] = [
        Para(world.person(ctx.rng).name, align="left", bold=True),
        Rule(1.2),
        Fields(rows, bold_labels=True),
        Space(3),
        Para(f"Estimados: {m.detail} Solicito dar curso a lo relativo a {m.other}."),
        Para(f"Saludos cordiales,\n{who.name}" + (f"\n{org}" if org else ""), align="left"),
        Rule(0.3),
        Fields(earlier, bold_labels=False),
        Para(f"Se acusa recibo de su presentación sobre {m.name}.", left=6),
    ]
    doc_type = (
        "otro"
        if sort == "servicio"
        else "reclamo"
        if text.startswith(("Reclamo", "Denuncia"))
        else "carta"
    )
    fields: dict[str, Any] = {"subject": text, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, doc_type, "entrada", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, paper="mail", page_label="{p}/{n}")
