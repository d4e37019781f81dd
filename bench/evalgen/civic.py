"""Documents of people and of the Concejo: cartas, reclamos, solicitudes (Ley 20.285 and
Ley del Lobby), actas, convenios and ordenanzas."""

from __future__ import annotations

import random
from datetime import timedelta

from bench.evalgen import people as pp
from bench.evalgen.base import (
    EvalTruth,
    muni_footer,
    muni_letterhead,
    pick,
    place_date,
    service_letterhead,
    sheet,
)
from bench.evalgen.official import Made
from bench.evalgen.render import (
    Fields,
    Gap,
    Grid,
    HeaderRow,
    Items,
    Letterhead,
    Para,
    Signature,
    Small,
    Title,
)
from bench.evalgen.topics import topic

_HAND = ("LiberationSans", "DejaVuSans", "LiberationSerif", "LiberationMono", "DejaVuCond")
REF_OPENERS = (
    "Solicitud relativa a",
    "Presentación sobre",
    "Consulta por",
    "Solicita",
    "Petición sobre",
)


def _addressee(rng: random.Random, mayor: pp.Person) -> str:
    title = "Alcaldesa" if mayor.female else "Alcalde"
    return pick(
        rng,
        (
            f"Señor(a)\n{mayor.name}\n{title} de la {pp.MUNICIPALITY}\nPRESENTE",
            f"SR. {title.upper()}\n{pp.MUNICIPALITY.upper()}\nPresente",
            f"A la {pp.MUNICIPALITY}\nAtención: {title}\nPresente",
            "Señores\nOficina de Partes\nMunicipalidad de Licantén\nPresente",
        ),
    )


def _contact(rng: random.Random, who: pp.Person) -> tuple[str, ...]:
    lines = [f"**{who.name}", f"RUT {pp.rut(rng)}"]
    if rng.random() < 0.8:
        lines.append(pp.address(rng))
    if rng.random() < 0.7:
        lines.append(f"Fono {pp.phone(rng)}")
    if rng.random() < 0.6:
        lines.append(pp.email(rng, who))
    return tuple(lines)


def carta(rng: random.Random) -> Made:
    kind = rng.choice(("vecino", "vecino", "organizacion", "empresa"))
    d = pp.when(rng)
    who, mayor = pp.person(rng), pp.person(rng)
    s = sheet(rng, fonts=_HAND)
    org: str | None = None
    if kind == "vecino":
        t = topic(rng, citizen=True)
        ask = f"solicitar {t.citizen}" if not t.complaint else f"exponer {t.citizen}"
    else:
        t = topic(rng, rng.choice(("daf", "secplan", "dom")) if kind == "empresa" else None)
        org = rng.choice(pp.COMPANIES) if kind == "empresa" else rng.choice(pp.ORGS)
        ask = f"plantearle lo relativo a {t.matter}"
        second = (
            f"RUT {pp.rut(rng)}"
            if kind == "empresa"
            else f"Personalidad Jurídica N° {rng.randint(12, 480)}"
        )
        s.add(
            Letterhead(
                ("**" + org.upper(), second, pp.address(rng)), align=rng.choice(("left", "center"))
            )
        )
    place = rng.choice((pp.COMMUNE, pp.COMMUNE, "Iloca", "Curicó", "Duao"))
    s.add(Para(place_date(rng, d, place), align="right"))
    s.add(Gap(6))
    s.add(Para(_addressee(rng, mayor), align="left", bold=rng.random() < 0.3))
    subject: str | None = None
    if rng.random() < 0.75:
        subject = f"{pick(rng, REF_OPENERS)} {t.matter}"
        label = pick(rng, ("Ref.:", "REF.:", "Asunto:", "Materia:", "MAT.:"))
        s.add(Para(f"{label} {subject}", align=rng.choice(("left", "right")), bold=True))
    s.add(
        Para(
            pick(
                rng,
                (
                    "De mi consideración:",
                    "Estimado señor Alcalde:",
                    "Junto con saludar:",
                    "Señor Alcalde:",
                    "Muy señor mío:",
                ),
            ),
            align="left",
        )
    )
    s.add(
        Para(
            f"{'Quien suscribe' if kind == 'vecino' else 'En representación de ' + str(org)}, "
            f"me dirijo a usted para {ask}. {t.detail}",
            first=rng.choice((0.0, 1.0)),
        )
    )
    s.add(
        Para(
            pick(
                rng,
                (
                    "Agradeciendo de antemano su atención, y esperando una pronta "
                    "respuesta, le saluda atentamente,",
                    "Quedo atento(a) a su respuesta. Saluda cordialmente,",
                    "Sin otro particular, se despide atentamente,",
                ),
            ),
            align="left",
        )
    )
    s.add(Signature(_contact(rng, who), align=rng.choice(("center", "left", "right"))))
    if rng.random() < 0.3:
        s.add(Small(("Adj.: fotocopia de cédula de identidad; fotografías.",)))
    truth = EvalTruth(
        kind="carta",
        doc_type="carta",
        direction="entrada",
        unit=t.unit,
        subject=subject,
        doc_number=None,
        doc_date=d,
        sender=who.name,
        sender_org=org,
        layout=kind,
    )
    return s, truth


