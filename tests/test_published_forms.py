"""Acts as the state prints and publishes them: the Diario Oficial's extract of a decree
(«Núm. 88.- Negrete, 3 de abril de 2019.- Vistos:»), operative parts with spaced letters,
the issuer's initials in a resolución's number, a document system's «RESOLUCION EXENTO»
with its place glued to the date, and an oficio whose ANT. runs over several lines."""

from __future__ import annotations

from datetime import date

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_number

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_EXTRACT = """APRUEBA ORDENANZA DE FERIAS LIBRES DE LA COMUNA
Núm. 88.- Quilaco, 3 de abril de 2019.- Vistos:
El acuerdo del Concejo Municipal adoptado en la sesión de 28 de marzo de 2019, y las
facultades que me confiere la Ley N° 18.695, Orgánica Constitucional de Municipalidades.
{operative}
1.- Apruébase el texto de la Ordenanza de Ferias Libres de la comuna de Quilaco.
Artículo 1°.- Las ferias libres funcionarán los días sábado.
Anótese, publíquese y archívese."""


@pytest.mark.parametrize("operative", ["Decreto:", "D e c r e t o:", "D E C R E T O :"])
def test_a_decree_published_as_an_extract(operative: str) -> None:
    labels = classify(_EXTRACT.format(operative=operative), policy=POLICY)
    assert labels.doc_type == "decreto"
    assert labels.doc_number == "88"
    assert labels.doc_date == date(2019, 4, 3)
    assert labels.subject == "APRUEBA ORDENANZA DE FERIAS LIBRES DE LA COMUNA"


def test_hoy_se_ha_decretado_makes_it_a_decree() -> None:
    text = """DICTA ORDENANZA SOBRE TENENCIA RESPONSABLE DE MASCOTAS
Quilaco, 9 de agosto de 2021.- Hoy se ha decretado lo siguiente:
Núm. 1.204.
Vistos:
Lo dispuesto en la Ley N° 21.020 y en la Ley N° 18.695.
Considerando:
Que es necesario regular la tenencia de mascotas en la comuna."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "decreto"
    assert labels.doc_number == "1204"
    assert labels.subject == "DICTA ORDENANZA SOBRE TENENCIA RESPONSABLE DE MASCOTAS"


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("RESOLUCIÓN EXENTA SII N°77 DEL 4 DE MAYO DEL 2011", "77"),
        ("RESOLUCIÓN EXENTA IP/N° 1.315 DEL 4 DE MAYO DEL 2011", "1315"),
    ],
)
def test_the_issuer_s_initials_before_the_number(heading: str, number: str) -> None:
    text = f"""{heading}
MATERIA : FIJA PROCEDIMIENTO PARA LA DECLARACIÓN DE INICIO DE ACTIVIDADES. DEROGA RES. EX.
N° 12, DE 02.01.2001.
Hoy se ha resuelto lo que sigue:
VISTOS: Lo dispuesto en el artículo 6° del Código Tributario, y
CONSIDERANDO: Que es necesario ordenar el procedimiento.
RESUELVO: 1° Fíjase el procedimiento que se indica."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "resolucion"
    assert labels.doc_number == number
    assert labels.doc_date == date(2011, 5, 4)
    assert labels.subject == (
        "FIJA PROCEDIMIENTO PARA LA DECLARACIÓN DE INICIO DE ACTIVIDADES. DEROGA RES. EX. "
        "N° 12, DE 02.01.2001"
    )


def test_a_document_system_s_resolucion_exento_dated_with_its_place_glued() -> None:
    text = """14/3/2019 SGDOC
APRUEBA BASES DEL CONCURSO DE PROYECTOS DE SEGURIDAD
RESOLUCION EXENTO Nº: 4471/2019
Valdivia06/03/2019
DOCUMENTO ELECTRONICO
VISTOS:
Lo establecido en la Ley N° 18.359 y en la Resolución N° 7, de 2019.
RESUELVO:
1. Apruébanse las bases."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "resolucion"
    assert labels.doc_number == "4471"
    assert labels.doc_date == date(2019, 3, 6)


def test_an_antecedent_running_over_lines_is_not_the_date() -> None:
    text = """OFICIO N°: 815/2022
