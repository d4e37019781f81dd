"""E-mails printed and filed: from an Outlook set in Spanish («De: / Enviado el: / Para: /
CC: / Asunto:» over the text), from the municipality's webmail (a grey table with «Asunto»,
«De», «Fecha», «Para» and the print date above), or a forward whose first message only says
«Reenvío para su gestión» and whose forwarded header holds the subject; written by
neighbours, an employee of a firm of the valley, or an official of a regional office.

Truth: a neighbour's or a firm's e-mail is a carta (a complaint a reclamo), an official's
otro, entrada; subject the subject line without the mail program's prefixes («RE:», «RV:»,
«Fwd:»); sender who wrote the message that carries the matter, sender_org their firm or
office; recipient the «Para:» text of that message; no number."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Fields, Para, Rule, Space
from bench.devgen2.world import MONTHS
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.sealgen3 import parts, senders, wording, world
from bench.sealgen3.cartas import firm_for
from bench.sealgen3.oficios import office
from bench.sealgen3.parts import Ctx

OFFICIAL = ("Coordinación sobre {m}", "Consulta por {m}", "Envía antecedentes de {m}")
BOXES = (
    "partes@municasablanca.cl",
    "Oficina de Partes <oficinapartes@municasablanca.cl>",
    "alcaldia@municasablanca.cl",
)
DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _writer(ctx: Ctx) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """(the sort, the writer, the address, the organisation, the subject templates)."""
    who = world.person(ctx.rng)
    plain = who.name.lower().translate(str.maketrans("áéíóúñ", "aeioun")).split()
    sort = ctx.pick("vecino", "vecino", "empresa", "servicio")
    if sort == "vecino":
        mail = (
            f"{plain[0]}{plain[-2]}{ctx.rng.randint(1, 90)}@{ctx.pick('gmail.com', 'hotmail.com')}"
        )
        return sort, who.name, mail, None, wording.PEOPLE
    if sort == "empresa":
        firm = firm_for(ctx)
        return (
            sort,
            who.name,
            f"{plain[0][0]}{plain[-2]}@{domain(firm.name)[4:]}",
            firm.name,
            wording.FIRM,
        )
    org = office(ctx, senders.SERVICES).org
    return sort, who.name, f"{plain[0]}.{plain[-2]}@{domain(org)[4:]}", org, OFFICIAL


def _sent(ctx: Ctx, back: int = 0) -> str:
    day = ctx.day - timedelta(days=back)
    hour = f"{ctx.rng.randint(8, 19)}:{ctx.rng.randint(0, 59):02d}"
    return f"{DAYS[day.weekday()]}, {day.day} de {MONTHS[day.month - 1]} de {day.year} {hour}"


def correo(ctx: Ctx) -> Doc:
    """An e-mail to the municipality, printed from Outlook, the webmail or as a forward."""
    sort, name, address, org, templates = _writer(ctx)
    text = wording.stated(ctx.rng, templates, ctx.matter, ctx.day)
    to = ctx.pick(*BOXES)
    m = ctx.matter
    message: list[Block] = [
        Para(ctx.pick("Estimados:", "Buenas tardes,", "Señores Municipalidad:"), align="left"),
        Para(f"Escribo en relación con {m.name}. {m.detail}"),
        Para("Agradeceré dar curso a esta presentación e informarme su número de ingreso."),
        Para(f"Atte.\n{name}" + (f"\n{org}" if org else ""), align="left"),
    ]
    head = (name, address, to, text)
    style = ctx.pick("outlook", "webmail", "forward")
    blocks = {"outlook": _outlook, "webmail": _webmail, "forward": _forward}[style](ctx, *head)
    blocks += message
    doc_type = "otro" if sort == "servicio" else "reclamo" if wording.complaint(text) else "carta"
    fields: dict[str, Any] = {"subject": text, "sender": name, "sender_org": org, "recipient": to}
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="mail", page_label=ctx.pick("{p}/{n}", ""))


def _outlook(ctx: Ctx, name: str, address: str, to: str, text: str) -> list[Block]:
    prefix = ctx.pick("", "RE: ", "RV: ")
    rows = (
        ("De:", f"{name} <{address}>"),
        ("Enviado el:", _sent(ctx)),
        ("Para:", to),
        ("CC:", "Alcaldía Casablanca"),
        ("Asunto:", prefix + text),
    )
    return [Para(name, bold=True, align="left", size=1.5), Rule(1.0), Fields(rows), Space(2)]


def _webmail(ctx: Ctx, name: str, address: str, to: str, text: str) -> list[Block]:
    prefix = ctx.pick("", "Re: ", "Fwd: ")
    rows = (
        ("Asunto", prefix + text),
        ("De", f"{name} <{address}>"),
        ("Fecha", _sent(ctx)),
        ("Para", to),
    )
    box = to.split("<")[-1].rstrip(">")
    top = Para(f"Webmail Municipalidad de Casablanca · {box}", size=-2, align="right")
    return [top, Grid(rows, shade=True)]


def _forward(ctx: Ctx, name: str, address: str, to: str, text: str) -> list[Block]:
    clerk = world.person(ctx.rng)
    forwarded = (
        ("De:", f"{name} <{address}>"),
        ("Date:", _sent(ctx, 1)),
        ("Subject:", text),
        ("To:", to),
    )
    first = clerk.name.split()[0].lower().translate(str.maketrans("áéíóú", "aeiou"))
    mail = f"{first}@municasablanca.cl"
    return [
        Para(f"{clerk.name} <{mail}>", bold=True, align="left", size=-1),
        Para(f"Para: partes@municasablanca.cl · {_sent(ctx)}", align="left", size=-1.5),
        Para("Reenvío para su gestión.", align="left"),
        Para("---------- Forwarded message ---------", align="left", size=-1),
        Fields(forwarded, bold_labels=False),
    ]
