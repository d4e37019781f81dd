"""The Contraloría Regional del Libertador General Bernardo O'Higgins (oficios asking for a
report, dictámenes answering a question of law, final audit reports) and the Consejo para la
Transparencia (an amparo's transfer and its decision). A dictamen's subject is its summary
line; an audit report's its title; an amparo's decision registers its rol."""

from __future__ import annotations

from bench.devgen2.model import Fields, Head, Para, Space, Table
from bench.devgen3.model import Grid
from bench.devgen4.model import Block, Break, Doc
from bench.sealgen import parts, topics, world
from bench.sealgen.parts import Ctx

CGR = "Contraloría Regional del Libertador General Bernardo O'Higgins"
CPLT = "Consejo para la Transparencia"


def _cgr_head(ctx: Ctx) -> Head:
    lines = ("CONTRALORÍA GENERAL DE LA REPÚBLICA", ctx.pick(CGR, CGR.upper()))
    return Head(lines, "cgr", ctx.pick("left", "center"), "", ctx.chance(0.5))


def _cgr_oficio(ctx: Ctx) -> Doc:
    ref = f"W{ctx.rng.randint(100000, 999999)}/{ctx.day.year}"
    n = f"E{ctx.rng.randint(10000, 99999)}"
    subject = (
        ctx.pick("Solicita informe sobre", "Requiere antecedentes de", "Atiende presentación sobre")
        + f" {ctx.matter.name}"
    )
    blocks: list[Block] = [_cgr_head(ctx)]
    blocks.append(
        Grid(
            (
                ("OFICIO N°", f"{n}/{ctx.day.year}"),
                ("REF.", ref),
                ("MAT.", subject),
                ("FECHA", world.short_date(ctx.rng, ctx.day)),
            )
        )
    )
    to_lines, recipient = parts.to_mayor(ctx)
    blocks += [Space(3), Para(to_lines, align="left"), Space(2)]
    blocks.append(
        Para(
            f"Se ha dirigido a esta Sede Regional un particular para denunciar "
            f"eventuales irregularidades en {ctx.matter.name}. {ctx.matter.detail}"
        )
    )
    blocks.append(
        Para(
            "Con el objeto de resolver, se solicita a esa entidad edilicia emitir un "
            "informe dentro del plazo de quince días hábiles, adjuntando los "
            "documentos que lo respalden."
        )
    )
    sig, sender = parts.signed(ctx, world.person(ctx.rng), "Contralor Regional", CGR)
    blocks += [Space(6), sig]
    t = parts.truth(
        ctx,
        "oficio",
        "entrada",
        subject=subject,
        doc_number=n,
        sender=sender,
        sender_org=CGR,
        recipient=recipient,
        antecedents=ref,
    )
    return parts.doc(ctx, t, blocks)


# (the unit that must act on it, the dictamen's summary)
RULINGS = (
    ("administracion", "No procede el pago de horas extraordinarias a servidores a honorarios "
     "de la Municipalidad de Pichilemu."),
    ("juridica", "Municipalidad de Pichilemu debe ajustar a derecho los permisos otorgados "
     "sobre bienes nacionales de uso público en el borde costero."),
    ("juridica", "Se atiende consulta sobre {name}, conforme se indica."),
    ("educacion", "Asistentes de la educación del Departamento de Educación de Pichilemu tienen "
     "derecho a la asignación reclamada."),
    ("salud", "Procede que el Departamento de Salud de Pichilemu pague la asignación de "
     "atención primaria a los funcionarios que indica."),
    ("daf", "No resulta procedente eximir del pago de derechos municipales a los comerciantes "
     "de la costanera de Pichilemu."),
)  # fmt: skip


