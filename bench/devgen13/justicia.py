"""Oficios of the court, the Fiscalía and Carabineros to Pozo Almonte: the Juzgado de Letras y
Garantía de Pozo Almonte (the cause in a bordered table: RIT, RUC, procedimiento), the Corte
de Apelaciones de Iquique asking for the report in a recurso de protección (no subject, the
addressee at the foot, «dentro de octavo día»), the Fiscalía Local de Pozo Almonte («RUC N°
2500123456-7», «ASUNTO:») and the Subcomisaría Pozo Almonte («OBJ.:», or «REF.: Parte N°
1234 – …»).

Truth (devgen12's): an oficio, entrada; subject the ASUNTO/OBJ./MAT. text (after the dash
when a parte is cited), None when the court states no matter outside the body; doc_number
the oficio's number without its year; sender the signer's post; sender_org the court, office
or unit; recipient the addressee's first line wherever it stands; antecedents the parte
cited (the cause itself is no antecedent); unit the one that must comply."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Para, Space, Table
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen13 import oficios, parts, senders, wording, world
from bench.devgen13.parts import Ctx

ASKS = (
    "Solicita informe sobre {m}",
    "Remite copia de resolución relativa a {m}",
    "Cita a funcionario municipal a declarar por {m}",
    "Solicita remitir antecedentes sobre {m}",
)

POLICE = (
    "Informa procedimiento adoptado por {m}",
    "Remite parte denuncia relativo a {m}",
    "Solicita coordinación por {m}",
)


def _cause(ctx: Ctx, o: Office) -> list[Block]:
    """The cause as the head prints it: a table for the court, a line for the others."""
    year, n = ctx.day.year, ctx.rng.randint(100, 4800)
    ruc = f"{str(year)[2:]}00{ctx.rng.randint(100_000, 999_999)}-{ctx.rng.randint(0, 9)}"
    if o.sort == "court":
        kind = ctx.pick("O", "C", "P", "F")
        rows = (
            ("RIT", "RUC", "PROCEDIMIENTO"),
            (
                f"{kind}-{n}-{year}",
                ruc,
                ctx.pick("Ordinario", "Simplificado", "Medida de protección", "Voluntario"),
            ),
        )
        return [Table(rows, widths=(1.3, 1.6, 2.0)), Space(2)]
    if o.sort == "corte":
        return [Para(f"Protección Rol N° {n}-{year}", align="left", bold=True)]
    if o.sort == "fiscal":
        return [Para(f"RUC N° {ruc}", align="left", bold=True)]
    return []


def _subject(ctx: Ctx, o: Office) -> tuple[list[Block], str | None, str | None]:
    """(the subject's blocks, the subject registered, the antecedent registered)."""
    if o.sort == "corte":
        return [], None, None
    text = wording.said(ctx.rng, POLICE if o.sort == "police" else ASKS, ctx.matter, ctx.day)
    if o.sort == "police":
        if ctx.chance(0.5):
            parte = f"Parte N° {ctx.rng.randint(200, 3900)}"
            text = f"Informa procedimiento por {ctx.matter.name}"
            return [Para(f"REF.: {parte} – {text}", align="left", left=65)], text, parte
        return [Fields((("OBJ.:", text),), side="right")], text, None
    if ctx.chance(0.25):
        return [], None, None
    label = ctx.pick("ASUNTO:", "MAT.:") if o.sort == "fiscal" else ctx.pick("MAT.:", "ASUNTO:")
    shown = wording.capitals(ctx.rng, text, 0.35)
    return [Fields(((label, shown),), side=ctx.pick("right", "full"))], shown, None


def _addressee(ctx: Ctx, o: Office) -> tuple[str, str]:
    unit = world.UNITS[ctx.matter.unit]
    if o.sort in ("corte", "court") or ctx.chance(0.4):
        first = "SEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE POZO ALMONTE"
        return f"{first}\nBALMACEDA N° 276\nPOZO ALMONTE", first
    first = f"{'Sra.' if unit.chief.female else 'Sr.'} {unit.chief.name}"
    return f"{first}\n{unit.post}\n{world.MUNI}", first


def _body(ctx: Ctx, o: Office) -> list[Block]:
    m = ctx.matter
    if o.sort in ("court", "corte"):
        term = "dentro de octavo día" if o.sort == "corte" else "en el plazo de diez días"
        said = (
            f"En los autos individualizados, se ha ordenado oficiar a usted a fin de que "
            f"informe sobre {m.name}, {term}, bajo apercibimiento legal."
        )
    elif o.sort == "fiscal":
        said = (
            f"En el marco de la investigación individualizada, y conforme al artículo 180 "
            f"del Código Procesal Penal, solicito remitir los antecedentes de {m.name}."
        )
    else:
        said = f"Cumplo con informar a usted el procedimiento adoptado respecto de {m.name}."
    return [Para(said, indent=12), Para(m.detail, indent=12), Para("Saluda atentamente a Ud.,")]


def oficio_judicial(ctx: Ctx) -> Doc:
    """The court, the Corte, the Fiscalía or Carabineros write to Pozo Almonte (entrada)."""
    o = oficios.pick_office(ctx, senders.JUSTICE)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    n = ctx.rng.randint(30, 5400)
    label = ctx.pick(*o.labels)
    printed = f"{label} {n}{ctx.pick('', '/' + str(ctx.day.year), ' - ' + str(ctx.day.year))}"
    stated, subject, ant = _subject(ctx, o)
    to, recipient = _addressee(ctx, o)
    at_foot = o.sort == "corte" or ctx.chance(0.2)
    blocks: list[Block] = [
        parts.office_head(ctx, o),
        Para(printed, align=ctx.pick("right", "left"), bold=True),
        Para(wording.place_date(ctx.rng, o.city, ctx.day), align="right"),
        *_cause(ctx, o),
        *stated,
        Space(2),
    ]
    if not at_foot:
        blocks.append(Para(to, align="left"))
    blocks += _body(ctx, o)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks += [
        signature,
        *parts.sealed(ctx, o.org.split(",")[-1], "Pozo Almonte"),
    ]
    if at_foot:
        blocks += [Space(3), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": subject, "doc_number": str(n), "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Pág. {p}/{n}"))
