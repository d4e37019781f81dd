"""Oficios ordinarios of services and ministries to Chile Chico («OF. ORD. D.E. N° 250123»,
«ORD. N° 1523»), the ones addressed «SEGÚN DISTRIBUCIÓN» or to every mayor, and Chile
Chico's answers citing them.

Truth: subject the MAT. text; doc_number the number; sender the post of whoever signs (DE:);
sender_org the service (or the municipality); recipient the A: text; antecedents the ANT.
text; unit the one that handles (or drafted) the matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Fields, Heading, Para, Space
from bench.devgen3 import parts, services, wording, world
from bench.devgen3.model import Banner, Block, Doc
from bench.devgen3.parts import Ctx
from bench.devgen3.services import Service

MAT_TAILS = (
    ", para su conocimiento y fines pertinentes",
    ", y solicita remitir respuesta en un plazo de diez días hábiles",
    ", conforme a lo indicado en el documento del antecedente",
    ", en el marco de las competencias de este Servicio en la Región de Aysén",
)
AYSEN = ("Aysén", "Chile Chico", "Cisnes", "Cochrane", "Coyhaique", "Guaitecas", "Lago Verde",
         "O'Higgins", "Río Ibáñez", "Tortel")  # fmt: skip


def _label(ctx: Ctx, s: Service) -> str:
    if s.prefix:
        return ctx.pick(f"OF. ORD. {s.prefix}", f"ORD. {s.prefix}", f"OFICIO ORD. {s.prefix}")
    return ctx.pick("ORD.", "ORD.", "OF. ORD.", "OFICIO ORD.", "OFICIO ORDINARIO")


def _number(ctx: Ctx, s: Service) -> str:
    if s.prefix == "D.E.":
        return f"{ctx.day.year % 100}{ctx.rng.randint(1000, 9999)}"
    return str(ctx.rng.randint(12, 3400))


def _to_muni(ctx: Ctx) -> tuple[str, str]:
    """(the A: text, the recipient as registered)."""
    mayor = world.UNITS["alcaldia"].chief.name.upper()
    unit = world.UNITS[ctx.matter.unit]
    style = ctx.rng.randint(0, 3)
    if style == 0:
        return f"SRA. {mayor}\nALCALDESA I. MUNICIPALIDAD DE CHILE CHICO", f"SRA. {mayor}"
    if style == 1:
        a = "SRA. ALCALDESA DE LA I. MUNICIPALIDAD DE CHILE CHICO"
        return a, a
    if style == 2 and unit.code != "alcaldia":
        post = unit.post.upper()
        return f"{post}\nI. MUNICIPALIDAD DE CHILE CHICO", post
    return "ALCALDESA DE LA COMUNA DE CHILE CHICO", "ALCALDESA DE LA COMUNA DE CHILE CHICO"


def _ant(ctx: Ctx, mass: bool) -> str | None:
    if ctx.chance(0.4):
        return None
    past = wording.earlier(ctx.rng, ctx.day)
    n = ctx.rng.randint(15, 980)
    if mass:
        return ctx.pick(
            f"Oficio Circular N° {n % 60 + 1}, de {past.year}, de este Servicio.",
            f"Ley de Presupuestos del Sector Público para el año {ctx.day.year}.",
            f"Correo electrónico de fecha {wording.long_date(past)}.",
        )
    return ctx.pick(
        f"Ord. N° {n}, de {past.day:02d}.{past.month:02d}.{past.year}, de la Municipalidad de "
        "Chile Chico.",
        f"Correo electrónico de fecha {wording.long_date(past)}.",
        f"Resolución Exenta N° {n}, de {past.year}, de este Servicio.",
        f"Su Oficio N° {n} de fecha {wording.long_date(past)}.",
    )


def head(ctx: Ctx, s: Service | None, no: str, ant: str | None, mat: str, de: str,
         a: str) -> list[Block]:  # fmt: skip
    """Four arrangements: number block in a right column, beside the service's block (two
    columns), the classic one under the letterhead, or a bordered table."""
    city = s.city if s else "Chile Chico"
    when = wording.place_date(ctx.rng, city, ctx.day)
    labels = ([f"{ctx.pick('ANT.:', 'ANT:', 'REF.:')} {ant}"] if ant else []) + [
        f"{ctx.pick('MAT.:', 'MAT.:', 'MATERIA:')} {mat}"
    ]
    top = parts.service_head(ctx, s) if s else parts.muni_head(ctx, ctx.matter.unit)
    order = ((ctx.pick("DE:", "DE :"), de), (ctx.pick("A:", "A :", "PARA:"), a))
    de_a = Fields(order if ctx.chance(0.85) else order[::-1], boxed=ctx.chance(0.15))
    style = ctx.rng.choice(("column", "column", "banner", "classic", "table"))
    if style == "column":
        column = Column((no, *labels, "", when), "right", ctx.rng.choice((0.45, 0.5, 0.55)))
        return [top, column, de_a]
    if style == "banner":
        right = (no, "", *labels, "", when)
        emblem = top.emblem
        return [Banner(top.lines, right, emblem, 0.46, right_bold=False), de_a]
    if style == "classic":
        rows = tuple((x.split(" ", 1)[0], x.split(" ", 1)[1]) for x in labels)
        return [top, Para(no, bold=True, align="left"), Fields(rows, side="right"),
                Para(when, align="right"), de_a]  # fmt: skip
    rows2 = [("MAT.", mat), ("FECHA", wording.date_text(ctx.rng, ctx.day)), ("DE", de), ("A", a)]
    if ant:
        rows2.insert(0, ("ANT.", ant))
    return [top, Heading(no, size=1), Fields(tuple(rows2), boxed=True)]


def body(ctx: Ctx, opening: str, closing: str) -> list[Block]:
    m = ctx.matter
    paras = [opening, m.detail]
    if ctx.chance(0.5):
        paras.append(
            ctx.pick(
                "Cabe señalar que la Provincia General Carrera presenta condiciones de "
                "conectividad que obligan a programar con anticipación las visitas a terreno.",
                "Los antecedentes se encuentran disponibles en el expediente electrónico del "
                "Servicio, al que podrá acceder la contraparte municipal.",
                "Se adjunta, para mejor comprensión, el informe técnico elaborado por el equipo "
                "regional.",
            )
        )
    paras.append(closing)
    return [Para(p, indent=ctx.rng.choice((0, 0, 10))) for p in paras]


def _request(ctx: Ctx) -> str:
    return ctx.pick(
        "En consecuencia, se solicita a usted remitir su respuesta dentro del plazo indicado, "
        "al correo electrónico de la Oficina de Partes de este Servicio.",
        "Agradeceré disponer que la unidad municipal competente tome conocimiento de lo "
        "informado y adopte las medidas que correspondan.",
        "Sin otro particular, quedo a disposición para coordinar una reunión de trabajo con "
        "los profesionales municipales.",
    )


def _incoming(ctx: Ctx, a: str, recipient: str, items: list[str], mass: bool = False) -> Doc:
    s = ctx.service
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.signer_post(s, who.female) + (" (S)" if ctx.chance(0.1) else "")
    mat = ctx.matter.mat + (ctx.pick(*MAT_TAILS) if ctx.chance(0.35) else "")
    num, ant = _number(ctx, s), _ant(ctx, mass)
    no = wording.number_line(ctx.rng, _label(ctx, s), num, ctx.day.year)
    de = post.upper() if ctx.chance(0.6) else f"{who.name.upper()}\n{post.upper()}"
    blocks = head(ctx, s, no, ant, mat, de, a)
    opening = ctx.pick(
        f"Junto con saludar, me dirijo a usted en relación con {ctx.matter.about}.",
        f"Por medio del presente, y en el marco de {ctx.matter.about}, informo a usted lo "
        "siguiente.",
        "En atención a la materia, y de acuerdo con las competencias de este Servicio, cumplo "
        "con señalar lo que sigue.",
    )
    blocks += body(ctx, opening, _request(ctx))
    blocks.append(parts.signature(ctx, who.name, post, s.org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.5):
        blocks.append(parts.esign_note(ctx, s, who.name))
    blocks += parts.foot(ctx, who, items)
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def oficio_servicio(ctx: Ctx) -> Doc:
    """A service writes to the mayor, or straight to a unit, about one matter."""
    a, recipient = _to_muni(ctx)
    items = [ctx.pick("Destinatario", "Sra. Alcaldesa de Chile Chico"), "Archivo"]
    return _incoming(ctx, a, recipient, items)


def oficio_distribucion(ctx: Ctx) -> Doc:
    """The same oficio to every municipality of the region, or of the country."""
    a = ctx.pick(
        "SEGÚN DISTRIBUCIÓN",
        "SEGÚN DISTRIBUCIÓN",
        "ALCALDES Y ALCALDESAS DEL PAÍS",
        "SRES. ALCALDES Y ALCALDESAS DE LA REGIÓN DE AYSÉN",
    )
    title = ctx.pick("Sr(a). Alcalde(sa) I. Municipalidad de {c}", "I. Municipalidad de {c}")
    items = [title.format(c=c) for c in AYSEN] if a != "ALCALDES Y ALCALDESAS DEL PAÍS" else []
    return _incoming(ctx, a, a, [*items, "Archivo"], mass=True)


ANSWERS = (
    "Responde {ref} sobre {m}",
    "Remite pronunciamiento municipal sobre {m}",
    "Informa lo solicitado respecto de {m}",
    "Remite antecedentes requeridos en {ref}",
    "Da respuesta a {ref}, relativo a {m}",
)


def oficio_respuesta(ctx: Ctx) -> Doc:
    """Chile Chico answers a service's oficio; the unit that drafted it is the truth's."""
    s = ctx.service
    m = ctx.matter
    past = wording.earlier(ctx.rng, ctx.day, 6, 45)
    their = f"{ctx.pick('Ord.', 'Oficio Ord.', 'ORD.')} N° {_number(ctx, s)}"
    ant = ctx.pick(
        f"{their}, de fecha {wording.long_date(past)}, de {s.org}.",
        f"{their} de {past.day:02d}.{past.month:02d}.{past.year} ({s.short or s.org}).",
    )
    mat = ctx.rng.choice(ANSWERS).format(ref=their, m=m.about)
    mat = mat[0].upper() + mat[1:]
    num = str(ctx.rng.randint(20, 1400))
    label = ctx.pick("ORD.", "ORD.", "OFICIO ORD.", "ORD. ALC.")
    no = wording.number_line(ctx.rng, label, num, ctx.day.year)
    signer, post = world.mayor(ctx.rng)
    by_order = ctx.chance(0.2)
    if by_order:
        admin = world.UNITS["administracion"]
        signer, post = admin.chief, admin.post
    de = ctx.pick(
        f"{post.upper()} DE CHILE CHICO", post.upper(), f"{post}, I. Municipalidad de Chile Chico"
    )
    who = world.person(ctx.rng, female=s.female)
    their_post = services.signer_post(s, who.female)
    title = "SRA." if who.female else "SR."
    org_line = "" if s.org.split(" Región")[0] in their_post else f"\n{s.org.upper()}"
    a = ctx.pick(f"{their_post.upper()}{org_line}", f"{title} {who.name.upper()}\n{their_post}")
    blocks = head(ctx, None, no, ant, mat, de, a)
    opening = ctx.pick(
        f"En atención al documento del antecedente, mediante el cual ese Servicio se refiere a "
        f"{m.about}, informo a usted lo siguiente.",
        f"Junto con saludar, y en respuesta a su {their}, remito a usted los antecedentes "
        "solicitados.",
    )
    unit = world.UNITS[m.unit]
    closing = (
        f"Para cualquier consulta, la contraparte municipal será {world.the(unit.code)}, al correo "
        f"{unit.short.lower().replace(' ', '')}@chilechico.cl."
    )
    blocks += body(ctx, opening, closing)
    if by_order:
        blocks.append(Para(ctx.pick("POR ORDEN DE LA ALCALDESA", "Por orden de la Sra. Alcaldesa"),
                           align="center", bold=True))  # fmt: skip
    blocks += [Space(2), parts.signature(ctx, signer.name, post, world.MUNI_NAMES[1])]
    blocks += parts.foot(ctx, signer, ["Destinatario", unit.full, "Oficina de Partes"])
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": de.split("\n")[0]}
    fields |= {"sender_org": world.MUNI, "recipient": a.split("\n")[0], "antecedents": ant}
    t = parts.truth(ctx, "oficio", "salida", **fields)
    footer = (f"{ctx.pick(*world.MUNI_ADDRESSES)} · {ctx.pick(*world.MUNI_PHONES)}",)
    return parts.doc(ctx, t, blocks, footer=footer if ctx.chance(0.6) else ())