def reclamo(rng: random.Random) -> Made:
    t = topic(rng, citizen=True, complaint=True)
    clause = (t.citizen or t.matter).split(",")[0].split(":")[0]
    d = pp.when(rng)
    who = pp.person(rng)
    s = sheet(rng, fonts=_HAND)
    layout = rng.choice(("oirs", "oirs", "carta"))
    if layout == "oirs":
        subject = clause[:1].upper() + clause[1:]
        s.add(muni_letterhead(rng, None))
        s.add(
            Title(
                pick(
                    rng,
                    (
                        "FORMULARIO OIRS",
                        "OFICINA DE INFORMACIONES, RECLAMOS Y SUGERENCIAS (OIRS)",
                        "FORMULARIO DE RECLAMOS Y SUGERENCIAS",
                    ),
                ),
                grow=1.5,
            )
        )
        s.add(
            Para(
                "Tipo de presentación:   [X] Reclamo   [  ] Sugerencia   [  ] Felicitación   "
                "[  ] Consulta",
                align="left",
            )
        )
        rows = [
            ("Fecha", pp.written_date(rng, d)),
            ("Nombre", who.name),
            ("RUT", pp.rut(rng)),
            ("Domicilio", pp.address(rng)),
            ("Teléfono", pp.phone(rng)),
            ("Motivo", subject),
        ]
        if rng.random() < 0.3:
            rows.append(("Unidad involucrada", pp.unit_name(t.unit)))
        s.add(Fields(tuple(rows), boxed=True, label_width=3.6))
        s.add(Para("Descripción de los hechos:", bold=True, align="left"))
        s.add(
            Para(
                f"Vengo a reclamar por {t.citizen}. {t.detail} Ya lo había informado "
                f"antes y no he tenido respuesta.",
                indent=0.3,
            )
        )
        s.add(
            Para(
                "Solicitud concreta: que se solucione a la brevedad y se me informe por escrito.",
                indent=0.3,
            )
        )
        s.add(Signature((f"**{who.name}", "Firma del reclamante")))
        s.add(
            Small(
                (
                    "Plazo de respuesta: 10 días hábiles (Ley N° 19.880).",
                    "Uso interno: recibido por ____________",
                )
            )
        )
    else:
        subject = f"Reclamo por {clause}"
        s.add(Para(place_date(rng, d), align="right"))
        s.add(Para(_addressee(rng, pp.person(rng)), align="left"))
        s.add(
            Para(
                f"{pick(rng, ('Asunto:', 'REF.:', 'Materia:'))} {subject}", bold=True, align="left"
            )
        )
        s.add(
            Para(
                f"Por medio de la presente, vengo en presentar un reclamo formal por {t.citizen}. "
                f"{t.detail} Solicito que se adopten las medidas necesarias."
            )
        )
        s.add(Para("Atentamente,", align="left"))
        s.add(Signature(_contact(rng, who), align="left"))
    truth = EvalTruth(
        kind="reclamo",
        doc_type="reclamo",
        direction="entrada",
        unit=t.unit,
        subject=subject,
        doc_number=None,
        doc_date=d,
        sender=who.name,
        layout=layout,
    )
    return s, truth


