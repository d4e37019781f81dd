"""Headers printed as tables, whose fields lose their colons in the text layer, document
platforms' covers (their own type and "Reservado" fields), letters without a salutation, and
dates as offices abbreviate them: a two-digit year, a date in words over three lines."""

from __future__ import annotations

from datetime import date

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.patterns import find_date, find_short_date

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_MEMO = """Municipalidad de Curacautín
Dirección de Tránsito
MEMORÁNDUM N° 88/2025
PARA Directora de Obras Municipales
DE DIRECTOR DE TRÁNSITO
{date}
Mat Pide revisar la señalización de la escuela de
Rari-Ruca
ANT Reclamo de apoderados de 3 de febrero de 2025
Junto con saludar, remito a usted los antecedentes."""


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [("FECHA 14.03.25", date(2025, 3, 14)), ("FECHA 14-03-2025", date(2025, 3, 14))],
)
def test_a_memo_printed_as_a_table_without_colons(date_line: str, expected: date) -> None:
    labels = classify(_MEMO.format(date=date_line), policy=POLICY)
    assert labels.doc_type == "memorandum"
    assert labels.subject == "Pide revisar la señalización de la escuela de Rari-Ruca"
    assert labels.antecedents == "Reclamo de apoderados de 3 de febrero de 2025"
    assert labels.doc_date == expected


def test_without_a_date_field_the_antecedents_date_is_not_the_documents() -> None:
    labels = classify(_MEMO.format(date=""), policy=POLICY)
    assert labels.doc_date != date(2025, 2, 3)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Temuco, 3.10.24", date(2024, 10, 3)),
        ("CURACAUTÍN, 23.06.25", date(2025, 6, 23)),
    ],
)
def test_a_place_and_date_line_with_a_two_digit_year(line: str, expected: date) -> None:
    text = f"""SERVICIO DE SALUD ARAUCANÍA NORTE
ORD. N° 2105
{line}
MAT.: Informa campaña de vacunación en postas rurales
Junto con saludar, informo a usted lo que sigue."""
    assert classify(text, policy=POLICY).doc_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Artículo 3.10.24 del reglamento",
        "versión 1.2.3",
        "expediente 12-11-24 del archivo",
    ],
)
def test_a_two_digit_year_is_read_only_where_it_dates_the_document(text: str) -> None:
    assert find_date(text) is None
    labels = classify(f"ORD. N° 5\nMAT.: Consulta\nJunto con saludar.\n{text}", policy=POLICY)
    assert labels.doc_date is None


def test_a_short_date_is_of_this_century_and_a_real_day() -> None:
    assert find_short_date("FECHA 29.02.24") == date(2024, 2, 29)
    assert find_short_date("FECHA 29.02.25") is None


def test_a_date_in_words_over_three_lines_beside_a_field_without_colon() -> None:
    text = """Ministerio del Trabajo y Previsión Social
Inspección Provincial del Trabajo de Malleco
Ord. N° 851 / 2025 Fecha Angol, a veinticuatro de
julio de dos mil
veinticinco.
Materia Remite observaciones de la fiscalización
Por medio del presente, me refiero al operativo del 3 de marzo de 2025."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_date == date(2025, 7, 24)
    assert labels.doc_number == "851"


def test_a_heading_printed_in_a_narrow_cell_over_three_lines() -> None:
    text = """SERVICIO DE SALUD ARAUCANÍA NORTE
Oficio Ordinario
N°
1089-24
FECHA Angol, 29 JULIO
2024
MAT Solicita apoyo técnico
para la rendición de cuentas
DE DIRECTOR
Junto con saludar, informo a usted."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("oficio", "1089")
    assert labels.doc_date == date(2024, 7, 29)
    assert labels.subject == "Solicita apoyo técnico para la rendición de cuentas"


