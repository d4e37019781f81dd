"""Oficios and resoluciones that regional and national offices, courts, the Fiscalía,
Carabineros, the Contraloría Regional de Antofagasta and the Consejo para la Transparencia
send to Calama. Each writer lays its subject out in one of several heads: a table with the
subject in a cell, a bold sentence under the addressee, «Materia» under the date at the
right, «Tema:»/«Motivo:», only a «Ref.» citing an earlier paper, or none at all."""

from __future__ import annotations

from bench.devgen2.model import Column, Fields, Heading, Listing, Para, Rule, Space, Table
from bench.devgen2.topics import cap
from bench.devgen4.model import Block, Doc, Seal
from bench.sealgen2 import parts, topics, world
from bench.sealgen2.parts import Ctx

ASKS = (
    "Solicita informe sobre {m}",
    "Informa situación de {m}",
    "Requiere antecedentes relativos a {m}",
    "Remite observaciones respecto de {m}",
    "Cita a reunión técnica por {m}",
    "Comunica fiscalización referida a {m}",
)


def ask(ctx: Ctx, verbs: tuple[str, ...] = ASKS) -> str:
    text = ctx.rng.choice(verbs).format(m=ctx.matter.name)
    return text.upper() if ctx.chance(0.3) else text


def body(ctx: Ctx, org: str, *, request_last: bool = False) -> list[Block]:
    """Two or three paragraphs about the matter; the request may come only at the end."""
    m = ctx.matter
    paras = [
        f"Por medio del presente, {org} se dirige a usted en relación con {m.name}. {m.detail}",
        f"Según los antecedentes disponibles en este servicio, la situación de {m.other} "
        "requiere la intervención coordinada de la Municipalidad, considerando las condiciones "
        "de la comuna de Calama y su entorno.",
    ]
    if request_last:
        paras.append(
            f"En mérito de lo expuesto, se solicita a usted remitir, en un plazo de diez días "
            f"hábiles, un informe sobre {m.name}, indicando las medidas adoptadas."
        )
    else:
        paras.append("Sin otro particular, saluda atentamente a usted.")
    return [Para(p, indent=ctx.rng.choice((0.0, 10.0))) for p in paras]


def _office_head_block(ctx: Ctx, number: str, subject: str | None, ant: str | None) -> list[Block]:
    """One of the heads, with the subject (or none) placed its own way."""
    style = ctx.rng.randrange(6) if subject else 6
    if style == 3 and not ant:
        style = 2
    date = parts.dated(ctx)
    if style == 0:  # a header table, the subject in a cell
        rows: list[tuple[str, str]] = [
            ("OFICIO", number),
            ("MATERIA", subject or ""),
            ("FECHA", date),
        ]
        if ant:
            rows.insert(1, ("ANTECEDENTE", ant))
        return [Table(tuple(rows), header=False, widths=(1.0, 3.2)), Space(4)]
    if style == 1:  # «Materia» under the date at the right
        lines = (date, f"OF. ORD. {number}", "", f"Materia: {subject}")
        return [Column(lines + ((f"Ant.: {ant}",) if ant else ()), "right", 0.5)]
    if style == 2:  # «Tema:» / «Motivo:»
        label = ctx.pick("Tema", "Motivo", "TEMA", "Asunto")
        rows = [("Oficio", number), (label, subject or "")] + ([("Ant.", ant)] if ant else [])
        return [Para(date, align="right"), Fields(tuple(rows), side=ctx.pick("left", "full"))]
    if style == 3:  # only a «Ref.» citing an earlier paper, and the matter after a dash
        return [
            Para(f"{ctx.pick('ORD.', 'OFICIO')} {number}", align="left", bold=True),
            Para(date, align="left"),
            Fields(((ctx.pick("Ref.", "REF."), f"{ant} – {subject}"),), side="right"),
        ]
    if style in (4, 5):  # the bold sentence comes later, under the addressee
        return [Column((f"ORDINARIO {number}", date), "right", 0.45)]
    return [Column((f"ORD. {number}", date), "right", 0.4)]