def _information(rng: random.Random) -> str:
    t = topic(rng)
    year = rng.choice((2023, 2024, 2025))
    return pick(
        rng,
        (
            f"Copia del expediente completo de {t.matter}",
            f"Copia de los decretos y contratos relacionados con {t.matter}",
            f"Monto total pagado a {rng.choice(pp.COMPANIES)} durante el año {year}, con "
            "detalle de facturas",
            f"Nómina de personas contratadas a honorarios en la "
            f"{pp.unit_name(t.unit)} durante {year}",
            f"Actas de las sesiones del Concejo Municipal en que se trató {t.matter}",
            f"Informes técnicos emitidos respecto de {t.matter}",
            f"Listado de permisos de edificación otorgados en {rng.choice(pp.SECTORS)} durante "
            f"{year}",
        ),
    )


def solicitud_transparencia(rng: random.Random) -> Made:
    d = pp.when(rng)
    who = pp.person(rng)
    info = _information(rng)
    s = sheet(rng, fonts=("LiberationSans", "DejaVuSans", "DejaVuCond", "LiberationNarrow"))
    layout = rng.choice(("portal", "formulario", "carta"))
    number: str | None = None
    if layout == "portal":
        number = f"MU{rng.randint(100, 345)}T{rng.randint(0, 9999999):07d}"
        s.add(
            Letterhead(
                ("**Portal de Transparencia del Estado", "Consejo para la Transparencia"),
                logo="bar",
            )
        )
        s.add(Title("Comprobante de Solicitud de Acceso a la Información Pública", grow=1))
        s.add(
            Fields(
                (
                    ("N° de solicitud", number),
                    (
                        "Fecha de ingreso",
                        f"{pp.written_date(rng, d)} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
                    ),
                    ("Organismo", pp.MUNICIPALITY),
                    ("Nombre solicitante", who.name),
                    ("Correo electrónico", pp.email(rng, who)),
                    ("Información solicitada", info),
                    (
                        "Formato de entrega",
                        pick(rng, ("Archivo PDF", "Planilla Excel", "Copia en papel")),
                    ),
                    ("Medio de envío", "Correo electrónico"),
                ),
                boxed=True,
                label_width=4.2,
            )
        )
        s.add(
            Para(
                "Plazo de respuesta: 20 días hábiles, prorrogable por 10 días hábiles "
                "(artículo 14 de la Ley N° 20.285).",
                grow=-1,
            )
        )
    elif layout == "formulario":
        s.add(muni_letterhead(rng, None))
        s.add(Title("FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA", grow=1))
        s.add(
            Para("Ley N° 20.285 sobre Acceso a la Información Pública", align="center", italic=True)
        )
        s.add(
            Grid(
                (
                    ("1. Nombre completo", who.name),
                    ("2. RUT", pp.rut(rng)),
                    ("3. Dirección", pp.address(rng)),
                    ("4. Correo electrónico", pp.email(rng, who)),
                    ("5. Identificación clara de la información que se solicita", info),
                    ("6. Fecha", pp.written_date(rng, d)),
                ),
                header=False,
                widths=(0.35, 0.65),
            )
        )
        s.add(Para("[X] Deseo recibir la información por correo electrónico", align="left"))
        s.add(Signature((who.name, "Firma del solicitante")))
    else:
        s.add(Para(place_date(rng, d), align="right"))
        s.add(Para(_addressee(rng, pp.person(rng)), align="left"))
        s.add(Para("De mi consideración:", align="left"))
        s.add(
            Para(
                "En virtud de lo dispuesto en el artículo 10 de la Ley N° 20.285 sobre Acceso "
                "a la Información Pública, vengo en solicitar la siguiente información:"
            )
        )
        s.add(Para(f"Información solicitada: {info}", indent=1.0, bold=True))
        s.add(
            Para(
                "Solicito que la respuesta sea enviada a mi correo electrónico "
                f"{pp.email(rng, who)}."
            )
        )
        s.add(Signature(_contact(rng, who), align="right"))
    truth = EvalTruth(
        kind="solicitud_transparencia",
        doc_type="solicitud_transparencia",
        direction="entrada",
        unit="administracion",
        subject=info,
        doc_number=number,
        doc_date=d,
        sender=who.name,
        layout=layout,
    )
    return s, truth