ANT.: Res. Ex. N° 9.101/2019, del 24.12.2019
OF. ORD. 2.078/2021, del 06.07.2021
MAT.: Informa procedimiento de rendición de saldos no utilizados.
SANTIAGO, 20/05/2022
DE : JEFE DE DIVISIÓN DE MUNICIPALIDADES
A: SEGÚN DISTRIBUCIÓN
1. En el marco del proyecto se transfirió a su municipio la suma indicada."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "815"
    assert labels.doc_date == date(2022, 5, 20)


def test_an_act_as_the_diario_oficial_prints_it() -> None:
    text = """DIARIO OFICIAL DE LA REPUBLICA DE CHILE
Núm. 44.321 | Jueves 20 de Noviembre de 2025 | Página 1 de 4
Normas Generales
CVE 2711045
MINISTERIO DE VIVIENDA Y URBANISMO
FIJA PROCEDIMIENTO PARA LA RECEPCIÓN DE OBRAS DE URBANIZACIÓN
(Resolución)
Núm. 1.532 exenta.- Santiago, 12 de noviembre de 2025.
Vistos:
Lo dispuesto en la Ley General de Urbanismo y Construcciones.
Resuelvo:
1. Fíjase el procedimiento que se indica.
CVE 2711045 | Director: Juan Pérez | Sitio Web: www.diarioficial.cl"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "resolucion"
    assert labels.doc_number == "1532"
    assert labels.doc_date == date(2025, 11, 12)
    assert labels.subject == "FIJA PROCEDIMIENTO PARA LA RECEPCIÓN DE OBRAS DE URBANIZACIÓN"


def test_a_number_cited_in_a_sentence_is_not_the_document_s() -> None:
    text = """N° 41.250 Fecha: 12-IX-2019
Con motivo de la emisión del dictamen N° 9.876, de 2019, esta Contraloría General ha
estimado necesario impartir las siguientes instrucciones complementarias.
I.- ASPECTOS GENERALES.
El dictamen N° 9.876, de 2019, resolvió que los municipios deben publicar sus actas."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "dictamen"
    assert labels.doc_number == "41250"


def test_a_report_s_cover_names_its_number_as_a_field() -> None:
    text = """CONTRALORÍA GENERAL DE LA REPÚBLICA
Informe Final
Municipalidad de Quilaco
Fecha : 09 de Julio de 2024
N° Informe : 215/2024
Adjunto sírvase encontrar copia del Informe Final N° 215 debidamente aprobado."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "215"
    assert labels.doc_date == date(2024, 7, 9)


def test_a_summary_goes_on_past_the_decree_it_cites() -> None:
    text = """SANCIONA PROCEDIMIENTO DE PAGO DE ASISTENCIA TÉCNICA DEL PROGRAMA
HABITACIONAL DE CONSTRUCCIÓN EN SITIO PROPIO O DENSIFICACIÓN
PREDIAL D.S. N° 1/2011 (V. y U.)
RESOLUCIÓN EXENTA N° 3.816
RANCAGUA, 04 AGO. 2023
VISTOS:
Lo dispuesto en la Ley N° 16.391."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "3816"
    assert labels.subject == (
        "SANCIONA PROCEDIMIENTO DE PAGO DE ASISTENCIA TÉCNICA DEL PROGRAMA HABITACIONAL DE "
        "CONSTRUCCIÓN EN SITIO PROPIO O DENSIFICACIÓN PREDIAL D.S. N° 1/2011 (V. y U.)"
    )


