"""Lonquimay's papers between its own offices and to its people: memorándums between
directions (DE:/A:/FECHA:/MAT. in several orders, as a bordered table, a shaded grid or
plain lines, the subject wrapped or not), informes (técnico, social, de fiscalización) with
or without a stated MATERIA, and certificados.

Truth (devgen's): a memo is interno, subject its MAT./MATERIA/ASUNTO text, number the
memo's, sender the DE: post, recipient the A: post, unit the addressed unit (the one that
must handle it); an informe is interno, subject its MATERIA when it states one and its title
otherwise, sender the DE: post, recipient the PARA: post; a certificado states no subject,
it goes out (salida), but a budget-availability one stays inside (interno)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bench.devgen2.model import Fields, Heading, Para, Rule, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen5 import heads, parts, topics, wording, world
from bench.devgen5.parts import Ctx


def _source(ctx: Ctx, target: str) -> tuple[str | None, str, str, world.Person]:
    """(the writing unit's code or None, its name, its head's post, its head)."""
    if ctx.chance(0.2):
        name, post = ctx.rng.choice(world.OTHER_OFFICES)
        return None, name, post, world.person(ctx.rng, female="Directora" in post)
    code = ctx.rng.choice([u for u in world.UNIT_CODES if u != target])
    unit = world.UNITS[code]
    return code, unit.full, unit.post, unit.chief


def _memo_rows(ctx: Ctx, rows: dict[str, tuple[str, str]]) -> list[Block]:
    """The memo's DE/A/FECHA/MAT rows in one of several orders and dresses."""
    order = ctx.pick("DAFM", "DAFM", "ADFM", "FDAM", "DAMF", "MDAF")
    keyed = {"D": rows["de"], "A": rows["a"], "F": rows["fecha"], "M": rows["mat"]}
    chosen = [keyed[k] for k in order]
    if "ant" in rows:
        chosen.insert(order.index("M") + 1, rows["ant"])
    dress = ctx.pick("fields", "fields", "boxed", "grid", "lines")
    if dress == "grid":
        grid_rows = tuple((k.rstrip(":. "), v) for k, v in chosen)
        return [Grid(grid_rows, shade=ctx.chance(0.5))]
    if dress == "lines":
        lines: list[Block] = [Para(f"{k} {v}", align="left") for k, v in chosen]
        return [*lines, Rule()]
    return [Fields(tuple(chosen), boxed=dress == "boxed"), Rule(ctx.rng.choice((0.5, 1.2)))]


def memorandum(ctx: Ctx) -> Doc:
    """From one office to the unit that must handle the matter."""
    target = ctx.matter.unit
    code, office, post, boss = _source(ctx, target)
    to = world.UNITS[target]
    mat = wording.subject(ctx.rng, wording.MEMO_MATS, ctx.matter)
    num = str(ctx.rng.randint(1, 640))
    label = ctx.pick("MEMORÁNDUM", "MEMORANDUM", "MEMO", "MEMORÁNDUM INTERNO", "MEMO.")
    full, _shown = heads.number(ctx, label, num)
    a = to.post if ctx.chance(0.65) else f"{to.post}\n{to.chief.name}"
    de = post if ctx.chance(0.65) else f"{post}\n{boss.name}"
    colon = ctx.pick(":", " :", ":")
    rows = {
        "de": (f"DE{colon}", de.upper() if ctx.chance(0.4) else de),
        "a": (f"{ctx.pick('A', 'PARA')}{colon}", a.upper() if ctx.chance(0.4) else a),
        "fecha": (f"FECHA{colon}", wording.any_date(ctx.rng, ctx.day)),
        "mat": (
            ctx.pick("MAT.:", "MATERIA:", "ASUNTO:", "REF.:", "Mat.:"),
            heads.printed_subject(ctx, mat),
        ),
    }
    ant = None
    if ctx.chance(0.3):
        ant = f"Correo electrónico de {wording.long_date(wording.earlier(ctx.rng, ctx.day))}"
        rows["ant"] = ("ANT.:", ant)
    head = parts.muni_head(ctx, code, emblem=0.4)
    if code is None:
        head = replace(head, lines=(*head.lines[:1], office))
    blocks: list[Block] = [head, Heading(full, align=ctx.pick("center", "left"), size=1)]
    blocks += _memo_rows(ctx, rows)
    blocks += [
        Para(f"{ctx.pick('Junto con saludar,', 'Por medio del presente,')} {_ask(ctx)}"),
        Para(ctx.matter.detail),
        Para(ctx.pick("Sin otro particular, saluda atentamente,", "Atentamente,", "")),
        parts.signature(ctx, boss.name, post),
    ]
    if ctx.chance(0.5):
        blocks.append(Para(parts.initials(ctx, boss), align="left", size=-2.5))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": world.MUNI, "recipient": to.post, "antecedents": ant}
    t = parts.truth(ctx, "memorandum", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx) if ctx.chance(0.4) else ())


