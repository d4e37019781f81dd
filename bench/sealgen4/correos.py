"""E-mails printed and filed, and requests under the Ley de Transparencia.

E-mails come from a webmail page (the subject as a bold band on top, then a De/Fecha/Para
table, the message, and sometimes the forwarded original under «-------- Mensaje original
--------») or from Outlook in Spanish («De: / Enviado el: / Para: / CC: / Asunto:»), by
neighbours, a firm's employee or an official of a regional office; answers and forwards
(«RE:», «RV:», «Fwd:»). Transparency requests come printed from the Portal de Transparencia
(«Folio MU264T0001234», the information asked in a framed box) or as a written request
(«MATERIA: Solicitud de acceso a la información pública» at the top).

Truth: a neighbour's or a firm's e-mail is a carta (a complaint a reclamo), an official's
otro, entrada; subject the subject line without the mail program's prefixes; sender who
writes, sender_org the firm or office; recipient the Para: text; no number. A request is a
solicitud_transparencia, entrada, for Administración; subject the information asked (the
portal) or the MATERIA: text (the letter); doc_number the portal's folio."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Head, Heading, Para, Rule, Signature, Signer, Space
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.sealgen4 import parts, senders, topics, wording, world
from bench.sealgen4.parts import Ctx

OFFICIAL = ("Coordinación {m}", "Consulta técnica sobre {m}", "Envía antecedentes de {m}")
INBOX = ("partes@tome.cl", "Oficina de Partes <oficinadepartes@tome.cl>", "alcaldia@tome.cl")


def _author(ctx: Ctx) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """(sort, name, address, organisation, subject templates)."""
    who = world.person(ctx.rng)
    local = who.name.split()[0].lower().translate(str.maketrans("áéíóúñ", "aeioun"))
    sort = ctx.pick("vecino", "vecino", "empresa", "servicio")
    if sort == "vecino":
        return (
            sort,
            who.name,
            f"{local}{ctx.rng.randint(10, 99)}@hotmail.com",
            None,
            wording.NEIGHBOUR,
        )
    if sort == "empresa":
        firm = ctx.rng.choice([f for f in senders.FIRMS if f[3] == "firm"])
        ctx.matter = topics.within(ctx.rng, ctx.day.year, firm[5].split(";"))
        return sort, who.name, f"{local}@{domain(firm[0])[4:]}", firm[0], wording.FIRM
    o = ctx.rng.choice(
        [o for o in senders.SERVICES if ctx.matter.unit in o.units] or list(senders.SERVICES)
    )
    return sort, who.name, f"{local}.{ctx.rng.randint(1, 9)}@{domain(o.org)[4:]}", o.org, OFFICIAL


def _when(ctx: Ctx) -> str:
    d = ctx.day
    hour = f"{ctx.rng.randint(8, 19)}:{ctx.rng.randint(0, 59):02d}"
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}, {hour}"


def correo(ctx: Ctx) -> Doc:
    """An e-mail to the municipality, printed (entrada)."""
    sort, name, address, org, templates = _author(ctx)
    text = wording.stated(ctx.rng, templates, ctx.matter, ctx.day)
    to = ctx.pick(*INBOX)
    m = ctx.matter
    prefix = ctx.pick("", "", "RE: ", "RV: ", "Fwd: ")
    message = [
        Para(f"Buenas tardes. {m.detail} Quisiera saber cómo avanzar con {m.other}."),
        Para(f"Saludos,\n{name}" + (f"\n{org}" if org else ""), align="left"),
    ]
    if ctx.chance(0.5):
        rows: tuple[tuple[str, str], ...] = (
            ("De:", f"{name} <{address}>"),
            ("Fecha:", _when(ctx)),
            ("Para:", to),
        )
        blocks: list[Block] = [
            Para(ctx.pick("Zimbra", "Correo Tomé"), align="left", size=-1),
            Heading(prefix + text, align="left", size=1),
            Rule(0.5),
            Fields(rows, bold_labels=False),
            Space(2),
            *message,
        ]
        if prefix == "Fwd: ":
            blocks += [
                Para("-------- Mensaje original --------", align="left", size=-1),
                Para(f"Asunto: {text}\nDe: {name}", align="left", size=-1),
            ]
    else:
        rows = (
            ("De:", f"{name} <{address}>"),
            (
                "Enviado el:",
                f"{wording.when(ctx.rng, ctx.day)} "
                f"{ctx.rng.randint(8, 19)}:{ctx.rng.randint(10, 59)}",
            ),
            ("Para:", to),
            ("CC:", "Alcaldía Tomé"),
            ("Asunto:", prefix + text),
        )
        blocks = [
            Para(name, align="left", bold=True, size=1.5),
            Rule(1.0),
            Fields(rows),
            Space(3),
            *message,
        ]
    doc_type = (
        "otro" if sort == "servicio" else "reclamo" if wording.is_complaint(text) else "carta"
    )
    fields: dict[str, Any] = {"subject": text, "sender": name, "sender_org": org, "recipient": to}
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="mail", page_label="Página {p} de {n}")


ASKED = (
    "Copia de {m}, incluyendo los informes técnicos y los pagos efectuados en {year}",
    "Listado de permisos y resoluciones relativos a {m}",
    "Información sobre {m}: gastos, contratos y responsables",
)


def transparencia(ctx: Ctx) -> Doc:
    """A request under the Ley N° 20.285 (entrada, Administración)."""
    asked = wording.cap(ctx.rng.choice(ASKED).format(m=ctx.matter.name, year=ctx.day.year))
    who = world.person(ctx.rng)
    if ctx.chance(0.55):
        folio = f"MU264T000{ctx.rng.randint(1000, 9999)}"
        rows = (
            ("Folio:", folio),
            ("Fecha de ingreso:", wording.dotted(ctx.day)),
            ("Organismo:", world.MUNI),
            ("Nombre solicitante:", who.name),
            ("Forma de entrega:", ctx.pick("Correo electrónico", "Retiro en oficina")),
        )
        blocks: list[Block] = [
            Head(
                ("Portal de Transparencia del Estado", "Consejo para la Transparencia"),
                "seal",
                "left",
            ),
            Heading("Solicitud de Acceso a la Información Pública", size=0.5),
            Fields(rows, boxed=True, bold_labels=False),
            Para("Identificación de la información solicitada:", bold=True, align="left"),
            Box((asked + ".",)),
            Para("Ley N° 20.285 - Artículo 12", align="left", size=-2),
        ]
        fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    else:
        mat = ctx.pick(
            "Solicitud de acceso a la información pública",
            f"Solicita información sobre {ctx.matter.name}",
        )
        to, recipient = parts.to_mayor(ctx)
        rut = ctx.rut(ctx.rng.randint(6_000_000, 24_000_000))
        blocks = [
            Para(wording.place_date(ctx.rng, "Tomé", ctx.day), align="right"),
            Fields((("MATERIA:", mat),), side="right"),
            Space(2),
            Para(to, align="left"),
            Para(
                f"{who.name}, RUT {rut}, en conformidad con el artículo 10 de la Ley N° 20.285, "
                f"solicito a usted la siguiente información: {asked}.",
                indent=10,
            ),
            Para("Solicito que la información me sea remitida por correo electrónico.", indent=10),
            Signature((Signer(who.name, f"RUT {rut}"),), "center"),
        ]
        fields = {"subject": mat, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, t, blocks, page_label="")
