"""Letters: from citizens, companies and organisations, and the municipality's answers."""

from __future__ import annotations

from typing import Any

from bench.devgen import common, wording, world
from bench.devgen.common import Ctx
from bench.devgen.letters import foot
from bench.devgen.model import Block, Draft, Letterhead, Para, Signature, Signer


def citizen_head(ctx: Ctx) -> tuple[list[Block], str]:
    """The addressee lines of a letter to the mayor, and the recipient a clerk records."""
    head_name = world.OFFICIALS["alcaldia"].person.name
    lines: tuple[str, ...]
    style = ctx.rng.randint(0, 3)
    if style == 0:
        lines, recipient = (
            ("Señor", head_name, "Alcalde de la Ilustre Municipalidad de Maullín", "Presente"),
            head_name,
        )
    elif style == 1:
        lines, recipient = (
            ("Señor Alcalde", "I. Municipalidad de Maullín", "PRESENTE"),
            "Señor Alcalde",
        )
    elif style == 2:
        lines = ("A:", f"Sr. {head_name}", "Alcalde de Maullín", "Presente")
        recipient = f"Sr. {head_name}"
    else:
        cargo = world.titled(world.OFFICIALS[ctx.matter.unit].cargo)
        lines, recipient = (
            (f"Señor(a) {cargo}", world.MUNI_NAMES[1], "Presente"),
            f"Señor(a) {cargo}",
        )
    return [Para(line, align="left", bold=i == 1) for i, line in enumerate(lines)], recipient


def _author(ctx: Ctx) -> tuple[str | None, str, list[Block]]:
    """(organisation, the signer's role, letterhead) of a citizen, a council or a company."""
    author = ctx.rng.randint(0, 2)
    if author == 0:
        return None, "", []
    if author == 1:
        org = ctx.pick(*world.JJVV, *world.ORGS)
        lines: tuple[str, ...] = (
            org,
            f"Personalidad Jurídica N° {ctx.rng.randint(12, 480)}",
            f"RUT {ctx.rut(common.org_rut(org))}",
        )
        role = ctx.pick("Presidente(a)", "Presidenta", "Presidente")
        return org, role, [Letterhead(lines, "none", "center")]
    org, prefix = ctx.rng.choice(world.COMPANIES)
    lines = (org, f"RUT {ctx.rut(world.company_rut(ctx.rng, prefix))}")
    return org, "Representante Legal", [Letterhead(lines, "company", "left")]


def _carta_body(ctx: Ctx, verb: str, org: str | None) -> list[Block]:
    m = ctx.matter
    who = ctx.pick("Quien suscribe", "El/la que suscribe", "Junto con saludar,")
    we = "nuestra organización" if org else "mi familia"
    ask = ctx.pick("solicitamos", "le pedimos", "solicito")
    bye = ctx.pick(
        "Esperando una buena acogida, se despide atentamente,",
        "Agradeciendo de antemano su atención,",
        "Sin otro particular, saluda atentamente,",
    )
    return [
        Para(wording.salutation(ctx.rng, False), align="left"),
        Para(f"{who} se dirige a usted para {verb}. {m.detail}"),
        Para(
            f"Esta situación nos afecta a {we} y a otros vecinos de {m.place}, por lo que "
            f"{ask} su intervención para dar solución a {m.other}."
        ),
        Para(bye),
    ]


def carta(ctx: Ctx) -> Draft:
    """A letter from a citizen, a company or a neighbourhood council."""
    who = world.person(ctx.rng)
    org, role, head = _author(ctx)
    city = ctx.pick("Maullín", "Carelmapu", "Puerto Montt")
    head.append(Para(wording.place_date(ctx.rng, city, ctx.day), align="right"))
    to, recipient = citizen_head(ctx)
    head += to
    mat, verb = wording.subject(ctx.rng, wording.CITIZEN, ctx.matter)
    subject: str | None = None
    if ctx.chance(0.8):
        subject = mat
        label = ctx.pick("REF.:", "MAT.:", "Asunto:", "Ref.:", "MATERIA:")
        head.append(Para(f"{label} {mat}", align="left", bold=True, left=40 * ctx.chance(0.5)))
    body = _carta_body(ctx, verb, org)
    signer, _ = common.person_signer(ctx, who, rut=ctx.chance(0.7), address=ctx.chance(0.6))
    lines = f"{role}\n{org}\n{signer.cargo}".strip() if role else signer.cargo
    body.append(
        Signature((Signer(who.name, lines),), ctx.pick("center", "left"), rule=ctx.chance(0.5))
    )
    fields: dict[str, Any] = {
        "subject": subject,
        "sender": who.name,
        "sender_org": org,
        "recipient": recipient,
    }
    t = common.truth(ctx, "carta", "entrada", **fields)
    return common.draft(ctx, t, head, body)


def carta_salida(ctx: Ctx) -> Draft:
    """The municipality answers a citizen by letter."""
    m = ctx.matter
    chief = world.official(ctx.rng, m.unit)
    who = world.person(ctx.rng)
    address = f"{ctx.pick(*world.STREETS).capitalize()} {ctx.rng.randint(10, 990)}, {m.place}"
    head: list[Block] = [
        common.muni_letterhead(ctx, m.unit),
        Para(wording.place_date(ctx.rng, "Maullín", ctx.day), align="right"),
        Para("Señora" if who.female else "Señor", align="left"),
        Para(who.name, align="left", bold=True),
        Para(address, align="left"),
        Para("Presente", align="left"),
    ]
    lead = ctx.pick(
        "Responde su presentación sobre ",
        "Da respuesta a carta relativa a ",
        "Informa respecto de ",
    )
    mat = lead + m.name
    head.append(Para(f"{ctx.pick('REF.:', 'MAT.:', 'Ref.:')} {mat}", align="left", bold=True))
    letter_day = world.long_date(world.earlier(ctx.rng, ctx.day))
    detail = m.detail[0].lower() + m.detail[1:]
    body: list[Block] = [
        Para(wording.salutation(ctx.rng, who.female), align="left"),
        Para(f"En respuesta a su carta de fecha {letter_day}, informo a usted que {detail}"),
        Para(
            f"{world.the_unit(m.unit, upper=True)} continuará atendiendo {m.other} "
            "y le mantendrá informado(a)."
        ),
    ]
    closing = wording.closing(ctx.rng)
    org = world.MUNI_NAMES[0]
    body.append(common.signature(ctx, chief.person.name, chief.cargo, org, closing=closing))
    body += foot(ctx, chief.person.name, ("Interesado(a)", "Archivo"))
    fields: dict[str, Any] = {"subject": mat, "sender": chief.cargo, "sender_org": world.MUNI}
    t = common.truth(ctx, "carta", "salida", recipient=who.name, **fields)
    return common.draft(ctx, t, head, body, footer=common.muni_footer(ctx))
