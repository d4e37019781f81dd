"""Memorándums between the directions of a big municipality: a bordered table whose header
row names the cells (DE, PARA, FECHA, MATERIA) and whose second row holds them; «DE:», «A:»,
«FECHA:» and «MAT.:» rows in one of four orders under «MEMORÁNDUM N° 245/2025»; or the
document-management system's print («MEMO ELECTRÓNICO N° E-12345/2025», «Remitente:»,
«Destinatario:», «Asunto:», a note that it was signed in the platform).

Truth (devgen's): a memorandum, interno, for the addressed unit; subject the MATERIA /
MAT. / Asunto text; doc_number as wording.number keeps it («E-12345» for the electronic
one); sender the DE / Remitente text, recipient the PARA / A / Destinatario text;
sender_org the municipality as its letterhead names it."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Box, Fields, Heading, Para, Rule, Space
from bench.devgen4.model import Block, Doc
from bench.devgen9.oficios import foot
from bench.devgen12 import parts, topics, wording, world
from bench.devgen12.parts import Ctx

SOURCES = ("administracion", "dom", "dideco", "secplan", "daf", "transito", "juridica", "control")
ORDERS = (
    ("de", "a", "fecha", "mat"),
    ("a", "de", "mat", "fecha"),
    ("mat", "de", "a", "fecha"),
    ("fecha", "a", "de", "mat"),
)
LABELS = {"de": "DE:", "a": "A:", "fecha": "FECHA:", "mat": "MAT.:"}


def _head(ctx: Ctx, style: str, number: str, cells: dict[str, str]) -> list[Block]:
    """The head in one of the three arrangements (``cells``: de, a, fecha, mat)."""
    if style == "table":
        table = Table(
            (
                ("DE", "PARA", "FECHA", "MATERIA"),
                (cells["de"], cells["a"], cells["fecha"], cells["mat"]),
            ),
            header=True,
            widths=(1.6, 1.6, 1.1, 2.7),
        )
        return [Heading(f"MEMORÁNDUM {number}", size=1), table, Space(3)]
    if style == "rows":
        order = ctx.rng.choice(ORDERS)
        labels = dict(LABELS, mat=ctx.pick("MAT.:", "MATERIA:", "REF.:"), a=ctx.pick("A:", "PARA:"))
        rows = tuple((labels[k], cells[k]) for k in order)
        return [
            Heading(f"MEMORÁNDUM {number}", size=1, align=ctx.pick("center", "left")),
            Fields(rows, bold_labels=True),
            Rule(0.6),
        ]
    rows = (
        ("Remitente:", cells["de"]),
        ("Destinatario:", cells["a"]),
        ("Fecha de emisión:", cells["fecha"]),
        ("Asunto:", cells["mat"]),
    )
    return [
        Para(f"MEMO ELECTRÓNICO {number}", bold=True, align="left"),
        Fields(rows, boxed=True),
        Space(2),
    ]


def memorandum(ctx: Ctx) -> Doc:
    """From one direction to the one that must handle the matter (interno)."""
    if ctx.matter.unit == "alcaldia":
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, ctx.pick("dom", "dideco", "daf"))
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    style = ctx.pick("table", "rows", "rows", "electronic")
    mat = wording.stated(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    mat = wording.capitals(ctx.rng, mat, 0.3)
    if style == "electronic":
        shown, num = f"N° E-{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}", ""
        num = shown.split()[1].split("/")[0]
    else:
        shown, num = wording.number(ctx.rng, "", ctx.day.year, 900)
        shown = shown.strip()
    de = ctx.pick(source.post.upper(), f"{source.chief.name}, {source.post}", source.full.upper())
    para = ctx.pick(target.post.upper(), f"{target.chief.name}, {target.post}", target.full.upper())
    fecha = wording.when(ctx.rng, ctx.day)
    blocks: list[Block] = [parts.muni_head(ctx, source.code)]
    blocks += _head(ctx, style, shown, {"de": de, "a": para, "fecha": fecha, "mat": mat})
    m = ctx.matter
    blocks += [
        Para(
            f"Junto con saludar, remito a usted los antecedentes relativos a {m.name}. {m.detail}"
        ),
        Para(
            ctx.pick(
                "Se solicita su pronta gestión.",
                "Para su conocimiento y fines pertinentes.",
                "Agradeceré responder dentro de cinco días hábiles.",
            )
        ),
    ]
    signature, _sender = parts.signed(ctx, source.chief, source.post)
    blocks += [signature, *foot(ctx, source.chief, [target.short, "Archivo"])]
    if style == "electronic":
        code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
        blocks.append(
            Box(
                (
                    f"Documento firmado electrónicamente en la plataforma de gestión "
                    f"documental municipal. Código de verificación: {code}",
                )
            )
        )
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": de, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
