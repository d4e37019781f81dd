"""Letters of citizens, organisations and companies, the municipality's answers, and
reclamos (a letter, the OIRS form, or a printed e-mail).

Truth: a letter's subject is its REF./ASUNTO line, or none when the matter is only told in
the body; the sender is the person who signs and sender_org the organisation or company
that writes, if any; the unit is the one that must answer (or answered)."""

from __future__ import annotations

from typing import Any

from bench.devgen2 import parts, wording, world
from bench.devgen2.model import Block, Doc, Fields, Head, Heading, Para, Signature, Signer, Table
from bench.devgen2.parts import Ctx
from bench.devgen2.topics import cap

SALUTATIONS = (
    "De mi consideración:",
    "De nuestra consideración:",
    "Estimado señor:",
    "Junto con saludarle cordialmente:",
    "Señor Alcalde:",
)
SUBJECT_LABELS = ("REF.:", "Ref.:", "ASUNTO:", "Asunto:", "MAT.:", "MATERIA:")


def addressee(ctx: Ctx) -> tuple[list[str], str]:
    """(the lines «Señor / … / Presente», the recipient as a clerk records it)."""
    unit = world.UNITS[ctx.matter.unit]
    mayor = world.UNITS["alcaldia"].chief.name
    if unit.code != "alcaldia" and ctx.chance(0.4):
        title = "Señora" if unit.chief.female else "Señor"
        post = ctx.pick(unit.post, f"{unit.post} de Vichuquén", unit.full)
        return [title if post != unit.full else "Señores", post, "Presente"], post
    if ctx.chance(0.5):
        return ["Señor", mayor, "Alcalde de la Comuna de Vichuquén", "Presente"], mayor
    first = ctx.pick("Sr. Alcalde", "Señor Alcalde I. Municipalidad de Vichuquén")
    return [first, ctx.pick("Vichuquén", "Presente")], first


def author(ctx: Ctx) -> tuple[world.Person, str | None, list[Block], str]:
    """(who signs, the organisation or company, its letterhead, the signer's role)."""
    who = world.person(ctx.rng)
    roll = ctx.rng.random()
    if roll < 0.45:
        return who, None, [], ""
    if roll < 0.75:
        org = ctx.pick(*world.JJVV, *world.ORGS)
        lines = (
            org.upper(),
            f"Personalidad Jurídica N° {ctx.rng.randint(8, 260)}",
            f"{ctx.pick(*world.SECTORS)}, comuna de Vichuquén",
        )
        role = ctx.pick("Presidente", "Presidenta", "Secretario(a)")
        return who, org, [Head(lines, "none", "center", rule=ctx.chance(0.5))], role
    company, prefix = ctx.rng.choice(world.COMPANIES)
    rut = ctx.rut(world.company_rut(ctx.rng, prefix))
    street, sector = world.address(ctx.rng)
    lines = (company, f"RUT {rut}", f"{street}, {sector}")
    head = Head(lines, "none", ctx.pick("left", "right"), rule=True)
    return who, company, [head], ctx.pick("Gerente General", "Representante Legal", "Administrador")


def _contact(ctx: Ctx, who: world.Person, role: str, org: str | None) -> Signer:
    lines = [role, org] if role and org else []
    if not org or ctx.chance(0.4):
        lines.append(
            f"{ctx.pick('RUT', 'C.I.', 'Cédula de identidad')} {ctx.rut(world.person_rut(ctx.rng))}"
        )
    if ctx.chance(0.6):
        lines.append(f"Fono {world.phone(ctx.rng)}")
    if ctx.chance(0.4):
        lines.append(world.email(ctx.rng, who))
    return Signer(who.name, "\n".join(x for x in lines if x))


