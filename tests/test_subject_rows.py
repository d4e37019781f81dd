"""Where a subject stands in heads printed as tables or labelled otherwise («RESUMEN:»,
«Objeto:», a reference and a dash before the matter), a letter's headline in sentence case,
titles that go on past «S.A.» or into their session, and numbers of a series' section, an
external letter, a routing slip, a ministry's code or a document system."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_number
from pipeline.classification.labels import find_label

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


def _subject(text: str) -> str | None:
    return classify(text, policy=POLICY).subject


def test_a_decree_s_summary_labelled_resumen() -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\nDECRETO ALCALDICIO N° 88\nNegrete, 2 de mayo de 2026\n"
        "RESUMEN: Autoriza el cierre temporal del gimnasio municipal\npor reparación del techo\n"
        "VISTOS:\nLas facultades que me confiere la Ley N° 18.695."
    )
    assert (
        _subject(text)
        == "Autoriza el cierre temporal del gimnasio municipal por reparación del techo"
    )


@pytest.mark.parametrize(
    "head",
    [
        "OBJETO: Informa corte programado de agua potable en Villa Esperanza",
        "SR. ALCALDE   Objeto: Informa corte programado de agua potable en Villa Esperanza",
    ],
)
def test_an_object_labelled_objeto_is_the_subject(head: str) -> None:
    text = (
        "ESSBIO S.A.\nORD. N° 310\nLos Ángeles, 4 de mayo de 2026\n"
        f"{head}\nJunto con saludar, comunico a usted el corte."
    )
    assert _subject(text) == "Informa corte programado de agua potable en Villa Esperanza"


def test_objeto_in_a_sentence_is_no_label() -> None:
    assert find_label("y para tal fin pedimos una reunión con el siguiente objeto:") is None


@pytest.mark.parametrize(
    "ref",
    [
        "Ref.: Su Ord. N° 77, de 3 de abril de 2026 – Responde consulta sobre el paradero",
        # a scan that lost the dash
        "Ref.: Correo electrónico de 3 de abril de 2026 Responde consulta sobre el paradero",
    ],
)
def test_a_reference_that_cites_a_paper_before_a_dash_gives_the_matter_after_it(
    ref: str,
) -> None:
    text = (
        "DIRECCIÓN REGIONAL DE VIALIDAD\nORD. N° 940\nLos Ángeles, 9 de abril de 2026\n"
        f"{ref}\nA: ALCALDE DE NEGRETE\nJunto con saludar, respondo a usted."
    )
    assert _subject(text) == "Responde consulta sobre el paradero"


_FIRST, _SECOND = "Solicita informe sobre el estado de las veredas", "de calle Pedro Aguirre Cerda"


@pytest.mark.parametrize(
    "head",
    [
        ["MEMORÁNDUM N° 31", "DE PARA FECHA MATERIA", "Jefa de Finanzas", "DIRECTOR DE OBRAS"],
        ["DOCUMENTO FECHA MATERIA", "OF. ORD. N° 512"],
        ["DECRETO FECHA MATERIA", "DECRETO ALCALDICIO", "N° 77 - 2026"],
    ],
)
def test_the_matter_in_a_table_s_row_after_its_date_cell(head: list[str]) -> None:
    """The cells before the date may wrap over several lines, or share its line."""
    if head[0].startswith("DOCUMENTO"):
        head = [head[0], f"{head[1]} 04-05-2026 {_FIRST}"]
    else:
        head = [*head, f"04-05-2026 {_FIRST}"]
    text = "\n".join(
        ["MUNICIPALIDAD DE NEGRETE", *head, _SECOND, "Junto con saludar, remito los antecedentes."]
    )
    assert _subject(text) == f"{_FIRST} {_SECOND}"


def test_a_letter_s_request_in_sentence_case_below_presente() -> None:
    text = (
        "Comité de Agua Potable Rural El Sauce\nNegrete, 5 de mayo de 2026\n"
        "Señor\nAlcalde de Negrete\nSu despacho\n"
        "Propone un convenio para la mantención del estanque del comité en el\nsector El Sauce\n"
        "De nuestra consideración:\nNos dirigimos a usted para proponer un convenio."
    )
    assert _subject(text) == (
        "Propone un convenio para la mantención del estanque del comité en el sector El Sauce"
    )


def test_a_convenio_s_title_goes_on_past_a_firm_s_s_a() -> None:
    text = (
        "CONVENIO DE COOPERACIÓN\nENTRE FRONTEL S.A.\nY LA ILUSTRE MUNICIPALIDAD DE NEGRETE\n"
        "En Negrete, a 6 de mayo de 2026, entre la Ilustre Municipalidad de Negrete y Frontel "
        "S.A., se acuerda lo siguiente:\nPRIMERO: Las partes colaboran."
    )
    assert _subject(text) == (
        "CONVENIO DE COOPERACIÓN ENTRE FRONTEL S.A. Y LA ILUSTRE MUNICIPALIDAD DE NEGRETE"
    )


def test_an_acta_de_acuerdos_title_goes_on_into_its_session() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nSECRETARÍA MUNICIPAL\nACTA DE ACUERDOS\n"
        "SESIÓN EXTRAORDINARIA N° 9\nEn Negrete, a 7 de mayo de 2026, siendo las 10:00 horas, "
        "se abre la sesión del Concejo Municipal.\nAcuerdo N° 1: se aprueba el programa."
    )
    assert _subject(text) == "ACTA DE ACUERDOS SESIÓN EXTRAORDINARIA N° 9"


@pytest.mark.parametrize(
    ("last", "after"),
    [
        ("en el sector El Sauce por obras de mantención", "1.- Por medio del presente, informo."),
        # a stamp's mark read as "a" at the subject's end, then the body's formula
        ("en el sector El Sauce por obras de mantención a", "Junto con saludar, informo."),
    ],
)
def test_a_subject_stops_at_the_body_s_first_point_or_formula(last: str, after: str) -> None:
    text = (
        "ESSBIO S.A.\nORD. N° 311\nLos Ángeles, 8 de mayo de 2026\n"
        f"MAT.: Informa corte programado de agua potable\n{last}\n{after}"
    )
    assert _subject(text) == (
        "Informa corte programado de agua potable en el sector El Sauce por obras de mantención"
    )


def test_a_form_s_title_is_its_subject() -> None:
    text = (
        "Municipalidad de Negrete\nDIRECCIÓN DE OBRAS MUNICIPALES\n"
        "SOLICITUD DE PERMISO DE OCUPACIÓN DE BIEN NACIONAL DE USO PÚBLICO\n"
        "Uso exclusivo municipal — N° de ingreso: ____\n1. Nombre: Rosa Salgado Muñoz\n"
        "2. Ubicación: frente a calle Lautaro 120\n3. Tipo de ocupación: feria de invierno"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "otro"
    assert labels.subject == "SOLICITUD DE PERMISO DE OCUPACIÓN DE BIEN NACIONAL DE USO PÚBLICO"


@pytest.mark.parametrize(
    ("header", "doc_type", "number"),
    [
        (["DECRETO ALCALDICIO SECCIÓN 1ª N° 455", "Negrete, 2 de mayo de 2026"], "decreto", "455"),
        (["Frontel S.A.", "Carta Ext. N° 88", "Los Ángeles, 2 de mayo de 2026"], "carta", "88"),
        (
            ["PROVIDENCIA N° 321", "Documento recibido: Ord. N° 77 SEREMI", "Derivado a: DOM"],
            "otro",
            "321",
        ),
        (
            [
                "CONTRALORÍA REGIONAL DEL BIOBÍO",
                "N° E55123 / 2026",
                "Remite Informe Final N° 12, de 2026",
            ],
            "oficio",
            "E55123",
        ),
        (
            ["SEREMI DE SALUD", "ORD. B/ N° 1706/2026", "Concepción, 2 de mayo de 2026"],
            "oficio",
            "1706",
        ),
        (
            ["MEMO ELECTRÓNICO N° E-10825/2026", "Fecha de emisión: 2 de mayo de 2026"],
            "memorandum",
            "E-10825",
        ),
    ],
)
def test_numbers_of_sections_series_slips_and_document_systems(
    header: list[str], doc_type: str, number: str
) -> None:
    assert document_number(header, doc_type) == number


def test_a_resolution_s_summary_that_opens_with_resuelve() -> None:
    text = (
        "SERVICIO DE SALUD BIOBÍO\nRES. EX. N° 5521\nLos Ángeles, 9 de mayo de 2026\n"
        "Resuelve presentación sobre el cierre del paso peatonal del hospital\n"
        "VISTOS:\nLo dispuesto en la Ley N° 19.880.\nRESUELVO:\n1° ACÓGESE la presentación."
    )
    assert _subject(text) == "Resuelve presentación sobre el cierre del paso peatonal del hospital"


def test_a_subject_wrapped_twice_goes_on_past_a_short_line_into_its_sentence() -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\nMAT.: Encomienda a la Dirección de\nAsesoría\n"
        "Jurídica la defensa del municipio en la causa\npor caída en calle Lautaro\n"
        "DECRETO EXENTO N° 573\nNEGRETE, 20-11-2026\nVISTOS:\nLas facultades legales."
    )
    assert _subject(text) == (
        "Encomienda a la Dirección de Asesoría Jurídica la defensa del municipio en la causa "
        "por caída en calle Lautaro"
    )


@pytest.mark.parametrize("when", ["07 de mayo del 2026", "7 MAY. 2026"])
def test_a_table_s_date_cell_in_words_and_the_next_field_after_the_row(when: str) -> None:
    text = (
        "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN\nDOCUMENTO FECHA MATERIA\n"
        f"OFICIO N° 4355 {when} Comunica cierre temporal de la oficina\nde Negrete por obras\n"
        "A: Alcalde de Negrete\nDE: DIRECTOR REGIONAL\nEstimado Alcalde:\nInformo a usted."
    )
    assert _subject(text) == "Comunica cierre temporal de la oficina de Negrete por obras"


def test_a_complaint_in_sentence_case_just_above_the_salutation() -> None:
    text = (
        "Negrete, 23 de junio de 2026\nSeñor\nAlcalde\nMunicipalidad de Negrete\n"
        "Calle Lautaro 120\nReclamo por la rotura de la matriz de agua en Villa Esperanza\n"
        "De nuestra consideración:\nQuien suscribe viene en presentar un reclamo."
    )
    assert _subject(text) == "Reclamo por la rotura de la matriz de agua en Villa Esperanza"


def test_a_place_and_date_with_its_weekday_ends_a_subject() -> None:
    text = (
        "CARABINEROS DE CHILE, SUBCOMISARÍA NEGRETE\nOF. N° 1338/2026\n"
        "mat.: da respuesta a Ord. N° 929 de esa Municipalidad, sobre\n"
        "el tránsito de camiones de alto tonelaje por calle Lautaro\n"
        "Negrete, lunes 15 de junio\nde 2026\nAL SEÑOR ALCALDE\nJunto con saludar, informo."
    )
    assert _subject(text) == (
        "da respuesta a Ord. N° 929 de esa Municipalidad, sobre el tránsito de camiones de alto "
        "tonelaje por calle Lautaro"
    )


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("CERTIFICADO DE RESIDENCIA N° 1.178", "CERTIFICADO DE RESIDENCIA"),
        ("CERTIFICADO DE NO DEUDA Nro. 12/2026", "CERTIFICADO DE NO DEUDA"),
        ("CERTIFICADO N° 40", None),
    ],
)
def test_a_certificate_is_registered_by_its_title(title: str, subject: str | None) -> None:
    text = (
        f"MUNICIPALIDAD DE NEGRETE\n{title}\nLa Secretaria Municipal que suscribe certifica que "
        "doña Rosa Salgado Muñoz tiene domicilio en la comuna.\nNegrete, 4 de mayo de 2026"
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.subject) == ("certificado", subject)
