"""The subject (MAT.) stops where the header's next part begins, whatever form that takes."""

from __future__ import annotations

from datetime import date

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_number

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_OFICIO = """SERVICIO NACIONAL DE PESCA Y ACUICULTURA
ORD. N° 212
MAT.: Informa fiscalización de plantas de proceso en
el sector costero
{next}
Junto con saludar, informo a usted lo que sigue."""


@pytest.mark.parametrize(
    "following",
    [
        "DE.- DIRECTOR REGIONAL DE PESCA\nA.- SR. ALCALDE",
        "PARA.- SR. ALCALDE DE LA COMUNA",
        "CASTRO, 04/11/2025",
        "Castro, 4.11.2025",
        "Señor\nAlcalde",
        "Estimado señor Alcalde:",
    ],
)
def test_the_subject_ends_before_the_next_part(following: str) -> None:
    labels = classify(_OFICIO.format(next=following), policy=POLICY)
    assert labels.subject == "Informa fiscalización de plantas de proceso en el sector costero"


def test_a_decree_summary_ends_before_its_exempt_number() -> None:
    text = """ILUSTRE MUNICIPALIDAD DE RENAICO
APRUÉBASE EL PLAN ANUAL DE CAPACITACIÓN DEL PERSONAL
DECRETO EX. N°: 2.318
RENAICO, 3 de julio de 2024
VISTOS:
Las facultades que me confiere la ley."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "APRUÉBASE EL PLAN ANUAL DE CAPACITACIÓN DEL PERSONAL"
    assert labels.doc_number == "2318"
    assert document_number(["DECRETO EX. N° 77"], "decreto") == "77"


def test_dashed_labels_name_the_subject() -> None:
    text = """GOBIERNO REGIONAL DE AYSÉN
ORD. N° 1.045
ANT.- Su presentación de 2 de abril de 2025
MAT.- Responde consulta sobre el fondo de
desarrollo vecinal
COYHAIQUE, 14 de abril de 2025
DE.- JEFA DE DIVISIÓN DE DESARROLLO SOCIAL
A.- SR. ALCALDE
Junto con saludar, respondo su consulta."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Responde consulta sobre el fondo de desarrollo vecinal"
    assert labels.antecedents == "Su presentación de 2 de abril de 2025"
    assert labels.sender == "JEFA DE DIVISIÓN DE DESARROLLO SOCIAL"


def test_a_lettered_point_of_the_body_is_no_addressee() -> None:
    text = "MEMORÁNDUM N° 14\nMAT.: Turnos de invierno\nA.- Se fijan los turnos siguientes."
    assert classify(text, policy=POLICY).recipient is None


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (
            "Datos del solicitante\nNombre: Ana Ruiz\nInformación solicitada\n"
            "Copia del contrato de recolección de residuos\nvigente.\nObservaciones: ninguna",
            "Copia del contrato de recolección de residuos vigente",
        ),
        (
            "Vengo en solicitar lo siguiente:\nDetalle de lo solicitado: Nómina de patentes de"
            " alcoholes\nvigentes en la comuna.\nSaluda atentamente,",
            "Nómina de patentes de alcoholes vigentes en la comuna",
        ),
        (
            "OFICINA DE INFORMACIONES, RECLAMOS Y SUGERENCIAS\nTipo Reclamo\n"
            "Materia del reclamo Falta de iluminación en la plaza\nDescripción de los hechos\n"
            "Hace un mes que no hay luz.",
            "Falta de iluminación en la plaza",
        ),
    ],
)
def test_citizens_forms_state_their_subject_in_a_field(form: str, expected: str) -> None:
    assert classify(form, policy=POLICY).subject == expected


def test_a_convenio_takes_one_sentence_of_its_purpose() -> None:
    text = """CONVENIO DE TRANSFERENCIA DE RECURSOS
En Negrete, a 5 de mayo de 2025, entre las partes se acuerda:
PRIMERO: OBJETO. El presente convenio tiene por objeto financiar la compra de un
carro bomba. La compañía lo solicitó el año anterior.
SEGUNDO: Los recursos se transferirán en una cuota."""
    subject = classify(text, policy=POLICY).subject
    assert subject == "Convenio de transferencia de recursos para la compra de un carro bomba"


