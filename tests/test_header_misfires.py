"""What the table-header and scan rules must not do: a review of them found each of these
inputs misread, and each stays read as a clerk would read it."""

from __future__ import annotations

from datetime import date

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_number

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


@pytest.mark.parametrize(
    "heading",
    [
        "OFICIO ORD. N° 45\nRESERVADO NO COPIAR",
        "OFICIO ORD. N° 45\nRESERVADO: NO DIFUNDIR",
        "OFICIO ORDINARIO\nRESERVADO Nº\n45",
        "OF. RESERVADO Nº: [45",
        "OF. RESERVADO Nº ¡45",
        "OF. RESERVADO Nº-45",
        "OFICIO ORD. N° 45\nRESERVADO",
        "OFICIO ORD. N° 45\nReservado: Sí",
    ],
)
def test_a_reserved_oficio_stays_reserved(heading: str) -> None:
    text = (
        f"GOBIERNO REGIONAL DEL BIOBÍO\n{heading}\nMAT.: Sumario administrativo\nJunto con saludar."
    )
    assert classify(text, policy=POLICY).reserved


@pytest.mark.parametrize("heading", ["OF. RES. N° 12", "ORD. RES. N° 12", "Oficio Res. N° 12"])
def test_a_reserved_oficio_abbreviated_in_its_heading(heading: str) -> None:
    text = (
        f"GOBIERNO REGIONAL DEL BIOBÍO\n{heading}\nMAT.: Sumario administrativo\nJunto con saludar."
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.reserved) == ("oficio_reservado", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Negrete, 10 de marzo de 2026\nSeñor Alcalde\nPresente\nDe mi consideración:\n"
            "Le escribo por lo acordado en la fecha indicada, 3 de enero de 2020, en la reunión.",
            date(2026, 3, 10),
        ),
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO ALCALDICIO N° 1234 DE FECHA 12 DE MARZO "
            "DE 2024\nVISTOS: el decreto de 3 de enero de 2020.",
            date(2024, 3, 12),
        ),
        (
            "Señor Alcalde\nPresente\nDe mi consideración:\nLe escribo por lo ocurrido el 3 de "
            "enero de 2020.\nAtentamente,\nConcepción , 16 de diciembre de 2024",
            date(2024, 12, 16),
        ),
        (
            "Señor Alcalde\nPresente\nDe mi consideración:\nLe escribo por lo ocurrido el 3 de "
            "enero de 2020.\nAtentamente,\nDado en Negrete, a 16 de diciembre de 2024",
            date(2024, 12, 16),
        ),
    ],
)
def test_a_date_in_prose_does_not_date_the_document(text: str, expected: date) -> None:
    assert classify(text, policy=POLICY).doc_date == expected


@pytest.mark.parametrize(
    ("header", "doc_type", "number"),
    [
        ("ORD. N°2 15.03.2026", "oficio", "2"),
        ("OFICIO ORD. N°9 12 de marzo", "oficio", "9"),
        ("DECRETO EXENTO N° 45,2024", "decreto", "45"),
        ("RES. EX. N° ________ (2025)", "resolucion", None),
        ("ORDENANZA MUNICIPAL 2024", "ordenanza", None),
        ("INFORME SEMANAL 15.03.2024", "informe", None),
        ("OFICIO ORD. N° (2765", "oficio", "2765"),
    ],
)
def test_a_number_is_not_taken_from_a_date_a_year_or_a_blank(
    header: str, doc_type: str, number: str | None
) -> None:
    assert document_number([header], doc_type) == number


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("ORDINARIO 2024\nMAT.: Consulta\nJunto con saludar.", "otro"),
        (
            "ACTA DE EVALUACIÓN\nCOMISIÓN EVALUADORA LICITACIÓN 123\nEn Negrete, a 3 de marzo.",
            "otro",
        ),
        ("ACTA DE RECEPCIÓN PROVISORIA\nCOMISIÓN RECEPTORA\nEn Negrete, a 3 de marzo.", "otro"),
        (
            "SESIÓN ORDINARIA N° 45\nCERTIFICADO N° 123\nEl Secretario Municipal certifica que",
            "certificado",
        ),
        (
            "SOLICITUD\nTipo: Certificado de residencia\nNombre: Juan Soto\n"
            "Solicito el certificado.",
            "otro",
        ),
    ],
)
def test_types_that_the_new_headings_must_not_claim(text: str, doc_type: str) -> None:
    assert classify(text, policy=POLICY).doc_type == doc_type


def test_a_bank_account_in_a_letter_is_not_its_number() -> None:
    text = """EMPRESA CONSTRUCTORA SUR SPA
Banco Estado Cta. N° 62909034
Señor Alcalde
Presente
De mi consideración:
Le escribo por el estado de pago."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("carta", None)


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        (
            "RESOLUCIÓN EXENTA N° 44\nAPRUEBA BASES ADMINISTRATIVAS ESPECIALES\nY TÉCNICAS,\n"
            "ANEXOS Y CONTRATO\nVISTOS: la ley.",
            "APRUEBA BASES ADMINISTRATIVAS ESPECIALES Y TÉCNICAS, ANEXOS Y CONTRATO",
        ),
        (
            "RESOLUCIÓN EXENTA N° 44\nOTORGA PERMISO ADMINISTRATIVO\n"
            "A FUNCIONARIA, 3 DÍAS HÁBILES\nVISTOS: la ley.",
            "OTORGA PERMISO ADMINISTRATIVO A FUNCIONARIA, 3 DÍAS HÁBILES",
        ),
        (
            "RESOLUCIÓN EXENTA N° 44\nAPRUEBA CONVENIO CON HOSPITAL REGIONAL\nTEMUCO\n"
            "PARA ATENCIÓN DE URGENCIA\nVISTOS: la ley.",
            "APRUEBA CONVENIO CON HOSPITAL REGIONAL TEMUCO PARA ATENCIÓN DE URGENCIA",
        ),
        (
            "ORD. N° 44\nMAT.: Remite informe técnico\nde\nla obra de pavimentación\n"
            "Junto con saludar.",
            "Remite informe técnico de la obra de pavimentación",
        ),
    ],
)
def test_a_subject_is_not_cut_at_a_word_that_looks_like_a_place_or_a_field(
    lines: str, subject: str
) -> None:
    text = f"SERVICIO DE SALUD ARAUCANÍA SUR\n{lines}"
    assert classify(text, policy=POLICY).subject == subject
