"""E-mails printed and brought to the Oficina de Partes, each a forward or a reply with the
earlier message quoted under it: a neighbour who sends again a complaint nobody answered
(«RV: Reclamo por …»), an official of a regional office who forwards the head's call
(«Fwd: Convocatoria …»), a contractor who answers a question of SECPLAN («RE: Consulta …»),
with stacked prefixes now and then («RV: RE: …»). Printed from Outlook on the web (the
subject as a title, «De:», «Enviado:», «Para:», «CC:»), from Gmail (the account line, the
subject, «1 mensaje», sender and date on one row) or from Thunderbird («Asunto:», «Fecha:»,
«De:», «Para:», the date in English).

Truth: a neighbour's complaint is a reclamo, a neighbour's or contractor's request a carta,
an official's message otro; all entrada. The subject is the outer subject WITHOUT the mail
programs' «RV:», «RE:», «Fwd:», «FW:» (a clerk registers the matter, not the marks);
doc_date the outer message's; sender who sent the outer message, sender_org the office or
firm; recipient the outer «Para:» as printed; no number; unit the one concerned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Fields, Heading, Para, Rule, Space
from bench.devgen2.world import MONTHS, Person
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.devgen9 import parts, senders, topics, wording, world
from bench.devgen9.parts import Ctx

PREFIXES = ("RV: ", "RE: ", "Fwd: ", "FW: ", "Re: ", "RV: RE: ", "Fwd: RE: ")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PARTES = "Oficina de Partes <oficinapartes@muniquirihue.cl>"


@dataclass(frozen=True)
class Mail:
    author: str  # «Name <address>»
    to: str
    sent: date
    hour: str
    subject: str  # with its prefixes
    text: str


def _stamp(program: str, day: date, hour: str) -> str:
    if program == "thunderbird":
        return f"{DAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year} {hour}"
    month = MONTHS[day.month - 1]
    weekday = wording.WEEKDAYS[day.weekday()]
    return f"{weekday}, {day.day} de {month} de {day.year} {hour}"


def _outer(program: str, m: Mail) -> list[Block]:
    """The printed head of the outer message."""
    when = _stamp(program, m.sent, m.hour)
    if program == "gmail":
        return [
            Para(f"Gmail{' ' * 40}{PARTES}", align="left", size=-1.5),
            Rule(0.8),
            Heading(m.subject, size=3, align="left", bold=False),
            Para("1 mensaje", align="left", size=-1.5),
            Rule(0.3),
            Para(f"{m.author}{' ' * 10}{when}", align="left", bold=True),
            Para(f"Para: {m.to}", align="left", size=-1),
        ]
    if program == "outlook":
        rows = (
            ("De:", m.author),
            ("Enviado:", when),
            ("Para:", m.to),
            ("CC:", "Alcaldía Quirihue"),
        )
        return [
            Heading(m.subject, size=2.5, align="left"),
            Fields(rows, bold_labels=True),
            Rule(0.4),
        ]
    rows = (("Asunto:", m.subject), ("Fecha:", when), ("De:", m.author), ("Para:", m.to))
    return [Fields(rows, bold_labels=True), Rule(0.4)]


def _quoted(program: str, m: Mail) -> list[Block]:
    """The earlier message as the forward or the reply quotes it."""
    when = _stamp(program, m.sent, m.hour)
    if program == "gmail":
        head = "---------- Forwarded message ---------"
        rows = (("From:", m.author), ("Date:", when), ("Subject:", m.subject), ("To:", m.to))
    else:
        head = "-----Mensaje original-----"
        rows = (("De:", m.author), ("Enviado el:", when), ("Para:", m.to), ("Asunto:", m.subject))
    return [
        Para(head, align="left", size=-1),
        Fields(rows, bold_labels=False),
        Para(m.text, left=6),
    ]


def _parties(ctx: Ctx, sort: str) -> tuple[Person, str, str | None, str, tuple[str, ...]]:
    """(the outer sender, their address, their organisation, the earlier author, the subject
    templates) for a neighbour, an official or a contractor."""
    who = world.person(ctx.rng)
    plain = who.name.lower().split()
    local = f"{plain[0]}.{plain[-2]}".translate(str.maketrans("áéíóúñü", "aeiounu"))
    if sort == "official":
        office = (
            senders.office_for(ctx.rng, ctx.matter.topic, senders.REGIONAL) or senders.REGIONAL[4]
        )
        head = f"{world.person(ctx.rng).name} <direccion@{domain(office.org)[4:]}>"
        templates = ("Convocatoria a mesa técnica por {m}", "Información sobre {m}")
        return who, f"{local}@{domain(office.org)[4:]}", office.org, head, templates
    if sort == "contractor":
        ctx.matter = topics.within(ctx.rng, ctx.day.year, ("secplan:02",))
        firm = ctx.pick("Constructora Valle del Itata Ltda.", "Sociedad Constructora Ñuble Sur SpA")
        secplan = world.UNITS["secplan"].chief.name
        head = f"{secplan} <secplan@muniquirihue.cl>"
        return who, f"{local}@{firm.split()[1].lower()}.cl", firm, head, ("Consulta sobre {m}",)
    address = f"{local}{ctx.rng.randint(1, 99)}@{ctx.pick('gmail.com', 'hotmail.com', 'yahoo.es')}"
    return who, address, None, f"{who.name} <{address}>", ("Reclamo por {m}", "Solicitud: {m}")


NOTES = {
    "neighbour": "Reenvío mi correo anterior porque aún no recibo respuesta. Solicito por favor "
    "ingresarlo por Oficina de Partes.",
    "official": "Estimados: reenvío para su conocimiento y gestión lo relativo a {m}.",
    "contractor": "Junto con saludar, respondemos lo consultado sobre {m}.",
}
URLS = {
    "outlook": "https://outlook.office.com/mail/inbox",
    "gmail": "https://mail.google.com/mail/u/0/",
}


def correo(ctx: Ctx) -> Doc:
    """A forwarded or answered e-mail, printed (entrada)."""
    sort = ctx.pick("neighbour", "neighbour", "official", "contractor")
    who, address, org, earlier_author, templates = _parties(ctx, sort)
    subject = wording.subject(ctx.rng, templates, ctx.matter, ctx.day)
    prefix = ctx.pick(*PREFIXES)
    program = ctx.pick("outlook", "gmail", "thunderbird")
    hour = f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(0, 59):02d}"
    to = ctx.pick(PARTES, "partes@muniquirihue.cl")
    outer = Mail(f"{who.name} <{address}>", to, ctx.day, hour, prefix + subject, "")
    past = ctx.day - timedelta(days=ctx.rng.randint(3, 40))
    m = ctx.matter
    earlier = f"{m.detail} Quedo atento a una respuesta sobre {m.name}."
    inner = Mail(
        earlier_author,
        "alcaldia@muniquirihue.cl" if sort == "neighbour" else address,
        past,
        "09:15",
        subject,
        earlier,
    )
    signed = who.name + (f"\n{org}" if org else "")
    blocks: list[Block] = [*_outer(program, outer), Space(2), Para(NOTES[sort].format(m=m.other))]
    blocks += [Para(signed, align="left"), Space(3), *_quoted(program, inner)]
    printed = f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year} {hour}"
    browser = (printed, f"{program.title()} - {prefix}{subject}"[:90], URLS.get(program, ""))
    doc_type = {"official": "otro", "contractor": "carta"}.get(sort, "carta")
    if subject.startswith("Reclamo"):
        doc_type = "reclamo"
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, doc_type, "entrada", recipient=to, **fields)
    if program == "thunderbird":
        browser = ("", "", "")
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser, page_label="{p}/{n}")