def carta(ctx: Ctx) -> Doc:
    """A letter to the mayor or to a unit; dated at the top or at the foot."""
    who, org, head, role = author(ctx)
    city = ctx.pick("Vichuquén", "Vichuquén", "Llico", "Curicó")
    when = Para(wording.place_date(ctx.rng, city, ctx.day), align=ctx.pick("right", "left"))
    at_end = ctx.chance(0.3)
    lines, recipient = addressee(ctx)
    mat = wording.subject(ctx.rng, wording.CITIZEN, ctx.matter)
    labelled = ctx.chance(0.65)
    blocks: list[Block] = [*head] + ([] if at_end else [when])
    blocks.append(Para("\n".join(lines), align="left"))
    if labelled:
        blocks.append(
            Para(
                f"{ctx.pick(*SUBJECT_LABELS)} {mat}",
                align="left",
                bold=ctx.chance(0.6),
                left=ctx.rng.choice((0.0, 50.0)),
            )
        )
    m = ctx.matter
    blocks.append(Para(ctx.pick(*SALUTATIONS), align="left"))
    we = "nuestra organización" if org else "mi familia y los vecinos"
    blocks += [
        Para(
            f"Me dirijo a usted para exponer la situación que afecta a {we}, relativa a {m.name}."
        ),
        Para(m.detail + ctx.pick(" Hemos esperado una solución por largo tiempo.", "")),
        Para(
            ctx.pick(
                "Agradeciendo de antemano su buena acogida, se despide atentamente,",
                "Esperando una pronta respuesta, saluda atentamente,",
                "Sin otro particular, le saluda,",
            )
        ),
    ]
    if at_end:
        blocks.append(when)
    blocks.append(
        Signature(
            (_contact(ctx, who, role, org),), ctx.pick("center", "left"), rule=ctx.chance(0.5)
        )
    )
    fields: dict[str, Any] = {"subject": mat if labelled else None, "sender": who.name}
    fields |= {"sender_org": org, "recipient": recipient}
    return parts.doc(ctx, parts.truth(ctx, "carta", "entrada", **fields), blocks)


def carta_salida(ctx: Ctx) -> Doc:
    """The municipality answers a citizen; sometimes numbered (CARTA N° 45/2025)."""
    m = ctx.matter
    chief = world.official(ctx.rng, m.unit)
    who = world.person(ctx.rng)
    street, sector = world.address(ctx.rng)
    mat = wording.subject(ctx.rng, wording.ANSWER, m)
    num = str(ctx.rng.randint(3, 480)) if ctx.chance(0.35) else None
    blocks: list[Block] = [parts.muni_head(ctx, m.unit)]
    top = [wording.place_date(ctx.rng, "Vichuquén", ctx.day)]
    if num:
        top.insert(0, wording.number_line(ctx.rng, ctx.pick("CARTA", "Carta"), num, ctx.day.year))
    blocks.append(Para("\n".join(top), align="right"))
    blocks.append(
        Para(
            "\n".join(
                [
                    ctx.pick("Señora", "Sra.") if who.female else ctx.pick("Señor", "Sr."),
                    who.name,
                    f"{street}, {sector}",
                    ctx.pick("Presente", "PRESENTE"),
                ]
            ),
            align="left",
        )
    )
    blocks.append(Para(f"{ctx.pick(*SUBJECT_LABELS)} {mat}", align="left", bold=True))
    past = wording.earlier(ctx.rng, ctx.day)
    blocks += [
        Para(
            ctx.pick("Estimada señora:", "De mi consideración:")
            if who.female
            else ctx.pick("Estimado señor:", "De mi consideración:"),
            align="left",
        ),
        Para(
            f"En respuesta a su presentación de fecha {wording.long_date(past)}, relativa a "
            f"{m.name}, informo a usted lo siguiente."
        ),
        Para(
            f"{m.detail} {world.UNITS[m.unit].full} ha dispuesto las gestiones necesarias y "
            "le mantendrá informado(a) del avance."
        ),
    ]
    blocks.append(
        parts.signature(
            ctx,
            chief.person.name,
            chief.cargo,
            world.MUNI_NAMES[1],
            closing=wording.closing(ctx.rng),
        )
    )
    blocks += parts.foot(ctx, chief.person, "Interesado(a)", *parts.unit_items(ctx, m.unit))
    fields: dict[str, Any] = {"subject": mat, "doc_number": num, "sender": chief.cargo}
    t = parts.truth(ctx, "carta", "salida", sender_org=world.MUNI, recipient=who.name, **fields)
    return parts.doc(ctx, t, blocks, **parts.muni_footer(ctx))


REASONS = (
    "Reclamo por ",
    "Reclama demora en ",
    "Presenta reclamo respecto de ",
    "Queja por la atención en ",
    "Reclamo por falta de respuesta sobre ",
)


