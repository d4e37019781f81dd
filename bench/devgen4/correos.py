"""E-mails printed to paper or PDF and brought to the Oficina de Partes: Outlook's print in
Spanish («De:», «Enviado el:», «Para:», «Asunto:») or in English («From:», «Sent:», «To:»,
«Subject:»), Gmail's print with the browser's header and footer, each sometimes with a
forwarded message inside («-----Mensaje original-----», «---------- Forwarded message
---------»). A neighbour complains or asks, an organisation writes, or an official of a
regional service sends word.

Truth: a neighbour's complaint is a reclamo, a neighbour's or an organisation's request a
carta, an official's message (no oficio, no number) otro; all entrada. The subject is the
outer «Asunto:» without the mail program's «RV:», «RE:», «Fwd:» (the matter, not the
program's marks); doc_date the outer message's; the sender who sent it to the municipality
(not the author of a message forwarded inside), sender_org the service or organisation;
the recipient the outer «Para:» as printed; the unit the one concerned."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bench.devgen2.model import Fields, Pair, Para, Rule, Space
from bench.devgen2.topics import cap
from bench.devgen2.wording import WEEKDAYS
from bench.devgen2.world import MONTHS
from bench.devgen4 import parts, services, topics, world
from bench.devgen4.model import Block, Doc
from bench.devgen4.parts import Ctx

DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ASKS = (
    "Solicitud de apoyo para {m}",
    "Consulta por {m}",
    "Solicito información sobre {m}",
    "Petición vecinos: {m}",
)
COMPLAINTS = ("Reclamo por {m}", "Reclamo: {m}", "Queja por la demora en {m}")
NOTICES = ("Coordinación de {m}", "Información sobre {m}", "Convocatoria: {m}",
           "Antecedentes sobre {m}")  # fmt: skip
PREFIXES = ("RV: ", "RE: ", "Fwd: ", "FW: ", "Re: ")


def _when(ctx: Ctx, day: date, lang: str) -> str:
    hour, minute = ctx.rng.randint(7, 22), ctx.rng.randint(0, 59)
    if lang == "en":
        half = "AM" if hour < 12 else "PM"
        return (
            f"{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year} "
            f"{(hour - 1) % 12 + 1}:{minute:02d} {half}"
        )
    month = MONTHS[day.month - 1]
    return ctx.pick(
        f"{WEEKDAYS[day.weekday()]}, {day.day} de {month} de {day.year} {hour}:{minute:02d}",
        f"{day.day} de {month} de {day.year}, {hour}:{minute:02d}",
        f"{day.day:02d}-{day.month:02d}-{day.year} {hour}:{minute:02d}",
    )


def _inbox(ctx: Ctx) -> str:
    """The Oficina de Partes' address as a mail program prints it (the recipient)."""
    return ctx.pick(
        "partes@muniputre.cl",
        "Oficina de Partes Municipalidad de Putre <partes@muniputre.cl>",
        "oficinadepartes@muniputre.cl",
        "'Oficina de Partes' <oficinadepartes@muniputre.cl>",
    )


def _forwarded(ctx: Ctx, lang: str, sender: str, to: str, subject: str, text: str) -> list[Block]:
    """The message quoted under the outer one."""
    day = ctx.day - timedelta(days=ctx.rng.randint(1, 12))
    if lang == "gmail":
        head = [
            "---------- Forwarded message ---------",
            f"De: {sender}",
            f"Date: {_when(ctx, day, 'es')}",
            f"Subject: {subject}",
            f"To: {to}",
        ]
        return [Space(2), Para("\n".join(head), align="left", size=-0.5), Para(text)]
    labels = (
        ("From:", "Sent:", "To:", "Subject:")
        if lang == "en"
        else ("De:", "Enviado:", "Para:", "Asunto:")
    )
    rows = tuple(zip(labels, (sender, _when(ctx, day, lang), to, subject), strict=True))
    line = (
        "-----Original Message-----"
        if lang == "en"
        else ctx.pick("-----Mensaje original-----", "________________________________")
    )
    return [Para(line, align="left"), Fields(rows, bold_labels=True), Para(text)]


def _quoted(
    ctx: Ctx, layout: str, sort: str, outer: tuple[str, str, str], subject: str
) -> list[Block]:
    """The earlier message under the outer one: the neighbour's own first mail to a unit,
    or a colleague's instruction inside the service."""
    sender, mail, to = outer
    if sort == "servicio":
        boss = world.person(ctx.rng)
        domain = mail.split("@")[1]
        inner_from = f"{boss.name} <{world.email(ctx.rng, boss).split('@')[0]}@{domain}>"
        text = (
            f"Favor informar a la Municipalidad de Putre lo relativo a {ctx.matter.other} "
            "y coordinar una visita."
        )
        return _forwarded(ctx, layout, inner_from, mail, subject, text)
    inner_to = ctx.pick(f"{ctx.matter.unit.replace('-', '')}@muniputre.cl", to)
    text = f"Quisiera saber si recibieron mi correo anterior sobre {ctx.matter.other}."
    return _forwarded(ctx, layout, sender, inner_to, subject, text)


def _outlook(ctx: Ctx, lang: str, rows: list[tuple[str, str]], owner: str) -> list[Block]:
    labels = {
        "es": ("De:", "Enviado el:", "Para:", "Asunto:", "CC:"),
        "en": ("From:", "Sent:", "To:", "Subject:", "Cc:"),
    }[lang]
    shown = [(labels[("de", "fecha", "para", "asunto", "cc").index(k)], v) for k, v in rows]
    return [
        Para(owner, align="left", bold=True, size=3),
        Rule(1.4),
        Fields(tuple(shown), bold_labels=True),
        Space(3),
    ]