def oficio_servicio(ctx: Ctx) -> Doc:
    """A SEREMI's, SERVIU's, DGA's, SMA's, CONADI's, GORE's... ordinario to the mayor."""
    o = ctx.rng.choice(world.offices_for(ctx.matter.unit))
    head = parts.office_head(ctx, o)
    printed, core = parts.numbered(ctx)
    subject = cap(ask(ctx)) if ctx.chance(0.88) else None
    ant = f"Ord. N° {ctx.rng.randint(100, 3000)}/{ctx.day.year}" if ctx.chance(0.4) else None
    platform = ctx.chance(0.25)
    if platform:
        core = f"E-{ctx.rng.randint(10_000, 99_999)}"
        printed = f"N° {core}/{ctx.day.year}"
    blocks: list[Block] = [head, *_office_head_block(ctx, printed, subject, ant)]
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    if subject and any(isinstance(b, Column) and len(b.lines) == 2 for b in blocks):
        blocks.append(Para(subject, bold=True, align="left"))
    blocks += body(
        ctx,
        ctx.pick("este Servicio", "esta Secretaría Regional", "esta repartición"),
        request_last=subject is None or ctx.chance(0.4),
    )
    boss = world.person(ctx.rng)
    sign, sender = parts.signed(ctx, boss, o.post, o.org)
    blocks.append(sign)
    if platform:
        blocks.append(parts.platform(ctx, boss.name))
    if ctx.chance(0.5):
        blocks.append(Listing("Distribución:", ("Destinatario", "Oficina de Partes", "Archivo")))
    t = parts.truth(
        ctx,
        "oficio",
        "entrada",
        subject=subject,
        doc_number=core,
        sender=sender,
        sender_org=o.org,
        recipient=recipient,
        antecedents=ant,
    )
    footer = (f"{o.city} · {o.web}",) if ctx.chance(0.5) else ()
    return parts.doc(ctx, t, blocks, footer=footer)


COURTS = (
    ("Juzgado de Garantía de Calama", "Juez de Garantía", "pjud", "RIT",
     ("alcaldia", "juridica", "dom", "jpl")),
    ("Juzgado de Familia de Calama", "Jueza de Familia", "pjud", "RIT",
     ("dideco", "educacion", "salud")),
    ("Juzgado de Letras del Trabajo de Calama", "Juez del Trabajo", "pjud", "RIT",
     ("juridica", "administracion", "educacion", "salud")),
    ("Fiscalía Local de Calama", "Fiscal Adjunto", "seal", "RUC",
     ("alcaldia", "juridica", "dom", "dideco")),
    ("Carabineros de Chile, 1ª Comisaría Calama", "Mayor, Comisario", "carab", "Parte",
     ("transito", "jpl", "alcaldia")),
)  # fmt: skip
SELF = {"pjud": "este Tribunal", "seal": "esta Fiscalía", "carab": "esta Unidad policial"}


def _court(ctx: Ctx) -> tuple[str, str, str, str, tuple[str, ...]]:
    """A court (or the Fiscalía, or Carabineros) that deals with the matter's unit; if none
    does, the matter becomes one of a court's."""
    fitting = [c for c in COURTS if ctx.matter.unit in c[4]]
    if fitting:
        return ctx.rng.choice(fitting)
    court = ctx.rng.choice(COURTS)
    ctx.matter = topics.matter(
        ctx.rng, ctx.rng.choice([t for t in topics.TOPICS if t.unit in court[4]]), ctx.day.year
    )
    return court


COURT_ASKS = (
    "Solicita informe social respecto de {m}",
    "Oficia a fin de informar sobre {m}",
    "Remite resolución dictada en causa relativa a {m}",
    "Requiere antecedentes de {m}",
)


def _case(ctx: Ctx, case: str, court: str) -> str:
    """The case the paper is about: «RIT C-1234-2025», «RUC 2500123456-7», «Parte 812»."""
    if case == "RUC":
        ruc = f"{str(ctx.day.year)[2:]}00{ctx.rng.randint(1_000_000, 9_999_999)}"
        return f"RUC {ruc}-{ctx.rng.randint(0, 9)}"
    if case == "Parte":
        return f"Parte N° {ctx.rng.randint(300, 9000)}"
    letter = ctx.rng.choice({"C": ("C", "X"), "T": ("O", "T", "M")}.get(court, ("O",)))
    return f"RIT {letter}-{ctx.rng.randint(10, 2900)}-{ctx.day.year}"