def _ask(ctx: Ctx) -> str:
    m = ctx.matter
    return ctx.pick(
        f"solicito a usted informar respecto de {m.name}, a la brevedad posible.",
        f"remito a usted los antecedentes de {m.other}, para su conocimiento y fines.",
        f"derivo a esa unidad la presentación recibida sobre {m.name}.",
    )


INFORMES = (
    ("INFORME TÉCNICO", ("dom", "secplan", "transito")),
    ("INFORME SOCIAL", ("dideco",)),
    ("INFORME DE FISCALIZACIÓN", ("dom", "jpl", "daf")),
    ("INFORME JURÍDICO", ("juridica",)),
    ("INFORME DE AUDITORÍA", ("control",)),
)


def informe(ctx: Ctx) -> Doc:
    """An informe to the mayor or a direction; the MATERIA stated or only the title."""
    kind, units = ctx.rng.choice(INFORMES)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*units))
    unit = world.UNITS[ctx.matter.unit]
    num = str(ctx.rng.randint(1, 180))
    title = wording.number_text(ctx.rng, kind, num, ctx.day.year)[0] if ctx.chance(0.7) else kind
    numbered = title != kind
    to = world.UNITS[ctx.pick("alcaldia", "administracion")]
    stated = ctx.chance(0.7)
    m = ctx.matter
    materia = topics.cap(
        ctx.pick(
            m.name,
            f"evaluación de {m.name}",
            f"situación de {m.other}",
            f"visita inspectiva al sector {m.sector}",
        )
    )
    rows: list[tuple[str, str]] = [
        ("PARA:", to.post),
        ("DE:", unit.post),
        ("FECHA:", wording.any_date(ctx.rng, ctx.day)),
    ]
    if stated:
        rows.insert(ctx.rng.randint(0, 3), (ctx.pick("MATERIA:", "ASUNTO:", "REF.:"), materia))
    blocks: list[Block] = [parts.muni_head(ctx, ctx.matter.unit), Heading(title, size=2)]
    blocks.append(Fields(tuple(rows), boxed=ctx.chance(0.5)))
    for head, text in (
        ("I. ANTECEDENTES", ctx.matter.detail),
        (
            "II. ANÁLISIS",
            f"Se visitó el sector {ctx.matter.sector} y se revisó {ctx.matter.other}.",
        ),
        ("III. CONCLUSIÓN", "Se sugiere acoger lo solicitado, sujeto a disponibilidad."),
    ):
        blocks += [Para(head, bold=True, align="left"), Para(text)]
    blocks += [Space(4), parts.signature(ctx, unit.chief.name, unit.post)]
    fields: dict[str, Any] = {"subject": materia if stated else title, "sender": unit.post}
    fields |= {"doc_number": num if numbered else None, "recipient": to.post}
    t = parts.truth(ctx, "informe", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


CERTIFICATES = (
    ("CERTIFICADO DE RESIDENCIA", "dideco", "{who} reside en {place}, comuna de Lonquimay"),
    ("CERTIFICADO DE NÚMERO", "dom",
     "el inmueble de {place} tiene asignado el N° {n}, a solicitud de {who}"),
    ("CERTIFICADO DE VIGENCIA", "secretaria-municipal",
     "{org} tiene su directiva vigente, a solicitud de {who}"),
    ("CERTIFICADO DE DISPONIBILIDAD PRESUPUESTARIA", "daf",
     "existe disponibilidad en la cuenta 215.22.04.{n} para el gasto solicitado"),
    ("CERTIFICADO DE ANTIGÜEDAD", "administracion",
     "{who} presta servicios en esta Municipalidad desde el año {year}"),
)  # fmt: skip


def certificado(ctx: Ctx) -> Doc:
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    person = world.person(ctx.rng)
    num = str(ctx.rng.randint(1, 2400))
    heading = wording.number_text(ctx.rng, title, num, ctx.day.year)[0]
    if ctx.chance(0.3):
        heading = heading.replace(f"{title} ", f"{title}\n", 1)
    place, _sector = world.address(ctx.rng)
    values = {"place": place, "n": str(ctx.rng.randint(10, 999)), "org": ctx.pick(*world.ORGS)}
    values["year"] = str(ctx.rng.randint(1995, 2020))
    if "{who}" in claim:
        values["who"] = f"{person.title} {person.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}"
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(heading, size=3),
        Para(f"{unit.post.upper()} DE LA {world.MUNI.upper()}, que suscribe, certifica:"),
        Para(f"Que, {claim.format(**values)}, según consta en los registros de esta unidad."),
        Para("Se extiende el presente a petición del interesado para los fines que estime "
             "conveniente."),
        Para(wording.town_date(ctx.rng, "Lonquimay", ctx.day), align=ctx.pick("right", "left")),
        parts.signature(ctx, unit.chief.name, unit.post, world.MUNI_NAMES[1]),
    ]  # fmt: skip
    direction = "interno" if "DISPONIBILIDAD" in title else "salida"
    fields: dict[str, Any] = {"doc_number": num, "sender": unit.post, "sender_org": world.MUNI}
    t = parts.truth(ctx, "certificado", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
