"""Records and agreements: minutes of the Concejo Municipal (the full «ACTA SESIÓN ORDINARIA
N° 12» with attendance and points, or an «ACTA DE ACUERDOS» that lists only the agreements
adopted, numbered «ACUERDO N° 45/2025»), and convenios (INDAP's PRODESAL, JUNJI's transfer
for a jardín VTF, the Servicio de Salud's primary-care programme, a collaboration with a
salmon firm, a comodato with a local organisation) whose title runs over two to four lines.

Truth: minutes are an acta_concejo, interno, for the Secretaría Municipal, subject the
title as printed (lines joined), number the session's; a convenio's subject is its title
(lines joined), no number, entrada when the other party drafts it, salida when Porvenir
does; sender and sender_org the drafting party (its signer's post and its name; the
municipality as its letterhead names it); unit the one that runs it."""

from __future__ import annotations

from typing import Any

from bench.devgen.model import Table
from bench.devgen2.model import Head, Heading, Listing, Para, Signature, Signer
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

COUNCILLORS = ("Sr. Nelson Mimica Oyarzo", "Sra. Katherine Bradasic Uribe",
               "Sr. Héctor Santana Paredes", "Sra. María Eugenia Yutronic Vidal",
               "Sr. Ramón Levicán Gallardo", "Sra. Daniela Fernanda Navarro Kusanovic")  # fmt: skip


def acta(ctx: Ctx) -> Doc:
    """Minutes of a session of the Concejo, full or of its agreements only (interno)."""
    num = str(ctx.rng.randint(1, 120))
    kind = ctx.pick("ORDINARIA", "EXTRAORDINARIA")
    only_agreements = ctx.chance(0.4)
    if only_agreements:
        title = f"ACTA DE ACUERDOS\nSESIÓN {kind} N° {num}\nCONCEJO MUNICIPAL DE PORVENIR"
    else:
        title = ctx.pick(f"ACTA SESIÓN {kind} N° {num}",
                         f"ACTA SESIÓN {kind} N° {num}\nCONCEJO MUNICIPAL DE PORVENIR")  # fmt: skip
    unit = "secretaria-municipal"
    points = (ctx.matter, topics.within(ctx.rng, ctx.day.year, ("alcaldia", "secplan", "dom")))
    blocks: list[Block] = [parts.muni_head(ctx, unit), Heading(title, size=1.5)]
    hour = f"{ctx.rng.randint(9, 18)}:{ctx.pick('00', '30')}"
    opening = (f"En Porvenir, a {wording.long_date(ctx.day)}, siendo las {hour} horas, en el "
               "Salón de Concejo, se abre la sesión presidida por el Alcalde don "
               f"{world.MAYOR.name}.")  # fmt: skip
    present = ctx.rng.sample(COUNCILLORS, 5)
    if only_agreements:
        blocks += [Para(opening), Listing("Concejales asistentes:", tuple(present))]
        for p in points:
            agreement = f"ACUERDO N° {ctx.rng.randint(10, 260)}/{ctx.day.year}"
            blocks += [Para(f"{agreement}: Se aprueba, por {ctx.pick('unanimidad', 'mayoría')}, "
                            f"lo relativo a {p.other}.")]  # fmt: skip
    else:
        rows = (
            ("Concejal(a)", "Asistencia"),
            *((c, ctx.pick("Presente", "Presente", "Ausente con aviso")) for c in present),
        )
        blocks += [Para(opening), Table(rows, widths=(3, 1)), Para("TABLA:", bold=True)]
        for i, p in enumerate(points, 1):
            blocks += [
                Para(f"{i}.- {cap(p.name)}.", bold=True, align="left"),
                Para(f"{p.detail} Se acuerda lo relativo a {p.other}."),
            ]  # fmt: skip
    sec = world.UNITS[unit].chief
    blocks.append(Signature((Signer(sec.name, "Secretaria Municipal\nMinistra de Fe"),), "center"))
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": "Secretaria Municipal"}
    t = parts.truth(ctx, "acta_concejo", "interno", unit=unit, sender_org="muni", **fields)
    return parts.doc(ctx, t, blocks, page_label="Página {p} de {n}")


