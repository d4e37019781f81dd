"""Decretos alcaldicios (interno), resoluciones exentas of other services (entrada) and
certificados.

Truth: a decree's subject is its summary, wherever and however it is printed above VISTOS;
a resolution's, its summary; a certificate has no subject. Decrees and certificates belong
to the unit of their matter; a resolution to the unit that must act on it."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, services, topics, wording, world
from bench.devgen2.model import Block, Box, Column, Doc, Heading, Pair, Para, Signature, Signer
from bench.devgen2.parts import Ctx

LAWS = (
    "La Ley N° 18.695, Orgánica Constitucional de Municipalidades, cuyo texto refundido fue "
    "fijado por el D.F.L. N° 1 de 2006 del Ministerio del Interior",
    "La Ley N° 19.880, que establece bases de los procedimientos administrativos",
    "La Ley N° 18.883, que aprueba el Estatuto Administrativo para Funcionarios Municipales",
    "La Ley N° 19.886, de Bases sobre Contratos Administrativos de Suministro y Prestación de "
    "Servicios, y su reglamento",
    "La sentencia de proclamación del Tribunal Electoral Regional del Maule",
    "El presupuesto municipal vigente",
)
DECREE_LABELS = (
    "DECRETO EXENTO",
    "DECRETO ALCALDICIO",
    "D.A.",
    "DECRETO EX.",
    "DECRETO",
    "D.E.",
    "DECRETO ALCALDICIO EXENTO",
)


def _mayor(ctx: Ctx) -> tuple[Signature, str, str]:
    """The mayor and the secretary (ministro de fe) sign; returns the signature, the
    sender (the mayor's post) and the initials line («PALC/MIRF/jrs»)."""
    mayor = world.official(ctx.rng, "alcaldia", stand_in=0.1)
    secretary = world.official(ctx.rng, "secretaria-municipal", stand_in=0.1)
    cargo = mayor.cargo if mayor.cargo != "Alcalde" else ctx.pick("ALCALDE", "Alcalde de Vichuquén")
    faith = ctx.pick(secretary.cargo, f"{secretary.cargo}\nMinistro de Fe")
    pair = (Signer(secretary.person.name, faith), Signer(mayor.person.name.upper(), cargo))
    signature = Signature(pair if ctx.chance(0.5) else pair[::-1], "center", rule=ctx.chance(0.4))
    typist = world.person(ctx.rng).initials().lower()
    return signature, cargo, f"{mayor.person.initials()}/{secretary.person.initials()}/{typist}"


def _decree_top(ctx: Ctx, summary: str, num: str) -> list[Block]:
    """Number, date and summary in one of six arrangements."""
    number = wording.number_line(ctx.rng, ctx.pick(*DECREE_LABELS), num, ctx.day.year)
    when = wording.place_date(ctx.rng, "Vichuquén", ctx.day)
    style = ctx.rng.randint(0, 5)
    if style == 0:
        return [
            Heading(number, align=ctx.pick("left", "center")),
            Para(when, align="right"),
            Para(summary, bold=True, align="justify"),
        ]
    if style == 1:
        label = ctx.pick("MAT.:", "REF.:", "MATERIA:", "Materia:")
        return [
            Heading(number, align="right", size=1),
            Para(when, align="right"),
            Para(f"{label} {summary}", align="left"),
        ]
    if style == 2:
        return [Column((number, "", summary, "", when), "right", 0.5)]
    if style == 3:
        return [
            Heading(number, align="center"),
            Box((summary,), align="center", bold=True),
            Para(when, align="right"),
        ]
    if style == 4:
        return [Pair((summary,), (number, when), split=0.5, right_align="right")]
    return [
        Para(number, bold=True, align="left"),
        Para(when, align="left"),
        Para(summary, align="justify", left=65, bold=ctx.chance(0.5)),
    ]


def _decree_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    vistos = "; ".join(ctx.rng.sample(LAWS, ctx.rng.randint(2, 4)))
    unit = world.UNITS[m.unit]
    memo = f"el Memorándum N° {ctx.rng.randint(4, 520)} de {ctx.pick(unit.full, unit.short)}"
    considering = [
        f"Que, mediante {memo}, se ha solicitado dictar el presente acto respecto de {m.name}.",
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        "Que, existe disponibilidad presupuestaria según certificado de la Dirección de "
        "Administración y Finanzas.",
    ]
    mark = ctx.pick("{i}.-", "{i}°", "{i})")
    resolve = ctx.pick("DECRETO:", "D E C R E T O:", "DECRETO", "DECRETA:")
    return [
        Para(f"{ctx.pick('VISTOS:', 'VISTOS', 'VISTO:')} {vistos}."),
        Para(ctx.pick("CONSIDERANDO:", "CONSIDERANDO"), bold=True, align="left"),
        *(Para(f"{mark.format(i=i)} {c}", left=6) for i, c in enumerate(considering, 1)),
        Para(resolve, bold=True, align="center"),
        Para(
            f"1.- {ctx.pick('APRUÉBASE', 'DISPÓNGASE', 'AUTORÍZASE')} lo relativo a {m.name}.",
            left=6,
        ),
        Para(f"2.- La ejecución del presente decreto corresponderá a {unit.full}.", left=6),
        Para(
            ctx.pick(
                "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
                "ANÓTESE, REGÍSTRESE, COMUNÍQUESE Y ARCHÍVESE.",
                "Anótese, publíquese y archívese.",
            ),
            bold=True,
        ),
    ]


def decreto(ctx: Ctx) -> Doc:
    """A mayor's decree about a matter of one unit."""
    summary = wording.decree_summary(ctx.rng, ctx.matter)
    num = str(ctx.rng.randint(30, 4800))
    head_unit = ctx.pick(ctx.matter.unit, "secretaria-municipal", "alcaldia")
    blocks: list[Block] = [parts.muni_head(ctx, head_unit), *_decree_top(ctx, summary, num)]
    blocks += _decree_body(ctx)
    signature, sender, initials = _mayor(ctx)
    blocks += [signature, Para(initials, align="left", size=-2.5)]
    unit = world.UNITS[ctx.matter.unit]
    if ctx.chance(0.6):
        blocks.append(
            parts.distribution(ctx, unit.short, "Control", "Secretaría Municipal", "Archivo")
        )
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, **parts.muni_footer(ctx))