def test_a_dictamen_printed_from_contraloria_s_register() -> None:
    text = """11/5/24, 9:40 DICTAMENES - Número Dictamen: E48120N24 - Concejales, dieta
Base de Dictámenes
Concejales, dieta, asistencia a sesiones, comisiones
NÚMERO DICTAMEN FECHA DOCUMENTO
E48120N24 02-04-2024
NUEVO: REACTIVADO:
SI NO
DICTAMENES RELACIONADOS
Aplica dictámenes 8600/2016, 43650/2017
Se ha dirigido a esta Contraloría General el concejal de la Municipalidad de Quilaco."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "dictamen"
    assert labels.doc_number == "E48120N24"
    assert labels.doc_date == date(2024, 4, 2)


def test_a_dictamen_that_tells_of_a_complaint_is_no_complaint() -> None:
    text = """Sumario N° 18.301 Fecha: 22-III-2019
Por medio de su presentación, don Pedro Soto reclamó que la Dirección de Obras de la
Municipalidad de Quilaco le denegó un permiso; este Órgano Contralor se abstuvo de emitir
pronunciamiento, en atención a que el recurrente interpuso recursos ante esa repartición."""
    assert classify(text, policy=POLICY).doc_type == "dictamen"


def test_what_vistos_cites_on_the_number_s_line_is_not_the_number() -> None:
    text = """RECTIFICA ORDENANZA LOCAL SOBRE DERECHOS MUNICIPALES
Quilaco, 03 de enero de 1992.
Num. 05 Vistos: a) Decreto Alcaldicio No. 1.365, de fecha 10.12.91.
Y, en uso de las facultades que me confiere la Ley No. 18.695.
Decreto:
1.- Rectifícase la Ordenanza Local sobre Derechos Municipales."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "decreto"
    assert labels.doc_number == "05"
    assert labels.doc_date == date(1992, 1, 3)


def test_ha_estimado_necesario_is_no_salutation() -> None:
    text = """IMPARTE INSTRUCCIONES SOBRE LA RENDICIÓN DE CUENTAS DE LAS MUNICIPALIDADES
SANTIAGO, 13 JUL 2018
Esta Superintendencia, en el ejercicio de sus atribuciones legales, ha estimado necesario
impartir a las municipalidades del país las siguientes instrucciones."""
    assert classify(text, policy=POLICY).doc_type != "carta"


def test_ligatures_in_the_header_do_not_shift_the_number() -> None:
    """A text layer may keep the font's ligatures («ﬁ»), which fold to two letters."""
    text = """Oﬁcina de Planiﬁcación: certiﬁcación, ﬁscalización, ﬁnanzas, ﬁchas y ﬁrmas
de la Secretaría de Planiﬁcación, beneﬁciarios, ﬁnes y conﬁanza
SANTIAGO, 20 de mayo de 2024
MAT.: Remite antecedentes.
ORD. N° 45"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "45"
    assert labels.doc_date == date(2024, 5, 20)


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (["Dirección de tránsito y transporte público   ORD. N° 45"], "45"),  # two columns
        (["Nº Informe : 180/2009"], "180"),  # "Nº" folds to "NO"
        (["Santiago 25 de abril del 2023", "CIRCULAR ORD. N.º: 54"], "54"),
        (["Remite copia del Informe Final N° 180, de 2009"], None),
    ],
)
def test_a_heading_s_number_beside_a_letterhead_in_sentence_case(
    lines: list[str], number: str | None
) -> None:
    assert document_number(lines, "informe" if "Informe" in lines[0] else "oficio") == number


@pytest.mark.parametrize(
    "text",
    [
        "Señor Alcalde\nPresente\n1.- Visto que la Municipalidad no ha respondido mi solicitud,"
        " reitero lo pedido.\nJuan Pérez",
        "Este Contralor Municipal revisó el decreto conforme al dictamen N° 12.345 y no formula"
        " observaciones.",
        "Revisamos la base de dictámenes y no encontramos pronunciamiento sobre el tema.",
    ],
)
def test_ordinary_prose_is_neither_a_decree_nor_a_dictamen(text: str) -> None:
    assert classify(text, policy=POLICY).doc_type not in ("decreto", "dictamen")
