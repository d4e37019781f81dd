"""E-mails printed and filed, and transparency requests.

E-mails: a Gmail print (the subject as a large bold line over «1 mensaje», the sender and
the date on one line, «Para:» under it, the browser's print header and footer), a
Thunderbird print (a rows block that starts with «Asunto:», then De, Fecha, Para), or a
forwarded message («---------- Mensaje reenviado ---------» and the original's rows inside
an «RV:» mail). Written by neighbours, a firm's employee or an official.

Transparency requests: the portal's printout (a shaded grid with the folio and a box
«Descripción de la solicitud»), or a brief headed «EN LO PRINCIPAL: …; OTROSÍ: …».

Truth: a neighbour's or a firm's e-mail a carta (a complaint a reclamo), an official's
otro, entrada; subject the original Asunto without «RE:»/«RV:»/«Fwd:»; sender who writes;
sender_org the firm or office; recipient the «Para:» text. A request is a
solicitud_transparencia, entrada, for Administración; subject the description asked or
the principal's text; doc_number the portal's folio; sender the requester."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Heading, Pair, Para, Rule, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen2.world import MONTHS
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import domain
from bench.sealgen5 import oficios, parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx

INBOX = ("oficinadepartes@vallenar.cl", "alcaldia@vallenar.cl", "Oficina de Partes Vallenar")
OFFICIAL = ("Coordinación sobre {m}", "Antecedentes pendientes de {m}", "Consulta técnica por {m}")


def _writer(ctx: Ctx) -> tuple[str, str, str, str | None, tuple[str, ...]]:
    """(sort, name, address, organisation, subject templates)."""
    p = world.person(ctx.rng)
    user = ".".join(p.name.lower().split()[::2][:2]).translate(str.maketrans("áéíóúñ", "aeioun"))
    sort = ctx.pick("vecino", "vecino", "empresa", "servicio")
    if sort == "vecino":
        mail = f"{user}{ctx.rng.randint(7, 99)}@{ctx.pick('gmail.com', 'hotmail.com')}"
        return sort, p.name, mail, None, wording.PEOPLE
    if sort == "empresa":
        f = ctx.rng.choice(senders.FIRMS)
        ctx.matter = topics.among(ctx.rng, ctx.day.year, f.keys)
        return sort, p.name, f"{user}@{domain(f.name)[4:]}", f.name, wording.FIRM
    o = oficios.pick_office(ctx, senders.SERVICES)
    return sort, p.name, f"{user}@{domain(o.org)[4:]}", o.org, OFFICIAL


def _stamp(ctx: Ctx) -> str:
    """«3 de marzo de 2025, 10:42», as the mail programs print it."""
    d = ctx.day
    hour = f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(0, 59):02d}"
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}, {hour}"


def correo(ctx: Ctx) -> Doc:
    """An e-mail to the municipality, printed (entrada)."""
    sort, name, address, org, templates = _writer(ctx)
    text = wording.said(ctx.rng, templates, ctx.matter, ctx.day)
    to, m, when = ctx.pick(*INBOX), ctx.matter, _stamp(ctx)
    message: list[Block] = [
        Para(ctx.pick("Estimados:", "Buenas tardes,", "Señor Alcalde:"), align="left"),
        Para(f"Escribo por {m.name}. {m.detail}"),
        Para("Agradeceré acusar recibo de este correo.", align="left"),
        Para(f"Atte.\n{name}" + (f"\n{org}" if org else ""), align="left"),
    ]
    look = ctx.pick("gmail", "thunderbird", "forward")
    browser = ("", "", "")
    if look == "gmail":
        blocks: list[Block] = [
            Pair(("Gmail",), (f"Oficina de Partes <{INBOX[0]}>",), 0.4, right_align="right"),
            Rule(0.8),
            Heading(text, align="left", size=3),
            Para("1 mensaje", size=-1.5, align="left"),
            Rule(0.4),
            Fields(((f"{name} <{address}>", when),), bold_labels=True),
            Para(f"Para: {to}", size=-1, align="left"),
            Space(2),
            *message,
        ]
        url = f"https://mail.google.com/mail/u/0/#inbox/{ctx.rng.randint(10**9, 10**10):x}"
        browser = (when.split(", ")[0], f"Gmail - {text}", url)
    elif look == "thunderbird":
        rows = (("Asunto:", text), ("De:", f"{name} <{address}>"), ("Fecha:", when), ("Para:", to))
        blocks = [Fields(rows, boxed=ctx.chance(0.3)), Rule(0.6), *message]
    else:
        inner = (("De:", f"{name} <{address}>"), ("Date:", when), ("Subject:", text), ("To:", to))
        forwarder = world.UNITS["alcaldia"].short
        blocks = [
            Fields((("Asunto:", f"RV: {text}"), ("De:", f"{forwarder} <alcaldia@vallenar.cl>"))),
            Rule(0.6),
            Para("---------- Mensaje reenviado ---------", align="left", size=-1),
            Fields(inner, bold_labels=False),
            Space(2),
            *message,
        ]
    t = parts.truth(
        ctx, _mail_type(sort, text), "entrada", subject=text, sender=name, sender_org=org,
        recipient=to,
    )  # fmt: skip
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser, page_label="{p}/{n}")


def _mail_type(sort: str, subject: str) -> str:
    """An official's mail is «otro»; a complaint a «reclamo»; any other a «carta»."""
    if sort == "servicio":
        return "otro"
    return "reclamo" if subject.split(" ")[0] in ("Reclamo", "Denuncia") else "carta"


