"""The first rule-based classifier, on born-digital text, on scans and on OCR noise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ocr import OcrSettings, read_document
from partes.config import Config
from pipeline import Classification, classify
from pipeline.patterns import find_ruts, rut_check_digit
from tests.docgen import Generated, make_document

CONFIG = Config()
OWN = (CONFIG.municipality.name,)


def _read(doc: Generated, workdir: Path) -> Classification:
    workdir.mkdir(parents=True, exist_ok=True)
    result = read_document(doc.path, workdir, OcrSettings())
    text = "\n".join(p.text for p in result.pages)
    return classify(text, units=CONFIG.units, own_names=OWN)


def _check(labels: Classification, doc: Generated) -> None:
    truth = doc.truth
    assert labels.doc_type == truth.doc_type
    assert labels.direction == truth.direction
    assert labels.doc_number == truth.doc_number
    assert labels.doc_date == truth.doc_date
    assert labels.ruts == truth.ruts
    assert labels.subject is not None
    if truth.doc_type == "carta":  # a letter has no MAT.: its first request stands for it
        assert truth.subject.lower().split(" ", 1)[1] in labels.subject.lower()
    else:
        assert labels.subject.rstrip(".").lower() == truth.subject.lower()


@pytest.mark.parametrize("kind", ["oficio", "decreto", "carta", "memorandum"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_born_digital_documents(tmp_path: Path, kind: str, seed: int) -> None:
    doc = make_document(kind, tmp_path / f"{kind}.pdf", seed=seed, topic_index=seed)
    _check(_read(doc, tmp_path / "work"), doc)


@pytest.mark.parametrize(
    ("kind", "name"),
    [("carta", "carta.pdf"), ("memorandum", "memo.jpg"), ("decreto", "decreto.tif")],
)
def test_scanned_documents(tmp_path: Path, kind: str, name: str) -> None:
    doc = make_document(kind, tmp_path / name, seed=31, topic_index=4, scan=True)
    labels = _read(doc, tmp_path / "work")
    assert labels.doc_type == doc.truth.doc_type
    assert labels.doc_number == doc.truth.doc_number
    assert labels.doc_date == doc.truth.doc_date
    assert labels.ruts == doc.truth.ruts


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
    labels = classify(NOISY, units=CONFIG.units, own_names=OWN)
    assert labels.doc_type == "oficio"
    assert labels.doc_number == "1234"
    assert labels.subject == "Solicita informacion sobre atencion en posta rural"
    assert labels.antecedents == "Su oficio N? 77"
    assert labels.doc_date == date(2026, 4, 3)
    assert labels.sender == "DIRECTOR SERVICIO DE SALUD"
    assert labels.unit == "salud"


def test_reserved_oficio_and_outgoing_letterhead() -> None:
    text = "ILUSTRE MUNICIPALIDAD DE NEGRETE\nRESERVADO\nOFICIO N° 12\nMAT.: Sumario.\n"
    labels = classify(text, units=CONFIG.units, own_names=OWN)
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
        ("Un texto cualquiera sin encabezado", "otro"),
    ],
)
def test_other_types(text: str, doc_type: str) -> None:
    assert classify(text, units=CONFIG.units, own_names=OWN).doc_type == doc_type
