"""Records, agreements and local law: minutes of the Concejo Municipal (a shaded table of
date, hours, place and who presides, the attendance as a list, the points of the table and
each agreement as its own paragraph «ACUERDO N° 123/2025: …»), convenios (with the GORE
for a FRIL project, the DOH for a rural water system, SENDA, the Servicio de Salud, the
Universidad de Valparaíso; comodatos and collaborations with a vineyard, a rural water
committee or a club; their title over one to three centred lines), and ordenanzas (headed by
the decree that approved them, in titles and articles).

Truth: minutes are an acta_concejo, interno, for the Secretaría Municipal, subject the title
as printed (lines joined), number the session's, sender the Secretario Municipal; a
convenio's subject its title, no number, entrada when the other party drafts it (sender its
signer's post, sender_org the party), salida when the municipality does (the mayor, the
municipality); an ordenanza is interno for the Secretaría Municipal, subject its title,
number the ordinance's (None when unnumbered), sender the mayor."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Listing, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen3 import parts, topics, wording, world
from bench.sealgen3.parts import Ctx

COUNCIL = (
    "Sr. Ricardo Toro Estay",
    "Sra. Jacqueline Farías Guerra",
    "Sr. Pablo Cortés Rojas",
    "Sra. Nancy del Carmen Silva Meza",
    "Sr. Raúl Valdés Ahumada",
    "Sra. Romina Castro Lazcano",
)


def acta_concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    unit = "secretaria-municipal"
    num = str(ctx.rng.randint(1, 140))
    kind = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {kind} N° {num}\nCONCEJO MUNICIPAL DE CASABLANCA",
        f"CONCEJO MUNICIPAL DE CASABLANCA - ACTA N° {num} - SESIÓN {kind}",
        f"Acta Sesión {kind.capitalize()} N° {num}",
    )
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("secplan", "dideco", "dom", "daf")))
    hour = ctx.rng.randint(9, 16)
    mayor = world.MAYOR.name
    rows = (
        (
            "Fecha",
            wording.when(ctx.rng, ctx.day),
            "Hora de inicio",
            f"{hour}:{ctx.pick('00', '10', '30')}",
        ),
        ("Lugar", "Salón de Concejo, Av. Constitución N° 111"),
        ("Preside", f"Alcaldesa doña {mayor}"),
    )
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1), Grid(rows)]
    blocks += [
        Listing("Asisten los concejales:", tuple(ctx.rng.sample(COUNCIL, 5))),
        Para("TABLA", bold=True, align="center"),
        Para("1. Aprobación del acta de la sesión anterior.", left=6),
        *(Para(f"{i}. {cap(p.name)}.", left=6) for i, p in enumerate(points, 2)),
        Para("DESARROLLO", bold=True, align="center"),
        Para(
            f"La Alcaldesa abre la sesión en nombre de Dios y de la comuna. Se expone sobre "
            f"{points[0].name}. {points[0].detail}"
        ),
    ]
    for p in points:
        votes = ctx.pick(
            "por la unanimidad de los concejales presentes",
            "por mayoría, con una abstención",
            "por cinco votos a favor",
        )
        agreement = f"ACUERDO N° {ctx.rng.randint(20, 380)}/{ctx.day.year}"
        blocks.append(Para(f"{agreement}: Se aprueba, {votes}, {p.other}.", left=4))
    blocks.append(Para(f"Se levanta la sesión a las {hour + 2}:{ctx.rng.randint(10, 55)} horas."))
    sec = world.UNITS[unit].chief
    blocks.append(Signature((Signer(sec.name, "Secretario Municipal\nMinistro de Fe"),), "right"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretario Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("Página {p} de {n}", "- {p} -"))


# the title's start, the party as the title names it, its name, its signer, unit, direction
PARTIES = (
    (
        "CONVENIO DE TRANSFERENCIA FRIL",
        "EL GOBIERNO REGIONAL DE VALPARAÍSO",
        "Gobierno Regional de Valparaíso",
        "Gobernador Regional",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN PARA LA OPERACIÓN DEL SERVICIO SANITARIO RURAL",
        "LA DIRECCIÓN DE OBRAS HIDRÁULICAS",
        "Dirección de Obras Hidráulicas Región de Valparaíso",
        "Directora Regional DOH",
        "secplan",
        "entrada",
    ),
    (
        "CONVENIO PROGRAMA DE RESOLUTIVIDAD EN ATENCIÓN PRIMARIA",
        "EL SERVICIO DE SALUD VALPARAÍSO SAN ANTONIO",
        "Servicio de Salud Valparaíso San Antonio",
        "Director del Servicio de Salud",
        "salud",
        "entrada",
    ),
    (
        "CONVENIO DE COLABORACIÓN ACADÉMICA",
        "LA UNIVERSIDAD DE VALPARAÍSO",
        "Universidad de Valparaíso",
        "Rector",
        "educacion",
        "entrada",
    ),
    (
        "CONTRATO DE COMODATO",
        "EL COMITÉ DE AGUA POTABLE RURAL LAGUNILLAS",
        "Comité de Agua Potable Rural Lagunillas",
        "Presidenta",
        "juridica",
        "salida",
    ),
    (
        "CONVENIO DE COLABORACIÓN",
        "VIÑA ALTOS DE TAPIHUE S.A.",
        "Viña Altos de Tapihue S.A.",
        "Gerente General",
        "dideco",
        "salida",
    ),
)


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over one to three lines."""
    start, party, name, post, code, direction = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    sep = ctx.pick("\n", " ")
    title = f"{start}{sep}ENTRE {party}{sep}Y LA ILUSTRE MUNICIPALIDAD DE CASABLANCA"
    if direction == "salida" or ctx.chance(0.4):
        title = f"{start}{sep}ENTRE LA ILUSTRE MUNICIPALIDAD DE CASABLANCA{sep}Y {party}"
    female = post.split()[0].endswith("a")
    other, m, mayor = world.person(ctx.rng, female=female), ctx.matter, world.MAYOR
    money = f"${ctx.rng.randint(8, 180) * 1_000_000:,}".replace(",", ".")
    clauses = (
        f"En Casablanca, a {wording.long_date(ctx.day)}, comparecen la ILUSTRE MUNICIPALIDAD DE "
        f"CASABLANCA, RUT {ctx.rut(69_061_400)}, representada por su Alcaldesa doña {mayor.name}, "
        f"ambos domiciliados en Av. Constitución N° 111, Casablanca; y {name}, representada por "
        f"{other.name}, quienes acuerdan lo siguiente:",
        f"PRIMERO: Antecedentes. {m.detail}",
        f"SEGUNDO: Objeto. El presente instrumento tiene por objeto {m.other}.",
        f"TERCERO: Aporte. Las partes convienen un aporte de {money}, que se entregará conforme "
        "al calendario anexo.",
        "CUARTO: Vigencia. Regirá desde la total tramitación del acto que lo apruebe y por el "
        "plazo de un año, renovable.",
        "QUINTO: Ejemplares. Se firma en cuatro ejemplares del mismo tenor.",
    )
    signers = (
        Signer(mayor.name.upper(), "Alcaldesa", world.MUNI),
        Signer(other.name.upper(), post, name),
    )
    blocks: list[Block] = [Heading(title, size=0.5), *(Para(c) for c in clauses), Space(6)]
    blocks.append(Signature(signers if direction == "salida" else signers[::-1], "center"))
    first = (post, name) if direction == "entrada" else ("Alcaldesa", "muni")
    fields: dict[str, Any] = {"subject": title, "sender": first[0], "sender_org": first[1]}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


