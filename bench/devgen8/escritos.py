"""Papers written to the mayor in a legal form: a lawyer's escrito (its sumilla at the top
right, as «SUMA:» or as «EN LO PRINCIPAL: …; OTROSÍ: …», then «SEÑOR ALCALDE …», the
appearance, the facts, «POR TANTO» and the otrosíes) and a transparency request under Ley N°
20.285, printed from the portal or written as a letter.

Truth (devgen's): an escrito that files a reclamo de ilegalidad (artículo 151 de la Ley N°
18.695) is a reclamo, any other a carta, entrada; its subject the «SUMA:» text, or with «EN
LO PRINCIPAL» the principal's request (the otrosíes are accessory); no number; sender the
lawyer, sender_org the law firm its letterhead names; recipient the «SEÑOR ALCALDE» line. A
transparency request is a solicitud_transparencia for Administración; its subject the
information asked (the portal's description) or the letter's «Ref.:»; doc_number the
portal's folio (none for a letter); sender the requester."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8 import parts, topics, wording, world
from bench.devgen8.parts import Ctx

# (principal, unit, whether it is a reclamo de ilegalidad)
PRINCIPALS = (
    ("Deduce reclamo de ilegalidad en contra del decreto alcaldicio que indica", "juridica", True),
    ("Solicita invalidación de permiso de edificación", "dom", False),
    ("Solicita copia íntegra de expediente administrativo", "", False),
    ("Solicita se deje sin efecto cobro de derechos de aseo", "daf", False),
    ("Formula descargos y solicita audiencia", "", False),
)
OTROSI = ("Acompaña documentos", "Patrocinio y poder", "Forma de notificación", "Personería")
FIRMS = ("Estudio Jurídico Hott & Cárcamo Abogados", "Uribe Mansilla Abogados Limitada")


def _sumilla(ctx: Ctx, principal: str) -> tuple[Block, str]:
    """(the sumilla block at the top right, the subject it states)."""
    if ctx.chance(0.45):
        extra = f"; {ctx.pick(*OTROSI).lower()}" if ctx.chance(0.4) else ""
        text = f"{principal}{extra}."
        return Para(
            f"{ctx.pick('SUMA:', 'SUMA :', 'Suma:')} {text}", align="left", left=85, bold=True
        ), text[:-1]
    others = ctx.rng.sample(OTROSI, ctx.rng.randint(1, 3))
    if len(others) == 1:
        tail = [f"OTROSÍ: {others[0]}."]
    else:
        names = ("PRIMER", "SEGUNDO", "TERCER")
        tail = [f"{names[i]} OTROSÍ: {o};" for i, o in enumerate(others)]
        tail[-1] = tail[-1][:-1] + "."
    lines = "\n".join([f"EN LO PRINCIPAL: {principal};", *tail])
    return Para(lines, align="left", left=80, bold=ctx.chance(0.5)), principal


def escrito(ctx: Ctx) -> Doc:
    """A lawyer's escrito addressed to the mayor."""
    principal, unit, illegal = ctx.rng.choice(PRINCIPALS)
    if unit and unit != ctx.matter.unit:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, unit, public=True)
    lawyer = world.person(ctx.rng)
    client = world.person(ctx.rng)
    firm = ctx.pick(*FIRMS) if ctx.chance(0.4) else None
    blocks: list[Block] = []
    if firm:
        blocks.append(
            Head((firm, "Pedro Lagos 512, oficina 3, Río Bueno"), "none", "right", "", True)
        )
    sumilla, subject = _sumilla(ctx, principal)
    addressee = ctx.pick(
        "SEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE RÍO BUENO",
        "S. ALCALDE DE LA I. MUNICIPALIDAD DE RÍO BUENO",
    )
    rut = ctx.rut(ctx.rng.randint(8_000_000, 19_000_000))
    title = "abogada" if lawyer.female else "abogado"
    m = ctx.matter
    blocks += [
        sumilla,
        Space(4),
        Para(addressee, bold=True, align="left"),
        Space(2),
        Para(
            f"{lawyer.name.upper()}, {title}, cédula nacional de identidad N° {rut}, en "
            f"representación de {client.name}, según se acreditará, ambos domiciliados "
            "para estos efectos en Río Bueno, a usted respetuosamente digo:",
            indent=12,
        ),
        Para(
            f"Que, en relación con {m.name}, vengo en formular la presentación que indica la "
            "suma, por los fundamentos que expongo.",
            indent=12,
        ),
        Para(f"{m.detail} Mi representado ha sido afectado por lo obrado.", indent=12),
        Para("POR TANTO,", bold=True, align="left"),
        Para("SOLICITO A USTED: acceder a lo pedido, conforme a derecho.", indent=12),
    ]
    for line in sumilla.text.split("\n")[1:] if isinstance(sumilla, Para) else []:
        label, _, what = line.partition(": ")
        blocks.append(Para(f"{label}: {what.rstrip(';.')}; sírvase tenerlo presente.", indent=12))
    blocks.append(Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="left"))
    blocks.append(Signature((Signer(lawyer.name, f"{title.capitalize()}\nRUT {rut}"),), "center"))
    doc_type = "reclamo" if illegal else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": lawyer.name, "sender_org": firm}
    t = parts.truth(ctx, doc_type, "entrada", recipient=addressee, **fields)
    return parts.doc(ctx, t, blocks)