def test_a_convenio_whose_title_says_what_for_keeps_its_title() -> None:
    text = """CONVENIO SOBRE MANTENCIÓN DE ÁREAS VERDES
PRIMERO: OBJETO. El convenio tiene por objeto financiar la mantención de plazas."""
    assert classify(text, policy=POLICY).subject == "CONVENIO SOBRE MANTENCIÓN DE ÁREAS VERDES"


def test_a_convenio_between_named_parties_keeps_their_names_in_its_title() -> None:
    text = """CONVENIO DE EJECUCIÓN ENTRE JUNTA NACIONAL DE AUXILIO
ESCOLAR Y BECAS Y LA ILUSTRE MUNICIPALIDAD DE NEGRETE
SOBRE LA REPARACIÓN DE LA ESCUELA RURAL COIHUE
En Negrete, a 5 de mayo de 2025, entre las partes se acuerda:
PRIMERO: OBJETO. El presente convenio tiene por objeto financiar la reparación."""
    assert classify(text, policy=POLICY).subject == (
        "CONVENIO DE EJECUCIÓN ENTRE JUNTA NACIONAL DE AUXILIO ESCOLAR Y BECAS Y LA ILUSTRE"
        " MUNICIPALIDAD DE NEGRETE SOBRE LA REPARACIÓN DE LA ESCUELA RURAL COIHUE"
    )


def test_a_title_goes_on_through_a_line_that_only_mentions_an_office() -> None:
    text = """INFORME N° 12 SOBRE LA COMPRA DE CAMIONETAS MUNICIPALES
FINANCIADAS POR EL GOBIERNO REGIONAL
ILUSTRE MUNICIPALIDAD DE NEGRETE
Se informa lo siguiente:"""
    assert classify(text, policy=POLICY).subject == (
        "INFORME N° 12 SOBRE LA COMPRA DE CAMIONETAS MUNICIPALES FINANCIADAS POR EL GOBIERNO"
        " REGIONAL"
    )


def test_an_acta_titled_by_its_council_keeps_the_whole_title() -> None:
    text = """CONCEJO MUNICIPAL DE NEGRETE - ACTA N° 12
SESIÓN ORDINARIA
En Negrete, a 5 de mayo de 2025, siendo las 10:00 horas, se abre la sesión."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "acta_concejo"
    assert labels.subject is not None and labels.subject.startswith(
        "CONCEJO MUNICIPAL DE NEGRETE - ACTA N° 12"
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (  # a wrapped subject whose last line leaves room: the body follows
            "ASUNTO: Informa calendario del uso del feriado legal y de los permisos\n"
            "administrativos\nCon el objeto de ordenar el uso del feriado legal y de los "
            "permisos\nadministrativos, se imparten las siguientes instrucciones:",
            "Informa calendario del uso del feriado legal y de los permisos administrativos",
        ),
        (  # one line of subject, then a sentence of the body
            "MAT.: Remite antecedentes de la actualización del reglamento interno\n"
            "Con el propósito de dar curso al reglamento, me permito exponer lo siguiente.",
            "Remite antecedentes de la actualización del reglamento interno",
        ),
        (  # a line in capitals after a subject that is not: a stamp
            "MAT.: Envía propuesta relativa a la cuenta pública 2024\nDOCUMENTO RESERVADO\n"
            "Por medio del presente, me dirijo a usted.",
            "Envía propuesta relativa a la cuenta pública 2024",
        ),
        (  # a narrow column wraps raggedly and still goes on; a proper name goes on too
            "MAT.: Remite antecedentes del\ncomité de vivienda Nuevo\nAmanecer y su\n"
            "postulación al subsidio\npara su revisión\nMaullín, 13 de junio de 2024",
            "Remite antecedentes del comité de vivienda Nuevo Amanecer y su postulación al "
            "subsidio para su revisión",
        ),
        (  # a table's field without its colon
            "Materia Remite información relativa a la deuda pendiente con\n"
            "Ingeniería y Proyectos Huemul SpA\nFecha 4 DE MAYO DE 2023",
            "Remite información relativa a la deuda pendiente con Ingeniería y Proyectos "
            "Huemul SpA",
        ),
    ],
)
def test_a_subject_goes_on_only_while_its_paragraph_does(head: str, expected: str) -> None:
    text = f"SUBSECRETARÍA DE DESARROLLO REGIONAL\nORD. N° 54\n{head}\nSaluda atentamente."
    assert classify(text, policy=POLICY).subject == expected


def test_prose_that_ends_on_materia_is_no_field() -> None:
    text = """ACTA SESIÓN EXTRAORDINARIA N° 9
