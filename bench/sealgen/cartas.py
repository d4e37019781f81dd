"""Letters to Pichilemu: firms (hotels, surf schools, builders, water-truck and waste firms),
organisations (juntas de vecinos, fishermen's unions, APR committees) and neighbours (a
complaint, written at home on ruled paper), and e-mails printed from the browser. The matter a
clerk registers: the «Ref.:» or «Asunto:» line, or, with none, what the letter asks."""

from __future__ import annotations

from dataclasses import replace

from bench.devgen2.model import Fields, Head, Para, Signature, Signer, Space
from bench.devgen2.world import Person
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen import parts, world
from bench.sealgen.parts import Ctx

ASKS = ("Solicitud relativa a", "Petición sobre", "Plantea inquietud por", "Presentación sobre")


def _sign(ctx: Ctx, name: str, lines: list[str]) -> Signature:
    return Signature(
        (Signer(name, "\n".join(lines)),), ctx.pick("left", "center"), "", ctx.chance(0.5)
    )


def _firm_opening(ctx: Ctx, statement: str, to_lines: str) -> list[Block]:
    """«Ref.:» at the right, «Asunto:» after the salutation, or no subject line at all."""
    style = ctx.rng.randrange(3)
    if style == 0:
        return [
            Fields((("Ref.", statement),), side="right"),
            Para(to_lines, align="left"),
            Para("De nuestra consideración:", align="left"),
        ]
    if style == 1:
        return [
            Para(to_lines, align="left"),
            Para("Estimado Sr. Alcalde:", align="left"),
            Para(f"Asunto: {statement}", bold=True, align="left"),
        ]
    return [Para(to_lines, align="left"), Para("Señor Alcalde:", align="left")]


def _own(ctx: Ctx, name: str) -> None:
    """A firm writes of its own invoices, not another's."""
    m = ctx.matter
    for other, _p, _k in world.COMPANIES:
        if other != name and (other in m.name or other in m.other):
            m = replace(m, name=m.name.replace(other, name), other=m.other.replace(other, name))
    ctx.matter = m


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm's letter on its letterhead, its RUT under the name."""
    name, prefix, kind = ctx.rng.choice(world.COMPANIES)
    parts.fit(ctx, world.BUSINESS_UNITS[kind])
    _own(ctx, name)
    rut = ctx.rut(prefix * 1_000_000 + ctx.rng.randint(100_000, 999_999))
    who = world.person(ctx.rng)
    post = ctx.pick("Gerente General", "Representante Legal", "Administrador", "Socio Gerente")
    where = f"{ctx.pick(*world.STREETS)} {ctx.rng.randint(5, 900)}, Pichilemu"
    head = Head((name, f"RUT {rut}", where), "none", ctx.pick("left", "right", "center"), "", True)
    statement = f"{ctx.pick(*ASKS)} {ctx.matter.name}"
    to_lines, recipient = parts.to_mayor(ctx)
    blocks: list[Block] = [head, Para(world.dated(ctx.rng, ctx.day), align="right")]
    blocks += _firm_opening(ctx, statement, to_lines)
    m = ctx.matter
    why = (
        f"En representación de {name}, empresa con presencia en la comuna, nos dirigimos a "
        f"usted para tratar {m.name}. {m.detail}"
    )
    then = ctx.pick(
        f"Por lo anterior, solicitamos formalmente que se evalúe {m.other} a la brevedad, "
        "considerando el inicio de la temporada.",
        "Quedamos disponibles para reunirnos con los equipos municipales cuando estime "
        "conveniente.",
    )
    blocks += [Para(why), Para(then), Para("Atentamente,", align="left"), Space(10)]
    blocks.append(_sign(ctx, who.name, [post, name]))
    if ctx.chance(0.3):
        blocks.append(Para("Adj.: " + ctx.pick("fotografías", "cotización", "plano de ubicación")))
    fields = {"subject": statement, "sender": who.name, "sender_org": name}
    t = parts.truth(ctx, "carta", "entrada", recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, margin=parts.pencil(ctx))


GRIEFS = ("Reclamo por", "Denuncia", "Reclamo formal por", "Molestia de los vecinos por")


def _vecino_body(ctx: Ctx, who: Person, org: str, complaint: bool) -> tuple[list[Block], str]:
    """(the paragraphs, the printed RUT): who writes, what happens, what they ask."""
    m = ctx.matter
    me = "la suscrita" if who.female else "el suscrito"
    rut = ctx.rut(ctx.rng.randint(6_000_000, 21_000_000))
    behalf = f", en representación {world.art(org, 'de')}" if org else ""
    neighbour = "vecina" if who.female else "vecino"
    intro = f"Junto con saludarle, {me}, {who.name}, RUT {rut}, {neighbour} del sector {m.sector}"
    what = (
        f"Desde hace meses los vecinos estamos afectados por {m.name}."
        if complaint
        else f"Queremos plantearle lo relativo a {m.name}."
    )
    ask = ctx.pick(
        "Pedimos que alguien de la municipalidad venga a terreno a ver la situación.",
        f"Por eso solicitamos su intervención en {m.other}.",
        "Esperamos una pronta respuesta, ya que hemos reclamado antes sin resultado.",
    )
    paras = [f"{intro}{behalf}, expone lo siguiente.", f"{what} {m.detail}", ask]
    return [Para(x) for x in paras], rut


