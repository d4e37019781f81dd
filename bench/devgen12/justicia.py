"""Oficios of courts, prosecutors and the police to Lo Prado: the Juzgado de Familia de
Pudahuel asking the OPD for a report in a protection case («RIT P-1234-2025»), the Primer
Juzgado Civil de Santiago notifying a suit, the Corte de Apelaciones de Santiago asking for
the report in a recurso de protección (the addressee at the foot, «dentro de octavo día»),
the Fiscalía Regional Metropolitana Centro Norte («RUC N° 2500123456-7») and the 44ª
Comisaría («Ref.: Parte Denuncia N° 1234 – …»).

Truth: an oficio (entrada); subject the ASUNTO:/OBJETO:/MAT.: text (after the dash when a
parte is cited before it), or None when the court states no matter outside the body;
doc_number the oficio's number without its year; sender the post of who signs; sender_org
the court, prosecutor's office or unit; recipient the addressee (the first line, wherever
it stands); antecedents the cited parte (a cause's RIT, Rol or RUC is the cause itself, no
antecedent); unit the one that must comply."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen12 import parts, senders, topics, wording, world
from bench.devgen12.parts import Ctx

NUMBERS = {
    "family": "OFICIO N°",
    "civil": "OF. N°",
    "corte": "OFICIO N°",
    "fiscal": "OFICIO FR N°",
    "police": "OFICIO N°",
}


def _cause(ctx: Ctx, o: Office) -> str:
    """The cause the paper belongs to, as its head prints it."""
    year = ctx.day.year
    n = ctx.rng.randint(120, 9800)
    if o.sort == "family":
        ruc = f"{str(year)[2:]}-2-0{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
        return f"RIT: P-{n}-{year}\nRUC: {ruc}"
    if o.sort == "civil":
        party = world.person(ctx.rng).name.upper()
        return f"ROL: C-{n}-{year}\nCARATULADO: «{party} CON MUNICIPALIDAD DE LO PRADO»"
    if o.sort == "corte":
        return f"Recurso de Protección Rol N° {wording.grouped(n * 3)}-{year}"
    if o.sort == "fiscal":
        return (
            f"RUC N° {str(year)[2:]}00{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
        )
    return ""


def _addressee(ctx: Ctx, o: Office) -> tuple[str, str]:
    """(the lines, the recipient): the unit that must comply, or the mayor."""
    unit = world.UNITS[ctx.matter.unit]
    if o.sort == "family" and ctx.chance(0.5):
        first = "SR(A). COORDINADOR(A) OFICINA DE PROTECCIÓN DE DERECHOS (OPD) LO PRADO"
        return first, first
    if o.sort in ("corte", "civil") or ctx.chance(0.4):
        first = "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE LO PRADO"
        return f"{first}\nAV. SAN PABLO 5959, LO PRADO", first
    honorific = "SEÑORA" if unit.chief.female else "SEÑOR"
    lines = f"{honorific}\n{unit.chief.name.upper()}\n{unit.post.upper()}\n{world.MUNI.upper()}"
    return lines, unit.chief.name.upper()


def _body(ctx: Ctx, o: Office, cause: str) -> list[Block]:
    m = ctx.matter
    where = " ".join(cause.split("\n")[:1]) or "el procedimiento policial adoptado"
    if o.sort in ("family", "corte", "civil"):
        ordered = ctx.pick("se ha ordenado oficiar a usted", "se dispuso requerir a usted")
        term = "dentro de octavo día" if o.sort == "corte" else "en el plazo de diez días hábiles"
        text = (
            f"Por resolución de esta fecha, dictada en los autos {where}, {ordered} a fin de "
            f"que informe sobre {m.name}, {term}."
        )
    elif o.sort == "fiscal":
        text = (
            f"En la investigación {where}, y en virtud del artículo 180 del Código Procesal "
            f"Penal, solicito a usted remitir los antecedentes relativos a {m.name}."
        )
    else:
        text = f"Cumplo con informar a usted el procedimiento adoptado en relación con {m.name}."
    return [
        Para(text, indent=10),
        Para(m.detail, indent=10),
        Para("Saluda atentamente a usted,", align="left"),
    ]


def _office(ctx: Ctx) -> Office:
    fit = [o for o in senders.JUSTICE if ctx.matter.unit in o.units]
    if fit:
        return ctx.rng.choice(fit)
    o = ctx.rng.choice(senders.JUSTICE)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    return o


def _subject(ctx: Ctx, o: Office) -> tuple[list[Block], str | None, str | None]:
    """(the subject's blocks, the subject registered, the antecedents registered)."""
    asks = wording.COURT if o.sort != "fiscal" else wording.COURT[:1] + wording.COURT[2:3]
    mat = wording.stated(ctx.rng, asks, ctx.matter, ctx.day)
    if o.sort == "police":
        parte = f"Parte Denuncia N° {ctx.rng.randint(300, 9900)}"
        mat = f"Informa procedimiento relativo a {ctx.matter.name}"
        return [Para(f"Ref.: {parte} – {mat}", align="left", left=60)], mat, parte
    if o.sort == "corte" or ctx.chance(0.35):
        return [], None, None
    label = ctx.pick("ASUNTO:", "OBJETO:", "MAT.:")
    shown = wording.capitals(ctx.rng, mat, 0.4)
    return [Fields(((label, shown),), side=ctx.pick("right", "full"))], shown, None


def oficio_judicial(ctx: Ctx) -> Doc:
    """A court, the Fiscalía or Carabineros write to Lo Prado (entrada)."""
    o = _office(ctx)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    n = ctx.rng.randint(40, 6800)
    printed = (
        f"{NUMBERS[o.sort]} {n}{ctx.pick('-' + str(ctx.day.year), '/' + str(ctx.day.year), '')}"
    )
    cause = _cause(ctx, o)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    stated, subject, ants = _subject(ctx, o)
    to, recipient = _addressee(ctx, o)
    foot_addressee = o.sort == "corte" or ctx.chance(0.25)
    blocks: list[Block] = [parts.office_head(ctx, o), Para(printed, align="right", bold=True)]
    blocks += [Para(place, align="right")]
    if cause:
        blocks.append(Para(cause, align="left", bold=True))
    blocks += [*stated, Space(2)]
    if not foot_addressee:
        blocks.append(Para(to, align="left"))
    blocks += _body(ctx, o, cause)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks.append(signature)
    if foot_addressee:
        blocks += [Space(4), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ants}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Pág. {p} de {n}"))
