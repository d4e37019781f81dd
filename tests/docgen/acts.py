"""Administrative acts: resoluciones of national services, dictámenes of Contraloría and
decretos exentos of the municipality, in the forms real ones take (headings "RES. EX. N°",
summaries above VISTOS, dates stamped "12 ENE 2026", distribution lists after the signature).
"""

from __future__ import annotations

import random
from datetime import date

from tests.docgen.content import MONTHS, Topic, Truth, spanish_date, when
from tests.docgen.people import COMMUNE, FILLER, MUNICIPALITY, PLACES, PUBLIC_BODIES

# (verb of the summary, its object before the topic); the operative part repeats the verb.
_ACTIONS = [
    ("APRUEBA", "TRANSFERENCIA DE RECURSOS PARA LA"),
    ("AUTORIZA", "LA EJECUCIÓN DE LA"),
    ("DECLARA ADMISIBLE", "LA POSTULACIÓN DE LA"),
    ("ORDENA", "LA REVISIÓN DE LA"),
]
_OPERATIVE = {
    "APRUEBA": "APRUÉBASE",
    "AUTORIZA": "AUTORÍZASE",
    "DECLARA ADMISIBLE": "DECLÁRASE ADMISIBLE",
    "ORDENA": "ORDÉNASE",
}
_MONTH_SHORT = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def styled_date(rng: random.Random, day: date) -> str:
    """A date as offices print or stamp it."""
    return rng.choice(
        [
            spanish_date(day),
            f"{day.day:02d} {_MONTH_SHORT[day.month - 1]} {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day} de {MONTHS[day.month - 1]} {day.year}",
        ]
    )


def _summary(rng: random.Random, topic: Topic) -> tuple[str, str]:
    """(summary above VISTOS, first point of the operative part)."""
    verb, what = rng.choice(_ACTIONS)
    summary = f"{verb} {what} {topic[0].upper()}"
    return summary, f"{_OPERATIVE[verb]} {what.lower()} {topic[0]}"


def resolucion(rng: random.Random, topic: Topic) -> Truth:
    """A resolución exenta of a national or regional service about the municipality."""
    bodies = [b for b in PUBLIC_BODIES if not b[0].startswith(("CARABINEROS", "CONTRALOR"))]
    body, title, person = rng.choice(bodies)
    day = when(rng)
    number, heading = _resolution_heading(rng, day)
    summary, operative = _summary(rng, topic)
    has_summary = rng.random() < 0.8
    place_date = f"{rng.choice(PLACES)}, {styled_date(rng, day)}"
    top = [heading, summary, place_date] if rng.random() < 0.5 else [heading, place_date, summary]
    lines = [
        f"#{body}",
        rng.choice(["DEPARTAMENTO JURÍDICO", "DIVISIÓN DE ADMINISTRACIÓN Y FINANZAS", "GABINETE"]),
        *(top if has_summary else [heading, place_date]),
        "",
        "VISTOS:",
        "Lo dispuesto en la Ley N° 19.880, que establece bases de los procedimientos "
        "administrativos; en el D.F.L. N° 1/19.653, de 2000; en el Decreto Supremo N° 355, "
        "de 1976; y en la Resolución N° 7, de 2019, de la Contraloría General de la República.",
        "CONSIDERANDO:",
        f"1. Que la {MUNICIPALITY.title()} ha solicitado a este servicio la {topic[0]}.",
        f"2. {rng.choice(FILLER)}",
        "RESUELVO:",
        f"1. {operative}.",
        "2. Notifíquese la presente resolución a la municipalidad.",
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "",
        f"@{person}",
        f"@{title}",
        *_distribution(rng),
    ]
    return Truth(
        kind="resolucion",
        doc_type="resolucion",
        direction="entrada",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=summary if has_summary else operative,
        sender=title,
        sender_org=body,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=tuple(lines),
    )


def _resolution_heading(rng: random.Random, day: date) -> tuple[str, str]:
    """(number, heading): the forms services print, long electronic numbers included."""
    short = str(rng.randint(10, 4999))
    electronic = f"{day.year}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    number, heading = rng.choice(
        [
            (short, f"RESOLUCIÓN EXENTA N° {short}"),
            (electronic, f"RES. EX. N° {electronic}"),
            (short, f"REX N° {short}/{day.year}"),
            (short, f"RESOLUCIÓN EXENTA ELECTRÓNICA N° {short}"),
            (short, f"RESOLUCIÓN N° {short}"),
        ]
    )
    return number, heading