En Vichuquén, a 16 de junio de 2025, se da inicio a la sesión.
La Asesora Jurídica expone sobre la
materia. La audiencia preparatoria está fijada."""
    assert classify(text, policy=POLICY).subject == "ACTA SESIÓN EXTRAORDINARIA N° 9"


def test_a_transparency_letter_asks_for_what_follows_lo_siguiente() -> None:
    text = """Vichuquén, 24-04-2023
Señor Alcalde
Presente
Ximena Silva Mella, en ejercicio del derecho que me otorga el artículo 10 de la Ley
N° 20.285 sobre Acceso a la Información Pública, solicito a esa Municipalidad lo siguiente:
La nómina de funcionarios que han intervenido en el ordenamiento del
tránsito en Llico durante el verano.
Pido que la información sea enviada al correo."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "solicitud_transparencia"
    assert labels.subject == (
        "La nómina de funcionarios que han intervenido en el ordenamiento del tránsito en "
        "Llico durante el verano"
    )


# -- Documents of the state's own platforms and services ---------------------------------

_NARROW = """MINISTERIO DE OBRAS PÚBLICAS
DIRECCIÓN REGIONAL DE VIALIDAD
{number}
OTORGA PERMISO A LA
MUNICIPALIDAD DE CHILE CHICO
PARA EL ATRAVIESO DE LA RED DE
AGUA POTABLE EN LA FAJA FISCAL
DE LA RUTA 265
{after}
Coyhaique, 02 JUN 2025
VISTO: Lo dispuesto en el D.F.L. MOP N° 850, de 1997.
RESUELVO:
1.- Otórgase el permiso."""
_NARROW_SUBJECT = (
    "OTORGA PERMISO A LA MUNICIPALIDAD DE CHILE CHICO PARA EL ATRAVIESO DE LA RED DE AGUA "
    "POTABLE EN LA FAJA FISCAL DE LA RUTA 265"
)


@pytest.mark.parametrize(
    ("number", "after"),
    [
        ("RES. EXENTA N° 1314/2025", ""),
        ("", "RESOLUCIÓN EXENTA ELECTRÓNICA"),  # the title below the summary
        ("RES. EXENTA N° 1314/2025", "SUBDIRECCIÓN DE CONSERVACIÓN"),  # the column beside it
    ],
)
def test_a_summary_in_a_narrow_column_is_read_whole(number: str, after: str) -> None:
    labels = classify(_NARROW.format(number=number, after=after), policy=POLICY)
    assert labels.doc_type == "resolucion" and labels.subject == _NARROW_SUBJECT


def test_a_header_printed_as_a_table_has_labels_without_colons() -> None:
    text = """SERVICIO DE EVALUACIÓN AMBIENTAL
ORD. N° 2.548
ANT. Correo electrónico de fecha 22 de octubre de 2024.
MAT. Solicita pronunciamiento sobre la Declaración de Impacto Ambiental del
proyecto «Loteo Turístico Bahía Jara»
FECHA 11 de diciembre de 2024
En atención a la materia, cumplo con señalar lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert labels.antecedents == "Correo electrónico de fecha 22 de octubre de 2024"
    assert labels.subject == (
        "Solicita pronunciamiento sobre la Declaración de Impacto Ambiental del proyecto "
        "«Loteo Turístico Bahía Jara»"
    )


def test_a_docdigital_table_ends_the_subject_at_its_next_field() -> None:
    text = """GOBIERNO REGIONAL DE AYSÉN
OFICIO ORDINARIO N° 5890
Folio 5890
Materia Solicita rendición de cuentas del proyecto FRIL «Ampliación Red de
Alcantarillado Población Lago General Carrera»
De Gobernador Regional de Aysén, Gobierno Regional de Aysén
Para Ana Luisa Triviño Oyarzo - Alcaldesa - Ilustre Municipalidad de Chile Chico
Por medio del presente documento comunico a usted lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "Solicita rendición de cuentas del proyecto FRIL «Ampliación Red de Alcantarillado "
        "Población Lago General Carrera»"
    )


