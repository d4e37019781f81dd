"""Chimbarongo's papers that stay in the house: memorándums from one unit to the one that
must act (label rows under a «MEMORÁNDUM N°» heading; «DE:» and «PARA:» at the left beside
the number and date at the right, the subject under them in one of subjects' ways; a
bordered table of De, Para and Fecha with the subject in small letters or after «Ref.:»
beneath; or a short note that states no subject) and technical reports (a unit's «INFORME
TÉCNICO N° …», the visit's data in a table, «MATERIA:» or «Objeto:» or nothing; now and
then a second page of photographs).

Truth (devgen's): a memo is a memorandum, interno, for the addressed unit, subject as
placed (None for the note), sender the DE text, recipient the PARA text; an informe is
interno, for the unit that writes it, subject its «MATERIA:»/«Objeto:» text or else its
title, sender the signing head's post, recipient the PARA line."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Pair, Para, Space, Table
from bench.devgen4.model import Block, Break, Doc, Photos
from bench.devgen14 import parts, subjects, topics, wording, world
from bench.devgen14.parts import Ctx

SOURCES = (
    "administracion",
    "dom",
    "dideco",
    "secplan",
    "daf",
    "juridica",
    "control",
    "salud",
    "transito",
    "alcaldia",
)


def _memo_head(ctx: Ctx, shown: str, de: str, para: str, text: str) -> tuple[list[Block], Any]:
    """The memo's head in one of four forms; (blocks, the subject registered)."""
    fecha = wording.when(ctx.rng, ctx.day)
    form = ctx.rng.randrange(4)
    if form == 0:
        rows = (
            ("DE:", de),
            ("PARA:", para),
            ("FECHA:", fecha),
            (ctx.pick("MAT.:", "ASUNTO:"), text),
        )
        return [Heading(shown, size=1), Fields(rows, boxed=ctx.chance(0.3)), Space(2)], text
    if form == 1:
        placed = subjects.place(ctx, ctx.pick("asunto", "ref", "lower", "underline", "table"), text)
        pair = Pair(
            (f"DE: {de}", f"PARA: {para}"), (shown, f"Fecha: {fecha}"), 0.6, right_align="right"
        )
        return [pair, *placed.blocks, Space(2)], placed.subject
    if form == 2:
        placed = subjects.place(ctx, ctx.pick("lower", "ref", "materia"), text)
        table = Table((("De", "Para", "Fecha"), (de, para, fecha)), widths=(2.2, 2.2, 1.2))
        return [Heading(shown, size=0.5, align="left"), table, *placed.blocks, Space(2)], (
            placed.subject
        )
    note = (f"{shown}", f"De: {de}", f"A: {para}", fecha)
    return [Para("\n".join(note), align="left", bold=False), Space(3)], None


def memorandum(ctx: Ctx) -> Doc:
    """One unit writes to the one that must handle the matter (interno)."""
    if ctx.matter.unit == "alcaldia":
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, ctx.pick("dideco", "dom", "secplan"))
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    text = wording.said(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    shown, num = wording.number(
        ctx.rng, ctx.pick("MEMORÁNDUM", "MEMO", "Memorándum"), ctx.day.year, 900
    )
    de = ctx.pick(source.post.upper(), f"{source.chief.name}, {source.post}", source.full)
    para = ctx.pick(target.post.upper(), target.full.upper(), target.post)
    blocks: list[Block] = [parts.muni_head(ctx, source.code)]
    head, subject = _memo_head(ctx, shown, de, para, text)
    m = ctx.matter
    blocks += [
        *head,
        Para(f"Por medio del presente, remito a usted los antecedentes de {m.name}. {m.detail}"),
        Para(
            ctx.pick(
                "Se solicita su pronta gestión.",
                "Para su conocimiento y fines.",
                "Agradeceré responder en cinco días hábiles.",
            )
        ),
    ]
    tail, _post = parts.unit_signs(ctx, source.code)
    blocks += [*tail, *parts.foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": de}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", recipient=para, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def informe(ctx: Ctx) -> Doc:
    """A unit's technical report to the mayor or the Administrador (interno)."""
    code = ctx.matter.unit if ctx.matter.unit in SOURCES[:-1] else ctx.pick("dom", "dideco")
    if code != ctx.matter.unit:
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit, m = world.UNITS[code], ctx.matter
    n = ctx.rng.randint(1, 160)
    title = f"{ctx.pick('INFORME TÉCNICO', 'INFORME SOCIAL', 'INFORME')} N° {n}/{ctx.day.year}"
    mat = wording.cap(
        f"{ctx.pick('Situación de', 'Visita a terreno por', 'Evaluación de')} {m.name}"
    )
    to = ctx.pick("SR. ALCALDE", "SR. ADMINISTRADOR MUNICIPAL", "Alcalde de Chimbarongo")
    form = ctx.rng.randrange(3)
    rows = [("PARA:", to), ("DE:", unit.post.upper()), ("FECHA:", wording.when(ctx.rng, ctx.day))]
    if form == 0:
        rows.append(("MATERIA:", mat))
    blocks: list[Block] = [parts.muni_head(ctx, code), Heading(title, size=1), Fields(tuple(rows))]
    if form == 1:
        blocks.append(Para(f"Objeto: {mat}", align="left", bold=ctx.chance(0.5)))
    visit = wording.earlier(ctx.rng, ctx.day)
    data = (
        ("Sector", "Fecha de visita", "Profesional"),
        (m.sector, f"{visit.day:02d}-{visit.month:02d}-{visit.year}", world.person(ctx.rng).name),
    )
    blocks += [Space(2), Table(data, widths=(1.6, 1.4, 2.6))]
    for i, (head, said) in enumerate(
        (
            ("ANTECEDENTES", f"Se recibió requerimiento sobre {m.other}."),
            ("SITUACIÓN CONSTATADA", m.detail),
            ("CONCLUSIÓN", "Se sugiere instruir a la unidad respectiva la adopción de medidas."),
        ),
        1,
    ):
        blocks += [Para(f"{i}. {head}", bold=True, align="left"), Para(said, left=5)]
    tail, sender = parts.unit_signs(ctx, code)
    blocks += tail
    if ctx.chance(0.3):
        shots = tuple(f"Fotografía {i}: {m.sector}" for i in range(1, ctx.rng.choice((3, 5))))
        blocks += [Break(), Para("ANEXO FOTOGRÁFICO", bold=True, align="center"), Photos(shots)]
    fields: dict[str, Any] = {"subject": title if form == 2 else mat, "doc_number": str(n)}
    t = parts.truth(
        ctx,
        "informe",
        "interno",
        unit=code,
        sender_org="muni",
        recipient=to,
        sender=sender,
        **fields,
    )
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx), page_label="Página {p} de {n}")
