"""What citizens, companies, councils and other bodies send: letters, requests, complaints."""

from __future__ import annotations

import random

from tests.docgen.content import Topic, Truth, spanish_date, when
from tests.docgen.people import (
    COMMUNE,
    COMPANIES,
    FILLER,
    MUNICIPALITY,
    NEIGHBOURHOOD_COUNCILS,
    PUBLIC_BODIES,
    citizen,
    random_rut,
)

ADDRESSEE = ("Señor", "Alcalde", "Ilustre Municipalidad de Negrete", "Presente")


def carta(rng: random.Random, topic: Topic) -> Truth:
    """A letter from a citizen, a company or a neighbourhood council."""
    who = rng.choice(["persona", "persona", "empresa", "junta"])
    org: str | None = None
    person = citizen(rng)
    rut = person.rut
    signature = [f"@{person.name}", f"@RUT: {rut}"]
    if who == "empresa":
        org, rut, post = rng.choice(COMPANIES)
        signature = [f"@{person.name}", f"@{post}", f"@{org}", f"@RUT: {rut}"]
    elif who == "junta":
        org, rut = rng.choice(NEIGHBOURHOOD_COUNCILS), random_rut(rng)
        signature = [f"@{person.name}", "@Presidente(a)", f"@{org}", f"@RUT: {rut}"]
    day = when(rng)
    request = rng.choice(["solicito su apoyo para", "solicitamos información sobre"])
    lines = (
        *([f"#{org}"] if org else []),
        f"{COMMUNE}, {spanish_date(day)}",
        "",
        *ADDRESSEE,
        "",
        "De mi consideración:",
        f"Por medio de la presente, {request} la {topic[0]}, que afecta a numerosas "
        "familias del sector.",
        rng.choice(FILLER),
        "",
        "Atentamente,",
        *signature,
        f"Teléfono: +56 9 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
    )
    return Truth(
        kind="carta",
        doc_type="carta",
        direction="entrada",
        unit=topic[1],
        doc_number=None,
        doc_date=day,
        subject=f"{request} la {topic[0]}",  # a letter's request stands for its subject
        sender=person.name,
        sender_org=org,
        recipient="Alcalde",
        ruts=(rut,),
        keyword=topic[2],
        lines=lines,
    )


def solicitud_transparencia(rng: random.Random, topic: Topic) -> Truth:
    person, day = citizen(rng), when(rng)
    folio = f"MU{rng.randint(100, 999)}T{rng.randint(1000000, 9999999):07d}"
    subject = f"Copia de los documentos relativos a la {topic[0]}"
    lines = (
        "#SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA",
        "#Ley N° 20.285 sobre Acceso a la Información Pública",
        f"Folio: {folio}",
        f"Fecha de presentación: {spanish_date(day)}",
        f"Órgano: {MUNICIPALITY}",
        f"Nombre del solicitante: {person.name}",
        f"RUT: {person.rut}",
        f"Correo electrónico: {person.name.split()[0].lower()}@correo.cl",
        "",
        f"Información solicitada: {subject}.",
        "Forma de entrega: por correo electrónico, en formato PDF.",
    )
    return Truth(
        kind="solicitud_transparencia",
        doc_type="solicitud_transparencia",
        direction="entrada",
        unit="administracion",  # the transparency officer, by the default routing rule
        doc_number=folio,
        doc_date=day,
        subject=subject,
        sender=person.name,
        recipient=None,
        ruts=(person.rut,),
        keyword=topic[2],
        lines=lines,
    )


def solicitud_audiencia_lobby(rng: random.Random, topic: Topic) -> Truth:
    person, day = citizen(rng), when(rng)
    org, rut, _post = rng.choice(COMPANIES)
    subject = f"Reunión para exponer sobre la {topic[0]}"
    lines = (
        "#SOLICITUD DE AUDIENCIA",
        "#Ley N° 20.730 que regula el Lobby y las gestiones de intereses particulares",
        f"Fecha: {spanish_date(day)}",
        "Sujeto pasivo: Alcalde de la Ilustre Municipalidad de Negrete",
        f"Solicitante: {person.name}, RUT {person.rut}",
        f"Entidad representada: {org}, RUT {rut}",
        f"Materia: {subject}.",
        "Se solicita una audiencia presencial en dependencias municipales.",
    )
    return Truth(
        kind="solicitud_audiencia_lobby",
        doc_type="solicitud_audiencia_lobby",
        direction="entrada",
        unit="alcaldia",  # audiences are the mayor's, by the default routing rule
        doc_number=None,
        doc_date=day,
        subject=subject,
        sender=person.name,
        sender_org=org,
        recipient="Alcalde de la Ilustre Municipalidad de Negrete",
        ruts=(person.rut, rut),
        keyword=topic[2],
        lines=lines,
    )


