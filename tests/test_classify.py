"""Classification and metadata extraction on born-digital text, on scans and on OCR noise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bench.scoring import same
from ocr import OcrSettings, read_document
from partes.config import Config
from pipeline import Classification, ClassifyPolicy, classify
from pipeline.classification.patterns import find_ruts, rut_check_digit
from tests.docgen import GENERATORS, Generated, make_document

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units,
    own_names=(CONFIG.municipality.name,),
    routing=CONFIG.routing,
    review_threshold=CONFIG.classification.review_threshold,
)
TEXT_FIELDS = ("subject", "sender", "recipient", "antecedents", "sender_org")


def _read(doc: Generated, workdir: Path) -> Classification:
    workdir.mkdir(parents=True, exist_ok=True)
    result = read_document(doc.path, workdir, OcrSettings())
    return classify("\n".join(p.text for p in result.pages), policy=POLICY)


def _check(labels: Classification, doc: Generated, fields: tuple[str, ...]) -> None:
    truth = doc.truth
    assert labels.doc_type == truth.doc_type
    assert labels.doc_number == truth.doc_number
    assert labels.doc_date == truth.doc_date
    assert labels.ruts == truth.ruts
    assert labels.reserved == truth.reserved
    for name in fields:
        expected, found = getattr(truth, name), getattr(labels, name)
        if expected is None:
            continue
        assert found is not None, name
        assert same(name, expected, found), (name, expected, found)


@pytest.mark.parametrize("kind", list(GENERATORS))
@pytest.mark.parametrize("seed", [1, 2])
def test_born_digital_documents_of_every_type(tmp_path: Path, kind: str, seed: int) -> None:
    doc = make_document(kind, tmp_path / f"{kind}.pdf", seed=seed, topic_index=seed * 7)
    labels = _read(doc, tmp_path / "work")
    _check(labels, doc, TEXT_FIELDS)
    assert labels.direction == doc.truth.direction


@pytest.mark.parametrize("kind", list(GENERATORS))
def test_scanned_documents_of_every_type(tmp_path: Path, kind: str) -> None:
    doc = make_document(kind, tmp_path / f"{kind}.jpg", seed=31, topic_index=4)
    _check(_read(doc, tmp_path / "work"), doc, ("subject",))


NOISY = """\
SERVICIO DE SALUD BIOBIO
ORD. N* 1.234 / 2026
ANT.: Su oficio N? 77.
REF.: Solicita informacion sobre
      atencion en posta rural.
CONCEPCION, 3 de abril de 2026
DE : DIRECTOR SERVICIO DE SALUD
A : SR. ALCALDE
Junto con saludar, informo lo que sigue.
"""


def test_ocr_noise_star_and_question_mark_for_degree_sign_and_ref_for_mat() -> None:
    labels = classify(NOISY, policy=POLICY)
    assert labels.doc_type == "oficio"
    assert labels.doc_number == "1234"
    assert labels.subject == "Solicita informacion sobre atencion en posta rural"
    assert labels.antecedents == "Su oficio N? 77"
    assert labels.doc_date == date(2026, 4, 3)
    assert labels.sender == "DIRECTOR SERVICIO DE SALUD"
    assert labels.sender_org == "SERVICIO DE SALUD BIOBIO"
    assert labels.unit == "salud"


# Two columns read line by line: the letterhead and the number block share lines.
TWO_COLUMNS = """\
GOBIERNO REGIONAL DEL BIOBIO ORD. N? 455/2026
DIVISION DE PLANIFICACION ANT.: Su oficio N° 12 de fecha 2 de
marzo de 2026.
MAT.: Remite observaciones al proyecto
de agua potable rural.
CONCEPCION, 9 de marzo de 2026
DE: GOBERNADOR REGIONAL DEL BIOBIO
A: SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE NEGRETE
"""


def test_header_in_two_columns_and_values_broken_over_lines() -> None:
    labels = classify(TWO_COLUMNS, policy=POLICY)
    assert labels.doc_type == "oficio"
    assert labels.doc_number == "455"
    assert labels.sender_org == "GOBIERNO REGIONAL DEL BIOBIO"
    assert labels.antecedents == "Su oficio N° 12 de fecha 2 de marzo de 2026"
    assert labels.subject == "Remite observaciones al proyecto de agua potable rural"
    assert labels.doc_date == date(2026, 3, 9)
    assert labels.recipient == "SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE NEGRETE"
    assert labels.unit == "secplan"


def test_reserved_oficio_and_outgoing_letterhead() -> None:
    text = "ILUSTRE MUNICIPALIDAD DE NEGRETE\nRESERVADO\nOFICIO N° 12\nMAT.: Sumario.\n"
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "oficio_reservado"
    assert labels.reserved
    assert labels.direction == "salida"


def test_ruts_need_a_valid_check_digit() -> None:
    assert rut_check_digit(11111111) == "1"
    assert find_ruts("RUT 11.111.111-1 y 11.111.111-2 y 7654321-6") == (
        "11.111.111-1",
        "7.654.321-6",
    )


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Solicitud de acceso a la información pública, Ley N° 20.285", "solicitud_transparencia"),
        ("Solicito audiencia en virtud de la Ley del Lobby", "solicitud_audiencia_lobby"),
        ("Vengo en presentar un reclamo por el servicio de aseo", "reclamo"),
        ("CIRCULAR N° 4\nA todas las unidades", "circular"),
        ("ACTA SESIÓN ORDINARIA N° 12 DEL CONCEJO MUNICIPAL", "acta_concejo"),
        ("CONVENIO DE COLABORACIÓN\nentre las partes", "convenio"),
        ("Un texto cualquiera sin encabezado", "otro"),
    ],
)
def test_other_types(text: str, doc_type: str) -> None:
    assert classify(text, policy=POLICY).doc_type == doc_type


def test_confidence_and_review_flag() -> None:
    sure = classify(NOISY, policy=POLICY)
    assert sure.type_confidence >= 0.9 and not sure.needs_review
    vague = classify("Un texto cualquiera sin encabezado ni unidad", policy=POLICY)
    assert vague.doc_type == "otro" and vague.unit is None
    assert vague.type_confidence < 0.6 and vague.needs_review
    assert any("tipo por ninguna" in r for r in vague.reasons)


def test_routing_rules_win_over_keywords() -> None:
    text = "SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA\nInformación solicitada: obras."
    labels = classify(text, policy=POLICY)
    assert labels.unit == "administracion" and labels.unit_confidence == 1.0
    assert any("transparencia" in r for r in labels.reasons)
