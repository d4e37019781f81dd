"""Letters of Putre's neighbours and organisations to the mayor, as written at home: no
letterhead (or an organisation's typed heading), the place and date at the top right or
above the signature, «Señor Alcalde … Presente», «De mi consideración», paragraphs with a
first-line indent, and a signature with RUT, address and phone; some on notebook paper,
some with the organisation's round seal.

Truth (devgen's for letters): the subject is the «Ref.:» text, or none when the matter is
only told in the body (most of them); the sender the person who signs (the president when
two sign), sender_org the organisation if one writes; the recipient as the addressee lines
name it; the unit the one that must answer."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading, Para, Signature, Signer, Space
from bench.devgen2.topics import cap
from bench.devgen4 import parts, wording, world
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen4.parts import Ctx

REFS = (
    "Solicita apoyo para {m}",
    "Solicitud relativa a {m}",
    "Pide intervención municipal en {m}",
    "Petición sobre {m}",
    "Situación de {m}",
)
REF_LABELS = ("Ref.:", "Ref.:", "REF.:", "Ref:", "Referencia:")
CLOSINGS = (
    "Esperando una favorable acogida, se despide atentamente,",
    "Sin otro particular, y agradeciendo de antemano su atención, saluda atentamente,",
    "Quedo atento(a) a su respuesta. Atentamente,",
    "Agradeciendo su comprensión, le saluda cordialmente,",
    "Atentamente,",
)


def _body(ctx: Ctx, who: world.Person, org: str | None, place: str) -> list[str]:
    """The paragraphs: who writes and why, what happens, what is asked."""
    m = ctx.matter
    if org:
        first = ctx.pick(
            f"Por medio de la presente, la directiva de la {org} se dirige a usted para "
            f"plantearle lo relativo a {m.name}.",
            f"Junto con saludarle, y en representación de los socios de nuestra organización, "
            f"venimos en exponer a usted la situación de {m.name}.",
        )
    else:
        first = ctx.pick(
            f"Quien suscribe, {who.name}, vecino{'a' if who.female else ''} de {place}, se "
            f"dirige a usted con todo respeto para exponerle lo que ocurre con {m.name}.",
            f"Me dirijo a usted para solicitar su ayuda en relación con {m.name}.",
            f"Por intermedio de esta carta quiero hacerle presente mi preocupación por {m.other}.",
        )
    middle = f"{m.detail} " + ctx.pick(
        "Esta situación se arrastra desde hace varios meses y no hemos tenido respuesta.",
        "Ya lo conversamos con funcionarios municipales en su última visita al pueblo.",
        f"Somos varias familias de {place} las afectadas.",
        "",
    )
    ask = ctx.pick(
        f"Por lo anterior, solicito a usted disponer que {world.the(m.unit)} revise este caso.",
        "Por eso le pido que nos ayude a encontrar una solución lo antes posible.",
        f"Le solicitamos considerar nuestra petición y darnos una respuesta respecto de {m.other}.",
    )
    return [first, middle.strip(), ask]


def _contact(ctx: Ctx, who: world.Person, role: str, org: str | None) -> Signer:
    street, sector = world.address(ctx.rng)
    lines = [f"{role}, {org}" if role and org else role]
    lines.append(
        f"{ctx.pick('RUT', 'Rut:', 'C.I.', 'Cédula de identidad N°')} "
        f"{ctx.rut(world.person_rut(ctx.rng))}"
    )
    if ctx.chance(0.7):
        lines.append(ctx.pick(f"Domicilio: {street}, {sector}", f"{street}, {sector}"))
    if ctx.chance(0.75):
        lines.append(f"{ctx.pick('Fono', 'Teléfono', 'Cel.')} {world.phone(ctx.rng)}")
    if ctx.chance(0.3):
        lines.append(world.email(ctx.rng, who))
    return Signer(who.name, "\n".join(x for x in lines if x))


def _letter(
    ctx: Ctx, who: world.Person, org: str | None, top: list[Block], signers: list[Signer]
) -> tuple[list[Block], str | None, str]:
    """The letter's blocks after ``top``, its subject (or None) and its recipient."""
    place = ctx.pick("Putre", "Putre", ctx.matter.sector)
    when = Para(
        wording.home_date(ctx.rng, place, ctx.day), align=ctx.pick("right", "right", "left")
    )
    at_foot = ctx.chance(0.3)
    lines, recipient = parts.addressee(ctx)
    blocks = [*top] + ([] if at_foot else [when, Space(4)])
    blocks.append(Para(lines, align="left"))
    subject: str | None = None
    if ctx.chance(0.3):
        subject = cap(ctx.pick(*REFS).format(m=ctx.matter.name))
        left = ctx.rng.choice((0.0, 0.0, 60.0))
        blocks.append(
            Para(
                f"{ctx.pick(*REF_LABELS)} {subject}", align="left", left=left, bold=ctx.chance(0.5)
            )
        )
    mayor = "Alcalde" in lines
    blocks.append(Para(wording.salutation(ctx.rng, mayor=mayor), align="left"))
    indent = ctx.rng.choice((0.0, 12.0, 12.0, 20.0))
    blocks += [Para(p, indent=indent) for p in _body(ctx, who, org, place) if p]
    blocks.append(Para(ctx.pick(*CLOSINGS), indent=indent))
    if at_foot:
        blocks.append(when)
    blocks.append(
        Signature(
            tuple(signers), ctx.pick("center", "center", "left", "right"), rule=ctx.chance(0.6)
        )
    )
    return blocks, subject, recipient