def _vecino_signature(ctx: Ctx, who: Person, org: str, rut: str) -> list[Block]:
    contact = ctx.pick(
        f"Fono +56 9 {ctx.rng.randint(40000000, 99999999)}", f"{ctx.matter.sector}, Pichilemu"
    )
    lines = [f"RUT {rut}", contact]
    if org:
        post = ("Presidenta", "Secretaria") if who.female else ("Presidente", "Secretario")
        lines.insert(0, f"{ctx.pick(*post)}, {org}")
    blocks: list[Block] = [_sign(ctx, who.name, lines)]
    if org and ctx.chance(0.5):
        blocks.append(Seal((org.split()[0].upper(), org.split()[-1].upper(), "PICHILEMU")))
    return blocks


def carta_vecino(ctx: Ctx) -> Doc:
    """An organisation's or a neighbour's letter: a request, or a complaint (reclamo)."""
    org = ctx.pick(*world.JJVV, *world.ORGS) if ctx.chance(0.55) else ""
    for jjvv in world.JJVV:  # a junta writes about its own affairs
        if jjvv in ctx.matter.name:
            org = jjvv
    who = world.person(ctx.rng)
    complaint = ctx.chance(0.45)
    verb = ctx.pick(*GRIEFS) if complaint else ctx.pick(*ASKS)
    statement = f"{verb} {ctx.matter.name}"
    to_lines, recipient = parts.to_mayor(ctx)
    blocks: list[Block] = []
    if org:
        legal = f"Personalidad Jurídica N° {ctx.rng.randint(12, 480)}"
        blocks.append(Head((org, legal), "none", "center", "", ctx.chance(0.5)))
    blocks.append(Para(world.dated(ctx.rng, ctx.day), align="right"))
    blocks += [Para(to_lines, align="left"), Space(2)]
    if ctx.chance(0.55):
        label = ctx.pick("MAT.:", "Asunto:", "Motivo:")
        blocks.append(Para(f"{label} {statement}", bold=True, align=ctx.pick("left", "right")))
    body, rut = _vecino_body(ctx, who, org, complaint)
    blocks += [*body, Para("Se despide atentamente,", align="left"), Space(8)]
    blocks += _vecino_signature(ctx, who, org, rut)
    home = not org and ctx.chance(0.7)
    doc_type = "reclamo" if complaint else "carta"
    fields = {"subject": statement, "sender": who.name, "sender_org": org or None}
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    return parts.doc(
        ctx,
        t,
        blocks,
        paper="hand" if home else "office",
        ruled=home and ctx.chance(0.6),
        margin=parts.pencil(ctx, 0.2),
    )


def correo(ctx: Ctx) -> Doc:
    """An e-mail printed from the browser: a firm's or a neighbour's, its subject in the head."""
    who = world.person(ctx.rng)
    user = who.name.split()[0].lower() + "." + who.name.split()[-2].lower()
    mail = user.translate(str.maketrans("áéíóúñ", "aeioun")) + ctx.pick(
        "@gmail.com", "@hotmail.com"
    )
    complaint = ctx.chance(0.4)
    subject = f"{ctx.pick(*GRIEFS) if complaint else ctx.pick(*ASKS)} {ctx.matter.name}"
    shown_subject = subject if ctx.chance(0.7) else subject.upper()
    to = ctx.pick("alcaldia@pichilemu.cl", "oficinadepartes@pichilemu.cl", "contacto@pichilemu.cl")
    when = (
        f"{world.short_date(ctx.rng, ctx.day)}, {ctx.rng.randint(8, 23)}:{ctx.rng.randint(10, 59)}"
    )
    blocks: list[Block] = [
        Para("Correo Municipalidad de Pichilemu", bold=True, align="left"),
        Para(shown_subject, bold=True, size=2, align="left"),
        Fields((("De", f"{who.name} <{mail}>"), ("Para", to), ("Fecha", when)), bold_labels=False),
        Space(4),
        Para(ctx.pick("Buenas tardes,", "Estimados:", "Señores Municipalidad:"), align="left"),
        Para(f"Les escribo por {ctx.matter.name}. {ctx.matter.detail}"),
        Para(
            ctx.pick(
                "Agradecería que me respondan a este correo.",
                f"Necesito saber quién ve {ctx.matter.other}.",
            )
        ),
        Para(f"Saludos,\n{who.name}", align="left"),
    ]
    subject = shown_subject
    t = parts.truth(
        ctx,
        "reclamo" if complaint else "carta",
        "entrada",
        subject=subject,
        sender=who.name,
        recipient=to,
    )
    browser = (
        when,
        shown_subject,
        f"https://mail.google.com/mail/u/0/#inbox/{ctx.rng.randint(10**9, 10**10)}",
    )
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser, page_label="", label_at="")