LOBBY = (
    "Presentar el proyecto inmobiliario {place} en el sector {sector}",
    "Exponer propuesta de servicio de recolección y reciclaje de residuos domiciliarios",
    "Presentar solución de alumbrado público eficiente para la comuna",
    "Conversar sobre la extracción de áridos en la ribera del río Mataquito",
    "Exponer sobre el proyecto de parque eólico {place}",
    "Presentar plataforma de gestión documental para municipios",
    "Solicitar apoyo para la instalación de una planta de proceso de algas en {sector}",
    "Dar a conocer el proyecto de loteo con fines turísticos en {sector}",
)  # fmt: skip


def solicitud_audiencia_lobby(rng: random.Random) -> Made:
    d = pp.when(rng)
    who, mayor = pp.person(rng), pp.person(rng)
    company = rng.choice(pp.COMPANIES)
    matter = rng.choice(LOBBY).format(place=rng.choice(pp.PLACES), sector=rng.choice(pp.SECTORS))
    s = sheet(rng, fonts=("LiberationSans", "DejaVuSans", "LiberationNarrow"))
    layout = rng.choice(("plataforma", "carta"))
    title = "Alcaldesa" if mayor.female else "Alcalde"
    article = "la" if mayor.female else "el"
    if layout == "plataforma":
        s.add(Letterhead(("**Plataforma Ley del Lobby", "www.leylobby.gob.cl"), logo="bar"))
        s.add(Title("Solicitud de Audiencia — Ley N° 20.730", grow=1.5))
        s.add(
            Fields(
                (
                    ("Institución", pp.MUNICIPALITY),
                    ("Sujeto pasivo", f"{mayor.name}, {title}"),
                    ("Fecha de solicitud", pp.written_date(rng, d)),
                    ("Solicitante", f"{who.name} (RUT {pp.rut(rng)})"),
                    ("Calidad", pick(rng, ("Lobbista", "Gestor de intereses particulares"))),
                    ("Representa a", company),
                    ("Materia", matter),
                    (
                        "Especificación",
                        "Se solicita una reunión presencial de 30 minutos en "
                        "dependencias municipales.",
                    ),
                ),
                boxed=True,
                label_width=3.8,
            )
        )
        s.add(Para("Asistentes", bold=True, align="left"))
        s.add(
            Grid(
                (
                    ("Nombre", "Calidad", "Entidad"),
                    (who.name, "Solicitante", company),
                    (pp.person(rng).name, "Asistente", company),
                ),
                widths=(0.4, 0.25, 0.35),
            )
        )
    else:
        s.add(Letterhead(("**" + company.upper(), pp.address(rng)), align="left"))
        s.add(Para(place_date(rng, d, rng.choice(("Talca", "Curicó", "Santiago"))), align="right"))
        s.add(Para(_addressee(rng, mayor), align="left"))
        s.add(Para(f"Materia: {matter}", bold=True, align="left"))
        s.add(Para("De nuestra consideración:", align="left"))
        s.add(
            Para(
                f"En conformidad con la Ley N° 20.730, que regula el lobby y las gestiones que "
                f"representen intereses particulares, solicito audiencia con {article} "
                f"{title.lower()} con el objeto de: {_lower(matter)}."
            )
        )
        s.add(Para("Asistirán a la reunión el suscrito y el gerente de proyectos de la empresa."))
        s.add(Signature((f"**{who.name}", "Representante legal", company)))
    truth = EvalTruth(
        kind="solicitud_audiencia_lobby",
        doc_type="solicitud_audiencia_lobby",
        direction="entrada",
        unit="alcaldia",
        subject=matter,
        doc_number=None,
        doc_date=d,
        sender=who.name,
        sender_org=company,
        layout=layout,
    )
    return s, truth


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def acta_concejo(rng: random.Random) -> Made:
    d = pp.when(rng)
    kind = pick(rng, ("ORDINARIA", "ORDINARIA", "EXTRAORDINARIA"))
    num = pp.number(rng, 1, 24 if kind == "EXTRAORDINARIA" else 120)
    title = pick(
        rng,
        (
            f"ACTA SESIÓN {kind} N° {num}",
            f"ACTA DE LA SESIÓN {kind} N° {num} DEL CONCEJO MUNICIPAL",
            f"Acta Sesión {kind.title()} N° {num}",
        ),
    )
    mayor, secretary = pp.person(rng), pp.person(rng)
    council = [pp.person(rng) for _ in range(6)]
    s = sheet(rng)
    s.add(muni_letterhead(rng, "secretaria-municipal"))
    s.add(Title("CONCEJO MUNICIPAL DE LICANTÉN", grow=0.5))
    s.add(Title(title, grow=2))
    hour = f"{rng.randint(9, 16)}:{rng.choice(('00', '15', '30', '45'))}"
    s.add(
        Para(
            f"En {pp.COMMUNE}, a {pp.long_date(d, weekday=rng.random() < 0.5)}, siendo las "
            f"{hour} horas, en el salón de sesiones, se da inicio a la sesión "
            f"{kind.lower()} del Concejo Municipal, presidida por "
            f"{'la Alcaldesa' if mayor.female else 'el Alcalde'} {mayor.name}.",
            first=1.0,
        )
    )
    s.add(Para("ASISTENCIA", bold=True, align="left"))
    rows = [("Concejal(a)", "Asiste")] + [
        (c.name, rng.choice(("Sí", "Sí", "Sí", "No"))) for c in council
    ]
    s.add(Grid(tuple(rows), widths=(0.7, 0.3)))
    s.add(Para(f"Actúa como ministro de fe el Secretario Municipal, {secretary.name}.", first=1.0))
    points = [topic(rng).decree for _ in range(3)]
    s.add(Para("TABLA", bold=True, align="left"))
    s.add(
        Items(
            ("Aprobación del acta de la sesión anterior.", *points, "Varios."),
            marker=rng.choice(("1.", "I.", "a)")),
        )
    )
    s.add(Para("DESARROLLO Y ACUERDOS", bold=True, align="left"))
    for i, point in enumerate(points):
        s.add(
            Para(
                f"ACUERDO N° {rng.randint(100, 480)}: Por unanimidad se acuerda: {_lower(point)}.",
                indent=0.5,
            )
        )
        if i == 0:
            s.add(
                Para(
                    "El concejal señor " + council[0].name + " consulta por los plazos; el "
                    "Director responde que se informará en la próxima sesión.",
                    indent=0.5,
                )
            )
    s.add(
        Para(
            f"Siendo las {rng.randint(11, 19)}:{rng.randint(0, 59):02d} horas se levanta "
            "la sesión.",
            first=1.0,
        )
    )
    s.add(
        Signature(
            (f"**{mayor.upper}", "PRESIDENTE(A) DEL CONCEJO"),
            second=(f"**{secretary.upper}", "SECRETARIO MUNICIPAL", "MINISTRO DE FE"),
        )
    )
    truth = EvalTruth(
        kind="acta_concejo",
        doc_type="acta_concejo",
        direction="interno",
        unit="secretaria-municipal",
        subject=title,
        doc_number=num,
        doc_date=d,
        sender=secretary.name,
        sender_org=pp.MUNICIPALITY,
        layout="acta",
    )
    return s, truth


