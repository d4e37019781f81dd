"""San Pedro de la Paz's other papers: minutes of the Concejo's comisiones and of the
COSOC; convenios de transferencia (GORE's FRIL, SENDA, the Subsecretaría de Prevención del
Delito) and contratos with firms; informes of the Dirección de Control; certificados of the
DOM, the DAF, Tránsito and the Secretaría Municipal.

Truth (devgen's): an acta of the Concejo or of its comisiones is an acta_concejo and one of
the COSOC an «otro», both interno, for the Secretaría Municipal, subject the title, number
the session's, sender the Secretaria Municipal; a convenio's (or contrato's) subject is its
title, entrada when a service sends it, salida when the municipality signs with a firm
(sender the mayor); an informe of Control is interno, subject its MATERIA (its title when it
states none); a certificado states no subject and goes out (salida)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Listing, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen6 import parts, senders, topics, wording, world
from bench.devgen6.parts import Ctx

COMMISSIONS = ("Hacienda", "Obras, Urbanismo y Medio Ambiente", "Salud", "Educación y Cultura",
               "Seguridad Pública", "Desarrollo Social")  # fmt: skip
MEMBERS = ("Francisca Bustos Lagos", "Víctor Hugo Monsalve Rivas", "Romina Toledo Aedo",
           "Raúl Contreras Figueroa", "Javiera Opazo Saavedra", "Esteban Ulloa Muñoz",
           "Camila Inostroza Godoy", "Boris Valenzuela Concha")  # fmt: skip


def acta(ctx: Ctx) -> Doc:
    """A comisión of the Concejo or the COSOC: data grid, attendance, points and agreements."""
    num = str(ctx.rng.randint(1, 48))
    cosoc = ctx.chance(0.35)
    if cosoc:
        title = ctx.pick(
            f"ACTA SESIÓN ORDINARIA N° {num} CONSEJO COMUNAL DE ORGANIZACIONES "
            "DE LA SOCIEDAD CIVIL (COSOC)",
            f"Acta N° {num} - COSOC San Pedro de la Paz",
        )
    else:
        commission = ctx.pick(*COMMISSIONS)
        title = ctx.pick(
            f"ACTA COMISIÓN DE {commission.upper()} N° {num}",
            f"Acta de Reunión de la Comisión de {commission} del Concejo Municipal",
        )
        num = num if "N°" in title else ""  # fmt: skip
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    sec = world.UNITS["secretaria-municipal"]
    points = [topics.pick(ctx.rng, ctx.day.year) for _ in range(2)]
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, size=1),
        Fields(
            (
                ("Fecha", wording.bare_date(ctx.rng, ctx.day)),
                ("Hora", f"{ctx.rng.randint(9, 18)}:{ctx.pick('00', '15', '30')} horas"),
                ("Lugar", ctx.pick("Sala de Concejo, Los Acacios 43", "Salón Auditorio Municipal")),
            ),
            boxed=ctx.chance(0.5),
        ),
        Listing("Asistentes:", tuple(ctx.rng.sample(MEMBERS, 4))),
    ]
    for i, p in enumerate(points, 1):
        blocks += [Para(f"{i}.- {cap(p.name)}", bold=True, align="left"),
                   Para(f"{p.detail} Se acuerda solicitar informe sobre {p.other}.")]  # fmt: skip
    blocks.append(Signature((Signer(sec.chief.name, f"{sec.post}\nMinistro de Fe"),)))
    fields: dict[str, Any] = {"subject": title, "doc_number": num or None, "sender": sec.post}
    t = parts.truth(ctx, "otro" if cosoc else "acta_concejo", "interno",
                    sender_org=world.MUNI, **fields)  # fmt: skip
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


def convenio(ctx: Ctx) -> Doc:
    """A transfer from a Biobío office (entrada), or a contract with a firm (salida)."""
    mayor = world.UNITS["alcaldia"].chief
    when = wording.in_words(ctx.day) if ctx.chance(0.4) else wording.long_date(ctx.day)
    if ctx.chance(0.55):
        org, fund, post, keys = ctx.rng.choice(senders.FUNDS)
        ctx.matter = topics.matter(ctx.rng, topics.BY_KEY[ctx.pick(*keys)], ctx.day.year)
        the = ("el " if org.startswith(("Gobierno", "Servicio")) else "la ") + org
        title = ctx.pick(
            f"CONVENIO DE TRANSFERENCIA DE RECURSOS {fund.upper()} ENTRE "
            f"{the.upper()} Y LA MUNICIPALIDAD DE SAN PEDRO DE LA PAZ",
            f"Convenio de Transferencia {fund} {ctx.day.year}: {cap(ctx.matter.name)}",
        )
        who = world.person(ctx.rng)
        other, sender, sender_org, direction = Signer(who.name, post, org), post, org, "entrada"
        org = the
    else:
        firm = ctx.rng.choice(senders.FIRMS)
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*firm.units))
        title = ctx.pick(f"CONTRATO DE EJECUCIÓN DE OBRA «{ctx.matter.name.upper()}»",
                         f"Contrato de prestación de servicios entre la Municipalidad de San "
                         f"Pedro de la Paz y {firm.name}")  # fmt: skip
        who = world.person(ctx.rng)
        org = f"{firm.name}, RUT {ctx.rut(world.company_rut(ctx.rng, firm.prefix))}"
        other, sender, sender_org, direction = (Signer(who.name, firm.post, firm.name), "Alcalde",
                                                world.MUNI, "salida")  # fmt: skip
    amount = f"$ {ctx.rng.randint(8_000, 350_000) * 1000:,}".replace(",", ".")
    clauses = (
        f"En San Pedro de la Paz, a {when}, entre {org}, y la Municipalidad de San Pedro de la "
        f"Paz, RUT {ctx.rut(world.MUNI_RUT)}, representada por su Alcalde don {mayor.name}, se "
        "conviene lo siguiente:",
        f"PRIMERO: Objeto. {cap(ctx.matter.name)}. {ctx.matter.detail}",
        f"SEGUNDO: Monto. La suma total asciende a {amount}, IVA incluido.",
        f"TERCERO: Contraparte técnica. Será contraparte {world.the(ctx.matter.unit)}.",
        "CUARTO: Vigencia. Desde la total tramitación del acto administrativo que lo apruebe.",
    )
    blocks: list[Block] = [Heading(title, size=0.5), *(Para(c) for c in clauses), Space(6)]
    blocks.append(Signature((Signer(mayor.name.upper(), "Alcalde", world.MUNI_NAMES[0]), other)))
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": sender_org}
    t = parts.truth(ctx, "convenio", direction, **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


def informe_control(ctx: Ctx) -> Doc:
    """An informe of the Dirección de Control to the mayor or the Concejo."""
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "control")
    unit, m = world.UNITS["control"], ctx.matter
    num = str(ctx.rng.randint(1, 60))
    kind = ctx.pick("INFORME FINAL", "INFORME DE AUDITORÍA", "INFORME", "Informe de Control")
    title = wording.number(ctx.rng, kind, num, ctx.day.year)
    stated = ctx.chance(0.7)
    materia = cap(ctx.pick(m.name, f"revisión de {m.other}", f"{m.name} ({ctx.day.year})"))
    to = ctx.pick("Alcalde", "Concejo Municipal", "Administradora Municipal")
    rows = [("A", to), ("DE", unit.post), ("FECHA", wording.bare_date(ctx.rng, ctx.day))]
    if stated:
        rows.insert(ctx.rng.randint(0, 3), (ctx.pick("MATERIA", "Materia", "REF."), materia))
    blocks: list[Block] = [parts.muni_head(ctx, "control"), Heading(title, size=2)]
    blocks.append(Fields(tuple((f"{k}:", v) for k, v in rows), boxed=ctx.chance(0.4)))
    for head, text in (
        ("1. OBJETIVO", f"Verificar {m.other}."),
        ("2. RESULTADOS", f"{m.detail} Se observó falta de respaldo documental."),
        ("3. CONCLUSIONES", "Se recomienda instruir a la unidad auditada subsanar lo observado "
         "en un plazo de 30 días."),
    ):  # fmt: skip
        blocks += [Para(head, bold=True, align="left"), Para(text)]
    blocks.append(parts.signature(ctx, unit.chief.name, unit.post))
    fields: dict[str, Any] = {"subject": materia if stated else title, "doc_number": num}
    fields |= {"sender": unit.post, "sender_org": world.MUNI, "recipient": to}
    t = parts.truth(ctx, "informe", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


CERTIFICATES = (
    ("CERTIFICADO DE INFORMACIONES PREVIAS", "dom",
     "el predio ubicado en {place}, rol {rol}, se emplaza en la zona ZHM-2 del Plan Regulador "
     "Comunal"),
    ("CERTIFICADO DE DEUDA DE DERECHOS DE ASEO", "daf",
     "el inmueble rol {rol}, ubicado en {place}, no registra deuda de derechos de aseo"),
    ("CERTIFICADO DE ANTECEDENTES DE CONDUCTOR", "transito",
     "{who} obtuvo licencia de conducir clase B en esta comuna"),
    ("CERTIFICADO DE VIGENCIA DE DIRECTORIO", "secretaria-municipal",
     "la {org} mantiene directorio vigente, a solicitud de {who}"),
)  # fmt: skip


def certificado(ctx: Ctx) -> Doc:
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    who = world.person(ctx.rng)
    num = str(ctx.rng.randint(10, 6400))
    place, _sector = world.address(ctx.rng)
    values = {"place": place, "rol": f"{ctx.rng.randint(100, 9000)}-{ctx.rng.randint(1, 80)}",
              "org": ctx.pick(*world.JJVV), "who": ""}  # fmt: skip
    if "{who}" in claim:
        values["who"] = f"{who.title} {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}"
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(wording.number(ctx.rng, title, num, ctx.day.year), size=2),
        Para(f"{unit.post.upper()} de la {world.MUNI}, certifica que {claim.format(**values)}."),
        Para("Se extiende el presente certificado a petición del interesado."),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        parts.signature(ctx, unit.chief.name, unit.post),
    ]
    fields: dict[str, Any] = {"doc_number": num, "sender": unit.post, "sender_org": world.MUNI}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