def test_the_materia_wins_over_a_reference_and_goes_on_after_a_dangling_word() -> None:
    text = """SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO
ORD. ALC. N.º 2817
REF.: Ley de Presupuestos del Sector Público
para el año 2025.
MAT.: Remite antecedentes requeridos en
Ord. N° 283
SANTIAGO, 21.04.2025
Por medio del presente informo a usted lo siguiente."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Remite antecedentes requeridos en Ord. N° 283"
    assert labels.doc_type == "oficio" and labels.doc_number == "2817"


@pytest.mark.parametrize(
    "head",
    [
        # the summary before the number, after the file's reference
        "CONTRALORÍA REGIONAL DE AYSÉN\nUNIDAD DE CONTROL EXTERNO\nREF. N° W37134/2024\n"
        "{summary}\nOFICIO Nº E84457 / 2024 Coyhaique, 03 OCT 2024",
        # a scan's right-hand column read first, above the letterhead
        "Pág. 1 de 1\n{summary}\nCONTRALORÍA REGIONAL DE AYSÉN\nUNIDAD JURÍDICA\n"
        "OF. N° E29978 / 2024\nCOYHAIQUE, 3 de octubre de 2024.",
    ],
)
def test_contraloria_states_its_subject_in_plain_words(head: str) -> None:
    summary = (
        "Solicita informar el estado del sumario\n"
        "administrativo ordenado en el Informe Final N°\n12, de 2024"
    )
    text = head.format(summary=summary) + "\nSe remite a esa Municipalidad lo relativo al sumario."
    labels = classify(text, policy=POLICY)
    assert labels.subject == " ".join(summary.split("\n"))


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("OF. ORD. D.E. N° 247.923", "247923"),  # Dirección Ejecutiva, not a decreto exento
        ("ORD. ALC. N.º 1.280", "1280"),
        ("OF. ORD. DOH N.º 2.645", "2645"),
    ],
)
def test_an_oficio_may_carry_its_office_initials(heading: str, expected: str) -> None:
    text = f"MINISTERIO DE OBRAS PÚBLICAS\n{heading}\nMAT.: Informa obras.\nJunto con saludar."
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("oficio", expected)


def test_a_number_printed_only_in_the_e_signature_stamp() -> None:
    text = """SUPERINTENDENCIA DE EDUCACIÓN
RESOLUCIÓN EXENTA N°
(N° digital en el costado inferior izquierdo)
APLICA SANCIÓN DE AMONESTACIÓN AL SOSTENEDOR
Coyhaique, 15 de febrero de 2024
VISTO: la Ley N° 20.529.
RESUELVO:
1° Aplícase la sanción.
Página 2 de 2
Documento Digital N°: 2024295196 - Fecha: 08/04/2024"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "2024295196"
    assert labels.doc_date is not None and labels.doc_date.isoformat() == "2024-04-08"


def test_a_plain_summary_may_cite_a_number_and_name_the_municipality() -> None:
    text = """CONTRALORÍA GENERAL DE LA
REPÚBLICA
REF. N° W46088/2025
Vehículos de la Municipalidad de Chile
Chico no pueden destinarse al traslado
de particulares, según el Informe Final N°
7, de 2025
N° E254916/2025
Santiago, 23 ENE 2025
Se ha dirigido a esta Contraloría General un ciudadano."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "dictamen"
    assert labels.subject == (
        "Vehículos de la Municipalidad de Chile Chico no pueden destinarse al traslado de "
        "particulares, según el Informe Final N° 7, de 2025"
    )


def test_a_summary_goes_on_through_an_office_named_inside_it() -> None:
    text = """SUPERINTENDENCIA DE EDUCACIÓN
RESOLUCIÓN EXENTA Nº 1367 / 2025
APLICA SANCIÓN DE AMONESTACIÓN AL
SOSTENEDOR ILUSTRE MUNICIPALIDAD DE CHILE
CHICO POR INFRACCIONES CONSTATADAS
COYHAIQUE, 17 DE NOVIEMBRE DE 2025
VISTOS la Ley N° 20.529."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "APLICA SANCIÓN DE AMONESTACIÓN AL SOSTENEDOR ILUSTRE MUNICIPALIDAD DE CHILE CHICO "
        "POR INFRACCIONES CONSTATADAS"
    )


