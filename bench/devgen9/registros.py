"""Records and agreements: minutes (of the Concejo's sessions, of the COSOC, of the Comité
Comunal de Gestión del Riesgo de Desastres during a fire, and the provisional reception of a
public work with its commission), convenios (a transfer from the Servicio de Salud Ñuble,
JUNAEB or the GORE; a collaboration or a comodato with a local organisation) and the
paper form on which a neighbour asks for public information at the OIRS counter.

Truth: minutes are interno, their subject the title (number included), their number the
session's or the record's; the Concejo's are an acta_concejo for the Secretaría Municipal,
the COSOC's otro for the Secretaría Municipal, the emergency committee's otro for the
Alcaldía, a reception record otro for SECPLAN. A convenio's subject is its title, no
number; entrada when an office sends it, salida when Quirihue contracts with an
organisation. The counter form is a solicitud_transparencia for Administración, its subject
the information asked, its number the form's folio, its sender the requester."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Listing, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen9 import parts, topics, wording, world
from bench.devgen9.parts import Ctx

COUNCIL = world.texts("council")
MINUTES = {body: rest for body, *rest in world.rows("minutes")}  # body: doc_type, unit, title


def acta(ctx: Ctx) -> Doc:
    """Minutes of a session or of a reception (interno)."""
    body = ctx.pick("concejo", "concejo", "cosoc", "cogrid", "recepcion")
    doc_type, unit, template = MINUTES[body]
    num = str(ctx.rng.randint(1, 160))
    title = template.format(kind=ctx.pick("ORDINARIA", "EXTRAORDINARIA"), num=num)
    ctx.matter = topics.within(
        ctx.rng, ctx.day.year, (unit,) if body != "cogrid" else ("alcaldia:01",)
    )
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1.2)]
    blocks += _reception(ctx) if body == "recepcion" else _session(ctx, body)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks.append(Signature((Signer(sec.name, "Secretaria Municipal\nMinistra de Fe"),), "center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, doc_type, "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


def _reception(ctx: Ctx) -> list[Block]:
    """A public work received by its commission: the work's data and the finding."""
    d = ctx.day
    licit = f"{ctx.rng.randint(3900, 3999)}-{ctx.rng.randint(5, 60)}-LP{str(d.year)[2:]}"
    rows = (
        ("Obra", cap(ctx.pick(*world.WORKS))),
        ("Licitación ID", licit),
        ("Contratista", "Constructora Valle del Itata Ltda."),
        ("Fecha de recepción", wording.when(ctx.rng, d)),
    )
    finding = (
        "La comisión receptora, designada por decreto alcaldicio, recorrió la obra y constató "
        "que se encuentra terminada conforme a las especificaciones técnicas, con las "
        "observaciones menores que se indican."
    )
    return [Grid(rows), Para(finding)]


def _session(ctx: Ctx, body: str) -> list[Block]:
    """The opening, the attendance and the table of a session."""
    d = ctx.day
    hour = f"{ctx.rng.randint(9, 17)}:{ctx.pick('00', '15', '30')}"
    where = "la Sala de Crisis municipal" if body == "cogrid" else "el Salón de Sesiones"
    out: list[Block] = [
        Para(
            f"En Quirihue, a {wording.long_date(d)}, siendo las {hour} horas, en {where}, se da "
            "inicio a la sesión presidida por el Alcalde."
        ),
        Listing("ASISTENTES:", tuple(ctx.rng.sample(COUNCIL, 4))),
        Para("TABLA:", bold=True, align="left"),
    ]
    for i, p in enumerate((ctx.matter, topics.pick(ctx.rng, d.year)), 1):
        out += [
            Para(f"{i}.- {cap(p.name)}.", bold=True, align="left"),
            Para(f"{p.detail} Se acuerda lo relativo a {p.other}."),
        ]
    return out


GRANTORS = world.rows("grantors")  # office | signer's post | units | the programme


