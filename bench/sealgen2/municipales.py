"""What Calama writes: the mayor's oficios to the region's offices, memorándums between
units, decretos alcaldicios, certificados and circulares.

Truth: an outgoing oficio is «salida» from the unit of its matter; a memorándum is
«interno», derived to the unit it is addressed to (that of its matter); a decreto's subject
is its summary line above VISTOS; a certificado's is its title; a circular's unit is the
writer's."""

from __future__ import annotations

from bench.devgen2.model import (
    Column,
    Fields,
    Heading,
    Listing,
    Pair,
    Para,
    Rule,
    Signature,
    Signer,
    Space,
)
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Margin
from bench.sealgen2 import parts, world
from bench.sealgen2.parts import Ctx

UNIT_CODES = tuple(world.UNITS)


def _addressee(ctx: Ctx) -> tuple[str, str]:
    """(the lines, the recipient recorded) for a regional office."""
    o = ctx.rng.choice(world.offices_for(ctx.matter.unit))
    female = world.is_female_post(o.post)
    who = world.person(ctx.rng, female=female)
    title = "Señora" if female else "Señor"
    if ctx.chance(0.5):
        first = f"{title.upper()} {who.name.upper()}"
        return f"{first}\n{o.post.upper()}\n{o.org.upper()}\n{o.city.upper()}", first
    first = f"{title} {o.post}"
    return f"{first}\n{o.org}\nPresente", first


def _alcalde_head(
    ctx: Ctx, printed: str, subject: str, ant: str | None, lines: str
) -> tuple[list[Block], Margin | None]:
    """The number, matter and addressee: the matter in a wide left margin, a bold sentence
    under the addressee, or a boxed column at the right."""
    style = ctx.rng.randrange(3)
    if style == 0:
        mlines = (printed, "", f"ANT.: {ant}" if ant else "", "", f"MAT.: {subject}", "")
        return [Para(lines, align="left")], Margin((*mlines, parts.dated(ctx)), "left", 58.0)
    if style == 1:
        blocks: list[Block] = [
            Pair((printed,), (parts.dated(ctx),), 0.5, False, "right"),
            Para(lines, align="left"),
            Para(subject, bold=True, align="left"),
        ]
        if ant:
            blocks.append(Para(f"(Ant.: {ant})", align="left", size=-1))
        return blocks, None
    right = [parts.dated(ctx), printed, *([f"ANT.: {ant}"] if ant else []), f"MATERIA: {subject}"]
    return [Column(tuple(right), "right", 0.5, boxed=True), Para(lines, align="left")], None


def oficio_alcalde(ctx: Ctx) -> Doc:
    """The mayor's ordinario: the matter in a wide margin, beside the office's number, or as
    a bold sentence under the addressee; sometimes an answer to a cited paper."""
    unit = ctx.matter.unit
    printed, core = parts.numbered(ctx, 100, 3900, labels=("ORD.", "OF. ORD.", "OFICIO ALC."))
    subject = cap(
        ctx.rng.choice(
            (
                "Responde requerimiento sobre {m}",
                "Solicita apoyo para {m}",
                "Remite antecedentes de {m}",
                "Informa gestiones municipales en {m}",
            )
        ).format(m=ctx.matter.name)
    )
    ant = parts.cited(ctx, "Su Ord.") if ctx.chance(0.4) else None
    lines, recipient = _addressee(ctx)
    blocks: list[Block] = [parts.muni_head(ctx, unit if ctx.chance(0.3) else "alcaldia")]
    head, margin = _alcalde_head(ctx, printed, subject, ant, lines)
    blocks += head
    blocks.append(
        Para(
            f"Junto con saludar, me dirijo a usted respecto de {ctx.matter.name}. "
            f"{ctx.matter.detail}",
            indent=10,
        )
    )
    blocks.append(
        Para(
            "Este municipio reitera su disposición a trabajar coordinadamente con su "
            "institución, atendidas las particularidades de nuestra comuna minera y su "
            "población flotante.",
            indent=10,
        )
    )
    sign, sender = parts.mayor_signs(ctx)
    blocks.append(sign)
    u = world.UNITS[unit]
    blocks.append(
        Para(
            f"{world.MAYOR.initials()}/{u.chief.initials().lower()}/{ctx.pick('yac', 'mcv')}",
            align="left",
            size=-2.5,
        )
    )
    blocks.append(
        Listing(ctx.pick("Distribución:", "C.C.:"), ("Destinatario", u.full, "Oficina de Partes"))
    )
    t = parts.truth(
        ctx,
        "oficio",
        "salida",
        subject=subject,
        doc_number=core,
        sender=sender,
        sender_org="muni",
        recipient=recipient,
        antecedents=ant,
    )
    return parts.doc(ctx, t, blocks, margin=margin)


