"""Oficios of courts, prosecutors and police to Putre: the Juzgado de Familia asking for a
social report or ordering a retention, the civil and labour courts, the Corte de
Apelaciones on a recurso de protección, another Juzgado de Policía Local's exhorto, the
Fiscalía with its RUC, and Carabineros («OBJ.:», «REF.: Parte N°»). Causes are cited as
«RIT C-123-2025», «ROL C-456-2024», «RUC 2500123456-7»; courts date in words («Arica,
veinte de marzo de dos mil veinticinco») and put the addressee at the foot.

Truth: an oficio (entrada); subject the MAT./OBJ. text, or none when the court states no
matter in the head; doc_number the oficio's number without its year; sender the post of
whoever signs first (the judge, the prosecutor, the officer), sender_org the court or unit;
recipient the addressee at the foot; antecedents the REF./ANT. text (not the cause's RIT,
which is no antecedent but the cause itself); unit the one that must comply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.devgen2.model import Box, Column, Fields, Head, Heading, Para, Signature, Signer, Space
from bench.devgen2.services import Service
from bench.devgen2.topics import Matter
from bench.devgen3.model import Banner
from bench.devgen4 import parts, topics, wording, world
from bench.devgen4.model import Block, Doc, Seal
from bench.devgen4.parts import Ctx


def _court(
    org: str,
    cargo: str,
    kind: str,
    *,
    female: bool = False,
    above: str = "Poder Judicial",
    emblem: str = "pjud",
    office: str = "",
) -> Service:
    """A court, prosecutor's office or police unit (``kind``: its key in COURTS)."""
    return Service(org, cargo, "Arica", (kind,), above, emblem, office, female=female)


COURTS: dict[str, Service] = {
    "familia": _court("Juzgado de Familia de Arica", "Jueza de Familia", "familia", female=True),
    "letras": _court("3° Juzgado de Letras de Arica", "Juez Titular", "letras"),
    "garantia": _court("Juzgado de Garantía de Arica", "Juez de Garantía", "garantia"),
    "trabajo": _court("Juzgado de Letras del Trabajo de Arica", "Jueza Titular", "trabajo",
                      female=True),
    "corte": _court("Corte de Apelaciones de Arica", "Ministro de Turno", "corte"),
    "jpl": _court("Primer Juzgado de Policía Local de Arica", "Juez de Policía Local", "jpl",
                  above="", emblem="seal"),
    "fiscalia": _court("Fiscalía Local de Arica", "Fiscal Adjunto", "fiscalia",
                       above="Ministerio Público", emblem="seal",
                       office="Fiscalía Regional de Arica y Parinacota"),
    "carab": _court("Tenencia Putre", "Teniente, Jefe Tenencia Putre", "carab",
                    above="Carabineros de Chile", emblem="carab", office="Prefectura Arica N° 1"),
}  # fmt: skip


@dataclass(frozen=True)
class Order:
    """What a court orders the municipality to do: the unit that complies, the MAT. a
    head would give it, what the oficio says is ordered, and the cause's matter."""

    court: str
    unit: str
    mat: str
    order: str
    cause: str