def resolucion(ctx: Ctx) -> Doc:
    """A service's resolution that the municipality must act on (entrada); courts, police
    and prosecutors do not issue resoluciones exentas."""
    if not any(ctx.matter.unit in s.units for s in services.ADMINISTRATIVE):
        # a court's matter (Asesoría Jurídica): no service resolves on it; take another
        unit = ctx.pick("dom", "dideco", "salud", "educacion", "transito", "secplan")
        ctx.matter = topics.pick(ctx.rng, unit, year=ctx.day.year)
    s = services.for_unit(ctx.rng, ctx.matter.unit, services.ADMINISTRATIVE)
    who = world.person(ctx.rng, female=s.female)
    summary = wording.subject(ctx.rng, wording.RESOLUTION, ctx.matter)
    summary = summary.upper() if ctx.chance(0.4) else summary
    num = str(ctx.rng.randint(12, 9700))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "REX", "RESOLUCIÓN EXENTA", "RESOLUCIÓN")
    number = wording.number_line(ctx.rng, label, num, ctx.day.year)
    when = wording.place_date(ctx.rng, s.city.upper(), ctx.day)
    if ctx.chance(0.5):
        top: list[Block] = [
            Column((number, f"{ctx.pick('MAT.:', 'MATERIA:')} {summary}", "", when), "right", 0.5)
        ]
    else:
        top = [Heading(number, align="left"), Para(summary, bold=True), Para(when, align="right")]
    m = ctx.matter
    blocks: list[Block] = [
        parts.service_head(ctx, s),
        *top,
        Para(
            f"VISTOS: {'; '.join(ctx.rng.sample(LAWS[:4], 2))}; la Resolución N° 7 de 2019 de "
            "la Contraloría General de la República."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(
            f"1. Que la Municipalidad de Vichuquén ha presentado antecedentes sobre {m.name}.",
            left=6,
        ),
        Para(f"2. Que, {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(ctx.pick("RESUELVO:", "R E S U E L V O:", "SE RESUELVE:"), bold=True, align="center"),
        Para(f"1. {summary[0].upper()}{summary[1:].lower()}, en los términos señalados.", left=6),
        Para("2. Notifíquese a la I. Municipalidad de Vichuquén.", left=6),
        Para(ctx.pick("ANÓTESE Y COMUNÍQUESE.", "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE."), bold=True),
        parts.signature(ctx, who.name, s.cargo, s.org),
    ]
    blocks += parts.foot(ctx, who, "I. Municipalidad de Vichuquén", "Archivo")
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": s.cargo}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=s.org, **fields)
    return parts.doc(ctx, t, blocks, **parts.service_footer(ctx, s))


# (title, unit, what is certified, direction)
CERTIFICATES = (
    (
        "CERTIFICADO DE NÚMERO",
        "dom",
        "al inmueble ubicado en {calle}, {sector}, le corresponde "
        "el número municipal que se indica",
        "salida",
    ),
    (
        "CERTIFICADO DE INFORMACIONES PREVIAS",
        "dom",
        "el predio rol {rol} se encuentra en zona ZU-2 del Plan Regulador Comunal",
        "salida",
    ),
    (
        "CERTIFICADO DE VIGENCIA",
        "secretaria-municipal",
        "{org} mantiene su personalidad jurídica y directorio vigentes",
        "salida",
    ),
    (
        "CERTIFICADO DE DISPONIBILIDAD PRESUPUESTARIA",
        "daf",
        "existen fondos disponibles en la cuenta 215-22-04 para la adquisición solicitada",
        "interno",
    ),
    (
        "CERTIFICADO DE ALUMNO REGULAR",
        "educacion",
        "el(la) estudiante cursa estudios en la {escuela} durante el año {year}",
        "salida",
    ),
    (
        "CERTIFICADO DE INSCRIPCIÓN",
        "salud",
        "la persona se encuentra inscrita en el CESFAM Vichuquén y en la {posta}",
        "salida",
    ),
    (
        "CERTIFICADO DE ANTIGÜEDAD LABORAL",
        "administracion",
        "la persona presta servicios en la Municipalidad desde el año {year}",
        "salida",
    ),
    (
        "CERTIFICADO DE RESIDENCIA",
        "dideco",
        "la persona reside en {calle}, sector {sector}",
        "salida",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    if ctx.chance(0.2):
        return _neighbours(ctx)
    title, unit, claim, direction = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.pick(ctx.rng, unit, year=ctx.day.year)
    chief = world.official(ctx.rng, unit)
    who = world.person(ctx.rng)
    num = str(ctx.rng.randint(2, 1900))
    values = {
        "calle": world.address(ctx.rng)[0],
        "sector": ctx.matter.sector,
        "rol": f"{ctx.rng.randint(10, 420)}-{ctx.rng.randint(1, 60)}",
        "org": ctx.pick(*world.JJVV),
        "escuela": ctx.pick(*world.SCHOOLS[:1], *world.SCHOOLS[2:5]),
        "posta": ctx.pick(*world.HEALTH[1:]),
        "year": str(ctx.rng.randint(2001, 2022)),
    }
    if direction == "salida":
        asked = f"a petición de {who.title} {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}"
    else:
        asked = f"a solicitud de {world.unit_named(ctx.rng, ctx.pick(*world.UNIT_CODES))}"
    heading = wording.number_line(ctx.rng, title, num, ctx.day.year)
    if ctx.chance(0.3):
        heading = f"{title}\n{wording.sign(ctx.rng)} {wording.printed(ctx.rng, num)}"
    opener = ctx.pick(
        f"{chief.cargo} que suscribe, CERTIFICA:",
        "CERTIFICO:",
        f"Quien suscribe, {chief.cargo}, certifica que:",
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, unit),
        Heading(heading, size=2.5, underline=ctx.chance(0.4)),
        Para(opener, align="left", bold=True),
        Para(f"Que, {claim.format(**values)}, según los registros de esta unidad, {asked}."),
        Para(
            "Se extiende el presente certificado para los fines que el interesado estime "
            "pertinentes."
            if direction == "salida"
            else "Para los fines del trámite en curso."
        ),
    ]
    when = Para(wording.place_date(ctx.rng, "Vichuquén", ctx.day), align=ctx.pick("left", "right"))
    signature = parts.signature(ctx, chief.person.name, chief.cargo, world.MUNI_NAMES[1])
    blocks += [when, signature] if ctx.chance(0.6) else [signature, when]
    fields: dict[str, Any] = {"doc_number": num, "sender": chief.cargo, "sender_org": world.MUNI}
    t = parts.truth(ctx, "certificado", direction, unit=unit, **fields)
    return parts.doc(ctx, t, blocks, **parts.muni_footer(ctx))


def _neighbours(ctx: Ctx) -> Doc:
    """A neighbourhood council certifies residence; it comes in with a social request."""
    ctx.matter = topics.pick(ctx.rng, "dideco", public=True, year=ctx.day.year)
    org = ctx.pick(*world.JJVV)
    president, who = world.person(ctx.rng), world.person(ctx.rng)
    street, _sector = world.address(ctx.rng)
    blocks: list[Block] = [
        Para(
            f"{org.upper()}\nPersonalidad Jurídica N° {ctx.rng.randint(10, 240)}\n"
            f"Comuna de Vichuquén",
            align="center",
            bold=True,
        ),
        Heading(ctx.pick("CERTIFICADO DE RESIDENCIA", "CERTIFICADO"), size=3),
        Para(
            f"La directiva de la {org} certifica que {who.title} {who.name}, RUT "
            f"{ctx.rut(world.person_rut(ctx.rng))}, tiene su domicilio en {street}, dentro del "
            "territorio de esta unidad vecinal, desde hace más de cinco años."
        ),
        Para("Se otorga para ser presentado en la Dirección de Desarrollo Comunitario."),
        Para(wording.place_date(ctx.rng, "Vichuquén", ctx.day), align="right"),
        Signature((Signer(president.name, f"Presidente(a)\n{org}"),), "center"),
    ]
    t = parts.truth(
        ctx, "certificado", "entrada", unit="dideco", sender=president.name, sender_org=org
    )
    return parts.doc(ctx, t, blocks, page_label="")