def memorandum(ctx: Ctx) -> Doc:
    """A memo from one unit to the unit of the matter: DE/A in two boxes, «Motivo:» under
    them; or the platform's electronic memo with its QR."""
    to = world.UNITS[ctx.matter.unit]
    frm = world.UNITS[ctx.rng.choice([c for c in UNIT_CODES if c != to.code])]
    electronic = ctx.chance(0.35)
    core = f"E-{ctx.rng.randint(1000, 40_000)}" if electronic else str(ctx.rng.randint(20, 990))
    subject = cap(
        ctx.rng.choice(
            (
                "Deriva antecedentes de {m}",
                "Solicita pronunciamiento sobre {m}",
                "Informa acerca de {m}",
                "Coordina acciones por {m}",
            )
        ).format(m=ctx.matter.name)
    )
    de = ctx.pick(f"{frm.chief.name}, {frm.post}", frm.post.upper())
    a = ctx.pick(to.full.upper(), f"{to.chief.name}, {to.post}")
    blocks: list[Block] = [parts.muni_head(ctx, frm.code)]
    blocks.append(
        Heading(
            f"MEMORÁNDUM {'ELECTRÓNICO ' if electronic else ''}N° {core}",
            ctx.pick("center", "left"),
            1.5,
        )
    )
    blocks.append(Para(parts.dated(ctx), align="right"))
    blocks.append(Pair((f"DE: {de}",), (f"A: {a}",), 0.5, True))
    blocks.append(Fields(((ctx.pick("Motivo", "MOTIVO", "Tema"), subject),)))
    blocks.append(Rule())
    blocks.append(
        Para(
            f"Por el presente, remito a usted lo relativo a {ctx.matter.name}. {ctx.matter.detail} "
            "Se solicita revisar y responder dentro de cinco días hábiles."
        )
    )
    sign, _post = parts.signed(ctx, frm.chief, frm.post)
    blocks.append(sign)
    if electronic:
        blocks.append(parts.platform(ctx, frm.chief.name))
    t = parts.truth(
        ctx,
        "memorandum",
        "interno",
        subject=subject,
        doc_number=core,
        sender=de,
        sender_org="muni",
        recipient=a,
    )
    return parts.doc(ctx, t, blocks)


DECREES = (
    "APRUEBA PLAN DE TRABAJO PARA {m}",
    "DISPONE MEDIDAS RESPECTO DE {m}",
    "ENCOMIENDA A LA UNIDAD QUE INDICA LA ATENCIÓN DE {m}",
    "ORDENA INSTRUIR INVESTIGACIÓN SUMARIA POR {m}",
)


def _decreto_body(ctx: Ctx, verb: str) -> list[Block]:
    """VISTOS, CONSIDERANDO and the numbered points of DECRETO."""
    unit = world.UNITS[ctx.matter.unit].full
    return [
        Para(
            "VISTOS: Las facultades de la Ley N° 18.695, Orgánica Constitucional de "
            f"Municipalidades; los antecedentes sobre {ctx.matter.other}.",
            indent=8,
        ),
        Para(
            f"CONSIDERANDO: Que, {ctx.matter.detail[:1].lower()}{ctx.matter.detail[1:]} Que, "
            "es necesario adoptar medidas en resguardo de los vecinos de Calama.",
            indent=8,
        ),
        Heading("D E C R E T O:", "left", 0.5),
        Para(
            f"1.- {cap(verb.lower().format(m=ctx.matter.name))}. 2.- La {unit} coordinará su "
            "ejecución. 3.- Anótese, comuníquese y archívese.",
            left=6,
        ),
    ]


