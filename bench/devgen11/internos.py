"""Porvenir's papers that stay in the house, or that it hands out: memorándums from one unit
to the one that must act (printed from the municipal document system, «MEMORÁNDUM
ELECTRÓNICO N° 123» over an Origen/Destino/Fecha table and a «Materia:» line; a paper one
with DE/A rows and «Ref.:» citing the paper it forwards with «Materia:» under it; or a short
note in lower case, «mat.: solicita …»), the Administrador's providencias that route an
incoming paper (a bordered form: the document received, its «Materia», «Derivado a», the
instruction and the deadline) and certificados (the Secretaria Municipal's «CERTIFICA: Que
…» of a Concejo agreement, the DOM's, and the DAF's budget availability).

Truth (devgen's): a memo is a memorandum, interno, for the addressed unit, subject its
Materia text as printed, sender the DE (Origen) post, recipient the A (Destino) post; a
providencia is otro, interno, for the unit it routes the paper to, subject its «Materia»,
recipient the «Derivado a» text; a certificado states no subject and goes out (salida), but
a budget-availability one stays inside (interno)."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Fields, Heading, Para, Rule, Space
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen9.oficios import foot
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

SOURCES = ("alcaldia", "administracion", "dom", "dideco", "secplan", "daf", "juridica", "control")


def _memo_head(ctx: Ctx, num: str, de: str, para: str, mat: str) -> tuple[list[Block], str]:
    """The memo's head in one of three arrangements (and the subject as printed)."""
    style = ctx.pick("electronic", "refmat", "lower")
    when = wording.plain_date(ctx.rng, ctx.day)
    if style == "electronic":
        grid = (("Origen", "Destino", "Fecha"), (de, para, when))
        return [
            Heading(f"MEMORÁNDUM ELECTRÓNICO N° {num}", size=1, align="left"),
            Table(grid, widths=(2, 2, 1)),
            Para(f"Materia: {mat}", align="left", bold=True),
            Rule(0.5),
        ], mat
    if style == "refmat":
        past = wording.some_earlier(ctx.rng, ctx.day)
        ref = ctx.pick(f"Ord. N° {ctx.rng.randint(20, 2400)} de {past}", f"Ingreso N° "
                       f"{ctx.rng.randint(100, 5200)}, de {past}")  # fmt: skip
        rows = (("DE:", de), ("A:", para), ("FECHA:", when), ("Ref.:", ref), ("Materia:", mat))
        return [Heading(f"MEMORÁNDUM N° {num}/{ctx.day.year}", size=1), Fields(rows)], mat
    shown = wording.lowered(mat)
    return [
        Para(f"MEMO N° {num}", bold=True, align="right"),
        Para(f"{world.COMMUNE}, {when}", align="right"),
        Fields((("a:", para), ("de:", de), ("mat.:", shown)), bold_labels=False),
        Rule(0.4),
    ], shown


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.stated(ctx.rng, wording.MEMO, ctx.matter, ctx.day)
    num = str(ctx.rng.randint(3, 480))
    de, para = source.post.upper(), target.post.upper()
    head, shown = _memo_head(ctx, num, de, para, mat)
    m = ctx.matter
    blocks: list[Block] = [parts.muni_head(ctx, source.code), *head]
    blocks += [
        Para(f"Junto con saludar, remito a usted los antecedentes de {m.name}. {m.detail}"),
        Para(
            ctx.pick(
                "Se solicita su pronta gestión.",
                "Para su conocimiento y fines.",
                "Agradeceré responder dentro de cinco días hábiles.",
            )
        ),
    ]
    signature, _sender = parts.signed(ctx, source.chief, source.post)
    blocks += [signature, *foot(ctx, source.chief, [target.short, "Archivo"])]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": de, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))


SENDERS = ("Ord. N° {n} SERNAPESCA", "Ord. N° {n} Delegación Presidencial Provincial",
           "Carta de vecinos de {sector}", "Ord. N° {n} SEREMI de Salud",
           "Ord. N° 12.600/{n} Capitanía de Puerto")  # fmt: skip


