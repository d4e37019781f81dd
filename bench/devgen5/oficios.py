"""Oficios: those of La Araucanía's services to Lonquimay (SEREMIs, Servicio de Salud
Araucanía Norte, CONADI, INDAP, SERVIU, GORE, Delegación, Contraloría, Superintendencia de
Educación, Dirección del Trabajo, SERNAGEOMIN, CONAF, Vialidad), the municipality's own to
them, and those of courts to its Juzgado or its Dirección de Tránsito; their heads are
heads.oficio_head's six arrangements.

Truth (devgen's): an oficio; subject the MAT./MATERIA/REF./ASUNTO text (its lines joined),
antecedents the ANT. text, doc_number the number without dots or year; sender the signer's
post, sender_org the service or court (the municipality as its letterhead names it when it
writes); recipient the A: text's first line (or the addressee a court names at the foot);
direction entrada, or salida for the municipality's own; unit the one that must handle it."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Para, Space
from bench.devgen2.parts import esign
from bench.devgen4.model import Block, Doc
from bench.devgen5 import heads, parts, services, topics, wording, world
from bench.devgen5.heads import Lines
from bench.devgen5.parts import Ctx


def antecedent(ctx: Ctx, *, muni: bool) -> str | None:
    """None, or the document this one follows («Ord. N° 412 de fecha 3 de marzo de 2025»)."""
    if ctx.chance(0.4):
        return None
    past = wording.earlier(ctx.rng, ctx.day)
    n = ctx.rng.randint(12, 1900)
    own = "de esa Municipalidad" if not muni else "de ese Servicio"
    return ctx.pick(
        f"Ord. N° {n} de fecha {wording.long_date(past)}, {own}.",
        f"Correo electrónico de fecha {past.day:02d}.{past.month:02d}.{past.year}.",
        f"Su Oficio N° {n}/{past.year}.",
        f"Reunión sostenida en Lonquimay el {wording.long_date(past)}.",
        f"Memo N° {ctx.rng.randint(3, 300)} de {world.UNITS[ctx.matter.unit].short}.",
    )


def _incl(ctx: Ctx) -> str | None:
    if ctx.chance(0.7):
        return None
    return ctx.pick(
        "Lo indicado.", "Informe técnico (4 fs.)", "Copia de convenio.", "CD con planos."
    )


def _to_muni(ctx: Ctx) -> tuple[str, str]:
    """(the A: text, the recipient a clerk records: its first line)."""
    mayor = world.UNITS["alcaldia"].chief.name.upper()
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return f"SR. {mayor}\nALCALDE I. MUNICIPALIDAD DE LONQUIMAY", f"SR. {mayor}"
    if style == 1 and unit.code != "alcaldia":
        title = "SRA." if unit.chief.female else "SR."
        first = f"{title} {unit.post.upper()}"
        return f"{first}\nI. MUNICIPALIDAD DE LONQUIMAY", first
    if style == 2:
        return "SR. ALCALDE DE LA COMUNA DE LONQUIMAY", "SR. ALCALDE DE LA COMUNA DE LONQUIMAY"
    return "Sr. Alcalde\nMunicipalidad de Lonquimay", "Sr. Alcalde"


def body(ctx: Ctx, whom: str) -> list[Block]:
    m = ctx.matter
    first = ctx.pick(
        f"Junto con saludar, me dirijo a usted en relación con {m.name}.",
        f"En atención a la materia del epígrafe, informo a usted lo que sigue respecto de "
        f"{m.name}.",
        f"Por medio del presente, y en el marco de las competencias de {whom}, me refiero a "
        f"{m.other}.",
    )
    second = (
        m.detail
        + " "
        + ctx.pick(
            "Las condiciones climáticas de la temporada invernal en la comuna obligan a "
            "programar con anticipación las visitas a terreno.",
            "Se adjuntan los antecedentes técnicos reunidos por los equipos.",
            "Esta materia fue tratada en la última mesa de trabajo provincial de Malleco.",
            "",
        )
    )
    third = ctx.pick(
        "En consecuencia, solicito a usted informar las medidas adoptadas dentro del plazo "
        "de diez días hábiles.",
        "Agradeceré disponer que la unidad competente tome conocimiento de lo informado.",
        "Quedo a disposición para coordinar una reunión de trabajo.",
    )
    indent = ctx.rng.choice((0.0, 0.0, 12.0))
    return [Para(p.strip(), indent=indent) for p in (first, second, third)]


def oficio_servicio(ctx: Ctx) -> Doc:
    """A regional service writes about a matter of a unit it deals with."""
    if ctx.matter.unit not in services.COVERED:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.post(s, who.female) + (" (S)" if ctx.chance(0.1) else "")
    mat = wording.subject(ctx.rng, wording.SERVICE_MATS, ctx.matter)
    ant = antecedent(ctx, muni=False)
    num = str(ctx.rng.randint(15, 4200))
    label = ctx.pick("ORD.", "ORD.", "OF. ORD.", "Oficio Ordinario", "OFICIO", "Ord.")
    full, shown = heads.number(ctx, label, num)
    a, recipient = _to_muni(ctx)
    de = post.upper() if ctx.chance(0.6) else f"{who.name.upper()}\n{post.upper()}"
    when = wording.town_date(ctx.rng, s.city, ctx.day)
    x = Lines(full, shown, label, when, heads.printed_subject(ctx, mat), ant, _incl(ctx), de, a)
    blocks = heads.oficio_head(ctx, parts.service_head(ctx, s), x)
    blocks += body(ctx, "este Servicio")
    blocks.append(parts.signature(ctx, who.name, post, s.org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.25):
        blocks.append(esign(ctx, who.name, post))
    blocks += _foot(ctx, who, ["Sr. Alcalde I. Municipalidad de Lonquimay", "Archivo"])
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    footer = parts.service_footer(ctx, s, services.domain(s))
    return parts.doc(ctx, t, blocks, footer=footer)


def _foot(ctx: Ctx, who: world.Person, dist: list[str]) -> list[Block]:
    out: list[Block] = []
    if ctx.chance(0.6):
        out.append(Para(parts.initials(ctx, who), align="left", size=-2.5))
    if ctx.chance(0.3):
        out.append(Para(f"DIST.: {', '.join(dist)}.", align="left", size=-2))
    elif ctx.chance(0.6):
        out.append(parts.distribution(ctx, dist))
    return out


def _to_service(ctx: Ctx) -> tuple[str, str]:
    """(the A: text addressed to a service, the recipient: its first line)."""
    s = services.for_unit(ctx.rng, ctx.matter.unit)
    who = world.person(ctx.rng, female=s.female)
    post = services.post(s, who.female)
    title = "SRA." if who.female else "SR."
    if ctx.chance(0.5):
        first = f"{title} {who.name.upper()}"
        return f"{first}\n{post.upper()}\n{s.org.upper()}", first
    return f"{title} {post.upper()}\n{s.org}\n{s.city.upper()}", f"{title} {post.upper()}"


def oficio_municipal(ctx: Ctx) -> Doc:
    """Lonquimay's own oficio to a service (salida): the mayor signs, or by his order."""
    if ctx.matter.unit not in services.COVERED:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
    a, recipient = _to_service(ctx)
    by_order = ctx.chance(0.25)
    if by_order:
        unit = world.UNITS[ctx.pick("administracion", "secretaria-municipal")]
        signer, post = unit.chief, unit.post
    else:
        signer, post = world.mayor(ctx.rng)
        if post == "Alcalde":
            post = ctx.pick("Alcalde", "ALCALDE", "Alcalde de la Comuna de Lonquimay")
    mat = wording.subject(ctx.rng, wording.MUNI_MATS, ctx.matter)
    ant = antecedent(ctx, muni=True)
    num = str(ctx.rng.randint(5, 1600))
    label = ctx.pick("ORD.", "ORD.", "OFICIO ORD.", "Oficio Ordinario", "ORD. ALC.")
    full, shown = heads.number(ctx, label, num)
    when = wording.town_date(ctx.rng, "Lonquimay", ctx.day)
    de = post.upper()
    x = Lines(full, shown, label, when, heads.printed_subject(ctx, mat), ant, _incl(ctx), de, a)
    blocks = heads.oficio_head(ctx, parts.muni_head(ctx, ctx.matter.unit), x)
    blocks += body(ctx, "esta Municipalidad")
    if by_order:
        blocks.append(Para("POR ORDEN DEL SEÑOR ALCALDE", align="center", bold=True))
    blocks.append(parts.signature(ctx, signer.name, post, closing=wording.closing(ctx.rng)))
    blocks += _foot(ctx, signer, ["Destinatario", *parts.unit_items(ctx, ctx.matter.unit)])
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": world.MUNI, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