def test_a_summary_ends_at_a_place_and_a_day_whose_month_is_on_the_next_line() -> None:
    text = """Inspección Provincial del Trabajo de Malleco
RES. EX. N° 4.685 / 2025
Fija plazo para corregir
infracciones laborales del personal
Angol, a veinticuatro de
septiembre de dos mil
veinticinco.
VISTOS: el Código del Trabajo."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Fija plazo para corregir infracciones laborales del personal"
    assert labels.doc_date == date(2025, 9, 24)


_COVER = """MINISTERIO DE OBRAS PÚBLICAS
DIRECCIÓN DE VIALIDAD REGIÓN DE LA ARAUCANÍA
DATOS DEL DOCUMENTO
Folio 7120/2025
Tipo {kind}
Fecha 12/05/2025
{reserved}
Materia Informa cierre temporal de la ruta R-89 por faenas de conservación
Para Oficina de Partes, I. Municipalidad de Curacautín
Junto con saludar cordialmente, me permito informar a usted sobre las faenas."""


@pytest.mark.parametrize(
    ("kind", "reserved", "doc_type", "is_reserved"),
    [
        ("Oficio Ordinario", "Reservado No", "oficio", False),
        ("Oficio Ordinario", "Reservado: No", "oficio", False),
        ("Oficio Ordinario", "Reservado Sí", "oficio_reservado", True),
        ("Resolución Exenta", "Reservado No", "resolucion", False),
        ("Circular", "", "circular", False),
    ],
)
def test_a_platforms_cover_names_the_type_and_whether_it_is_reserved(
    kind: str, reserved: str, doc_type: str, is_reserved: bool
) -> None:
    labels = classify(_COVER.format(kind=kind, reserved=reserved), policy=POLICY)
    assert (labels.doc_type, labels.reserved) == (doc_type, is_reserved)


@pytest.mark.parametrize(
    "heading",
    ["OF. RESERVADO No 45", "OF. RESERVADO No\n45", "OFICIO RESERVADO N° 45", "ORD. RESERVADO: 45"],
)
def test_a_reserved_heading_stays_reserved_whatever_follows_it(heading: str) -> None:
    text = f"GOBIERNO REGIONAL DE LA ARAUCANÍA\n{heading}\nMAT.: Sumario\nJunto con saludar."
    labels = classify(text, policy=POLICY)
    assert labels.reserved
    assert labels.doc_type == "oficio_reservado"


def test_an_office_of_six_letters_between_the_oficio_and_its_sign() -> None:
    text = """SECRETARÍA REGIONAL MINISTERIAL DE VIVIENDA Y URBANISMO
OFICIO ORD. SEREMI N° 1021/2023
MAT.: Remite observaciones al anteproyecto del Plan Regulador
Junto con saludar, remito lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("oficio", "1021")


@pytest.mark.parametrize(
    "opening",
    [
        "Quien suscribe se dirige a usted para exponer el problema de la luminaria.",
        "Me dirijo a usted para pedir la reparación de la luminaria.",
        "Pido la reparación de la luminaria.\nAgradeciendo de antemano su atención,",
    ],
)
def test_a_neighbours_letter_without_a_salutation_is_a_letter(opening: str) -> None:
    text = f"""Curacautín, 12/12/2024
Sr. Alcalde de Curacautín
Presente
{opening}
Claudio Barrientos Ruiz
C.I. 16.653.513-1"""
    assert classify(text, policy=POLICY).doc_type == "carta"


@pytest.mark.parametrize(
    ("after", "sender"),
    [
        ("ALCALDE I. MUNICIPALIDAD DE CURACAUTÍN", "DIRECTORA REGIONAL DE VIALIDAD"),
        ("SEÑOR ALCALDE DE CURACAUTÍN", "DIRECTORA REGIONAL DE VIALIDAD"),
    ],
)
def test_a_sender_ends_where_the_addressee_whose_label_ocr_lost_begins(
    after: str, sender: str
) -> None:
    text = f"""MINISTERIO DE OBRAS PÚBLICAS
OF. ORD. N° 830
MAT.: Informa faenas en la ruta R-89
DE:
DIRECTORA REGIONAL DE VIALIDAD
{after}
En atención a la materia, informo a usted lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert labels.sender == sender
    assert labels.direction == "entrada"


def test_a_name_above_its_post_is_one_sender() -> None:
    text = """ILUSTRE MUNICIPALIDAD DE CURACAUTÍN
