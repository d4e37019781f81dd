"""Papers in a legal form: a lawyer's or a party's escrito to the mayor or to the Juzgado de
Policía Local de Chimbarongo (a packing plant fined for its trucks, a mimbre workshop closed,
a patent refused, a neighbour fined for burning stubble), its sumilla at the top right as
«SUMA:», «Sumilla:» or as «EN LO PRINCIPAL: …; PRIMER OTROSÍ: …» in a narrow column, then
the addressee, the appearance («…, a usted respetuosamente digo:»), the facts, «POR TANTO»
and the otrosíes.

Truth (devgen8's and devgen11's for escritos): a reclamo de ilegalidad (artículo 151 de la
Ley N° 18.695) is a reclamo, any other a carta, entrada; subject the «SUMA:»/«Sumilla:» text
as printed, or with «EN LO PRINCIPAL» the principal's request; no number; sender the one who
signs, sender_org the law firm its letterhead names; recipient the addressee line; unit the
JPL for the court, else the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Column, Head, Para, Signature, Signer, Space
from bench.devgen2.world import Person
from bench.devgen4.model import Block, Doc
from bench.devgen8.escritos import OTROSI
from bench.devgen14 import parts, topics, wording, world
from bench.devgen14.parts import Ctx

# (principal, unit, to the court, a reclamo de ilegalidad)
PRINCIPALS = (
    ("Formula descargos", "jpl", True, False),
    ("Solicita se deje sin efecto la multa aplicada", "jpl", True, False),
    ("Solicita nuevo día y hora para audiencia", "jpl", True, False),
    (
        "Deduce reclamo de ilegalidad en contra del decreto alcaldicio que indica",
        "juridica",
        False,
        True,
    ),
    (
        "Solicita se deje sin efecto la clausura del taller de mimbre que indica",
        "dom",
        False,
        False,
    ),
    ("Interpone recurso de reposición en contra de la denegación de patente", "daf", False, False),
)
FIRMS = ("Estudio Jurídico Galaz & Cornejo Abogados", "Donoso Reyes Abogados Limitada")
COURT = "S.J.L. DE POLICÍA LOCAL DE CHIMBARONGO"


def sumilla(ctx: Ctx, principal: str) -> tuple[Block, str, tuple[str, ...]]:
    """(the sumilla at the top right, the subject it states, the otrosíes it lists)."""
    if ctx.chance(0.5):
        extra = f"; {ctx.pick(*OTROSI).lower()}" if ctx.chance(0.4) else ""
        text = f"{principal}{extra}"
        label = ctx.pick("SUMA:", "Sumilla:", "SUMILLA:", "EN LO PRINCIPAL:")
        if label == "EN LO PRINCIPAL:":
            text = principal
        shown = wording.spread(ctx.rng, f"{label} {text}.", 3)
        return Para(shown, align="left", left=85, bold=True), text, ()
    others = tuple(ctx.rng.sample(OTROSI, ctx.rng.randint(1, 3)))
    if len(others) == 1:
        tail = [f"OTROSÍ: {others[0]}."]
    else:
        names = ("PRIMER", "SEGUNDO", "TERCER")
        tail = [f"{names[i]} OTROSÍ: {o};" for i, o in enumerate(others)]
        tail[-1] = tail[-1][:-1] + "."
    lines = (f"EN LO PRINCIPAL: {principal};", *tail)
    return Column(lines, "right", 0.5), principal, others


def _pleading(
    ctx: Ctx, lawyer: Person, rut: str, court: bool, others: tuple[str, ...]
) -> list[Block]:
    """The appearance, the facts, «POR TANTO» and the otrosíes."""
    client, m = world.person(ctx.rng), ctx.matter
    title = "abogada" if lawyer.female else "abogado"
    you = "US." if court else "usted"
    blocks: list[Block] = [
        Para(
            f"{lawyer.name.upper()}, {title}, cédula nacional de identidad N° {rut}, en "
            f"representación de {client.name}, ambos domiciliados para estos efectos en "
            f"Chimbarongo, a {you} respetuosamente digo:",
            indent=12,
        ),
        Para(
            f"Que, en relación con {m.name}, vengo en formular la presentación que indica la "
            "suma, por los fundamentos que expongo.",
            indent=12,
        ),
        Para(f"{m.detail} Mi representado ha sido afectado por lo obrado.", indent=12),
        Para("POR TANTO,", bold=True, align="left"),
        Para(f"RUEGO A {you.upper()}: acceder a lo pedido, conforme a derecho.", indent=12),
    ]
    names = ("PRIMER OTROSÍ", "SEGUNDO OTROSÍ", "TERCER OTROSÍ") if len(others) > 1 else ("OTROSÍ",)
    for name, what in zip(names, others, strict=False):
        blocks.append(Para(f"{name}: {what}; sírvase {you} tenerlo presente.", indent=12))
    return blocks


def escrito(ctx: Ctx) -> Doc:
    """A lawyer's or a party's escrito to the mayor or the JPL (entrada)."""
    principal, unit, court, illegal = ctx.rng.choice(PRINCIPALS)
    if unit != ctx.matter.unit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, (unit,))
    lawyer = world.person(ctx.rng)
    firm = ctx.pick(*FIRMS) if ctx.chance(0.45) else None
    blocks: list[Block] = []
    if firm:
        lines = (firm, "Manuel Rodríguez 640, of. 12, San Fernando")
        blocks.append(Head(lines, "none", ctx.pick("right", "left"), "", True))
    top, subject, others = sumilla(ctx, principal)
    mayor = ctx.pick(
        "SEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE CHIMBARONGO",
        "S. ALCALDE DE LA I. MUNICIPALIDAD DE CHIMBARONGO",
    )
    addressee = COURT if court else mayor
    rut = ctx.rut(ctx.rng.randint(8_000_000, 19_000_000))
    cause = f"Causa Rol N° {ctx.rng.randint(200, 4800)}-{ctx.day.year}" if court else ""
    blocks += [
        top,
        Space(3),
        *([Para(cause, bold=True, align="left")] if cause else []),
        Para(addressee, bold=True, align="left"),
        Space(2),
        *_pleading(ctx, lawyer, rut, court, others),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="left"),
    ]
    title = "Abogada" if lawyer.female else "Abogado"
    blocks.append(Signature((Signer(lawyer.name, f"{title}\nRUT {rut}"),), "center"))
    fields: dict[str, Any] = {"subject": subject, "sender": lawyer.name, "sender_org": firm}
    doc_type = "reclamo" if illegal else "carta"
    truth = parts.truth(ctx, doc_type, "entrada", recipient=addressee, unit=unit, **fields)
    return parts.doc(ctx, truth, blocks)