def oficio_juzgado(ctx: Ctx) -> Doc:
    """A court's oficio: another Juzgado de Policía Local's about a licence (Tránsito) or
    an exhorto (this Juzgado); the cause as «Causa Rol N°», the matter as «MATERIA:» or
    «Mat/», the addressee at the foot."""
    court = ctx.rng.choice(services.COURTS)
    unit = ctx.pick(*court.units)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, unit)
    judge = world.person(ctx.rng, female=court.female)
    rol = f"{ctx.rng.randint(80, 6900)}-{ctx.day.year - ctx.rng.choice((0, 0, 1))}"
    if unit == "transito":
        mat = ctx.pick(
            "Comunica suspensión de licencia de conducir",
            "Solicita hoja de vida del conductor",
            "Remite sentencia para anotación en el Registro de Conductores",
        )
        to_first = ctx.pick("SR. DIRECTOR DE TRÁNSITO", "Señor Director de Tránsito")
    else:
        mat = ctx.pick("Exhorto para notificación", "Remite exhorto", "Solicita notificar citación")
        to_first = ctx.pick("SRA. JUEZA DE POLICÍA LOCAL", "Señora Juez de Policía Local")
    num = str(ctx.rng.randint(20, 3400))
    full, _shown = heads.number(ctx, ctx.pick("OFICIO", "Oficio", "OF."), num)
    label = ctx.pick("MATERIA:", "Mat/", "MAT.:")
    blocks: list[Block] = [parts.service_head(ctx, court)]
    blocks += [
        Para(full, bold=True, align="left"),
        Para(f"Causa Rol N° {rol}", align="left"),
        Para(f"{label} {mat}", align="left"),
        Para(wording.town_date(ctx.rng, court.city, ctx.day), align="right"),
        Space(3),
        Para(
            f"En causa Rol N° {rol}, seguida ante este Juzgado, se ha ordenado oficiar a usted "
            f"a fin de {ctx.pick('dar cumplimiento a lo resuelto', 'practicar la diligencia')}"
            f" respecto de {ctx.matter.name}. {ctx.matter.detail}"
        ),
        Para("Saluda atentamente a usted,", align="left"),
        parts.signature(ctx, judge.name, court.cargo, court.org),
        Para(f"{to_first}\n{world.MUNI_NAMES[1]}\nPRESENTE", align="left", size=-1),
    ]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": court.cargo}
    fields |= {"sender_org": court.org, "recipient": to_first}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=())
