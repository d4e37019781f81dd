"""A number after office initials written without spaces or in a company's letter series,
and a date below a file reference that reads like a reception stamp."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_date, document_number

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


@pytest.mark.parametrize(
    ("line", "doc_type", "number"),
    [
        ("ORD. OR.BIO. N.º: 412-2025", "oficio", "412"),
        ("ORD.DAF N° 77", "oficio", "77"),
        ("OFICIO ORD. SS.ÑUB. N° 1.305", "oficio", "1305"),
        ("Carta GG N° 1290/2025", "carta", "1290"),
        ("CARTA SGP Nº 55", "carta", "55"),
        ("Carta GZ-Ñ N°: 1715", "carta", "1715"),
        ("ORD. DRV Ñ N°: 820", "oficio", "820"),
        ("D.A. EXENTO N° 2953/2025", "decreto", "2953"),
        ("CIRCULAR INTERNA N° 5", "circular", "5"),
        ("Oficio N° 265-B", "oficio", "265-B"),
        ("ORD. N° 1089-24", "oficio", "1089"),
    ],
)
def test_a_number_after_initials(line: str, doc_type: str, number: str) -> None:
    header = ["SERVICIO DE SALUD ÑUBLE", line, "Chillán, 3 de abril de 2025"]
    assert document_number(header, doc_type) == number


def test_a_file_reference_does_not_hide_the_date_below_it() -> None:
    lines = [
        "CONTRALORÍA REGIONAL DEL BIOBÍO",
        "DICTAMEN N° E99120 de 2025",
        "Ingreso N° W13344/2025",
        "Concepción, a dos de junio de dos mil veinticinco.",
        "MATERIA: Se abstiene de emitir pronunciamiento.",
    ]
    assert str(document_date(lines, body=False)) == "2025-06-02"


def test_a_reception_stamp_s_date_is_still_not_the_document_s() -> None:
    lines = [
        "ILUSTRE MUNICIPALIDAD DE NEGRETE",
        "OFICINA DE PARTES INGRESO N° 4521",
        "15 ENE 2026",
        "ORD. N° 12",
        "Los Ángeles, 9 de enero de 2026",
    ]
    assert str(document_date(lines, body=False)) == "2026-01-09"


def test_a_decree_abbreviated_d_a_exento_is_a_decree_and_obj_is_its_object() -> None:
    decree = (
        "I. Municipalidad de Negrete\nORDENA INSTRUIR SUMARIO ADMINISTRATIVO POR LA PÉRDIDA DE\n"
        "ESPECIES DE LA BODEGA MUNICIPAL\nD.A. EXENTO N° 14-D\nNegrete, 14 de agosto de 2026\n"
        "TENIENDO PRESENTE:\nLas facultades de la Ley N° 18.695."
    )
    oficio = (
        "DELEGACIÓN PRESIDENCIAL PROVINCIAL DE BIOBÍO\nOFICIO N°: 780 LOS ÁNGELES, 24 de "
        "noviembre de 2026\nOBJ Comunica observaciones al tránsito de camiones\n"
        "A : SR. ALCALDE DE NEGRETE\nDe mi consideración:\nInformo a usted."
    )
    labels = classify(decree, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("decreto", "14-D")
    assert labels.subject == (
        "ORDENA INSTRUIR SUMARIO ADMINISTRATIVO POR LA PÉRDIDA DE ESPECIES DE LA BODEGA MUNICIPAL"
    )
    assert classify(oficio, policy=POLICY).subject == (
        "Comunica observaciones al tránsito de camiones"
    )
