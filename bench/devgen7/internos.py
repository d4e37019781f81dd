"""Vicuña's papers that stay in the house or that it hands out: memorándums from one unit to
the one that must handle the matter, minutes of the Concejo's sessions, informes (técnico of
the DOM, social of DIDECO, jurídico, of Control) and certificados. A memo sets DE/PARA/
FECHA/MAT. in a bordered grid, its subject as an underlined line between a rule and the
body, or a «REF.:» cell at the right of the number; an informe its MATERIA among A:/DE:
rows, as «REF.:» under its title, or not at all; the minutes their session in a title or a
boxed row, the date in words in the opening sentence.

Truth (devgen's): a memo is a memorandum, interno, its subject the MAT./ASUNTO/REF. text,
sender the DE post, recipient the PARA post (as printed), unit the addressed unit; minutes
are an acta_concejo, interno, for the Secretaría Municipal, subject the title, number the
session's, sender the Secretario Municipal; an informe is interno, for the unit that writes
it, its subject the MATERIA (its title when it states none); a certificado states no
subject and goes out (salida)."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Column, Fields, Heading, Listing, Para, Rule, Signature, Signer
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen7 import parts, topics, wording, world
from bench.devgen7.parts import Ctx

SOURCES = ("alcaldia", "administracion", "secplan", "dom", "dideco", "daf", "juridica", "control")


def _memo_head(ctx: Ctx, number: str, mat: str, rows: tuple[tuple[str, str], ...]) -> list[Block]:
    """The number, the DE/PARA/FECHA ``rows`` and the subject ``mat`` in one of three
    arrangements."""
    label = ctx.pick("MAT.", "ASUNTO", "MATERIA")
    style = ctx.pick("grid", "rule", "ref")
    if style == "grid":
        return [Heading(number, size=1.5, align=ctx.pick("left", "center")),
                Table((*rows, (label, mat)), header=False, widths=(1.0, 4.0))]  # fmt: skip
    if style == "rule":
        fields = Fields(tuple((f"{k}:", v) for k, v in rows), bold_labels=ctx.chance(0.7))
        return [Heading(number, size=1.5, underline=ctx.chance(0.4)), fields, Rule(0.8),
                Para(f"{label}: {mat}", align="left", bold=True)]  # fmt: skip
    column = Column((number, "", f"REF.: {mat}"), "right", 0.5)
    return [column, Fields(tuple((f"{k}  :", v) for k, v in rows))]


def memorandum(ctx: Ctx) -> Doc:
    """From one unit to the one that must handle the matter (interno)."""
    target = world.UNITS[ctx.matter.unit]
    source = world.UNITS[ctx.pick(*(u for u in SOURCES if u != target.code))]
    mat = wording.subject(ctx.rng, wording.MEMO_MATS, ctx.matter, ctx.day)
    mat = wording.shown(ctx.rng, mat, width=46, upper=0.2)
    num = str(ctx.rng.randint(1, 640))
    label = ctx.pick("MEMORÁNDUM", "MEMO", "MEMO INT.", "Memorándum Interno")
    number = wording.number(ctx.rng, label, num, ctx.day.year)
    capitals = ctx.chance(0.35)
    de = source.post.upper() if capitals else source.post
    para = target.post.upper() if capitals else target.post
    rows = (("DE", de), ("PARA", para), ("FECHA", wording.bare_date(ctx.rng, ctx.day)))
    blocks: list[Block] = [parts.muni_head(ctx, source.code, emblem=0.4)]
    blocks += _memo_head(ctx, number, mat, rows)
    m = ctx.matter
    blocks += [
        Para(f"{ctx.pick('Junto con saludar,', 'Por medio del presente,')} me permito "
             f"{ctx.pick('remitir', 'derivar', 'poner en su conocimiento')} lo relativo a "
             f"{m.name}. {m.detail}"),
        Para(ctx.pick("Se solicita su pronunciamiento dentro de la semana.",
                      "Agradeceré disponer las acciones que correspondan a esa unidad.",
                      "Sin otro particular, saluda atentamente a usted.")),
        parts.signature(ctx, source.chief.name, source.post),
    ]  # fmt: skip
    if ctx.chance(0.5):
        blocks.append(Para(parts.initials(ctx, source.chief), align="left", size=-2.5))
    fields: dict[str, Any] = {"subject": " ".join(mat.split()), "doc_number": num}
    fields |= {"sender": de, "sender_org": world.MUNI, "recipient": para}
    t = parts.truth(ctx, "memorandum", "interno", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


COUNCILLORS = (
    "Ana María Pastén Rojas", "Luis Humberto Alfaro Cortés", "Verónica Alcayaga Díaz",
    "Jorge Ossandón Vega", "Camila Ignacia Tapia Flores", "Felipe Andrés Molina Rivera",
)  # fmt: skip


def _opening(ctx: Ctx, kind: str, num: str) -> str:
    """The minutes' opening sentence, with the date in words or in figures."""
    hour = f"{ctx.rng.randint(9, 17)}:{ctx.pick('00', '15', '30', '45')}"
    when = (
        f"a {wording.in_words(ctx.day)}"
        if ctx.chance(0.5)
        else f"a {ctx.day.day} días del mes de {wording.long_date(ctx.day).split(' ')[2]} "
        f"de {ctx.day.year}"
    )
    mayor = world.UNITS["alcaldia"].chief.name
    return (
        f"En Vicuña, {when}, siendo las {hour} horas, en la Sala de Sesiones del edificio "
        f"consistorial, se da inicio a la Sesión {kind} N° {num} del Concejo Municipal, "
        f"presidida por el Alcalde don {mayor}."
    )


