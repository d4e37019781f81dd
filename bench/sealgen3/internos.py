"""Casablanca's papers that stay in the house or that it hands out: memorándums from one unit
to the one that must act (DE/PARA beside the number and date in a boxed pair with «REF.:»
across; «PARA: / DE: / ASUNTO: / FECHA:» rows under a left title; or a note addressed like
a letter with «Materia:» under the addressee), informes (a titled report with a shaded
table of who asked, who wrote, the date and maybe the matter) and certificados (of number,
of non-expropriation, of a legal personality in force, of a trading licence).

Truth (devgen's): a memorandum, interno, for the addressed unit; subject the REF./ASUNTO/
Materia text; sender the DE text (the signer's post for the letter-like note), recipient
the PARA text (the addressee's first line); an informe, interno, for the unit that writes
it, subject its «Materia» or else its title; a certificado, salida, for the unit that
issues it, no subject, its number, sender the post as signed."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Pair, Para, Rule, Space
from bench.devgen2.topics import cap
from bench.devgen2.world import Person
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen3 import parts, topics, wording, world
from bench.sealgen3.parts import Ctx

SOURCES = ("alcaldia", "administracion", "dom", "dideco", "secplan", "daf", "juridica", "control")


def _memo_head(ctx: Ctx, number: str, de: str, para: str, mat: str) -> tuple[list[Block], bool]:
    """(the head, whether it prints the DE text)."""
    when = wording.when(ctx.rng, ctx.day)
    style = ctx.pick("pair", "rows", "letter")
    if style == "pair":
        pair = Pair((f"DE : {de}", f"PARA : {para}"), (number, f"FECHA : {when}"), 0.62, True)
        return [pair, Para(f"REF.: {mat}", bold=True, align="left"), Rule(0.5)], True
    if style == "rows":
        rows = (("PARA:", para), ("DE:", de), ("ASUNTO:", mat), ("FECHA:", when))
        return [Heading(number, size=1, align="left"), Fields(rows), Rule(0.8)], True
    return [
        Heading(number, size=0.5, align="right"),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Para(para, align="left"),
        Para(f"Materia: {mat}", align="left", left=70),
        Space(2),
    ], False


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    if ctx.matter.unit == "alcaldia":
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, ctx.pick("dom", "dideco", "secplan"))
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.capitals(ctx.rng, wording.stated(ctx.rng, wording.MEMO, ctx.matter, ctx.day), 0.2)
    number, num = wording.number(
        ctx.rng, ctx.pick("MEMO", "MEMORÁNDUM", "MEMO INTERNO"), ctx.day.year, 700
    )
    de = ctx.pick(source.post.upper(), f"{source.chief.name} - {source.post}", source.short)
    para = ctx.pick(target.post.upper(), f"{target.chief.name}, {target.post}", target.full)
    head, shows_de = _memo_head(ctx, number, de, para, mat)
    m = ctx.matter
    blocks: list[Block] = [parts.muni_head(ctx, source.code), *head]
    blocks += [
        Para(
            f"Junto con saludar, informo a usted que esta unidad recibió antecedentes sobre "
            f"{m.name}. {m.detail}"
        ),
        Para(
            ctx.pick(
                "Solicito a usted gestionar lo que corresponda.",
                "Agradeceré responder en un plazo de cinco días hábiles.",
                "Se adjuntan los antecedentes para su revisión.",
            )
        ),
    ]
    signature, sender = parts.signed(ctx, source.chief, source.post)
    blocks += [signature, *parts.foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "recipient": para}
    fields["sender"] = de if shows_de else sender
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


EMERGENCIES = Person("Ricardo Toro Olivares", False)  # who reports to the mayor on emergencies
REPORTS = {
    "dom": "INFORME TÉCNICO",
    "dideco": "INFORME SOCIAL",
    "secplan": "INFORME DE AVANCE DE PROYECTO",
    "juridica": "INFORME EN DERECHO",
    "control": "INFORME DE CONTROL",
    "transito": "INFORME DE TRÁNSITO",
    "salud": "INFORME EPIDEMIOLÓGICO",
    "alcaldia": "INFORME DE EMERGENCIA",
}


def informe(ctx: Ctx) -> Doc:
    """A unit's informe to the mayor (interno)."""
    code = ctx.matter.unit if ctx.matter.unit in REPORTS else ctx.pick(*REPORTS)
    if code != ctx.matter.unit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    unit, m = world.UNITS[code], ctx.matter
    author, post = (EMERGENCIES, "Encargado Comunal de Emergencias")
    if code != "alcaldia":
        author, post = unit.chief, unit.post
    num = str(ctx.rng.randint(1, 140))
    title = f"{REPORTS[code]} N° {num}" + ctx.pick("", f"/{ctx.day.year}")
    materia = cap(m.name) if ctx.chance(0.55) else None
    rows: list[tuple[str, ...]] = [
        ("Solicitado por", "Alcaldesa", "Fecha", wording.when(ctx.rng, ctx.day)),
        ("Elaborado por", f"{author.name}, {post}"),
    ]
    if materia:
        rows.append(("Materia", materia))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(title, size=1.5, underline=ctx.chance(0.5)),
        Grid(tuple(rows), shade=ctx.chance(0.6)),
        Para("1. ANTECEDENTES", bold=True, align="left"),
        Para(f"{cap(m.other)}. {m.detail}"),
        Para("2. ANÁLISIS", bold=True, align="left"),
        Para(
            f"En visita a terreno realizada en el sector {m.sector} se verificó la situación "
            "descrita y se levantó registro fotográfico."
        ),
        Para("3. CONCLUSIONES Y RECOMENDACIONES", bold=True, align="left"),
        Para("Se recomienda adoptar las medidas indicadas en un plazo no superior a 30 días."),
    ]
    signature, sender = parts.signed(ctx, author, post)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": materia or title, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "informe", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


# title, unit, what it certifies
CERTIFICATES = (
    (
        "CERTIFICADO DE NÚMERO",
        "dom",
        "a la propiedad ubicada en {street}, rol de avalúo "
        "{rol}, le corresponde el número municipal indicado",
    ),
    (
        "CERTIFICADO DE NO EXPROPIACIÓN MUNICIPAL",
        "dom",
        "el inmueble rol {rol}, ubicado en "
        "{street}, no está afecto a declaratoria de utilidad pública por el Plan Regulador",
    ),
    (
        "CERTIFICADO DE VIGENCIA",
        "secretaria-municipal",
        "la organización {org} tiene su personalidad jurídica y su directorio vigentes",
    ),
    (
        "CERTIFICADO DE PATENTE",
        "daf",
        "el contribuyente con domicilio en {street} registra patente comercial al día, rol N° {n}",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    """A unit's head certifies (salida); no subject."""
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    shown, num = wording.number(ctx.rng, title, ctx.day.year, 1900)
    values = {
        "street": world.street_address(ctx.rng),
        "org": ctx.pick(*world.ORGS),
        "rol": f"{ctx.rng.randint(100, 990)}-{ctx.rng.randint(1, 140)}",
        "n": str(ctx.rng.randint(400, 2900)),
    }
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Space(6),
        Heading(shown, size=1.5, underline=ctx.chance(0.5)),
        Space(4),
        Para(
            f"Quien suscribe, {unit.post} de la {world.MUNI}, certifica que "
            f"{claim.format(**values)}.",
            indent=15,
        ),
        Para(
            "Se otorga el presente certificado a petición de la parte interesada, para los "
            "fines que estime pertinentes.",
            indent=15,
        ),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        signature,
        Para(
            f"Derechos municipales: ${ctx.rng.randint(3, 20) * 450:,} · Giro N° "
            f"{ctx.rng.randint(10_000, 99_999)}".replace(",", "."),
            size=-2,
            align="left",
        ),
    ]
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
