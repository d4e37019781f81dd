"""Oficios of the court, the Fiscalía, Carabineros and the control bodies to Chimbarongo:
the Juzgado de Letras y Garantía de Chimbarongo (RIT, RUC and «Caratulado» in a bordered
table; at times no subject, the addressee at the foot), the Fiscalía Local de San Fernando
(«RUC N°», then «MAT.:», «REF.:» or the subject in the right half), the Tenencia Chimbarongo
(«OBJ.:» or «ASUNTO:» at the right); the Contraloría Regional del Libertador General
Bernardo O'Higgins (number and date in a narrow column, «MAT.:» in the right half over two
or three lines, «REF.:» with the case's number) and the Consejo para la Transparencia
(«Materia:» after a two-column head, or in a shaded grid). The subjects the court, the
Fiscalía and Carabineros state are devgen13's.

Truth (devgen13's): an oficio, entrada; subject the label's text (None when none is
printed); doc_number the number without its year; sender the signer's post; sender_org the
court, office or body; recipient the addressee's first line wherever it stands; antecedents
the Contraloría's and the Consejo's reference (a cause is no antecedent); unit the one that
must comply (Administración for the Consejo)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Fields, Head, Pair, Para, Space, Table
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen13.justicia import ASKS as COURT
from bench.devgen13.justicia import POLICE
from bench.devgen14 import entrantes, parts, senders, subjects, topics, wording, world
from bench.devgen14.parts import Ctx

TO_MAYOR = "SEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE CHIMBARONGO"
# how each writes its request: (the opening, whether it asks for a report)
LEADS = {
    "court": "En los autos individualizados, por resolución de esta fecha, se ha ordenado "
    "oficiar a usted a fin de que informe sobre {m}, dentro de décimo día.",
    "fiscal": "En el marco de la investigación individualizada, y conforme al artículo 180 del "
    "Código Procesal Penal, solicito a usted remitir los antecedentes de {m}.",
    "police": "Cumplo con informar a usted el procedimiento adoptado por personal de esta "
    "Tenencia respecto de {m}.",
}
PLACINGS = {
    "court": ("mat", "right", "none"),
    "fiscal": ("mat", "ref", "right", "column"),
    "police": ("right", "asunto", "lower"),
}


def _cause(ctx: Ctx, o: Office) -> list[Block]:
    """The cause as the head prints it: a table for the court, a line for the Fiscalía."""
    year, n = ctx.day.year, ctx.rng.randint(100, 4800)
    ruc = f"{str(year)[2:]}00{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
    if o.sort == "court":
        party = world.person(ctx.rng).name.split()[-2]
        rows = (
            ("RIT", "RUC", "CARATULADO"),
            (
                f"{ctx.pick('C', 'O', 'V')}-{n}-{year}",
                ruc,
                f"{party} con I. Municipalidad de Chimbarongo",
            ),
        )
        return [Table(rows, widths=(1.2, 1.5, 3.0)), Space(2)]
    if o.sort == "fiscal":
        return [Para(f"RUC N° {ruc}", align="left", bold=True)]
    return []


def oficio_judicial(ctx: Ctx) -> Doc:
    """The court, the Fiscalía or Carabineros write to Chimbarongo (entrada)."""
    o = entrantes.office_for(ctx, senders.JUSTICE)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    n = ctx.rng.randint(30, 5400)
    printed = f"{ctx.pick(*o.labels)} {n}{ctx.pick('', f'/{ctx.day.year}', f'-{ctx.day.year}')}"
    text = wording.said(ctx.rng, POLICE if o.sort == "police" else COURT, ctx.matter, ctx.day)
    placed = subjects.place(ctx, ctx.pick(*PLACINGS[o.sort]), text)
    if o.sort == "police" and placed.blocks and ctx.chance(0.5):
        placed = subjects.Placed((Fields((("OBJ.:", text),), side="right"),), text)
    at_foot = o.sort == "court" and ctx.chance(0.6)
    to, recipient = parts.to_mayor(ctx)
    if at_foot:
        to = recipient = TO_MAYOR
    blocks: list[Block] = [
        parts.office_head(ctx, o),
        Para(printed, align=ctx.pick("right", "left"), bold=True),
        Para(wording.place_date(ctx.rng, o.city, ctx.day), align="right"),
        *_cause(ctx, o),
        *placed.blocks,
        Space(2),
        *([] if at_foot else [Para(to, align="left")]),
        Para(LEADS[o.sort].format(m=ctx.matter.name), indent=12),
        Para(ctx.matter.detail, indent=12),
        Para("Saluda atentamente a Ud.,"),
    ]
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks += [signature, *parts.sealed(ctx, o.org.split(",")[-1], "Colchagua")]
    if at_foot:
        blocks += [Space(3), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": placed.subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient}
    truth = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, truth, blocks, page_label=ctx.pick("", "Pág. {p}/{n}"))


CGR = "Contraloría General de la República"
REGIONAL = "Contraloría Regional del Libertador General Bernardo O'Higgins"
CPLT = "Consejo para la Transparencia"
AUDITS = (
    "Remite Informe Final N° {n}/{year}, sobre auditoría a {m}",
    "Atiende presentación sobre {m}",
    "Requiere informe sobre {m}",
    "Da curso a denuncia relativa a {m}",
)


def _contraloria(ctx: Ctx) -> Doc:
    if ctx.matter.unit not in ("control", "juridica", "daf", "administracion", "dom", "dideco"):
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    m, n = ctx.matter, f"E{ctx.rng.randint(20_000, 640_000)}"
    summary = wording.cap(
        ctx.rng.choice(AUDITS).format(n=ctx.rng.randint(90, 900), year=ctx.day.year, m=m.name)
    )
    ref = f"N° {ctx.pick('W', 'CO')}{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}"
    place = wording.place_date(ctx.rng, "RANCAGUA", ctx.day)
    shown = wording.spread(ctx.rng, summary, ctx.rng.choice((2, 3)))
    blocks: list[Block] = [
        Head((CGR.upper(), REGIONAL.upper(), ctx.pick("Unidad de Control Externo", "")), "cgr"),
        Column((f"OFICIO N° {n}{ctx.pick('', f'/{ctx.day.year}')}", place), "right", 0.45),
        Column((f"MAT.: {shown}", f"REF.: {ref}"), "right", 0.5),
        Para(TO_MAYOR, bold=True, align="left"),
        Para(f"Esta Contraloría Regional ha tomado conocimiento de {m.name}. {m.detail}"),
        Para(
            "Esa entidad deberá informar las medidas adoptadas dentro del plazo de 15 días "
            "hábiles, contado desde la recepción del presente oficio."
        ),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, f"Contralor{'a' if who.female else ''} Regional")
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": summary, "doc_number": n, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": TO_MAYOR, "antecedents": ref}
    truth = parts.truth(ctx, "oficio", "entrada", **fields)
    footer = parts.footer(ctx, "Campos 373, Rancagua – www.contraloria.cl")
    return parts.doc(ctx, truth, blocks, footer=footer)


def _cplt(ctx: Ctx) -> Doc:
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    rol, n = f"C{ctx.rng.randint(100, 9900)}-{str(ctx.day.year)[2:]}", ctx.rng.randint(100, 9800)
    ant = f"Amparo Rol {rol}, de {world.person(ctx.rng).name}"
    mat = ctx.pick(
        "Confiere traslado y solicita descargos",
        "Solicita antecedentes que indica",
        f"Notifica decisión de amparo sobre {ctx.matter.name}",
    )
    to = "Sr. Alcalde de la Ilustre Municipalidad de Chimbarongo"
    when = f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"
    head: list[Block]
    if ctx.chance(0.5):
        rows = (
            ("Oficio N°", str(n), "Fecha", when),
            ("Antecedente", ant),
            ("Materia", mat),
            ("Destinatario", to),
        )
        head = [Head((CPLT, "Agustinas 1291, piso 6, Santiago"), "seal"), Grid(rows)]
    else:
        left = (CPLT.upper(), "Dirección Jurídica")
        right = (f"OFICIO N° {n}", f"Santiago, {wording.when(ctx.rng, ctx.day)}")
        head = [
            Pair(left, right, 0.55, right_align="right"),
            Para(f"ANT.: {ant}", left=70),
            Para(f"Materia: {mat}", left=70),
            Para(to, align="left"),
        ]
    blocks = [
        *head,
        Space(3),
        Para(
            f"En relación con el amparo citado, relativo a {ctx.matter.name}, se remite a esa "
            "Municipalidad el presente, para que en el plazo de 10 días hábiles formule sus "
            "descargos y acompañe los antecedentes que estime pertinentes."
        ),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, f"Director{'a' if who.female else ''} General")
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": mat, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": CPLT, "recipient": to, "antecedents": ant}
    truth = parts.truth(ctx, "oficio", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx, "www.consejotransparencia.cl"))


def control(ctx: Ctx) -> Doc:
    """An oficio of the Contraloría Regional or of the Consejo para la Transparencia."""
    return _cplt(ctx) if ctx.chance(0.4) else _contraloria(ctx)