def _fax(ctx: Ctx) -> tuple[str, str, str]:
    """The line a fax machine prints across the top of a sheet it sends."""
    d = ctx.day
    hour = f"{ctx.rng.randint(8, 18):02d}:{ctx.rng.randint(0, 59):02d}"
    sent = f"{d.day:02d}/{d.month:02d}/{d.year} {hour}"
    number = f"+56 55 2{ctx.rng.randint(100_000, 999_999)}"
    return f"{sent}  FAX {number}", f"P. 001/00{ctx.rng.randint(1, 3)}", ""


def oficio_judicial(ctx: Ctx) -> Doc:
    """A court's, the Fiscalía's or Carabineros' oficio: a case number above everything; a
    Family Court's or the Fiscalía's is now and then reserved."""
    org, post, emblem, case, _units = _court(ctx)
    n = ctx.rng.randint(120, 4900)
    core = str(n)
    rol = _case(ctx, case, "C" if "Familia" in org else "T" if "Trabajo" in org else "")
    reserved = "Familia" in org or "Fiscalía" in org
    reserved = reserved and ctx.chance(0.5)
    subject = cap(ctx.rng.choice(COURT_ASKS).format(m=ctx.matter.name))
    has_subject = ctx.chance(0.7)
    blocks: list[Block] = [
        parts.office_head(
            ctx, world.Office(org, "Poder Judicial" if emblem == "pjud" else "", post, emblem)
        )
    ]
    if reserved:
        blocks.append(Heading(ctx.pick("RESERVADO", "OFICIO RESERVADO"), "right", 1.0))
    lines = [
        f"{rol}",
        f"Oficio N° {core}-{ctx.day.year}" if ctx.chance(0.5) else f"OFICIO N° {core}",
        parts.dated(ctx),
    ]
    blocks.append(Column(tuple(lines), ctx.pick("right", "left"), 0.55, boxed=ctx.chance(0.4)))
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    if has_subject:
        blocks.append(
            Para(
                f"{ctx.pick('MAT.:', 'Materia:', 'Asunto:')} {subject}",
                align="left",
                bold=ctx.chance(0.5),
            )
        )
    blocks += body(ctx, SELF[emblem], request_last=not has_subject)
    boss = world.person(ctx.rng)
    sign, sender = parts.signed(ctx, boss, post, org)
    blocks.append(sign)
    if emblem == "pjud" and ctx.chance(0.5):
        blocks.append(Seal(("PODER JUDICIAL", org.split(" de ")[0].upper()[:20], "CALAMA")))
    t = parts.truth(
        ctx,
        "oficio_reservado" if reserved else "oficio",
        "entrada",
        subject=subject if has_subject else None,
        doc_number=core,
        sender=sender,
        sender_org=org,
        recipient=recipient,
        antecedents=rol,
        reserved=reserved,
    )
    return parts.doc(ctx, t, blocks, browser=_fax(ctx) if ctx.chance(0.35) else ("", "", ""))


def _cgr(ctx: Ctx, kind: str, n: int) -> tuple[str, str, str, str, str]:
    """(the org, the subject, the unit, the signer's post, the mark) of a Contraloría or
    Consejo para la Transparencia paper."""
    org, m = "Contraloría Regional de Antofagasta", ctx.matter.name
    if kind == "cplt":
        subject = f"Comunica amparo rol C{n}-{str(ctx.day.year)[2:]} sobre {m}"
        return (
            "Consejo para la Transparencia",
            subject,
            "administracion",
            "Director Jurídico",
            "ballot",
        )
    if kind == "dictamen":
        return org, f"Atiende presentación sobre {m}", "juridica", "Contralor Regional", "cgr"
    if kind == "informe":
        final = f"Informe Final N° {ctx.rng.randint(20, 480)}, de {ctx.day.year}"
        return (
            org,
            f"{final}, sobre auditoría a {m}".upper(),
            "control",
            "Contralor Regional",
            "cgr",
        )
    subject = f"Remite presentación sobre {m} y solicita informe"
    return org, subject, ctx.matter.unit, "Contralora Regional", "cgr"