ORDERS = (
    Order("familia", "dideco", "Solicita informe social", "remita a este Tribunal, dentro de "
          "décimo día, un informe social del grupo familiar de {party}, domiciliado(a) en "
          "{addr}, comuna de Putre", "cuidado personal"),
    Order("familia", "dideco", "Solicita visita domiciliaria e informe", "practique una visita "
          "domiciliaria al hogar de {party}, en {addr}, e informe sobre las condiciones de "
          "habitabilidad y la red de apoyo familiar", "medida de protección"),
    Order("familia", "daf", "Ordena retención de remuneraciones", "retenga mensualmente de las "
          "remuneraciones del funcionario municipal {party} el 40% de ellas por concepto de "
          "pensión de alimentos, y deposite lo retenido en la cuenta que se indica", "alimentos"),
    Order("familia", "salud", "Solicita informe de controles de salud", "remita un informe de "
          "los controles de salud y de la asistencia al CESFAM Putre del niño {party}",
          "medida de protección"),
    Order("letras", "dom", "Solicita informe sobre permisos de edificación", "informe si el "
          "inmueble ubicado en {addr}, comuna de Putre, cuenta con permiso de edificación y "
          "recepción final", "precario"),
    Order("letras", "daf", "Notifica embargo de créditos", "se abstenga de pagar a {empresa} "
          "las sumas que le adeude, por haberse trabado embargo sobre ellas", "juicio ejecutivo"),
    Order("letras", "juridica", "", "notificar a esa Municipalidad la demanda de indemnización "
          "de perjuicios interpuesta en su contra por {party}", "indemnización de perjuicios"),
    Order("garantia", "transito", "Solicita antecedentes de licencia de conducir", "remita copia "
          "de los antecedentes del otorgamiento de la licencia de conducir de {party}",
          "conducción en estado de ebriedad"),
    Order("trabajo", "juridica", "Notifica demanda y cita a audiencia preparatoria", "notificar "
          "la demanda por despido injustificado deducida por {party} y citar a esa Municipalidad "
          "a la audiencia preparatoria", "despido injustificado"),
    Order("trabajo", "daf", "", "remita las liquidaciones de remuneraciones y los contratos de "
          "{party} de los últimos doce meses", "cobro de prestaciones"),
    Order("corte", "juridica", "Solicita informe en recurso de protección", "informe al tenor "
          "del recurso de protección deducido por {party} en contra de esa Municipalidad, "
          "dentro de quinto día, acompañando los antecedentes que obren en su poder",
          "protección"),
    Order("jpl", "jpl", "Exhorto", "practique la notificación de {party}, domiciliado(a) en "
          "{addr}, comuna de Putre, de la denuncia por infracción a la Ley de Tránsito "
          "deducida en su contra", "infracción a la Ley N° 18.290"),
    Order("fiscalia", "transito", "Solicita información de permisos de circulación", "informe "
          "los permisos de circulación otorgados al vehículo placa patente {ppu} y la "
          "identidad de su propietario", "receptación de vehículo"),
    Order("fiscalia", "dom", "Solicita antecedentes de obra", "remita copia del expediente de "
          "edificación del inmueble de {addr}, comuna de Putre", "daños"),
    Order("fiscalia", "juridica", "Solicita antecedentes", "remita copia de los decretos de "
          "pago y órdenes de compra emitidos a {empresa} durante el año {year}",
          "fraude al fisco"),
    Order("carab", "jpl", "Remite Parte Denuncia N° {parte}", "pongo a disposición de ese "
          "Juzgado el Parte Denuncia N° {parte}, cursado a {party} por infracción a la Ley de "
          "Tránsito en la Ruta 11-CH", "infracción a la Ley N° 18.290"),
    Order("carab", "transito", "Informa accidente y solicita reponer señalización", "informo "
          "que en la Ruta 11-CH, acceso a Putre, se registró un accidente de tránsito y que la "
          "señalización del sector se encuentra destruida, por lo que solicito su reposición",
          ""),
    Order("carab", "alcaldia", "Informa servicio policial para festividad", "informo el "
          "servicio policial que se dispondrá con motivo de la fiesta patronal de {sector}, y "
          "solicito coordinar el cierre de calles con el municipio", ""),
    Order("carab", "dom", "Informa riesgo de derrumbe", "informo que el muro de adobe del "
          "inmueble de {addr} presenta riesgo de derrumbe sobre la vía pública", ""),
)  # fmt: skip


def _cause(ctx: Ctx, court: str) -> list[str]:
    """The cause's lines: RIT, ROL or RUC as that court writes them."""
    y, n = ctx.day.year, ctx.rng.randint(12, 2400)
    ruc = f"{y % 100}00{ctx.rng.randint(100000, 999999)}-{ctx.rng.randint(0, 9)}"
    family = f"{y % 100}-2-{ctx.rng.randint(1000000, 9999999)}-{ctx.rng.randint(0, 9)}"
    causes = {
        "familia": [f"RIT: {ctx.pick('C', 'C', 'P', 'Z')}-{n}-{y}", f"RUC: {family}"],
        "letras": [f"ROL: C-{n}-{y - ctx.rng.randint(0, 1)}"],
        "garantia": [f"RIT: O-{n}-{y}", f"RUC: {ruc}"],
        "trabajo": [
            f"RIT: {ctx.pick('O', 'T', 'M')}-{n % 400}-{y}",
            f"RUC: {y % 100}-4-{ctx.rng.randint(1000000, 9999999)}-{ctx.rng.randint(0, 9)}",
        ],
        "corte": [f"Rol N° {n}-{y} (Protección)"],
        "jpl": [f"Causa Rol N° {ctx.rng.randint(1000, 29000)}-{y}"],
        "fiscalia": [f"RUC N° {ruc}"],
        "carab": [],
    }
    return causes[court]


