"""Two senders of the state that write in forms of their own: the Armada (the Capitanía de
Puerto de Porvenir and the Gobernación Marítima de Punta Arenas), whose ordinarios number
«ORD. N° 12.600/45 VRS.» under the anchor, label the subject «OBJ.:» and its references
«REF.:» (lettered, one a line), set «DE :» and «A :» before numbered paragraphs and sign
with the officer's rank over the post; and the Contraloría Regional de Magallanes y de la
Antártica Chilena, whose oficios carry «REF. N° W012345/2025» and a summary paragraph in the
right half (the addressee at the foot), and whose dictámenes print «DICTAMEN N° E61234 /
2025» with the summary in a bordered box headed «MATERIA».

Truth: an Armada ordinario is an oficio, entrada, for the matter's unit; subject the OBJ.
text; antecedents the REF. text (marks and lines joined); doc_number classification and
correlative without dots («12600/45»); sender the post under the rank; sender_org the
Capitanía or the Gobernación; recipient the A text. A Contraloría oficio goes to the unit of
its matter (Control or Jurídica), subject its summary, antecedents the REF., number the
«E…» without the year; a dictamen goes to Control, entrada, subject the MATERIA text,
number the «E…» without the year, recipient the line at its foot."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Box, Fields, Head, Heading, Listing, Para, Signature, Signer, Space
from bench.devgen2.world import MONTHS
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.devgen11 import oficios, parts, topics, wording, world
from bench.devgen11.parts import Ctx

LAWS = (
    "D.S. (M) N° 9, de 2018, Reglamento sobre Concesiones Marítimas.",
    "D.L. N° 2.222, de 1978, Ley de Navegación.",
    "D.S. N° 1, de 1992, Reglamento para el Control de la Contaminación Acuática.",
)


def _navy_date(ctx: Ctx, town: str) -> str:
    d = ctx.day
    mon = MONTHS[d.month - 1][:3].upper()
    return ctx.pick(f"{town.upper()}, {d.day:02d} {mon}. {d.year}",
                    f"{town.upper()}, {d.day:02d}.{mon}.{d.year}")  # fmt: skip


def oficio_armada(ctx: Ctx) -> Doc:
    """The Capitanía de Puerto or the Gobernación Marítima writes (entrada)."""
    fit = [o for o in world.ARMADA if topics.fits(o.units, ctx.matter.topic)]
    o = ctx.rng.choice(fit or world.ARMADA)
    if not fit:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, o.units)
    number, num = wording.navy_number(ctx.rng)
    mat = wording.stated(ctx.rng, wording.NAVY, ctx.matter, ctx.day)
    mat = wording.capitals(ctx.rng, mat, 0.3)
    refs = [*wording.antecedents(ctx.rng, ctx.day, "esa Municipalidad", most=2)]
    if ctx.chance(0.6):
        refs.append(ctx.pick(*LAWS))
    ants = wording.listed(ctx.rng, refs)
    to = ctx.pick("SR. ALCALDE DE LA I. MUNICIPALIDAD DE PORVENIR", "SR. ALCALDE DE PORVENIR")
    post = o.signer_post(False)
    obj, ref = ctx.pick("OBJ.:", "OBJ. :", "MAT.:"), ctx.pick("REF.:", "REF. :")
    rows = [(obj, mat), *([(ref, ants)] if ants else []), ("DE :", post.upper()), ("A :", to)]
    lines: tuple[str, ...] = ("ARMADA DE CHILE", o.above.upper(), o.org.upper())
    if o.above == "Armada de Chile":
        lines = lines[1:]
    blocks: list[Block] = [
        Head(lines, "ancla", ctx.pick("left", "center"), "", ctx.chance(0.3)),
        Para(f"{number}\n{_navy_date(ctx, o.city)}", align="right", bold=True),
        Space(2),
        Fields(tuple(rows), bold_labels=ctx.chance(0.6)),
        Space(2),
        *oficios.body(ctx, "esta Autoridad Marítima", o.law, numbered=True)[1:],
        Para("Saluda atentamente a Ud.,", align="left"),
    ]
    who = world.person(ctx.rng, female=False)
    rank = ctx.pick(*world.RANKS[o.org])
    blocks.append(Signature((Signer(who.name.upper(), f"{rank}\n{post.upper()}"),), "right"))
    items = ("I. Municipalidad de Porvenir", "G.M. P. ARENAS (Info.)", "Archivo")
    blocks.append(Listing("DISTRIBUCIÓN:", items))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": post}
    fields |= {"sender_org": o.org, "recipient": to, "antecedents": ants or None}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=())


CGR = Office(
    "Contraloría Regional de Magallanes y de la Antártica Chilena",
    ("Contralor Regional", "Contralora Regional"),
    "Punta Arenas",
    ("control", "juridica"),
    emblem="cgr",
)
SUMMARIES = (
    ("control", "Remite Informe Final N° {n}, de {y}, sobre auditoría a {m}"),
    ("control", "Solicita informar sobre las medidas adoptadas respecto de {m}"),
    ("juridica", "Comunica inicio de sumario administrativo por {m}"),
)
ASKERS = ("la Asociación de Funcionarios Municipales de Porvenir", "un concejal de la comuna",
          "la Dirección de Control de la Municipalidad de Porvenir")  # fmt: skip
RULINGS = (
    "La Municipalidad de Porvenir debe pagar la asignación de zona al personal a honorarios "
    "que cumple funciones habituales",
    "No procede que la Municipalidad de Porvenir otorgue en comodato bienes nacionales de uso "
    "público sin acuerdo del Concejo Municipal",
    "Las subvenciones municipales deben rendirse conforme a la Resolución N° 30, de 2015, de "
    "la Contraloría General",
)


def contraloria(ctx: Ctx) -> Doc:
    """An oficio (entrada, Control or Jurídica) or a dictamen (entrada, Control)."""
    unit, template = ctx.rng.choice(SUMMARIES)
    ruling = ctx.chance(0.4)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, ("control",) if ruling else (unit,))
    n = ctx.rng.randint(1200, 98_000)
    number = f"E{n}"
    place = wording.town_date(ctx.rng, CGR.city, ctx.day)
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, CGR.signer_post(who.female), CGR.org)
    to = ctx.pick("AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE PORVENIR", "SEÑOR ALCALDE DE PORVENIR")
    blocks: list[Block] = [parts.office_head(ctx, CGR, extra="Unidad Jurídica" if ruling else "")]
    m = ctx.matter
    if ruling:
        summary = ctx.pick(*RULINGS)
        blocks += [
            Heading(f"DICTAMEN N° {number} / {ctx.day.year}", size=1, align="left"),
            Para(place, align="left"),
            Box(("MATERIA", summary), "left"),
            Para(f"Se ha dirigido a esta Contraloría Regional {ctx.pick(*ASKERS)}, solicitando "
                 "un pronunciamiento sobre la materia que indica."),
            Para(f"Sobre el particular, cumple con manifestar que {summary[0].lower()}"
                 f"{summary[1:]}."),
        ]  # fmt: skip
        ants = None
    else:
        summary = template.format(n=ctx.rng.randint(12, 640), y=ctx.day.year, m=m.name)
        ants = f"W{ctx.rng.randint(1000, 99_999):06d}/{ctx.day.year}"
        blocks += [
            Para(f"REF. N° {ants}", align="right", size=-1),
            Para(f"N° {number} / {ctx.day.year}\n{place}", align="right", bold=True),
            Para(summary, align="left", left=80, size=-0.5),
            Space(3),
            Para(f"Esta Contraloría Regional ha tomado conocimiento de {m.other}. {m.detail}"),
            Para("Se solicita informar las medidas adoptadas en el plazo de quince días hábiles."),
        ]
    blocks += [signature, Para(f"{to}\nPRESENTE", align="left", bold=ctx.chance(0.5))]
    fields: dict[str, Any] = {"subject": summary, "doc_number": number, "sender": sender}
    fields |= {"sender_org": CGR.org, "recipient": to, "antecedents": ants}
    doc_type = "dictamen" if ruling else "oficio"
    t = parts.truth(ctx, doc_type, "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))