# the title's lines after the kind, the other party, its signer's post (man/woman), the
# matter, the direction, the agreement's object
PARTIES = (
    ("PROGRAMA DE DESARROLLO LOCAL (PRODESAL)\nENTRE EL INSTITUTO DE DESARROLLO AGROPECUARIO"
     "\nY LA ILUSTRE MUNICIPALIDAD DE PORVENIR", "Instituto de Desarrollo Agropecuario",
     "Director Regional/Directora Regional", "dideco:02", "entrada", "Ejecutar el Programa de "
     "Desarrollo Local (PRODESAL) en la comuna, con asesoría técnica a pequeños ganaderos"),
    ("PARA LA OPERACIÓN DEL JARDÍN INFANTIL VTF RAYITO DE SOL\nENTRE LA JUNTA NACIONAL DE "
     "JARDINES INFANTILES Y LA I. MUNICIPALIDAD DE PORVENIR",
     "Junta Nacional de Jardines Infantiles", "Director Regional/Directora Regional",
     "educacion", "entrada", "Transferir recursos para la operación del Jardín Infantil "
     "Rayito de Sol, administrado vía transferencia de fondos (VTF)"),
    ("PROGRAMA DE APOYO A LA ATENCIÓN PRIMARIA\nSERVICIO DE SALUD MAGALLANES - I. "
     "MUNICIPALIDAD DE PORVENIR", "Servicio de Salud Magallanes", "Director/Directora",
     "salud:02", "entrada", "Financiar las rondas médicas rurales y la atención primaria de "
     "salud de la comuna"),
    ("ENTRE SALMONES BAHÍA INÚTIL S.A.\nY LA ILUSTRE MUNICIPALIDAD DE PORVENIR",
     "Salmones Bahía Inútil S.A.", "Gerente General/Gerenta General", "dom:01", "entrada",
     "Colaborar en la limpieza del borde costero de Bahía Chilota y en la educación "
     "ambiental de los escolares"),
    ("ENTRE LA ILUSTRE MUNICIPALIDAD DE PORVENIR\nY {ORG}", "", "Presidente/Presidenta",
     "juridica:01", "salida", "Entregar en comodato el terreno municipal que se individualiza, "
     "para la construcción de una sede social"),
)  # fmt: skip
KINDS = {"entrada": ("CONVENIO DE TRANSFERENCIA DE RECURSOS", "CONVENIO DE COLABORACIÓN"),
         "salida": ("CONTRATO DE COMODATO", "CONVENIO DE COLABORACIÓN")}  # fmt: skip


def convenio(ctx: Ctx) -> Doc:
    """An agreement whose title runs over several lines."""
    rest, name, posts, wanted, direction, aim = ctx.rng.choice(PARTIES)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (wanted,))
    code = ctx.matter.unit
    org = ctx.pick(*world.ORGS)
    name = name or org
    title = f"{ctx.pick(*KINDS[direction])}\n{rest.replace('{ORG}', org.upper())}"
    other = world.person(ctx.rng)
    post = posts.split("/")[other.female]
    other_title = "doña" if other.female else "don"
    mayor = world.MAYOR
    rut = ctx.rut(world.MUNI_RUT)
    clauses = (
        f"En Porvenir, a {wording.long_date(ctx.day)}, entre la ILUSTRE MUNICIPALIDAD DE "
        f"PORVENIR, RUT {rut}, representada por su Alcalde don {mayor.name}, ambos domiciliados "
        f"en Padre Mario Zavattaro N° 402, y {name}, representada por {other_title} {other.name}, "
        "se acuerda lo siguiente:",
        f"PRIMERO: Objeto. {aim}, en relación con {ctx.matter.other}.",
        "SEGUNDO: Vigencia. Desde la total tramitación del acto administrativo que lo aprueba "
        "y hasta el 31 de diciembre del año en curso.",
        "TERCERO: Ejemplares. Se firma en tres ejemplares de idéntico tenor.",
    )
    if direction == "entrada":
        letterhead = Head((name.upper(), "Región de Magallanes y de la Antártica Chilena"),
                          "gob" if "S.A." not in name else "pez", "left", "", True)  # fmt: skip
    else:
        letterhead = parts.muni_head(ctx, code)
    blocks: list[Block] = [letterhead, Heading(title, size=0.5), *(Para(x) for x in clauses)]
    blocks.append(Signature((Signer(mayor.name.upper(), "Alcalde"),
                             Signer(other.name.upper(), post, name)), "center"))  # fmt: skip
    first = (post, name) if direction == "entrada" else ("Alcalde", "muni")
    fields: dict[str, Any] = {"subject": title, "sender": first[0], "sender_org": first[1]}
    t = parts.truth(ctx, "convenio", direction, unit=code, **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))
