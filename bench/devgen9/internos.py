"""Quirihue's papers that stay in the house, or that it hands out: memorándums from one unit
to the one that must act (a four-column form, DE/PARA beside FECHA/N°, ASUNTO across; lines
in sentence case with «Materia:» and the date under them; or the number and date at the
right, the addressee as a letter's and a «Ref.:» line indented under it), the mayor's
providencias that route an incoming paper («Pase a:», ticked instructions,
«Observaciones:»), informes (a unit's, titled, with or without a «Materia:» row; the
emergency office's ALFA form after a fire) and certificados.

Truth (devgen's): a memo is a memorandum, interno, for the addressed unit, its subject the
ASUNTO/Materia/Ref. text, sender the DE post, recipient the PARA post; a providencia is
otro, interno, for the unit it routes the paper to, its subject the «Materia:» text or None,
recipient the «Pase a:» text; an informe is interno, for the unit that writes it, its
subject its «Materia:» or else its title; a certificado is salida, states no subject."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Para, Rule, Space
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen9 import oficios, parts, topics, wording, world
from bench.devgen9.parts import Ctx

SOURCES = ("alcaldia", "administracion", "dom", "dideco", "secplan", "daf", "juridica", "control")


def _memo_head(ctx: Ctx, number: str, de: str, para: str, mat: str) -> list[Block]:
    """The memo's head in one of three arrangements (``number``: «N° 45/2025»)."""
    when = wording.when(ctx.rng, ctx.day)
    style = ctx.pick("grid", "sentence", "ref")
    if style == "grid":
        bare = number.split(None, 1)[1]
        cells = (("DE", de, "PARA", para), ("FECHA", when, "N°", bare), ("ASUNTO", mat))
        return [Heading("MEMORÁNDUM INTERNO", size=1), Grid(cells, shade=ctx.chance(0.6))]
    if style == "sentence":
        rows = (("De:", de), ("A:", para), ("Materia:", mat))
        return [
            Para(f"Memorándum {number}", bold=True, align="left"),
            Fields(rows, bold_labels=False),
            Para(f"{world.COMMUNE}, {when}", align="right"),
            Rule(0.5),
        ]
    return [
        Para(f"MEMO {number}", bold=True, align="right"),
        Para(f"{world.COMMUNE}, {when}", align="right"),
        Para(f"{ctx.pick('Sr(a).', 'A:')}\n{para}\nPresente", align="left"),
        Para(f"Ref.: {mat}", align="left", left=60),
    ]


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.subject(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    shown, num = wording.number(ctx.rng, "", ctx.day.year, 600)
    number = shown.strip()
    de, para = source.post.upper(), target.post.upper()
    m = ctx.matter
    blocks: list[Block] = [parts.muni_head(ctx, source.code, mark=0.6)]
    blocks += _memo_head(ctx, number, de, para, mat)
    blocks += [
        Para(f"Junto con saludar, remito a usted los antecedentes de {m.name}. {m.detail}"),
        Para(ctx.pick("Se solicita su pronta gestión.", "Para su conocimiento y fines.")),
    ]
    signature, _sender = parts.signed(ctx, source.chief, source.post)
    blocks += [signature, *oficios.foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": de, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


ORDERS = world.texts("orders")


def providencia(ctx: Ctx) -> Doc:
    """The mayor routes an incoming paper to the unit that must act (otro, interno)."""
    if ctx.matter.unit == "alcaldia":  # the mayor routes papers to the units
        ctx.matter = topics.pick(
            ctx.rng, ctx.day.year, ctx.pick("dom", "dideco", "daf", "transito")
        )
    target = world.UNITS[ctx.matter.unit]
    num = str(ctx.rng.randint(40, 3900))
    entry = ctx.rng.randint(200, 9400)
    past = wording.some_earlier(ctx.rng, ctx.day)
    to = ctx.pick(target.full.upper(), target.short, f"{target.post} ({target.short})")
    ticked = ctx.rng.sample(range(len(ORDERS)), 2)
    rows = tuple(("X" if i in ticked else "", o) for i, o in enumerate(ORDERS))
    subject = cap(ctx.matter.name) if ctx.chance(0.5) else None
    head = [("Pase a:", to), ("Ingreso N°:", f"{entry} de {past}")]
    head += [("Materia:", subject)] if subject else []
    blocks: list[Block] = [
        parts.muni_head(ctx, "alcaldia"),
        Heading(f"PROVIDENCIA {ctx.pick('ALCALDICIA ', '')}N° {num}", size=1.5),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Fields(tuple(head)),
        Table(rows, header=False, widths=(0.4, 6.0)),
        Para(
            f"Observaciones: {ctx.pick('Urgente.', 'Plazo 5 días.', 'Coordinar con DIDECO.', '')}"
        ),
    ]
    admin = world.UNITS["administracion"]
    who, post = (
        (admin.chief, admin.post) if ctx.chance(0.4) else (world.UNITS["alcaldia"].chief, "Alcalde")
    )
    signature, sender = parts.signed(ctx, who, post)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "otro", "interno", sender_org="muni", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, page_label="")


REPORTS = {unit: title for unit, title in world.rows("reports")}  # unit: its informes' title


def _alfa(ctx: Ctx, num: str) -> tuple[list[Block], str]:
    """The emergency office's ALFA form after a fire (its blocks, its title)."""
    title = f"INFORME DE INCIDENTE O EMERGENCIA ALFA N° {num}"
    m = ctx.matter
    rows = (
        ("Región", "Ñuble", "Comuna", world.COMMUNE),
        (
            "Fecha",
            wording.when(ctx.rng, ctx.day),
            "Hora",
            f"{ctx.rng.randint(0, 23):02d}:{ctx.rng.randint(0, 59):02d}",
        ),
        ("Tipo de evento", "Incendio forestal"),
        ("Ubicación", f"Sector {m.sector}"),
        (
            "Personas afectadas",
            str(ctx.rng.randint(3, 60)),
            "Albergadas",
            str(ctx.rng.randint(0, 20)),
        ),
        ("Viviendas con daño mayor", str(ctx.rng.randint(0, 9))),
        ("Descripción", m.detail),
    )
    return [Heading(title, size=1), Grid(rows, title="1. IDENTIFICACIÓN DEL EVENTO")], title


def informe(ctx: Ctx) -> Doc:
    """A unit's informe to the mayor, or the ALFA form of an emergency (interno)."""
    num = str(ctx.rng.randint(1, 90))
    if ctx.chance(0.3):
        ctx.matter = topics.within(ctx.rng, ctx.day.year, ("alcaldia:01",))
        blocks, title = _alfa(ctx, num)
        code, subject = "alcaldia", title
        unit = world.UNITS[code]
    else:
        code = ctx.matter.unit if ctx.matter.unit in REPORTS else ctx.pick(*REPORTS)
        if code != ctx.matter.unit:
            ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
        unit, m = world.UNITS[code], ctx.matter
        title = f"{REPORTS[code]} N° {num}"
        materia = cap(m.name) if ctx.chance(0.6) else None
        rows = [
            ("A:", "Sr. Alcalde"),
            ("DE:", unit.post),
            ("FECHA:", wording.when(ctx.rng, ctx.day)),
        ]
        rows += [("Materia:", materia)] if materia else []
        blocks = [
            Heading(title, size=1.5, underline=ctx.chance(0.5)),
            Fields(tuple(rows)),
            Space(2),
            Para("I. ANTECEDENTES", bold=True, align="left"),
            Para(f"{cap(m.other)}. {m.detail}"),
            Para("II. CONCLUSIONES", bold=True, align="left"),
            Para("Se recomienda adoptar las medidas señaladas dentro de quince días hábiles."),
        ]
        subject = materia or title
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks = [parts.muni_head(ctx, code), *blocks, signature]
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "informe", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


CERTIFICATES = world.rows("certificates")  # title | unit | what it certifies


def certificado(ctx: Ctx) -> Doc:
    """A unit's head certifies (salida); no subject."""
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    unit = world.UNITS[code]
    shown, num = wording.number(ctx.rng, title, ctx.day.year, 900)
    values = {
        "street": world.street_address(ctx.rng),
        "rol": f"{ctx.rng.randint(40, 760)}-{ctx.rng.randint(1, 38)}",
        "n": str(ctx.rng.randint(10, 1400)),
        "org": ctx.pick(*world.ORGS),
    }
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    fee = f"Derechos pagados: ${ctx.rng.randint(2, 18) * 500:,}".replace(",", ".")
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(shown, size=2),
        Para(
            f"{'La' if unit.chief.female else 'El'} {unit.post} que suscribe certifica que "
            f"{claim.format(**values)}."
        ),
        Para(
            "Se extiende el presente certificado a solicitud del interesado, para los fines que "
            "estime conveniente."
        ),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="left"),
        signature,
        Para(
            f"{fee} · Boletín de ingreso N° {ctx.rng.randint(1000, 99999)}", size=-2, align="left"
        ),
    ]
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
