"""A form a citizen filled in on our letterhead comes in; a budget certificate stays inside;
an e-mail printed in English is dated by its «Sent:» line."""

from __future__ import annotations

from datetime import date

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))
MUNI = CONFIG.municipality.name


def test_a_filled_in_form_on_our_letterhead_comes_in() -> None:
    text = (
        f"{MUNI}\nDIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS\nSOLICITUD DE PATENTE COMERCIAL\n"
        "Uso exclusivo municipal — N° de ingreso: ____\n1. Nombre o razón social: Rosa Salgado\n"
        "2. RUT: 12.345.678-5\n3. Giro: almacén de barrio\nFecha: 04/05/2026"
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.direction) == ("otro", "entrada")


def test_a_blank_form_title_without_applicant_stays_ours() -> None:
    text = (
        f"{MUNI}\nSECRETARÍA MUNICIPAL\nSOLICITUD DE PATENTE COMERCIAL\n"
        "Instructivo para completar el formulario en la Oficina de Partes."
    )
    assert classify(text, policy=POLICY).direction == "interno"


def _certificate(title: str) -> str:
    return (
        f"{MUNI}\nDirección de Administración y Finanzas\n{title} N° 88/2026\n"
        "La Directora de Administración y Finanzas que suscribe,\nCERTIFICA:\n"
        "Que, existe disponibilidad en la cuenta 215.24.01 del presupuesto municipal vigente.\n"
        "Negrete, 4 de mayo de 2026"
    )


def test_a_budget_certificate_stays_inside_another_goes_out() -> None:
    budget = classify(_certificate("CERTIFICADO DE DISPONIBILIDAD PRESUPUESTARIA"), policy=POLICY)
    residence = classify(_certificate("CERTIFICADO DE RESIDENCIA"), policy=POLICY)
    assert (budget.doc_type, budget.direction) == ("certificado", "interno")
    assert (residence.doc_type, residence.direction) == ("certificado", "salida")


def test_an_e_mail_printed_in_english_is_dated_by_its_sent_line() -> None:
    text = (
        "From: Rosa Salgado <rosa.salgado@correo.cl>\nSent: Monday, March 9, 2026 8:43 PM\n"
        "To: partes@negrete.cl\nSubject: Reclamo por microbasural en calle Lautaro\n"
        "Estimados: junto con saludar, reclamo por el microbasural."
    )
    assert classify(text, policy=POLICY).doc_date == date(2026, 3, 9)
