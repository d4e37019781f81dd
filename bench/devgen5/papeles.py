"""The other papers of Lonquimay: minutes of the Concejo and of its comisiones; convenios
(with a Pehuenche community, a neighbourhood council, INDAP or CONADI); neighbours' requests
(«Asunto:», «Ref.:» or no subject at all; the date at the top or beside the signature); and
invitations of services or organisations.

Truth (devgen's): an acta is interno, for the Secretaría Municipal, its subject its title,
its number the session's, its sender the Secretaria Municipal; a convenio's subject is its
title, salida when the municipality signs with an organisation (sender the mayor's post),
entrada when a service sends it; a neighbour's request is a carta (entrada), its subject the
«Asunto:» text or None, its sender the neighbour, its recipient as the letter names the
addressee; an invitation is «otro» (entrada) without subject or number."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Fields, Heading, Listing, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen5 import parts, services, topics, wording, world
from bench.devgen5.parts import Ctx

COUNCILLORS = (
    "Juan Carlos Huenchucona Paine", "Rosa Ester Marihuan Cid", "Bernardo Jara Lemunao",
    "Leticia Sepúlveda Calfuqueo", "Fermín Ñanco Vallejos", "Irma Parra Queupil",
)  # fmt: skip
COMMISSIONS = ("Salud y Educación", "Finanzas", "Obras y Urbanismo", "Desarrollo Social")


def acta(ctx: Ctx) -> Doc:
    """A session of the Concejo or of one of its comisiones: data, attendance, agenda."""
    num = str(ctx.rng.randint(1, 95))
    sort = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA", "COMISIÓN")
    if sort == "COMISIÓN":
        title = f"ACTA N° {num} COMISIÓN DE {ctx.pick(*COMMISSIONS).upper()} DEL CONCEJO MUNICIPAL"
    else:
        title = ctx.pick(
            f"ACTA SESIÓN {sort} N° {num} DEL CONCEJO MUNICIPAL DE LONQUIMAY",
            f"ACTA SESIÓN {sort} N° {num}",
            f"Acta de la Sesión {sort.capitalize()} N° {num} del Concejo Municipal",
        )
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    mayor, sec = world.UNITS["alcaldia"].chief, world.UNITS["secretaria-municipal"]
    rows = (
        ("FECHA", wording.any_date(ctx.rng, ctx.day)),
        ("HORA", f"{ctx.rng.randint(9, 15)}:{ctx.pick('00', '30')} hrs."),
        ("LUGAR", ctx.pick("Salón de sesiones, edificio consistorial", "Sede social de Icalma")),
        ("PRESIDE", f"{mayor.name}, Alcalde"),
    )
    points = [topics.pick(ctx.rng, ctx.day.year) for _ in range(ctx.rng.randint(2, 3))]
    agenda = ["Lectura y aprobación del acta anterior", *(cap(p.name) for p in points), "Varios"]
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, size=1.5),
        Fields(rows, boxed=ctx.chance(0.5)),
        Listing("ASISTENTES:", tuple(ctx.rng.sample(COUNCILLORS, ctx.rng.randint(4, 6)))),
        Para("TABLA:", bold=True, align="left"),
        *(Para(f"{i}. {x}", left=8) for i, x in enumerate(agenda, 1)),
    ]
    for i, p in enumerate(points, 2):
        blocks += [
            Para(f"{i}. {cap(p.name)}", bold=True, align="left"),
            Para(f"{p.detail} Se acuerda {ctx.pick('por unanimidad', 'por mayoría')} lo "
                 f"relativo a {p.other}."),
        ]  # fmt: skip
    pair = (
        Signer(mayor.name.upper(), "Alcalde\nPresidente del Concejo"),
        Signer(sec.chief.name.upper(), f"{sec.post}\nMinistro de Fe"),
    )
    blocks.append(Signature(pair, "center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sec.post}
    t = parts.truth(
        ctx, "acta_concejo", "interno", unit="secretaria-municipal", sender_org=world.MUNI, **fields
    )
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


def convenio(ctx: Ctx) -> Doc:
    """With an organisation (salida), or a service's sent for signature (entrada)."""
    own = ctx.chance(0.5)
    mayor = world.UNITS["alcaldia"].chief
    when = wording.in_words(ctx.day) if ctx.chance(0.5) else wording.long_date(ctx.day)
    if own:
        partner = ctx.pick(*world.ORGS, *world.JJVV)
        head_of = world.person(ctx.rng)
        title = ("CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE LONQUIMAY Y "
                 + world.with_article(partner, "").upper())  # fmt: skip
        party = f"{world.with_article(partner, '')}, representada por {head_of.name}"
        other = Signer(head_of.name.upper(), "Presidente(a)", partner)
        sender, org = "Alcalde", world.MUNI
        top: list[Block] = [parts.muni_head(ctx, ctx.matter.unit)]
    else:
        if ctx.matter.unit not in services.COVERED:
            ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
        s = services.for_unit(ctx.rng, ctx.matter.unit)
        signer = world.person(ctx.rng, female=s.female)
        sort = ctx.pick("CONVENIO DE TRANSFERENCIA DE RECURSOS", "CONVENIO DE EJECUCIÓN")
        title = f"{sort} ENTRE {s.org.upper()} Y LA ILUSTRE MUNICIPALIDAD DE LONQUIMAY"
        sender, org = services.post(s, signer.female), s.org
        named = world.with_article(s.org, "")
        by = "representada" if named.startswith("la ") else "representado"
        party = f"{named}, {by} por su {sender}, {signer.name}"
        other = Signer(signer.name.upper(), sender, s.org)
        top = [parts.service_head(ctx, s)] if ctx.chance(0.6) else []
    if ctx.chance(0.5):
        title += f" {ctx.pick('PARA', 'RELATIVO A')} {ctx.matter.name.upper()}"
    opening = (
        f"En Lonquimay, {when}, entre {party}, por una parte, y la Ilustre Municipalidad de "
        f"Lonquimay, RUT {ctx.rut(world.MUNI_RUT)}, representada por su Alcalde don "
        f"{mayor.name}, por la otra, se ha convenido lo siguiente:"
    )
    blocks: list[Block] = [*top, Heading(title, size=1), Para(opening), *_clauses(ctx, own)]
    if own and ctx.chance(0.5):
        blocks.append(Seal(("I. MUNICIPALIDAD", "DE LONQUIMAY", "ALCALDÍA"), "center"))
    blocks.append(Signature((Signer(mayor.name.upper(), "Alcalde", world.MUNI_NAMES[1]), other)))
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, "convenio", "salida" if own else "entrada", **fields)
    return parts.doc(ctx, t, blocks)


