"""Rules and rulings: the Contraloría's dictámenes as its jurisprudence portal prints them (a
table of «N° Dictamen», «Fecha», «Nuevo», «Carácter», «Origen», «Descriptores», «Fuentes
Legales», «Materia», then the full text) or as the signed paper with «MATERIA:»,
«DESCRIPTORES:» and «FUENTES:» after the text; circulars of SUBDERE, the Servicio
Electoral, SENAPRED and the Superintendencia de Educación («CIRCULAR N° 3: …» as a title, or
ANT./MAT./DE/A rows with «A: SEGÚN DISTRIBUCIÓN») and the Administrador's internal ones to
every unit; and Quirihue's ordenanzas, headed by the decree that approved them.

Truth: a dictamen is entrada for Control, its subject the «Materia», its number the
portal's identifier as printed («E370000N25»), its sender the signer's post, sender_org the
Contraloría Regional, recipient the addressee line of the signed paper (the portal's print
has none). A circular's subject is its summary (after the
colon of the title, or the MAT. text), its number the circular's, recipient the «A:» text
(None when there is none); a national one is entrada for the unit it concerns, an internal
one interno for Administración. An ordenanza is interno for the Secretaría Municipal, its
subject its title, its number the ordinance's (None when unnumbered), sender the mayor."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Listing, Para, Space
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen9 import parts, topics, wording, world
from bench.devgen9.parts import Ctx

RULINGS = world.rows("rulings")  # summary | descriptors | legal sources
ASKERS = world.texts("askers")
CGR = Office(
    "Contraloría Regional de Ñuble",
    ("Contralor Regional de Ñuble", "Contralora Regional de Ñuble"),
    "Chillán",
    ("control",),
    emblem="cgr",
)


def _portal(num: str, day: str, row: tuple[str, ...], text: list[Block]) -> list[Block]:
    """The ruling as the jurisprudence portal prints it: the record's table, then the text."""
    summary, descriptors, sources = row
    rows = (
        ("N° Dictamen", num, "Fecha documento", day),
        ("Nuevo", "SI", "Reactivado", "NO"),
        ("Carácter", "NNN", "Origen", CGR.org),
        ("Descriptores", descriptors),
        ("Fuentes Legales", sources),
        ("Materia", summary),
    )
    return [
        Para("CONTRALORÍA GENERAL DE LA REPÚBLICA · Jurisprudencia", bold=True, align="left"),
        Grid(rows, title="Dictamen"),
        Heading("Documento completo", size=0, align="left"),
        Para(f"N° {num} Fecha: {day}", align="left"),
        *text,
    ]


def dictamen(ctx: Ctx) -> Doc:
    """A Contraloría ruling on Quirihue (entrada, Control)."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("control",))
    row = ctx.rng.choice(RULINGS)
    summary = row[0]
    num = f"E{ctx.rng.randint(10_000, 590_000)}N{ctx.day.year % 100}"
    asker = ctx.pick(*ASKERS)
    text: list[Block] = [
        Para(
            f"Se ha dirigido a esta Contraloría Regional {asker}, solicitando un "
            f"pronunciamiento sobre {ctx.matter.other}."
        ),
        Para(ctx.matter.detail),
        Para(
            "Sobre el particular, y conforme a la jurisprudencia de este Órgano de Control, "
            f"cumple con manifestar que {summary[0].lower()}{summary[1:]}."
        ),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, CGR.signer_post(who.female))
    closing = Para("Saluda atentamente a Ud.,", align="left")
    recipient: str | None = None
    if ctx.chance(0.5):
        day = f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year}"
        blocks = [*_portal(num, day, row, text), closing, signature]
    else:
        recipient = "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE QUIRIHUE"
        labels = ("MATERIA:", "DESCRIPTORES:", "FUENTES:")
        blocks = [
            parts.office_head(ctx, CGR, extra="Unidad Jurídica"),
            Heading(f"DICTAMEN N° {num}", size=1, align="right"),
            Para(wording.town_date(ctx.rng, "Chillán", ctx.day), align="right"),
            Para(recipient, bold=True, align="left"),
            *text,
            closing,
            signature,
            Space(3),
            Fields(tuple(zip(labels, row, strict=True)), boxed=ctx.chance(0.5)),
        ]
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    fields |= {"sender_org": CGR.org, "recipient": recipient}
    t = parts.truth(ctx, "dictamen", "entrada", unit="control", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


CIRCULARS = world.rows("circulars")  # issuer | signer's post | unit concerned | summary


def circular(ctx: Ctx) -> Doc:
    """A national circular (entrada) or the Administrador's internal one (interno)."""
    num = str(ctx.rng.randint(1, 60))
    if ctx.chance(0.35):
        return _internal(ctx, num)
    org, post, unit, template = ctx.rng.choice(CIRCULARS)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (unit,))
    summary = template.format(year=ctx.day.year)
    blocks: list[Block] = [parts.office_head(ctx, Office(org, (post, post), "Santiago", ()))]
    place = wording.town_date(ctx.rng, "Santiago", ctx.day)
    to: str | None = None
    if ctx.chance(0.5):
        blocks += [
            Heading(f"CIRCULAR N° {num}: {summary.upper()}", size=1),
            Para(place, align="right"),
        ]
        summary = summary.upper()
    else:
        to = ctx.pick("SEGÚN DISTRIBUCIÓN", "ALCALDES Y ALCALDESAS DEL PAÍS")
        rows = (
            ("ANT.:", "Ley N° 18.695, Orgánica Constitucional de Municipalidades."),
            ("MAT.:", summary),
            ("DE:", post.upper()),
            ("A:", to),
        )
        blocks += [
            Heading(f"CIRCULAR N° {num}", size=1, align="left"),
            Para(place, align="left"),
            Fields(rows),
        ]
    signature, sender = parts.signed(ctx, world.person(ctx.rng), post, org)
    blocks += [
        Para(
            "Por medio de la presente, se instruye a las municipalidades respecto de "
            f"{ctx.matter.other}."
        ),
        Para(
            "Las unidades municipales deberán adoptar las medidas indicadas y designar un "
            "encargado."
        ),
        signature,
        Listing(
            "DISTRIBUCIÓN:", ("Municipalidades del país", "Delegaciones Presidenciales", "Archivo")
        ),
    ]
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    fields |= {"sender_org": org, "recipient": to}
    t = parts.truth(ctx, "circular", "entrada", **fields)
    return parts.doc(ctx, t, blocks)