def _distribution(rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return []
    return ["", "DISTRIBUCIÓN:", f"- {MUNICIPALITY.title()}", "- Oficina de Partes", "- Archivo"]


def dictamen(rng: random.Random, topic: Topic) -> Truth:
    """A dictamen of Contraloría answering a question about the municipality."""
    day = when(rng)
    regional = rng.random() < 0.4
    org = "CONTRALORÍA REGIONAL DEL BIOBÍO" if regional else "CONTRALORÍA GENERAL DE LA REPÚBLICA"
    post = "Contralor Regional del Biobío" if regional else "Contralor General de la República"
    number = rng.choice([f"E{rng.randint(100000, 999999)}", str(rng.randint(1000, 99999))])
    printed = f"{int(number):,}".replace(",", ".") if number.isdigit() else number
    style = rng.choice(["materia", "summary", "none"])
    subject = f"Se pronuncia sobre la {topic[0]}"
    place = rng.choice(["SANTIAGO", "CONCEPCIÓN"])
    heading = [f"DICTAMEN N° {printed}", f"{place}, {styled_date(rng, day)}"]
    if style == "materia":
        heading.insert(1, f"MATERIA: {subject}.")
    elif style == "summary":
        heading.append(f"{subject}.")
    lines = (
        f"#{org}",
        rng.choice(["#DIVISIÓN DE MUNICIPALIDADES", "#UNIDAD JURÍDICA"]),
        *heading,
        "",
        f"Se ha dirigido a esta Contraloría General la {MUNICIPALITY.title()}, solicitando un "
        f"pronunciamiento acerca de la {topic[0]}.",
        "Requerido su informe, el servicio expuso los antecedentes del caso.",
        "Sobre el particular, cabe recordar que la Ley N° 18.695, Orgánica Constitucional de "
        "Municipalidades, regula las atribuciones de los municipios en esta materia.",
        "En consecuencia, esta Entidad de Control cumple con manifestar que la municipalidad "
        "deberá ajustar su actuar a lo expuesto.",
        "",
        "Saluda atentamente a Ud.,",
        "@Dorothy Pérez Gutiérrez" if not regional else "@Patricio Rivas Ortúzar",
        f"@{post}",
    )
    return Truth(
        kind="dictamen",
        doc_type="dictamen",
        direction="entrada",
        unit="control",  # Contraloría's rulings go to the Dirección de Control, by routing rule
        doc_number=number,
        doc_date=day,
        subject=None if style == "none" else subject,
        sender=post,
        sender_org=org,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def decreto_exento(rng: random.Random, topic: Topic) -> Truth:
    """A municipal decreto exento with its summary above VISTOS, as most are printed."""
    number, day = str(rng.randint(100, 4999)), when(rng)
    summary, operative = _summary(rng, topic)
    heading = rng.choice([f"DECRETO EXENTO N° {number}", f"DECRETO ALCALDICIO EXENTO N° {number}"])
    lines = (
        f"#{MUNICIPALITY}",
        rng.choice(["#SECRETARÍA MUNICIPAL", "#DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS"]),
        heading,
        summary,
        f"{COMMUNE}, {styled_date(rng, day)}",
        "",
        "VISTOS:",
        "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
        "Municipalidades; el Decreto Alcaldicio N° 1.234, de 2024, que delega facultades; y la "
        "Resolución N° 7, de 2019, de la Contraloría General de la República.",
        "CONSIDERANDO:",
        f"1. La necesidad de disponer la {topic[0]}.",
        "DECRETO:",
        f"1. {operative}.",
        "2. Impútese el gasto a la cuenta presupuestaria correspondiente.",
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "",
        "@Javier Hermosilla Yáñez",
        "@ALCALDE",
        *_distribution(rng),
    )
    return Truth(
        kind="decreto_exento",
        doc_type="decreto",
        direction="interno",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=summary,
        sender="ALCALDE",
        sender_org=MUNICIPALITY,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )
