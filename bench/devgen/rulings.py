"""Contraloría's dictámenes, circulares (the municipality's and the services') and the
municipal ordenanzas."""

from __future__ import annotations

from typing import Any

from bench.devgen import acts, common, letters, topics, wording, world
from bench.devgen.common import Ctx
from bench.devgen.model import Block, Draft, Heading, Letterhead, Para, Space

MATERIAS = (
    "Sobre procedencia de {m}",
    "Se pronuncia acerca de {m}",
    "Atiende presentación relativa a {m}",
    "No corresponde objetar {m}",
    "Municipalidad de Maullín deberá revisar {m}",
    "Se ajustó a derecho lo obrado por la Municipalidad de Maullín en {m}",
    "Imparte instrucciones a la Municipalidad de Maullín sobre {m}",
)
ORDINANCES = tuple(
    tuple(line.split("|"))
    for line in (world.DATA / "ordinances.txt").read_text("utf-8").splitlines()
    if line and not line.startswith("#")
)


def _dictamen_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    who = world.person(ctx.rng)
    role = ctx.pick(
        "funcionario(a) de la Municipalidad de Maullín",
        "concejal de la comuna de Maullín",
        "vecino(a) de la comuna",
    )
    outcome = ctx.pick(
        "la Municipalidad de Maullín deberá adoptar las medidas",
        "corresponde que ese municipio disponga las acciones",
    )
    law = ctx.pick("18.695", "18.883", "19.886", "20.285")
    days = ctx.rng.choice((10, 15, 20, 30))
    return [
        Para(
            f"Se ha dirigido a esta Contraloría {ctx.pick('General', 'Regional')} "
            f"{who.honorific} {who.name}, {role}, solicitando un pronunciamiento acerca de "
            f"{m.name}.",
            indent=10,
        ),
        Para(
            f"Requerida al efecto, la Municipalidad de Maullín informó que "
            f"{m.detail[0].lower()}{m.detail[1:]}"
        ),
        Para(
            f"Sobre el particular, cabe recordar que el artículo {ctx.rng.randint(2, 150)} de la "
            f"ley N° {law} dispone el marco dentro del cual debe resolverse {m.other}, lo que ha "
            "sido reconocido por la jurisprudencia de este origen, contenida, entre otros, en el "
            f"dictamen N° {ctx.rng.randint(1000, 99000)}, de {ctx.rng.randint(2012, 2023)}."
        ),
        Para(
            f"En consecuencia, {outcome} necesarias e informar a esta Contraloría dentro del "
            f"plazo de {days} días hábiles."
        ),
        Para("Saluda atentamente a Ud.,", align="left"),
    ]


def dictamen(ctx: Ctx) -> Draft:
    """Contraloría rules on any matter; the Dirección de Control follows it up."""
    ctx.matter = topics.pick(ctx.rng, ctx.pick(*world.UNITS))
    regional = ctx.chance(0.5)
    org = world.CONTRALORIA_ORGS[1 if regional else 0]
    if regional:
        cargo = ctx.pick("CONTRALOR REGIONAL DE LOS LAGOS", "CONTRALORA REGIONAL DE LOS LAGOS (S)")
    else:
        cargo = ctx.pick(
            "CONTRALORA GENERAL DE LA REPÚBLICA", "CONTRALOR GENERAL DE LA REPÚBLICA (S)"
        )
    who = letters.signer_for(ctx, cargo)
    materia = ctx.rng.choice(MATERIAS).format(m=ctx.matter.name)
    num = (
        f"E{ctx.rng.randint(100000, 620000)}"
        if ctx.chance(0.7)
        else str(ctx.rng.randint(1200, 32000))
    )
    division = ctx.pick("DIVISIÓN DE MUNICIPALIDADES", "UNIDAD JURÍDICA", "ÁREA MUNICIPALIDADES")
    rows = [
        (ctx.pick("DICTAMEN N°", "N°", "Dictamen N°"), common.printed(ctx, num)),
        ("FECHA", world.date_text(ctx.rng, ctx.day)),
        (ctx.pick("MATERIA", "Materia"), materia),
    ]
    head: list[Block] = [
        Letterhead((org, division), ctx.pick("seal", "none"), ctx.pick("left", "center")),
        common.fields(ctx, rows, side=ctx.pick("full", "right")),
    ]
    body = _dictamen_body(ctx)
    body.append(common.signature(ctx, who.name, cargo))
    recipient: str | None = None
    if ctx.chance(0.6):
        recipient = ctx.pick(
            "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE MAULLÍN",
            "AL SEÑOR ALCALDE",
            "SEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE MAULLÍN",
        )
        body += [Space(4), Para(recipient, align="left", bold=True), Para("MAULLÍN", align="left")]
    fields: dict[str, Any] = {
        "subject": materia,
        "doc_number": num,
        "sender": cargo,
        "sender_org": org,
    }
    t = common.truth(ctx, "dictamen", "entrada", unit="control", recipient=recipient, **fields)
    footer = ("www.contraloria.cl",) if ctx.chance(0.5) else ()
    return common.draft(ctx, t, head, body, footer=footer)


