"""What a citizen asks, wherever it says so: a transparency request after "lo siguiente:" cut
across two lines, in the portal's table whose field name and value both wrap in their cells,
or as the object of "solicito" in the body (and the portal's folio names the law); a lobby
request's and an OIRS complaint's fields."""

from __future__ import annotations

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))
WANTED = "Nómina de los beneficiarios del programa de leña del sector Rihue"


def test_lo_siguiente_cut_across_two_lines() -> None:
    text = (
        "Los Ángeles, 3 de marzo de 2026\nEncargado de Transparencia\n"
        "I. Municipalidad de Negrete\nPresente\nDe mi consideración:\n"
        "En ejercicio del derecho que me otorga la Ley N° 20.285, solicito a esa Municipalidad lo\n"
        f"siguiente:\n{WANTED}.\nAtentamente,\nRosa Muñoz"
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.subject) == ("solicitud_transparencia", WANTED)


def test_a_portal_field_whose_name_and_value_both_wrap() -> None:
    text = (
        "Portal de Transparencia del Estado\nComprobante de solicitud de acceso a la información\n"
        "| Folio | MU123T0004567 |\n| Organismo | Municipalidad de Negrete |\n"
        "| Descripción | Nómina de los beneficiarios del programa de |\n"
        "| de la | leña del sector Rihue |\ninformación |\n| solicitada |\n"
        "o a -\n| Formato de | Correo electrónico |\n| entrega |"
    )
    assert classify(text, policy=POLICY).subject == WANTED


def test_the_object_of_solicito_in_the_body() -> None:
    text = (
        "Negrete, 3 de marzo de 2026\nSeñor Alcalde\nPresente\n"
        "De conformidad con la Ley N° 20.285, solicito a usted copia de los contratos de\n"
        "recolección de residuos vigentes en la comuna. Pido la respuesta por correo.\n"
        "Atentamente,\nPedro Soto"
    )
    assert classify(text, policy=POLICY).subject == (
        "Copia de los contratos de recolección de residuos vigentes en la comuna"
    )


def test_the_portal_s_folio_names_the_law() -> None:
    text = (
        "Folio: MU123T0000456\nFecha de ingreso: 03/03/2026\nOrganismo: Municipalidad de "
        "Negrete\nSolicitud de información\nCopia de los decretos de pago a la empresa de aseo."
    )
    assert classify(text, policy=POLICY).doc_type == "solicitud_transparencia"


def test_a_lobby_request_s_matter_however_its_field_is_named() -> None:
    wanted = "Presentar proyecto de loteo habitacional en el sector Rihue"
    for field in (
        "Materia a tratar: ",
        "Asunto a tratar: ",
        "Motivo de la audiencia: ",
        "Objetivo de la reunión: ",
        "Especificación de la materia a tratar\n",
    ):
        text = (
            "SOLICITUD DE AUDIENCIA\nLey N° 20.730 (Ley del Lobby)\nSujeto pasivo: Alcalde de "
            f"Negrete\nSolicitante: Juan Soto Pérez\n{field}{wanted}\n"
            "Fecha propuesta: 12 de marzo de 2026\n"
        )
        assert classify(text, policy=POLICY).subject == wanted, field


def test_an_oirs_complaint_s_description() -> None:
    text = (
        "FORMULARIO OIRS\nN° 2026-0345\nFecha: 03/03/2026\nTipo: Reclamo\nNombre: Ana Rivas\n"
        "Descripción:\nLos camiones de basura no pasan por calle Los Aromos desde hace dos "
        "semanas. Pido una solución."
    )
    assert classify(text, policy=POLICY).subject == (
        "Los camiones de basura no pasan por calle Los Aromos desde hace dos semanas"
    )
