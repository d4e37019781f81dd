"""Oficios of the Congreso Nacional to Quirihue's mayor: the Cámara de Diputadas y
Diputados' oficios de fiscalización, sent by order of its president at a deputy's request
(«OFICIO N° 98.765», «INC.: solicitud», «VALPARAÍSO, 3 de marzo de 2025», «Por orden de…»,
the reserve clause of article 8 of the Constitution, «Dios guarde a usted»); its standing
committees' invitations to a session («REF.: Invita a sesión…»); and the Senado's, in a
senator's name («ha solicitado que se oficie a usted, en su nombre…»).

Truth: an oficio, entrada; subject None when the paper states none (a fiscalización oficio
names no subject: «INC.:» lists what it encloses), the «REF.:» text for a committee's;
doc_number the oficio's without dots; sender the signer's post; sender_org the chamber as
its letterhead names it; recipient the addressee line; unit that of the matter asked
about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bench.devgen2.model import Column, Head, Para, Signature, Signer, Space
from bench.devgen3.model import SealBox
from bench.devgen4.model import Block, Doc
from bench.devgen9 import parts, wording, world
from bench.devgen9.parts import Ctx

DEPUTIES, SENATORS = world.rows("deputies"), world.rows("senators")  # name | F or M
COMMITTEES, ADDRESSEES = world.texts("committees"), world.texts("congress-addressees")
RESERVE = world.texts("reserve")[0]


def _ask(ctx: Ctx) -> str:
    return ctx.pick(*world.texts("congress-asks")).format(
        name=ctx.matter.name, other=ctx.matter.other
    )


def _chamber_body(ctx: Ctx) -> list[Block]:
    deputy, sex = ctx.rng.choice(DEPUTIES)
    title = "la diputada señora" if sex == "F" else "el diputado señor"
    president = ctx.pick("del señor Presidente", "de la señora Presidenta")
    return [
        Para(
            f"Por orden {president} de la Cámara de Diputadas y Diputados, y a requerimiento de "
            f"{title} {deputy.upper()}, quien ha hecho uso de la facultad conferida en el "
            "artículo 9° de la ley N° 18.918, orgánica constitucional del Congreso Nacional, "
            f"solicito a usted {_ask(ctx)}.",
            indent=12,
        ),
        Para(ctx.matter.detail, indent=12),
        Para(RESERVE, indent=12),
        Para("Dios guarde a usted.", align="center"),
    ]


def _committee_body(ctx: Ctx, committee: str) -> tuple[list[Block], str]:
    """The invitation's REF. line and body (and the subject it states)."""
    m = ctx.matter
    session = wording.long_date(ctx.day + timedelta(days=ctx.rng.randint(6, 20)))
    ref = f"Invita a sesión de la Comisión de {committee.split(',')[0]} para tratar {m.name}"
    body: list[Block] = [
        Para(f"REF.: {ref}.", align="left", left=70, bold=True),
        Space(3),
        Para(
            f"La Comisión de {committee}, en sesión de esta fecha, acordó invitar a usted a la "
            f"sesión que celebrará el {session}, de 15:00 a 16:30 horas, en la sala N° "
            f"{ctx.rng.randint(1, 12)} del edificio del Congreso Nacional en Valparaíso, o en "
            "forma telemática, con el objeto de exponer sobre la materia de la referencia.",
            indent=12,
        ),
        Para(ctx.matter.detail, indent=12),
        Para("Lo que tengo a honra comunicar a usted.", indent=12),
    ]
    return body, ref


@dataclass(frozen=True)
class Paper:
    """What differs between the chambers' oficios."""

    org: str
    letterhead: Head
    right: tuple[str, ...]  # the number column
    body: list[Block]
    post: str
    subject: str | None = None


def _senado(ctx: Ctx, shown: str, place: str) -> Paper:
    senator, sex = ctx.rng.choice(SENATORS)
    title = "La Senadora señora" if sex == "F" else "El Senador señor"
    body: list[Block] = [
        Para(
            f"{title} {senator.upper()}, en sesión de esta fecha, ha solicitado que se "
            f"oficie a usted, en su nombre, con el objeto de {_ask(ctx)}.",
            indent=12,
        ),
        Para(ctx.matter.detail, indent=12),
        Para(RESERVE, indent=12),
        Para("Dios guarde a usted.", align="center"),
    ]
    post = ctx.pick("Secretario General del Senado", "Prosecretario del Senado")
    letterhead = Head(("SENADO", "REPÚBLICA DE CHILE"), "escudo", "center", "", False)
    return Paper("Senado", letterhead, (f"Oficio N° {shown}", place), body, post)


def _camara(ctx: Ctx, shown: str, place: str, *, committee: bool) -> Paper:
    org = "Cámara de Diputadas y Diputados"
    letterhead = Head((org.upper(), "CHILE"), "seal", ctx.pick("left", "center"), "", True)
    if committee:
        name = ctx.pick(*COMMITTEES)
        body, ref = _committee_body(ctx, name)
        right = (f"Oficio N° {shown}-{ctx.day.year}", place)
        return Paper(org, letterhead, right, body, "Abogado Secretario de la Comisión", ref)
    inc = ctx.pick("solicitud", "intervención", "solicitud y antecedentes")
    post = ctx.pick("Prosecretario", "Secretario General")
    return Paper(
        org,
        letterhead,
        (f"OFICIO N° {shown}", f"INC.: {inc}", "", place),
        _chamber_body(ctx),
        f"{post} de la {org}",
    )


def oficio_congreso(ctx: Ctx) -> Doc:
    """The Cámara (fiscalización or a committee) or the Senado writes (entrada)."""
    chamber = ctx.pick("camara", "camara", "comision", "senado")
    n = ctx.rng.randint(1_000, 99_999) if chamber != "comision" else ctx.rng.randint(5, 480)
    shown = wording.grouped(n) if ctx.chance(0.7) else str(n)
    place = f"{ctx.pick('VALPARAÍSO', 'Valparaíso')}, {wording.when(ctx.rng, ctx.day)}"
    if chamber == "senado":
        paper = _senado(ctx, shown, place)
    else:
        paper = _camara(ctx, shown, place, committee=chamber == "comision")
    to = ctx.pick(*ADDRESSEES)
    who = world.person(ctx.rng)
    post = paper.post
    if who.female:
        post = post.replace("Abogado", "Abogada").replace("ecretario", "ecretaria")
    blocks: list[Block] = [paper.letterhead, Column(paper.right, "right", 0.45)]
    blocks += [Para(to, bold=True, align="left"), Space(2), *paper.body]
    blocks.append(Signature((Signer(who.name.upper(), post),), "center"))
    if chamber == "camara" and ctx.chance(0.5):
        code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        url = "https://www.camara.cl/verificar"
        lines = (f"Verifique este documento en {url} con el código {code}",)
        blocks.append(SealBox(lines, code, "left", 0.7))
    fields: dict[str, Any] = {"subject": paper.subject, "doc_number": str(n)}
    fields |= {"sender": post, "sender_org": paper.org, "recipient": to}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}"))
