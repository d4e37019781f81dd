"""Letters, e-mails and invitations that reach Río Bueno: a neighbour's letter (its subject a
«Ref.:» line over the addressee, a line in capitals between «Presente» and the salutation,
or none), an organisation's on its own letterhead with two signatures; an e-mail printed
from the browser (Outlook's head, «Asunto:»); an office's or an organisation's invitation.

Truth (devgen's): a neighbour's complaint is a reclamo, other letters cartas; e-mails: a
complaint a reclamo, a request a carta, an official's notice otro; invitations otro, with no
subject or number; all entrada. The subject is the stated text as printed or None; sender
who signs (first), sender_org the organisation or office; recipient the addressee's first
line (the «Para:» of an e-mail); unit the matter's."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Rule, Signature, Signer, Space
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc
from bench.devgen8 import parts, senders, wording, world
from bench.devgen8.parts import Ctx

OPEN = ("De mi consideración:", "Estimado Sr. Alcalde:", "Junto con saludarle,", "Respetado señor:")
CLOSE = (
    "Atentamente,",
    "Sin otro particular, le saluda atentamente,",
    "Esperando su pronta respuesta,",
)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _letter_subject(ctx: Ctx) -> tuple[str | None, bool]:
    """(the subject or None, whether the letter is a complaint)."""
    if ctx.chance(0.3):
        return None, ctx.chance(0.3)
    text = wording.subject(ctx.rng, wording.LETTER, ctx.matter, ctx.day)
    return text, text.startswith(("Reclamo", "Denuncia"))


def _letter_body(ctx: Ctx, org: str | None, who: Person, complaint: bool) -> list[Block]:
    """From the salutation to the signatures (a neighbour prints his RUT, an organisation
    its two officers)."""
    m = ctx.matter
    rut = ""
    if org:
        who_line = f"La directiva de {world.with_article(org)}"
    else:
        street, _sector = world.address(ctx.rng)
        rut = ctx.rut(ctx.rng.randint(5_000_000, 24_000_000))
        who_line = f"Quien suscribe, {who.name}, RUT {rut}, domiciliado en {street},"
    ask = (
        "reclamo formalmente y pido una solución."
        if complaint
        else "solicito acoger esta petición."
    )
    blocks: list[Block] = [
        Para(ctx.pick(*OPEN), align="left"),
        Para(f"{who_line} se dirige a usted para exponer la situación de {m.name}."),
        Para(f"{m.detail} {ctx.pick('Ya lo planteamos antes sin respuesta.', '')}".strip()),
        Para(f"Por lo expuesto, {ask}"),
        Para(ctx.pick(*CLOSE), align="left"),
    ]
    if org:
        other = world.person(ctx.rng)
        pair = (Signer(who.name, "Presidente"), Signer(other.name, "Secretaria"))
        return [*blocks, Signature(pair, "center", rule=True)]
    lines = f"RUT {rut}\n{world.phone(ctx.rng)}"
    return [*blocks, Signature((Signer(who.name, lines),), ctx.pick("left", "center"), rule=False)]


def carta_vecino(ctx: Ctx) -> Doc:
    """A neighbour's or an organisation's letter to the mayor."""
    subject, complaint = _letter_subject(ctx)
    org = ctx.pick(*world.ORGS, *world.JJVV) if ctx.chance(0.4) else None
    who = world.person(ctx.rng)
    to, recipient = parts.to_mayor(ctx)
    blocks: list[Block] = []
    if org:
        pj = f"Personalidad Jurídica N° {ctx.rng.randint(20, 620)}"
        blocks.append(
            Head((org.upper(), pj, "Río Bueno"), ctx.pick("none", "seal"), "center", "", True)
        )
    place = ctx.pick(world.COMMUNE, world.COMMUNE, f"{ctx.matter.sector}, {world.COMMUNE}")
    blocks.append(Para(wording.place_date(ctx.rng, place, ctx.day), align="right"))
    style = ctx.pick("ref", "caps")
    if subject and style == "ref":
        blocks.append(
            Para(
                f"{ctx.pick('Ref.:', 'REF.:', 'Ref:')} {subject}",
                align="left",
                left=ctx.rng.choice((0.0, 80.0)),
            )
        )
    blocks += [Space(2), Para(to, align="left")]
    if subject and style == "caps":
        subject = subject.upper()
        blocks.append(Para(subject, align=ctx.pick("left", "center"), bold=True))
    blocks += _letter_body(ctx, org, who, complaint)
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "sender_org": org}
    t = parts.truth(
        ctx, "reclamo" if complaint else "carta", "entrada", recipient=recipient, **fields
    )
    return parts.doc(
        ctx, t, blocks, paper="office" if org else "hand", ruled=not org and ctx.chance(0.3)
    )


def correo(ctx: Ctx) -> Doc:
    """An e-mail printed from the browser (a neighbour's, an organisation's or an official's)."""
    sort = ctx.pick("reclamo", "carta", "otro")
    who = world.person(ctx.rng)
    org: str | None = None
    if sort == "otro":
        office = senders.for_matter(ctx.rng, ctx.matter.unit, senders.SERVICES)
        org = office.org if office else "Delegación Presidencial Provincial del Ranco"
        words = who.name.lower().split()
        address = f"{words[0]}.{words[-2]}@{senders.domain(org)[4:]}"
        templates: tuple[str, ...] = ("Coordinación sobre {m}", "Información sobre {m}")
    else:
        address = world.email(ctx.rng, who)
        templates = ("Reclamo por {m}",) if sort == "reclamo" else ("Consulta sobre {m}", "{M}")
    subject = wording.subject(ctx.rng, templates, ctx.matter, ctx.day)
    to = ctx.pick("Oficina de Partes", "partes@muniriobueno.cl", "Alcaldía Río Bueno")
    hour = f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"
    d = ctx.day
    sent = f"{WEEKDAYS[d.weekday()]}, {d.day} de {MONTHS[d.month - 1]} de {d.year} {hour}"
    rows = (
        ("De:", f"{who.name} <{address}>"),
        ("Enviado el:", sent),
        ("Para:", to),
        ("Asunto:", subject),
    )
    m = ctx.matter
    blocks: list[Block] = [
        Heading(subject, size=2, align="left"),
        Rule(0.5),
        Fields(rows, bold_labels=True),
        Rule(0.3),
        Space(2),
        Para(ctx.pick("Estimados:", "Buenas tardes,", "Señores Municipalidad:"), align="left"),
        Para(f"Les escribo por {m.name}. {m.detail}"),
        Para(ctx.pick("Quedo atento a su respuesta.", "Saludos cordiales.")),
        Para(who.name + (f"\n{org}" if org else ""), align="left"),
    ]
    printed_on = d + timedelta(days=ctx.rng.randint(0, 2))
    browser = (
        f"{printed_on.day:02d}-{printed_on.month:02d}-{printed_on.year}",
        f"Correo - {to} - Outlook",
        "https://outlook.office.com/mail/inbox",
    )
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, sort, "entrada", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser, page_label="{p}/{n}")