def providencia(ctx: Ctx) -> Doc:
    """The Administrador routes an incoming paper to the unit that must act (otro, interno)."""
    if ctx.matter.unit in ("alcaldia", "administracion"):
        ctx.matter = topics.within(ctx.rng, ctx.day.year, ("dom", "dideco", "transito", "salud"))
    target = world.UNITS[ctx.matter.unit]
    num = str(ctx.rng.randint(20, 1900))
    received = ctx.pick(*SENDERS).format(n=ctx.rng.randint(20, 900), sector=ctx.matter.sector)
    subject = cap(ctx.matter.name)
    to = ctx.pick(target.full.upper(), target.short, f"{target.post} ({target.short})")
    deadline = ctx.pick("5 días hábiles", "10 días", "URGENTE - 48 horas")
    rows = (
        ("Documento recibido:", received),
        ("Ingreso Oficina de Partes N°:", str(ctx.rng.randint(100, 6400))),
        ("Materia:", subject),
        ("Derivado a:", to),
        ("Instrucción:", ctx.pick("Informar al Sr. Alcalde", "Preparar respuesta para firma",
                                  "Tomar conocimiento y archivar", "Coordinar y responder")),
        ("Plazo:", deadline),
    )  # fmt: skip
    blocks: list[Block] = [
        parts.muni_head(ctx, "administracion"),
        Heading(f"PROVIDENCIA N° {num}", size=1.5),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Fields(rows, boxed=True),
        Space(2),
    ]
    admin = world.UNITS["administracion"]
    signature, sender = parts.signed(ctx, admin.chief, admin.post)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "otro", "interno", sender_org="muni", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, page_label="")


# title, unit, what the signer certifies («Que …»), direction
CERTIFICATES = (
    ("CERTIFICADO", "secretaria-municipal", "en Sesión {kind} N° {n}, celebrada el {when}, el "
     "Concejo Municipal de Porvenir, por la unanimidad de sus miembros presentes, adoptó el "
     "Acuerdo N° {a}/{y}, que aprueba otorgar una subvención a {org}", "salida"),
    ("CERTIFICADO DE VIGENCIA", "secretaria-municipal", "{org} mantiene su personalidad "
     "jurídica vigente y su directiva fue elegida el {when}", "salida"),
    ("CERTIFICADO DE NÚMERO", "dom", "al inmueble ubicado en {street}, rol de avalúo {rol}, tiene "
     "asignada dicha numeración municipal", "salida"),
    ("CERTIFICADO DE DISPONIBILIDAD PRESUPUESTARIA", "daf", "existe disponibilidad en la "
     "cuenta 215.24.01.004 del presupuesto municipal vigente para la subvención a {org}",
     "interno"),
)  # fmt: skip


def certificado(ctx: Ctx) -> Doc:
    """A unit's head certifies «Que …» (salida; the DAF's stays inside); no subject."""
    title, code, claim, direction = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    unit = world.UNITS[code]
    shown, num = wording.number(ctx.rng, title, ctx.day.year, 700)
    past = wording.some_earlier(ctx.rng, ctx.day)
    values = {
        "kind": ctx.pick("Ordinaria", "Extraordinaria"),
        "n": ctx.rng.randint(2, 60),
        "when": past,
        "a": ctx.rng.randint(10, 240),
        "y": ctx.day.year,
        "org": world.with_article(ctx.pick(*world.ORGS)),
        "street": world.street_address(ctx.rng),
        "rol": f"{ctx.rng.randint(20, 480)}-7",
    }
    chief = unit.chief
    role = f"{unit.post} de la Ilustre Municipalidad de Porvenir"
    minister = ", en su calidad de Ministra de Fe," if code == "secretaria-municipal" else ""
    signature, sender = parts.signed(ctx, chief, unit.post)
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(shown, size=1.5, underline=ctx.chance(0.4)),
        Space(3),
        Para(f"{chief.name.upper()}, {role}{minister} que suscribe,"),
        Para("CERTIFICA:", bold=True, align="left"),
        Para(f"Que, {claim.format(**values)}.", indent=10),
        Para("Se extiende el presente certificado a petición de la parte interesada, para los "
             "fines que estime conveniente.", indent=10),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="left"),
        signature,
    ]  # fmt: skip
    if code == "dom" and ctx.chance(0.7):
        fee = f"{ctx.rng.randint(2, 12) * 1000:,}".replace(",", ".")
        blocks.append(Para(f"Derechos pagados: ${fee} · Boletín N° {num}", align="left", size=-2))
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    t = parts.truth(ctx, "certificado", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx))