ORDINANCES = (
    (
        "la aplicación de plaguicidas en predios colindantes con zonas pobladas y "
        "establecimientos educacionales",
        "toda aplicación deberá avisarse con 48 horas de "
        "anticipación a los vecinos y establecimientos colindantes",
    ),
    (
        "la extracción de áridos en los cauces de la comuna",
        "se entenderá por cauce el lecho de los esteros Casablanca, Lo Ovalle y sus afluentes",
    ),
    (
        "el comercio en bienes nacionales de uso público durante la festividad de Lo Vásquez",
        "los permisos se otorgarán por sorteo público entre los postulantes inscritos",
    ),
    (
        "el tránsito de vehículos de carga en el radio urbano",
        "se prohíbe el tránsito de camiones de más de tres ejes por las calles del centro",
    ),
    (
        "la tenencia responsable de mascotas y animales de compañía",
        "todo tenedor deberá inscribir a su mascota en el registro nacional",
    ),
)


def ordenanza(ctx: Ctx) -> Doc:
    """A local law (interno, Secretaría Municipal), its title its subject."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("secretaria-municipal",))
    what, rule = ctx.rng.choice(ORDINANCES)
    num = str(ctx.rng.randint(1, 30)) if ctx.chance(0.5) else None
    kind = ctx.pick("ORDENANZA LOCAL", "ORDENANZA MUNICIPAL")
    title = f"{kind}{f' N° {num}' if num else ''} QUE REGULA {what.upper()}"
    decree = wording.dotted(ctx.rng.randint(900, 4100))
    signature, sender = parts.signed(ctx, world.MAYOR, "Alcaldesa")
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Para(
            f"DECRETO ALCALDICIO N° {decree}\nCASABLANCA, {wording.when(ctx.rng, ctx.day)}",
            align="right",
            bold=True,
        ),
        Para(
            "VISTOS: El acuerdo del Concejo Municipal y las facultades de la Ley N° 18.695. "
            "DECRETO: Apruébase la siguiente ordenanza:",
            size=-1,
        ),
        Heading(title, size=1),
        Para("TÍTULO I. DISPOSICIONES GENERALES", bold=True, align="left"),
        Para(f"Artículo 1°. La presente ordenanza regula {what}."),
        Para(f"Artículo 2°. Para los efectos de esta ordenanza, {rule}."),
        Para("TÍTULO II. FISCALIZACIÓN Y SANCIONES", bold=True, align="left"),
        Para(
            "Artículo 3°. Fiscalizarán su cumplimiento los inspectores municipales y "
            "Carabineros de Chile."
        ),
        Para(
            f"Artículo 4°. Las infracciones serán conocidas por el Juzgado de Policía Local y "
            f"sancionadas con multas de hasta {ctx.rng.randint(3, 5)} UTM."
        ),
        signature,
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sender}
    t = parts.truth(
        ctx, "ordenanza", "interno", unit="secretaria-municipal", sender_org="muni", **fields
    )
    return parts.doc(ctx, t, blocks, running=title[:60], footer=parts.footer(ctx))
