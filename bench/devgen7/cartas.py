"""Letters to Vicuña: of neighbours (written at home, now and then on ruled paper), of
neighbourhood councils and organisations (an APR committee, the crianceros, the astrotourism
guides) on their own letterhead with their legal personality and two signatures, and of the
valley's firms (a pisquera, a table-grape grower, a mine, a rural bus line, an observatory,
the water and power companies). The subject comes as «Ref.:» indented after the addressee,
«Asunto:» above the date, «Materia:» in a framed row, a centred title in capitals, or not at
all (the matter only told in the body); the letter opens with «De mi consideración:»,
«Junto con saludarle cordialmente,» or the like.

Truth (devgen's for letters): a neighbour's letter is a carta, or a reclamo when it is a
complaint; an organisation's or a firm's a carta; all entrada; the subject the stated text
or None; the number the firm's when printed (without dots or year); sender the person who
signs first, sender_org the organisation or firm; recipient as the addressee lines name it;
unit the one of its matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen4.model import Block, Doc
from bench.devgen7 import parts, senders, topics, wording, world
from bench.devgen7.parts import Ctx

OPENINGS = (
    "De mi consideración:",
    "De mi consideración:",
    "Junto con saludarle cordialmente,",
    "Estimado señor Alcalde:",
    "Por medio de la presente, y junto con saludarle,",
)
REQUESTS = tuple(t for t in wording.NEIGHBOUR_MATS if not t.startswith("Reclamo"))
GOODBYES = (
    "Sin otro particular, se despide atentamente,",
    "Agradeciendo de antemano su atención, saluda cordialmente,",
    "Esperando una buena acogida, le saluda,",
)


def _placed(ctx: Ctx, subject: str | None, to: str, when: str) -> tuple[list[Block], str | None]:
    """(date, addressee and subject, the subject in one of four places or none; the subject
    as printed: a centred title is in capitals)."""
    top: list[Block] = [Para(when, align="right"), Space(2), Para(to, align="left")]
    if subject is None:
        return top, None
    style = ctx.pick("ref", "asunto", "framed", "title")
    if style == "asunto":
        label = ctx.pick("Asunto:", "ASUNTO:")
        return [Para(f"{label} {subject}", align="left", bold=True), *top], subject
    if style == "ref":
        indent = ctx.rng.choice((0.0, 60.0, 75.0))
        return [*top, Para(f"{ctx.pick('Ref.:', 'REF.:', 'Ref:')} {subject}", left=indent,
                           align="left", bold=ctx.chance(0.6))], subject  # fmt: skip
    if style == "framed":
        return [*top, Fields(((ctx.pick("Materia:", "MATERIA:"), subject),), boxed=True)], subject
    title = subject.upper()
    return [*top, Space(2), Heading(title, size=0.5, underline=ctx.chance(0.5))], title


def _neighbour_body(ctx: Ctx, who: str, rut: str, complaint: bool) -> list[Block]:
    m = ctx.matter
    street, _elsewhere = world.address(ctx.rng)
    sector = m.sector  # where the matter is, and the letter may be dated from
    first = ctx.pick(
        f"Mi nombre es {who}, cédula de identidad N° {rut}, con domicilio en {street}, sector "
        f"{sector}, y me dirijo a usted para exponer {m.name}.",
        f"Quien suscribe, {who}, RUT {rut}, vecino del sector {sector}, viene en plantear a "
        f"usted {m.other}.",
    )
    second = (
        m.detail
        + " "
        + ctx.pick(
            "Hemos conversado con otros vecinos y todos estamos en la misma situación.",
            "Ya fui a la Municipalidad dos veces y me dijeron que debía hacerlo por escrito.",
            "",
        )
    )
    third = (
        "Por lo anterior, hago presente mi reclamo y pido que se tomen medidas a la brevedad, "
        "pues esta situación se arrastra desde hace meses."
        if complaint
        else "Por lo anterior, solicito a usted tenga a bien considerar esta petición."
    )
    return [Para(p.strip(), indent=ctx.rng.choice((0.0, 10.0))) for p in (first, second, third)]


def _org_body(ctx: Ctx, org: str) -> list[Block]:
    m = ctx.matter
    return [
        Para(f"La directiva de {world.with_article(org)}, en representación de sus socios, se "
             f"dirige a usted en relación con {m.name}."),
        Para(f"{m.detail} Este tema fue tratado en nuestra última asamblea, donde se acordó "
             "enviar la presente carta."),
        Para("Quedamos atentos a su respuesta y disponibles para una reunión en nuestra sede."),
    ]  # fmt: skip


def carta_vecino(ctx: Ctx) -> Doc:
    """A neighbour's letter or complaint, or a neighbourhood organisation's letter."""
    sort = ctx.pick("persona", "persona", "organizacion")
    complaint = sort == "persona" and ctx.chance(0.4)
    to, recipient = parts.to_mayor(ctx)
    subject: str | None = None
    if ctx.chance(0.68):
        templates = ("Reclamo por {m}",) if complaint else REQUESTS
        subject = wording.subject(ctx.rng, templates, ctx.matter, ctx.day)
    who = world.person(ctx.rng)
    rut = ctx.rut(world.person_rut(ctx.rng))
    place = ctx.pick(world.COMMUNE, ctx.matter.sector, world.COMMUNE)
    when = wording.town_date(ctx.rng, place, ctx.day)
    blocks: list[Block] = []
    org: str | None = None
    if sort == "organizacion":
        org = ctx.pick(*world.JJVV, *world.ORGS)
        pj = f"Personalidad Jurídica N° {ctx.rng.randint(12, 480)}"
        heading = (org.upper(), pj, "Vicuña - Región de Coquimbo")
        blocks.append(Head(heading, ctx.pick("none", "seal"), ctx.pick("center", "left"), "", True))
    placed, subject = _placed(ctx, subject, to, when)
    blocks += placed
    blocks.append(Para(ctx.pick(*OPENINGS), align="left"))
    blocks += _org_body(ctx, org) if org else _neighbour_body(ctx, who.name, rut, complaint)
    blocks.append(Para(ctx.pick(*GOODBYES), align="left"))
    if org:
        second = world.person(ctx.rng)
        pair = (Signer(who.name, "Presidente(a)"), Signer(second.name, "Secretario(a)"))
        blocks.append(Signature(pair, "center", rule=True))
    else:
        lines = f"RUT {rut}\nFono {world.phone(ctx.rng)}"
        if ctx.chance(0.4):
            lines += f"\n{world.email(ctx.rng, who)}"
        blocks.append(Signature((Signer(who.name, lines),), ctx.pick("center", "left"), rule=False))
    doc_type = "reclamo" if complaint else "carta"
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "sender_org": org}
    t = parts.truth(ctx, doc_type, "entrada", recipient=recipient, **fields)
    paper = "hand" if org is None else "office"
    ruled = org is None and ctx.chance(0.3)
    return parts.doc(ctx, t, blocks, paper=paper, ruled=ruled, page_label="")


def _firm_body(ctx: Ctx, firm: senders.Firm) -> list[Block]:
    m = ctx.matter
    first = ctx.pick(
        f"En representación de {firm.name}, me permito dirigirme a usted respecto de {m.name}.",
        f"Como empresa con operaciones en el Valle de Elqui, exponemos a usted lo siguiente "
        f"sobre {m.other}.",
        f"Por intermedio de la presente, {firm.name} hace presente a esa Municipalidad "
        f"antecedentes sobre {m.name}.",
    )
    second = (
        m.detail
        + " "
        + ctx.pick(
            "Adjuntamos el cronograma de faenas y la nómina de vehículos.",
            "La temporada de cosecha obliga a resolver este punto antes de fin de mes.",
            "",
        )
    )
    third = ctx.pick(
        "Solicitamos a usted disponer que la unidad correspondiente se contacte con nosotros.",
        "Quedamos a su disposición para una reunión técnica en nuestras oficinas.",
    )
    return [Para(p.strip()) for p in (first, second, third)]


def carta_empresa(ctx: Ctx) -> Doc:
    """A firm writes to the mayor or the head of the unit concerned."""
    firm = ctx.rng.choice(senders.FIRMS)
    if ctx.matter.unit not in firm.units:
        ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*firm.units), public=True)
    who = world.person(ctx.rng, female=ctx.chance(0.35))
    blocks: list[Block] = [parts.firm_head(ctx, firm)]
    num: str | None = None
    if firm.series and ctx.chance(0.75):
        num = str(ctx.rng.randint(15, 980))
        label = ctx.pick(f"Carta {firm.series}", f"{firm.series}", f"CARTA {firm.series}")
        blocks.append(Para(wording.number(ctx.rng, label, num, ctx.day.year), align="left"))
    to, recipient = parts.to_mayor(ctx)
    subject = None
    if ctx.chance(0.78):
        subject = wording.subject(ctx.rng, wording.FIRM_MATS, ctx.matter, ctx.day)
        subject = wording.shown(ctx.rng, subject, width=50, upper=0.15)
    placed, subject = _placed(ctx, subject, to, wording.town_date(ctx.rng, firm.city, ctx.day))
    blocks += placed
    blocks.append(Para(ctx.pick("De nuestra consideración:", "Señor Alcalde:", *OPENINGS[2:4])))
    blocks += _firm_body(ctx, firm)
    rut = ctx.rut(world.company_rut(ctx.rng, firm.prefix))
    blocks += [
        Para(ctx.pick(*GOODBYES), align="left"),
        Signature((Signer(who.name, f"{firm.post}\n{firm.name}\nRUT {rut}"),),
                  ctx.pick("left", "center"), rule=ctx.chance(0.5)),
    ]  # fmt: skip
    if ctx.chance(0.4):
        blocks.append(Para(f"c.c.: {ctx.pick(*parts.unit_names(ctx.matter.unit))}", size=-2))
    subject = " ".join(subject.split()) if subject else None
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": who.name}
    fields |= {"sender_org": firm.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=(f"{firm.street} · {senders.domain(firm.name)}",))
