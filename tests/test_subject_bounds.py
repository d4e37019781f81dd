"""Where a subject ends and where it goes on: the formula that opens an act, the
addressee's block, a line cut at a preposition, a citation in brackets; and where a letter
or a contract states it without a label."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


@pytest.mark.parametrize(
    "formula",
    [
        "CON ESTA FECHA SE HA DICTADO EL SIGUIENTE DECRETO:",
        "HOY SE HA DECRETADO LO QUE SIGUE:",
        "CON ESTA MISMA FECHA, ESTA ALCALDÍA DECRETÓ:",
    ],
)
def test_a_summary_in_capitals_ends_before_the_formula_that_opens_the_act(formula: str) -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO ALCALDICIO N° 3.118\n"
        "NEGRETE, 14 de mayo de 2026\n"
        "APRUEBA BASES DEL CONCURSO DE FONDOS VECINALES\nPARA EL AÑO 2026\n"
        f"{formula}\nVISTOS: Las facultades de la Ley N° 18.695."
    )
    labels = classify(text, policy=POLICY)
    assert labels.subject == "APRUEBA BASES DEL CONCURSO DE FONDOS VECINALES PARA EL AÑO 2026"


@pytest.mark.parametrize(
    "addressee",
    [
        "SRA. MARCELA IBACACHE ROJAS\nJEFA PROVINCIAL",
        "Señor Rolando Quiroz Díaz\nDirector Regional",
        "AL SEÑOR ALCALDE\nMUNICIPALIDAD DE NEGRETE",
        "A la señora o señor Alcalde\nMunicipalidad de Negrete",
    ],
)
def test_a_subject_ends_before_the_addressee(addressee: str) -> None:
    labeled = (
        "SERVICIO DE VIVIENDA Y URBANIZACIÓN\nORD. N° 77\nCHILLÁN, 2 de junio de 2026\n"
        "REF.: Comunica observaciones al proyecto de\npavimentación de calle Los Aromos\n"
        f"{addressee}\nJunto con saludar, informo a usted lo siguiente."
    )
    plain = (
        "SERVICIO DE VIVIENDA Y URBANIZACIÓN\nORD. N° 77\nCHILLÁN, 2 de junio de 2026\n"
        "COMUNICA OBSERVACIONES AL PROYECTO DE\nPAVIMENTACIÓN DE CALLE LOS AROMOS\n"
        f"{addressee.upper()}\nJunto con saludar, informo a usted lo siguiente."
    )
    wanted = "Comunica observaciones al proyecto de pavimentación de calle Los Aromos"
    assert classify(labeled, policy=POLICY).subject == wanted
    assert classify(plain, policy=POLICY).subject == wanted.upper()


def test_a_subject_cut_at_a_preposition_goes_on_into_a_citation() -> None:
    text = (
        "GOBERNACIÓN REGIONAL\nOFICIO ORD. N° 508\nCONCEPCIÓN, 9 de junio de 2026\n"
        "MAT.: Reitera consulta sobre la rendición de fondos, pendiente hasta\n"
        "el Ord. N° 233 de 04.03.2026\n"
        "A: ALCALDE DE NEGRETE\nJunto con saludar, reitero la consulta."
    )
    assert classify(text, policy=POLICY).subject == (
        "Reitera consulta sobre la rendición de fondos, pendiente hasta "
        "el Ord. N° 233 de 04.03.2026"
    )


def test_a_citation_in_brackets_carries_the_subject_on() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nORD. N° 1.204\nNEGRETE, 3 de agosto de 2026\n"
        "MAT.: Pide revisar el loteo de la parcela\nEl Sauce y sus servidumbres\n"
        "(LEY N° 20.234)\nA: SEREMI DE VIVIENDA\nJunto con saludar, pido a usted lo siguiente."
    )
    assert classify(text, policy=POLICY).subject == (
        "Pide revisar el loteo de la parcela El Sauce y sus servidumbres (LEY N° 20.234)"
    )


def test_a_letter_s_subject_in_capitals_between_presente_and_the_salutation() -> None:
    text = (
        "Negrete, 11 de julio de 2026\nSeñora\nPaula Andrea Soto Vera\nDirectora de Obras\n"
        "Municipalidad de Negrete\nPresente\n"
        "DENUNCIA CONSTRUCCIÓN SIN PERMISO EN\nPASAJE LOS CANELOS 118\n"
        "Estimada señora Directora:\nQuien suscribe, vecina del sector, expone a usted que "
        "en el sitio vecino se levanta una segunda planta sin permiso.\n"
        "Saluda atentamente,\nMaría José Vera Contreras"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "carta"
    assert labels.subject == "DENUNCIA CONSTRUCCIÓN SIN PERMISO EN PASAJE LOS CANELOS 118"


def test_a_contract_s_title_in_sentence_case_goes_on_to_its_full_stop() -> None:
    text = (
        "Convenio de colaboración entre la Municipalidad de Negrete y Cooperativa\n"
        "Agrícola Campesina Renaico Limitada.\n"
        "En Negrete, a 2 de febrero de 2026, entre la Municipalidad de Negrete y la "
        "Cooperativa, se conviene lo siguiente:\nPRIMERO: Objeto. Apoyar la feria campesina."
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "convenio"
    assert labels.subject == (
        "Convenio de colaboración entre la Municipalidad de Negrete y Cooperativa "
        "Agrícola Campesina Renaico Limitada"
    )


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "SUMA: En lo principal, deduce reclamo contra el cobro de derechos de aseo;\n"
            "en el otrosí, acompaña documentos.",
            "Deduce reclamo contra el cobro de derechos de aseo",
        ),
        (
            "EN LO PRINCIPAL: Solicita copia del expediente de permiso; PRIMER OTROSÍ: "
            "Personería; SEGUNDO OTROSÍ: Patrocinio y poder.",
            "Solicita copia del expediente de permiso",
        ),
        ("SUMA: Interpone recurso de reposición.", "Interpone recurso de reposición"),
    ],
)
def test_an_escrito_s_summary_is_its_principal_request(head: str, subject: str) -> None:
    text = (
        f"{head}\nSEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\n"
        "ANDREA PAZ MORALES FUENTES, abogada, en representación de don Luis Vera, a usted "
        "respetuosamente digo:\nQue vengo en presentar lo que sigue."
    )
    assert classify(text, policy=POLICY).subject == subject


def test_a_sum_of_money_is_no_summary() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 45\nNEGRETE, 3 de marzo de 2026\n"
        "Suma: $ 120.000\nAPRUEBA PAGO DE SUBVENCIÓN AL CLUB DEPORTIVO RENACER\n"
        "VISTOS: la Ley N° 18.695."
    )
    assert classify(text, policy=POLICY).subject == (
        "APRUEBA PAGO DE SUBVENCIÓN AL CLUB DEPORTIVO RENACER"
    )


def test_a_place_and_day_without_its_comma_ends_a_subject() -> None:
    text = (
        "JUZGADO DE FAMILIA DE LOS ÁNGELES\nOficio N° 3.731\nMAT.: Solicita informe social\n"
        "Los Angeles 2 DE SEPTIEMBRE DE\n2026\nPor resolución de esta fecha, se ha ordenado."
    )
    assert classify(text, policy=POLICY).subject == "Solicita informe social"


def test_a_subject_goes_on_after_oficio_de_fecha_or_into_a_one_letter_connector() -> None:
    cited = (
        "SEREMI DE SALUD\nORD. N° 12\nMAT.: Remite antecedentes requeridos en Oficio\n"
        "Ord. N° 2363\nA: ALCALDE DE NEGRETE\nJunto con saludar, remito."
    )
    dated = (
        "MUNICIPALIDAD DE LOS ÁNGELES\nORD. N° 44\n"
        "MAT.: Da respuesta a su Ord. N° 4.398, de fecha\n"
        "18.06.2026, relativo al proyecto FRIL\nA: ALCALDE DE NEGRETE\nJunto con saludar."
    )
    connector = (
        "I. Municipalidad de Negrete\nORD. N° 1242\nMAT Remite antecedentes del proceso de\n"
        "consulta\na las comunidades de Rihue\nDE ALCALDE\nA SR. DIRECTOR REGIONAL CONADI"
    )
    assert classify(cited, policy=POLICY).subject == (
        "Remite antecedentes requeridos en Oficio Ord. N° 2363"
    )
    assert classify(dated, policy=POLICY).subject == (
        "Da respuesta a su Ord. N° 4.398, de fecha 18.06.2026, relativo al proyecto FRIL"
    )
    assert classify(connector, policy=POLICY).subject == (
        "Remite antecedentes del proceso de consulta a las comunidades de Rihue"
    )


def test_an_operative_point_s_first_sentence_keeps_its_abbreviations() -> None:
    text = (
        "SERVIU BIOBÍO\nRESOLUCIÓN EXENTA N° 3594\nConcepción, 10 de septiembre de 2026\n"
        "VISTOS: la Ley N° 19.880.\nRESUELVO:\n"
        "1° APLÍCASE multa a la empresa Áridos S.A. por la obra del rol 326-30, conforme al "
        "D.S. N° 49, de 2011. Notifíquese."
    )
    assert classify(text, policy=POLICY).subject == (
        "APLÍCASE multa a la empresa Áridos S.A. por la obra del rol 326-30, conforme al "
        "D.S. N° 49, de 2011"
    )


@pytest.mark.parametrize("place", ["NEGRETE, 12.06.26", "Los Ángeles, 13 AGO", "FECHA 14.05.26"])
def test_a_short_date_a_month_s_abbreviation_or_a_date_field_ends_a_subject(place: str) -> None:
    text = (
        "SEREMI DE SALUD\nORD. N° 12\nMAT.: Remite antecedentes de la denuncia por rellenos\n"
        f"{place}\nA: ALCALDE DE NEGRETE\nJunto con saludar, remito."
    )
    assert classify(text, policy=POLICY).subject == (
        "Remite antecedentes de la denuncia por rellenos"
    )


def test_contraloria_s_summary_below_its_unit_and_number_and_never_the_body() -> None:
    dictamen = (
        "Contraloría Regional del Biobío\nUnidad de Control Externo\n"
        "Dictamen N° E464187 / 2026\nConcepción, 30.06.2026\n"
        "Personas contratadas a honorarios no pueden\nfiscalizar el comercio ambulante\n"
        "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE NEGRETE\nSe ha dirigido a esta Contraloría."
    )
    chamber = (
        "CÁMARA DE DIPUTADAS Y DIPUTADOS\nOFICIO N° 62.516\nINC.: solicitud\n"
        "VALPARAÍSO, 23/05/2026\nSEÑOR ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE NEGRETE\n"
        "Por orden del señor Presidente de la Cámara de Diputadas y Diputados, y a\n"
        "requerimiento del diputado señor JUAN SOTO, quien ha hecho uso de la facultad\n"
        "conferida en el artículo 9° de la ley N° 18.918, orgánica constitucional del\n"
        "Congreso Nacional, solicito a usted remitir los antecedentes que obren en\n"
        "su poder acerca del comodato del inmueble municipal con el Club Deportivo\n"
        "Unión Negrete, dentro del plazo de quince días.\nDios guarde a usted."
    )
    assert classify(dictamen, policy=POLICY).subject == (
        "Personas contratadas a honorarios no pueden fiscalizar el comercio ambulante"
    )
    assert classify(chamber, policy=POLICY).subject is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Municipalidad de Negrete\nORD. ALC. N° 2428\nMAT.: Remite antecedentes de la "
            "denuncia por\nrellenos en el estero\nNegrete, dieciséis\nde enero de dos mil "
            "veintiséis.\nA: SR. JEFE BRIGADA DE INVESTIGACIÓN CRIMINAL",
            "Remite antecedentes de la denuncia por rellenos en el estero",
        ),
        (
            "I. MUNICIPALIDAD DE NEGRETE\nDECRETO N° 301\nPONE TÉRMINO A CONTRATO RELATIVO AL "
            "TRANSPORTE ESCOLAR\nNEGRETE, 12.06.26\nVISTOS: la Ley N° 18.695.",
            "PONE TÉRMINO A CONTRATO RELATIVO AL TRANSPORTE ESCOLAR",
        ),
        (
            "JUZGADO DE POLICÍA LOCAL DE NEGRETE\nOFICIO N° 2776\nREF:\nCITA A AUDIENCIA A\n"
            "REPRESENTANTE MUNICIPAL POR\nLA DENUNCIA POR TENENCIA\nIRRESPONSABLE DE PERROS EN\n"
            "RIHUE DE NEGRETE Y QUILACO\nl. MUNICIPALIDAD NEGRETE\nINGRESO\n06-JUN-2026",
            "CITA A AUDIENCIA A REPRESENTANTE MUNICIPAL POR LA DENUNCIA POR TENENCIA "
            "IRRESPONSABLE DE PERROS EN RIHUE DE NEGRETE Y QUILACO",
        ),
        (
            "ACTA N° 7 COMISIÓN DE OBRAS DEL CONCEJO MUNICIPAL\nFECHA 14.05.26\n"
            "Asistentes: los concejales.",
            "ACTA N° 7 COMISIÓN DE OBRAS DEL CONCEJO MUNICIPAL",
        ),
    ],
)
def test_a_place_cut_after_its_day_a_short_date_or_a_date_field_ends_a_summary_or_title(
    text: str, subject: str
) -> None:
    assert classify(text, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    ("columns", "row"),
    [
        ("N° FECHA ASUNTO", "1.277/2026 19/06/2026 Remite información requerida sobre la"),
        (
            "N° FECHA ANT. MATERIA",
            "1412/ 13/05/2026 Oficio N° 729/2026. Remite información requerida sobre la",
        ),
    ],
)
def test_the_matter_in_a_table_s_row_of_values(columns: str, row: str) -> None:
    text = (
        f"ILUSTRE MUNICIPALIDAD DE NEGRETE\nORD. N°\n{columns}\n{row}\n"
        "vigilancia de casos de hepatitis A en Rihue\nSR. JUAN SOTO\nSEREMI DE SALUD\n"
        "Mediante el presente, esta Municipalidad hace llegar a esa autoridad los antecedentes."
    )
    assert classify(text, policy=POLICY).subject == (
        "Remite información requerida sobre la vigilancia de casos de hepatitis A en Rihue"
    )


@pytest.mark.parametrize("label", ["MAT,:", "MAT;", "MAT.;", "Materia;"])
def test_a_label_s_colon_as_ocr_misreads_it(label: str) -> None:
    text = (
        f"SERVICIO DE SALUD BIOBÍO\nORD. N° 345\n{label} Remite informe de brotes de influenza\n"
        "LOS ÁNGELES, 3 de marzo de 2026\nA: ALCALDE\nJunto con saludar, informo."
    )
    assert classify(text, policy=POLICY).subject == "Remite informe de brotes de influenza"
