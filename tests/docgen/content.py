"""Realistic content of Chilean municipal documents, with the ground truth of each field."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

MUNICIPALITY = "ILUSTRE MUNICIPALIDAD DE NEGRETE"
COMMUNE = "NEGRETE"
MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

# (topic with an accented keyword, unit that handles it, keyword without accents)
TOPICS = [
    ("pavimentación del pasaje Los Aromos", "dom", "pavimentacion"),
    ("iluminación pública en la población El Sauce", "dom", "iluminacion"),
    ("fiscalización de ferias libres", "jpl", "fiscalizacion"),
    ("reparación de la escuela básica Coihue", "educacion", "reparacion"),
    ("señalética de tránsito en avenida Bernardo O'Higgins", "transito", "senaletica"),
    ("atención de salud en la posta rural de Rihue", "salud", "atencion"),
    ("postulación al subsidio habitacional del sector Vaquería", "dideco", "postulacion"),
    ("modificación presupuestaria del área de gestión", "daf", "modificacion"),
    ("adjudicación de la licitación de áreas verdes", "secplan", "adjudicacion"),
    ("rendición de cuentas del fondo de desarrollo vecinal", "control", "rendicion"),
    ("regularización de la construcción en calle Lautaro", "dom", "regularizacion"),
    ("capacitación de dirigentes de juntas de vecinos", "dideco", "capacitacion"),
]
PUBLIC_BODIES = [
    ("SERVICIO DE SALUD BIOBÍO", "DIRECTOR SERVICIO DE SALUD BIOBÍO", "Dr. Héctor Muñoz Saavedra"),
    ("GOBIERNO REGIONAL DEL BIOBÍO", "GOBERNADOR REGIONAL DEL BIOBÍO", "Rodrigo Díaz Wörner"),
    ("SEREMI DE VIVIENDA Y URBANISMO", "SECRETARIO REGIONAL MINISTERIAL", "Ana Lagos Fuentes"),
    ("CONTRALORÍA REGIONAL DEL BIOBÍO", "CONTRALOR REGIONAL", "Patricio Rivas Ortúzar"),
    ("DIRECCIÓN REGIONAL DE VIALIDAD", "DIRECTOR REGIONAL DE VIALIDAD", "Jorge Núñez Caro"),
]
CITIZENS = [
    "María José Pérez Soto",
    "Juan Carlos Muñoz Rivas",
    "Rosa Elena Cárdenas Vidal",
    "Luis Alberto Fernández Toro",
    "Carolina Andrea Sepúlveda Núñez",
]
FILLER = [
    "En atención a lo expuesto, se solicita a usted tener a bien considerar la materia indicada.",
    "Lo anterior, conforme a las facultades que otorga la Ley N° 18.695, Orgánica "
    "Constitucional de Municipalidades.",
    "Se adjuntan los antecedentes que respaldan la presente solicitud para su revisión.",
    "Sin otro particular, quedamos atentos a su respuesta dentro de los plazos legales.",
    "La comunidad del sector ha manifestado reiteradamente la necesidad de esta intervención.",
]


@dataclass(frozen=True, kw_only=True)
class Truth:
    """What a perfect reader would extract from the generated document."""

    kind: str
    doc_type: str
    direction: str
    unit: str
    doc_number: str | None
    doc_date: date
    subject: str
    sender: str
    recipient: str | None
    ruts: tuple[str, ...]
    keyword: str
    lines: tuple[str, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["doc_date"] = self.doc_date.isoformat()
        data["ruts"] = list(self.ruts)
        del data["lines"]
        return data


def rut_dv(body: int) -> str:
    total, factor = 0, 2
    while body:
        total += (body % 10) * factor
        body //= 10
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def random_rut(rng: random.Random) -> str:
    body = rng.randint(5_000_000, 24_999_999)
    return f"{body:,}".replace(",", ".") + f"-{rut_dv(body)}"


def spanish_date(d: date) -> str:
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def _when(rng: random.Random) -> date:
    return date(2026, rng.randint(1, 10), rng.randint(1, 28))


def oficio_entrante(rng: random.Random, topic: tuple[str, str, str]) -> Truth:
    body, title, person = rng.choice(PUBLIC_BODIES)
    number, when = str(rng.randint(10, 2999)), _when(rng)
    subject = f"Informa sobre {topic[0]}"
    lines = (
        f"#{body}",
        f"ORD. N° {number}/{when.year}",
        f"ANT.: Su oficio N° {rng.randint(10, 900)} de fecha {spanish_date(when.replace(day=1))}.",
        f"MAT.: {subject}.",
        f"CONCEPCIÓN, {spanish_date(when)}",
        f"DE: {title}",
        f"A: SR. ALCALDE DE LA {MUNICIPALITY}",
        "",
        f"Junto con saludar, me dirijo a usted para informar sobre {topic[0]}.",
        *rng.sample(FILLER, 3),
        "",
        "Saluda atentamente a usted,",
        f"@{person}",
        f"@{title}",
    )
    return Truth(
        kind="oficio",
        doc_type="oficio",
        direction="entrada",
        unit=topic[1],
        doc_number=number,
        doc_date=when,
        subject=subject,
        sender=title,
        recipient=f"SR. ALCALDE DE LA {MUNICIPALITY}",
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def decreto(rng: random.Random, topic: tuple[str, str, str]) -> Truth:
    number, when = str(rng.randint(100, 4999)), _when(rng)
    subject = f"APRUÉBASE la {topic[0]}"
    lines = (
        f"#{MUNICIPALITY}",
        "#SECRETARÍA MUNICIPAL",
        f"DECRETO ALCALDICIO N° {number}",
        f"{COMMUNE}, {spanish_date(when)}",
        "",
        "VISTOS:",
        "Las facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de "
        "Municipalidades, y sus modificaciones.",
        "CONSIDERANDO:",
        f"1. La necesidad de disponer la {topic[0]}.",
        f"2. {rng.choice(FILLER)}",
        "DECRETO:",
        f"1. {subject}.",
        "2. Impútese el gasto a la cuenta presupuestaria correspondiente.",
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "",
        "@Javier Hermosilla Yáñez",
        "@ALCALDE",
    )
    return Truth(
        kind="decreto",
        doc_type="decreto",
        direction="interno",
        unit=topic[1],
        doc_number=number,
        doc_date=when,
        subject=subject,
        sender="ALCALDE",
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def carta_ciudadana(rng: random.Random, topic: tuple[str, str, str]) -> Truth:
    person, rut, when = rng.choice(CITIZENS), random_rut(rng), _when(rng)
    lines = (
        f"{COMMUNE}, {spanish_date(when)}",
        "",
        "Señor",
        "Alcalde",
        "Ilustre Municipalidad de Negrete",
        "Presente",
        "",
        "De mi consideración:",
        f"Por medio de la presente, solicito su apoyo para la {topic[0]}, que afecta a "
        "numerosas familias del sector.",
        rng.choice(FILLER),
        "",
        "Atentamente,",
        f"@{person}",
        f"@RUT: {rut}",
        f"Teléfono: +56 9 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
    )
    return Truth(
        kind="carta",
        doc_type="carta",
        direction="entrada",
        unit=topic[1],
        doc_number=None,
        doc_date=when,
        subject=f"Solicita apoyo para la {topic[0]}",
        sender=person,
        recipient="Alcalde",
        ruts=(rut,),
        keyword=topic[2],
        lines=lines,
    )


def memorandum(rng: random.Random, topic: tuple[str, str, str]) -> Truth:
    number, when = str(rng.randint(1, 800)), _when(rng)
    subject = f"Coordina {topic[0]}"
    lines = (
        f"#{MUNICIPALITY}",
        f"MEMORÁNDUM N° {number}",
        f"ANT.: Reunión de coordinación del {spanish_date(when.replace(day=1))}.",
        f"MAT.: {subject}.",
        f"{COMMUNE}, {spanish_date(when)}",
        "DE: ADMINISTRADOR MUNICIPAL",
        "A: DIRECTOR DE OBRAS MUNICIPALES",
        "",
        f"Por instrucción del Sr. Alcalde, solicito coordinar la {topic[0]}.",
        rng.choice(FILLER),
        "",
        "@ADMINISTRADOR MUNICIPAL",
    )
    return Truth(
        kind="memorandum",
        doc_type="memorandum",
        direction="interno",
        unit=topic[1],
        doc_number=number,
        doc_date=when,
        subject=subject,
        sender="ADMINISTRADOR MUNICIPAL",
        recipient="DIRECTOR DE OBRAS MUNICIPALES",
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


GENERATORS = {
    "oficio": oficio_entrante,
    "decreto": decreto,
    "carta": carta_ciudadana,
    "memorandum": memorandum,
}