def _clauses(ctx: Ctx, own: bool) -> list[Block]:
    m = ctx.matter
    amount = f"$ {ctx.rng.randint(1_500, 80_000) * 1000:,}".replace(",", ".")
    texts = (
        f"OBJETO. El presente convenio tiene por objeto {ctx.pick('apoyar', 'ejecutar')} "
        f"{m.name}. {m.detail}",
        f"APORTES. {'La Municipalidad aportará' if own else 'El Servicio transferirá'} la suma de "
        f"{amount}, en las condiciones que se indican.",
        f"CONTRAPARTE TÉCNICA. La contraparte municipal será {world.the(m.unit)}.",
        "VIGENCIA. El convenio regirá desde la total tramitación del acto que lo apruebe y "
        "hasta el 31 de diciembre del año en curso.",
    )
    ordinals = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO")
    return [Para(f"{o}: {t}") for o, t in zip(ordinals, texts, strict=True)]


def _addressee(ctx: Ctx) -> tuple[str, str]:
    """(the addressee lines of a neighbour's letter, the recipient a clerk records)."""
    mayor = world.UNITS["alcaldia"].chief.name
    style = ctx.rng.randint(0, 2)
    if style == 0:
        return f"Señor\n{mayor}\nAlcalde de Lonquimay\nPresente", mayor
    if style == 1:
        return "Sr. Alcalde\nIlustre Municipalidad de Lonquimay\nPresente", "Sr. Alcalde"
    unit = world.UNITS[ctx.matter.unit]
    return f"Señor(a)\n{unit.post}\nMunicipalidad de Lonquimay\nPresente", unit.post


def solicitud_vecino(ctx: Ctx) -> Doc:
    """A neighbour's request: «Asunto:»/«Ref.:»/«Solicitud:» or no subject; the date at the
    top right or beside the signature."""
    who = world.person(ctx.rng)
    street, sector = world.address(ctx.rng)
    to, recipient = _addressee(ctx)
    subject = None
    if ctx.chance(0.55):
        subject = cap(ctx.pick("solicita apoyo para {m}", "solicitud sobre {m}", "{m}")
                      .format(m=ctx.matter.name))  # fmt: skip
    when = wording.town_date(ctx.rng, ctx.pick("Lonquimay", sector), ctx.day)
    at_top = ctx.chance(0.5)
    blocks: list[Block] = [Para(when, align="right")] if at_top else []
    blocks.append(Para(to, align="left"))
    if subject:
        label = ctx.pick("Asunto:", "ASUNTO:", "Ref.:", "Solicitud:", "Materia:")
        blocks.append(Para(f"{label} {subject}", align=ctx.pick("left", "right"), bold=True))
    rut = ctx.rut(world.person_rut(ctx.rng))
    lives = "domiciliada" if who.female else "domiciliado"
    blocks += [
        Para(ctx.pick("De mi consideración:", "Estimado Sr. Alcalde:", "Junto con saludarle:")),
        Para(f"Quien suscribe, {who.name}, RUT {rut}, {lives} en {street}, sector "
             f"{sector}, se dirige a usted por {ctx.matter.name}. {ctx.matter.detail}",
             indent=10),
        Para("Por lo anterior, solicito a usted tenga a bien acoger esta petición.", indent=10),
        Para("Esperando una favorable acogida, saluda atentamente,"),
        Space(8),
    ]  # fmt: skip
    if not at_top:
        blocks.append(Para(when, align="left", size=-1))
    blocks.append(Para(f"{who.name}\nRUT {rut}\nFono {world.phone(ctx.rng)}", align="center"))
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="hand", ruled=ctx.chance(0.3), page_label="")


def invitacion(ctx: Ctx) -> Doc:
    """An invitation of a service to an activity about a matter: no subject, no number."""
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female)
    post = services.post(s, who.female)
    event = ctx.day + timedelta(days=ctx.rng.randint(5, 25))
    blocks: list[Block] = [
        parts.service_head(ctx, s),
        Heading(ctx.pick("INVITACIÓN", "Invitación", "I N V I T A C I Ó N"), size=5),
        Para(f"{post} tiene el agrado de invitar a usted a la jornada sobre {ctx.matter.other}, "
             f"que se realizará el {wording.long_date(event)}, a las {ctx.rng.randint(9, 16)}:00 "
             f"horas, en {ctx.pick('el gimnasio municipal de Lonquimay', 'la sede de Icalma')}.",
             align="center"),
        Para("S.R.C. " + world.phone(ctx.rng), align="center", size=-1),
        Para(wording.town_date(ctx.rng, s.city, ctx.day), align="center", size=-1),
        Signature((Signer(who.name, post),), "center", rule=False),
    ]  # fmt: skip
    t = parts.truth(ctx, "otro", "entrada", sender=post, sender_org=s.org)
    return parts.doc(ctx, t, blocks, page_label="")
