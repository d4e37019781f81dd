"""What the control bodies and the Congress send Pozo Almonte. The Contraloría Regional de
Tarapacá: its oficios (number, place and date in a column at the right, the summary in the
right half with no label, «REF.: W012345/2025» under it, «AL SEÑOR ALCALDE…» at the foot)
and its dictámenes («DICTAMEN N° E123456 / 2025», the summary after «MATERIA:» or as a bold
«Sobre …» line). The Consejo para la Transparencia's oficios on amparos, their head in a
shaded grid (Oficio N°, Fecha, Antecedente, Materia, Destinatario). The Cámara de Diputadas
y Diputados' oficios de fiscalización («OFICIO N° 98.765», «INC.: solicitud», by order of its
president at a deputy's request) and a committee's invitations («REF.: Invita a sesión…»).

Truth: a Contraloría oficio is an oficio for the matter's unit, its subject the summary, its
antecedents the REF. text, its number the «E…» without the year; a dictamen goes to Control,
its subject the summary («Sobre …» as printed); a CPLT oficio goes to Administración, its
subject the Materia cell, antecedents the Antecedente cell; the Cámara's oficio states no
subject (None; «INC.:» lists what it encloses), a committee's the REF. text; its number
without dots; all entrada, recipient the addressee line."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Fields, Head, Para, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen13 import parts, topics, wording, world
from bench.devgen13.parts import Ctx

CGR = "Contraloría General de la República"
REGIONAL = "Contraloría Regional de Tarapacá"
CPLT = "Consejo para la Transparencia"
CAMARA = "Cámara de Diputadas y Diputados"
AUDITS = (
    "Remite Informe Final N° {n}/{year}, sobre auditoría a {m}",
    "Atiende presentación sobre {m}",
    "Requiere informe sobre {m}",
    "Da curso a denuncia de la ciudadanía relativa a {m}",
)
RULINGS = (
    "la Municipalidad de Pozo Almonte debe ajustar a derecho {m}, en los términos que indica",
    "no procede el pago de horas extraordinarias sin decreto previo, respecto de {m}",
    "se ajustó a derecho lo obrado por la Municipalidad de Pozo Almonte en {m}",
)
TO_MAYOR = "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE POZO ALMONTE"


def _cgr_head(ctx: Ctx) -> Head:
    return Head(
        (
            CGR.upper(),
            REGIONAL.upper(),
            ctx.pick("Unidad de Control Externo", "Unidad Jurídica", ""),
        ),
        "cgr",
        "left",
    )


def _contraloria_oficio(ctx: Ctx) -> Doc:
    if ctx.matter.unit not in ("control", "juridica", "daf", "administracion", "dom", "dideco"):
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    m = ctx.matter
    n = f"E{ctx.rng.randint(20_000, 640_000)}"
    summary = wording.cap(
        ctx.rng.choice(AUDITS).format(n=ctx.rng.randint(90, 900), year=ctx.day.year, m=m.name)
    )
    ref = f"W0{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}"
    place = wording.place_date(ctx.rng, "IQUIQUE", ctx.day)
    blocks: list[Block] = [
        _cgr_head(ctx),
        Column(
            (f"OFICIO N° {n}{ctx.pick('', f'/{ctx.day.year}', f' / {ctx.day.year}')}", place),
            "right",
            0.45,
        ),
        Para(wording.spread(ctx.rng, summary, 3), align="left", left=80),
        Para(f"REF.: {ref}", align="left", left=80, size=-1),
        Space(3),
        Para(f"Esta Contraloría Regional ha tomado conocimiento de {m.name}. {m.detail}"),
        Para(
            "Esa entidad deberá informar las medidas adoptadas dentro del plazo de 15 días "
            "hábiles, contado desde la recepción del presente oficio."
        ),
    ]
    who = world.person(ctx.rng)
    post = f"Contralor{'a' if who.female else ''} Regional de Tarapacá"
    signature, sender = parts.signed(ctx, who, post)
    blocks += [signature, Space(4), Para(TO_MAYOR, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": summary, "doc_number": n, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": TO_MAYOR, "antecedents": ref}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(
        ctx, t, blocks, footer=parts.footer(ctx, "Serrano 145, Iquique – www.contraloria.cl")
    )


def _dictamen(ctx: Ctx) -> Doc:
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    code = f"E{ctx.rng.randint(20_000, 640_000)}"
    line = f"DICTAMEN N° {code}{ctx.pick(f' / {ctx.day.year}', f' de {ctx.day.year}')}"
    ruling = ctx.rng.choice(RULINGS).format(m=ctx.matter.name)
    blocks: list[Block] = [_cgr_head(ctx), Para(line, bold=True, align="left")]
    blocks.append(Para(wording.place_date(ctx.rng, "Iquique", ctx.day), align="left"))
    if ctx.chance(0.5):
        subject = wording.cap(ruling)
        blocks.append(Fields((("MATERIA:", subject),), side=ctx.pick("right", "full")))
    else:
        subject = f"Sobre {ctx.matter.name}"
        blocks += [Space(2), Para(f"{subject}.", bold=True, align="left")]
    to = ctx.pick(TO_MAYOR, "SEÑOR ALCALDE DE LA COMUNA DE POZO ALMONTE")
    blocks += [
        Para(to, bold=True, align="left"),
        Para(
            f"Se ha dirigido a esta Contraloría Regional un grupo de funcionarios de esa "
            f"entidad edilicia, para reclamar sobre {ctx.matter.other}."
        ),
        Para(f"Sobre el particular, cumple manifestar que {ruling}. {ctx.matter.detail}"),
    ]
    who = world.person(ctx.rng)
    post = f"Contralor{'a' if who.female else ''} Regional de Tarapacá"
    signature, sender = parts.signed(ctx, who, post, closing="Saluda atentamente a Ud.,")
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": subject, "doc_number": code, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": to}
    t = parts.truth(ctx, "dictamen", "entrada", unit="control", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, "www.contraloria.cl"))


def contraloria(ctx: Ctx) -> Doc:
    """An oficio or a dictamen of the Contraloría Regional de Tarapacá (entrada)."""
    return _dictamen(ctx) if ctx.chance(0.4) else _contraloria_oficio(ctx)


def cplt(ctx: Ctx) -> Doc:
    """An oficio of the Consejo para la Transparencia on an amparo (entrada)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    rol = f"C{ctx.rng.randint(100, 9900)}-{str(ctx.day.year)[2:]}"
    n = ctx.rng.randint(100, 9800)
    ant = f"Amparo Rol {rol}, de {world.person(ctx.rng).name}"
    mat = ctx.pick(
        "Confiere traslado y solicita descargos",
        "Solicita antecedentes que indica",
        f"Notifica decisión de amparo sobre {ctx.matter.name}",
    )
    to = "Sr. Alcalde de la Ilustre Municipalidad de Pozo Almonte"
    when = f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"
    rows = (
        ("Oficio N°", f"{n}", "Fecha", when),
        ("Antecedente", ant),
        ("Materia", mat),
        ("Destinatario", to),
    )
    who = world.person(ctx.rng)
    post = "Director General" if not who.female else "Directora General"
    blocks: list[Block] = [
        Head((CPLT, "Agustinas 1291, piso 6, Santiago"), "seal", ctx.pick("left", "center")),
        Grid(rows, title=ctx.pick("", "OFICIO")),
        Space(3),
        Para(
            f"En relación con el amparo citado, relativo a {ctx.matter.name}, se remite a "
            "esa Municipalidad el presente, para que en el plazo de 10 días hábiles formule "
            "sus descargos y acompañe los antecedentes que estime pertinentes."
        ),
    ]
    signature, sender = parts.signed(ctx, who, post, CPLT)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": mat, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": CPLT, "recipient": to, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", unit="administracion", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, "www.consejotransparencia.cl"))


