"""Dictámenes de Contraloría, circulares (a ministry's «CIRCULAR ORD.» to every mayor, or
the municipality's own to its units) and ordenanzas.

Truth: a dictamen goes to the Dirección de Control, its subject the MATERIA line, its number
the one after «N°» (E123456, or 12345 in the older series); a circular goes to the unit of
its matter, its subject the MAT. line; an ordinance goes to the Secretaría Municipal and its
subject is its title."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, services, topics, wording, world
from bench.devgen2.heads import Header, choose, header
from bench.devgen2.model import Block, Doc, Fields, Head, Heading, Para, Space
from bench.devgen2.parts import Ctx

RULINGS = (
    "La Municipalidad de Vichuquén debe ajustar {m} a la normativa vigente",
    "No corresponde objetar lo obrado por la Municipalidad de Vichuquén en {m}",
    "Atiende presentación relativa a {m}, en la comuna de Vichuquén",
    "Se abstiene de emitir pronunciamiento sobre {m}, por estar sometido a los tribunales",
    "Municipalidad debe instruir un procedimiento disciplinario por {m}",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def dictamen(ctx: Ctx) -> Doc:
    """Contraloría rules on a matter of any unit; Control follows it up."""
    ctx.matter = topics.pick(ctx.rng, ctx.pick(*world.UNIT_CODES), year=ctx.day.year)
    s = services.CONTRALORIA_GENERAL if ctx.chance(0.5) else services.CONTRALORIA
    cargo = s.cargo + (" (S)" if ctx.chance(0.15) else "")
    who = world.person(ctx.rng, female=s.female)
    materia = ctx.pick(*RULINGS).format(m=ctx.matter.name)
    num = (
        f"E{ctx.rng.randint(100000, 640000)}"
        if ctx.chance(0.7)
        else str(ctx.rng.randint(900, 32000))
    )
    shown = f"{num}/{ctx.day.year}" if ctx.chance(0.4) else wording.printed(ctx.rng, num)
    day = ctx.day
    when = f"{s.city.upper()}, {wording.date_text(ctx.rng, day)}"
    if ctx.chance(0.2):
        when = f"{day.day:02d}-{ROMAN[day.month - 1]}-{day.year}"
    refs = f"W{ctx.rng.randint(10000, 99999)}/{day.year}"
    rows = (
        (ctx.pick("DICTAMEN N°", "N°"), shown),
        ("FECHA", when),
        (ctx.pick("MATERIA", "Materia"), materia),
        (ctx.pick("REFERENCIA", "REFS."), refs),
    )
    complainant = ctx.pick(
        "un concejal de la comuna",
        "una funcionaria municipal",
        "un vecino del sector " + ctx.matter.sector,
    )
    blocks: list[Block] = [
        Head((s.org.upper(), s.office or "UNIDAD JURÍDICA"), "cgr", ctx.pick("left", "center")),
        Fields(rows, boxed=ctx.chance(0.4)),
        Para(
            f"Se ha dirigido a esta Contraloría {complainant}, solicitando un pronunciamiento "
            f"acerca de {ctx.matter.name}."
        ),
        Para(
            "Requerido su informe, la Municipalidad de Vichuquén señaló que "
            f"{ctx.matter.detail[0].lower()}{ctx.matter.detail[1:]}"
        ),
        Para(
            "Sobre el particular, cabe recordar que, de acuerdo con la jurisprudencia de este "
            "Organismo de Control, las municipalidades deben ajustar su actuar al principio "
            "de juridicidad consagrado en los artículos 6° y 7° de la Constitución Política."
        ),
        Para(f"En consecuencia, {materia[0].lower()}{materia[1:]}."),
        parts.signature(ctx, who.name, cargo),
    ]
    recipient: str | None = None
    if ctx.chance(0.6):
        recipient = ctx.pick(
            "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE VICHUQUÉN",
            "Señor Alcalde de la Municipalidad de Vichuquén",
        )
        blocks += [Space(3), Para(f"{recipient}\nVICHUQUÉN", align="left", bold=True)]
    fields: dict[str, Any] = {"subject": materia, "doc_number": num, "sender": cargo}
    t = parts.truth(
        ctx, "dictamen", "entrada", unit="control", sender_org=s.org, recipient=recipient, **fields
    )
    return parts.doc(ctx, t, blocks, footer=(s.street,) if ctx.chance(0.4) else ())


LEADS = (
    "Imparte instrucciones sobre ",
    "Establece procedimiento para ",
    "Informa calendario de ",
    "Recuerda obligaciones relativas a ",
    "Instruye a las unidades sobre ",
)
# What circulars are about: general matters of a unit, never one neighbour's case.
GENERAL: dict[str, tuple[str, ...]] = {
    "alcaldia": ("la participación en los actos oficiales de Fiestas Patrias",
                 "el protocolo de recepción de autoridades en la comuna"),
    "secretaria-municipal": ("la elección de directivas de organizaciones comunitarias",
                             "el envío de antecedentes para las sesiones del Concejo Municipal"),
    "administracion": ("el uso del feriado legal y de los permisos administrativos",
                       "la publicación mensual de transparencia activa"),
    "dom": ("la tramitación electrónica de permisos de edificación",
            "la aplicación de la Ordenanza General de Urbanismo y Construcciones"),
    "dideco": ("la aplicación del Registro Social de Hogares",
               "la entrega de ayudas sociales durante emergencias"),
    "secplan": ("la postulación de proyectos al Fondo Regional de Iniciativa Local",
                "el ingreso de iniciativas al Banco Integrado de Proyectos"),
    "daf": ("la formulación del presupuesto municipal del próximo año",
            "el cierre contable del ejercicio presupuestario"),
    "transito": ("el otorgamiento de licencias de conducir",
                 "el proceso anual de permisos de circulación"),
    "jpl": ("la notificación de las causas de policía local",
            "el cobro de multas de tránsito impagas"),
    "control": ("la rendición de cuentas de fondos transferidos",
                "el control de la ejecución presupuestaria"),
    "juridica": ("la tramitación de sumarios administrativos",
                 "la defensa judicial de la Municipalidad"),
    "salud": ("la campaña de invierno en la atención primaria de salud",
              "la vacunación contra la influenza en establecimientos de salud"),
    "educacion": ("el inicio del año escolar en los establecimientos municipales",
                  "el uso de los recursos de la subvención escolar preferencial"),
}  # fmt: skip
ADDRESSEES = {
    True: ("ALCALDES Y ALCALDESAS DEL PAÍS", "SEÑORES ALCALDES REGIÓN DEL MAULE",
           "SRES. ALCALDES Y JEFES DE DEPARTAMENTOS MUNICIPALES"),
    False: ("DIRECTORES Y JEFES DE DEPARTAMENTO", "TODAS LAS UNIDADES MUNICIPALES",
            "FUNCIONARIOS MUNICIPALES"),
}  # fmt: skip


def _circular_author(ctx: Ctx, external: bool) -> tuple[Head, str, str, str, world.Person]:
    """(letterhead, city, the sender's post, organisation, who signs)."""
    if external:
        s = services.for_unit(ctx.rng, ctx.matter.unit, services.MINISTRIES)
        who = world.person(ctx.rng, female=s.female)
        return parts.service_head(ctx, s), "Santiago", s.cargo, s.org, who
    author = world.official(ctx.rng, ctx.pick("alcaldia", "administracion"))
    head = parts.muni_head(ctx, author.unit)
    return head, "Vichuquén", author.cargo, world.MUNI, author.person


def circular(ctx: Ctx) -> Doc:
    """A ministry's «CIRCULAR ORD.» to mayors (entrada) or the municipality's own (interno)."""
    m = ctx.matter
    external = ctx.chance(0.5)
    about = ctx.pick(*GENERAL[m.unit])
    mat = ctx.pick(*LEADS) + about
    num = str(ctx.rng.randint(1, 90))
    head, city, sender, org, who = _circular_author(ctx, external)
    to = ctx.pick(*ADDRESSEES[external])
    if external:
        label = ctx.pick("CIRCULAR ORD.", "CIRCULAR ORD.", "CIRCULAR", "CIRCULAR ORDINARIA")
    else:
        label = ctx.pick("CIRCULAR", "CIRCULAR INTERNA", "CIRCULAR INT.")
    h = Header(head, label, num, city, None, mat, sender, to, f"A: {to}")
    blocks = header(ctx, h, choose(ctx, ("column", "table", "de_a", "beside")))
    items = [
        f"Cada jefatura velará por el cumplimiento de lo dispuesto respecto de {about}.",
        f"Las consultas se dirigirán a {world.unit_named(ctx.rng, m.unit)}.",
        f"Las presentes instrucciones rigen a contar del {wording.long_date(ctx.day)}.",
    ]
    blocks += [
        Para(f"Con el objeto de ordenar {about}, se imparten las siguientes instrucciones:"),
        *(Para(f"{i}. {x}", left=6) for i, x in enumerate(items, 1)),
        parts.signature(
            ctx,
            who.name,
            sender,
            "" if external else world.MUNI_NAMES[1],
            closing=wording.closing(ctx.rng),
        ),
    ]
    blocks += parts.foot(ctx, who, to.capitalize(), "Archivo")
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    direction = "entrada" if external else "interno"
    t = parts.truth(ctx, "circular", direction, sender_org=org, recipient=to, **fields)
    return parts.doc(ctx, t, blocks)


ORDINANCES = (
    ("la tenencia responsable de mascotas y animales de compañía", "todo animal doméstico que "
     "transite por bienes nacionales de uso público deberá ir con correa"),
    ("el uso de la ribera y del espejo de agua del lago Vichuquén", "se prohíbe la navegación a "
     "motor a menos de cien metros de la orilla"),
    ("el aseo y ornato de la comuna de Vichuquén", "los propietarios mantendrán limpio el "
     "frente de sus predios"),
    ("los derechos municipales por permisos, concesiones y servicios", "los derechos se "
     "expresan en unidades tributarias mensuales"),
    ("el comercio en bienes nacionales de uso público en temporada estival", "los permisos "
     "se otorgarán entre el 15 de diciembre y el 15 de marzo"),
    ("la participación ciudadana en la comuna de Vichuquén", "las organizaciones podrán "
     "presentar iniciativas ante el Concejo"),
    ("la protección de los humedales de Laguna Torca y Boyeruca", "se prohíbe el relleno y la "
     "extracción de áridos en los humedales"),
)  # fmt: skip


def ordenanza(ctx: Ctx) -> Doc:
    """A local law; for the Secretaría Municipal whatever it regulates."""
    name, rule = ctx.rng.choice(ORDINANCES)
    ctx.matter = topics.pick(ctx.rng, "secretaria-municipal", year=ctx.day.year)
    num = str(ctx.rng.randint(1, 40)) if ctx.chance(0.6) else None
    kind = ctx.pick("ORDENANZA MUNICIPAL", "ORDENANZA LOCAL", "ORDENANZA")
    no = f" {wording.sign(ctx.rng)} {num}" if num else ""
    title = f"{kind}{no} {ctx.pick('SOBRE', 'QUE REGULA')} {name.upper()}"
    if ctx.chance(0.3):
        title = f"{kind.title()}{no} {ctx.pick('sobre', 'que regula')} {name}"
    mayor = world.official(ctx.rng, "alcaldia")
    articles = [
        f"La presente ordenanza regula {name} en el territorio de la comuna.",
        f"Para los efectos de esta ordenanza, {rule}.",
        "La fiscalización corresponderá a los inspectores municipales y a Carabineros de Chile.",
        f"Las infracciones serán sancionadas con multas de {ctx.rng.randint(1, 2)} a "
        f"{ctx.rng.randint(3, 5)} UTM.",
        "La presente ordenanza entrará en vigencia desde su publicación en el sitio web municipal.",
    ]
    mark = ctx.pick("Artículo {i}°.-", "ARTÍCULO {i}:", "Art. {i}.")
    when = Para(wording.place_date(ctx.rng, "Vichuquén", ctx.day), align="right")
    top = ctx.chance(0.5)
    blocks: list[Block] = [parts.muni_head(ctx, "secretaria-municipal"), Heading(title, size=2)]
    blocks += [when] if top else []
    blocks.append(Heading(ctx.pick("TÍTULO I", "TÍTULO I — DISPOSICIONES GENERALES"), size=0))
    blocks += [Para(f"{mark.format(i=i)} {a}") for i, a in enumerate(articles, 1)]
    blocks += [] if top else [when]
    blocks.append(parts.signature(ctx, mayor.person.name, mayor.cargo, world.MUNI_NAMES[0]))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": mayor.cargo}
    t = parts.truth(
        ctx, "ordenanza", "interno", unit="secretaria-municipal", sender_org=world.MUNI, **fields
    )
    return parts.doc(ctx, t, blocks, running=title[:60], **parts.muni_footer(ctx))
