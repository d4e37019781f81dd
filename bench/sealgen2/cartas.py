"""Letters and requests from outside: Codelco's División Chuquicamata and mining
contractors, juntas de vecinos and neighbours (on notebook paper), Lickanantay communities
(with their round seal), e-mails printed from the municipality's webmail, and requests
printed from the lobby and transparency portals.

Truth: a letter's subject is its «Asunto:», «Motivo:», «Tema:» or headline; without one, a
short statement of what its last paragraph asks («Solicita …»); letters carry no number."""

from __future__ import annotations

from bench.devgen2.model import Fields, Heading, Para, Signature, Signer, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen2 import parts, world
from bench.sealgen2.parts import Ctx

MINERS = (
    (
        "Codelco Chile, División Chuquicamata",
        61_704_000,
        "Gerente de Sustentabilidad y Asuntos Externos",
    ),
    ("Codelco Chile, División Radomiro Tomic", 61_704_000, "Director de Comunidades"),
    *(
        (name, p * 1_000_000 + 482_315 + i, "Gerente General")
        for i, (name, p) in enumerate(world.COMPANIES)
    ),
)
REQUESTS = (
    "autorizar {m}",
    "fijar una reunión para tratar {m}",
    "informar el estado de {m}",
    "considerar nuestra propuesta sobre {m}",
    "adoptar medidas urgentes respecto de {m}",
)


def _request(ctx: Ctx) -> tuple[str, str]:
    """(what the last paragraph asks, the clerk's short statement of it)."""
    what = ctx.rng.choice(REQUESTS).format(m=ctx.matter.name)
    return what, f"Solicita {what}"


def _subject_block(ctx: Ctx, subject: str) -> Block:
    style = ctx.rng.randrange(3)
    if style == 0:
        return Fields(
            ((ctx.pick("Asunto", "Tema", "Motivo"), subject),), side=ctx.pick("full", "right")
        )
    if style == 1:
        return Heading(subject, "center", 0.5)
    return Para(subject, bold=True, align="left")


def carta_minera(ctx: Ctx) -> Doc:
    """Codelco's or a contractor's letter to the mayor or the head of a unit."""
    org, rut, post = ctx.rng.choice(MINERS)
    boss = world.person(ctx.rng)
    what, statement = _request(ctx)
    stated = ctx.chance(0.65)
    subject = cap(
        ctx.rng.choice(
            (
                "Solicitud de reunión por {m}",
                "Informa sobre {m}",
                "Propuesta de trabajo conjunto: {m}",
            )
        ).format(m=ctx.matter.name)
    )
    blocks: list[Block] = [
        parts.office_head(
            ctx, world.Office(org, "", post, "hills" if "Codelco" not in org else "columns")
        )
    ]
    blocks.append(Para(parts.dated(ctx), align=ctx.pick("right", "left")))
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    if stated:
        blocks.append(_subject_block(ctx, subject))
    blocks.append(
        Para(
            f"De nuestra consideración: {org}, RUT {ctx.rut(rut)}, saluda a usted y "
            f"se refiere a {ctx.matter.other}. {ctx.matter.detail}",
            indent=10,
        )
    )
    blocks.append(
        Para(
            "Nuestra empresa mantiene faenas y campamentos en la comuna y considera "
            "indispensable coordinar con el municipio las acciones que afectan a los "
            "vecinos de Calama.",
            indent=10,
        )
    )
    blocks.append(Para(f"En atención a lo expuesto, solicitamos a usted {what}.", indent=10))
    blocks.append(Signature((Signer(boss.name, post, org),), ctx.pick("left", "center")))
    t = parts.truth(
        ctx,
        "carta",
        "entrada",
        subject=subject if stated else statement,
        sender=boss.name,
        sender_org=org,
        recipient=recipient,
    )
    return parts.doc(
        ctx, t, blocks, footer=("Calama · Región de Antofagasta",) if ctx.chance(0.4) else ()
    )


