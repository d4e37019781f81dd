"""Minutes of Putre's Concejo Municipal (sometimes held in a village's community hall) and
convenios: with a regional service (sent for signature) or with an Aymara community, a
neighbourhood council or a club (the municipality's own), dated in words in their opening.

Truth (devgen's): an acta is interno, for the Secretaría Municipal, its subject its title,
its number the session's, its sender the Secretaria Municipal (ministro de fe); a convenio's
subject is its title, entrada when a service sends it (sender its signer's post), salida
when it is the municipality's own (sender the mayor's post); its unit the one of its matter."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Heading, Listing, Para, Signature, Signer
from bench.devgen2.topics import cap
from bench.devgen3.model import Grid
from bench.devgen4 import parts, services, topics, wording, world
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen4.parts import Ctx

COUNCILLORS = (
    "Marcelino Apaza Choque", "Rosa Elvira Mamani Flores", "Juan Carlos Gómez Humire",
    "Verónica Cañipa Ticuna", "Pedro Pablo Condori Marca", "Silvia Yucra Castro",
)  # fmt: skip


def _agenda(ctx: Ctx) -> tuple[list[Block], list[Block]]:
    """(the agenda, the debate with its agreements)."""
    points = [topics.pick(ctx.rng, ctx.day.year) for _ in range(ctx.rng.randint(2, 4))]
    items = [
        "Aprobación del acta anterior",
        "Correspondencia",
        *(cap(p.name) for p in points),
        "Varios",
    ]
    agenda: list[Block] = [Para("TABLA", bold=True, align="left")]
    agenda += [Para(f"{i}.- {x}", left=8) for i, x in enumerate(items, 1)]
    debate: list[Block] = [Para("DESARROLLO DE LA SESIÓN", bold=True, align="left")]
    agreement = ctx.rng.randint(30, 400)
    for i, p in enumerate(points, 3):
        unit = world.UNITS[p.unit]
        vote = ctx.pick("por la unanimidad de los concejales presentes", "por mayoría")
        debate += [
            Para(f"{i}.- {cap(p.name)}", bold=True, align="left"),
            Para(
                f"Expone {unit.chief.name}, {unit.post}. {p.detail} Los concejales consultan "
                "por los plazos y el financiamiento."
            ),
            Para(
                f"ACUERDO N° {agreement + i}/{ctx.day.year}: Se aprueba {vote} lo relativo a "
                f"{p.other}.",
                bold=ctx.chance(0.5),
            ),
        ]
    return agenda, debate


def acta(ctx: Ctx) -> Doc:
    """A session of the Concejo: a data table, attendance, agenda, debate, agreements."""
    ctx.matter = topics.pick(ctx.rng, ctx.day.year, "secretaria-municipal")
    num = str(ctx.rng.randint(1, 90))
    sort = ctx.pick("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA")
    title = ctx.pick(
        f"ACTA SESIÓN {sort} N° {num} DEL CONCEJO MUNICIPAL",
        f"ACTA SESIÓN {sort} N° {num}",
        f"Acta Sesión {sort.capitalize()} N° {num} del Concejo Municipal de Putre",
        f"CONCEJO MUNICIPAL DE PUTRE\nACTA SESIÓN {sort} N° {num}",
    )
    place = ctx.pick(
        "Salón de sesiones del edificio consistorial, Putre",
        f"Sede social de {ctx.matter.sector}",
        "Salón de sesiones, Putre",
    )
    mayor = world.UNITS["alcaldia"].chief
    sec = world.UNITS["secretaria-municipal"]
    rows = (
        ("Fecha", wording.date_text(ctx.rng, ctx.day)),
        ("Hora de inicio", f"{ctx.rng.randint(9, 15)}:{ctx.pick('00', '15', '30')} horas"),
        ("Lugar", place),
        ("Preside", f"{mayor.name}, Alcalde"),
        ("Ministro de fe", f"{sec.chief.name}, {sec.post}"),
    )
    present = ctx.rng.sample(COUNCILLORS, ctx.rng.randint(4, 6))
    agenda, debate = _agenda(ctx)
    blocks: list[Block] = [
        parts.muni_head(ctx, "secretaria-municipal"),
        Heading(title, size=2),
        Grid(rows, shade=ctx.chance(0.6)) if ctx.chance(0.6) else Fields(rows, boxed=True),
        Listing("CONCEJALES ASISTENTES:", tuple(f"Sr(a). {c}" for c in present)),
        *agenda,
        *debate,
        Para(
            f"Siendo las {ctx.rng.randint(12, 18)}:{ctx.pick('05', '20', '45')} horas, el "
            "señor Alcalde pone término a la sesión."
        ),
        Signature(
            (
                Signer(mayor.name.upper(), "Alcalde\nPresidente del Concejo"),
                Signer(sec.chief.name.upper(), f"{sec.post}\nMinistro de Fe"),
            ),
            "center",
        ),
    ]
    fields: dict[str, Any] = {"subject": title, "doc_number": num, "sender": sec.post}
    t = parts.truth(
        ctx, "acta_concejo", "interno", unit="secretaria-municipal", sender_org=world.MUNI, **fields
    )
    running = f"Acta Sesión {sort.capitalize()} N° {num}" if ctx.chance(0.6) else ""
    return parts.doc(ctx, t, blocks, running=running, page_label="Página {p} de {n}")


def _clauses(ctx: Ctx, own: bool) -> list[Block]:
    """The clauses PRIMERO to QUINTO (``own``: the municipality is the one that pays)."""
    m = ctx.matter
    amount = f"$ {ctx.rng.randint(2_000, 90_000) * 1000:,}".replace(",", ".")
    texts = [
        f"OBJETO. El presente convenio tiene por objeto "
        f"{ctx.pick('ejecutar', 'apoyar', 'coordinar')} {m.name}. {m.detail}",
        f"APORTES. {'La Municipalidad aportará' if own else 'El Servicio transferirá'} la suma "
        f"de {amount}, en las condiciones que se indican.",
        f"CONTRAPARTE. La contraparte técnica municipal será {world.the(m.unit)}.",
        "RENDICIÓN. Los recursos se rendirán conforme a la Resolución N° 30, de 2015, de la "
        "Contraloría General de la República.",
        "VIGENCIA. El convenio regirá desde la total tramitación del acto que lo apruebe y por "
        "doce meses.",
    ]
    ordinals = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO")
    return [Para(f"{o}: {t}") for o, t in zip(ordinals, texts, strict=True)]


def convenio(ctx: Ctx) -> Doc:
    """A convenio: the municipality's own with an organisation (salida), or a service's
    sent for signature (entrada); its title is its subject."""
    own = ctx.chance(0.45)
    mayor = world.UNITS["alcaldia"].chief
    muni = f"la Ilustre Municipalidad de Putre, RUT {ctx.rut(world.MUNI_RUT)}"
    when = (
        wording.in_words(ctx.day, article=True)
        if ctx.chance(0.6)
        else (f"a {wording.long_date(ctx.day)}")
    )
    if own:
        partner = ctx.pick(*world.ORGS, *world.JJVV)
        head_of = world.person(ctx.rng)
        title = (
            "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE PUTRE Y "
            + world.with_article(partner, "").upper()
        )
        named = world.with_article(partner, "")
        by = "representada" if named.startswith("la ") else "representado"
        party = f"{named}, {by} por su presidente(a) {head_of.name}"
        other = Signer(head_of.name.upper(), "Presidente(a)", partner)
        sender, org = "Alcalde", world.MUNI
        top: list[Block] = [parts.muni_head(ctx, ctx.matter.unit)]
    else:
        if ctx.matter.unit not in services.COVERED:
            ctx.matter = topics.pick(ctx.rng, ctx.day.year, ctx.pick(*services.COVERED))
        s = services.for_unit(ctx.rng, ctx.matter.unit)
        signer = world.person(ctx.rng, female=s.female)
        sort = ctx.pick(
            "CONVENIO DE TRANSFERENCIA DE RECURSOS",
            "CONVENIO DE COLABORACIÓN",
            "CONVENIO DE EJECUCIÓN",
        )
        title = f"{sort} ENTRE {s.org.upper()} Y LA ILUSTRE MUNICIPALIDAD DE PUTRE"
        party = f"{s.org}, representado por su {s.cargo}, {signer.name}"
        other = Signer(signer.name.upper(), s.cargo, s.org)
        sender, org = s.cargo, s.org
        top = (
            [Head(tuple(x for x in (s.above, s.org) if x), s.emblem, "left")]
            if ctx.chance(0.6)
            else []
        )
    if ctx.chance(0.5):
        title += f" {ctx.pick('PARA', 'RELATIVO A')} {ctx.matter.name.upper()}"
    opening = (
        f"En Putre, {when}, entre {party}, por una parte, y {muni}, representada por su "
        f"Alcalde don {mayor.name}, ambos domiciliados para estos efectos en calle "
        "Cochrane N° 301, Putre, por la otra, se ha convenido lo siguiente:"
    )
    blocks: list[Block] = [*top, Heading(title, size=1), Para(opening), *_clauses(ctx, own)]
    if own and ctx.chance(0.5):
        blocks.append(Seal(("ILUSTRE MUNICIPALIDAD", "DE PUTRE", "ALCALDÍA"), "center"))
    blocks.append(
        Signature((Signer(mayor.name.upper(), "Alcalde", world.MUNI_NAMES[1]), other), "center")
    )
    fields: dict[str, Any] = {"subject": title, "sender": sender, "sender_org": org}
    t = parts.truth(ctx, "convenio", "salida" if own else "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}", "{p}"))