# (counterparty, its representative's title, title of the agreement, unit)
CONVENIOS = (
    ("Gobierno Regional del Maule", "Gobernadora Regional",
     "Convenio de transferencia de recursos FRIL para el proyecto «{project}»", "secplan"),
    ("Servicio de Salud del Maule", "Director",
     "Convenio Programa de Apoyo a la Gestión Local en Atención Primaria {year}", "salud"),
    ("Junta Nacional de Jardines Infantiles", "Directora Regional",
     "Convenio de transferencia de fondos para la operación del {school}", "educacion"),
    ("Servicio Nacional para la Prevención y Rehabilitación del Consumo de Drogas y Alcohol",
     "Director Regional", "Convenio de colaboración Programa SENDA Previene en la Comunidad",
     "dideco"),
    ("Universidad de Talca", "Rector",
     "Convenio de colaboración para prácticas profesionales de estudiantes", "administracion"),
    ("Servicio de Vivienda y Urbanización", "Director Regional",
     "Convenio mandato para la ejecución de obras de pavimentación en {sector}", "secplan"),
    ("Secretaría Regional Ministerial de Desarrollo Social y Familia", "Seremi",
     "Convenio de transferencia del Programa Familias - Seguridades y Oportunidades {year}",
     "dideco"),
    ("Tesorería General de la República", "Tesorero Regional",
     "Convenio de recaudación de derechos municipales mediante medios electrónicos", "daf"),
    ("Carabineros de Chile", "Prefecto de Curicó",
     "Convenio de colaboración para la fiscalización del tránsito en época estival",
     "transito"),
    ("Instituto Nacional de Deportes", "Director Regional",
     "Convenio de ejecución del Programa Crecer en Movimiento {year}", "dideco"),
)  # fmt: skip


