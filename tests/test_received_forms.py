"""Papers an Oficina de Partes receives every day beyond oficios: e-mails printed from a
mail program, the Portal de Transparencia's receipt, Carabineros' and the courts' oficios
(dates written in words), and a unit's informe under the municipality's letterhead."""

from __future__ import annotations

from datetime import date

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.patterns import find_date

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_OUTLOOK = """Oficina de Partes
From: Nelly Castro Mollo <nelly.castro@gmail.com>
Sent: Tuesday, September 24, 2024 11:33 AM
To: Oficina de Partes Municipalidad de Negrete <partes@negrete.cl>
Subject: {subject} para el proyecto de
restauración del muro de la capilla
Buenas tardes,
Me dirijo a ustedes para solicitar apoyo con el proyecto. Agradezco su ayuda.
Nelly Castro Mollo"""


@pytest.mark.parametrize(
    "subject", ["Solicitud de apoyo", "RE: Solicitud de apoyo", "RV: Fwd: Solicitud de apoyo"]
)
def test_a_printed_e_mail_s_subject_without_reply_marks(subject: str) -> None:
    labels = classify(_OUTLOOK.format(subject=subject), policy=POLICY)
    assert labels.subject == (
        "Solicitud de apoyo para el proyecto de restauración del muro de la capilla"
    )


@pytest.mark.parametrize(
    "head",
    [
        "Gmail Oficina de Partes Negrete <partes@negrete.cl>\nReclamo: la entrega de leña a",
        # printed from the browser: its date and the page's title above, the subject wrapped
        "12/8/24, 8:41\nGmail\nGmail - Reclamo: la entrega de leña a adultos mayores de\n"
        "Oficina de Partes Negrete <partesenegrete.cl>\nReclamo: la entrega de leña a",
    ],
)
def test_a_gmail_print_s_subject_stands_above_the_count_of_messages(head: str) -> None:
    text = f"""{head}
adultos mayores de Coigüe
1 mensaje
Marisol Soto Copa <marisol.soto@yahoo.es> 25-11-2024 9:12
Para: Oficina de Partes Municipalidad de Negrete <partes@negrete.cl>
Estimados:
Escribo para reclamar por la entrega de leña. Nadie me da una respuesta clara.
Marisol Soto Copa"""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Reclamo: la entrega de leña a adultos mayores de Coigüe"


def test_the_transparency_portal_receipt_s_request_is_the_subject() -> None:
    text = """PORTAL DE TRANSPARENCIA DEL ESTADO
Detalle de la solicitud — Ley N° 20.285
Folio Nº: MU273T0002596
Fecha de ingreso: 2024-10-23 12:49
Nombres: Bernardina
Apellido paterno: Cañipa
Solicitud: Copia íntegra del expediente del transporte público rural, incluidos informes
técnicos y correos electrónicos.
Observaciones: Sin observaciones.
Forma de recepción de la información: Correo electrónico"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "solicitud_transparencia"
    assert labels.subject == (
        "Copia íntegra del expediente del transporte público rural, incluidos informes "
        "técnicos y correos electrónicos"
    )
    # its number after «Folio Nº», and its «Fecha de ingreso», the request's own date (a
    # reception stamp's elsewhere)
    assert labels.doc_number == "MU273T0002596"
    assert labels.doc_date == date(2024, 10, 23)


def test_carabineros_state_their_object_and_date_it_in_words() -> None:
    text = """CARABINEROS DE CHILE
PREFECTURA BIOBÍO
TENENCIA NEGRETE
OFICIO N° 177
OBJ.: Remite Parte Denuncia N° 1877
REF.: Procedimiento de fecha 9 de marzo de 2024, Parte N° 1877.
NEGRETE, a veintidós de marzo de dos mil veinticuatro.
Por medio del presente, pongo a disposición de ese Juzgado el Parte Denuncia N° 1877.
AL SEÑOR
JUEZ DE POLICÍA LOCAL DE NEGRETE"""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Remite Parte Denuncia N° 1877"
    assert labels.doc_date == date(2024, 3, 22)
    assert labels.direction == "entrada"


@pytest.mark.parametrize(
    "court", ["PRIMER JUZGADO DE POLICÍA LOCAL DE LOS ÁNGELES", "3° JUZGADO DE LETRAS DE ANGOL"]
)
def test_another_court_s_oficio_is_received_with_its_date_in_words(court: str) -> None:
    text = f"""{court}
