"""Records: minutes of Vallenar's Concejo Municipal and agreements.

Minutes: the title centred over two lines, or a shaded grid of the session's data
(session, number, date, hour, place) under a band; those present as a list («Asisten:»,
«Ausentes con aviso:»), the points of the table, each agreement with a table of the votes.
Agreements: with the GORE de Atacama (FNDR transfer), the Servicio de Salud Atacama (a
primary care programme) or INDAP, drafted by them; or drafted by the municipality with the
Junta de Vigilancia del Río Huasco, a mining company or the Universidad de Atacama. The
title centred over two or three lines, or framed.

Truth: minutes are an acta_concejo, interno, for Secretaría Municipal, subject the title
as printed (lines joined; the grid's band when the head is a grid), doc_number the
session's, sender the Secretaria Municipal; a convenio's subject its title (lines joined),
no number, entrada when the other party drafts it (sender its signer's post, sender_org
the party), salida when the municipality does (sender «Alcalde», sender_org the
municipality)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Heading, Listing, Para, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Doc
from bench.sealgen5 import parts, topics, wording, world
from bench.sealgen5.parts import Ctx

COUNCIL = (
    "Soledad Alcayaga Rivera", "Robinson Páez Marín", "Elba Rosa Galleguillos Díaz",
    "Ulises Torrejón Campillay", "Valentina Huerta Zuleta", "Sergio Antonio Muñoz Pastén",
    "Fresia Ogalde Bugueño", "Cristián Segovia Licuime",
)  # fmt: skip


def _title(ctx: Ctx, kind: str, num: str) -> tuple[Block, str]:
    """The minutes' head and the title registered."""
    if ctx.chance(0.4):
        when = f"{ctx.day.day:02d}/{ctx.day.month:02d}/{ctx.day.year}"
        band = "ACTA DE SESIÓN DEL CONCEJO MUNICIPAL DE VALLENAR"
        rows = (
            ("Sesión", kind.capitalize(), "N°", num),
            ("Fecha", when, "Hora", f"{ctx.rng.randint(9, 16)}:00"),
            ("Lugar", "Salón de Honor, Edificio Consistorial"),
        )
        return Grid(rows, title=band), band
    title = ctx.pick(
        f"ACTA N° {num}\nSESIÓN {kind} DEL CONCEJO MUNICIPAL",
        f"CONCEJO MUNICIPAL DE VALLENAR\nActa de la Sesión {kind.capitalize()} N° {num}",
    )
    return Heading(title, size=1), title