def convenio(rng: random.Random) -> Made:
    party, role, template, unit = rng.choice(CONVENIOS)
    sector = rng.choice(pp.SECTORS)
    title = template.format(
        project=f"Mejoramiento sede social de {sector}",
        year=rng.choice((2024, 2025)),
        school=rng.choice(pp.SCHOOLS).replace("Escuela Básica", "Jardín Infantil"),
        sector=sector,
    )
    title = pp.agree(title)
    title = title.upper() if rng.random() < 0.6 else title
    d = pp.when(rng)
    representative, mayor = pp.person(rng), pp.person(rng)
    s = sheet(rng)
    if rng.random() < 0.5:
        s.add(service_letterhead(rng, party, "Región del Maule"))
    else:
        s.add(HeaderRow(("**" + party.upper(),), ("**" + pp.MUNICIPALITY.upper(),)))
    s.add(Title(title, grow=1.5))
    city = rng.choice(("Talca", "Licantén", "Curicó"))
    s.add(
        Para(
            f"En {city}, a {pp.long_date(d)}, entre {party.upper()}, RUT {pp.rut(rng)}, "
            f"representado por su {role}, {representative.name}, ambos domiciliados en {city}, "
            f"en adelante «la Institución», y la {pp.MUNICIPALITY.upper()}, "
            f"RUT 69.110.{rng.randint(100, 999)}-{rng.randint(0, 9)}, representada por su "
            f"Alcalde(sa), {mayor.name}, en adelante "
            "«la Municipalidad», se ha convenido lo siguiente:",
            first=1.0,
        )
    )
    clauses = (
        (
            "PRIMERO",
            "Antecedentes. Las partes declaran su interés en colaborar en beneficio de los "
            "habitantes de la comuna.",
        ),
        ("SEGUNDO", f"Objeto. El presente convenio tiene por objeto {_lower(title.lower())}."),
        (
            "TERCERO",
            "Recursos. La Institución transferirá la suma de "
            f"{pp.money(rng, 3_000_000, 150_000_000)} en las cuotas que se indican.",
        ),
        (
            "CUARTO",
            "Obligaciones de la Municipalidad. Rendir cuenta mensual de los recursos "
            "conforme a la Resolución N° 30 de 2015 de la Contraloría General.",
        ),
        (
            "QUINTO",
            f"Vigencia. El convenio regirá desde la total tramitación del acto que lo "
            f"aprueba y hasta el 31 de diciembre de {d.year}.",
        ),
    )
    for head, text in clauses:
        s.add(Para(f"{head}: {text}", first=0.0 if rng.random() < 0.5 else 1.0))
    s.add(
        Signature(
            (f"**{representative.upper}", role.upper(), party.upper()),
            second=(f"**{mayor.upper}", "ALCALDE(SA)", pp.MUNICIPALITY.upper()),
        )
    )
    truth = EvalTruth(
        kind="convenio",
        doc_type="convenio",
        direction="entrada",
        unit=unit,
        subject=title,
        doc_number=None,
        doc_date=d,
        sender=representative.name,
        sender_org=party,
        layout="convenio",
    )
    return s, truth