def acta_concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno, Secretaría Municipal)."""
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    sec = world.UNITS["secretaria-municipal"]
    num = str(ctx.rng.randint(1, 160))
    kind = ctx.pick("Ordinaria", "Ordinaria", "Extraordinaria")
    title = ctx.pick(
        f"ACTA SESIÓN {kind.upper()} N° {num}",
        f"ACTA N° {num} SESIÓN {kind.upper()} CONCEJO MUNICIPAL DE VICUÑA",
        f"Acta de la Sesión {kind} N° {num} del Concejo Municipal",
    )
    blocks: list[Block] = [parts.muni_head(ctx, "secretaria-municipal", emblem=0.6)]
    blocks.append(Heading(title, size=1.5))
    if ctx.chance(0.5):
        rows = (("FECHA", wording.bare_date(ctx.rng, ctx.day)), ("LUGAR", "Sala de Sesiones"))
        blocks.append(Fields(rows, boxed=True, side=ctx.pick("full", "right")))
    blocks += [
        Para(_opening(ctx, kind, num)),
        Listing("Asisten los concejales:", tuple(ctx.rng.sample(COUNCILLORS, 5))),
        Para("TABLA:", bold=True, align="left"),
    ]
    points = [ctx.matter, *(topics.pick(ctx.rng, ctx.day.year) for _ in range(2))]
    for i, p in enumerate(points, 1):
        agreement = ctx.rng.randint(40, 900)
        blocks += [
            Para(f"{i}.- {cap(p.name)}.", bold=True, align="left"),
            Para(f"{p.detail} Sometido a votación, se adopta el ACUERDO N° {agreement}: "
                 f"aprobar por unanimidad lo relativo a {p.other}."),
        ]  # fmt: skip
    blocks.append(Para("Siendo las 19:10 horas se levanta la sesión."))
    blocks.append(Signature((Signer(sec.chief.name, f"{sec.post}\nMinistro de Fe"),)))
    if ctx.chance(0.4):
        blocks.append(Seal(("SECRETARÍA MUNICIPAL", "VICUÑA"), align="center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sec.post}
    t = parts.truth(ctx, "acta_concejo", "interno", sender_org=world.MUNI, **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


# By the writing unit: (the informe's kinds, what it does, what it concludes).
REPORTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "dom": (("INFORME TÉCNICO", "Informe Técnico", "INFORME DE INSPECCIÓN"),
            "En visita inspectiva al sector se constató", "Se recomienda notificar al "
            "propietario y cursar la denuncia al Juzgado de Policía Local."),
    "dideco": (("INFORME SOCIAL", "Informe Social"), "La asistente social que suscribe "
               "entrevistó a la familia en su domicilio y constató", "Se sugiere otorgar el "
               "beneficio solicitado por un periodo de tres meses."),
    "juridica": (("INFORME JURÍDICO", "Informe en Derecho"), "Revisados los antecedentes, "
                 "esta Asesoría informa", "Se recomienda a la autoridad comunal no perseverar "
                 "sin un pronunciamiento previo del Concejo."),
    "control": (("INFORME DE CONTROL", "INFORME FINAL", "Informe de Auditoría"), "En la "
                "revisión practicada se verificó", "Se instruye subsanar lo observado en "
                "un plazo de 30 días hábiles."),
}  # fmt: skip


def informe(ctx: Ctx) -> Doc:
    """An informe of the DOM, DIDECO, Jurídica or Control to the mayor (interno)."""
    code = ctx.matter.unit if ctx.matter.unit in REPORTS else ctx.pick(*REPORTS)
    if code == "dideco":  # a social worker reports on a family or on water for families
        ctx.matter = topics.of_key(ctx.rng, ctx.pick("dideco:01", "dideco:02"), ctx.day.year)
    elif code != ctx.matter.unit:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, code)
    kinds, does, concludes = REPORTS[code]
    unit, m = world.UNITS[code], ctx.matter
    num = str(ctx.rng.randint(1, 120))
    title = wording.number(ctx.rng, ctx.pick(*kinds), num, ctx.day.year)
    materia = cap(ctx.pick(m.name, m.other, f"{m.name} ({ctx.day.year})"))
    to = ctx.pick("Sr. Alcalde", "Alcalde de Vicuña", "Administradora Municipal")
    rows = [("A", to), ("DE", unit.post), ("FECHA", wording.bare_date(ctx.rng, ctx.day))]
    blocks: list[Block] = [parts.muni_head(ctx, code), Heading(title, size=2)]
    style = ctx.pick("row", "ref", "none")
    if style == "row":
        rows.insert(ctx.rng.randint(0, 3), (ctx.pick("MATERIA", "MAT.", "Materia"), materia))
    elif style == "ref":
        blocks.append(Para(f"{ctx.pick('REF.:', 'Ref.:')} {materia}", align="center"))
    blocks.append(Fields(tuple((f"{k}:", v) for k, v in rows), boxed=ctx.chance(0.4)))
    for head, text in (
        ("I. ANTECEDENTES", f"{cap(m.other)}. {m.detail}"),
        ("II. ANÁLISIS", f"{does} que la situación persiste a la fecha del presente informe."),
        ("III. CONCLUSIÓN", concludes),
    ):
        blocks += [Para(head, bold=True, align="left"), Para(text)]
    blocks.append(parts.signature(ctx, unit.chief.name, unit.post))
    fields: dict[str, Any] = {"subject": title if style == "none" else materia}
    fields |= {"doc_number": num, "sender": unit.post, "sender_org": world.MUNI}
    t = parts.truth(ctx, "informe", "interno", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


# (title, unit, what the unit certifies)
CERTIFICATES = (
    ("CERTIFICADO DE NÚMERO", "dom", "al predio ubicado en {place}, rol de avalúo {rol}, le "
     "corresponde el número domiciliario indicado"),
    ("CERTIFICADO DE RECEPCIÓN DEFINITIVA", "dom", "las obras ejecutadas en {place}, rol "
     "{rol}, cuentan con recepción definitiva de esta Dirección"),
    ("CERTIFICADO DE NO DEUDA", "daf", "{who} no registra deuda de patentes ni de derechos "
     "municipales a la fecha"),
    ("CERTIFICADO DE ACUERDO", "secretaria-municipal", "el Concejo Municipal, en sesión "
     "ordinaria N° {n}, adoptó por unanimidad el acuerdo de otorgar comodato a la {org}"),
    ("CERTIFICADO DE VIGENCIA", "secretaria-municipal", "la {org} mantiene su personalidad "
     "jurídica y directorio vigentes, a solicitud de {who}"),
    ("CERTIFICADO DE RESIDENCIA", "dideco", "{who} reside en {place}, sector {sector}, "
     "según consta en el Registro Social de Hogares"),
)  # fmt: skip


def certificado(ctx: Ctx) -> Doc:
    """A unit's head certifies (salida); no subject line."""
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, code)
    unit = world.UNITS[code]
    num = str(ctx.rng.randint(10, 2900))
    place, sector = world.address(ctx.rng)
    values = {"place": place, "sector": sector, "n": str(ctx.rng.randint(2, 90)),
              "rol": f"{ctx.rng.randint(100, 6400)}-{ctx.rng.randint(1, 45)}",
              "org": ctx.pick(*world.JJVV), "who": ""}  # fmt: skip
    if "{who}" in claim:
        who = world.person(ctx.rng)
        values["who"] = f"{who.title} {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}"
    opener = f"{unit.post.upper()} DE LA {world.MUNI.upper()}"
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(wording.number(ctx.rng, title, num, ctx.day.year), size=2),
        Para(f"{opener}, CERTIFICA: que {claim.format(**values)}."),
        Para("Se extiende el presente certificado a petición del interesado, para los fines "
             "que estime convenientes."),
        Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        parts.signature(ctx, unit.chief.name, unit.post),
    ]  # fmt: skip
    fields: dict[str, Any] = {"doc_number": num, "sender": unit.post, "sender_org": world.MUNI}
    t = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))
