"""E-mails printed and filed, and transparency requests. E-mails from an Outlook set in
Spanish («De: / Enviado el: / Para: / CC: / Asunto:» over the message), or from a webmail
that prints the subject in a bold band over a small table (De, Para, Fecha), written by
neighbours, a firm's employee or an official of a regional office; answers and forwards
(«RE:», «RV:», «Fwd:»). Transparency requests: the municipality's own paper form
(«FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA», numbered boxes, «Información
solicitada:») or a brief whose «SUMA:» at the top right says it all.

Truth: a neighbour's or a firm's e-mail a carta (a complaint a reclamo), an official's otro,
entrada, subject the Asunto without the mail program's prefixes, sender who writes,
sender_org the firm or office, recipient the «Para:» text, no number; a request a
solicitud_transparencia, entrada, for Administración, its subject the information asked
(the form's box) or the SUMA text, its number the form's folio if printed, sender the
requester."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Heading, Para, Rule, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.devgen13 import oficios, parts, senders, topics, wording, world
from bench.devgen13.parts import Ctx

OFFICIAL = ("Coordinación de {m}", "Consulta por {m}", "Envía antecedentes de {m}")
INBOX = (
    "partes@pozoalmonte.cl",
    "Oficina de Partes <partes@pozoalmonte.cl>",
    "alcaldia@pozoalmonte.cl",
)
MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _who(ctx: Ctx) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """(sort, name, address, organisation, subject templates)."""
    p = world.person(ctx.rng)
    local = p.name.split()[0].lower().translate(str.maketrans("áéíóúñ", "aeioun"))
    sort = ctx.pick("vecino", "vecino", "empresa", "servicio")
    if sort == "vecino":
        return sort, p.name, f"{local}{ctx.rng.randint(1, 90)}@hotmail.com", None, wording.COMMUNITY
    if sort == "empresa":
        f = ctx.rng.choice(senders.FIRMS)
        ctx.matter = topics.within(ctx.rng, ctx.day.year, f.units)
        return sort, p.name, f"{local}@{domain(f.name)[4:]}", f.name, wording.COMPANY
    o = oficios.pick_office(ctx, senders.SERVICES)
    return sort, p.name, f"{local}@{domain(o.org)[4:]}", o.org, OFFICIAL


def correo(ctx: Ctx) -> Doc:
    """An e-mail to the municipality printed from Outlook or a webmail (entrada)."""
    sort, name, address, org, templates = _who(ctx)
    text = wording.said(ctx.rng, templates, ctx.matter, ctx.day)
    prefix = ctx.pick("RE: ", "RV: ", "Fwd: ", "", "")
    to = ctx.pick(*INBOX)
    hour = f"{ctx.rng.randint(8, 20)}:{ctx.rng.randint(0, 59):02d}"
    d = ctx.day
    m = ctx.matter
    message = [
        Para(f"Junto con saludar, escribo por {m.name}. {m.detail}"),
        Para("Quedo atento(a) a sus comentarios.", align="left"),
        Para(f"Saludos cordiales,\n{name}" + (f"\n{org}" if org else ""), align="left"),
    ]
    if ctx.chance(0.5):
        rows = (
            ("De:", f"{name} <{address}>"),
            (
                "Enviado el:",
                f"{DAYS[d.weekday()]}, {d.day} de {MONTHS[d.month - 1]} de {d.year} {hour}",
            ),
            ("Para:", to),
            ("CC:", "Alcaldía Pozo Almonte"),
            ("Asunto:", prefix + text),
        )
        blocks: list[Block] = [
            Para(name, bold=True, size=2, align="left"),
            Rule(1.0),
            Fields(rows, bold_labels=True),
            Space(3),
            *message,
        ]
    else:
        table = Table(
            (
                ("De", "Para", "Fecha"),
                (f"{name}\n{address}", to, f"{d.day:02d}/{d.month:02d}/{d.year} {hour}"),
            ),
            widths=(2.4, 2.4, 1.4),
        )
        blocks = [
            Para("Webmail Pozo Almonte", size=-1, align="left"),
            Heading(prefix + text, align="left", size=1),
            table,
            Space(3),
            *message,
        ]
    complaint = text.startswith(("Reclamo", "Denuncia"))
    doc_type = "otro" if sort == "servicio" else "reclamo" if complaint else "carta"
    fields: dict[str, Any] = {"subject": text, "sender": name, "sender_org": org, "recipient": to}
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="mail", page_label="Página {p} de {n}")


ASKED = (
    "Copia de los contratos, órdenes de compra y pagos relativos a {m}",
    "Monto invertido, empresa contratista y estado de avance de {m}",
    "Actas y acuerdos del Concejo Municipal referidos a {m}",
    "Listado de beneficiarios y criterios de asignación de {m}",
)


def transparencia(ctx: Ctx) -> Doc:
    """A request for public information, on the form or as a brief (entrada)."""
    who = world.person(ctx.rng)
    asked = cap(ctx.rng.choice(ASKED).format(m=ctx.matter.name))
    rut = ctx.rut(ctx.rng.randint(5_500_000, 26_000_000))
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    head = parts.muni_head(ctx, "administracion")
    if ctx.chance(0.55):
        folio = f"AK0{ctx.rng.randint(10, 99)}T000{ctx.rng.randint(1000, 9999)}"
        rows = (
            ("1. Nombre completo:", who.name),
            ("2. RUT:", rut),
            ("3. Correo electrónico:", f"{who.name.split()[0].lower()}@gmail.com"),
            ("4. Domicilio:", world.street_address(ctx.rng)),
            ("5. Forma de entrega:", ctx.pick("Correo electrónico", "Retiro en oficina")),
        )
        blocks: list[Block] = [
            head,
            Heading("FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA", size=0.5),
            Para("Ley N° 20.285 sobre Acceso a la Información Pública", align="center", size=-1),
            Fields(
                (("Folio N°:", folio), ("Fecha:", wording.when(ctx.rng, ctx.day))),
                side="right",
                boxed=True,
            ),
            Fields(rows, boxed=True, bold_labels=False),
            Para("6. Información solicitada:", bold=True, align="left"),
            Box((asked + ".",)),
            Signature((Signer(who.name, "Firma del solicitante"),), "center"),
        ]
        fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    else:
        suma = ctx.pick(
            "Solicita información pública que indica",
            f"Solicita acceso a información sobre {ctx.matter.name}",
        )
        to, recipient = parts.to_mayor(ctx)
        blocks = [
            Para(f"SUMA: {suma}", bold=True, align="left", left=85),
            Space(3),
            Para(to, align="left"),
            Para(
                f"{who.name}, cédula de identidad N° {rut}, domiciliado en "
                f"{world.street_address(ctx.rng)}, comuna de Pozo Almonte, a usted "
                "respetuosamente digo:",
                indent=12,
            ),
            Para(
                f"Que, en virtud del artículo 10 de la Ley N° 20.285, vengo en solicitar: {asked}.",
                indent=12,
            ),
            Para(
                "POR TANTO, ruego a usted acceder a lo solicitado dentro del plazo legal.",
                indent=12,
            ),
            Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
            Signature((Signer(who.name, "Firma del solicitante"),), "center"),
        ]
        fields = {"subject": suma, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, t, blocks, page_label="")