def _addressee(ctx: Ctx, unit: str) -> tuple[str, str]:
    """(the addressee at the foot, the recipient as registered: its first two lines)."""
    u = world.UNITS[unit]
    mayor = ("AL SEÑOR", "ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE PUTRE")
    if unit == "jpl":
        lines = ("AL SEÑOR", "JUEZ DE POLICÍA LOCAL DE PUTRE")
    elif unit != "alcaldia" and ctx.chance(0.45):
        lines = ("A LA SEÑORA" if u.chief.female else "AL SEÑOR", u.post.upper())
    else:
        lines = mayor
    last = ctx.pick("PRESENTE", "PUTRE", "I. MUNICIPALIDAD DE PUTRE\nPUTRE")
    if lines == mayor:
        last = ctx.pick("PRESENTE", "PUTRE")
    return "\n".join((*lines, last)), " ".join(lines)


def _body(ctx: Ctx, o: Order, values: dict[str, str], cause: list[str]) -> list[str]:
    what = o.order.format(**values)
    titled = (
        f", caratulada «{values['title']}»," if o.court in ("familia", "letras", "trabajo") else ""
    )
    on = f" sobre {o.cause}" if o.cause else ""
    if o.court == "carab":
        return [
            f"Por medio del presente, {what}.",
            "Se adjunta set fotográfico del procedimiento."
            if o.unit in ("jpl", "dom") and ctx.chance(0.5)
            else "Lo anterior, para su conocimiento y fines que estime pertinentes.",
        ]
    ref = cause[0].replace(":", "") if cause else ""
    if o.court == "fiscalia":
        return [
            f"En el marco de la investigación {ref}{on}, y de conformidad con el "
            "artículo 180 del Código Procesal Penal, solicito a usted que "
            f"{what}.",
            "La información deberá remitirse dentro de diez días hábiles al "
            "correo electrónico de esta Fiscalía, indicando el RUC de la causa.",
        ]
    return [
        f"Por resolución de esta fecha, dictada en la causa {ref}{titled}{on}, se ha "
        + (
            f"ordenado {what}."
            if what.startswith("notificar")
            else f"ordenado oficiar a usted a fin de que {what}."
        ),
        ctx.pick(
            "Lo que comunico a usted para su conocimiento y fines pertinentes.",
            "Saluda atentamente a usted.",
            "Se hace presente que el incumplimiento de lo ordenado podrá ser "
            "sancionado conforme a la ley.",
        ),
    ]


def _values(ctx: Ctx, o: Order) -> dict[str, str]:
    """What the order's placeholders stand for; the party's RUN only if the order names it."""
    party, other = world.person(ctx.rng), world.person(ctx.rng)
    street, sector = world.address(ctx.rng)
    who = f"{'doña' if party.female else 'don'} {party.name}"
    if ctx.chance(0.4) and "{party}" in o.order:
        who += f", RUN {ctx.rut(world.person_rut(ctx.rng))}"
    title = f"{party.name.split()[-2].upper()} con {other.name.split()[-2].upper()}"
    company, _prefix = ctx.rng.choice(world.COMPANIES)
    return {
        "party": who,
        "addr": f"{street}, {sector}",
        "sector": ctx.matter.sector,
        "ppu": "".join(ctx.rng.choice("BCDFGHJKLPRSTVWXYZ") for _ in range(4))
        + f"-{ctx.rng.randint(10, 99)}",
        "empresa": company,
        "year": str(ctx.day.year - 1),
        "title": title,
        "parte": str(ctx.rng.randint(100, 2900)),
    }


def _head(
    ctx: Ctx, o: Order, s: Service, no: str, cause: list[str], mat: str, ant: str | None
) -> list[Block]:
    """Four arrangements: the court's block left and the number column right; the date
    first and the number centred; the prosecutor's banner; the police's column."""
    city = "Putre" if o.court == "carab" else "Arica"
    when = wording.court_date(ctx.rng, ctx.pick(city, city.upper()), ctx.day)
    lines = tuple(x for x in (s.above.upper(), s.office.upper(), s.org.upper()) if x)
    label = "OBJ.:" if o.court == "carab" else ctx.pick("MAT.:", "MAT.:", "MATERIA:")
    labelled = ([f"{label} {mat}"] if mat else []) + (
        [f"{'REF.:' if o.court == 'carab' else 'ANT.:'} {ant}"] if ant else []
    )
    head = Head(lines, s.emblem if ctx.chance(0.8) else "none", "left")
    if o.court == "fiscalia" and ctx.chance(0.6):
        return [
            Banner(lines, (no, *cause, "", *labelled, "", when), s.emblem, 0.45, right_bold=False)
        ]
    if o.court != "carab" and ctx.chance(0.4):
        rows = tuple(_row(x) for x in cause)
        return [
            head,
            Para(when, align="right"),
            Heading(no, size=1),
            Fields((*rows, (label, mat)) if mat else rows, boxed=ctx.chance(0.3)),
            *([Para(f"ANT.: {ant}", align="left")] if ant else []),
        ]
    return [head, Column((no, *cause, *labelled, "", when), "right", ctx.rng.choice((0.45, 0.5)))]


