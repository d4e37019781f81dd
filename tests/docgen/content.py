"""Realistic content of Chilean municipal documents, with the ground truth of each field.

Line markers for the renderer: ``#`` bold header, ``@`` centred (signatures), ``%`` two
columns separated by a tab (letterhead on the left, the number block on the right).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from tests.docgen.people import (
    COMMUNE,
    FILLER,
    INTERNAL_POSTS,
    MUNICIPALITY,
    PLACES,
    PUBLIC_BODIES,
    TOPICS,
    random_rut,
    rut_dv,
)

__all__ = ["MONTHS", "TOPICS", "Truth", "random_rut", "rut_dv", "spanish_date"]

MONTHS = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
]  # fmt: skip
Topic = tuple[str, str, str]


@dataclass(frozen=True, kw_only=True)
class Truth:
    """What a perfect reader would extract from the generated document."""

    kind: str
    doc_type: str
    direction: str
    unit: str
    doc_number: str | None
    doc_date: date
    subject: str | None  # None: the document states no subject of its own
    sender: str
    recipient: str | None
    ruts: tuple[str, ...]
    keyword: str
    sender_org: str | None = None
    antecedents: str | None = None
    reserved: bool = False
    lines: tuple[str, ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["doc_date"] = self.doc_date.isoformat()
        data["ruts"] = list(self.ruts)
        del data["lines"]
        return data


def spanish_date(d: date) -> str:
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def when(rng: random.Random) -> date:
    return date(2026, rng.randint(1, 10), rng.randint(1, 28))


def subject_label(rng: random.Random) -> str:
    """Most offices write MAT.; some write REF."""
    return "REF.:" if rng.random() < 0.25 else "MAT.:"


def number_block(
    rng: random.Random,
    *,
    letterhead: list[str],
    heading: str,
    antecedents: str | None,
    subject: str,
    place_date: str,
) -> list[str]:
    """The header of an oficio or memo, in one column or beside the letterhead."""
    block = [heading]
    if antecedents:
        block.append(f"ANT.: {antecedents}.")
    block += [f"{subject_label(rng)} {subject}.", place_date]
    if rng.random() < 0.35:  # two columns: letterhead left, number block right
        rows = max(len(letterhead), len(block))
        left = letterhead + [""] * (rows - len(letterhead))
        right = block + [""] * (rows - len(block))
        return [f"%{a}\t{b}" for a, b in zip(left, right, strict=True)]
    return [f"#{line}" for line in letterhead] + block


def oficio_entrante(rng: random.Random, topic: Topic, *, reserved: bool = False) -> Truth:
    body, title, person = rng.choice(PUBLIC_BODIES)
    number, day = str(rng.randint(10, 2999)), when(rng)
    subject = f"{rng.choice(['Informa sobre', 'Solicita antecedentes de', 'Remite'])} {topic[0]}"
    antecedents = f"Su oficio N° {rng.randint(10, 900)} de fecha {spanish_date(day.replace(day=1))}"
    heading = (
        f"ORD. RESERVADO N° {number}/{day.year}" if reserved else f"ORD. N° {number}/{day.year}"
    )
    lines = [
        *number_block(
            rng,
            letterhead=[
                body,
                rng.choice(["DEPARTAMENTO JURÍDICO", "GABINETE", "OFICINA DE PARTES"]),
            ],
            heading=heading,
            antecedents=antecedents,
            subject=subject,
            place_date=f"{rng.choice(PLACES)}, {spanish_date(day)}",
        ),
        f"DE: {title}",
        f"A: SR. ALCALDE DE LA {MUNICIPALITY}",
        "",
        f"Junto con saludar, me dirijo a usted en relación con {topic[0]}.",
        *rng.sample(FILLER, 3),
        "",
        "Saluda atentamente a usted,",
        f"@{person}",
        f"@{title}",
    ]
    return Truth(
        kind="oficio_reservado" if reserved else "oficio",
        doc_type="oficio_reservado" if reserved else "oficio",
        direction="entrada",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=subject,
        sender=title,
        sender_org=body,
        recipient=f"SR. ALCALDE DE LA {MUNICIPALITY}",
        antecedents=antecedents,
        ruts=(),
        keyword=topic[2],
        reserved=reserved,
        lines=tuple(lines),
    )


def oficio_reservado(rng: random.Random, topic: Topic) -> Truth:
    return oficio_entrante(rng, topic, reserved=True)


def oficio_saliente(rng: random.Random, topic: Topic) -> Truth:
    _body, title, _person = rng.choice(PUBLIC_BODIES)
    number, day = str(rng.randint(10, 1999)), when(rng)
    subject = f"{rng.choice(['Responde sobre', 'Solicita apoyo para', 'Informa'])} {topic[0]}"
    lines = [
        *number_block(
            rng,
            letterhead=[MUNICIPALITY, "ALCALDÍA"],
            heading=f"ORD. N° {number}",
            antecedents=None,
            subject=subject,
            place_date=f"{COMMUNE}, {spanish_date(day)}",
        ),
        f"DE: ALCALDE DE LA {MUNICIPALITY}",
        f"A: {title}",
        "",
        f"Por medio del presente, me dirijo a usted respecto de {topic[0]}.",
        *rng.sample(FILLER, 2),
        "",
        "Saluda atentamente a usted,",
        "@Javier Hermosilla Yáñez",
        "@ALCALDE",
    ]
    return Truth(
        kind="oficio_salida",
        doc_type="oficio",
        direction="salida",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=subject,
        sender=f"ALCALDE DE LA {MUNICIPALITY}",
        sender_org=MUNICIPALITY,
        recipient=title,
        ruts=(),
        keyword=topic[2],
        lines=tuple(lines),
    )


def decreto(rng: random.Random, topic: Topic) -> Truth:
    number, day = str(rng.randint(100, 4999)), when(rng)
    subject = f"APRUÉBASE la {topic[0]}"
    lines = (
        f"#{MUNICIPALITY}",
        "#SECRETARÍA MUNICIPAL",
        f"DECRETO ALCALDICIO N° {number}",
        f"{COMMUNE}, {spanish_date(day)}",
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
        doc_date=day,
        subject=subject,
        sender="ALCALDE",
        sender_org=MUNICIPALITY,
        recipient=None,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def memorandum(rng: random.Random, topic: Topic) -> Truth:
    number, day = str(rng.randint(1, 800)), when(rng)
    subject = f"Coordina {topic[0]}"
    sender = rng.choice([p for p, unit in INTERNAL_POSTS if unit != topic[1]])
    recipient = next((p for p, unit in INTERNAL_POSTS if unit == topic[1]), "ALCALDE")
    antecedents = f"Reunión de coordinación del {spanish_date(day.replace(day=1))}"
    lines = [
        *number_block(
            rng,
            letterhead=[MUNICIPALITY],
            heading=f"MEMORÁNDUM N° {number}",
            antecedents=antecedents,
            subject=subject,
            place_date=f"{COMMUNE}, {spanish_date(day)}",
        ),
        f"DE: {sender}",
        f"A: {recipient}",
        "",
        f"Por instrucción del Sr. Alcalde, solicito coordinar la {topic[0]}.",
        rng.choice(FILLER),
        "",
        f"@{sender}",
    ]
    return Truth(
        kind="memorandum",
        doc_type="memorandum",
        direction="interno",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=subject,
        sender=sender,
        sender_org=MUNICIPALITY,
        recipient=recipient,
        antecedents=antecedents,
        ruts=(),
        keyword=topic[2],
        lines=tuple(lines),
    )


def circular(rng: random.Random, topic: Topic) -> Truth:
    number, day = str(rng.randint(1, 90)), when(rng)
    subject = f"Imparte instrucciones sobre {topic[0]}"
    lines = (
        f"#{MUNICIPALITY}",
        "#ADMINISTRACIÓN MUNICIPAL",
        f"CIRCULAR N° {number}",
        f"MAT.: {subject}.",
        f"{COMMUNE}, {spanish_date(day)}",
        "DE: ADMINISTRADOR MUNICIPAL",
        "A: DIRECTORES Y JEFES DE DEPARTAMENTO",
        "",
        f"Se instruye a todas las unidades municipales respecto de {topic[0]}.",
        rng.choice(FILLER),
        "",
        "@ADMINISTRADOR MUNICIPAL",
    )
    return Truth(
        kind="circular",
        doc_type="circular",
        direction="interno",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=subject,
        sender="ADMINISTRADOR MUNICIPAL",
        sender_org=MUNICIPALITY,
        recipient="DIRECTORES Y JEFES DE DEPARTAMENTO",
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def certificado(rng: random.Random, topic: Topic) -> Truth:
    post = next((p for p, unit in INTERNAL_POSTS if unit == topic[1]), "SECRETARIO MUNICIPAL")
    number, day, rut = str(rng.randint(1, 600)), when(rng), random_rut(rng)
    lines = (
        f"#{MUNICIPALITY}",
        f"CERTIFICADO N° {number}",
        f"{COMMUNE}, {spanish_date(day)}",
        "",
        f"El {post.lower()} que suscribe certifica que, según los antecedentes de esta "
        f"unidad, se encuentra en trámite la {topic[0]}, a solicitud del interesado RUT {rut}.",
        "Se extiende el presente certificado para los fines que el interesado estime convenientes.",
        "",
        f"@{post}",
    )
    return Truth(
        kind="certificado",
        doc_type="certificado",
        direction="salida",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=None,
        sender=post,
        sender_org=MUNICIPALITY,
        recipient=None,
        ruts=(rut,),
        keyword=topic[2],
        lines=lines,
    )
