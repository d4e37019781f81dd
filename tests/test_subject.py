"""The subject (MAT.) stops where the header's next part begins, whatever form that takes."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_number

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_OFICIO = """SERVICIO NACIONAL DE PESCA Y ACUICULTURA
ORD. N° 212
MAT.: Informa fiscalización de plantas de proceso en
el sector costero
{next}
Junto con saludar, informo a usted lo que sigue."""


@pytest.mark.parametrize(
    "following",
    [
        "DE.- DIRECTOR REGIONAL DE PESCA\nA.- SR. ALCALDE",
        "PARA.- SR. ALCALDE DE LA COMUNA",
        "CASTRO, 04/11/2025",
        "Castro, 4.11.2025",
        "Señor\nAlcalde",
        "Estimado señor Alcalde:",
    ],
)
def test_the_subject_ends_before_the_next_part(following: str) -> None:
    labels = classify(_OFICIO.format(next=following), policy=POLICY)
    assert labels.subject == "Informa fiscalización de plantas de proceso en el sector costero"


def test_a_decree_summary_ends_before_its_exempt_number() -> None:
    text = """ILUSTRE MUNICIPALIDAD DE RENAICO
APRUÉBASE EL PLAN ANUAL DE CAPACITACIÓN DEL PERSONAL
DECRETO EX. N°: 2.318
RENAICO, 3 de julio de 2024
VISTOS:
Las facultades que me confiere la ley."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "APRUÉBASE EL PLAN ANUAL DE CAPACITACIÓN DEL PERSONAL"
    assert labels.doc_number == "2318"
    assert document_number(["DECRETO EX. N° 77"], "decreto") == "77"