MEMORÁNDUM N° 12
DE: JUAN PÉREZ SOTO
ALCALDE
A: DIRECTORA DE OBRAS MUNICIPALES
MAT.: Encarga inspección
Junto con saludar."""
    assert classify(text, policy=POLICY).sender == "JUAN PÉREZ SOTO ALCALDE"


def test_a_decree_abbreviated_alc_ex_nro() -> None:
    text = """Municipalidad de Curacautín
DECRETO ALC. EX. Nro. 3089
APRUEBA BASES ADMINISTRATIVAS DE LICITACIÓN
CURACAUTÍN, 15-09-2025
VISTOS: la Ley N° 18.695."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("decreto", "3089")


def test_a_field_name_alone_on_its_line_ends_the_subject_above() -> None:
    text = """Ilustre Municipalidad de Curacautín
OFICIO ORD. N° 177
REF
Solicita priorizar el programa
de calefacción de adultos mayores
DE
SECRETARIA MUNICIPAL
Por medio del presente, me refiero a la entrega de leña."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Solicita priorizar el programa de calefacción de adultos mayores"


def test_a_tables_rules_read_by_ocr_are_not_part_of_the_subject() -> None:
    text = """SECRETARÍA REGIONAL MINISTERIAL DE TRANSPORTES
ORD. N° 512
| Materia | Solicita informe sobre la señalización | |
| del cruce de la Ruta 181-CH |
Junto con saludar, solicito a usted lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Solicita informe sobre la señalización del cruce de la Ruta 181-CH"


def test_a_summary_cut_at_a_preposition_goes_on_past_a_stray_dot() -> None:
    text = """PONE TÉRMINO A
CONTRATO RELATIVO AL.
DEPÓSITO DEL ACTA DE ELECCIÓN
Ilustre Municipalidad de Curacautín
D.A. N° 2034
Curacautín, 20 de mayo de 2024.
VISTO: la Ley N° 18.695."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "PONE TÉRMINO A CONTRATO RELATIVO AL. DEPÓSITO DEL ACTA DE ELECCIÓN"


@pytest.mark.parametrize("label", ["ASUNTO:", "Mat/"])
def test_a_subject_wrapped_short_by_a_scan_goes_on_in_lower_case(label: str) -> None:
    text = f"""Superintendencia de Educación
ORD. N° 1122-24
{label} Solicita pronunciamiento
municipal
respecto de la enseñanza del
mapuzugun en la Escuela Básica de Troyo
o
Temuco, 06.06.2024
Junto con saludar, me dirijo a usted."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "Solicita pronunciamiento municipal respecto de la enseñanza del mapuzugun en la "
        "Escuela Básica de Troyo"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "En visita realizada el 4 de octubre de 2025 se constató la situación.",
        "Con fecha 4 de octubre de 2025 se recibió la solicitud.",
    ],
)
def test_a_sentence_that_opens_with_a_date_is_not_a_place_and_date_line(sentence: str) -> None:
    text = f"""Municipalidad de Curacautín
GABINETE ALCALDÍA
INFORME TÉCNICO SOBRE EL PLAN COMUNAL DE EMERGENCIA
21.10.2025
1. ANTECEDENTES
{sentence}"""
    assert classify(text, policy=POLICY).doc_date == date(2025, 10, 21)


@pytest.mark.parametrize(
    "line",
    ["En San José de la Mariquina, a 3 de marzo de 2025", "PUERTO MONTT 3 de marzo de 2025"],
)
def test_a_place_of_several_words_dates_the_letter(line: str) -> None:
    text = f"""Sr. Alcalde de Curacautín
Presente
De mi consideración:
Junto con saludarle, le escribo por la reunión del 12 de febrero de 2025, en la que
se acordó revisar el alumbrado de mi calle.
Atentamente,
{line}
Juana Pérez Soto"""
    assert classify(text, policy=POLICY).doc_date == date(2025, 3, 3)


