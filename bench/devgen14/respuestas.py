"""What Chimbarongo hands out to its neighbours: letters answering a neighbour's or an
organisation's presentation (a director or the mayor signs, the subject after «REF.:»,
«MAT.:» or «MATERIA:», underlined with no label, in small letters, in a table's cell or
nowhere, the neighbour's address under the name), invitations (a card, «INVITACIÓN» over a
centred text, the Fiesta del Mimbre's opening, a feria of mimbre artisans, an inauguration;
«S.R.C.» and a phone; now and then a personal addressee line) and certificates to citizens
(residence, registered mimbre artisan, number, no debt, a board's validity; the data in a
bordered table at times, a verification code, «Válido por 30 días»).

Truth: a reply is a carta, salida, its subject as placed, sender the post as signed,
sender_org the municipality as printed, recipient the neighbour's name (devgen's
carta_salida), doc_number its number if printed; an invitation is otro, salida, no subject,
sender the inviting post, recipient the addressee line if printed, unit the event's; a
certificado is salida, states no subject, its number, sender the certifying post."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.devgen2.model import Box, Heading, Para, Space, Table
from bench.devgen4.model import Block, Doc
from bench.devgen14 import parts, subjects, topics, wording, world
from bench.devgen14.parts import Ctx

REPLIERS = ("dom", "dideco", "transito", "secplan", "salud", "educacion", "daf", "alcaldia")


def carta_respuesta(ctx: Ctx) -> Doc:
    """A director or the mayor answers a neighbour or an organisation (salida)."""
    if ctx.matter.unit not in REPLIERS:
        ctx.matter = topics.within(ctx.rng, ctx.day.year, REPLIERS)
    m, code = ctx.matter, ctx.matter.unit
    who = world.person(ctx.rng)
    text = wording.said(ctx.rng, wording.REPLY, m, ctx.day)
    style = ctx.pick("ref", "mat", "materia", "underline", "lower", "table", "none")
    placed = subjects.place(ctx, style, text)
    blocks: list[Block] = [parts.muni_head(ctx, code)]
    num = None
    if ctx.chance(0.5):
        label = ctx.pick("CARTA", f"CARTA {world.UNITS[code].short.upper()}", "Carta")
        number, num = wording.number(ctx.rng, label, ctx.day.year, 900)
        blocks.append(Para(number, align="right", bold=True))
    org = world.the(ctx.pick(*world.ORGS)) if ctx.chance(0.3) else ""
    lines = ["Señora" if who.female else "Señor", who.name]
    lines += [f"{'Presidenta' if who.female else 'Presidente'} de {org}"] if org else []
    lines += [world.street_address(ctx.rng), world.COMMUNE if ctx.chance(0.5) else "Presente"]
    past = wording.long_date(wording.earlier(ctx.rng, ctx.day))
    blocks += [
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
        Space(2),
        Para("\n".join(lines), align="left"),
        *placed.blocks,
        Space(2),
        Para(f"{'Estimada señora' if who.female else 'Estimado señor'}:", align="left"),
        Para(
            f"En respuesta a su presentación de fecha {past}, relativa a {m.name}, informo a "
            "usted lo siguiente.",
            indent=10,
        ),
        Para(
            f"{m.detail} {wording.cap(world.unit_the(code))} ha dispuesto las gestiones "
            "necesarias y le mantendrá informado(a) de su avance.",
            indent=10,
        ),
        Para("Sin otro particular, le saluda atentamente,", align="left"),
    ]
    if code == "alcaldia":
        signature, sender = parts.mayor_signs(ctx)
        tail: list[Block] = [signature]
    else:
        tail, sender = parts.unit_signs(ctx, code)
    blocks += [*tail, *parts.foot(ctx, world.UNITS[code].chief, ["Interesado(a)", "Archivo"])]
    fields: dict[str, Any] = {"subject": placed.subject, "doc_number": num, "sender": sender}
    truth = parts.truth(ctx, "carta", "salida", sender_org="muni", recipient=who.name, **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx))


EVENTS = {
    "alcaldia": (
        "la inauguración oficial de la Fiesta del Mimbre {year}",
        "la ceremonia de aniversario de la comuna de Chimbarongo",
    ),
    "dideco": (
        "la feria de artesanos mimbreros en la avenida del mimbre",
        "la entrega de aportes del FONDEVE {year} a las organizaciones comunitarias",
    ),
    "secplan": ("la inauguración de las obras de {m}",),
    "salud": ("el operativo de salud rural en {sector}",),
    "educacion": ("la ceremonia de inicio del año escolar {year} en {school}",),
}
VENUES = (
    "el Salón Municipal",
    "la avenida del mimbre",
    "el Gimnasio Municipal",
    "la plaza de armas",
    "la sede de la Junta de Vecinos de Quinta",
)


def invitacion(ctx: Ctx) -> Doc:
    """The mayor or a director invites to an activity (otro, salida); no subject."""
    code = ctx.pick(*EVENTS)
    ctx.matter = topics.within(ctx.rng, ctx.day.year, (code,))
    event = ctx.pick(*EVENTS[code]).format(
        year=ctx.day.year,
        m=ctx.matter.other,
        sector=ctx.matter.sector,
        school=ctx.pick(*world.SCHOOLS),
    )
    unit = world.UNITS["alcaldia" if ctx.chance(0.6) else code]
    held = ctx.day + timedelta(days=ctx.rng.randint(6, 25))
    article = "La" if unit.chief.female else "El"
    inviter = f"{article} {unit.post} de la {ctx.pick(*world.MUNI_NAMES)}"
    blocks: list[Block] = [parts.muni_head(ctx, unit.code)]
    recipient = None
    if ctx.chance(0.4):
        recipient = ctx.pick(
            "Sr(a). Presidente(a) Junta de Vecinos",
            "Señor Concejal",
            f"Señor(a) {world.person(ctx.rng).name}",
        )
        blocks.append(Para(recipient, align="left", bold=True))
    blocks += [
        Heading(ctx.pick("INVITACIÓN", "Invitación", "I N V I T A C I Ó N"), size=5),
        Para(
            f"{inviter}, don{'ña' if unit.chief.female else ''} {unit.chief.name}, tiene el "
            f"agrado de invitar a usted a {event}, que se realizará el "
            f"{wording.long_date(held)}, a las {ctx.rng.randint(10, 19)}:00 horas, en "
            f"{ctx.pick(*VENUES)}.",
            align="center",
        ),
        Space(4),
        Para(
            f"S.R.C. {ctx.pick(*world.MUNI_PHONE)} – {ctx.pick(*world.MUNI_MAIL)}",
            align="center",
            size=-1,
        ),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="center", size=-1),
    ]
    if ctx.chance(0.5):
        blocks.append(parts.by_hand(ctx, unit.chief, unit.post))
    fields: dict[str, Any] = {"sender": unit.post, "sender_org": "muni", "recipient": recipient}
    truth = parts.truth(ctx, "otro", "salida", **fields)
    return parts.doc(ctx, truth, blocks, page_label="")


CERTIFICATES = (
    (
        "CERTIFICADO DE RESIDENCIA",
        "dideco",
        "{who} tiene su domicilio en {place}, sector {sector}, comuna de Chimbarongo",
    ),
    (
        "CERTIFICADO DE ARTESANO",
        "dideco",
        "{who} se encuentra inscrito(a) en el Registro "
        "Comunal de Artesanos del Mimbre, con taller en el sector {sector}",
    ),
    (
        "CERTIFICADO DE NÚMERO",
        "dom",
        "al inmueble ubicado en {place}, rol de avalúo {rol}, le "
        "corresponde la numeración indicada",
    ),
    (
        "CERTIFICADO DE NO DEUDA",
        "daf",
        "{who} no registra deudas por patentes ni derechos municipales a la fecha",
    ),
    (
        "CERTIFICADO DE VIGENCIA",
        "secretaria-municipal",
        "{org} mantiene su directorio vigente, según los registros de esta Secretaría Municipal",
    ),
)


def certificado(ctx: Ctx) -> Doc:
    """A head certifies for a citizen or an organisation (salida); no subject."""
    title, code, claim = ctx.rng.choice(CERTIFICATES)
    ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, code)
    unit, num = world.UNITS[code], str(ctx.rng.randint(10, 2400))
    p = world.person(ctx.rng)
    rut = ctx.rut(ctx.rng.randint(5_500_000, 26_000_000)) if "{who}" in claim else ""
    values = {
        "who": f"{p.title} {p.name}, RUT {rut}",
        "place": world.street_address(ctx.rng),
        "sector": ctx.pick(*world.SECTORS),
        "org": world.the(ctx.pick(*world.ORGS)),
        "rol": f"{ctx.rng.randint(100, 980)}-{ctx.rng.randint(1, 40)}",
    }
    said = claim.format(**values)
    blocks: list[Block] = [
        parts.muni_head(ctx, code),
        Heading(ctx.pick(f"{title} N° {num}", f"{title}\nN° {num}/{ctx.day.year}"), size=1.5),
        Para(
            f"{'La' if unit.chief.female else 'El'} {unit.post} de la {world.MUNI}, que "
            "suscribe, CERTIFICA:",
            indent=10,
        ),
    ]
    if rut and ctx.chance(0.5):
        rows = (("Nombre", p.name), ("RUT", rut), ("Domicilio", values["place"]))
        blocks += [Table(rows, header=False, widths=(1.2, 4)), Para(f"Que {said}.")]
    else:
        blocks.append(Para(f"Que {said}."))
    blocks += [
        Para(
            "Se extiende el presente a petición del interesado, para los fines que estime "
            "conveniente."
        ),
        Para(wording.place_date(ctx.rng, world.COMMUNE, ctx.day), align="right"),
    ]
    tail, sender = parts.unit_signs(ctx, code)
    blocks += [*tail, *parts.sealed(ctx, f"Municipalidad {unit.short}", "Chimbarongo", 0.5)]
    if ctx.chance(0.4):
        code_v = "".join(ctx.rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
        blocks.append(Box((f"Válido por 30 días. Código de verificación: {code_v}",)))
    fields: dict[str, Any] = {"doc_number": num, "sender": sender, "sender_org": "muni"}
    truth = parts.truth(ctx, "certificado", "salida", unit=code, **fields)
    return parts.doc(ctx, truth, blocks, footer=parts.footer(ctx))