def invitacion(ctx: Ctx) -> Doc:
    """An office or an organisation invites the mayor to an activity (no subject)."""
    o = senders.for_matter(ctx.rng, ctx.matter.unit, senders.SERVICES) or senders.SERVICES[-1]
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    event = ctx.day + timedelta(days=ctx.rng.randint(6, 30))
    when = f"{WEEKDAYS[event.weekday()]} {wording.long_date(event)}"
    blocks: list[Block] = [
        parts.office_head(ctx, o),
        Space(6),
        Para(f"{'La' if who.female else 'El'} {post}, {o.org},", align="center"),
        Para("tiene el agrado de invitar a usted", align="center"),
        Heading(f"a la jornada de trabajo sobre {ctx.matter.other}", size=2),
        Para(
            f"que se realizará el {when}, a las {ctx.rng.randint(9, 17)}:00 horas, en "
            f"{ctx.pick('el Salón Municipal', 'el Gimnasio de Crucero', 'el Centro Cultural')}.",
            align="center",
        ),
        Space(4),
        Para(f"Se ruega confirmar asistencia al {world.phone(ctx.rng)}", align="center", size=-1),
        Para(wording.place_date(ctx.rng, o.city, ctx.day), align="center", size=-1),
    ]
    t = parts.truth(ctx, "otro", "entrada", sender=post, sender_org=o.org)
    return parts.doc(ctx, t, blocks, page_label="")
