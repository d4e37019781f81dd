"""Papers in a legal form: a lawyer's or a party's escrito to the Juzgado de Policía Local
(«S.J.L. DE POLICÍA LOCAL DE PORVENIR», «Causa Rol N° 345-2025») or to the mayor, its
sumilla at the top right as «SUMA:» or as «EN LO PRINCIPAL: …; PRIMER OTROSÍ: …»,
then the appearance («…, a US. respetuosamente digo:»), the facts, «POR TANTO, RUEGO A US.:»
and the otrosíes.

Truth (devgen8's for escritos): a reclamo de ilegalidad (artículo 151 de la Ley N° 18.695)
is a reclamo, any other a carta, entrada; subject the «SUMA:» text as printed, or with «EN
LO PRINCIPAL» the principal's request; no number; sender the one who signs, sender_org the
law firm its letterhead names; recipient the addressee line; unit the JPL for the court,
else the matter's (Jurídica, DOM)."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Head, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen11 import parts, topics, wording, world
from bench.devgen11.parts import Ctx

# (principal, unit, to the court, a reclamo de ilegalidad)
PRINCIPALS = (
    ("Formula descargos", "jpl", True, False),
    ("Solicita se deje sin efecto la multa aplicada", "jpl", True, False),
    ("Solicita nuevo día y hora para audiencia", "jpl", True, False),
    ("Interpone recurso de reposición en contra del decreto alcaldicio que indica", "juridica",
     False, False),
    ("Deduce reclamo de ilegalidad (artículo 151 de la Ley N° 18.695)", "juridica", False, True),
    ("Solicita invalidación de permiso de edificación", "dom", False, False),
)  # fmt: skip
OTROSI = ("Acompaña documentos", "Patrocinio y poder", "Forma de notificación",
          "Se tenga presente")  # fmt: skip
FIRMS = ("Estudio Jurídico Vukasovic & Mimica Abogados", "Oyarzo Bórquez Abogados Ltda.")


def _sumilla(ctx: Ctx, principal: str) -> tuple[Para, str, list[str]]:
    """(the sumilla at the top right, the subject it states, its otrosíes)."""
    if ctx.chance(0.45):
        extra = [ctx.pick(*OTROSI)] if ctx.chance(0.4) else []
        text = "; ".join([principal, *(x.lower() for x in extra)])
        label = ctx.pick("SUMA:", "SUMA :", "Suma:")
        return Para(f"{label} {text}.", align="left", left=85, bold=True), text, extra
    others = ctx.rng.sample(OTROSI, ctx.rng.randint(1, 3))
    names = ("PRIMER", "SEGUNDO", "TERCER")
    if len(others) == 1:
        tail = [f"OTROSÍ: {others[0]}."]
    else:
        tail = [f"{names[i]} OTROSÍ: {o};" for i, o in enumerate(others)]
        tail[-1] = tail[-1][:-1] + "."
    lines = "\n".join([f"EN LO PRINCIPAL: {principal};", *tail])
    return Para(lines, align="left", left=80, bold=ctx.chance(0.5)), principal, others


def escrito(ctx: Ctx) -> Doc:
    """A party's escrito to the Juzgado de Policía Local or to the mayor."""
    principal, unit, court, illegal = ctx.rng.choice(PRINCIPALS)
    if unit != ctx.matter.unit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, (unit,))
    lawyer = world.person(ctx.rng) if ctx.chance(0.6) else None
    party = world.person(ctx.rng)
    firm = ctx.pick(*FIRMS) if lawyer and ctx.chance(0.5) else None
    blocks: list[Block] = []
    if firm:
        blocks.append(Head((firm, "Calle Croacia 722, Porvenir"), "none", "right", "", True))
    sumilla, subject, others = _sumilla(ctx, principal)
    if court:
        to = ctx.pick(
            "S.J.L. DE POLICÍA LOCAL DE PORVENIR", "SEÑOR JUEZ DE POLICÍA LOCAL DE PORVENIR"
        )
    else:
        to = ctx.pick("SEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE PORVENIR",
                      "S. ALCALDE I. MUNICIPALIDAD DE PORVENIR")  # fmt: skip
    blocks += [sumilla, Space(4), Para(to, bold=True, align="left")]
    if court:
        rol = f"{ctx.rng.randint(40, 2200)}-{ctx.day.year}"
        blocks.append(Para(f"Causa Rol N° {rol}", align="left", bold=True))
    signer = lawyer or party
    rut = ctx.rut(ctx.rng.randint(6_000_000, 21_000_000))
    home = f"{world.street_address(ctx.rng)}, Porvenir"
    whom = "US." if court else "usted"
    if lawyer:
        title = "abogada" if lawyer.female else "abogado"
        appear = (f"{lawyer.name.upper()}, {title}, cédula nacional de identidad N° {rut}, en "
                  f"representación de don(ña) {party.name}, ambos domiciliados para estos "
                  f"efectos en {home}, a {whom} respetuosamente digo:")  # fmt: skip
        cargo = f"{title.capitalize()}\nRUT {rut}"
    else:
        appear = (f"{party.name.upper()}, cédula nacional de identidad N° {rut}, domiciliado(a) "
                  f"en {home}, a {whom} respetuosamente digo:")  # fmt: skip
        cargo = f"RUT {rut}"
    m = ctx.matter
    blocks += [
        Para(appear, indent=12),
        Para(f"Que, en relación con {m.name}, vengo en formular la presentación que indica la "
             "suma, por los fundamentos de hecho y de derecho que expongo.", indent=12),
        Para(f"{m.detail} Lo obrado me causa un perjuicio que debe ser corregido.", indent=12),
        Para("POR TANTO,", bold=True, align="left"),
        Para(f"{'RUEGO A US.' if court else 'SOLICITO A USTED'}: acceder a lo pedido, "
             "conforme a derecho.", indent=12),
    ]  # fmt: skip
    for i, other in enumerate(others):
        label = "OTROSÍ" if len(others) == 1 else f"{('PRIMER', 'SEGUNDO', 'TERCER')[i]} OTROSÍ"
        blocks.append(Para(f"{label}: {other}; sírvase tenerlo presente.", indent=12))
    blocks.append(Para(wording.town_date(ctx.rng, world.COMMUNE, ctx.day), align="left"))
    blocks.append(Signature((Signer(signer.name, cargo),), "center"))
    doc_type = "reclamo" if illegal else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": signer.name, "sender_org": firm}
    t = parts.truth(ctx, doc_type, "entrada", recipient=to, unit=unit, **fields)
    return parts.doc(ctx, t, blocks)
