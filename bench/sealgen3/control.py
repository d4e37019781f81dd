"""What the control bodies send Casablanca: the Contraloría Regional de Valparaíso's oficios
(the number and date beside its lines, «MAT.:» and «REF. N°:» under them, the addressee at
the foot, the note to verify the electronic document), its dictámenes (the identifier and
date at the right, a sumilla in capitals at the top left or under «Materia:», the
addressee at the foot), and the Consejo para la Transparencia's decisions on amparos (a
table with the Rol, the body, the requester and the dates, a «Síntesis:» or none) and its
oficios conferring a traslado.

Truth: the Contraloría's oficio is an oficio, entrada, for the matter's unit, subject the
MAT. text, antecedents the REF. text, number the «E…» without the year, recipient the
addressee at the foot; a dictamen is entrada for Control, subject its sumilla, number its
identifier as printed, recipient the addressee; a CPLT decision is a resolucion, entrada,
for Administración, subject the «Síntesis:» text or the title when there is none, number
the amparo's Rol; a CPLT oficio an oficio for Administración, subject MAT., antecedents
ANT., recipient the A: text."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Head, Heading, Para, Space
from bench.devgen3.model import Banner, Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen3 import parts, topics, wording, world
from bench.sealgen3.parts import Ctx

CGR = "Contraloría Regional de Valparaíso"
CPLT = "Consejo para la Transparencia"
AUDITED = ("control", "juridica", "daf", "administracion", "dom", "secplan", "salud")
AUDITS = (
    "Remite Informe Final N° {n}/{year}, sobre auditoría a {m}",
    "Atiende presentación relativa a {m}",
    "Requiere informe sobre {m}",
    "Solicita antecedentes sobre {m}, en el plazo que indica",
)
RULINGS = (
    "La Municipalidad de Casablanca deberá pronunciarse fundadamente sobre {m}",
    "No se ajustó a derecho la actuación de la Municipalidad de Casablanca respecto de {m}",
    "Corresponde que la Municipalidad de Casablanca instruya un procedimiento disciplinario "
    "por {m}",
    "Se ajustó a derecho lo obrado por la Municipalidad de Casablanca en relación con {m}",
)
ENDS = (
    "Se acoge el amparo deducido contra la Municipalidad de Casablanca y se ordena entregar "
    "la información sobre {m}",
    "Se rechaza el amparo por haberse entregado oportunamente la información sobre {m}",
    "Se acoge parcialmente el amparo, ordenándose entregar la información sobre {m}, con "
    "tarjado de datos personales",
)


def _cgr_person(ctx: Ctx) -> tuple[Any, str]:
    who = world.person(ctx.rng)
    return who, (
        "Contralora Regional de Valparaíso" if who.female else "Contralor Regional de Valparaíso"
    )


def contraloria(ctx: Ctx) -> Doc:
    """An oficio of the Contraloría Regional de Valparaíso (entrada)."""
    if ctx.matter.unit not in AUDITED:
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    n = f"E{ctx.rng.randint(12_000, 480_000)}"
    shown = f"OFICIO N° {n}{ctx.pick('', '/' + str(ctx.day.year), ' / ' + str(ctx.day.year))}"
    summary = ctx.rng.choice(AUDITS).format(
        n=ctx.rng.randint(40, 880), year=ctx.day.year, m=ctx.matter.name
    )
    summary = wording.capitals(ctx.rng, summary, 0.35)
    ref = f"W{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}"
    who, post = _cgr_person(ctx)
    to = "A LA SEÑORA ALCALDESA DE LA MUNICIPALIDAD DE CASABLANCA"
    lines = ("CONTRALORÍA GENERAL DE LA REPÚBLICA", CGR.upper(), "Unidad de Control Externo")
    place = wording.place_date(ctx.rng, "VALPARAÍSO", ctx.day)
    blocks: list[Block] = [
        Banner(lines, (shown, place), "cgr", 0.55, True, "right"),
        Fields((("MAT.:", summary), ("REF. N°:", ref)), side="right", bold_labels=True),
        Space(2),
        Para(f"Esta Contraloría Regional ha tomado conocimiento de {ctx.matter.name}."),
        Para(ctx.matter.detail),
        Para("Esa entidad deberá informar las medidas adoptadas en el plazo de 15 días hábiles."),
    ]
    signature, sender = parts.signed(ctx, who, post)
    code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    blocks += [signature, Space(3), Para(f"{to}\nCASABLANCA", align="left", bold=True)]
    blocks.append(
        Box(
            (
                f"Para verificar la autenticidad de esta representación impresa ingrese el código "
                f"{code} en www.contraloria.cl",
            )
        )
    )
    fields: dict[str, Any] = {"subject": summary, "doc_number": n, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": to, "antecedents": ref}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks)


def dictamen(ctx: Ctx) -> Doc:
    """A ruling of the Contraloría Regional de Valparaíso on Casablanca (entrada, Control)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, AUDITED)
    m = ctx.matter
    summary = ctx.rng.choice(RULINGS).format(m=m.other)
    num = f"E{ctx.rng.randint(12_000, 480_000)}N{ctx.day.year % 100}"
    who, post = _cgr_person(ctx)
    to = ctx.pick(
        "A LA SEÑORA ALCALDESA DE LA MUNICIPALIDAD DE CASABLANCA",
        "SEÑORA ALCALDESA DE LA ILUSTRE MUNICIPALIDAD DE CASABLANCA",
    )
    day = f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year}"
    blocks: list[Block] = [
        Head(("CONTRALORÍA GENERAL DE LA REPÚBLICA", CGR, "Unidad Jurídica"), "cgr", "left")
    ]
    if ctx.chance(0.5):
        shown = summary.upper()
        blocks += [
            Para(f"DICTAMEN N° {num}\nFecha: {day}", align="right", bold=True),
            Para(wording.spread(ctx.rng, shown, 5), align="left", size=-1, bold=True),
        ]
    else:
        shown = summary
        blocks += [
            Heading(f"DICTAMEN N° {num}", size=1, align="left"),
            Para(f"Fecha: {day}", align="left"),
            Fields((("Materia:", shown),), boxed=True, bold_labels=True),
        ]
    blocks += [
        Space(2),
        Para(
            f"Se ha dirigido a esta Contraloría Regional un vecino de la comuna, solicitando "
            f"un pronunciamiento acerca de {m.name}.",
            indent=12,
        ),
        Para(m.detail, indent=12),
        Para(
            f"Sobre el particular, cumple con manifestar que {summary[0].lower()}{summary[1:]}.",
            indent=12,
        ),
        Para("Saluda atentamente a Ud.,", align="left"),
    ]
    signature, sender = parts.signed(ctx, who, post)
    blocks += [signature, Space(3), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": to}
    t = parts.truth(ctx, "dictamen", "entrada", unit="control", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}/{n}"))


def _decision(ctx: Ctx, rol: str, requester: str) -> tuple[list[Block], str]:
    m = ctx.matter
    title = f"DECISIÓN AMPARO ROL {rol}"
    came = wording.earlier(ctx.rng, ctx.day)
    rows = (
        ("Rol", rol, "Sesión", str(ctx.rng.randint(1380, 1720))),
        ("Entidad pública", "Municipalidad de Casablanca"),
        ("Requirente", requester),
        (
            "Ingreso",
            f"{came.day:02d}/{came.month:02d}/{came.year}",
            "Decisión",
            wording.when(ctx.rng, ctx.day),
        ),
    )
    blocks: list[Block] = [Heading(title, size=1.5), Grid(rows, shade=True)]
    subject = title
    if ctx.chance(0.6):
        subject = ctx.rng.choice(ENDS).format(m=m.name)
        blocks.append(Para(f"Síntesis: {subject}", size=-0.5, left=10))
    blocks += [
        Para("VISTOS:", bold=True, align="left"),
        Para(
            "Los artículos 5°, 8° y 24 y siguientes de la Ley de Transparencia, aprobada por el "
            "artículo primero de la Ley N° 20.285, de 2008, y su Reglamento."
        ),
        Para("TENIENDO PRESENTE:", bold=True, align="left"),
        Para(
            f"1) {requester} solicitó a la Municipalidad de Casablanca información sobre "
            f"{m.other}. 2) Ante la respuesta recibida, dedujo amparo ante este Consejo."
        ),
        Para("EL CONSEJO DIRECTIVO ACUERDA:", bold=True, align="left"),
        Para(
            "I. Requerir a la Sra. Alcaldesa que dé cumplimiento a lo resuelto en el plazo de "
            "10 días hábiles desde que la decisión quede ejecutoriada.",
            left=6,
        ),
    ]
    return blocks, subject


def cplt(ctx: Ctx) -> Doc:
    """A decision (resolucion) or an oficio of the Consejo para la Transparencia (entrada)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    rol = f"C{ctx.rng.randint(150, 9900)}-{str(ctx.day.year)[2:]}"
    requester = world.person(ctx.rng).name
    who = world.person(ctx.rng)
    head = Head((CPLT, "Morandé N° 360, piso 7, Santiago"), "seal", ctx.pick("left", "right"))
    if ctx.chance(0.5):
        blocks, subject = _decision(ctx, rol, requester)
        post = "Director Jurídico" if not who.female else "Directora Jurídica"
        signature, sender = parts.signed(ctx, who, post, CPLT)
        fields: dict[str, Any] = {"subject": subject, "doc_number": rol, "sender": sender}
        t = parts.truth(ctx, "resolucion", "entrada", sender_org=CPLT, **fields)
        return parts.doc(ctx, t, [head, *blocks, signature], page_label="{p}")
    number, num = wording.number(ctx.rng, "OFICIO", ctx.day.year, 9000)
    ant = f"Amparo Rol {rol}, de {requester}"
    mat = ctx.pick(
        "Confiere traslado de amparo que indica",
        "Solicita antecedentes en amparo que indica",
        f"Solicita informar sobre {ctx.matter.name}",
    )
    post = "Director General" if not who.female else "Directora General"
    to = "SRA. ALCALDESA DE LA MUNICIPALIDAD DE CASABLANCA"
    rows = (("ANT.:", ant), ("MAT.:", mat), ("A:", to), ("DE:", post.upper()))
    blocks2: list[Block] = [
        Banner(head.lines, (number, wording.place_date(ctx.rng, "Santiago", ctx.day)), "seal"),
        Fields(rows),
        Para(
            f"En relación con el amparo del antecedente, relativo a {ctx.matter.name}, se "
            "solicita a esa Municipalidad presentar sus descargos en el plazo de 10 días "
            "hábiles."
        ),
    ]
    signature, sender = parts.signed(ctx, who, post, CPLT)
    fields = {"subject": mat, "doc_number": num, "sender": sender, "sender_org": CPLT}
    t = parts.truth(
        ctx, "oficio", "entrada", unit="administracion", recipient=to, antecedents=ant, **fields
    )
    return parts.doc(ctx, t, [*blocks2, signature])