def _circular_author(ctx: Ctx, external: bool) -> tuple[Letterhead, str, str, str, str, str]:
    """(letterhead, city, sender's charge, organisation, addressee, signer's name)."""
    if external:
        s = world.service_for(ctx.rng, ctx.matter.unit)
        to = ctx.pick(
            "SRES. ALCALDES Y ALCALDESAS DEL PAÍS",
            "ALCALDES DE LA REGIÓN DE LOS LAGOS",
            "SEÑORES ALCALDES Y DIRECTORES DE SALUD MUNICIPAL",
            "MUNICIPALIDADES DE LA REGIÓN",
        )
        name = letters.signer_for(ctx, s.cargo).name
        return common.service_letterhead(ctx, s), s.city, s.cargo, s.org, to, name
    boss = world.official(
        ctx.rng, ctx.pick("alcaldia", "administracion", "administracion", ctx.matter.unit)
    )
    to = ctx.pick(
        "DIRECTORES, JEFES DE DEPARTAMENTO Y FUNCIONARIOS MUNICIPALES",
        "SEÑORES DIRECTORES MUNICIPALES",
        "TODAS LAS UNIDADES MUNICIPALES",
        "JEFATURAS Y PERSONAL MUNICIPAL",
    )
    letterhead = common.muni_letterhead(ctx, boss.unit)
    return letterhead, "Maullín", boss.cargo, world.MUNI, to, boss.person.name


def circular(ctx: Ctx) -> Draft:
    """Instructions to every unit (interno) or to all mayors (entrada); routed by matter."""
    m = ctx.matter
    external = ctx.chance(0.45)
    num = common.number(ctx, 1, 95)
    lead = ctx.pick(
        "Imparte instrucciones sobre ",
        "Instruye respecto de ",
        "Informa procedimiento para ",
        "Establece plazos relativos a ",
        "Recuerda obligaciones sobre ",
    )
    mat = lead + m.name
    letterhead, city, sender, org, to, name = _circular_author(ctx, external)
    head = letters.oficio_head(ctx, letterhead, "CIRCULAR", num, city, (None, mat, sender, to))
    purpose = ctx.pick("Con el objeto de", "A fin de", "Para")
    points = [
        m.detail,
        "Cada jefatura será responsable de difundir la presente circular entre su personal.",
        f"Las consultas deberán dirigirse a {world.the_unit(m.unit)}.",
        f"La presente circular rige a contar del {world.long_date(ctx.day)}.",
    ]
    body: list[Block] = [
        Para(f"{purpose} ordenar {m.other}, se imparten las siguientes instrucciones:"),
        *acts.numbered(ctx, points),
        common.signature(ctx, name, sender, org, closing=wording.closing(ctx.rng)),
    ]
    fields: dict[str, Any] = {
        "subject": mat,
        "doc_number": num,
        "sender": sender,
        "sender_org": org,
    }
    direction = "entrada" if external else "interno"
    t = common.truth(ctx, "circular", direction, recipient=to, **fields)
    return common.draft(ctx, t, head, body, two_columns=ctx.chance(0.15))


def _articles(ctx: Ctx, name: str, rule: str) -> list[Block]:
    fine = f"{ctx.rng.randint(1, 2)} a {ctx.rng.randint(3, 5)}"
    articles = [
        f"La presente ordenanza regula {name.lower()} dentro del territorio de la "
        "comuna de Maullín.",
        f"Para los efectos de esta ordenanza, {rule}.",
        "La fiscalización corresponderá a los inspectores municipales y a Carabineros de Chile.",
        "Las infracciones serán conocidas por el Juzgado de Policía Local y sancionadas con "
        f"multas de {fine} unidades tributarias mensuales.",
        "La presente ordenanza entrará en vigencia desde su publicación en el sitio web municipal.",
    ]
    out: list[Block] = []
    for i, text in enumerate(articles, 1):
        if i in (1, 3):
            out.append(Heading(f"TÍTULO {'I' if i == 1 else 'II'}", align="center", size=0))
        mark = ctx.pick(f"Artículo {i}°.-", f"ARTÍCULO {i}°:", f"Art. {i}.")
        out.append(Para(f"{mark} {text}"))
    return out


def ordenanza(ctx: Ctx) -> Draft:
    """A local law, for the Secretaría Municipal; its subject is its title."""
    name, rule = ctx.rng.choice(ORDINANCES)
    ctx.matter = topics.pick(ctx.rng, "secretaria-municipal")
    num = common.number(ctx, 1, 60) if ctx.chance(0.6) else None
    kind = ctx.pick("ORDENANZA MUNICIPAL", "ORDENANZA LOCAL", "ORDENANZA")
    title = (
        kind + (f" N° {num}" if num else "") + ctx.pick(" SOBRE ", " DE ", " QUE REGULA ") + name
    )
    session_day = world.long_date(world.earlier(ctx.rng, ctx.day, 5, 30))
    head: list[Block] = [
        common.muni_letterhead(ctx, None),
        Heading(title, size=2.5),
        Para(wording.place_date(ctx.rng, "MAULLÍN", ctx.day), align="right"),
    ]
    body: list[Block] = [
        Para(
            f"El Concejo Municipal de Maullín, en sesión ordinaria N° {ctx.rng.randint(10, 160)} "
            f"de fecha {session_day}, en uso de las atribuciones que le confiere la Ley N° 18.695, "
            "acordó aprobar la siguiente ordenanza:"
        ),
        *_articles(ctx, name, rule),
        Para("ANÓTESE, PUBLÍQUESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    signature, sender = acts.mayor_and_secretary(ctx)
    body.append(signature)
    fields: dict[str, Any] = {
        "subject": title,
        "doc_number": num,
        "sender": sender,
        "sender_org": world.MUNI,
    }
    t = common.truth(ctx, "ordenanza", "interno", unit="secretaria-municipal", **fields)
    footer = common.muni_footer(ctx)
    return common.draft(ctx, t, head, body, two_columns=ctx.chance(0.3), footer=footer)