def _row(line: str) -> tuple[str, str]:
    """«RIT: C-12-2025» or «Rol N° 123-2025» as a (label, value) row."""
    if ":" in line:
        label, _sep, value = line.partition(":")
        return f"{label}:", value.strip()
    label, _sep, value = line.partition(" N° ")
    return f"{label} N°:", value


def _number(ctx: Ctx, court: str) -> tuple[str, str]:
    """(the number as printed, the number for the truth)."""
    num = str(ctx.rng.randint(8, 3900) if court != "carab" else ctx.rng.randint(4, 460))
    y = ctx.day.year
    label = ctx.pick("OFICIO", "Oficio", "OF.") if court != "carab" else "OFICIO"
    tail = ctx.pick(f"-{y}", f"/{y}", f" / {y}", "") if court != "carab" else ctx.pick("/", "")
    return f"{label} {wording.sign(ctx.rng)} {wording.printed(ctx.rng, num)}{tail}", num


def _signers(ctx: Ctx, o: Order, s: Service) -> tuple[list[Block], str]:
    """The signatures (a judge with the court's ministro de fe), and the sender's post."""
    first = world.person(ctx.rng, female=s.female)
    post = s.cargo + (" (S)" if ctx.chance(0.12) else "")
    signers = [Signer(first.name.upper(), post, s.org)]
    if o.court in ("familia", "letras", "trabajo", "corte", "jpl") and ctx.chance(0.7):
        second = world.person(ctx.rng)
        faith = ctx.pick("Secretario(a)", "Ministro de Fe", "Jefe(a) de Unidad de Causas")
        signers.append(Signer(second.name.upper(), faith, s.org))
    blocks: list[Block] = [Signature(tuple(signers), "center", rule=ctx.chance(0.4))]
    if s.emblem == "pjud" and ctx.chance(0.6):
        code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))
        blocks.append(
            Box(
                (
                    "Este documento tiene firma electrónica y su original puede ser "
                    "validado en http://verificadoc.pjud.cl",
                    f"Código: {code}",
                )
            )
        )
    elif ctx.chance(0.5):
        blocks.insert(
            0,
            Seal(
                (s.org.upper()[:22], s.org.upper()[22:44], "ARICA")
                if len(s.org) > 22
                else (s.org.upper(), s.city.upper())
            ),
        )
    return blocks, post


def oficio_tribunal(ctx: Ctx, *, police: bool = False) -> Doc:
    """A court's or the prosecutor's oficio (``police``: Carabineros')."""
    pool = [o for o in ORDERS if (o.court == "carab") == police]
    o = ctx.rng.choice(pool)
    s = COURTS[o.court]
    ctx.matter = _matter_for(ctx, o.unit)
    values = _values(ctx, o)
    cause = _cause(ctx, o.court)
    printed_no, num = _number(ctx, o.court)
    stated = police or o.court == "fiscalia" or ctx.chance(0.45)
    mat = o.mat.format(**values) if o.mat and stated else ""
    ant = None
    if police and ctx.chance(0.5):
        past = wording.earlier(ctx.rng, ctx.day)
        ant = f"Procedimiento de fecha {wording.long_date(past)}, Parte N° {values['parte']}."
    elif o.court == "fiscalia" and ctx.chance(0.4):
        ant = f"Denuncia {cause[0]}."
    blocks = _head(ctx, o, s, printed_no, cause, mat, ant)
    blocks += [Para(p, indent=ctx.rng.choice((0.0, 15.0))) for p in _body(ctx, o, values, cause)]
    signed, post = _signers(ctx, o, s)
    blocks += signed
    to, recipient = _addressee(ctx, o.unit)
    blocks += [Space(5), Para(to, align="left", bold=True)]
    fields: dict[str, Any] = {"subject": mat or None, "doc_number": num, "sender": post}
    fields |= {"sender_org": s.org, "recipient": recipient, "antecedents": ant}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    footer = ("www.pjud.cl",) if s.emblem == "pjud" and ctx.chance(0.4) else ()
    return parts.doc(ctx, t, blocks, footer=footer)


def oficio_policial(ctx: Ctx) -> Doc:
    """Carabineros' oficio: «OBJ.:», «REF.: Parte N°», the addressee at the foot."""
    return oficio_tribunal(ctx, police=True)


def _matter_for(ctx: Ctx, unit: str) -> Matter:
    """A matter of the unit that complies (the truth's unit and topic follow it)."""
    return topics.pick(ctx.rng, ctx.day.year, unit, public=True)