def congreso(ctx: Ctx) -> Doc:
    """An oficio of the Cámara: a fiscalización (no subject) or a committee's invitation."""
    n = ctx.rng.randint(12_000, 99_000)
    deputy = world.person(ctx.rng)
    to = "SEÑOR ALCALDE DE LA MUNICIPALIDAD DE POZO ALMONTE"
    blocks: list[Block] = [Head((CAMARA.upper(), "VALPARAÍSO"), "seal", "center")]
    blocks.append(Para(f"OFICIO N° {wording.grouped(n)}", align="left", bold=True))
    if ctx.chance(0.6):
        blocks += [
            Para("INC.: solicitud", align="left", size=-1),
            Para(wording.place_date(ctx.rng, "VALPARAÍSO", ctx.day), align="left"),
            Space(2),
            Para(to, bold=True, align="left"),
        ]
        title = "de la diputada" if deputy.female else "del diputado"
        blocks.append(
            Para(
                f"Por orden del Presidente de la Cámara de Diputadas y Diputados, y a "
                f"requerimiento {title} {deputy.name}, solicito a usted informar a "
                f"esta Corporación sobre {ctx.matter.name}. {ctx.matter.detail}"
            )
        )
        signer = world.person(ctx.rng)
        post = f"Prosecretari{'a' if signer.female else 'o'} de la Cámara de Diputadas y Diputados"
        subject = None
    else:
        committee = ctx.pick(
            "Minería y Energía", "Recursos Hídricos y Desertificación", "Gobierno Interior"
        )
        subject = f"Invita a sesión de la Comisión de {committee} sobre {ctx.matter.name}"
        blocks += [
            Para(f"REF.: {subject}", align="left", left=60),
            Para(wording.place_date(ctx.rng, "Valparaíso", ctx.day), align="left"),
            Space(2),
            Para(to, bold=True, align="left"),
        ]
        blocks.append(
            Para(
                f"La Comisión de {committee} acordó invitar a usted a la sesión que "
                "celebrará el próximo miércoles, de 15:00 a 16:30 horas."
            )
        )
        signer = world.person(ctx.rng)
        end = "a" if signer.female else "o"
        post = f"Abogad{end} Secretari{end} de la Comisión"
    blocks.append(Para("Dios guarde a usted.", align="center"))
    signature, sender = parts.signed(ctx, signer, post)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": CAMARA, "recipient": to}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label="")