def _gmail(ctx: Ctx, rows: dict[str, str], owner: str) -> list[Block]:
    who, when = rows["de"], rows["fecha"]
    return [
        Pair(("Gmail",), (owner,), split=0.4, right_align="right"),
        Rule(0.6),
        Para(rows["asunto"], align="left", bold=True, size=2),
        Para(ctx.pick("1 mensaje", "2 mensajes"), align="left", size=-1),
        Rule(0.4),
        Pair((who,), (when,), split=0.6, right_align="right"),
        Para(
            f"Para: {rows['para']}" + (f"\nCc: {rows['cc']}" if "cc" in rows else ""),
            align="left",
            size=-1,
        ),
        Space(2),
    ]


def _author(ctx: Ctx, sort: str) -> tuple[world.Person, str | None, str, list[str]]:
    """(who writes, organisation or service, address, signature lines)."""
    who = world.person(ctx.rng)
    if sort == "servicio":
        s = services.for_unit(ctx.rng, ctx.matter.unit)
        mail = world.email(ctx.rng, who).split("@")[0] + "@" + services.domain(s)[4:]
        post = ctx.pick(
            "Profesional",
            "Encargada regional" if who.female else "Encargado regional",
            "Coordinador(a) provincial",
        )
        return who, s.org, mail, [who.name, post, s.org, f"Fono {world.phone(ctx.rng)}"]
    org = ctx.pick(*world.JJVV, *world.ORGS) if ctx.chance(0.3) else None
    lines = [who.name] + ([f"Presidente(a) {org}"] if org else [])
    if ctx.chance(0.4):
        lines.append(f"RUT {ctx.rut(world.person_rut(ctx.rng))}")
    if ctx.chance(0.6):
        lines.append(world.phone(ctx.rng))
    return who, org, world.email(ctx.rng, who), lines


def _text(ctx: Ctx, sort: str) -> list[str]:
    """The message's lines: greeting, what happens, what is asked, goodbye."""
    m = ctx.matter
    greet = ctx.pick("Buenas tardes,", "Estimados:", "Junto con saludar,", "Señores Municipalidad:")
    if sort == "reclamo":
        main = (
            f"Escribo para reclamar por {m.name}. {m.detail} Ya fui a la municipalidad y "
            "nadie me da una respuesta clara."
        )
        ask = "Espero que esta vez se me responda por escrito dentro del plazo legal."
    elif sort == "servicio":
        main = f"Les escribo en relación con {m.name}. {m.detail}"
        ask = f"Agradeceré confirmar la contraparte municipal para {m.other}."
    else:
        main = f"Me dirijo a ustedes para solicitar apoyo con {m.name}. {m.detail}"
        ask = ctx.pick("Quedo atento(a) a su respuesta.", "Agradezco de antemano su ayuda.")
    return [greet, main, ask, ctx.pick("Saludos cordiales,", "Atte.,", "Saludos,")]


def correo(ctx: Ctx) -> Doc:
    """A printed e-mail: a complaint, a request or an official's word; its type follows
    who writes and what for (see the module's truth)."""
    sort = ctx.pick("reclamo", "reclamo", "carta", "carta", "servicio")
    if sort != "servicio":
        ctx.matter = topics.public(ctx.rng, ctx.matter, ctx.day.year)
    elif ctx.matter.unit not in services.COVERED:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
    who, org, mail, signature = _author(ctx, sort)
    templates = {"reclamo": COMPLAINTS, "carta": ASKS, "servicio": NOTICES}[sort]
    subject = cap(ctx.pick(*templates).format(m=ctx.matter.name))
    layout = ctx.pick("es", "es", "en", "gmail", "gmail")
    forwarded = ctx.chance(0.45)
    shown = ctx.pick(*PREFIXES) + subject if forwarded else subject
    to = _inbox(ctx)
    sender = f"{who.name} <{mail}>"
    rows = {
        "de": sender,
        "fecha": _when(ctx, ctx.day, "en" if layout == "en" else "es"),
        "para": to,
        "asunto": shown,
    }
    if ctx.chance(0.25):
        rows["cc"] = ctx.pick("alcaldia@muniputre.cl", "dideco@muniputre.cl", "dom@muniputre.cl")
    order = ["de", "fecha", "para", *(["cc"] if "cc" in rows else []), "asunto"]
    owner = ctx.pick(
        "Oficina de Partes", "Partes Municipalidad de Putre", "Oficina de Partes Putre"
    )
    if layout == "gmail":
        blocks = _gmail(ctx, rows, owner + " <partes@muniputre.cl>")
    else:
        blocks = _outlook(ctx, layout, [(k, rows[k]) for k in order], owner)
    blocks += [Para(p, align="left") for p in _text(ctx, sort)]
    blocks.append(Para("\n".join(signature), align="left"))
    if forwarded:
        blocks += _quoted(ctx, layout, sort, (sender, mail, to), subject)
    kind = {"reclamo": "reclamo", "carta": "carta", "servicio": "otro"}[sort]
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, kind, "entrada", recipient=to, **fields)
    if layout != "gmail":
        return parts.doc(ctx, t, blocks, paper="mail", page_label=ctx.pick("", "Página {p}"))
    d = ctx.day
    corner = f"{d.day}/{d.month}/{d.year % 100}, {ctx.rng.randint(8, 20)}:{ctx.rng.randint(10, 59)}"
    thread = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(16))
    url = f"https://mail.google.com/mail/u/0/?ik={thread[:10]}&view=pt&search=all&permthid=thread-f:{thread}"
    return parts.doc(
        ctx,
        t,
        blocks,
        paper="mail",
        page_label="{p}/{n}",
        browser=(corner, f"Gmail - {shown}", url),
    )
