"""Before the model has learned, the unit a writing is addressed to weighs as its subject
does: an outsider's letter to the Director de Obras, a memo to the Secretaría Municipal.
An act or a report is its author's, whoever it is addressed to."""

from __future__ import annotations

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


def test_an_outsider_s_letter_goes_to_the_unit_it_is_addressed_to() -> None:
    text = (
        "COMITÉ DE ADELANTO VILLA LOS AROMOS\nNegrete, 4 de mayo de 2026\n"
        "A: DIRECTOR DE OBRAS MUNICIPALES\nMAT.: Solicita reunión con los vecinos del pasaje\n"
        "De nuestra consideración:\nPedimos una reunión para tratar el estado de la plaza, "
        "como lo acordó la junta de vecinos con sus dirigentes.\n"
        "Saluda atentamente,\nRosa Fuentes Mella\nPresidenta"
    )
    labels = classify(text, policy=POLICY)
    assert labels.direction == "entrada"
    assert labels.unit == "dom"


def test_a_memo_goes_to_the_unit_it_is_addressed_to() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nMEMORÁNDUM N° 88\nNegrete, 4 de mayo de 2026\n"
        "A: SECRETARIO MUNICIPAL\nDE: DIRECTORA DE DESARROLLO COMUNITARIO\n"
        "MAT.: Remite antecedentes solicitados\nRemito a usted los antecedentes del programa "
        "de subsidio que atiende esta dirección, para los fines que estime.\n"
        "Saluda atentamente,\nDIRECTORA DE DESARROLLO COMUNITARIO"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "memorandum"
    assert labels.unit == "secretaria-municipal"


def test_a_report_stays_with_its_author_whoever_reads_it() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nINFORME N° 14\nNegrete, 4 de mayo de 2026\n"
        "A: SECRETARIO MUNICIPAL\nDE: DIRECTOR DE CONTROL\n"
        "MAT.: Auditoría de la rendición de cuentas del primer trimestre\n"
        "La auditoría de control interno revisó la rendición de cuentas del trimestre.\n"
        "DIRECTOR DE CONTROL"
    )
    assert classify(text, policy=POLICY).unit == "control"


def test_a_writing_that_states_no_subject_is_about_what_its_body_opens_with() -> None:
    text = (
        "JUZGADO DE FAMILIA DE LOS ÁNGELES\nOficio N° 1.099 / 2026\nRIT C-1245-2026\n"
        "Los Ángeles, 3 de marzo de 2026\nSEÑOR ALCALDE DE LA MUNICIPALIDAD DE NEGRETE\n"
        "Por resolución de esta fecha, dictada en la causa del tribunal, se ha ordenado oficiar\n"
        "a usted a fin de que practique un informe social del grupo familiar y evalúe un\n"
        "subsidio de la ayuda social municipal.\n"
        "Se hace presente que el juzgado y el tribunal requieren la respuesta en un recurso,\n"
        "pues la demanda y el juicio siguen ante los tribunales, con una querella pendiente.\n"
        "Saluda atentamente,\nJUEZA TITULAR"
    )
    labels = classify(text, policy=POLICY)
    assert labels.subject is None
    assert labels.unit == "dideco"