def test_a_long_subject_in_a_narrow_column_ends_at_a_wrapped_date() -> None:
    text = """SERVICIO DE EVALUACIÓN AMBIENTAL
ORD. N° 2508/2024
MAT.: Solicita evaluar la Adenda N° 1 de la
Declaración de Impacto Ambiental del
proyecto «Extracción de Áridos Río
Jeinimeni», en un plazo de 10 días, y
solicita remitir respuesta en un plazo de
diez días hábiles contados desde la
notificación del presente oficio
Coyhaique, 6 de septiembre de
2024
DE: DIRECTOR REGIONAL"""
    labels = classify(text, policy=POLICY)
    assert labels.subject is not None and len(labels.subject) > 200
    assert labels.subject.endswith("contados desde la notificación del presente oficio")


def test_a_circular_s_summary_in_capitals_below_its_number_needs_no_verb() -> None:
    text = """Ministerio de Vivienda y Urbanismo
División de Desarrollo Urbano
CIRCULAR ORD. N° 0180
DDU 478
APLICACIÓN DEL ARTÍCULO 116 DE LA LEY GENERAL DE
URBANISMO Y CONSTRUCCIONES A LAS OBRAS
PRELIMINARES Y DE DEMOLICIÓN
Santiago, 16 de octubre de 2023
DE: JEFA DIVISIÓN DE DESARROLLO URBANO
A: SEREMI MINVU Y DIRECTORES DE OBRAS MUNICIPALES
Diversas Direcciones de Obras han consultado sobre el permiso exigible."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "circular"
    assert labels.subject == (
        "APLICACIÓN DEL ARTÍCULO 116 DE LA LEY GENERAL DE URBANISMO Y CONSTRUCCIONES A LAS "
        "OBRAS PRELIMINARES Y DE DEMOLICIÓN"
    )


@pytest.mark.parametrize(
    ("place", "date_line"),
    [
        ("TEMUCO", "VISTOS: lo dispuesto en la Ley N° 19.880."),
        ("VILLA ALEMANA,", "15 de mayo de 2025"),
        ("Concepción", "VISTOS: lo dispuesto en la Ley N° 19.880."),
    ],
)
def test_a_summary_ends_before_a_place_whose_date_is_elsewhere(place: str, date_line: str) -> None:
    """An e-signed act leaves its date to the signature's stamp: the place stands alone."""
    text = f"""SERVICIO DE SALUD ARAUCANÍA SUR
RESOLUCIÓN EXENTA N° 4410
AUTORIZA TRASPASO DE FONDOS PARA EL PROGRAMA DE
RESOLUTIVIDAD EN ATENCIÓN PRIMARIA
{place}
{date_line}
CONSIDERANDO: que es necesario."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "AUTORIZA TRASPASO DE FONDOS PARA EL PROGRAMA DE RESOLUTIVIDAD EN ATENCIÓN PRIMARIA"
    )


def test_a_summary_goes_on_with_a_short_line_of_its_own() -> None:
    text = """SERVICIO DE SALUD ARAUCANÍA SUR
RESOLUCIÓN EXENTA N° 4410
APRUEBA CONVENIO CON LA MUNICIPALIDAD DE CURACAUTÍN PARA EL PROGRAMA
ODONTOLÓGICO INTEGRAL
VISTOS: lo dispuesto en la Ley N° 19.880."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == (
        "APRUEBA CONVENIO CON LA MUNICIPALIDAD DE CURACAUTÍN PARA EL PROGRAMA ODONTOLÓGICO INTEGRAL"
    )


def test_a_court_date_in_words_broken_after_its_month_ends_the_subject_and_dates_it() -> None:
    text = """PODER JUDICIAL
CORTE DE APELACIONES DE TEMUCO
OFICIO N° 4.512/2025
MATERIA: Pide informe en
recurso de amparo económico
TEMUCO, a veintidós de octubre
de dos mil veinticinco.
Por resolución de esta fecha se ha ordenado oficiar a usted."""
    labels = classify(text, policy=POLICY)
    assert labels.subject == "Pide informe en recurso de amparo económico"
    assert labels.doc_date == date(2025, 10, 22)


def test_a_sentence_broken_after_a_cited_month_does_not_date_the_document() -> None:
    text = """ORDENANZA MUNICIPAL SOBRE TENENCIA RESPONSABLE DE MASCOTAS
Aprobada por el Concejo Municipal en sesión ordinaria de fecha 14 de enero
de 2025.
TÍTULO I
Artículo 1°.- La presente ordenanza regula la tenencia de mascotas.
Curacautín, 22 de enero de 2025"""
    assert classify(text, policy=POLICY).doc_date == date(2025, 1, 22)
