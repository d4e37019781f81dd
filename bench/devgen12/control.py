"""What the control bodies send Lo Prado: the Contraloría's oficios (the Contraloría
Regional Metropolitana de Santiago, «OFICIO N° E123456 / 2025», «MAT.:» and «REF.: N°
W012345/2025» in a right column, the addressee at the foot) and the Consejo para la
Transparencia's papers: its decisions on amparos («DECISIÓN AMPARO ROL C1234-25», the
public body, the requester and the date it came in, a «RESUMEN:» or none, VISTO / TENIENDO
PRESENTE / Y CONSIDERANDO / ACUERDA, certified by the Director Jurídico) and its oficios
conferring a traslado («ANT.: Amparo Rol C1234-25 …», «MAT.:», A:/DE:).

Truth: the Contraloría's oficio is an oficio, entrada, for the matter's unit, its subject
the MAT. text, its antecedents the REF. text, its number the «E…» without the year,
recipient the addressee at the foot; a CPLT decision is a resolucion, entrada, for
Administración (transparency), its subject the RESUMEN, or its title when it prints none,
its number the amparo's Rol («C1234-25»), sender the certifying post, no recipient; a CPLT
oficio is an oficio for Administración, subject MAT., antecedents ANT., recipient the A:
text."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Space
from bench.devgen2.world import Person
from bench.devgen4.model import Block, Doc
from bench.devgen12 import parts, topics, wording, world
from bench.devgen12.parts import Ctx

CGR = "Contraloría General de la República"
CPLT = "Consejo para la Transparencia"
AUDITS = (
    "Remite Informe Final N° {n}, de {year}, sobre auditoría a {m}",
    "Atiende presentación sobre {m}",
    "Solicita informe sobre {m}",
    "Da curso a denuncia relativa a {m}",
)
# (the MAT. of a CPLT oficio, what its body says)
TRASLADOS = (
    ("Confiere traslado y solicita formular descargos", "se confiere traslado a esa "
     "Municipalidad para que presente sus descargos dentro de 10 días hábiles."),
    ("Solicita informar sobre {m}", "se solicita remitir la información y los antecedentes "
     "que obren en su poder dentro de 5 días hábiles."),
    ("Notifica decisión recaída en amparo que indica", "se notifica la decisión adoptada por "
     "el Consejo Directivo, que se acompaña."),
)  # fmt: skip
OUTCOMES = (
    "Se acoge el amparo deducido en contra de la Municipalidad de Lo Prado, ordenándose la "
    "entrega de la información sobre {m}",
    "Se acoge parcialmente el amparo deducido en contra de la Municipalidad de Lo Prado, por "
    "la falta de respuesta oportuna a la solicitud sobre {m}",
    "Se rechaza el amparo deducido en contra de la Municipalidad de Lo Prado, por haberse "
    "entregado la información sobre {m}",
)


def contraloria(ctx: Ctx) -> Doc:
    """An oficio of the Contraloría Regional Metropolitana (entrada)."""
    if ctx.matter.unit not in ("control", "juridica", "daf", "administracion", "dom", "secplan"):
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    m = ctx.matter
    n = f"E{ctx.rng.randint(10_000, 650_000)}"
    shown = f"OFICIO N° {n}{ctx.pick('', ' / ' + str(ctx.day.year), '/' + str(ctx.day.year))}"
    summary = ctx.rng.choice(AUDITS).format(
        n=ctx.rng.randint(100, 990), year=ctx.day.year, m=m.name
    )
    summary = wording.capitals(ctx.rng, wording.cap(summary), 0.4)
    ref = f"N° W0{ctx.rng.randint(10_000, 99_999)}/{ctx.day.year}"
    who = world.person(ctx.rng)
    post = (
        "Contralor Regional Metropolitano de Santiago"
        if not who.female
        else "Contralora Regional Metropolitana de Santiago"
    )
    to = "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE LO PRADO"
    blocks: list[Block] = [
        Head(
            (
                CGR.upper(),
                "CONTRALORÍA REGIONAL METROPOLITANA DE SANTIAGO",
                "Unidad de Control Externo",
            ),
            "cgr",
            "left",
        ),
        Para(shown, align="right", bold=True),
        Para(wording.place_date(ctx.rng, "Santiago", ctx.day), align="right"),
        Fields((("MAT.:", wording.spread(ctx.rng, summary, 4)), ("REF.:", ref)), side="right"),
        Space(3),
        Para(f"Esta Contraloría Regional ha tomado conocimiento de {m.name}. {m.detail}"),
        Para(
            "Se solicita a esa entidad informar las medidas adoptadas dentro del plazo de 15 "
            "días hábiles."
        ),
    ]
    signature, sender = parts.signed(ctx, who, post)
    blocks += [signature, Space(4), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": summary, "doc_number": n, "sender": sender}
    fields |= {"sender_org": CGR, "recipient": to, "antecedents": ref}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(
        ctx, t, blocks, footer=parts.footer(ctx, "Teatinos 56, Santiago · www.contraloria.cl")
    )


def _decision(ctx: Ctx, rol: str, requester: str) -> tuple[list[Block], str]:
    """A CPLT decision's blocks and the subject registered."""
    m = ctx.matter
    title = f"DECISIÓN AMPARO ROL {rol}"
    came = wording.earlier(ctx.rng, ctx.day)
    rows = (
        ("Entidad pública:", world.MUNI),
        ("Requirente:", requester),
        ("Ingreso Consejo:", f"{came.day:02d}.{came.month:02d}.{came.year}"),
    )
    blocks: list[Block] = [
        Heading(title, size=1.5, align=ctx.pick("center", "left")),
        Fields(rows, bold_labels=False),
    ]
    subject = title
    if ctx.chance(0.65):
        subject = ctx.rng.choice(OUTCOMES).format(m=m.name)
        blocks += [Para(f"RESUMEN: {subject}", size=-0.5)]
    session = ctx.rng.randint(1300, 1650)
    blocks += [
        Para(
            f"En sesión ordinaria N° {session} de su Consejo Directivo, celebrada el "
            f"{wording.long_date(ctx.day)}, con arreglo a las disposiciones de la Ley de "
            "Transparencia de la Función Pública y de Acceso a la Información de la "
            "Administración del Estado, aprobada por el artículo primero de la Ley N° 20.285, "
            "de 2008, el Consejo para la Transparencia ha adoptado la siguiente decisión "
            f"respecto de la solicitud de amparo Rol {rol}."
        ),
        Para("VISTO:", bold=True, align="left"),
        Para("Los artículos 5°, inciso final, 8° y 24 y siguientes de la Ley de Transparencia."),
        Para("TENIENDO PRESENTE:", bold=True, align="left"),
        Para(
            f"1) SOLICITUD DE ACCESO: {requester} requirió a la Municipalidad de Lo Prado "
            f"información sobre {m.other}. 2) AMPARO: el requirente dedujo amparo a su "
            "derecho de acceso a la información."
        ),
        Para("Y CONSIDERANDO:", bold=True, align="left"),
        Para(f"1) Que, {m.detail[0].lower()}{m.detail[1:]}"),
        Para(
            "EL CONSEJO PARA LA TRANSPARENCIA, EN VIRTUD DE LO EXPUESTO Y DISPOSICIONES "
            "CITADAS, ACUERDA:",
            bold=True,
        ),
        Para(
            "I. Requerir al Sr. Alcalde de la Municipalidad de Lo Prado que cumpla lo "
            "resuelto dentro del plazo de 10 días hábiles contados desde que la presente "
            "decisión quede ejecutoriada.",
            left=4,
        ),
    ]
    return blocks, subject