def contraloria(ctx: Ctx) -> Doc:
    """The Contraloría Regional de Antofagasta (an oficio, a dictamen or an informe final)
    or the Consejo para la Transparencia (an oficio on an amparo)."""
    kind = ctx.rng.choice(("oficio", "dictamen", "informe", "cplt"))
    n = ctx.rng.randint(300, 9800)
    core = f"E{n}" if kind == "oficio" and ctx.chance(0.4) else str(n)
    org, subject, unit, post, emblem = _cgr(ctx, kind, n)
    blocks: list[Block] = [parts.office_head(ctx, world.Office(org, "", post, emblem))]
    label = {"dictamen": "DICTAMEN", "informe": "INFORME FINAL"}.get(kind, "OFICIO")
    if kind == "informe":
        blocks += [Heading(subject, "center", 1.5), Para(parts.dated(ctx), align="right")]
    else:
        blocks.append(
            Fields(
                (
                    (label, f"N° {core}"),
                    ("FECHA", parts.dated(ctx, place=False)),
                    (ctx.pick("REF.", "MAT."), subject),
                ),
                boxed=ctx.chance(0.5),
                side="right",
            )
        )
        blocks.append(Rule())
    addressed, recipient = parts.to_mayor(ctx)
    blocks.append(Para(addressed, align="left"))
    blocks += body(ctx, "este organismo" if emblem == "cgr" else "este Consejo")[:2]
    blocks.append(Para("Saluda atentamente a Ud.,", align="left"))
    boss = world.person(ctx.rng)
    sign, sender = parts.signed(ctx, boss, post, org)
    blocks.append(sign)
    if ctx.chance(0.5):
        blocks.append(parts.platform(ctx, boss.name))
    doc_type = {"dictamen": "dictamen", "informe": "informe"}.get(kind, "oficio")
    t = parts.truth(
        ctx,
        doc_type,
        "entrada",
        unit=unit,
        subject=subject,
        doc_number=core,
        sender=sender,
        sender_org=org,
        recipient=recipient,
    )
    return parts.doc(ctx, t, blocks)


def resolucion_servicio(ctx: Ctx) -> Doc:
    """A service's resolución exenta (SMA, SEA, SEREMI de Salud, DGA): the summary in
    capitals at the right, under the number."""
    o = ctx.rng.choice(world.offices_for(ctx.matter.unit))
    n = ctx.rng.randint(100, 2900)
    subject = ctx.rng.choice(
        (
            "Ordena medidas respecto de {m}",
            "Instruye a la Municipalidad de Calama sobre {m}",
            "Aprueba programa de trabajo relativo a {m}",
        )
    ).format(m=ctx.matter.name)
    blocks: list[Block] = [parts.office_head(ctx, o)]
    blocks.append(Column((f"RESOLUCIÓN EXENTA N° {n}", "", subject.upper()), "right", 0.55))
    blocks.append(Para(parts.dated(ctx), align="right"))
    blocks.append(
        Para(
            f"VISTOS: Lo dispuesto en la Ley N° 19.880; la Ley N° 19.300; los "
            f"antecedentes sobre {ctx.matter.other}.",
            indent=8,
        )
    )
    blocks.append(
        Para(
            f"CONSIDERANDO: 1° Que, {ctx.matter.detail[:1].lower()}{ctx.matter.detail[1:]} "
            "2° Que, es deber "
            "de este servicio adoptar las medidas que correspondan.",
            indent=8,
        )
    )
    blocks.append(Heading("RESUELVO:", "left", 0.5))
    blocks.append(
        Para(
            f"1.- {cap(subject)}. 2.- Notifíquese a la Municipalidad de Calama. "
            "ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.",
            left=6,
        )
    )
    sign, sender = parts.signed(ctx, world.person(ctx.rng), o.post, o.org)
    blocks.append(sign)
    t = parts.truth(
        ctx,
        "resolucion",
        "entrada",
        subject=subject.upper(),
        doc_number=str(n),
        sender=sender,
        sender_org=o.org,
    )
    return parts.doc(ctx, t, blocks)