def _vecinos_head(
    ctx: Ctx, jjvv: str | None, complaint: bool, statement: str
) -> tuple[list[Block], str, str]:
    """(the head, the subject registered, the recipient): the junta's name, the date, the
    mayor, and a complaint's «RECLAMO» over its «Motivo:»."""
    blocks: list[Block] = []
    if jjvv:
        pj = f"Personalidad jurídica N° {ctx.rng.randint(100, 900)} · {world.address(ctx.rng)}"
        blocks += [Heading(jjvv.upper(), "center", 0.5), Para(pj, align="center", size=-2)]
    blocks.append(Para(parts.dated(ctx), align="right"))
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    if not complaint:
        return blocks, statement, recipient
    said = ctx.rng.choice(("Reclamo por {m}", "Denuncia {m}", "Molestias por {m}"))
    subject = cap(said.format(m=ctx.matter.name))
    title = ctx.pick("RECLAMO", "RECLAMO VECINAL", "DENUNCIA")
    blocks.append(Heading(title, "center", 1.0, underline=True))
    blocks.append(Fields(((ctx.pick("Motivo", "MOTIVO", "Por"), subject),)))
    return blocks, subject, recipient


def carta_vecinos(ctx: Ctx) -> Doc:
    """A junta de vecinos' or a neighbour's letter or reclamo, now and then on notebook
    paper: «RECLAMO» over a «Motivo:», or a letter that asks at its end."""
    who = world.person(ctx.rng)
    jjvv = ctx.rng.choice(world.JJVV) if ctx.chance(0.5) else None
    complaint = ctx.chance(0.5)
    hand = ctx.chance(0.45)
    what, statement = _request(ctx)
    blocks, subject, recipient = _vecinos_head(ctx, jjvv, complaint, statement)
    sector = ctx.matter.sector
    opener = f"los vecinos de {sector} queremos" if jjvv else f"como vecino(a) de {sector}, quiero"
    blocks.append(
        Para(
            f"Junto con saludarle, {opener} hacerle presente lo que pasa con "
            f"{ctx.matter.name}. {ctx.matter.detail}"
        )
    )
    blocks.append(
        Para(
            "Ya hemos llamado varias veces al municipio y nadie nos da respuesta, "
            "con el calor y la tierra la situación se hace insoportable."
        )
    )
    blocks.append(
        Para(
            f"Por eso le pedimos {what}. Esperando una buena acogida, se despide.",
        )
    )
    rut = ctx.rut(ctx.rng.randint(6_000_000, 27_000_000))
    post = ctx.pick("Presidenta", "Presidente", "Secretaria") if jjvv else ""
    blocks.append(
        Signature(
            (Signer(who.name, "\n".join(x for x in (post, f"RUT {rut}", jjvv or "") if x)),),
            "center",
            "",
            True,
        )
    )
    t = parts.truth(
        ctx,
        "reclamo" if complaint else "carta",
        "entrada",
        subject=subject,
        sender=who.name,
        sender_org=jjvv,
        recipient=recipient,
    )
    return parts.doc(
        ctx, t, blocks, paper="hand" if hand else "office", ruled=hand and ctx.chance(0.6)
    )


def _comunidad_body(ctx: Ctx) -> list[Block]:
    return [
        Para(
            "Reciba el saludo de nuestra comunidad. Como pueblo Lickanantay, habitantes "
            f"ancestrales del territorio del río Loa, nos dirigimos a usted respecto de "
            f"{ctx.matter.name}. {ctx.matter.detail}",
            indent=10,
        ),
        Para(
            "Recordamos que el Convenio N° 169 de la OIT y la Ley Indígena obligan a "
            "considerar a las comunidades en las decisiones que afectan su territorio, "
            "sus aguas y sus sitios ceremoniales.",
            indent=10,
        ),
        Para("Quedamos atentos a su respuesta en la sede de la comunidad.", indent=10),
    ]


