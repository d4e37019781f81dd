"""Records and forms: minutes of the Concejo Municipal (attendance, the points of the session
and a table of the agreements adopted: N°, materia, votación), convenios and contratos
(with the GORE, SENDA, a university, a foundation or a firm; their title over one to three
centred lines), and the municipality's printed forms filled in by a neighbour, a trader or
an organisation, with numbered fields: a permit to occupy a bien nacional de uso público
(for building materials, a scaffold, a skip, or a kiosk, a food cart, a Christmas fair), a
commercial or alcohol licence, a FONDEVE application.

Truth: minutes are an acta_concejo, interno, for the Secretaría Municipal, their subject the
title as printed (lines joined), their number the session's, sender the Secretaria
Municipal; a convenio's subject its title (lines joined), no number, entrada when the other
party drafts it (sender its signer's post, sender_org the party) and salida when the
municipality does (the mayor, the municipality); a form is otro, entrada, its subject the
form's title, sender the applicant (the organisation's representative), sender_org the
organisation or firm, ruts as printed, its unit the one that grants what is asked (DOM for
works on the street, DAF for trade, DIDECO for the fund)."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Box, Fields, Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen12 import parts, topics, wording, world
from bench.devgen12.parts import Ctx

COUNCILLORS = (
    "Sra. Karina Tobar Zúñiga",
    "Sr. Matías Orellana Gallardo",
    "Sra. Gloria Inés Bravo Leiva",
    "Sr. Claudio Ibáñez Soto",
    "Sra. Fabiola Riquelme Lagos",
    "Sr. Héctor Salinas Vidal",
    "Sra. Javiera Molina Peña",
    "Sr. Víctor Hugo Reyes Ortiz",
)


def concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    unit = "secretaria-municipal"
    num = str(ctx.rng.randint(1, 160))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {kind} N° {num}",
        f"ACTA N° {num}\nSESIÓN {kind} CONCEJO MUNICIPAL",
        f"Acta de la Sesión {kind.capitalize()} N° {num} del Concejo Municipal de Lo Prado",
    )
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("secplan", "dideco", "dom", "daf")))
    present = ctx.rng.sample(COUNCILLORS, 6)
    hour = ctx.rng.randint(9, 17)
    agreements = [("N° Acuerdo", "Materia", "Votación")]
    for p in points:
        votes = ctx.pick(
            "Unanimidad", "Mayoría (5 votos a favor, 1 abstención)", "Unanimidad de los presentes"
        )
        agreements.append((f"{ctx.rng.randint(10, 320)}/{ctx.day.year}", cap(p.other), votes))
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1.5)]
    blocks += [
        Para(
            f"En Lo Prado, a {wording.long_date(ctx.day)}, siendo las {hour}:"
            f"{ctx.pick('00', '15', '30')} horas, en el Salón del Concejo, se da inicio a la "
            f"sesión, presidida por el Alcalde don {world.MAYOR.name}."
        ),
        Para("Asisten los concejales: " + "; ".join(present) + "."),
        Para("TABLA:", bold=True, align="left"),
        *(Para(f"{i}. {cap(p.name)}.", left=4) for i, p in enumerate(points, 1)),
        Para(f"Se expone sobre {points[0].name}. {points[0].detail}"),
        Para("ACUERDOS ADOPTADOS:", bold=True, align="left"),
        Table(tuple(agreements), widths=(1.2, 4.0, 1.8)),
        Para(f"Siendo las {hour + 2}:{ctx.rng.randint(10, 55)} horas se levanta la sesión."),
    ]
    sec = world.UNITS[unit].chief
    blocks.append(Signature((Signer(sec.name, "Secretaria Municipal\nMinistro de Fe"),), "center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


# the title's start, the other party as the title names it, its name, its signer, unit, direction
PARTIES = (
    (
        "CONVENIO DE TRANSFERENCIA DE RECURSOS",
        "EL GOBIERNO REGIONAL METROPOLITANO DE SANTIAGO",
        "Gobierno Regional Metropolitano de Santiago",
        "Gobernador Regional",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN FINANCIERA PROGRAMA SENDA PREVIENE EN LA COMUNIDAD",
        "EL SERVICIO NACIONAL PARA LA PREVENCIÓN Y REHABILITACIÓN DEL CONSUMO DE DROGAS Y ALCOHOL",
        "Servicio Nacional para la Prevención y Rehabilitación del Consumo de Drogas y Alcohol",
        "Director Regional SENDA RM",
        "dideco",
        "entrada",
    ),
    (
        "CONVENIO MARCO DE COLABORACIÓN",
        "LA UNIVERSIDAD DE SANTIAGO DE CHILE",
        "Universidad de Santiago de Chile",
        "Rector",
        "salud",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN",
        "LA FUNDACIÓN BARRIO ACTIVO",
        "Fundación Barrio Activo",
        "Directora Ejecutiva",
        "dideco",
        "salida",
    ),
    (
        "CONTRATO DE PRESTACIÓN DE SERVICIOS",
        "CONSTRUCTORA NEPTUNO SPA",
        "Constructora Neptuno SpA",
        "Representante Legal",
        "dom",
        "salida",
    ),
)


def convenio(ctx: Ctx) -> Doc:
    """An agreement or a contract whose title runs over one to three lines."""
    start, party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    sep = ctx.pick("\n", " ")
    title = f"{start}{sep}ENTRE LA MUNICIPALIDAD DE LO PRADO{sep}Y {party}"
    if ctx.chance(0.3):
        title = f"{start}{sep}{party}{sep}Y MUNICIPALIDAD DE LO PRADO"
    other = world.person(ctx.rng)
    m, mayor = ctx.matter, world.MAYOR
    clauses = (
        f"En Santiago, a {wording.long_date(ctx.day)}, entre la MUNICIPALIDAD DE LO PRADO, RUT "
        f"{ctx.rut(69_254_200)}, representada por su Alcalde don {mayor.name}, ambos domiciliados "
        f"en Av. San Pablo N° 5959, comuna de Lo Prado, y {name}, representada por don(ña) "
        f"{other.name}, se ha convenido lo siguiente:",
        f"PRIMERO: Objeto. {cap(m.other)}. {m.detail}",
        f"SEGUNDO: Monto. ${ctx.rng.randint(5, 240) * 1_000_000:,}".replace(",", ".")
        + ", que se transferirá en dos cuotas.",
        "TERCERO: Vigencia. Desde la total tramitación del acto administrativo que lo aprueba "
        "y hasta el 31 de diciembre del año siguiente.",
        "CUARTO: El presente instrumento se firma en tres ejemplares de igual tenor y fecha.",
    )
    signers = (
        Signer(mayor.name.upper(), "Alcalde", world.MUNI),
        Signer(other.name.upper(), post, name),
    )
    blocks: list[Block] = [Heading(title, size=0.5), *(Para(c) for c in clauses), Space(6)]
    blocks.append(Signature(signers if direction == "salida" else signers[::-1], "center"))
    first = (post, name) if direction == "entrada" else ("Alcalde", world.MUNI)
    fields: dict[str, Any] = {"subject": title, "sender": first[0], "sender_org": first[1]}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


# title, unit, the asking rows (label, choices)
OCCUPATIONS = {
    "dom": (
        "Acopio de materiales de construcción",
        "Instalación de andamio",
        "Contenedor para retiro de escombros",
    ),
    "daf": ("Kiosco", "Carro de alimentos", "Feria navideña"),
}


def _form_rows(ctx: Ctx, sort: str, unit: str, applicant: str, rut: str) -> list[tuple[str, str]]:
    address = world.street_address(ctx.rng)
    rows = [
        ("1. Nombre o razón social:", applicant),
        ("2. RUT:", rut),
        ("3. Domicilio:", address),
        ("4. Teléfono / correo:", f"+56 9 {ctx.rng.randint(40_000_000, 99_999_999)}"),
    ]
    if sort == "bnup":
        rows += [
            ("5. Ubicación del espacio público:", f"Frente a {world.street_address(ctx.rng)}"),
            ("6. Tipo de ocupación:", ctx.pick(*OCCUPATIONS[unit])),
            ("7. Período solicitado:", f"{ctx.rng.randint(5, 60)} días"),
            ("8. Superficie (m²):", str(ctx.rng.randint(2, 30))),
        ]
    elif sort == "patente":
        rows += [
            (
                "5. Giro o actividad:",
                ctx.pick(
                    "Almacén de abarrotes",
                    "Minimarket",
                    "Botillería",
                    "Peluquería",
                    "Venta de comida rápida",
                ),
            ),
            ("6. Dirección del local:", world.street_address(ctx.rng)),
            ("7. Rol de avalúo:", f"{ctx.rng.randint(1200, 8900)}-{ctx.rng.randint(1, 60)}"),
        ]
    else:
        rows += [
            ("5. Nombre del proyecto:", cap(ctx.matter.other)),
            ("6. Monto solicitado:", f"${ctx.rng.randint(4, 30) * 100_000:,}".replace(",", ".")),
            ("7. N° de beneficiarios:", str(ctx.rng.randint(20, 300))),
        ]
    return rows


def formulario(ctx: Ctx) -> Doc:
    """A municipal form filled in by an applicant (entrada)."""
    sort = ctx.pick("bnup", "bnup", "patente", "fondeve")
    unit = {"patente": "daf", "fondeve": "dideco"}.get(sort) or ctx.pick("dom", "daf")
    ctx.matter = (
        topics.of_unit(ctx.rng, ctx.day.year, unit)
        if sort != "fondeve"
        else topics.within(ctx.rng, ctx.day.year, ("dideco", "secplan"))
    )
    title = {
        "bnup": "SOLICITUD DE PERMISO DE OCUPACIÓN DE BIEN NACIONAL DE USO PÚBLICO",
        "patente": ctx.pick("SOLICITUD DE PATENTE COMERCIAL", "SOLICITUD DE PATENTE DE ALCOHOLES"),
        "fondeve": "FORMULARIO DE POSTULACIÓN FONDO DE DESARROLLO VECINAL (FONDEVE) "
        f"{ctx.day.year}",
    }[sort]
    who = world.person(ctx.rng)
    org = ctx.pick(*world.ORGS) if sort == "fondeve" else None
    rut = ctx.rut(
        ctx.rng.randint(65_000_000, 65_299_999) if org else ctx.rng.randint(6_000_000, 24_000_000)
    )
    rows = _form_rows(ctx, sort, unit, org or who.name, rut)
    if org:
        rows.append(("8. Representante legal:", who.name))
    date = f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"
    blocks: list[Block] = [
        parts.muni_head(ctx, unit),
        Heading(title, size=1),
        Box(("Uso exclusivo municipal — N° de ingreso: ________   Fecha de recepción: ________",)),
        Space(2),
        Para("I. ANTECEDENTES DEL SOLICITANTE Y DE LO SOLICITADO", bold=True, align="left"),
        Fields(tuple(rows), boxed=True, bold_labels=False),
        Para(f"Fecha: {date}", align="left"),
        Para(
            "Declaro que los datos consignados son verídicos y conozco la ordenanza municipal "
            "respectiva.",
            size=-1,
        ),
        Signature((Signer(who.name, "Firma del solicitante"),), "center", rule=True),
    ]
    fields: dict[str, Any] = {"subject": title, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, "otro", "entrada", unit=unit, **fields)
    return parts.doc(ctx, t, blocks, page_label="")