def carta_vecino(ctx: Ctx) -> Doc:
    """A neighbour writes by hand or at home; no letterhead; often on notebook paper."""
    who = world.person(ctx.rng)
    blocks, subject, recipient = _letter(ctx, who, None, [], [_contact(ctx, who, "", None)])
    if ctx.chance(0.15):
        blocks.append(
            Para("Adjunto: fotocopia de cédula de identidad y fotografías.", align="left", size=-1)
        )
    fields: dict[str, Any] = {"subject": subject, "sender": who.name, "recipient": recipient}
    t = parts.truth(ctx, "carta", "entrada", **fields)
    return parts.doc(ctx, t, blocks, paper="hand", ruled=ctx.chance(0.4), page_label="")


def _wrapped(text: str, width: int = 20) -> tuple[str, ...]:
    """``text`` in lines of at most ``width`` characters (a seal's words)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return tuple(lines[:4])


def carta_organizacion(ctx: Ctx) -> Doc:
    """A neighbourhood council, an Aymara community or a club writes; its president (and
    often its secretary) sign, sometimes over the organisation's seal."""
    org = ctx.pick(*world.JJVV, *world.ORGS)
    president, secretary = world.person(ctx.rng), world.person(ctx.rng)
    top: list[Block] = []
    if ctx.chance(0.6):
        number = f"Personalidad Jurídica N° {ctx.rng.randint(8, 190)}"
        heading = [org.upper(), number] if ctx.chance(0.5) else [org.upper()]
        if ctx.chance(0.4):
            heading.append(f"RUT {ctx.rut(65_000_000 + ctx.rng.randint(10_000, 990_000))}")
        heading.append(ctx.pick("Comuna de Putre", "Putre - Región de Arica y Parinacota"))
        top = [Heading("\n".join(heading), align=ctx.pick("center", "left"), size=-0.5), Space(3)]
    role = (
        ("Presidenta" if president.female else "Presidente") if ctx.chance(0.7) else "Presidente(a)"
    )
    named = not top or ctx.chance(0.5)  # the organisation is named under the signature
    signers = [_contact(ctx, president, role, org if named else None)]
    if ctx.chance(0.6):
        signers.append(Signer(secretary.name, ctx.pick("Secretario(a)", "Secretaria", "Tesorero")))
    blocks, subject, recipient = _letter(ctx, president, org, top, signers)
    if ctx.chance(0.45):
        seal_words = (*_wrapped(org.upper()), "PUTRE")
        blocks.insert(len(blocks) - 1, Seal(seal_words, ctx.pick("left", "center")))
    fields: dict[str, Any] = {"subject": subject, "sender": president.name, "sender_org": org}
    t = parts.truth(ctx, "carta", "entrada", recipient=recipient, **fields)
    paper = ctx.pick("hand", "office")
    return parts.doc(ctx, t, blocks, paper=paper, ruled=paper == "hand" and ctx.chance(0.3))
