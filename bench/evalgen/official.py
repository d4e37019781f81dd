"""Documents of public bodies: oficios, decretos, resoluciones, dictámenes, memorándums,
circulares, informes and certificados, each in several house styles."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.evalgen import people as pp
from bench.evalgen.base import (
    EvalTruth,
    distribution,
    muni_footer,
    muni_letterhead,
    numbered,
    pick,
    place_date,
    service_letterhead,
    sheet,
)
from bench.evalgen.render import (
    Column,
    Fields,
    Gap,
    Grid,
    HeaderRow,
    Items,
    Letterhead,
    Para,
    Sheet,
    Signature,
    Small,
    Title,
)
from bench.evalgen.topics import Topic, topic

Made = tuple[Sheet, EvalTruth]

# The units each service writes to a municipality about.
SERVICE_UNITS = {
    "Servicio de Vivienda y Urbanización": ("dom", "secplan", "dideco"),
    "Secretaría Regional Ministerial de Salud": ("salud", "dom"),
    "Gobierno Regional del Maule": ("secplan",),
    "Dirección de Vialidad": ("dom", "transito"),
    "Subsecretaría de Desarrollo Regional y Administrativo": ("secplan", "daf"),
    "Servicio Nacional de Prevención y Respuesta ante Desastres": ("alcaldia", "dideco"),
    "Junta Nacional de Auxilio Escolar y Becas": ("educacion",),
    "Superintendencia de Educación": ("educacion",),
    "Servicio de Salud del Maule": ("salud",),
    "Secretaría Regional Ministerial de Transportes y Telecomunicaciones": ("transito",),
    "Servicio Agrícola y Ganadero": ("dom", "jpl"),
    "Servicio de Impuestos Internos": ("daf", "dom"),
    "Instituto de Desarrollo Agropecuario": ("dideco",),
    "Servicio Nacional de Pesca y Acuicultura": ("alcaldia",),
    "Fondo de Solidaridad e Inversión Social": ("dideco",),
    "Secretaría Regional Ministerial de Educación": ("educacion",),
    "Servicio Nacional del Patrimonio Cultural": ("dom", "secplan"),
    "Corporación Nacional Forestal": ("dom", "alcaldia"),
}

IN_VERBS = (
    "Informa sobre", "Solicita antecedentes respecto de", "Formula observaciones en relación con",
    "Requiere pronunciamiento municipal sobre", "Da respuesta a consulta sobre",
    "Solicita información acerca de", "Remite antecedentes relativos a",
    "Reitera solicitud de información sobre", "Comunica lo resuelto respecto de",
    "Pone en conocimiento", "Instruye acerca de",
)  # fmt: skip
OUT_VERBS = (
    "Solicita apoyo técnico para", "Responde requerimiento sobre", "Remite antecedentes de",
    "Informa estado de", "Solicita financiamiento para", "Envía propuesta relativa a",
    "Solicita reunión de coordinación por", "Da cuenta de gestiones sobre",
    "Solicita pronunciamiento sobre", "Adjunta documentación de",
)  # fmt: skip
OPENINGS = (
    "Junto con saludar cordialmente, ", "Por medio del presente, ", "Mediante el presente oficio, ",
    "En atención al documento citado en el antecedente, ", "De mi consideración: ",
    "Tengo el agrado de dirigirme a usted para, ", "Con relación a la materia del epígrafe, ",
)  # fmt: skip
CLOSINGS = (
    "Sin otro particular, saluda atentamente a usted,", "Saluda atentamente a Ud.,",
    "Le saluda cordialmente,", "Atentamente,", "Sin otro particular, le saluda,",
)  # fmt: skip


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _body(rng: random.Random, t: Topic, *, outgoing: bool) -> list[Para]:
    who = "este municipio" if outgoing else "este Servicio"
    first = pick(rng, OPENINGS) + pick(
        rng,
        (
            f"me permito informar a usted respecto de {t.matter}.",
            f"cumplo con poner en su conocimiento la situación de {t.matter}.",
            f"me dirijo a usted en relación con {t.matter}.",
            f"{who} se refiere a {t.matter}.",
        ),
    )
    paras = [Para(first, first=rng.choice((0.0, 1.2)))]
    paras.append(Para(t.detail, first=paras[0].first))
    ask = pick(
        rng,
        (
            f"Por lo anterior, se solicita remitir los antecedentes en un plazo de "
            f"{rng.choice((5, 10, 15))} días hábiles contados desde la recepción del presente.",
            "Se agradecerá disponer las medidas que correspondan e informar de lo obrado.",
            "Para consultas, puede contactar al profesional a cargo al correo indicado al pie.",
            "Se hace presente que la materia fue tratada en reunión del "
            f"{pp.long_date(pp.when(rng))}.",
        ),
    )
    paras.append(Para(ask, first=paras[0].first))
    paras.append(Para(pick(rng, CLOSINGS), align="left", after=0))
    return paras


def _antecedent(rng: random.Random, d: date) -> str:
    before = d - timedelta(days=rng.randint(6, 90))
    return pick(
        rng,
        (
            f"Ord. N° {rng.randint(10, 2900)} de fecha {pp.written_date(rng, before)}.",
            f"Correo electrónico de {pp.long_date(before)}.",
            f"Su presentación de {pp.long_date(before)}.",
            "No hay.",
            f"Ley N° {rng.choice(('18.695', '19.880', '21.180', '20.285'))}.",
        ),
    )


def oficio_entrada(rng: random.Random) -> Made:
    institution, office, title = rng.choice(pp.SERVICES)
    t = topic(rng, rng.choice(SERVICE_UNITS[institution]))
    d, num = pp.when(rng), pp.number(rng, 40, 4800)
    subject = f"{pick(rng, IN_VERBS)} {t.matter}"
    signer = pp.person(rng)
    mayor = pp.person(rng)
    city = rng.choice(("Talca", "Talca", "Curicó", "Santiago", "Linares"))
    s = sheet(rng, footer=f"{office} — {city}")
    label = pick(rng, ("ORD.", "OFICIO ORD.", "OF. ORD.", "ORD"))
    layout = rng.choice(("column", "header-row", "fields"))
    head = numbered(rng, label, num, d.year)
    if layout == "column":
        s.add(service_letterhead(rng, institution, office))
        s.add(
            Column(
                (
                    f"**{head}",
                    f"ANT.: {_antecedent(rng, d)}",
                    f"MAT.: {subject}",
                    "",
                    place_date(rng, d, city),
                ),
                boxed=rng.random() < 0.3,
            )
        )
        s.add(
            Fields(
                (
                    ("DE", f"{title.upper()} {office.upper()}"),
                    ("A", f"SR(A). ALCALDE(SA) DE LA {pp.MUNICIPALITY.upper()}"),
                ),
                label_width=1.4,
            )
        )
    elif layout == "header-row":
        s.add(
            HeaderRow(
                ("**" + institution.upper(), office, city),
                (f"**{head}", f"Fecha: {pp.written_date(rng, d)}", f"Materia: {subject}"),
                ruled=rng.random() < 0.5,
            )
        )
        s.add(Para(f"SEÑOR\n{mayor.upper}\nALCALDE DE LICANTÉN\nPRESENTE", align="left"))
    else:
        s.add(service_letterhead(rng, institution, office))
        s.add(Para(place_date(rng, d, city), align="right"))
        s.add(Title(head, align="left", grow=1))
        s.add(
            Fields(
                (
                    ("MAT.", subject),
                    ("ANT.", _antecedent(rng, d)),
                    ("A", f"Alcalde de la comuna de {pp.COMMUNE}"),
                    ("DE", f"{title}, {office}"),
                ),
                boxed=rng.random() < 0.5,
            )
        )
    s.add(*_body(rng, t, outgoing=False))
    s.add(Signature((f"**{signer.upper}", title.upper(), office.upper())))
    s.add(distribution(rng, [f"Sr. Alcalde {pp.MUNICIPALITY}", "Oficina de Partes", "Archivo"]))
    truth = EvalTruth(
        kind="oficio_entrada",
        doc_type="oficio",
        direction="entrada",
        unit=t.unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=institution,
        layout=layout,
    )
    return s, truth


def oficio_salida(rng: random.Random) -> Made:
    t = topic(rng)
    _institution, office, title = rng.choice(pp.SERVICES)
    d, num = pp.when(rng), pp.number(rng, 30, 2600)
    subject = f"{pick(rng, OUT_VERBS)} {t.matter}"
    mayor = pp.person(rng)
    recipient = pp.person(rng)
    s = sheet(rng, footer=muni_footer(rng))
    layout = rng.choice(("column", "fields", "boxed"))
    s.add(muni_letterhead(rng, t.unit))
    head = numbered(rng, pick(rng, ("ORD.", "OFICIO ORD.", "OFICIO")), num, d.year)
    if layout == "column":
        s.add(
            Column(
                (
                    f"**{head}",
                    f"ANT.: {_antecedent(rng, d)}",
                    f"MAT.: {subject}",
                    "",
                    place_date(rng, d),
                ),
                boxed=False,
            )
        )
        s.add(
            Fields(
                (
                    ("DE", f"ALCALDE(SA) {pp.MUNICIPALITY.upper()}"),
                    ("A", f"{recipient.upper}\n{title.upper()}\n{office.upper()}"),
                ),
                label_width=1.4,
            )
        )
    else:
        s.add(Title(head, align="center" if layout == "boxed" else "left", grow=1.5))
        s.add(
            Fields(
                (
                    ("Materia", subject),
                    ("Fecha", pp.written_date(rng, d)),
                    ("Destinatario", f"{recipient.name}, {title}, {office}"),
                ),
                boxed=layout == "boxed",
                label_width=3.0,
            )
        )
    s.add(*_body(rng, t, outgoing=True))
    second = ("**" + pp.person(rng).upper, "SECRETARIO MUNICIPAL", "MINISTRO DE FE")
    s.add(
        Signature(
            (f"**{mayor.upper}", "ALCALDE", pp.MUNICIPALITY.upper()),
            second=second if rng.random() < 0.3 else (),
        )
    )
    s.add(distribution(rng, ["Destinatario", pp.unit_name(t.unit), "Oficina de Partes"]))
    truth = EvalTruth(
        kind="oficio_salida",
        doc_type="oficio",
        direction="salida",
        unit=t.unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=mayor.name,
        sender_org=pp.MUNICIPALITY,
        recipient=recipient.name,
        layout=layout,
    )
    return s, truth


# (issuer, office, signer title, subject, unit) of reserved oficios
RESERVED = (
    ("Fiscalía Local de Licantén", "Ministerio Público", "Fiscal Adjunto",
     "Solicita grabaciones de cámaras de televigilancia de {street} en causa RUC {ruc}",
     "juridica"),
    ("Policía de Investigaciones de Chile", "Brigada de Investigación Criminal Curicó",
     "Comisario", "Requiere hoja de vida funcionaria de {person} en investigación RUC {ruc}",
     "administracion"),
    ("Tribunal de Familia de Curicó", "Poder Judicial", "Juez Titular",
     "Ordena informe social de la familia de {person} en causa RIT P-{rit}", "dideco"),
    ("Juzgado de Garantía de Licantén", "Poder Judicial", "Juez de Garantía",
     "Solicita ficha clínica de {person} atendido en el {health}", "salud"),
    ("Contraloría Regional del Maule", "Unidad de Sumarios", "Fiscal Instructor",
     "Comunica inicio de sumario administrativo por uso de vehículos municipales", "control"),
    ("Fiscalía Local de Licantén", "Ministerio Público", "Fiscal Adjunta",
     "Solicita copia de expediente de permiso de edificación de {street} N° {num}", "dom"),
    ("Tribunal de Familia de Curicó", "Poder Judicial", "Jueza Titular",
     "Requiere informe de asistencia escolar de menor matriculado en la {school}",
     "educacion"),
    ("Carabineros de Chile", "Tenencia Licantén", "Teniente",
     "Remite parte denuncia por accidente de tránsito con vehículo municipal", "juridica"),
)  # fmt: skip


def oficio_reservado(rng: random.Random) -> Made:
    issuer, office, title, template, unit = rng.choice(RESERVED)
    subject = pp.agree(
        template.format(
            street=rng.choice(pp.STREETS),
            ruc=f"{rng.randint(2300000000, 2599999999)}-{rng.randint(0, 9)}",
            person=pp.person(rng).name,
            rit=f"{rng.randint(100, 1900)}-{rng.choice((2024, 2025))}",
            health=rng.choice(pp.HEALTH),
            num=rng.randint(20, 1500),
            school=rng.choice(pp.SCHOOLS),
        )
    )
    d, num = pp.when(rng), pp.number(rng, 5, 900)
    signer = pp.person(rng)
    s = sheet(rng)
    mark = pick(rng, ("RESERVADO", "CONFIDENCIAL - RESERVADO", "R E S E R V A D O"))
    s.add(Para(mark, align=rng.choice(("right", "center")), bold=True, grow=2))
    s.add(service_letterhead(rng, issuer, office))
    label = pick(rng, ("OFICIO RESERVADO", "ORD. RES.", "OF. RESERVADO", "RES. ORD."))
    s.add(
        Column(
            (
                f"**{numbered(rng, label, num, d.year)}",
                f"MAT.: {subject}",
                place_date(rng, d, rng.choice(("Curicó", "Licantén", "Talca"))),
            )
        )
    )
    s.add(
        Fields(
            (("A", f"SEÑOR ALCALDE\n{pp.MUNICIPALITY.upper()}"), ("DE", title.upper())),
            label_width=1.4,
        )
    )
    s.add(
        Para(
            pick(
                rng,
                (
                    "En el marco de la investigación que se sigue en esta sede, ",
                    "Por disposición de este tribunal, ",
                    "En uso de las facultades legales, ",
                ),
            )
            + "se solicita a usted remitir la información indicada en la materia, bajo reserva, "
            f"dentro de {rng.choice((3, 5, 10))} días hábiles."
        )
    )
    s.add(
        Para(
            "Se hace presente que la información tiene carácter reservado conforme al artículo "
            f"{rng.choice(('182 del Código Procesal Penal', '21 de la Ley N° 20.285'))}."
        )
    )
    s.add(Para(pick(rng, CLOSINGS), align="left"))
    s.add(Signature((f"**{signer.upper}", title, issuer)))
    s.add(Para(mark, align="center", bold=True))
    truth = EvalTruth(
        kind="oficio_reservado",
        doc_type="oficio_reservado",
        direction="entrada",
        unit=unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=issuer,
        layout="column",
    )
    return s, truth


LAWS = (
    "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades",
    "La Ley N° 19.880, que establece Bases de los Procedimientos Administrativos",
    "La Ley N° 18.883, que aprueba el Estatuto Administrativo para Funcionarios Municipales",
    "La Ley N° 19.886 de Bases sobre Contratos Administrativos de Suministro y Prestación "
    "de Servicios y su Reglamento",
    "El Decreto Alcaldicio N° {n} de {y}, que delega facultades",
    "La sentencia de proclamación del Tribunal Electoral Regional del Maule",
    "El acuerdo N° {n} del Concejo Municipal, adoptado en sesión ordinaria",
    "La Ley General de Urbanismo y Construcciones y su Ordenanza General",
    "El presupuesto municipal vigente para el año {y}",
)  # fmt: skip


_IMPERATIVE = {
    "Otorga": "OTÓRGASE", "Aprueba": "APRUÉBASE", "Ordena": "ORDÉNASE", "Dispone": "DISPÓNESE",
    "Inicia": "INÍCIASE", "Autoriza": "AUTORÍZASE", "Adjudica": "ADJUDÍCASE", "Fija": "FÍJASE",
    "Condona": "CONDÓNASE", "Renueva": "RENUÉVASE", "Designa": "DESÍGNASE",
    "Constituye": "CONSTITÚYESE", "Concede": "CONCÉDESE", "Promulga": "PROMÚLGASE",
    "Convoca": "CONVÓCASE", "Instruye": "INSTRÚYESE", "Nombra": "NÓMBRASE",
    "Modifica": "MODIFÍCASE", "Ordene": "ORDÉNESE",
}  # fmt: skip


def decreto(rng: random.Random) -> Made:
    t = topic(rng)
    d, num = pp.when(rng), pp.number(rng, 60, 4200)
    subject = t.decree.upper() if rng.random() < 0.6 else t.decree
    mayor, secretary = pp.person(rng), pp.person(rng)
    s = sheet(rng, footer=muni_footer(rng) if rng.random() < 0.3 else None)
    label = pick(rng, ("DECRETO ALCALDICIO", "DECRETO EXENTO", "DECRETO", "D.A."))
    layout = rng.choice(("right", "center", "header-row"))
    head = numbered(rng, label, num, d.year)
    if layout == "header-row":
        s.add(
            HeaderRow(
                ("**" + pp.MUNICIPALITY.upper(), "SECRETARÍA MUNICIPAL"),
                (f"**{head}", place_date(rng, d)),
                ruled=False,
            )
        )
        s.add(Column((subject,), bold=True, boxed=rng.random() < 0.4))
    elif layout == "right":
        s.add(muni_letterhead(rng, None))
        s.add(Column((subject, "", f"**{head}", "", place_date(rng, d)), bold=False))
    else:
        s.add(muni_letterhead(rng, None))
        s.add(Title(head, grow=1.5))
        s.add(Para(place_date(rng, d), align="center"))
        s.add(Para(subject, align="center", bold=True))
    n, y = str(rng.randint(100, 3000)), str(d.year - rng.randint(0, 3))
    vistos = tuple(v.format(n=n, y=y) for v in rng.sample(LAWS, rng.randint(3, 5)))
    s.add(Para(pick(rng, ("VISTOS:", "V I S T O S:", "VISTO:")), bold=True, align="left"))
    if rng.random() < 0.5:
        s.add(Items(vistos, marker=rng.choice(("1.", "a)", "-"))))
    else:
        s.add(Para("; ".join(vistos) + ".", first=1.0))
    s.add(Para(pick(rng, ("CONSIDERANDO:", "C O N S I D E R A N D O:")), bold=True, align="left"))
    s.add(
        Items(
            (
                f"Que, {_lower_first(t.detail)}",
                f"Que, es necesario regularizar la situación de {t.matter}.",
                "Que, existe disponibilidad presupuestaria según certificado de la Dirección "
                "de Administración y Finanzas.",
            ),
            marker=rng.choice(("1.", "a)", "1°")),
        )
    )
    s.add(Para(pick(rng, ("DECRETO:", "D E C R E T O:", "DECRETA:")), bold=True, align="left"))
    verb = _IMPERATIVE.get(t.decree.split()[0], t.decree.split()[0].upper() + "SE")
    rest = " ".join(t.decree.split()[1:])
    s.add(
        Items(
            (
                f"{verb} {rest}.",
                f"La {pp.unit_name(t.unit)} será responsable del cumplimiento del presente "
                "decreto.",
                "IMPÚTESE el gasto, si lo hubiere, a la cuenta presupuestaria "
                f"{rng.randint(215, 315)}.{rng.randint(10, 35)}.{rng.randint(1, 9):03d}.",
            ),
            marker="1.",
        )
    )
    s.add(
        Para(
            pick(
                rng,
                (
                    "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
                    "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.",
                    "ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.",
                ),
            ),
            bold=True,
            align="center",
        )
    )
    s.add(
        Signature(
            (f"**{mayor.upper}", "ALCALDE"), second=(f"**{secretary.upper}", "SECRETARIO MUNICIPAL")
        )
    )
    s.add(
        distribution(
            rng, [pp.unit_name(t.unit), "Dirección de Control", "Secretaría Municipal", "Archivo"]
        )
    )
    truth = EvalTruth(
        kind="decreto",
        doc_type="decreto",
        direction="interno",
        unit=t.unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=mayor.name,
        sender_org=pp.MUNICIPALITY,
        layout=layout,
    )
    return s, truth


# (institution, office, signer title, summary, unit) of resoluciones from other services
RESOLUTIONS = (
    ("Servicio de Evaluación Ambiental", "Dirección Regional del Maule", "Director Regional",
     "Califica ambientalmente favorable la Declaración de Impacto Ambiental del proyecto "
     "«Parque Fotovoltaico {place}»", "secplan"),
    ("Servicio de Vivienda y Urbanización", "SERVIU Región del Maule", "Director",
     "Aprueba convenio de ejecución del Programa de Pavimentación Participativa, llamado "
     "N° {n}, comuna de Licantén", "secplan"),
    ("Secretaría Regional Ministerial de Salud", "Región del Maule", "Seremi de Salud",
     "Autoriza funcionamiento de la sala cuna y jardín infantil de la {school}", "educacion"),
    ("Secretaría Regional Ministerial de Salud", "Región del Maule", "Seremi de Salud",
     "Instruye sumario sanitario por microbasural en {sector}, comuna de Licantén", "dom"),
    ("Secretaría Regional Ministerial de Transportes y Telecomunicaciones", "Región del Maule",
     "Secretaria Regional Ministerial",
     "Aprueba subsidio al transporte público rural del servicio {sector} - Licantén", "transito"),
    ("Subsecretaría de Desarrollo Regional y Administrativo", "División Municipalidades",
     "Subsecretario",
     "Asigna recursos del Programa Mejoramiento Urbano al proyecto «{project}»", "secplan"),
    ("Superintendencia de Educación", "Dirección Regional del Maule", "Director Regional",
     "Aplica sanción de amonestación al sostenedor de la {school}", "educacion"),
    ("Servicio de Salud del Maule", "Subdirección de Atención Primaria", "Director",
     "Aprueba convenio del Programa de Resolutividad en Atención Primaria con la "
     "Municipalidad de Licantén", "salud"),
    ("Servicio Nacional de Pesca y Acuicultura", "Dirección Regional del Maule",
     "Director Regional",
     "Autoriza veda extractiva transitoria en la caleta de {sector}", "alcaldia"),
    ("Gobierno Regional del Maule", "División de Desarrollo Social y Humano",
     "Gobernadora Regional",
     "Aprueba transferencia de recursos del Fondo Regional de Iniciativa Local para el "
     "proyecto «{project}»", "secplan"),
    ("Servicio Agrícola y Ganadero", "Dirección Regional del Maule", "Directora Regional",
     "Aprueba informe favorable para construcción en área rural, predio rol {rol}", "dom"),
    ("Instituto Nacional de Deportes", "Dirección Regional del Maule", "Director Regional",
     "Adjudica Fondo Nacional para el Fomento del Deporte al {org}", "dideco"),
    ("Junta Nacional de Auxilio Escolar y Becas", "Dirección Regional del Maule",
     "Directora Regional",
     "Asigna cupos del Programa de Alimentación Escolar para establecimientos de la comuna de "
     "Licantén", "educacion"),
    ("Servicio Electoral", "Dirección Regional del Maule", "Director Regional",
     "Fija locales de votación de la comuna de Licantén para las elecciones de {year}",
     "secretaria-municipal"),
    ("Tesorería General de la República", "Tesorería Regional del Maule", "Tesorero Regional",
     "Autoriza convenio de pago de deuda municipal por aportes al Fondo Común Municipal",
     "daf"),
)  # fmt: skip

PROJECTS = (
    "Construcción sede social {sector}", "Mejoramiento plaza de {sector}",
    "Reposición de veredas en {street}", "Construcción de refugios peatonales en {sector}",
    "Mejoramiento cancha de fútbol de {sector}", "Habilitación de baños públicos en {sector}",
)  # fmt: skip


def _fill(rng: random.Random, template: str) -> str:
    sector = rng.choice(pp.SECTORS)
    street = rng.choice(pp.STREETS)
    project = rng.choice(PROJECTS).format(sector=sector, street=street)
    return pp.agree(
        template.format(
            place=rng.choice(pp.PLACES),
            n=rng.randint(25, 36),
            school=rng.choice(pp.SCHOOLS),
            sector=sector,
            project=project,
            rol=f"{rng.randint(10, 420)}-{rng.randint(1, 90)}",
            org=rng.choice(pp.ORGS),
            year=rng.choice((2024, 2025)),
            street=street,
        )
    )


def resolucion(rng: random.Random) -> Made:
    institution, office, title, template, unit = rng.choice(RESOLUTIONS)
    summary = _fill(rng, template)
    subject = summary.upper() if rng.random() < 0.6 else summary
    d = pp.when(rng)
    num = (
        str(rng.randint(80, 4900))
        if rng.random() < 0.8
        else f"{d.year}991{rng.randint(10000, 99999)}"
    )
    signer = pp.person(rng)
    city = rng.choice(("TALCA", "Talca", "SANTIAGO", "Curicó"))
    s = sheet(rng, footer=f"{institution} — {office}")
    label = pick(rng, ("RESOLUCIÓN EXENTA", "RES. EX.", "RESOLUCIÓN EXENTA", "RESOLUCIÓN"))
    head = numbered(rng, label, num, d.year)
    layout = rng.choice(("column", "header-row", "stacked"))
    if layout == "column":
        s.add(service_letterhead(rng, institution, office))
        s.add(Column((subject, "", f"**{head}", "", place_date(rng, d, city)), bold=True))
    elif layout == "header-row":
        s.add(
            HeaderRow(
                ("**" + institution.upper(), office, f"Ref.: {rng.randint(1000, 9999)}"),
                (f"**{head}", place_date(rng, d, city), "", subject),
            )
        )
    else:
        s.add(service_letterhead(rng, institution, office))
        s.add(Title(head, grow=1.0))
        s.add(Para(f"{city}, {pp.written_date(rng, d)}", align="center"))
        s.add(Para(subject, align="center", bold=True))
    s.add(Para("VISTOS:", bold=True, align="left"))
    s.add(
        Para(
            "Lo dispuesto en la Ley N° 19.880; la Ley N° 18.575; la Resolución N° 7, de 2019, "
            "de la Contraloría General de la República, que fija normas sobre exención del "
            "trámite de toma de razón; y las facultades que me confiere la normativa vigente.",
            first=1.0,
        )
    )
    s.add(Para("CONSIDERANDO:", bold=True, align="left"))
    s.add(
        Items(
            (
                f"Que, la Municipalidad de {pp.COMMUNE} presentó los antecedentes requeridos "
                "por este Servicio.",
                "Que, revisados los antecedentes, se ha verificado el cumplimiento de los "
                "requisitos legales y reglamentarios.",
                "Que, en mérito de lo expuesto,",
            ),
            marker=rng.choice(("1.", "1°")),
        )
    )
    s.add(Para("RESUELVO:", bold=True, align="left"))
    s.add(
        Items(
            (
                f"{summary.split()[0].upper()}: {' '.join(summary.split()[1:])}.",
                f"NOTIFÍQUESE la presente resolución a la {pp.MUNICIPALITY}.",
                "Contra la presente resolución procede el recurso de reposición en el plazo de "
                "cinco días hábiles.",
            ),
            marker="1.",
        )
    )
    s.add(Para("ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.", bold=True, align="center"))
    s.add(Signature((f"**{signer.upper}", title.upper(), institution.upper())))
    s.add(distribution(rng, [pp.MUNICIPALITY, "Oficina de Partes", "Archivo"]))
    truth = EvalTruth(
        kind="resolucion",
        doc_type="resolucion",
        direction="entrada",
        unit=unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=institution,
        layout=layout,
    )
    return s, truth


# (summary of a Contraloría pronouncement, unit)
DICTAMENES = (
    ("Municipalidad de Licantén debe pagar el bono de desempeño a los funcionarios a contrata "
     "que indica", "administracion"),
    ("No procede que la Municipalidad de Licantén otorgue subvención a entidades con fines de "
     "lucro", "control"),
    ("Se abstiene de emitir pronunciamiento sobre demanda laboral sometida al conocimiento de "
     "los tribunales", "juridica"),
    ("Municipalidad de Licantén debe iniciar sumario administrativo por las irregularidades "
     "denunciadas en la bodega municipal", "juridica"),
    ("Atiende presentación sobre otorgamiento de permiso de edificación en {sector}",
     "dom"),
    ("Docentes de la {school} tienen derecho a la asignación de experiencia que se indica",
     "educacion"),
    ("Funcionarios de atención primaria de salud de Licantén deben ser encasillados según la "
     "Ley N° 19.378", "salud"),
    ("Procede que la Municipalidad de Licantén regularice la rendición de fondos transferidos "
     "a la {org}", "control"),
    ("Concejales no pueden percibir dieta por sesiones de comisión no celebradas",
     "secretaria-municipal"),
    ("Municipalidad de Licantén no pudo adjudicar la licitación ID {lic} a oferente que no "
     "cumplía las bases", "secplan"),
    ("Derechos municipales por permisos de circulación deben calcularse según tasación fiscal "
     "vigente", "transito"),
)  # fmt: skip


def dictamen(rng: random.Random) -> Made:
    template, unit = rng.choice(DICTAMENES)
    summary = pp.agree(
        template.format(
            sector=rng.choice(pp.SECTORS),
            school=rng.choice(pp.SCHOOLS),
            org=rng.choice(pp.ORGS),
            lic=f"{rng.randint(2400, 4100)}-{rng.randint(5, 140)}-LE{rng.randint(23, 25)}",
        )
    )
    d = pp.when(rng)
    num = f"E{rng.randint(100000, 599999)}"
    signer = pp.person(rng)
    s = sheet(rng, fonts=("LiberationSerif", "DejaVuSerif", "LiberationSans"))
    lines = ["**CONTRALORÍA GENERAL DE LA REPÚBLICA"]
    lines.append(
        pick(
            rng,
            ("DIVISIÓN JURÍDICA", "DIVISIÓN DE MUNICIPALIDADES", "CONTRALORÍA REGIONAL DEL MAULE"),
        )
    )
    s.add(Letterhead(tuple(lines), align="left", logo=rng.choice(("shield", None))))
    ref = f"REF. N° {rng.choice(('W', 'E'))}{rng.randint(10000, 999999)}/{d.year}"
    layout = rng.choice(("column", "fields"))
    head = f"DICTAMEN {pick(rng, ('N°', 'Nº'))} {num}{pick(rng, ('', ' / ' + str(d.year), ''))}"
    if layout == "column":
        s.add(
            Column(
                (ref, summary, "", f"**{head}", f"SANTIAGO, {pp.long_date(d)}"),
                boxed=rng.random() < 0.3,
            )
        )
    else:
        s.add(Title(head, align="left", grow=1))
        s.add(
            Fields(
                (("Fecha", pp.written_date(rng, d)), ("Materia", summary), ("Referencia", ref)),
                label_width=2.8,
            )
        )
    person = pp.person(rng)
    s.add(
        Para(
            f"Se ha dirigido a esta Contraloría General {'doña' if person.female else 'don'} "
            f"{person.name}, solicitando un pronunciamiento acerca de la materia del epígrafe, "
            f"relativa a la {pp.MUNICIPALITY}.",
            first=1.2,
        )
    )
    s.add(
        Para(
            "Requerido informe, la entidad edilicia expuso los antecedentes de hecho y de "
            "derecho que fundamentan su actuación, los que fueron analizados por esta Entidad "
            "de Control.",
            first=1.2,
        )
    )
    s.add(
        Para(
            "Sobre el particular, cabe recordar que el artículo 1° de la Ley N° 18.695 "
            "dispone que las municipalidades son corporaciones autónomas de derecho público, "
            "sujetas al principio de juridicidad.",
            first=1.2,
        )
    )
    s.add(Para(f"En consecuencia, se concluye lo siguiente: {summary}.", first=1.2))
    s.add(Para("Saluda atentamente a Ud.,", align="left"))
    s.add(
        Signature(
            (
                f"**{signer.upper}",
                pick(
                    rng,
                    (
                        "Contralor General de la República",
                        "Contralora Regional (S)",
                        "Jefe División Jurídica",
                    ),
                ),
            )
        )
    )
    s.add(Small(("AL SEÑOR", f"ALCALDE DE LA {pp.MUNICIPALITY.upper()}", "PRESENTE")))
    truth = EvalTruth(
        kind="dictamen",
        doc_type="dictamen",
        direction="entrada",
        unit=unit,
        subject=summary,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org="Contraloría General de la República",
        layout=layout,
    )
    return s, truth


MEMO_VERBS = (
    "Solicita", "Informa sobre", "Remite antecedentes de", "Requiere revisión de",
    "Solicita visación de", "Deriva", "Coordina acciones por",
)  # fmt: skip


def memorandum(rng: random.Random) -> Made:
    t = topic(rng)
    others = [u for u in pp.UNITS if u != t.unit]
    origin = rng.choice(others)
    d, num = pp.when(rng), pp.number(rng, 3, 640)
    verb = pick(rng, MEMO_VERBS)
    subject = f"{verb} {t.matter}"
    sender = pp.person(rng)
    s = sheet(rng, fonts=("LiberationSans", "DejaVuSans", "LiberationMono", "DejaVuCond"))
    s.add(muni_letterhead(rng, origin))
    label = pick(rng, ("MEMORÁNDUM", "MEMO", "MEMORÁNDUM INTERNO", "MEMORANDUM"))
    s.add(Title(numbered(rng, label, num, d.year), align=rng.choice(("center", "left")), grow=2))
    key = pick(rng, ("REF.", "MAT.", "ASUNTO", "MATERIA"))
    boxed = rng.random() < 0.5
    rows = [
        ("DE", f"{sender.name}\n{pp.UNITS[origin][1]}"),
        (pick(rng, ("A", "PARA")), pp.UNITS[t.unit][1]),
        ("FECHA", pp.written_date(rng, d)),
        (key, subject),
    ]
    if rng.random() < 0.5:
        rows = [rows[3], rows[0], rows[1], rows[2]]
    s.add(Fields(tuple(rows), boxed=boxed, label_width=2.4))
    s.add(
        Para(
            pick(rng, ("Por medio del presente, ", "Junto con saludar, ", ""))
            + f"solicito a usted gestionar lo relativo a {t.matter}. {t.detail}"
        )
    )
    if rng.random() < 0.4:
        s.add(
            Grid(
                (
                    ("Ítem", "Detalle", "Estado"),
                    ("1", _lower_first(t.matter)[:60], "Pendiente"),
                    ("2", "Antecedentes de respaldo", "Adjuntos"),
                ),
                widths=(0.1, 0.65, 0.25),
            )
        )
    s.add(Para("Saluda atentamente,", align="left"))
    s.add(Signature((f"**{sender.upper}", pp.UNITS[origin][1].upper()), align="right"))
    s.add(Small((pp.initials(rng), "c.c.: Archivo")))
    truth = EvalTruth(
        kind="memorandum",
        doc_type="memorandum",
        direction="interno",
        unit=t.unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=sender.name,
        sender_org=pp.MUNICIPALITY,
        layout="boxed" if boxed else "plain",
    )
    return s, truth


# (issuer, signer title, subject, unit) of circulares from ministries
CIRCULARS = (
    ("Subsecretaría de Desarrollo Regional y Administrativo", "Subsecretario",
     "Imparte instrucciones para la postulación al Programa Mejoramiento de Barrios {year}",
     "secplan"),
    ("Ministerio de Salud", "Subsecretaria de Redes Asistenciales",
     "Instruye sobre la campaña de invierno en la red de atención primaria municipal",
     "salud"),
    ("Ministerio de Educación", "Subsecretaria de Educación",
     "Imparte instrucciones sobre el uso de la Subvención Escolar Preferencial {year}",
     "educacion"),
    ("Contraloría General de la República", "Contralor General",
     "Imparte instrucciones sobre el cierre del ejercicio contable {year} en los municipios",
     "daf"),
    ("Servicio Nacional de Prevención y Respuesta ante Desastres", "Director Nacional",
     "Instruye medidas preventivas ante sistemas frontales en la temporada {year}",
     "alcaldia"),
    ("Ministerio del Interior", "Subsecretario del Interior",
     "Instruye sobre la prohibición de uso de recursos municipales en campañas electorales",
     "administracion"),
    ("Subsecretaría de Transportes", "Subsecretario de Transportes",
     "Imparte criterios para el otorgamiento de licencias de conducir profesionales",
     "transito"),
    ("Consejo para la Transparencia", "Director General",
     "Imparte instrucciones sobre publicación de información de transparencia activa",
     "administracion"),
)  # fmt: skip
INTERNAL_CIRCULARS = (
    ("administracion", "Instruye sobre el uso de feriado legal y permisos administrativos"),
    ("daf", "Imparte instrucciones para la rendición de fondos a rendir del año {year}"),
    ("control", "Instruye sobre la documentación de respaldo de los decretos de pago"),
    ("administracion", "Establece protocolo de uso de vehículos municipales"),
    ("secretaria-municipal", "Fija plazos para el envío de materias a la tabla del Concejo"),
    ("daf", "Instruye cierre presupuestario y plazo de recepción de facturas {year}"),
    ("juridica", "Instruye sobre la tramitación de contratos y convenios municipales"),
)  # fmt: skip


def circular(rng: random.Random) -> Made:
    year = rng.choice((2024, 2025))
    d, num = pp.when(rng), pp.number(rng, 1, 95)
    signer = pp.person(rng)
    internal = rng.random() < 0.45
    s = sheet(rng)
    if internal:
        unit, template = rng.choice(INTERNAL_CIRCULARS)
        subject = template.format(year=year)
        s.add(muni_letterhead(rng, unit))
        s.add(Title(numbered(rng, "CIRCULAR", num, d.year), grow=2))
        s.add(
            Fields(
                (
                    ("MAT.", subject),
                    ("DE", pp.UNITS[unit][1].upper()),
                    (
                        "A",
                        pick(
                            rng,
                            (
                                "DIRECTORES Y JEFES DE DEPARTAMENTO",
                                "TODAS LAS UNIDADES MUNICIPALES",
                            ),
                        ),
                    ),
                    ("FECHA", pp.written_date(rng, d)),
                ),
                label_width=1.8,
            )
        )
        issuer, title, direction = pp.MUNICIPALITY, pp.UNITS[unit][1], "interno"
    else:
        issuer, title, template, unit = rng.choice(CIRCULARS)
        subject = template.format(year=year)
        s.add(service_letterhead(rng, issuer, "Gabinete"))
        label = pick(rng, ("CIRCULAR ORD.", "CIRCULAR", "CIRCULAR N°"))
        head = numbered(rng, label, num, d.year).replace("N° N°", "N°")
        s.add(Column((f"**{head}", f"MAT.: {subject}", place_date(rng, d, "SANTIAGO"))))
        s.add(
            Fields(
                (
                    (
                        "A",
                        pick(
                            rng,
                            (
                                "SEÑORES ALCALDES Y ALCALDESAS DEL PAÍS",
                                "SEGÚN DISTRIBUCIÓN",
                                "MUNICIPALIDADES DEL PAÍS",
                            ),
                        ),
                    ),
                    ("DE", title.upper()),
                ),
                label_width=1.4,
            )
        )
        direction = "entrada"
    s.add(
        Para(
            f"Con el objeto de uniformar criterios, se imparten las siguientes instrucciones "
            f"en relación con la materia: {_lower_first(subject)}.",
            first=1.0,
        )
    )
    s.add(
        Items(
            (
                "Las unidades deberán adoptar las medidas necesarias para su cumplimiento.",
                f"El plazo para informar vence el {pp.long_date(d + timedelta(days=20))}.",
                "Cualquier consulta deberá canalizarse a través de la unidad respectiva.",
            ),
            marker=rng.choice(("1.", "a)", "I.")),
        )
    )
    s.add(Para("Se solicita dar la más amplia difusión a la presente circular.", first=1.0))
    s.add(Signature((f"**{signer.upper}", title.upper())))
    truth = EvalTruth(
        kind="circular",
        doc_type="circular",
        direction=direction,
        unit=unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=issuer,
        layout="interna" if internal else "ministerio",
    )
    return s, truth


# (issuer, title template, unit) of reports from outside
EXTERNAL_REPORTS = (
    ("Contraloría Regional del Maule", "INFORME FINAL N° {n}",
     "Auditoría al macroproceso de adquisiciones de la Municipalidad de Licantén", "control"),
    ("Superintendencia de Electricidad y Combustibles", "INFORME DE FISCALIZACIÓN N° {n}",
     "Condiciones de seguridad del alumbrado público de {street}", "dom"),
    ("Secretaría Regional Ministerial de Salud", "ACTA-INFORME DE INSPECCIÓN N° {n}",
     "Condiciones sanitarias de la cocina de la {school}", "educacion"),
    ("Servicio de Salud del Maule", "INFORME TÉCNICO N° {n}",
     "Evaluación del cumplimiento de metas sanitarias del {health}", "salud"),
)  # fmt: skip


def informe(rng: random.Random) -> Made:
    d, num = pp.when(rng), pp.number(rng, 2, 480)
    signer = pp.person(rng)
    s = sheet(rng)
    if rng.random() < 0.6:
        t = topic(rng)
        subject = (
            f"{pick(rng, ('Análisis de', 'Situación de', 'Evaluación técnica de'))} {t.matter}"
        )
        unit, direction, org = t.unit, "interno", pp.MUNICIPALITY
        s.add(muni_letterhead(rng, unit))
        s.add(
            Title(
                numbered(
                    rng, pick(rng, ("INFORME TÉCNICO", "INFORME", "INFORME N°")), num, d.year
                ).replace("N° N°", "N°"),
                grow=2,
            )
        )
        s.add(
            Fields(
                (
                    ("A", pick(rng, ("ALCALDE", "ADMINISTRADOR MUNICIPAL", "CONCEJO MUNICIPAL"))),
                    ("DE", pp.UNITS[unit][1].upper()),
                    ("FECHA", pp.written_date(rng, d)),
                    (pick(rng, ("MATERIA", "ASUNTO", "REF.")), subject),
                ),
                boxed=rng.random() < 0.4,
                label_width=2.4,
            )
        )
        detail = t.detail
        title = pp.UNITS[unit][1]
    else:
        issuer, head, template, unit = rng.choice(EXTERNAL_REPORTS)
        subject = pp.agree(
            template.format(
                street=rng.choice(pp.STREETS),
                school=rng.choice(pp.SCHOOLS),
                health=rng.choice(pp.HEALTH),
            )
        )
        direction, org, title = "entrada", issuer, "Jefe de Unidad"
        s.add(service_letterhead(rng, issuer, "Región del Maule"))
        s.add(Title(head.format(n=pp.dotted(num)), grow=2))
        s.add(
            Para(
                f"{pick(rng, ('MATERIA', 'SOBRE', 'Asunto'))}: {subject}", bold=True, align="center"
            )
        )
        s.add(Para(place_date(rng, d, "TALCA"), align="right"))
        detail = "El trabajo se ejecutó conforme a las normas y procedimientos de fiscalización."
    s.add(Para("1. ANTECEDENTES", bold=True, align="left"))
    s.add(Para(detail, first=0.8))
    s.add(Para("2. ANÁLISIS", bold=True, align="left"))
    s.add(
        Grid(
            (
                ("Aspecto", "Observación", "Prioridad"),
                ("Documentación", "Incompleta en parte", "Media"),
                ("Plazos", f"{rng.randint(2, 40)} días de atraso", "Alta"),
                ("Presupuesto", pp.money(rng, 1_000_000, 90_000_000), "Baja"),
            ),
            widths=(0.25, 0.5, 0.25),
        )
    )
    s.add(Para("3. CONCLUSIONES", bold=True, align="left"))
    s.add(
        Para(
            "Se recomienda adoptar las medidas señaladas y remitir un plan de acción en el "
            "plazo de 30 días hábiles.",
            first=0.8,
        )
    )
    s.add(Signature((f"**{signer.upper}", title.upper())))
    truth = EvalTruth(
        kind="informe",
        doc_type="informe",
        direction=direction,
        unit=unit,
        subject=subject,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=org,
        layout=direction,
    )
    return s, truth


# (unit, title, what it certifies)
CERTIFICATES = (
    ("dom", "CERTIFICADO DE NÚMERO", "al inmueble ubicado en {street}, rol de avalúo {rol}, le "
     "corresponde el número municipal {n}."),
    ("dom", "CERTIFICADO DE RECEPCIÓN DEFINITIVA", "las obras de la vivienda de {street} N° {n} "
     "cuentan con recepción definitiva."),
    ("dom", "CERTIFICADO DE INFORMACIONES PREVIAS", "el predio rol {rol} se encuentra en zona "
     "urbana ZU-2 del Plan Regulador Comunal."),
    ("daf", "CERTIFICADO DE DEUDA", "el contribuyente {person} no registra deuda por derechos "
     "municipales a la fecha."),
    ("transito", "CERTIFICADO DE PERMISO DE CIRCULACIÓN", "el vehículo placa patente "
     "{plate} pagó su permiso de circulación del año {year} en esta comuna."),
    ("secretaria-municipal", "CERTIFICADO DE VIGENCIA", "la {org} mantiene su personalidad "
     "jurídica vigente y su directiva fue elegida el {when}."),
    ("secretaria-municipal", "CERTIFICADO DE ACUERDO", "el Concejo Municipal, en sesión "
     "ordinaria N° {n}, aprobó por unanimidad la subvención a la {org}."),
    ("salud", "CERTIFICADO DE INSCRIPCIÓN", "{person} se encuentra inscrito(a) en el "
     "{health}."),
    ("educacion", "CERTIFICADO DE DESEMPEÑO", "{person} se desempeña como docente en la "
     "{school} desde el año {year}."),
    ("dideco", "CERTIFICADO DE PARTICIPACIÓN", "{person} participó en el taller de "
     "emprendimiento de la Oficina de Fomento Productivo durante el año {year}."),
)  # fmt: skip


def certificado(rng: random.Random) -> Made:
    unit, title, text = rng.choice(CERTIFICATES)
    d, num = pp.when(rng), pp.number(rng, 5, 1400)
    signer = pp.person(rng)
    plate = "".join(rng.choice("BCDFGHJKLPRSTVWXYZ") for _ in range(4)) + f"{rng.randint(10, 99)}"
    body = pp.agree(
        text.format(
            street=rng.choice(pp.STREETS),
            rol=f"{rng.randint(10, 420)}-{rng.randint(1, 90)}",
            n=rng.randint(10, 2400),
            person=pp.person(rng).name,
            plate=plate,
            year=d.year,
            org=rng.choice(pp.ORGS),
            when=pp.long_date(pp.when(rng)),
            health=rng.choice(pp.HEALTH),
            school=rng.choice(pp.SCHOOLS),
        )
    )
    s = sheet(rng, footer=muni_footer(rng))
    s.add(muni_letterhead(rng, unit))
    s.add(Gap(10))
    s.add(Title(title, grow=3, underline=rng.random() < 0.5))
    s.add(Title(numbered(rng, "", num, d.year).strip(), grow=0.5))
    role = pp.UNITS[unit][1]
    s.add(
        Para(
            f"{'La' if signer.female else 'El'} {role} de la {pp.MUNICIPALITY} que suscribe, "
            f"certifica que {body}",
            first=1.5,
        )
    )
    s.add(
        Para(
            "Se extiende el presente certificado a petición del interesado, para los fines "
            "que estime conveniente.",
            first=1.5,
        )
    )
    s.add(Para(place_date(rng, d), align="right"))
    s.add(Signature((f"**{signer.upper}", role.upper())))
    s.add(Small((pp.initials(rng), f"Derechos pagados: {pp.money(rng, 1000, 9000)}")))
    truth = EvalTruth(
        kind="certificado",
        doc_type="certificado",
        direction="salida",
        unit=unit,
        subject=title,
        doc_number=num,
        doc_date=d,
        sender=signer.name,
        sender_org=pp.MUNICIPALITY,
        layout="certificado",
    )
    return s, truth