def _ruling_body(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    sources = ctx.pick(
        "Fuentes: Ley N° 18.695, art. 63; Ley N° 18.883.",
        "Fuentes: DFL N° 340, de 1960; Ley N° 19.880.",
    )
    asked = (
        "Se ha dirigido a esta Contraloría Regional el Alcalde de la Municipalidad de Pichilemu "
        f"consultando acerca de {m.name}."
    )
    answer = (
        f"Requerido su informe, la entidad expresa que {m.detail[:1].lower()}{m.detail[1:]} "
        "Sobre el particular, cabe recordar que las municipalidades deben ajustar su actuar al "
        "principio de juridicidad."
    )
    then = (
        "En consecuencia, corresponde que ese municipio adopte las medidas señaladas e informe "
        "a esta Sede Regional en el plazo de treinta días."
    )
    return [Para(sources, size=-1), Para(asked), Para(answer), Para(then)]


def _dictamen(ctx: Ctx) -> Doc:
    unit, summary = ctx.rng.choice(RULINGS)
    ctx.matter = topics.pick(ctx.rng, unit, ctx.day.year)
    summary = summary.format(name=ctx.matter.name)
    n = f"E{ctx.rng.randint(100000, 599999)}"
    rows = (("DICTAMEN N°", f"{n}, de {world.short_date(ctx.rng, ctx.day)}"), ("Materia", summary))
    blocks: list[Block] = [_cgr_head(ctx), Space(2), Fields(rows, boxed=ctx.chance(0.5))]
    blocks += _ruling_body(ctx)
    sig, sender = parts.signed(ctx, world.person(ctx.rng), "Contralor Regional", CGR)
    blocks += [Space(6), sig]
    fields = {"subject": summary, "doc_number": n, "sender": sender, "sender_org": CGR}
    t = parts.truth(ctx, "dictamen", "entrada", **fields)
    return parts.doc(ctx, t, blocks)


def _informe(ctx: Ctx) -> Doc:
    ctx.matter = topics.pick(ctx.rng, "control", ctx.day.year)
    n = str(ctx.rng.randint(80, 990))
    title = ctx.pick("Informe Final", "INFORME FINAL", "Informe de Investigación Especial")
    title += f" N° {n}, de {ctx.day.year}, sobre auditoría a " + ctx.pick(
        "los gastos de la temporada estival",
        "las horas extraordinarias del personal",
        "la concesión de playas",
        "los fondos del programa de camiones aljibe",
    )
    blocks: list[Block] = [_cgr_head(ctx), Para(title, bold=True, align="center", size=1)]
    blocks.append(Para(f"{world.dated(ctx.rng, ctx.day, 'Rancagua')}", align="right"))
    blocks.append(Para("RESUMEN EJECUTIVO", bold=True))
    blocks.append(
        Para(
            "El examen tuvo por objeto verificar que las operaciones se ajustaran a "
            "la normativa y estuvieran debidamente acreditadas. Se detectaron las "
            "observaciones que se resumen en el cuadro siguiente."
        )
    )
    rows = [("Observación", "Materia", "Complejidad")]
    for i in range(ctx.rng.randint(3, 6)):
        rows.append(
            (
                f"{i + 1}.{ctx.rng.randint(1, 4)}",
                ctx.pick(
                    "Falta de recepción conforme",
                    "Pagos sin respaldo",
                    "Contratos sin decreto aprobatorio",
                    "Horas sin registro",
                ),
                ctx.pick("Altamente compleja", "Compleja", "Medianamente compleja"),
            )
        )
    blocks += [Table(tuple(rows)), Break(), Para("CONCLUSIONES", bold=True)]
    blocks.append(
        Para(
            "La Municipalidad de Pichilemu deberá remitir en el plazo de sesenta días "
            "hábiles el informe de estado de observaciones a través del sistema de "
            "seguimiento."
        )
    )
    sig, sender = parts.signed(ctx, world.person(ctx.rng), "Jefa de Unidad de Control Externo")
    blocks += [Space(6), sig]
    t = parts.truth(
        ctx, "informe", "entrada", subject=title, doc_number=n, sender=sender, sender_org=CGR
    )
    return parts.doc(ctx, t, blocks)


def _decision(ctx: Ctx, head: Head, rol: str, who: str) -> Doc:
    """The Consejo's decision on an amparo: its rol is its subject and its number."""
    subject = f"DECISIÓN AMPARO ROL {rol}"
    rows = (
        ("Entidad pública", "Municipalidad de Pichilemu"),
        ("Requirente", who),
        ("Ingreso", world.short_date(ctx.rng, ctx.day)),
    )
    decided = (
        "El Consejo Directivo acoge parcialmente el amparo y requiere al Sr. Alcalde entregar "
        "la información sobre las concesiones de playa otorgadas en la temporada, dentro de "
        "diez días hábiles."
    )
    sig, sender = parts.signed(ctx, world.person(ctx.rng), "Director General", CPLT)
    blocks: list[Block] = [head, Para(subject, bold=True, align="center", size=1)]
    blocks += [Fields(rows), Para(decided), Space(6), sig]
    fields = {"subject": subject, "doc_number": rol, "sender": sender, "sender_org": CPLT}
    return parts.doc(ctx, parts.truth(ctx, "resolucion", "entrada", **fields), blocks)


def _amparo(ctx: Ctx) -> Doc:
    ctx.matter = topics.pick(ctx.rng, "administracion", ctx.day.year)
    rol = f"C{ctx.rng.randint(1000, 9999)}-{str(ctx.day.year)[2:]}"
    who = world.person(ctx.rng).name
    head = Head((CPLT, "Dirección Jurídica"), "none", "left", "", True)
    if ctx.chance(0.5):
        return _decision(ctx, head, rol, who)
    n = f"E{ctx.rng.randint(1000, 29999)}"
    subject = "Confiere traslado de amparo y solicita descargos"
    ant = f"Amparo rol {rol}, de {who}"
    to_lines, recipient = parts.to_mayor(ctx)
    said = (
        f"{who} dedujo amparo a su derecho de acceso a la información en contra de ese "
        "municipio. Se confiere traslado por diez días hábiles."
    )
    sig, sender = parts.signed(ctx, world.person(ctx.rng), "Director Jurídico", CPLT)
    rows = (("OFICIO N°", n), ("ANT.", ant), ("MAT.", subject))
    blocks: list[Block] = [head, Fields(rows, side="right"), Para(to_lines, align="left")]
    blocks += [Para(said), Space(6), sig]
    fields = {"subject": subject, "doc_number": n, "sender": sender, "sender_org": CPLT}
    t = parts.truth(ctx, "oficio", "entrada", recipient=recipient, antecedents=ant, **fields)
    return parts.doc(ctx, t, blocks)


def oficio_contraloria(ctx: Ctx) -> Doc:
    """One of the oversight papers, dealt in proportion."""
    which = ctx.rng.choices((_cgr_oficio, _dictamen, _informe, _amparo), (3, 2, 2, 2))[0]
    return which(ctx)
