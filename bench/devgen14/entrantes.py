"""What O'Higgins' offices send Chimbarongo: their oficios (in heads' six arrangements, some
citing an earlier paper, some running to a second page with an annex of sites and dates) and
their resoluciones (the SEREMI de Salud's, the SAG's, the DGA's or Vialidad's: number, date
and «MATERIA» in a shaded grid, the summary under the number in the right half, or the
summary in capitals as a bold line).

Truth (devgen's): an oficio, entrada; subject as heads places it; antecedents the ANT. text;
doc_number as devgen12's wording keeps it; sender the post as signed; sender_org the office;
recipient the addressee's first line; unit the matter's. A resolución, entrada: subject its
summary as printed (lines joined), number, sender and office likewise."""

from __future__ import annotations

from typing import Any, TypeVar

from bench.devgen2.model import Para, Space, Table
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Break, Doc
from bench.devgen5.wording import operative
from bench.devgen8.senders import domain
from bench.devgen14 import heads, parts, senders, topics, wording, world
from bench.devgen14.parts import Ctx
from bench.devgen14.senders import Desk, Keyed

K = TypeVar("K", bound=Keyed)  # an office or a firm, with the topics it writes about


def pick_office(ctx: Ctx, pool: tuple[K, ...], *, keep: bool = False) -> K | None:
    """An office (or a firm) writing about the matter; else (unless ``keep``, then None) any,
    the matter becoming one of its topics."""
    fit = [o for o in pool if topics.key(ctx.matter) in o.keys]
    if fit:
        return ctx.rng.choice(fit)
    if keep:
        return None
    o = ctx.rng.choice(pool)
    ctx.matter = topics.about(ctx.rng, ctx.day.year, o.keys)
    return o


def office_for(ctx: Ctx, pool: tuple[K, ...]) -> K:
    """An office (or a firm) writing about the matter, the matter changed to one of its if
    none does."""
    o = pick_office(ctx, pool)
    assert o is not None
    return o


def whom(o: Desk) -> str:
    """How an office calls itself in its body."""
    for start, said in (
        ("Secretaría", "esta Secretaría Regional Ministerial"),
        ("Delegación", "esta Delegación Presidencial"),
        ("Gobierno", "este Gobierno Regional"),
        ("Dirección", "esta Dirección"),
        ("Instituto", "este Instituto"),
    ):
        if o.org.startswith(start):
            return said
    return "este Servicio"


def body(ctx: Ctx, who: str, law: str, stated: bool) -> list[Block]:
    """Opening (the matter itself when no subject is printed), detail, request; one in four
    with a longer middle that may push it to a second page."""
    m = ctx.matter
    if stated:
        opening = ctx.pick(
            f"En el marco de las competencias de {who}"
            + (f" conforme a {law}" if law else "")
            + f", me dirijo a usted en relación con {m.other}.",
            f"Mediante el presente, {who} informa a usted sobre {m.name}.",
        )
    else:
        opening = f"Por medio del presente, me dirijo a usted para tratar {m.name}."
    out: list[Block] = [Para(opening, indent=10), Para(m.detail, indent=10)]
    if ctx.chance(0.25):
        out.append(
            Para(
                f"Cabe hacer presente que la situación afecta también a los sectores de "
                f"{m.sector} y {ctx.pick(*world.SECTORS)}, en plena temporada de cosecha y "
                "con alto tránsito de camiones hacia las centrales frutícolas de la comuna, por "
                "lo que se requiere una acción coordinada de los servicios con competencia en "
                "la materia y de la Municipalidad de Chimbarongo.",
                indent=10,
            )
        )
    out.append(
        Para(
            ctx.pick(
                "Agradeceré a usted remitir lo solicitado dentro de diez días hábiles.",
                "Sin otro particular, quedo atento a su respuesta.",
                "Lo anterior, para su conocimiento y fines pertinentes.",
            ),
            indent=10,
        )
    )
    return out


def annex(ctx: Ctx) -> list[Block]:
    """A second page with a table of the sites or dates concerned."""
    rows = [("N°", "Sector", "Fecha", "Observación")]
    for i in range(1, ctx.rng.randint(3, 7)):
        day = wording.earlier(ctx.rng, ctx.day)
        state = ctx.pick("Pendiente", "En revisión", "Constatado en terreno", "Subsanado")
        rows.append((str(i), ctx.pick(*world.SECTORS), f"{day.day:02d}-{day.month:02d}", state))
    return [
        Break(),
        Para("ANEXO", bold=True, align="center"),
        Table(tuple(rows), widths=(0.5, 2, 1.2, 2)),
    ]