INTERNAL = world.texts("internal-circulars")


def _internal(ctx: Ctx, num: str) -> Doc:
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("administracion",))
    admin = world.UNITS["administracion"]
    signature, sender = parts.signed(ctx, admin.chief, admin.post)
    summary = ctx.pick(*INTERNAL).format(year=ctx.day.year)
    to = ctx.pick("DIRECTORES Y JEFES DE DEPARTAMENTO", "TODAS LAS UNIDADES MUNICIPALES")
    rows = (
        ("A:", to),
        ("DE:", admin.post.upper()),
        ("MAT.:", summary),
        ("FECHA:", wording.when(ctx.rng, ctx.day)),
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, "administracion"),
        Heading(f"CIRCULAR INTERNA N° {num}", size=1.5),
        Fields(rows),
        Para(
            "Se informa a todos los funcionarios que, a contar de esta fecha, deberá observarse "
            "lo indicado en la materia, sin excepciones."
        ),
        Para("Los directores velarán por su cumplimiento y difusión en sus unidades."),
        signature,
    ]
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": sender}
    t = parts.truth(ctx, "circular", "interno", sender_org="muni", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.muni_footer(ctx))


ORDINANCES = world.rows("ordinances")  # what the ordinance regulates | its first rule


def ordenanza(ctx: Ctx) -> Doc:
    """A local law (interno, Secretaría Municipal), its title its subject."""
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("secretaria-municipal",))
    what, rule = ctx.rng.choice(ORDINANCES)
    num = str(ctx.rng.randint(1, 25)) if ctx.chance(0.6) else None
    kind = ctx.pick("ORDENANZA MUNICIPAL", "ORDENANZA LOCAL")
    title = f"{kind}{f' N° {num}' if num else ''} SOBRE {what.upper()}"
    decree = wording.grouped(ctx.rng.randint(1000, 4200))
    signature, sender = parts.signed(ctx, world.UNITS["alcaldia"].chief, "Alcalde")
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, size=1.5),
        Para(
            f"(Aprobada por Decreto Alcaldicio N° {decree}, de {wording.when(ctx.rng, ctx.day)}, "
            "previo acuerdo del Concejo Municipal)",
            align="center",
            size=-1,
        ),
        Heading("TÍTULO I - DISPOSICIONES GENERALES", size=0, align="left"),
        Para(f"Artículo 1.- La presente ordenanza regula {what}."),
        Para(f"Artículo 2.- Para los efectos de esta ordenanza, {rule}."),
        Heading("TÍTULO II - FISCALIZACIÓN Y SANCIONES", size=0, align="left"),
        Para(
            "Artículo 3.- La fiscalización corresponderá a los inspectores municipales y a "
            "Carabineros de Chile."
        ),
        Para(
            "Artículo 4.- Las infracciones serán sancionadas por el Juzgado de Policía Local con "
            f"multas de 1 a {ctx.rng.randint(3, 5)} UTM."
        ),
        Para(
            "Artículo 5.- La presente ordenanza regirá desde su publicación en el sitio web "
            "municipal."
        ),
        signature,
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sender}
    t = parts.truth(
        ctx, "ordenanza", "interno", unit="secretaria-municipal", sender_org="muni", **fields
    )
    return parts.doc(ctx, t, blocks, running=title[:70], footer=parts.muni_footer(ctx))