ASKED = (
    "Copia de los oficios, informes y correos municipales relativos a {m}",
    "Gastos municipales asociados a {m}, con indicación de proveedores y montos",
    "Actas de las reuniones sostenidas por el municipio sobre {m}",
    "Número de reclamos recibidos sobre {m} y las respuestas entregadas",
)


def transparencia(ctx: Ctx) -> Doc:
    """A request for public information: the portal's printout or a brief (entrada)."""
    who = world.person(ctx.rng)
    asked = cap(ctx.rng.choice(ASKED).format(m=ctx.matter.name))
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    rut = ctx.rut(ctx.rng.randint(4_800_000, 25_000_000))
    fields: dict[str, Any] = {"sender": who.name}
    if ctx.chance(0.55):
        folio = f"MU265T000{ctx.rng.randint(1000, 9999)}"
        grid = Grid(
            (
                ("Folio", folio, "Fecha de ingreso", wording.day_text(ctx.rng, ctx.day)),
                ("Organismo", world.MUNI, "Región", "Atacama"),
                ("Solicitante", who.name, "RUT", rut),
                (
                    "Medio de respuesta",
                    ctx.pick("Correo electrónico", "Retiro presencial"),
                    "Plazo legal",
                    "20 días hábiles",
                ),
            ),
            title="Solicitud de Acceso a la Información Pública",
        )
        blocks: list[Block] = [
            Para("Portal de Transparencia del Estado", bold=True, size=2, align="left"),
            Para("Comprobante de ingreso de solicitud", align="left", size=-1),
            grid,
            Para("Descripción de la solicitud:", bold=True, align="left"),
            Box((f"{asked}.",)),
            Para("Se entiende presentada la solicitud en la fecha de ingreso.", size=-1.5),
        ]
        fields |= {"subject": asked, "doc_number": folio, "recipient": world.MUNI}
    else:
        principal = f"Solicita acceso a información pública sobre {ctx.matter.name}"
        to, recipient = parts.to_mayor(ctx)
        home = world.street_address(ctx.rng)
        mail = f"{who.name.split()[0].lower()}{ctx.rng.randint(1, 80)}@gmail.com"
        blocks = [
            Para(
                f"EN LO PRINCIPAL: {principal}; OTROSÍ: forma de notificación.", bold=True, left=70
            ),
            Space(3),
            Para(to, align="left"),
            Para(f"{who.name}, RUT {rut}, con domicilio en {home}, Vallenar, digo:", indent=12),
            Para(f"Que, conforme a la Ley N° 20.285, solicito: {asked}.", indent=12),
            Para(f"OTROSÍ: Solicito ser notificado(a) al correo {mail}.", indent=12),
            Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
            Signature((Signer(who.name, f"RUT {rut}"),), "center"),
        ]
        fields |= {"subject": principal, "recipient": recipient}
    t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, t, blocks, page_label="")