ASKS = (
    "Copia de los decretos y contratos relativos a {m}",
    "Se solicita el monto invertido y los informes técnicos de {m}",
    "Nómina de beneficiarios y criterios utilizados en {m}",
    "Copia de los correos electrónicos intercambiados entre {unit} y terceros sobre {m}",
)


def transparencia(ctx: Ctx) -> Doc:
    """A request under Ley N° 20.285, from the portal or as a letter (Administración)."""
    who = world.person(ctx.rng)
    m = ctx.matter
    asked = ctx.pick(*ASKS).format(m=m.name, unit=world.the(m.unit))
    hour = f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}"
    d = ctx.day
    if ctx.chance(0.55):
        folio = f"MU239T{ctx.rng.randint(1000, 99999):07d}"
        first, *rest = who.name.split()
        rows = (
            ("Folio", folio),
            ("Fecha de ingreso", f"{d.day:02d}/{d.month:02d}/{d.year} {hour}"),
            ("Organismo", "Municipalidad de Río Bueno"),
            ("Nombres", first),
            ("Apellidos", " ".join(rest)),
            ("Correo electrónico", world.email(ctx.rng, who)),
            ("Descripción de la información solicitada", asked),
            ("Formato de entrega", ctx.pick("Correo electrónico", "Retiro en oficina")),
        )
        blocks: list[Block] = [
            Heading("Portal de Transparencia del Estado", size=3, align="left"),
            Para("Comprobante de solicitud de acceso a la información pública", bold=True),
            Grid(tuple(rows)),
            Box(
                (
                    "Conserve este comprobante. El plazo de respuesta es de 20 días hábiles, "
                    "prorrogable por otros 10 (artículo 14, Ley N° 20.285).",
                )
            ),
        ]
        fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
        t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
        return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")
    to, recipient = parts.to_mayor(ctx)
    ref = ctx.pick(
        "Solicitud de acceso a la información pública, Ley N° 20.285",
        f"Solicita información sobre {m.name}",
    )
    blocks = [
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Para(to, align="left"),
        Fields(((ctx.pick("Ref.:", "REF.:"), ref),)),
        Para(ctx.pick(*("De mi consideración:", "Señor Alcalde:")), align="left"),
        Para(f"En virtud del artículo 10 de la Ley N° 20.285, solicito: {asked}."),
        Para("Pido que la respuesta se envíe a mi correo " + world.email(ctx.rng, who) + "."),
        Signature((Signer(who.name, ""),), "center", rule=False),
    ]
    fields = {"subject": ref, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, t, blocks, paper="hand")