def convenio(ctx: Ctx) -> Doc:
    """A transfer from an office (entrada) or an agreement with an organisation (salida)."""
    mayor = world.UNITS["alcaldia"].chief
    other = world.person(ctx.rng)
    if ctx.chance(0.5):
        org, post, unit, programme = ctx.rng.choice(GRANTORS)
        units = (unit,)
        ctx.matter = topics.within(ctx.rng, ctx.day.year, units)
        title = (
            f"CONVENIO DE TRANSFERENCIA DE RECURSOS {programme.format(year=ctx.day.year)} "
            f"ENTRE {org.upper()} Y LA ILUSTRE MUNICIPALIDAD DE QUIRIHUE"
        )
        second = Signer(other.name.upper(), post, org)
        direction, sender, sender_org = "entrada", post, org
        letterhead = parts.office_head(ctx, Office(org, (post, post), "Chillán", units))
    else:
        org = ctx.pick(*world.ORGS, *world.JJVV)
        kind = ctx.pick("CONVENIO DE COLABORACIÓN", "CONTRATO DE COMODATO")
        title = f"{kind} ENTRE LA ILUSTRE MUNICIPALIDAD DE QUIRIHUE Y {org.upper()}"
        second = Signer(other.name.upper(), "Presidente(a)", org)
        direction, sender, sender_org = "salida", "Alcalde", "muni"
        letterhead = parts.muni_head(ctx, ctx.matter.unit)
    rut = ctx.rut(69_141_500)
    blocks: list[Block] = [
        letterhead,
        Heading(title, size=0.5),
        Para(
            f"En Quirihue, a {wording.long_date(ctx.day)}, entre la ILUSTRE MUNICIPALIDAD DE "
            f"QUIRIHUE, RUT {rut}, representada por su Alcalde don {mayor.name}, ambos "
            "domiciliados en calle Freire N° 540, en adelante «la Municipalidad», y la otra "
            "parte que se individualiza, se ha convenido lo siguiente:"
        ),
        Para(f"PRIMERO: Objeto. {cap(ctx.matter.other)}. {ctx.matter.detail}"),
        Para(
            "SEGUNDO: Plazo. El presente convenio rige desde la total tramitación del acto que "
            "lo aprueba y por doce meses."
        ),
        Para("TERCERO: Ejemplares. Se firma en tres ejemplares de igual tenor y fecha."),
        Signature(
            (Signer(mayor.name.upper(), "Alcalde", "I. Municipalidad de Quirihue"), second),
            "center",
        ),
    ]
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": sender_org}
    t = parts.truth(ctx, "convenio", direction, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


ASKED = world.texts("information-asked")


def transparencia(ctx: Ctx) -> Doc:
    """A neighbour fills in the OIRS counter's form (Administración)."""
    who = world.person(ctx.rng)
    asked = ctx.pick(*ASKED).format(m=ctx.matter.name, year=ctx.day.year)
    folio = f"SAI-{ctx.rng.randint(10, 480):03d}"
    rut = ctx.rut(ctx.rng.randint(5_000_000, 23_000_000))
    rows = (
        ("Folio", folio, "Fecha", f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"),
        ("Nombre del solicitante", who.name),
        ("RUT", rut),
        ("Domicilio", f"{world.street_address(ctx.rng)}, Quirihue"),
        ("Correo electrónico", f"{who.name.split()[0].lower()}{ctx.rng.randint(10, 99)}@gmail.com"),
        ("Información solicitada", asked),
        ("Forma de entrega", ctx.pick("Correo electrónico", "Retiro en Oficina de Partes")),
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, "administracion"),
        Heading("FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA", size=1),
        Para("Ley N° 20.285 sobre Acceso a la Información Pública", align="center", size=-1),
        Grid(rows, title="DATOS DE LA SOLICITUD"),
        Space(4),
        Fields(
            (
                ("Firma del solicitante:", "______________________"),
                ("Recibido por (OIRS):", world.person(ctx.rng).name),
            ),
            bold_labels=False,
        ),
    ]
    fields: dict[str, Any] = {"subject": asked, "doc_number": folio, "sender": who.name}
    t = parts.truth(ctx, "solicitud_transparencia", "entrada", unit="administracion", **fields)
    notice = "Plazo de respuesta: 20 días hábiles, prorrogable por 10 (art. 14, Ley N° 20.285)."
    return parts.doc(ctx, t, blocks, page_label="", footer=(notice,))