def transparencia(ctx: Ctx) -> Doc:
    """A decision or an oficio of the Consejo para la Transparencia (entrada)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    rol = f"C{ctx.rng.randint(100, 9800)}-{str(ctx.day.year)[2:]}"
    requester = world.person(ctx.rng).name
    who = world.person(ctx.rng)
    head = Head((CPLT, "Morandé 360, piso 7, Santiago"), "seal", ctx.pick("left", "center"))
    if ctx.chance(0.55):
        return _decided(ctx, head, rol, requester, who)
    return _traslado(ctx, head, rol, requester, who)


def _decided(ctx: Ctx, head: Head, rol: str, requester: str, who: Person) -> Doc:
    """The decision itself, certified by the Director Jurídico (a resolucion)."""
    blocks, subject = _decision(ctx, rol, requester)
    post = "Director Jurídico" if not who.female else "Directora Jurídica"
    signature, sender = parts.signed(
        ctx, who, post, CPLT, closing="Por orden del Consejo Directivo, certifica:"
    )
    fields: dict[str, Any] = {"subject": subject, "doc_number": rol, "sender": sender}
    t = parts.truth(ctx, "resolucion", "entrada", sender_org=CPLT, **fields)
    return parts.doc(ctx, t, [head, *blocks, signature], page_label="{p}")


def _traslado(ctx: Ctx, head: Head, rol: str, requester: str, who: Person) -> Doc:
    """An oficio on an amparo (traslado, a request, a notice)."""
    number, num = wording.number(ctx.rng, "OFICIO", ctx.day.year, 9000)
    ant = f"Amparo Rol {rol}, deducido por {requester}"
    mat, said = ctx.rng.choice(TRASLADOS)
    mat = mat.format(m=ctx.matter.name)
    post = "Director General" if not who.female else "Directora General"
    to = "SR. ALCALDE MUNICIPALIDAD DE LO PRADO"
    rows = (("ANT.:", ant), ("MAT.:", mat), ("A:", to), ("DE:", post.upper()))
    blocks: list[Block] = [
        head,
        Para(number, bold=True, align="left"),
        Para(wording.place_date(ctx.rng, "Santiago", ctx.day), align="left"),
        Fields(rows),
        Space(2),
        Para(
            f"En relación con el amparo citado en el antecedente, relativo a {ctx.matter.name}, "
            f"{said}"
        ),
    ]
    signature, sender = parts.signed(ctx, who, post, CPLT)
    blocks.append(signature)
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": sender}
    fields["sender_org"] = CPLT
    t = parts.truth(
        ctx, "oficio", "entrada", unit="administracion", recipient=to, antecedents=ant, **fields
    )
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, "www.consejotransparencia.cl"))


def control(ctx: Ctx) -> Doc:
    """The Contraloría or the Consejo para la Transparencia."""
    return contraloria(ctx) if ctx.chance(0.45) else transparencia(ctx)
