"""Río Bueno's own papers: memorándums between units (PARA/DE/FECHA/ASUNTO stacked over a
rule, a two-by-two table with the subject after it, or the subject in capitals as an
underlined line with no label), minutes of the Concejo, the COSOC and the Concejo's
committees, informes (técnico, social, jurídico, de auditoría) and convenios.

Truth (devgen's): a memo is a memorandum, interno, for the addressed unit; subject the
ASUNTO/MAT. text or the underlined line as printed; sender the DE post, recipient the PARA
post. Minutes of the Concejo are an acta_concejo, of the COSOC or a committee otro, interno,
for the Secretaría Municipal, subject the title, number the session's. An informe is
interno, for the unit that writes it, subject its MATERIA or else its title. A convenio's
subject is its title; salida when Río Bueno contracts with an organisation, entrada when an
office sends it; no number."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Listing, Para, Rule, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen8 import parts, senders, topics, wording, world
from bench.devgen8.parts import Ctx

SOURCES = ("alcaldia", "administracion", "dom", "dideco", "secplan", "daf", "juridica", "control")


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.subject(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    num = str(ctx.rng.randint(1, 880))
    number = wording.numbered(
        ctx.rng, ctx.pick("MEMORÁNDUM", "MEMO", "Memorándum"), num, ctx.day.year
    )
    when = wording.plain_date(ctx.rng, ctx.day)
    de, para = source.post, target.post
    blocks: list[Block] = [parts.muni_head(ctx, source.code, mark=0.5)]
    style = ctx.pick("stack", "table", "underlined")
    if style == "stack":
        label = ctx.pick("ASUNTO:", "MAT.:", "REF.:")
        rows = (
            ("PARA:", para),
            ("DE:", de),
            ("FECHA:", when),
            (label, wording.broken(ctx.rng, mat, 50)),
        )
        blocks += [Heading(number, size=2, align="left"), Fields(rows), Rule(1.0)]
    elif style == "table":
        cells = (("DE: " + de, number), ("PARA: " + para, "FECHA: " + when))
        blocks += [
            Table(cells, header=False, widths=(3.0, 2.0)),
            Space(2),
            Para(f"{ctx.pick('Asunto:', 'ASUNTO:')} {mat}", align="left", bold=True),
        ]
    else:
        mat = mat.upper()
        blocks += [
            Heading(number, size=2),
            Fields((("A", para), ("DE", de), ("FECHA", when))),
            Space(2),
            Heading(mat, size=0, underline=True),
        ]
    m = ctx.matter
    blocks += [
        Para(f"Por el presente remito a usted lo relativo a {m.name}. {m.detail}"),
        Para(ctx.pick("Favor dar respuesta a la brevedad.", "Saluda atentamente,")),
        parts.signature(ctx, source.chief.name, source.post),
    ]
    if ctx.chance(0.5):
        blocks.append(Para(parts.initials(ctx, source.chief), align="left", size=-2.5))
    fields: dict[str, Any] = {"subject": " ".join(mat.split()), "doc_number": num}
    fields |= {"sender": de, "sender_org": world.MUNI, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


COUNCIL = (
    "Marcela Hott Uribe",
    "Juan Carlos Epul Leiva",
    "Ximena Schwerter Ojeda",
    "Pedro Pablo Catalán Ruiz",
    "Ana Luisa Quilaqueo Navarro",
    "Héctor Vásquez Barrientos",
)
COMMITTEES = ("Salud y Educación", "Obras y Urbanismo", "Finanzas", "Desarrollo Rural")


def acta(ctx: Ctx) -> Doc:
    """Minutes of the Concejo, the COSOC or a committee (interno, Secretaría Municipal)."""
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    sec = world.UNITS["secretaria-municipal"]
    num = str(ctx.rng.randint(1, 140))
    body = ctx.pick("concejo", "concejo", "cosoc", "comision")
    kind = ctx.pick("Ordinaria", "Extraordinaria")
    if body == "concejo":
        title = ctx.pick(
            f"ACTA SESIÓN {kind.upper()} N° {num} DEL CONCEJO MUNICIPAL DE RÍO BUENO",
            f"Acta N° {num}, Sesión {kind} del Concejo Municipal",
        )
    elif body == "cosoc":
        title = f"ACTA N° {num} CONSEJO COMUNAL DE ORGANIZACIONES DE LA SOCIEDAD CIVIL"
    else:
        title = f"Acta Comisión de {ctx.pick(*COMMITTEES)} N° {num}"
    d = ctx.day
    blocks: list[Block] = [parts.muni_head(ctx, "secretaria-municipal"), Heading(title, size=1.5)]
    blocks += [
        Para(
            f"En Río Bueno, a {d.day} de {wording.long_date(d).split(' ')[2]} de {d.year}, "
            f"siendo las {ctx.rng.randint(9, 16)}:{ctx.pick('00', '30')} horas, en el Salón "
            "de Sesiones, se da inicio a la reunión."
        ),
        Listing("Asistentes:", tuple(ctx.rng.sample(COUNCIL, 4))),
        Para("TABLA", bold=True, align="left"),
    ]
    for i, p in enumerate([ctx.matter, topics.pick(ctx.rng, d.year)], 1):
        blocks += [
            Para(f"{i}. {cap(p.name)}.", bold=True, align="left"),
            Para(f"{p.detail} Se acuerda por unanimidad lo relativo a {p.other}."),
        ]
    blocks.append(Signature((Signer(sec.chief.name, f"{sec.post}\nMinistra de Fe"),)))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sec.post}
    doc_type = "acta_concejo" if body == "concejo" else "otro"
    t = parts.truth(ctx, doc_type, "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


REPORTS = {
    "dom": "INFORME TÉCNICO",
    "secplan": "INFORME TÉCNICO",
    "dideco": "INFORME SOCIAL",
    "juridica": "INFORME JURÍDICO",
    "control": "INFORME DE AUDITORÍA",
}


def informe(ctx: Ctx) -> Doc:
    """An informe of a unit to the mayor (interno, for the writing unit)."""
    code = ctx.matter.unit if ctx.matter.unit in REPORTS else ctx.pick(*REPORTS)
    if code != ctx.matter.unit:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, code)
    unit, m = world.UNITS[code], ctx.matter
    num = str(ctx.rng.randint(1, 150))
    title = wording.numbered(
        ctx.rng, ctx.pick(REPORTS[code], REPORTS[code].title()), num, ctx.day.year
    )
    materia = wording.capitals(ctx.rng, cap(m.name), 0.25)
    stated = ctx.chance(0.65)
    rows = [
        ("A", "Sr. Alcalde"),
        ("DE", unit.post),
        ("FECHA", wording.plain_date(ctx.rng, ctx.day)),
    ]
    if stated:
        rows.insert(ctx.rng.randint(0, 3), (ctx.pick("MATERIA", "Materia"), materia))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(title, size=2, underline=ctx.chance(0.4)),
        Fields(tuple((f"{k}:", v) for k, v in rows), boxed=ctx.chance(0.3)),
    ]
    for head, text in (
        ("1. ANTECEDENTES", f"{cap(m.other)}. {m.detail}"),
        (
            "2. CONCLUSIÓN",
            "Se sugiere adoptar las medidas indicadas en un plazo de 15 días hábiles.",
        ),
    ):
        blocks += [Para(head, bold=True, align="left"), Para(text)]
    blocks.append(parts.signature(ctx, unit.chief.name, unit.post))
    fields: dict[str, Any] = {"subject": materia if stated else title, "doc_number": num}
    fields |= {"sender": unit.post, "sender_org": world.MUNI, "recipient": "Sr. Alcalde"}
    t = parts.truth(ctx, "informe", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


def convenio(ctx: Ctx) -> Doc:
    """A convenio with an organisation (salida) or sent by an office (entrada)."""
    mayor = world.UNITS["alcaldia"].chief
    office = senders.for_matter(ctx.rng, ctx.matter.unit, senders.SERVICES)
    own = office is None or ctx.chance(0.4)
    blocks: list[Block]
    if own or office is None:
        org = ctx.pick(*world.ORGS, *world.JJVV)
        title = ctx.pick(
            "CONVENIO DE COLABORACIÓN", "CONVENIO DE COMODATO", "CONVENIO DE COOPERACIÓN"
        )
        title += f" ENTRE LA ILUSTRE MUNICIPALIDAD DE RÍO BUENO Y {world.with_article(org).upper()}"
        other = world.person(ctx.rng)
        second = Signer(other.name.upper(), "Presidente(a)", org)
        sender, sender_org, blocks = "Alcalde", world.MUNI, [parts.muni_head(ctx, ctx.matter.unit)]
    else:
        other = world.person(ctx.rng)
        post = office.signer_post(other.female)
        title = (
            f"CONVENIO DE TRANSFERENCIA DE RECURSOS ENTRE {office.org.upper()} Y LA ILUSTRE "
            "MUNICIPALIDAD DE RÍO BUENO"
        )
        second = Signer(other.name.upper(), post, office.org)
        sender, sender_org, blocks = post, office.org, [parts.office_head(ctx, office)]
    if ctx.chance(0.4):
        title += f" PARA {ctx.matter.name.upper()}"
    d = ctx.day
    blocks += [
        Heading(title, size=1),
        Para(
            f"En Río Bueno, a {wording.long_date(d)}, comparecen las partes que se indican "
            f"y acuerdan lo siguiente en relación con {ctx.matter.other}:"
        ),
        Para(f"PRIMERO: {ctx.matter.detail}"),
        Para(
            "SEGUNDO: Las partes se obligan a ejecutar el objeto del presente convenio "
            "dentro del plazo de doce meses."
        ),
        Para("TERCERO: El presente convenio se firma en tres ejemplares de igual tenor."),
        Signature((Signer(mayor.name.upper(), "Alcalde", world.MUNI), second), "center"),
    ]
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": sender_org}
    t = parts.truth(ctx, "convenio", "salida" if own else "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))