def decreto(ctx: Ctx) -> Doc:
    """A decreto alcaldicio: its summary line boxed at the right or as a bold line above
    VISTOS, the mayor and the Secretaria Municipal as ministro de fe."""
    printed, core = parts.numbered(ctx, 200, 9800)
    verb = ctx.rng.choice(DECREES)
    summary = verb.format(m=ctx.matter.name.upper())
    blocks: list[Block] = [parts.muni_head(ctx, "alcaldia")]
    title = ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "DECRETO")
    if ctx.chance(0.5):
        blocks.append(Column((f"{title} {printed}", "", summary), "right", 0.5, boxed=True))
        blocks.append(Para(parts.dated(ctx), align="right"))
    else:
        blocks += [
            Heading(f"{title} {printed}", "center", 1.5),
            Para(parts.dated(ctx), align="center"),
            Para(summary, bold=True, align="left"),
        ]
    blocks += _decreto_body(ctx, verb)
    sign, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"]
    blocks.append(
        Signature(
            (Signer(sec.chief.name.upper(), "SECRETARIA MUNICIPAL\nMinistro de Fe"), *sign.signers),
            "center",
            "",
            True,
        )
    )
    t = parts.truth(
        ctx,
        "decreto",
        "interno",
        subject=summary,
        doc_number=core,
        sender=sender,
        sender_org="muni",
    )
    return parts.doc(ctx, t, blocks)


CERTIFICATES = (
    (
        "dom",
        "CERTIFICADO DE INFORMACIONES PREVIAS",
        "el predio ubicado en {a} se emplaza en zona ZU-3 del Plan Regulador Comunal de Calama",
    ),
    (
        "dom",
        "CERTIFICADO DE NÚMERO",
        "a la propiedad de {a} le corresponde el número municipal indicado",
    ),
    (
        "secretaria-municipal",
        "CERTIFICADO DE VIGENCIA",
        "la organización que indica mantiene su directiva vigente en los registros municipales",
    ),
    (
        "dideco",
        "CERTIFICADO DE RESIDENCIA",
        "la persona que indica reside en {a}, comuna de Calama",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    """A certificate issued by a unit to a person, with its title as the matter."""
    unit, title, says = ctx.rng.choice(CERTIFICATES)
    n = str(ctx.rng.randint(15, 2400))
    who = world.person(ctx.rng)
    u = world.UNITS[unit]
    blocks: list[Block] = [
        parts.muni_head(ctx, unit),
        Space(4),
        Heading(title, "center", 2.5, underline=True),
        Para(f"N° {n} / {ctx.day.year}", align="center"),
        Space(4),
    ]
    blocks.append(
        Para(
            f"{u.chief.name.upper()}, {u.post} de la Ilustre Municipalidad de Calama, que "
            f"suscribe, certifica que {says.format(a=world.address(ctx.rng))}.",
            indent=12,
        )
    )
    blocks.append(
        Para(
            f"Solicitante: {who.name}, RUT {ctx.rut(ctx.rng.randint(6_000_000, 26_000_000))}.",
            align="left",
        )
    )
    blocks.append(
        Para(
            "Se extiende el presente certificado a petición del interesado para los "
            "fines que estime "
            f"convenientes. {parts.dated(ctx)}.",
            indent=12,
        )
    )
    sign, sender = parts.chief_signs(ctx, unit)
    blocks.append(sign)
    if ctx.chance(0.5):
        blocks.append(parts.platform(ctx, u.chief.name))
    t = parts.truth(
        ctx,
        "certificado",
        "salida",
        unit=unit,
        subject=title,
        doc_number=n,
        sender=sender,
        sender_org="muni",
        recipient=who.name,
    )
    return parts.doc(ctx, t, blocks)


def circular(ctx: Ctx) -> Doc:
    """A circular from the head of a unit to every director."""
    unit = ctx.matter.unit
    u = world.UNITS[unit]
    n = str(ctx.rng.randint(1, 60))
    subject = cap(
        ctx.rng.choice(
            ("Instruye procedimiento sobre {m}", "Imparte instrucciones respecto de {m}")
        ).format(m=ctx.matter.name)
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, unit),
        Heading(f"CIRCULAR N° {n}", "left", 2.0),
        Para(parts.dated(ctx), align="left"),
        Fields(
            (
                ("PARA", "Directores, Jefes de Departamento y Encargados de Programa"),
                ("DE", u.post.upper()),
                (ctx.pick("ASUNTO", "Tema"), subject),
            )
        ),
    ]
    blocks.append(
        Para(
            f"Atendido {ctx.matter.other}, se instruye a todas las unidades lo siguiente: "
            f"{ctx.matter.detail} "
            "Las jefaturas deberán difundir esta circular entre sus funcionarios."
        )
    )
    sign, sender = parts.chief_signs(ctx, unit)
    blocks.append(sign)
    t = parts.truth(
        ctx,
        "circular",
        "interno",
        subject=subject,
        doc_number=n,
        sender=sender,
        sender_org="muni",
        recipient="Directores, Jefes de Departamento y Encargados de Programa",
    )
    return parts.doc(ctx, t, blocks)