ORDINANCES = (
    ("Ordenanza sobre derechos municipales por concesiones, permisos y servicios", "daf"),
    ("Ordenanza de participación ciudadana de la comuna de Licantén", "dideco"),
    ("Ordenanza sobre ferias libres y comercio en bienes nacionales de uso público", "daf"),
    ("Ordenanza de tránsito y estacionamientos en el radio urbano", "transito"),
    ("Ordenanza sobre ruidos molestos", "jpl"),
    ("Ordenanza de publicidad y propaganda en la vía pública", "dom"),
    ("Ordenanza de protección del arbolado urbano", "dom"),
    ("Ordenanza sobre consumo de bebidas alcohólicas en la vía pública", "jpl"),
    ("Ordenanza de subvenciones municipales", "daf"),
    ("Ordenanza de funcionamiento del Concejo Municipal", "secretaria-municipal"),
)  # fmt: skip


def ordenanza(rng: random.Random) -> Made:
    name, unit = rng.choice(ORDINANCES)
    d = pp.when(rng)
    num = pp.number(rng, 1, 40) if rng.random() < 0.6 else None
    title = name.upper() if rng.random() < 0.7 else name
    if num:
        title = title.replace("ORDENANZA", f"ORDENANZA MUNICIPAL N° {num}", 1).replace(
            "Ordenanza", f"Ordenanza Municipal N° {num}", 1
        )
    mayor, secretary = pp.person(rng), pp.person(rng)
    s = sheet(rng, footer=muni_footer(rng))
    s.add(muni_letterhead(rng, None))
    s.add(Para(place_date(rng, d), align="right"))
    s.add(Title(title, grow=2))
    agreement = d - timedelta(days=rng.randint(5, 40))
    s.add(
        Para(
            f"Aprobada por el Concejo Municipal en sesión ordinaria, acuerdo N° "
            f"{rng.randint(100, 480)}, de {pp.long_date(agreement)}.",
            italic=True,
            align="center",
        )
    )
    s.add(Para("TÍTULO I", bold=True, align="center"))
    s.add(Para("DISPOSICIONES GENERALES", bold=True, align="center"))
    articles = (
        f"La presente ordenanza regula {_lower(name.split(' ', 1)[1])} dentro del territorio de "
        f"la comuna de {pp.COMMUNE}.",
        "Para los efectos de esta ordenanza, se entenderá por vía pública toda calle, pasaje, "
        "plaza o bien nacional de uso público.",
        "La fiscalización corresponderá a los inspectores municipales y a Carabineros de Chile.",
        "Las infracciones serán sancionadas con multas de 1 a 5 UTM por el Juzgado de Policía "
        "Local.",
    )
    for i, text in enumerate(articles, 1):
        s.add(Para(f"Artículo {i}°.- {text}", first=rng.choice((0.0, 1.0))))
    s.add(Para("TÍTULO FINAL", bold=True, align="center"))
    s.add(
        Para(
            f"Artículo {len(articles) + 1}°.- La presente ordenanza entrará en vigencia desde su "
            "publicación en el sitio web municipal.",
            first=0.0,
        )
    )
    s.add(
        Signature(
            (f"**{mayor.upper}", "ALCALDE"), second=(f"**{secretary.upper}", "SECRETARIO MUNICIPAL")
        )
    )
    truth = EvalTruth(
        kind="ordenanza",
        doc_type="ordenanza",
        direction="interno",
        unit=unit,
        subject=title,
        doc_number=num,
        doc_date=d,
        sender=mayor.name,
        sender_org=pp.MUNICIPALITY,
        layout="numerada" if num else "sin-numero",
    )
    return s, truth