OF. Nº 1571-2024
Causa Rol N° 10736-2024
LOS ÁNGELES, ocho de enero de dos mil
veinticuatro.
Por resolución de esta fecha, dictada en la causa Rol N° 10736-2024, se ha ordenado
oficiar a usted a fin de que practique la notificación de don Bernabé Espinoza Carvajal.
Lo que comunico a usted para su conocimiento y fines pertinentes.
AL SEÑOR
JUEZ DE POLICÍA LOCAL DE NEGRETE
I. MUNICIPALIDAD DE NEGRETE"""
    labels = classify(text, policy=POLICY)
    assert labels.direction == "entrada"
    assert labels.doc_date == date(2024, 1, 8)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Arica, treinta y uno de diciembre de mil novecientos noventa y ocho", date(1998, 12, 31)),
        ("a primero de setiembre del dos mil", date(2000, 9, 1)),
        ("Zapahuira, enero 21 del 2025", date(2025, 1, 21)),  # the month first
        ("Putre, marzo 3, 2024", date(2024, 3, 3)),
        ("treinta y dos de enero de dos mil veinte", None),  # no such day
    ],
)
def test_dates_in_words(written: str, meant: date | None) -> None:
    assert find_date(written) == meant


def test_a_unit_s_informe_under_our_letterhead_is_internal() -> None:
    text = """ILUSTRE MUNICIPALIDAD DE NEGRETE
Asesoría Jurídica
INFORME JURÍDICO N° 143/2025
PARA: Secretario Comunal de Planificación
DE: Ignacio Alberto Lagos Marca
FECHA: 17 ABR. 2025
MATERIA: Opinión jurídica respecto de la postulación del Comité de Agua Potable Rural
1.- ANTECEDENTES GENERALES
Con fecha 13 de febrero de 2025 se recibió en esta unidad la solicitud."""
    labels = classify(text, policy=POLICY)
    assert labels.direction == "interno"


def test_a_neighbours_letter_said_la_presente() -> None:
    text = """Sra. Carmen Soto Díaz
Alcaldesa de Negrete
Por
intermedio de la presente queremos manifestar nuestra preocupación por el estado de las
calles de la población, que no han sido reparadas desde el invierno pasado.
Dirigentes y vecinos de la Población Los Aromos"""
    assert classify(text, policy=POLICY).doc_type == "carta"


def test_a_salutation_after_presente_on_one_line() -> None:
    text = """Santiago, 25 de mayo de 2024 Sr. Pedro Soto Alcalde Ilustre Municipalidad de Negrete
Presente Estimado señor Soto: Esta presentación tiene por objeto referirnos a la reunión
sostenida con usted sobre el plan regulador de la comuna."""
    assert classify(text, policy=POLICY).doc_type == "carta"


def test_a_lobby_register_scanned_with_its_table_s_border() -> None:
    text = """Plataforma Ley del Lobby
Registro de solicitudes de audiencia
N° de solicitud [SA184AW1309534 /
Institución Municipalidad de Negrete
Sujeto pasivo Alcalde
Materia Exponer proyecto de inversión en áridos"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "solicitud_audiencia_lobby"
    assert labels.doc_number == "SA184AW1309534"


def test_the_portal_s_receipt_printed_as_two_columns_keeps_its_folio() -> None:
    text = """Portal de Transparencia del Estado
Comprobante de Solicitud de Acceso a la Información Pública
Campo
N° Solicitud
Fecha de ingreso
Organismo
Valor
MU297T0059480
12-09-2025 16:33:16
I. Municipalidad de Negrete
Descripción de la solicitud:
La nómina de funcionarios del proyecto FRIL. Solicito copia."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "solicitud_transparencia"
    assert labels.doc_number == "MU297T0059480"
