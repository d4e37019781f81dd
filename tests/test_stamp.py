"""Our Oficina de Partes' reception stamp on a scan names who received it, not who wrote it."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.direction import without_stamp

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units,
    own_names=(CONFIG.municipality.name, "MUNICIPALIDAD DE NEGRETE"),
)

_BODY = """APRUEBA PROGRAMA DE FISCALIZACIÓN DE LA TEMPORADA DE VERANO
RESOLUCIÓN EXENTA N° 1.207
LOS ÁNGELES, 3 de enero de 2025
VISTOS:
Lo dispuesto en la ley.
RESUELVO:
1. Apruébase el programa."""


@pytest.mark.parametrize(
    "head",
    [
        # the stamp above the letterhead
        "MUNICIPALIDAD DE NEGRETE\nOFICINA DE PARTES\nRECIBIDO 07 ENE 2025\nN° 88 HORA 10:15\n"
        "SERVICIO NACIONAL DEL CONSUMIDOR\nDIRECCIÓN REGIONAL DEL BIOBÍO",
        # the stamp read on the same lines as the letterhead
        "I. MUNICIPALIDAD DE NEGRETE\nOFICINA DE PARTES\n"
        "SERVICIO NACIONAL DEL CONSUMIDOR RECIBIDO 07 ENE 2025\nN° 88 HORA 10:15",
    ],
)
def test_a_stamped_incoming_act_stays_incoming(head: str) -> None:
    labels = classify(f"{head}\n{_BODY}", policy=POLICY)
    assert (labels.doc_type, labels.direction) == ("resolucion", "entrada")


def test_our_own_act_without_a_stamp_is_still_ours() -> None:
    text = "MUNICIPALIDAD DE NEGRETE\nOFICINA DE PARTES\n" + _BODY.replace("LOS ÁNGELES", "NEGRETE")
    assert classify(text, policy=POLICY).direction == "interno"


def test_only_the_stamp_is_dropped() -> None:
    lines = ["GOBIERNO REGIONAL", "OFICINA DE PARTES", "INGRESADO 2/5/2025", "ORD. N° 4"]
    assert without_stamp(lines) == ["GOBIERNO REGIONAL", "ORD. N° 4"]
    assert without_stamp(["GOBIERNO REGIONAL", "ORD. N° 4"]) == ["GOBIERNO REGIONAL", "ORD. N° 4"]
