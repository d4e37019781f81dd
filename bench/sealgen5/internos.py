"""The municipality's own papers: memorándums between its directions, reports and
certificates.

Memorándums: a centred «MEMORÁNDUM N° …» over spaced rows («A :», «DE :», «FECHA :»,
«REF. :»); a table with a header row (N°, FECHA, DE, PARA) and «Tema:» under it; the
document system's print (a shaded grid «Folio», «Remitente», «Destinatario», «Materia»);
or rows with no subject at all. Reports: a title with the direction, «Materia» or «Tema:»
rows, findings in a table at times. Certificates: no subject line; the number in the title
or over it at the right, the date at the foot.

Truth (devgen's): a memorandum, interno, for the addressed unit, subject the REF./Tema/
Materia text (None when none), sender the DE text, recipient the PARA/A text; an informe,
interno, its subject the Materia/Tema text or its title when none is printed, sender the
signing post, recipient the Alcalde as addressed; a certificado, salida, no subject, its
number, sender the certifying post; sender_org the municipality as its letterhead names it."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Para, Space, Table
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.world import Unit
from bench.sealgen5 import parts, topics, wording, world
from bench.sealgen5.parts import Ctx

SOURCES = ("administracion", "dom", "dideco", "secplan", "daf", "juridica", "transito", "salud")


def _memo_head(ctx: Ctx, shown: str, num: str, de: str, para: str, mat: str) -> list[Block]:
    """The memo's head in one of four arrangements; ``mat`` "" prints no subject."""
    fecha = wording.day_text(ctx.rng, ctx.day)
    style = ctx.pick("rows", "table", "system") if mat else "rows"
    if style == "rows":
        rows = [("A :", para), ("DE :", de), ("FECHA :", fecha)]
        rows += [("REF. :", mat)] if mat else []
        return [Heading(shown, size=1.5, underline=ctx.chance(0.5)), Fields(tuple(rows))]
    if style == "table":
        table = Table(
            (("N°", "FECHA", "DE", "PARA"), (num, fecha, de, para)), widths=(1, 1.3, 2, 2)
        )
        return [
            Heading("MEMORÁNDUM", size=1.5),
            table,
            Para(f"Tema: {mat}", align="left", bold=True),
        ]
    rows2 = (
        ("Folio", num, "Fecha", fecha),
        ("Remitente", de),
        ("Destinatario", para),
        ("Materia", mat),
    )
    return [Grid(rows2, title="MEMORÁNDUM ELECTRÓNICO · SISTEMA DE GESTIÓN DOCUMENTAL")]


def _ends(ctx: Ctx) -> tuple[Unit, Unit]:
    """(the writing direction, the addressed one: the matter's; the mayor's matters go to
    SECPLAN, DIDECO or the DOM)."""
    to = ctx.matter.unit
    if to == "alcaldia":
        to = ctx.rng.choice(("secplan", "dideco", "dom"))
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, to)
    others = [u for u in SOURCES if u != to]
    return world.UNITS[others[ctx.rng.randrange(len(others))]], world.UNITS[to]