def test_minutes_whose_number_a_scan_put_on_the_next_line() -> None:
    text = """I. MUNICIPALIDAD DE CURACAUTÍN
SECRETARÍA MUNICIPAL
CONCEJO MUNICIPAL DE CURACAUTÍN — ACTA EXTRAORDINARIA N°
100
En Curacautín, a 8 de octubre de 2025, siendo las 14:45 horas, se da inicio a la sesión."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "acta_concejo"
    assert labels.subject == "CONCEJO MUNICIPAL DE CURACAUTÍN — ACTA EXTRAORDINARIA N° 100"
    assert labels.doc_date == date(2025, 10, 8)


def test_an_ordinance_is_dated_where_it_is_signed_not_where_its_approval_is_cited() -> None:
    text = """ILUSTRE MUNICIPALIDAD DE CURACAUTÍN
ORDENANZA MUNICIPAL N° 8 QUE REGULA LA TENENCIA RESPONSABLE DE MASCOTAS
Aprobada por el Concejo Municipal mediante Acuerdo N° 111,
adoptado en sesión ordinaria de fecha 8 de agosto de 2024.
TÍTULO I
ARTÍCULO 1°: La presente ordenanza regula la tenencia de mascotas.
CURACAUTÍN, 11 de septiembre de 2024"""
    assert classify(text, policy=POLICY).doc_date == date(2024, 9, 11)


def test_minutes_that_open_with_the_session_alone() -> None:
    text = """SESIÓN ORDINARIA N° 113
En Curacautín, a 6 días de enero de 2016, siendo las 10:30 horas, se da inicio a la Sesión
Ordinaria N° 113 del Concejo Municipal, presidida por el Sr. Alcalde."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("acta_concejo", "113")


@pytest.mark.parametrize(
    ("heading", "doc_type", "number"),
    [
        ("Dictamen 26349-2009", "dictamen", "26349"),
        ("ORD. 2345", "oficio", "2345"),
        ("RESOLUCIÓN EXENTA 1.204/2024", "resolucion", "1204"),
    ],
)
def test_a_heading_that_prints_its_number_without_the_sign(
    heading: str, doc_type: str, number: str
) -> None:
    text = f"""SUPERINTENDENCIA DE SEGURIDAD SOCIAL
{heading}
Fecha: 09 de junio de 2009
Tema: LICENCIAS MÉDICAS
Se ha dirigido a esta Superintendencia doña X, reclamando por la Ley N° 16.744."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == (doc_type, number)


def test_minutes_dated_in_days_of_the_month() -> None:
    text = """SESIÓN ORDINARIA N° 113
En Curacautín a 06 días del mes de enero del 2016, siendo las 10:30 hrs., se da inicio a la
sesión del Concejo Municipal."""
    assert classify(text, policy=POLICY).doc_date == date(2016, 1, 6)


@pytest.mark.parametrize(
    ("heading", "doc_type"),
    [
        ("Of. Circ. N° 23", "circular"),
        ("MEMO INT. N.º 200", "memorandum"),
        ("Ord. (D.O.M.) Nº 44", "oficio"),
        ("DECRETO DE PAGO N.º: 5343 / 2024", "decreto"),
    ],
)
def test_headings_of_a_municipality_s_own_series(heading: str, doc_type: str) -> None:
    text = f"""MUNICIPALIDAD DE CURACAUTÍN
{heading}
MAT.: Informa estado del alumbrado público de Pasaje Los Tordos
Curacautín, 04/11/2024
Por intermedio del presente, me dirijo a usted."""
    assert classify(text, policy=POLICY).doc_type == doc_type


def test_a_company_s_s_a_ends_a_summary() -> None:
    text = """Municipalidad de Curacautín
D.P. Nº: 4669
Autoriza pago de factura N° 24431 a ESSBIO S.A.
Curacautín, 21-ago-2025
VISTOS: las facultades que confiere la Ley N° 18.695.
DECRETA:"""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Autoriza pago de factura N° 24431 a ESSBIO S.A"
    assert labels.doc_date == date(2025, 8, 21)


def test_a_contract_is_registered_with_the_agreements() -> None:
    text = """CONTRATO DE PRESTACIÓN DE SERVICIOS ENTRE LA MUNICIPALIDAD DE CURACAUTÍN Y
