"""E-mails printed and filed: from the Gmail web page (the browser's header with «Correo de
Municipalidad de Lo Prado - …», the subject as a bold line with no label, «2 mensajes», each
message under its sender's line and a «Para:» line) or from Outlook set in English
(«From: / Sent: / To: / Cc: / Subject:»), written by neighbours, by a firm's employee or by
an official of another office; answers («RE:», «Re:») and forwards («Fwd:», «RV:», «FW:»).

Truth: a neighbour's or a firm's e-mail is a carta (a complaint a reclamo), an official's
otro, entrada; subject the subject line without the mail program's prefixes; sender who
writes (the last message's author), sender_org their firm or office; recipient the «Para:»
/ «To:» text; no number."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Rule, Space
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.devgen12 import parts, senders, wording, world
from bench.devgen12.cartas import writer
from bench.devgen12.parts import Ctx

OFFICIAL = ("Coordinación por {m}", "Consulta sobre {m}", "Antecedentes de {m}")
MAILBOX = (
    "oficinadepartes@loprado.cl",
    "Oficina de Partes Lo Prado <partes@loprado.cl>",
    "alcaldia@loprado.cl",
)


def _writer(ctx: Ctx) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """(the kind, the writer, the address, the organisation, the subject templates)."""
    who = world.person(ctx.rng)
    local = who.name.split()[0].lower().translate(str.maketrans("áéíóúñ", "aeioun"))
    sort = ctx.pick("vecino", "vecino", "empresa", "servicio")
    if sort == "vecino":
        return (
            sort,
            who.name,
            f"{local}.{ctx.rng.randint(1, 99)}@gmail.com",
            None,
            wording.NEIGHBOUR,
        )
    if sort == "empresa":
        firm = writer(ctx, [f for f in senders.FIRMS if f[3] == "firm"])
        return sort, who.name, f"{local}@{domain(firm[0])[4:]}", firm[0], wording.INSTITUTION
    fit_o = [o for o in senders.SERVICES if ctx.matter.unit in o.units] or list(senders.SERVICES)
    org = ctx.rng.choice(fit_o).org
    return sort, who.name, f"{local}@{domain(org)[4:]}", org, OFFICIAL


def _stamp(ctx: Ctx, days: int = 0) -> str:
    day = ctx.day - timedelta(days=days)
    hour = f"{ctx.rng.randint(8, 19)}:{ctx.rng.randint(0, 59):02d}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}, {hour}"


def correo(ctx: Ctx) -> Doc:
    """An e-mail to the Oficina de Partes printed from Gmail or from an English Outlook."""
    sort, name, address, org, templates = _writer(ctx)
    text = wording.stated(ctx.rng, templates, ctx.matter, ctx.day)
    to = ctx.pick(*MAILBOX)
    m = ctx.matter
    message = Para(f"Estimados: {m.detail} Solicito dar curso a lo relativo a {m.other}.")
    sign = Para(f"Saludos cordiales,\n{name}" + (f"\n{org}" if org else ""), align="left")
    if ctx.chance(0.5):
        prefix = ctx.pick("Re: ", "Fwd: ", "", "RE: ")
        blocks: list[Block] = [
            Head(("Gmail",), "none", "left"),
            Para("Oficina de Partes Lo Prado <partes@loprado.cl>", align="right", size=-2),
            Rule(0.8),
            Heading(prefix + text, align="left", size=1.5),
            Para(ctx.pick("2 mensajes", "1 mensaje", "3 mensajes"), align="left", size=-1.5),
            Rule(0.3),
            Para(f"{name} <{address}>{' ' * 6}{_stamp(ctx)}", align="left", bold=True, size=-1),
            Para(f"Para: {to}", align="left", size=-1),
            Space(2),
            message,
            sign,
        ]
        browser = (
            f"{ctx.day.day:02d}-{ctx.day.month:02d}-{str(ctx.day.year)[2:]}, "
            f"{ctx.rng.randint(9, 18)}:{ctx.rng.randint(10, 59)}",
            f"Correo de Municipalidad de Lo Prado - {prefix}{text}",
            f"https://mail.google.com/mail/u/0/?ik={ctx.rng.randint(10**9, 10**10):x}"
            "&view=pt&search=all",
        )
    else:
        prefix = ctx.pick("RE: ", "FW: ", "RV: ", "")
        rows = (
            ("From:", f"{name} <{address}>"),
            ("Sent:", _english(ctx)),
            ("To:", to),
            ("Cc:", "Alcaldía Lo Prado"),
            ("Subject:", prefix + text),
        )
        blocks = [
            Para(name, align="left", bold=True, size=2),
            Rule(1.2),
            Fields(rows),
            Space(3),
            message,
            sign,
        ]
        browser = ("", "", "")
    doc_type = (
        "otro"
        if sort == "servicio"
        else "reclamo"
        if text.startswith(("Reclamo", "Denuncia"))
        else "carta"
    )
    fields: dict[str, Any] = {"subject": text, "sender": name, "sender_org": org, "recipient": to}
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser, page_label="{p}/{n}")


def _english(ctx: Ctx) -> str:
    day = ctx.day
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    months = (
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
    hour = ctx.rng.randint(1, 12)
    clock = f"{hour}:{ctx.rng.randint(10, 59)} {ctx.pick('AM', 'PM')}"
    return f"{days[day.weekday()]}, {months[day.month - 1]} {day.day}, {day.year} {clock}"