def memorandum(ctx: Ctx) -> Doc:
    """One direction writes to the one that must handle the matter (interno)."""
    source, target = _ends(ctx)
    text = wording.said(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    mat = "" if ctx.chance(0.15) else wording.capitals(ctx.rng, text, 0.25)
    shown, num = wording.number(
        ctx.rng, ctx.pick("MEMORÁNDUM", "MEMO", "MEMO INTERNO"), ctx.day.year, 900
    )
    de = ctx.pick(source.post.upper(), f"{source.chief.name}, {source.post}", source.full)
    para = ctx.pick(
        target.post.upper(), f"{target.chief.title} {target.chief.name}", target.full.upper()
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, source.code),
        *_memo_head(ctx, shown, num, de, para, mat),
        Space(3),
    ]
    m = ctx.matter
    blocks += [
        Para(f"Junto con saludar, remito a usted lo relativo a {m.name}. {m.detail}"),
        Para(
            ctx.pick(
                "Le solicito gestionar lo que corresponda e informar a esta Dirección.",
                "Se adjuntan los antecedentes recibidos para su conocimiento.",
                "Agradeceré su respuesta dentro de la semana.",
            )
        ),
    ]
    sig, _ = parts.signed(ctx, source.chief, source.post)
    blocks += [sig, *parts.foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": de}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", recipient=para, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


def informe(ctx: Ctx) -> Doc:
    """A direction's report to the mayor (interno)."""
    code = ctx.matter.unit if ctx.matter.unit != "alcaldia" else ctx.pick("dom", "dideco")
    if code != ctx.matter.unit:
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit, m = world.UNITS[code], ctx.matter
    n = ctx.rng.randint(1, 160)
    kind = ctx.pick("INFORME TÉCNICO", "INFORME DE VISITA A TERRENO", "INFORME SOCIAL", "INFORME")
    title = f"{kind} N° {n:03d}-{ctx.day.year}"
    mat = wording.cap(f"{ctx.pick('Estado de', 'Diagnóstico de', 'Inspección por')} {m.name}")
    to = ctx.pick("SR. ALCALDE", "Sr. Alcalde de Vallenar", "ALCALDE DE LA COMUNA")
    stated = ctx.chance(0.65)
    rows = [("Para", to), ("De", unit.full), ("Fecha", wording.day_text(ctx.rng, ctx.day))]
    if stated:
        rows.insert(0, (ctx.pick("Materia", "Tema:"), mat))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(f"{title}\n{unit.full.upper()}", size=1),
        Fields(tuple(rows), boxed=ctx.chance(0.5)),
        Space(2),
        Para("I. ANTECEDENTES", bold=True, align="left"),
        Para(f"Se recibió requerimiento referido a {m.other}.", left=5),
        Para("II. LO CONSTATADO", bold=True, align="left"),
        Para(
            f"{m.detail} La visita se realizó el {wording.some_earlier(ctx.rng, ctx.day)}.", left=5
        ),
    ]
    if ctx.chance(0.4):
        found = [("Ítem", "Observación", "Prioridad")]
        for i in range(1, ctx.rng.randint(3, 5)):
            found.append(
                (
                    str(i),
                    ctx.pick("Daño visible", "Riesgo a terceros", "Falta mantención"),
                    ctx.pick("Alta", "Media", "Baja"),
                )
            )
        blocks.append(Table(tuple(found), widths=(0.6, 3, 1.2)))
    blocks += [
        Para("III. PROPUESTA", bold=True, align="left"),
        Para("Se propone instruir a la unidad competente y fijar un plazo de respuesta.", left=5),
    ]
    sig, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks.append(sig)
    fields: dict[str, Any] = {"subject": mat if stated else f"{title} {unit.full.upper()}"}
    fields |= {"doc_number": f"{n:03d}", "sender": sender, "recipient": to}
    t = parts.truth(ctx, "informe", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


CERTIFICATES = (
    (
        "CERTIFICADO DE RESIDENCIA",
        "dideco",
        "{who}, tiene domicilio en {place}, sector {sector}, comuna de Vallenar",
    ),
    (
        "CERTIFICADO DE INFORMACIONES PREVIAS",
        "dom",
        "el predio rol {rol}, ubicado en {place}, se emplaza en zona urbana del Plan "
        "Regulador Comunal",
    ),
    (
        "CERTIFICADO DE ANTIGÜEDAD",
        "daf",
        "{who}, mantiene patente comercial vigente en {place} desde el año {since}",
    ),
    (
        "CERTIFICADO DE PERSONALIDAD JURÍDICA",
        "secretaria-municipal",
        "{org} se encuentra inscrita en el registro municipal, con directorio vigente",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    """A head certifies (salida); no subject line."""
    pick = ctx.rng.randrange(len(CERTIFICATES))
    title, code, claim = CERTIFICATES[pick]
    unit, ctx.matter = world.UNITS[code], topics.of_unit(ctx.rng, ctx.day.year, code)
    num = str(ctx.rng.randint(15, 2400))
    p = world.person(ctx.rng)
    values = {
        "who": f"{p.title} {p.name}, RUT {ctx.rut(ctx.rng.randint(4_800_000, 25_000_000))}"
        if "{who}" in claim
        else "",
        "place": world.street_address(ctx.rng),
        "sector": ctx.pick(*world.SECTORS),
        "rol": f"{ctx.rng.randint(60, 940)}-{ctx.rng.randint(1, 58)}",
        "org": ctx.pick(*world.ORGS),
        "since": str(ctx.day.year - ctx.rng.randint(2, 25)),
    }
    head: list[Block] = [parts.muni_head(ctx, code)]
    if ctx.chance(0.5):
        head += [
            Para(f"N° {num}/{ctx.day.year}", align="right", bold=True),
            Heading(title, size=1.5),
        ]
    else:
        head.append(Heading(f"{title} N° {num}", size=1.5))
    article = "La" if unit.chief.female else "El"
    blocks = [
        *head,
        Para(
            f"{article} {unit.post} de la {world.MUNI} que suscribe certifica que "
            f"{claim.format(**values)}."
        ),
        Para(
            "Se otorga el presente certificado a solicitud del interesado, para los fines "
            "que estime convenientes."
        ),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align=ctx.pick("left", "right")),
    ]
    sig, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks += [sig, *parts.sealed(ctx, f"Municipalidad de Vallenar {unit.short}", "Vallenar", 0.5)]
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