CONSTRUCTORA PUENTE LLACOLÉN SPA
En Curacautín, a veintiuno de julio de dos mil veinticinco, entre Constructora Puente
Llacolén SpA y la Municipalidad de Curacautín, se conviene lo siguiente:
PRIMERO: Objeto."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "convenio"
    assert labels.subject == (
        "CONTRATO DE PRESTACIÓN DE SERVICIOS ENTRE LA MUNICIPALIDAD DE CURACAUTÍN Y "
        "CONSTRUCTORA PUENTE LLACOLÉN SPA"
    )
    assert labels.doc_date == date(2025, 7, 21)


def test_a_committee_s_minutes() -> None:
    text = """Municipalidad de Curacautín
Secretaría Municipal
ACTA COMISIÓN DE OBRAS, URBANISMO Y MEDIO AMBIENTE N° 3
Fecha 14-ago-2024
Asistentes: los concejales."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("acta_concejo", "3")
    assert labels.subject == "ACTA COMISIÓN DE OBRAS, URBANISMO Y MEDIO AMBIENTE N° 3"


def test_a_company_s_letter_numbered_in_its_own_series() -> None:
    text = """CONSTRUCTORA PUENTE LLACOLÉN SPA
Cta. Nº 429 /
Curacautín, 27-may-2024
Sr. Alcalde de Curacautín
Presente
Materia: Responde reclamo sobre el proyecto de luminarias LED
Estimado señor Alcalde:
Por medio de la presente nos dirigimos a usted."""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("carta", "429")


@pytest.mark.parametrize(
    ("place", "rest"),
    [("CONCEPCIÓN, Diciembre 16", "de 2024"), ("Temuco, 16 de", "diciembre de 2024")],
)
def test_a_subject_ends_at_a_date_wrapped_after_its_day(place: str, rest: str) -> None:
    text = f"""I. Municipalidad de Curacautín
ORD. N° 2356
MAT.: Solicita audiencia para exponer la revisión de los estados de
pago de la recuperación del humedal
{place}
{rest}
A: SR. CONTRALOR REGIONAL
Junto con saludarle, me dirijo a usted."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "Solicita audiencia para exponer la revisión de los estados de pago de la recuperación "
        "del humedal"
    )
    assert labels.doc_date == date(2024, 12, 16)


def test_a_one_line_subject_ends_where_the_office_s_body_begins() -> None:
    text = """SERVICIO NACIONAL PARA LA PREVENCIÓN DEL CONSUMO DE DROGAS
ORD. N° 3.063/2025
MAT.: Convoca a mesa técnica regional sobre la prevención del consumo de drogas
Esta Dirección ha tomado conocimiento de la prevención del consumo de drogas, por
lo que cumple con oficiar a esa Municipalidad."""
    labels = classify(text, policy=POLICY)
    assert (
        labels.subject
        == "Convoca a mesa técnica regional sobre la prevención del consumo de drogas"
    )


def test_a_subject_ends_at_the_addressee_after_a_blank_line() -> None:
    text = """SECRETARÍA REGIONAL MINISTERIAL DE SALUD
Oficio N°: 3681/2024
Ref.: Comunica resultado de fiscalización de la
autorización sanitaria de la farmacia municipal

Señor Alcalde
Ilustre Municipalidad de Curacautín
PRESENTE
Mediante el presente, me dirijo a usted."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "Comunica resultado de fiscalización de la autorización sanitaria de la farmacia municipal"
    )


def test_a_stray_colon_of_ocr_does_not_carry_the_subject_into_the_body() -> None:
    text = """MUNICIPALIDAD DE CURACAUTÍN
Memorándum N° 23
MAT. Informa situación del plan comunal de seguridad pública
2025 :
Por medio del presente, derivo a usted lo relativo al plan."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Informa situación del plan comunal de seguridad pública 2025"