def oficio_servicio(ctx: Ctx) -> Doc:
    """A regional or provincial office of O'Higgins writes to the mayor (entrada)."""
    o = office_for(ctx, senders.SERVICES)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    style = ctx.pick(*heads.STYLES)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year)
    text = wording.said(ctx.rng, wording.SERVICE, ctx.matter, ctx.day)
    ant = heads.cited(ctx) if ctx.chance(0.35) else ""
    to, recipient = parts.to_mayor(ctx)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    office = tuple(x for x in (o.above.upper(), o.org, o.city) if x)
    h = heads.Head(number, place, text, ant, to, recipient, post.upper(), office, o.emblem)
    t = heads.top(ctx, style, h)
    blocks: list[Block] = [] if style == "banner" else [parts.office_head(ctx, o)]
    blocks += [*t.blocks, Space(2), Para(ctx.pick("De mi consideración:", "Señor Alcalde:"))]
    blocks += body(ctx, whom(o), o.law, t.subject is not None)
    signature, sender = parts.signed(ctx, who, post, o.org)
    blocks += [signature, *parts.sealed(ctx, o.org, "O'Higgins", 0.2)]
    blocks += parts.foot(ctx, who, ["Destinatario", "Oficina de Partes", "Archivo"])
    if ctx.chance(0.2):
        blocks += annex(ctx)
    fields: dict[str, Any] = {"subject": t.subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": t.recipient, "antecedents": t.ant or None}
    truth = parts.truth(ctx, "oficio", "entrada", **fields)
    footer = parts.footer(ctx, f"{o.city} – {domain(o.org)}")
    return parts.doc(ctx, truth, blocks, footer=footer)


RESOLVES = (
    "Ordena medidas sanitarias respecto de {m}",
    "Aprueba programa de trabajo relativo a {m}",
    "Dispone fiscalización de {m}",
    "Instruye sumario sanitario por {m}",
    "Rechaza solicitud de la Municipalidad de Chimbarongo sobre {m}",
)
RESOLVERS = ("Secretaría Regional Ministerial de Salud", "Servicio Agrícola", "Dirección")


def resolucion(ctx: Ctx) -> Doc:
    """A resolución of an O'Higgins office concerning Chimbarongo (entrada)."""
    pool = tuple(o for o in senders.SERVICES if o.org.startswith(RESOLVERS))
    o = office_for(ctx, pool)
    m = ctx.matter
    summary = wording.cap(ctx.rng.choice(RESOLVES).format(m=m.name))
    label = ctx.pick("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN")
    number, num = wording.number(ctx.rng, label, ctx.day.year, 6000)
    place = wording.place_date(ctx.rng, o.city, ctx.day)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    form = ctx.rng.randrange(3)
    if form == 0:
        day = place.split(", ", 1)[-1].removeprefix("Fecha: ")
        row = (label, number.removeprefix(label).strip(), "FECHA", day)
        blocks.append(Grid((row, ("MATERIA", summary))))
        shown = summary
    elif form == 1:
        shown = wording.shaped(ctx.rng, summary, upper=0.5)
        blocks += [
            Para(f"{number}\n{place}", align="left", bold=True),
            Para(wording.spread(ctx.rng, shown, 3), align="left", left=85),
        ]
    else:
        shown = summary.upper()
        blocks += [
            Para(number, bold=True, align="center"),
            Para(place, align="center"),
            Para(shown, bold=True, align="justify"),
        ]
    blocks += [
        Space(2),
        Para("VISTOS:", bold=True, align="left"),
        Para(
            f"Lo dispuesto en {o.law or 'la Ley N° 18.575'}; la Ley N° 19.880; la Resolución "
            "N° 36, de 2024, de la Contraloría General de la República."
        ),
        Para("CONSIDERANDO:", bold=True, align="left"),
        Para(f"Que, {m.detail[0].lower()}{m.detail[1:]}"),
        Para("RESUELVO:", bold=True, align="left"),
        Para(
            f"1° {operative(summary)} lo señalado respecto de {m.name}. 2° Notifíquese a la "
            "Ilustre Municipalidad de Chimbarongo."
        ),
        Para("ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.", bold=True),
    ]
    who = world.person(ctx.rng)
    signature, sender = parts.signed(ctx, who, o.signer_post(who.female), o.org)
    blocks += [signature, *parts.sealed(ctx, o.org, "O'Higgins", 0.3)]
    blocks.append(parts.carbon_copy(ctx, ["I. Municipalidad de Chimbarongo", "Archivo"]))
    fields: dict[str, Any] = {"subject": shown, "doc_number": num, "sender": sender}
    truth = parts.truth(ctx, "resolucion", "entrada", sender_org=o.org, **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx, f"{o.city} – {domain(o.org)}"))
