"""Oficios of the courts, the Fiscalía and Carabineros to Tomé: the Juzgado de Letras de
Tomé (a civil or family cause, «ROL C-123-2025» or «RIT F-123-2025»), the Corte de
Apelaciones de Concepción asking for the report in a recurso de protección (no matter
stated, «dentro de quinto día»), the Fiscalía Local de Tomé («RUC 2500123456-7») and the 3ª
Comisaría («ASUNTO:» under a cited parte).

Truth: an oficio, entrada; subject the MAT./ASUNTO: text, None when only the body tells
it; doc_number the oficio's number without year; sender the post as signed; sender_org the
court, prosecutor's office or police unit; recipient the addressee's first line (the name
under a lone «SEÑOR»); antecedents the cited parte (a cause's Rol, RIT or RUC is not an
antecedent); unit the matter's."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Para, Space
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen8.senders import Office
from bench.sealgen4 import parts, senders, topics, wording, world
from bench.sealgen4.parts import Ctx


def _cause(ctx: Ctx, o: Office) -> str:
    year, n = ctx.day.year, ctx.rng.randint(80, 4800)
    if o.sort == "court":
        if ctx.chance(0.5):
            return f"RIT: F-{n}-{year}\nPROCEDIMIENTO: Medida de protección"
        party = world.person(ctx.rng).name.upper()
        return f"ROL: C-{n}-{year}\nCARATULADO: {party} / I. MUNICIPALIDAD DE TOMÉ"
    if o.sort == "corte":
        return f"Protección Rol N° {n}-{year}"
    if o.sort == "fiscal":
        return (
            f"RUC N° {str(year)[2:]}00{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
        )
    return ""


def _addressee(ctx: Ctx, o: Office) -> tuple[str, str]:
    unit = world.UNITS[ctx.matter.unit]
    if o.sort in ("corte", "court") or ctx.chance(0.5):
        first = ctx.pick("AL SR. ALCALDE DE LA I. MUNICIPALIDAD DE TOMÉ", "SEÑOR ALCALDE DE TOMÉ")
        return f"{first}\nMARIANO EGAÑA 1115, TOMÉ", first
    honorific = "SEÑORA" if unit.chief.female else "SEÑOR"
    return f"{honorific}\n{unit.chief.name.upper()}\n{unit.post.upper()}\n{world.MUNI.upper()}", (
        unit.chief.name.upper()
    )


def _stated(ctx: Ctx, o: Office) -> tuple[list[Block], str | None, str | None]:
    """(the blocks, the subject registered, the antecedents registered)."""
    if o.sort == "police":
        parte = f"Parte N° {ctx.rng.randint(200, 4900)} de {wording.some_earlier(ctx.rng, ctx.day)}"
        mat = f"Informa procedimiento por {ctx.matter.name}"
        rows = (("REF.:", parte), ("ASUNTO:", mat))
        return [Fields(rows, side="right")], mat, parte
    if o.sort == "corte" or ctx.chance(0.3):
        return [], None, None
    mat = wording.capitals(
        ctx.rng, wording.stated(ctx.rng, wording.COURT, ctx.matter, ctx.day), 0.3
    )
    label = ctx.pick("MAT.:", "MATERIA:", "ASUNTO:")
    return [Fields(((label, mat),), side=ctx.pick("right", "full"))], mat, None


def _text(ctx: Ctx, o: Office, cause: str) -> str:
    m, where = ctx.matter, cause.split("\n")[0]
    if o.sort == "corte":
        return (
            f"En los autos sobre recurso de {where}, se ha ordenado oficiar a usted a fin "
            f"de que informe, dentro de quinto día, sobre {m.name}, acompañando todos los "
            "antecedentes que obren en su poder."
        )
    if o.sort == "court":
        return (
            f"En causa {where.split(': ')[-1]}, por resolución de esta fecha, se ha "
            f"dispuesto oficiar a usted para que informe sobre {m.name} dentro de diez días."
        )
    if o.sort == "fiscal":
        return (
            f"En la investigación {where}, conforme al artículo 180 del Código Procesal "
            f"Penal, solicito remitir los antecedentes que obren en su poder sobre {m.name}."
        )
    return (
        "Cumplo con informar a usted el procedimiento adoptado por personal de esta unidad "
        f"respecto de {m.name}."
    )


def _office(ctx: Ctx) -> Office:
    fit = [o for o in senders.JUSTICE if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(senders.JUSTICE)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def oficio_judicial(ctx: Ctx) -> Doc:
    """A court, the Fiscalía or Carabineros write to Tomé (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    n = ctx.rng.randint(30, 3900)
    label = ctx.pick(*o.labels)
    printed = f"{label} N° {n}{ctx.pick('', '/' + str(ctx.day.year), '-' + str(ctx.day.year))}"
    cause = _cause(ctx, o)
    stated, subject, ants = _stated(ctx, o)
    to, recipient = _addressee(ctx, o)
    at_foot = o.sort == "corte" or ctx.chance(0.2)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    if cause:
        blocks.append(Para(cause, align="left", bold=True, size=-0.5))
    blocks += [Para(printed, align="right", bold=True)]
    blocks += [Para(wording.place_date(ctx.rng, o.city, ctx.day), align="right"), *stated, Space(2)]
    if not at_foot:
        blocks.append(Para(to, align="left"))
    blocks += [Para(_text(ctx, o, cause), indent=12), Para(ctx.matter.detail, indent=12)]
    signature, sender = parts.signed(ctx, who, post, o.org, closing="Saluda atentamente a Ud.,")
    blocks.append(signature)
    if o.sort in ("court", "corte") and ctx.chance(0.5):
        blocks.append(Seal((o.org.upper()[:26], "PODER JUDICIAL", o.city.upper()), "left"))
    if at_foot:
        blocks += [Space(4), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "{p}"))