def carta_comunidad(ctx: Ctx) -> Doc:
    """A Lickanantay (atacameña) community's letter, signed by its board, with its seal."""
    org = ctx.rng.choice(world.COMMUNITIES)
    boss = world.person(ctx.rng)
    subject = cap(
        ctx.rng.choice(
            (
                "Solicita participación de la comunidad en {m}",
                "Manifiesta preocupación por {m}",
                "Pide reunión con el municipio por {m}",
            )
        ).format(m=ctx.matter.name)
    )
    blocks: list[Block] = [
        Heading(org.upper(), "center", 1.0),
        Para(
            f"Inscrita en CONADI bajo el N° {ctx.rng.randint(20, 380)} · Ley N° 19.253",
            align="center",
            size=-2,
        ),
        Space(3),
        Para(parts.dated(ctx), align="right"),
    ]
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    blocks.append(
        Fields(((ctx.pick("Tema", "Materia"), subject),), side="right", bold_labels=False)
    )
    blocks += _comunidad_body(ctx)
    sec = world.person(ctx.rng)
    blocks.append(
        Signature(
            (Signer(boss.name, "Presidente(a)", org), Signer(sec.name, "Secretario(a)", "")),
            "center",
            "",
            True,
        )
    )
    if ctx.chance(0.7):
        blocks.append(Seal(("COMUNIDAD", org.split()[-1].upper(), "LICKANANTAY")))
    t = parts.truth(
        ctx,
        "carta",
        "entrada",
        subject=subject,
        sender=boss.name,
        sender_org=org,
        recipient=recipient,
    )
    return parts.doc(ctx, t, blocks)


def correo_impreso(ctx: Ctx) -> Doc:
    """An e-mail to the Oficina de Partes printed from the municipality's webmail."""
    who = world.person(ctx.rng)
    org = ctx.rng.choice(world.COMPANIES)[0] if ctx.chance(0.4) else None
    complaint = org is None and ctx.chance(0.5)
    subject = cap(
        ctx.rng.choice(
            ("Consulta por {m}", "Reclamo por {m}" if complaint else "Solicitud sobre {m}")
        ).format(m=ctx.matter.name)
    )
    words = who.name.lower().split()
    host = ctx.pick("gmail.com", "hotmail.com", "outlook.cl")
    mail = f"{words[0]}.{words[-2]}@{host}"
    mail = mail.translate(str.maketrans("áéíóúñ", "aeioun"))
    to = ctx.pick("oficinadepartes@municipalidadcalama.cl", "partes@municipalidadcalama.cl")
    hour = f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"
    when = f"{ctx.day.day:02d}-{ctx.day.month:02d}-{ctx.day.year} {hour}"
    rows = (("De:", f"{who.name} <{mail}>"), ("Para:", to), ("Fecha:", when), ("Asunto:", subject))
    blocks: list[Block] = [
        Table(rows, header=False, widths=(1.0, 5.0))
        if ctx.chance(0.5)
        else Fields(rows, bold_labels=True),
        Space(4),
    ]
    blocks.append(Para("Estimados:", align="left"))
    blocks.append(
        Para(
            "Escribo "
            f"{'en representación de ' + org if org else 'como vecino de ' + ctx.matter.sector} "
            f"por {ctx.matter.name}. {ctx.matter.detail}"
        )
    )
    blocks.append(
        Para("Agradeceré derivar este correo a la unidad que corresponda y acusar recibo.")
    )
    blocks.append(Para(f"Saludos cordiales,\n{who.name}\n{org or ''}", align="left"))
    browser = (when, f"Correo Municipal :: {subject}", "https://correo.municipalidadcalama.cl/#1")
    t = parts.truth(
        ctx,
        "reclamo" if complaint else "carta",
        "entrada",
        subject=subject,
        sender=who.name,
        sender_org=org,
        recipient=to,
    )
    return parts.doc(ctx, t, blocks, paper="mail", browser=browser)
