"""What a fourth review of the rules found, each pinned: a dash inside a subject, a point's
letter, a body sentence after a wrapped subject, a place with its weekday inside a subject,
a contract's object or a payment's figures in a decree, a staff form, a budget certificate
sent with an application, an avenue called Providencia, a field below a title, a
certificate's title wrapped before its number."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))
HEAD = "DIRECCIÓN REGIONAL DE VIALIDAD\nORD. N° 310\nLos Ángeles, 10 de marzo de 2025\n"
TAIL = "DE: DIRECTOR REGIONAL\nA: ALCALDE DE NEGRETE\nJunto con saludar, informo a usted."


@pytest.mark.parametrize(
    "matter",
    [
        "Solicitud de permiso de edificación N° 45/2025 - Observaciones",
        "Denuncia N° 45 por microbasural - Pasaje Los Pinos esquina Las Acacias",
        "Propone modificar Decreto N° 1234, numeral 3 letra a",
    ],
)
def test_a_subject_keeps_its_dash_and_its_letter(matter: str) -> None:
    assert classify(f"{HEAD}MAT.: {matter}\n{TAIL}", policy=POLICY).subject == matter


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        (
            "MAT.: Solicita informe técnico sobre el estado de los pavimentos\n"
            "de pasajes en Villa Los Aromos\n"
            "Remito a usted copia del reclamo presentado por vecinos del sector, para su\n"
            "conocimiento y fines pertinentes.",
            "Solicita informe técnico sobre el estado de los pavimentos de pasajes en Villa "
            "Los Aromos",
        ),
        (
            "MAT.: Invita a ceremonia de inauguración de la plaza\n"
            "Los Aromos, viernes 20 de diciembre a las 11:00 horas\n" + TAIL,
            "Invita a ceremonia de inauguración de la plaza Los Aromos, viernes 20 de diciembre "
            "a las 11:00 horas",
        ),
    ],
)
def test_a_subject_stops_at_the_body_and_keeps_its_place(lines: str, subject: str) -> None:
    assert classify(HEAD + lines, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    ("summary", "field"),
    [
        (
            "APRUEBA CONTRATACIÓN DIRECTA DE SERVICIO DE MANTENCIÓN DE ÁREAS VERDES",
            "OBJETO: Servicio de mantención de áreas verdes de la Plaza de Armas.",
        ),
        (
            "PÁGUESE A CONSTRUCTORA SUR LTDA. ESTADO DE PAGO N° 2 OBRA SEDE SOCIAL",
            "RESUMEN: Total bruto $5.000.000; retención $500.000; líquido $4.500.000.",
        ),
    ],
)
def test_a_decree_s_summary_is_not_its_object_field_nor_its_figures(
    summary: str, field: str
) -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\nDECRETO ALCALDICIO N° 458\nNegrete, 10 de marzo de 2025\n"
        f"{summary}.\n{field}\nVISTOS:\nLas facultades que me confiere la Ley N° 18.695.\n"
        "DECRETO:\n1.- Apruébase lo indicado."
    )
    assert classify(text, policy=POLICY).subject == summary


def test_a_staff_form_on_our_letterhead_stays_inside() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDEPARTAMENTO DE RECURSOS HUMANOS\n"
        "SOLICITUD DE FERIADO LEGAL\nNOMBRE DEL FUNCIONARIO: María González Soto\n"
        "RUT: 12.345.678-5\nUNIDAD: Dirección de Tránsito\nDías solicitados: 5"
    )
    assert classify(text, policy=POLICY).direction == "interno"


def test_a_budget_certificate_for_an_application_goes_out() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nCERTIFICADO DE DISPONIBILIDAD PRESUPUESTARIA N° 46\n"
        "La Directora de Administración y Finanzas certifica que el municipio cuenta con\n"
        "disponibilidad presupuestaria para el aporte municipal al proyecto de la sede social,\n"
        "postulado al FRIL, a fin de ser presentado ante el Gobierno Regional del Biobío.\n"
        "Negrete, 10 de marzo de 2025"
    )
    assert classify(text, policy=POLICY).direction == "salida"


def test_an_avenue_called_providencia_gives_no_number() -> None:
    text = (
        "CONSTRUCTORA ANDES S.A.\nAv. Providencia N° 2653, Of. 501, Providencia, Santiago\n"
        "Santiago, 10 de marzo de 2025\nSeñor\nAlcalde de Negrete\nPresente\n"
        "De nuestra consideración:\nPor medio de la presente solicitamos una reunión."
    )
    assert classify(text, policy=POLICY).doc_number is None


def test_a_title_ending_in_s_a_does_not_run_into_its_fields() -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\n"
        "INFORME DE FISCALIZACIÓN CONTRATO DE RECOLECCIÓN CON ASEO SUR S.A.\n"
        "PERIODO: FEBRERO 2025\nINSPECTOR TÉCNICO: JUAN PÉREZ\n1. ANTECEDENTES\n"
        "El contratista cumplió las rutas."
    )
    assert classify(text, policy=POLICY).subject == (
        "INFORME DE FISCALIZACIÓN CONTRATO DE RECOLECCIÓN CON ASEO SUR S.A"
    )


def test_a_certificate_s_title_wrapped_before_its_number() -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\nCERTIFICADO DE NO\nEXPROPIACIÓN MUNICIPAL N° 88\n"
        "La Directora de Obras que suscribe certifica que el predio no está afecto.\n"
        "Negrete, 10 de marzo de 2025"
    )
    assert classify(text, policy=POLICY).subject == "CERTIFICADO DE NO EXPROPIACIÓN MUNICIPAL"