def acta_concejo(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo (interno)."""
    code = "secretaria-municipal"
    num = str(ctx.rng.randint(2, 120))
    kind = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA")
    head, title = _title(ctx, kind, num)
    absent = ctx.rng.sample(COUNCIL, ctx.rng.randint(0, 2))
    present = [c for c in COUNCIL if c not in absent]
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("secplan", "dideco", "dom")))
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        head,
        Para(
            f"En Vallenar, a {wording.long_date(ctx.day)}, se reúne el Concejo Municipal bajo "
            f"la presidencia del Alcalde don {world.MAYOR.name}; actúa como ministro de fe la "
            "Secretaria Municipal."
        ),
        Listing("Asisten los concejales y concejalas:", tuple(present)),
    ]
    if absent:
        blocks.append(Listing("Ausentes con aviso:", tuple(absent)))
    blocks.append(Para("TABLA", bold=True, align="left"))
    blocks += [Para(f"{i}. {cap(p.name)}.", left=6) for i, p in enumerate(points, 1)]
    for i, p in enumerate(points, 1):
        votes = [("Concejal(a)", "Voto")] + [
            (c, "Se abstiene" if ctx.chance(0.12) else "A favor") for c in present[:4]
        ]
        blocks += [
            Para(f"PUNTO {i}. {p.detail} Se somete a votación {p.other}.", left=0),
            Table(tuple(votes), widths=(3.2, 1.4)),
            Para(f"ACUERDO N° {ctx.rng.randint(40, 420)}: Se aprueba {p.other}.", bold=True),
        ]
    blocks.append(Para("No habiendo más temas que tratar, se levanta la sesión."))
    sec = world.UNITS[code].chief
    blocks.append(Signature((Signer(sec.name, "Secretaria Municipal\nMinistro de Fe"),), "right"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=code, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Hoja {p} de {n}", running=f"Acta N° {num}")


# (title's start, the party as the title names it, its name, its signer's post, unit,
# who drafts it, the object of the agreement)
PARTIES = (
    ("CONVENIO DE TRANSFERENCIA DE RECURSOS FNDR", "GOBIERNO REGIONAL DE ATACAMA",
     "Gobierno Regional de Atacama", "Gobernador Regional", "secplan", "entrada",
     "la ejecución del proyecto de mejoramiento de {lugar}"),
    ("CONVENIO PROGRAMA DE RESOLUTIVIDAD EN ATENCIÓN PRIMARIA", "SERVICIO DE SALUD ATACAMA",
     "Servicio de Salud Atacama", "Director del Servicio de Salud Atacama", "salud", "entrada",
     "la atención de especialidades para los usuarios de {posta}"),
    ("CONVENIO PROGRAMA DE DESARROLLO LOCAL PRODESAL", "INSTITUTO DE DESARROLLO AGROPECUARIO",
     "Instituto de Desarrollo Agropecuario", "Director Regional de INDAP Atacama", "dideco",
     "entrada", "la asesoría técnica a pequeños agricultores de {localidad}"),
    ("CONVENIO DE COLABORACIÓN", "JUNTA DE VIGILANCIA DE LA CUENCA DEL RÍO HUASCO",
     "Junta de Vigilancia de la Cuenca del Río Huasco y sus Afluentes", "Presidente",
     "dom", "salida", "la limpieza de canales y la protección del cauce frente a {localidad}"),
    ("CONVENIO DE APORTE A LA COMUNIDAD", "COMPAÑÍA MINERA LOS LLANOS DEL HUASCO S.A.",
     "Compañía Minera Los Llanos del Huasco S.A.", "Gerente General", "secplan", "salida",
     "el financiamiento del sistema de agua potable rural de {localidad}"),
    ("CONVENIO MARCO DE COLABORACIÓN ACADÉMICA", "UNIVERSIDAD DE ATACAMA",
     "Universidad de Atacama", "Rector", "educacion", "salida",
     "las prácticas profesionales de sus estudiantes en {school}"),
)  # fmt: skip


def convenio(ctx: Ctx) -> Doc:
    """An agreement with a regional office, an organisation or a firm."""
    start, party, name, post, code, direction, aim = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    aim = aim.format_map(world.fill(ctx.rng, ctx.day.year))
    muni = "ILUSTRE MUNICIPALIDAD DE VALLENAR"
    first, second = (party, muni) if direction == "entrada" else (muni, party)
    title = ctx.pick(
        f"{start}\nENTRE {first}\nY {second}",
        f"{start} ENTRE {first} Y {second}",
        f"{start}\n{first} – {second}",
    )
    head: Block = (
        Box(tuple(title.split("\n")), "center", True)
        if ctx.chance(0.35)
        else Heading(title, size=0.5)
    )
    other = world.person(ctx.rng)
    amount = wording.grouped(ctx.rng.randint(6, 380) * 1_000_000)
    clauses = (
        f"En Vallenar, a {wording.long_date(ctx.day)}, comparecen la {world.MUNI}, RUT "
        f"{ctx.rut(69_030_300)}, representada por su Alcalde don {world.MAYOR.name}, y "
        f"{name}, representada por {'doña' if other.female else 'don'} {other.name}, "
        "quienes acuerdan:",
        f"PRIMERA. Objeto. Las partes colaborarán en {aim}.",
        f"SEGUNDA. Financiamiento. Se comprometen ${amount}, según el cronograma anexo.",
        "TERCERA. Vigencia. El convenio regirá desde la total tramitación del acto que lo "
        "aprueba y por dieciocho meses.",
        "CUARTA. Domicilio. Para todos los efectos, las partes fijan domicilio en Vallenar.",
    )
    mayor = Signer(world.MAYOR.name.upper(), "ALCALDE", world.MUNI)
    them = Signer(other.name.upper(), post.upper(), name)
    blocks: list[Block] = [head, *(Para(c) for c in clauses), Space(10)]
    blocks.append(Signature((them, mayor) if direction == "entrada" else (mayor, them)))
    sender, org = (post, name) if direction == "entrada" else ("Alcalde", world.MUNI)
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))