def reclamo(ctx: Ctx) -> Doc:
    """Routed to the unit responsible for what the citizen complains about."""
    who = world.person(ctx.rng)
    what = ctx.pick(*REASONS) + ctx.matter.name
    roll = ctx.rng.random()
    if roll < 0.4:
        return _oirs(ctx, who, what)
    if roll < 0.7:
        return _email(ctx, who, what)
    lines, recipient = addressee(ctx)
    blocks: list[Block] = [
        Para(wording.place_date(ctx.rng, "Vichuquén", ctx.day), align="right"),
        Para("\n".join(lines), align="left"),
        Para(f"{ctx.pick('ASUNTO:', 'REF.:', 'Materia:')} {what}", align="left", bold=True),
        Para(ctx.pick(*SALUTATIONS), align="left"),
        Para(
            f"Quien suscribe, {who.name}, RUT {ctx.rut(world.person_rut(ctx.rng))}, vecino(a) "
            f"del sector {ctx.matter.sector}, presenta un reclamo formal por {ctx.matter.name}."
        ),
        Para(ctx.matter.detail + " Solicito una respuesta por escrito dentro del plazo legal."),
        Signature((Signer(who.name, f"Fono {world.phone(ctx.rng)}"),), "center"),
    ]
    t = parts.truth(ctx, "reclamo", "entrada", subject=what, sender=who.name, recipient=recipient)
    return parts.doc(ctx, t, blocks)


def _oirs(ctx: Ctx, who: world.Person, what: str) -> Doc:
    """The municipality's OIRS form, filled in at the counter."""
    folio = str(ctx.rng.randint(20, 3900))
    street, sector = world.address(ctx.rng)
    title = ctx.pick(
        "FORMULARIO OIRS",
        "OFICINA DE INFORMACIONES, RECLAMOS Y SUGERENCIAS",
        "SOLICITUD CIUDADANA — RECLAMOS Y SUGERENCIAS",
    )
    rows = (
        (f"Folio {wording.sign(ctx.rng)}", folio),
        ("Fecha", wording.date_text(ctx.rng, ctx.day)),
        ("Tipo", ctx.pick("[X] Reclamo  [ ] Sugerencia  [ ] Felicitación", "RECLAMO")),
        ("Nombre", who.name),
        ("RUT", ctx.rut(world.person_rut(ctx.rng))),
        ("Domicilio", f"{street}, {sector}"),
        (ctx.pick("Motivo", "Motivo del reclamo", "Asunto"), what),
    )
    blocks: list[Block] = [
        parts.muni_head(ctx, None),
        Heading(title, size=1),
        Fields(rows, boxed=True),
        Para(ctx.pick("Descripción de los hechos:", "DETALLE:"), align="left", bold=True),
        Table(((ctx.matter.detail + " Pido que se resuelva a la brevedad.",),), header=False),
        Para(
            "Firma del usuario: ____________________      Funcionario receptor: ____________",
            align="left",
            size=-1,
        ),
    ]
    t = parts.truth(ctx, "reclamo", "entrada", subject=what, doc_number=folio, sender=who.name)
    return parts.doc(ctx, t, blocks, page_label="")


def _email(ctx: Ctx, who: world.Person, what: str) -> Doc:
    """A complaint e-mailed to the Oficina de Partes and printed to PDF."""
    mail = world.email(ctx.rng, who)
    day = ctx.day
    stamp = (
        f"{wording.WEEKDAYS[day.weekday()]}, {day.day} de {world.MONTHS[day.month - 1]} "
        f"de {day.year} {ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"
    )
    rows = (
        ("De:", f"{who.name} <{mail}>"),
        ("Enviado el:", stamp),
        ("Para:", ctx.pick(*world.MUNI_MAIL)),
        ("Asunto:", what),
    )
    blocks: list[Block] = [
        Para(f"Correo de {ctx.pick('Gmail', 'Outlook')} — {who.name}", align="left", size=-1),
        Fields(rows, bold_labels=True),
        Para(ctx.pick("Estimados:", "Buenas tardes,", "Señores Municipalidad:"), align="left"),
        Para(f"Escribo para reclamar por {ctx.matter.name}. {ctx.matter.detail}"),
        Para(
            f"Vivo en el sector {ctx.matter.sector} y espero una respuesta. "
            f"{cap(ctx.pick('saludos', 'atentamente'))},"
        ),
        Para(f"{who.name}\n{world.phone(ctx.rng)}", align="left"),
    ]
    t = parts.truth(ctx, "reclamo", "entrada", subject=what, sender=who.name, recipient=rows[2][1])
    return parts.doc(ctx, t, blocks, page_label="", footer=(f"1 de 1 — {mail}",))
