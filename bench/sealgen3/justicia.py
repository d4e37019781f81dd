"""Oficios of courts, prosecutors, the police and the Congress to Casablanca: the Juzgado de
Letras y Garantía de Casablanca (its date in words, «RIT», «RUC», the addressee at the foot),
the Corte de Apelaciones de Valparaíso asking for the report in a recurso de protección, the
Fiscalía Local de Casablanca («RUC N° 2500123456-7», «OBJ.:»), the Subcomisaría Casablanca
(«REF.: Parte N° 1234»), and the Cámara de Diputadas y Diputados or the Senado forwarding a
member's request (the number with thousands dots, no subject line, «INC.:» maybe).

Truth: an oficio (entrada); subject the labelled text («MATERIA:», «OBJ.:», «ASUNTO:»),
None when the paper states no subject outside the body; doc_number without dots or year;
sender the post of who signs; sender_org the court, prosecutor's office, police unit or
chamber; recipient the addressee's first line, wherever it stands; antecedents a cited
parte; unit the one that must comply (the Congress's: the matter's)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench.devgen.world import number_words
from bench.devgen2.model import Fields, Para, Space
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.sealgen3 import parts, senders, topics, wording, world
from bench.sealgen3.oficios import office
from bench.sealgen3.parts import Ctx

FOOT = "A LA SEÑORA ALCALDESA\nILUSTRE MUNICIPALIDAD DE CASABLANCA\nPRESENTE"


def in_words(town: str, day: date) -> str:
    """«Casablanca, a tres de marzo de dos mil veinticinco.»"""
    return (
        f"{town}, {number_words(day.day)} de {MONTHS[day.month - 1]} de {number_words(day.year)}."
    )


def _cause(ctx: Ctx, o: Office) -> str:
    year = ctx.day.year
    n = ctx.rng.randint(40, 3900)
    ruc = f"{str(year)[2:]}00{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
    if o.sort == "court":
        letter = "P" if ctx.matter.unit == "dideco" else "C"
        return f"RIT: {letter}-{n}-{year}\nRUC: {ruc}"
    if o.sort == "corte":
        return f"Protección Rol N° {wording.dotted(n * 7)}-{year}"
    if o.sort == "fiscal":
        return f"RUC N° {ruc}"
    return ""


def _subject(ctx: Ctx, o: Office) -> tuple[list[Block], str | None, str | None]:
    """(the blocks stating it, the subject registered, the antecedents registered)."""
    mat = wording.stated(ctx.rng, wording.COURT, ctx.matter, ctx.day)
    if o.sort == "police":
        parte = f"Parte N° {ctx.rng.randint(200, 4800)}"
        mat = f"Da cuenta de procedimiento por {ctx.matter.name}"
        return [Para(f"REF.: {parte}. {mat}", align="left", left=70)], mat, parte
    if o.sort == "corte" or ctx.chance(0.3):
        return [], None, None
    label = "OBJ.:" if o.sort == "fiscal" else ctx.pick("MATERIA:", "ASUNTO:", "MAT.:")
    shown = wording.capitals(ctx.rng, mat, 0.35)
    return [Fields(((label, shown),), side=ctx.pick("right", "full"))], shown, None


def _said(ctx: Ctx, o: Office, cause: str) -> str:
    m = ctx.matter
    where = cause.split("\n")[0] or "el procedimiento"
    if o.sort in ("court", "corte"):
        term = "dentro de octavo día" if o.sort == "corte" else "en el plazo de cinco días"
        return (
            f"En causa {where}, por resolución de esta fecha se ha ordenado oficiar a usted a "
            f"fin de que informe sobre {m.name}, {term}."
        )
    if o.sort == "fiscal":
        return (
            f"En la investigación {where}, y en uso de las facultades del artículo 180 del "
            f"Código Procesal Penal, solicito remitir los antecedentes de {m.name}."
        )
    return (
        "Pongo en su conocimiento el procedimiento adoptado por personal de esta unidad en "
        f"relación con {m.name}."
    )


def oficio_judicial(ctx: Ctx) -> Doc:
    """A court, the Fiscalía or Carabineros write to Casablanca (entrada)."""
    o = office(ctx, senders.JUSTICE)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    n = ctx.rng.randint(30, 4200)
    printed = f"OFICIO N° {n}{ctx.pick('-' + str(ctx.day.year), '/' + str(ctx.day.year), '')}"
    cause = _cause(ctx, o)
    court = o.sort in ("court", "corte")
    place = in_words(o.city, ctx.day) if court and ctx.chance(0.6) else None
    place = place or wording.place_date(ctx.rng, o.city, ctx.day)
    stated, subject, ants = _subject(ctx, o)
    at_foot = court or ctx.chance(0.3)
    if at_foot:
        to, recipient = FOOT, "A LA SEÑORA ALCALDESA"
    else:
        to, recipient = parts.to_unit(ctx) if ctx.chance(0.5) else parts.to_mayor(ctx)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    blocks += [Para(printed, align=ctx.pick("left", "right"), bold=True)]
    if cause:
        blocks.append(Para(cause, align="left", bold=True, left=ctx.rng.choice((0.0, 80.0))))
    blocks += [*stated, Para(place, align="right"), Space(2)]
    if not at_foot:
        blocks.append(Para(to, align="left"))
    blocks += [Para(_said(ctx, o, cause), indent=12), Para(ctx.matter.detail, indent=12)]
    blocks.append(Para("Saluda atentamente a usted,", align="center"))
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks.append(signature)
    if at_foot:
        blocks += [Space(3), Para(to, align="left", bold=ctx.chance(0.5))]
    fields: dict[str, Any] = {"subject": subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Hoja {p} de {n}"))


def oficio_congreso(ctx: Ctx) -> Doc:
    """A chamber of the Congress forwards a member's request (entrada)."""
    asked_of = ("alcaldia", "dideco", "dom", "salud", "educacion", "transito", "secplan")
    if ctx.matter.topic.internal or ctx.matter.unit not in asked_of:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, asked_of)
    chamber, posts, member = ctx.rng.choice(senders.CONGRESS)
    who = world.person(ctx.rng)
    post = posts.split("|")[who.female]
    n = ctx.rng.randint(1200, 98_000)
    printed = f"OFICIO N° {wording.dotted(n)}"
    asked = world.person(ctx.rng, female="Diputada" in member).name
    session = ctx.rng.randint(20, 140)
    inc = ctx.chance(0.4)
    to = "A LA SEÑORA ALCALDESA DE LA MUNICIPALIDAD DE CASABLANCA"
    blocks: list[Block] = [
        parts.office_head(ctx, Office(chamber, (post, post), "Valparaíso", (), emblem="seal")),
        Para(printed, align="left", bold=True),
    ]
    if inc:
        blocks.append(Para("INC.: copia de la intervención.", align="left", size=-1))
    blocks += [
        Para(wording.place_date(ctx.rng, "VALPARAÍSO", ctx.day), align="left"),
        Space(3),
        Para(
            f"{member[:1].upper()}{member[1:]} {asked.upper()}, en sesión {session}ª, ha "
            f"requerido que se oficie a usted para que informe a esta Corporación sobre "
            f"{ctx.matter.name}, en particular {ctx.matter.detail[0].lower()}"
            f"{ctx.matter.detail[1:]}",
            indent=15,
        ),
        Para(
            "Me permito hacer presente que, si la respuesta a este oficio contuviere materias "
            "reservadas o secretas, deberá señalarse en el texto de la misma.",
            indent=15,
        ),
        Para(
            "Lo que tengo a bien comunicar a usted, de conformidad con los artículos 9 y 9 A "
            "de la Ley N° 18.918, Orgánica Constitucional del Congreso Nacional.",
            indent=15,
        ),
    ]
    signature, sender = parts.signed(ctx, who, post, chamber)
    blocks += [signature, Space(3), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"doc_number": str(n), "sender": sender, "sender_org": chamber}
    t = parts.truth(ctx, "oficio", "entrada", recipient=to, **fields)
    return parts.doc(ctx, t, blocks, page_label="")