def reclamo(rng: random.Random, topic: Topic) -> Truth:
    person, day = citizen(rng), when(rng)
    subject = f"Reclamo por deficiencias en la {topic[0]}"
    lines = (
        "#FORMULARIO DE RECLAMOS Y SUGERENCIAS",
        f"#{MUNICIPALITY}",
        f"{COMMUNE}, {spanish_date(day)}",
        f"Nombre: {person.name}",
        f"RUT: {person.rut}",
        f"Domicilio: Calle {rng.choice(['Prat', 'Lautaro', 'Colo Colo'])} {rng.randint(1, 999)}",
        f"Materia: {subject}.",
        "Detalle: los vecinos llevamos meses esperando una solución y no hemos recibido "
        "respuesta de la unidad responsable.",
        "Vengo en presentar formalmente este reclamo y solicito una respuesta por escrito.",
    )
    return Truth(
        kind="reclamo",
        doc_type="reclamo",
        direction="entrada",
        unit=topic[1],
        doc_number=None,
        doc_date=day,
        subject=subject,
        sender=person.name,
        recipient=None,
        ruts=(person.rut,),
        keyword=topic[2],
        lines=lines,
    )


def acta_concejo(rng: random.Random, topic: Topic) -> Truth:
    number, day = str(rng.randint(1, 45)), when(rng)
    kind = rng.choice(["ORDINARIA", "EXTRAORDINARIA"])
    title = f"ACTA SESIÓN {kind} N° {number}"
    lines = (
        f"#{MUNICIPALITY}",
        "#CONCEJO MUNICIPAL",
        title,
        f"En {COMMUNE}, a {spanish_date(day)}, siendo las 15:30 horas, se da inicio a la "
        f"sesión {kind.lower()} del Concejo Municipal, presidida por el Alcalde.",
        "Asisten los concejales señores y señoras de la comuna; actúa como ministro de fe "
        "el Secretario Municipal.",
        f"TABLA: 1. Aprobación del acta anterior. 2. Exposición sobre la {topic[0]}.",
        "ACUERDO: se aprueba por la unanimidad de los concejales presentes.",
        "",
        "@SECRETARIO MUNICIPAL",
        "@MINISTRO DE FE",
    )
    return Truth(
        kind="acta_concejo",
        doc_type="acta_concejo",
        direction="interno",
        unit="secretaria-municipal",  # the Secretario keeps the minutes, by routing rule
        doc_number=number,
        doc_date=day,
        subject=title,  # minutes have no MAT.: their title says what they are
        sender="SECRETARIO MUNICIPAL",
        sender_org=MUNICIPALITY,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def convenio(rng: random.Random, topic: Topic) -> Truth:
    body, title, person = rng.choice(PUBLIC_BODIES)
    day = when(rng)
    subject = f"Convenio de transferencia de recursos para la {topic[0]}"
    lines = (
        "#CONVENIO DE TRANSFERENCIA DE RECURSOS",
        f"#{body}",
        f"#Y {MUNICIPALITY}",
        f"En {rng.choice(['CONCEPCIÓN', 'LOS ÁNGELES'])}, a {spanish_date(day)}, entre el "
        f"{body.title()}, representado por {person}, y la {MUNICIPALITY.title()}, representada "
        "por su Alcalde, se acuerda lo siguiente:",
        f"PRIMERO: el objeto del presente convenio es financiar la {topic[0]}.",
        "SEGUNDO: la municipalidad rendirá cuenta de los recursos transferidos.",
        "",
        f"@{person}",
        f"@{title}",
    )
    return Truth(
        kind="convenio",
        doc_type="convenio",
        direction="entrada",
        unit=topic[1],
        doc_number=None,
        doc_date=day,
        subject=subject,
        sender=title,
        sender_org=body,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def otro(rng: random.Random, topic: Topic) -> Truth:
    """An invitation: official mail that is none of the formal types."""
    body, title, person = rng.choice(PUBLIC_BODIES)
    day = when(rng)
    lines = (
        f"#{body}",
        "#INVITACIÓN",
        f"{rng.choice(['CONCEPCIÓN', 'LOS ÁNGELES'])}, {spanish_date(day)}",
        f"El {title.title()} tiene el agrado de invitar a usted a la jornada regional sobre "
        f"{topic[0]}, que se realizará el próximo mes en el salón auditorio.",
        "Se ruega confirmar asistencia.",
        "",
        f"@{person}",
        f"@{title}",
    )
    return Truth(
        kind="otro",
        doc_type="otro",
        direction="entrada",
        unit=topic[1],
        doc_number=None,
        doc_date=day,
        subject=None,
        sender=title,
        sender_org=body,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )
