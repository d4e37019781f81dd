"""Tomé's own papers: memorándums between units (a «MEMORÁNDUM N° 123» heading over DE/A/
FECHA/MAT. rows, or a «MEMO N°» line with «REF.:» and «DE»/«PARA» side by side), decretos
alcaldicios (the summary after «MAT.:» in the left column beside number and date, or a
headline «APRUEBA …» in capitals under the number, or none but the first «DECRETO:» point),
and certificates («CERTIFICADO N° 45», no subject).

Truth: a memorandum is interno, its subject the MAT./REF. text, its sender the DE text and
recipient the A/PARA text; a decreto is interno, its subject the summary as printed (for a
decree that prints none, its first point with the ordinal dropped); a certificado is
salida, no subject, sender the post as signed; doc_number as wording.number keeps it;
sender_org the municipality as its letterhead names it."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Pair, Para, Rule, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.sealgen4 import parts, topics, wording, world
from bench.sealgen4.parts import Ctx

SOURCES = ("administracion", "dom", "dideco", "secplan", "daf", "transito", "juridica", "salud")


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    if ctx.matter.unit == "alcaldia":
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, ctx.pick("dom", "dideco", "secplan"))
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.capitals(ctx.rng, wording.stated(ctx.rng, wording.MEMO, ctx.matter, ctx.day), 0.3)
    shown, num = wording.number(ctx.rng, ctx.pick("MEMORÁNDUM", "MEMO"), ctx.day.year, 700)
    de = ctx.pick(source.post.upper(), f"{source.chief.name} – {source.post}", source.short)
    para = ctx.pick(target.post.upper(), f"{target.chief.name} – {target.post}", target.short)
    fecha = wording.when(ctx.rng, ctx.day)
    blocks: list[Block] = [parts.muni_head(ctx, source.code)]
    if ctx.chance(0.55):
        rows = (("DE:", de), ("A:", para), ("FECHA:", fecha), (ctx.pick("MAT.:", "MATERIA:"), mat))
        blocks += [Heading(shown, size=1, underline=True), Fields(rows), Rule(0.5)]
    else:
        blocks += [
            Para(f"{shown}\nTomé, {fecha}", align="right", bold=True),
            Pair((f"DE: {de}",), (f"PARA: {para}",), 0.5, boxed=True),
            Para(f"REF.: {mat}", align="left", bold=True),
            Space(2),
        ]
    m = ctx.matter
    blocks += [
        Para(f"Junto con saludar, me permito remitir a usted lo relativo a {m.name}. {m.detail}"),
        Para(ctx.pick("Se solicita su gestión a la brevedad.", "Para su conocimiento y fines.")),
        parts.signed(ctx, source.chief, source.post)[0],
        *parts.foot(ctx, source.chief, [target.short, "Archivo"]),
    ]
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": de, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


DECREES = (
    (
        "Aprueba bases de licitación pública para {m}",
        "APRUÉBANSE las bases de licitación pública para {m}",
    ),
    ("Otorga subvención municipal para {m}", "OTÓRGASE una subvención municipal para {m}"),
    ("Ordena instruir sumario administrativo por {m}", "INSTRÚYASE sumario administrativo por {m}"),
    ("Aprueba plan de contingencia por {m}", "APRUÉBASE el plan de contingencia por {m}"),
    ("Designa comisión evaluadora de {m}", "DESÍGNASE la comisión evaluadora de {m}"),
)


def decreto(ctx: Ctx) -> Doc:
    """A decree of the mayor (interno)."""
    m = ctx.matter
    summary, point = (x.format(m=m.name) for x in ctx.rng.choice(DECREES))
    number, num = wording.number(
        ctx.rng, ctx.pick("DECRETO ALCALDICIO", "DECRETO EXENTO", "D.A."), ctx.day.year, 5200
    )
    place = wording.place_date(ctx.rng, "TOMÉ", ctx.day)
    style = ctx.pick("left", "headline", "point")
    blocks: list[Block] = [parts.muni_head(ctx, m.unit)]
    if style == "left":
        shown = summary
        left = tuple(wording.spread(ctx.rng, f"MAT.: {summary}", 3).split("\n"))
        blocks += [Pair(left, (number, place), 0.5, right_align="right"), Space(3)]
    elif style == "headline":
        shown = summary.upper()
        blocks += [
            Heading(number, size=1),
            Para(place, align="center"),
            Space(2),
            Heading(shown, size=0),
        ]
    else:
        shown = point
        blocks += [Para(f"{number}\n{place}", align="left", bold=True), Space(2)]
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades, "
            "y sus modificaciones; los antecedentes tenidos a la vista.",
            left=6,
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"a) Que, {m.detail[0].lower()}{m.detail[1:]}", left=6),
        Para(f"b) La necesidad de atender {m.other}.", left=6),
        Para(ctx.pick("DECRETO:", "D E C R E T O:"), bold=True, align="left"),
        Para(f"1.- {point}.", left=6),
        Para(f"2.- La {world.UNITS['daf'].full} imputará el gasto que corresponda.", left=6),
        Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    signature, sender = parts.mayor_signs(ctx)
    sec = world.UNITS["secretaria-municipal"].chief
    blocks += [Signature((Signer(sec.name.upper(), "SECRETARIA MUNICIPAL"),), "left"), signature]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "decreto", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


CERTIFICATES = (
    ("dom", "que el inmueble ubicado en {place} cuenta con recepción final de obras"),
    ("dom", "que el inmueble ubicado en {place} no se encuentra afecto a utilidad pública"),
    ("secretaria-municipal", "que la {org} tiene personalidad jurídica y directorio vigente"),
    ("dideco", "que {who} reside en el sector {sector} de esta comuna"),
)


def certificado(ctx: Ctx) -> Doc:
    """A head of unit certifies (salida); no subject line."""
    code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    who = world.person(ctx.rng)
    values = {
        "place": world.street_address(ctx.rng),
        "org": ctx.pick(*world.ORGS),
        "sector": ctx.pick(*world.SECTORS),
        "who": f"{who.title} {who.name}, RUT {ctx.rut(ctx.rng.randint(5_000_000, 24_000_000))}"
        if "{who}" in claim
        else "",
    }
    num = str(ctx.rng.randint(8, 1400))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(
            ctx.pick(f"CERTIFICADO N° {num}", f"CERTIFICADO N° {num}/{ctx.day.year}"), size=1.5
        ),
        Para(
            f"{'La' if unit.chief.female else 'El'} {unit.post.upper()} de la {world.MUNI}, "
            f"que suscribe, CERTIFICA {claim.format(**values)}.",
            indent=12,
        ),
        Para(
            "Se otorga el presente certificado a petición del interesado, para los fines que "
            "estime pertinentes.",
            indent=12,
        ),
        Para(wording.place_date(ctx.rng, "Tomé", ctx.day), align="right"),
    ]
    signature, sender = parts.signed(ctx, unit.chief, unit.post)
    blocks.append(signature)
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
