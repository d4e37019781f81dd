"""What the rules for headlines, addressees, escritos, titles and stamps must not take: a
post or an organisation for a letter's headline, a summary that names whom it concerns for
an addressee, a sum of money for an escrito's summary, the body for a contract's title."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.extract import document_date

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


@pytest.mark.parametrize(
    "text",
    [
        "Negrete, 3 de marzo de 2026\nSeñor\nCarlos Roa Paredes\nDIRECTOR DE OBRAS MUNICIPALES\n"
        "De mi consideración:\nPor medio de la presente solicito a usted un permiso para "
        "instalar un kiosco en la plaza.\nAtentamente,\nAna Rivas",
        "Negrete, 3 de marzo de 2026\nSeñor Alcalde\nPresente\nJUNTA DE VECINOS VILLA LOS AROMOS\n"
        "PERSONALIDAD JURÍDICA N° 45\nDe nuestra consideración:\nPor medio de la presente "
        "solicitamos a usted la poda de los árboles del pasaje.\nAtentamente,\nLa directiva",
        "Negrete, 3 de marzo de 2026\nSeñor Alcalde\nPresente\n"
        "ATENCIÓN: DIRECTOR DE TRÁNSITO MUNICIPAL\nJunto con saludar, solicito a usted un "
        "lomo de toro en calle Ercilla.\nAtentamente,\nAna Rivas",
        "NEGRETE, 3 DE MARZO DE 2026\nSEÑOR ALCALDE\nPRESENTE\n"
        "QUIEN SUSCRIBE, JUAN PÉREZ SOTO, VECINO DEL SECTOR\nRIHUE, SOLICITA A USTED UN "
        "SUBSIDIO DE LEÑA\nPARA SU VIVIENDA, POR ENCONTRARSE CESANTE\nDESDE ENERO DE ESTE AÑO\n"
        "SALUDA ATENTAMENTE,\nJUAN PÉREZ SOTO",
    ],
)
def test_a_post_an_organisation_a_field_or_the_body_is_no_headline(text: str) -> None:
    subject = classify(text, policy=POLICY).subject or ""
    assert not subject.isupper(), subject


_LETTER = (
    "Negrete, 3 de marzo de 2026\nSeñor Alcalde\nPresente\n{}\nDe nuestra consideración:\n"
    "Por medio de la presente solicitamos a usted la poda de los árboles del pasaje.\n"
    "Atentamente,\nLa directiva"
)


@pytest.mark.parametrize(
    "writer",
    [
        "CUERPO DE BOMBEROS DE NEGRETE",
        "SUBDIRECTOR DE SALUD MUNICIPAL",
        "ESCUELA BÁSICA LOS COPIHUES",
        "PARROQUIA SAN JOSÉ DE NEGRETE",
        "JARDÍN INFANTIL LOS PATITOS",
        "TERCERA COMPAÑÍA DE BOMBEROS",
    ],
)
def test_a_school_a_brigade_or_a_parish_is_no_headline(writer: str) -> None:
    assert classify(_LETTER.format(writer), policy=POLICY).subject != writer


@pytest.mark.parametrize(
    "headline",
    ["COLEGIO SAN JORGE SOLICITA APOYO PARA GIRA DE ESTUDIOS", "JUNTA DE VECINOS PIDE LUMINARIAS"],
)
def test_an_organisation_that_says_what_it_asks_is_a_headline(headline: str) -> None:
    assert classify(_LETTER.format(headline), policy=POLICY).subject == headline


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "MINISTERIO DE EDUCACIÓN\nORD. N° 90\nSANTIAGO, 3 de marzo de 2026\n"
            "MAT.: IMPARTE INSTRUCCIONES\nA LOS DIRECTORES DE ESTABLECIMIENTOS SOBRE LA JORNADA\n"
            "Junto con saludar, informo a usted.",
            "IMPARTE INSTRUCCIONES A LOS DIRECTORES DE ESTABLECIMIENTOS SOBRE LA JORNADA",
        ),
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 301\nNEGRETE, 3 de marzo de 2026\n"
            "APRUEBA CONTRATO DE ARRIENDO CON EL PROPIETARIO\n"
            "SR. JUAN PÉREZ SOTO POR EL INMUEBLE DE CALLE ERCILLA 40\nVISTOS: la Ley N° 18.695.",
            "APRUEBA CONTRATO DE ARRIENDO CON EL PROPIETARIO SR. JUAN PÉREZ SOTO POR EL INMUEBLE "
            "DE CALLE ERCILLA 40",
        ),
        (
            "SERVIU REGIÓN DEL BIOBÍO\nORD. N° 77\nCONCEPCIÓN, 3 de marzo de 2026\n"
            "MAT.: Responde presentación de vecina\nSra. María González Soto, sobre subsidio\n"
            "Junto con saludar, informo a usted.",
            "Responde presentación de vecina Sra. María González Soto, sobre subsidio",
        ),
    ],
)
def test_a_subject_that_names_whom_it_concerns_goes_on(text: str, subject: str) -> None:
    assert classify(text, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    "head",
    ["SUMA: CIENTO VEINTE MIL PESOS", "SUMA.: $ 120.000", "SUMA: US$ 4.500", "Suma: 120.000"],
)
def test_a_sum_never_hides_the_matter(head: str) -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO DE PAGO N° 45\nNEGRETE, 3 de marzo de 2026\n"
        f"{head}\nMAT.: Aprueba pago de subvención al club deportivo\n"
        "VISTOS: la Ley N° 18.695."
    )
    assert classify(text, policy=POLICY).subject == "Aprueba pago de subvención al club deportivo"


def test_a_contract_s_title_does_not_run_into_its_body() -> None:
    text = (
        "Convenio de colaboración entre la Municipalidad de Negrete y la Cooperativa Renaico\n"
        "Entre la Ilustre Municipalidad de Negrete, persona jurídica de derecho público,\n"
        "representada por su Alcalde, y la Cooperativa, se acuerda lo siguiente:\n"
        "PRIMERO: Objeto. Apoyar la feria campesina."
    )
    assert classify(text, policy=POLICY).subject == (
        "Convenio de colaboración entre la Municipalidad de Negrete y la Cooperativa Renaico"
    )


def test_a_contract_s_title_in_sentence_case_goes_on_while_it_carries_on() -> None:
    text = (
        "Convenio de transferencia de recursos entre el Gobierno Regional del Biobío\n"
        "y la Ilustre Municipalidad de Negrete para la ejecución\n"
        "del proyecto de reposición de la sede social Villa Esperanza\n"
        "En Negrete, a 3 de marzo de 2026, entre el Gobierno Regional y la Municipalidad,\n"
        "se acuerda lo siguiente:"
    )
    assert classify(text, policy=POLICY).subject == (
        "Convenio de transferencia de recursos entre el Gobierno Regional del Biobío y la "
        "Ilustre Municipalidad de Negrete para la ejecución del proyecto de reposición de la "
        "sede social Villa Esperanza"
    )


def test_a_centred_contract_title_sets_entre_alone() -> None:
    text = (
        "CONVENIO DE COLABORACIÓN\nENTRE\nLA ILUSTRE MUNICIPALIDAD DE NEGRETE\nY\n"
        "LA FUNDACIÓN LAS ROSAS\nEn Negrete, a 3 de marzo de 2026, comparecen las partes."
    )
    assert classify(text, policy=POLICY).subject == (
        "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y LA FUNDACIÓN LAS "
        "ROSAS"
    )


def test_the_act_formula_above_the_heading_hides_nothing() -> None:
    text = (
        "I. MUNICIPALIDAD DE NEGRETE\nSECRETARÍA MUNICIPAL\n"
        "CON ESTA FECHA SE HA DICTADO EL SIGUIENTE:\nDECRETO ALCALDICIO N° 3.118\n"
        "NEGRETE, 14 de mayo de 2026\nAPRUEBA BASES DEL CONCURSO DE FONDOS VECINALES\n"
        "VISTOS: la Ley N° 18.695."
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("decreto", "3118")
    assert labels.subject == "APRUEBA BASES DEL CONCURSO DE FONDOS VECINALES"


def test_a_stamp_that_prints_its_place_keeps_its_date() -> None:
    lines = [
        "SERVICIO DE SALUD BIOBÍO",
        "ORD. N° 12",
        "RECIBIDO",
        "Negrete, 15 de enero de 2026",
        "Los Ángeles, 9 de enero de 2026",
    ]
    assert str(document_date(lines, body=False)) == "2026-01-09"


@pytest.mark.parametrize(
    ("place", "expected"),
    [("Los Ángeles", "2026-01-09"), ("Negrete", None)],  # at home, the stamp's own line
)
def test_a_date_of_another_commune_below_a_stamp_is_the_document_s(
    place: str, expected: str | None
) -> None:
    text = (
        f"SERVICIO DE SALUD BIOBÍO\nORD. N° 12\nINGRESO N° 4567\n{place}, 9 de enero de 2026\n"
        "MAT.: Informa brote de influenza\nJunto con saludar, informo a usted."
    )
    found = classify(text, policy=POLICY).doc_date
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize(
    "head",
    [
        "EN LO PRINCIPAL: Deduce recurso de reposición, EN EL OTROSÍ: acompaña documentos.",
        "EN LO PRINCIPAL: Deduce recurso de reposición; en los otrosíes: lo que indica.",
        "SUMA: Deduce recurso de reposición; 1er OTROSÍ: acompaña documentos.",
    ],
)
def test_an_escrito_s_otrosies_are_left_out_however_written(head: str) -> None:
    text = (
        f"{head}\nSEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\n"
        "PEDRO SOTO DÍAZ, comerciante, a usted respetuosamente digo:\nQue deduzco recurso."
    )
    assert classify(text, policy=POLICY).subject == "Deduce recurso de reposición"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (  # a file's reference as the last line
            "CONTRALORÍA REGIONAL DEL BIOBÍO\nOFICIO N° 1234\nMAT.: Remite informe final\n"
            "INGRESO CGR N° W002917/2024",
            "Remite informe final",
        ),
        (  # the body's "Motivo por el cual ..." is no MAT. over the escrito's SUMA
            "SUMA: Deduce recurso de reposición contra el Decreto Exento N° 301\n"
            "SEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\n"
            "PEDRO SOTO DÍAZ, comerciante, a usted respetuosamente digo:\n"
            "Motivo por el cual solicito se deje sin efecto el decreto.",
            "Deduce recurso de reposición contra el Decreto Exento N° 301",
        ),
        (  # a body that opens "Con esta fecha ..." is not a summary
            "SERVICIO DE SALUD BIOBÍO\nORD. N° 12\nSEÑOR ALCALDE\nPRESENTE\n"
            "Con esta fecha se ha dictado la Resolución Exenta N° 456,\n"
            "que aprueba el convenio de atención primaria.\nSaluda atentamente,\nDIRECTOR",
            None,
        ),
        (
            "GOBIERNO REGIONAL DEL BIOBÍO\nORD. N° 345\nCONCEPCIÓN, 20 de febrero de 2026\n"
            "MAT.: INFORMA APROBACIÓN DE PROYECTO FRIL\n"
            "SR. ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\nPRESENTE\nJunto con saludar.",
            "INFORMA APROBACIÓN DE PROYECTO FRIL",
        ),
        (
            "CONTRALORÍA GENERAL\nCIRCULAR N° 12\nSANTIAGO, 3 de marzo de 2026\n"
            "IMPARTE INSTRUCCIONES SOBRE EL PROCESO ELECTORAL\nA ALCALDES Y ALCALDESAS DEL PAÍS\n"
            "DE: CONTRALORA GENERAL",
            "IMPARTE INSTRUCCIONES SOBRE EL PROCESO ELECTORAL",
        ),
        (  # pesos in a request, not a sum of money
            "SUMA: Solicita devolución de pesos pagados en exceso\nSEÑOR ALCALDE\n"
            "PEDRO SOTO, a usted digo:",
            "Solicita devolución de pesos pagados en exceso",
        ),
        (  # a field's name in a line cut at "la" is the request's
            "Portal de Transparencia del Estado\n"
            "Comprobante de solicitud de acceso a la información pública\nFolio MU1\n"
            "Descripción de la\ninformación\nsolicitada\n"
            "Copia de los permisos de edificación otorgados por la\n"
            "Dirección de Obras Municipales durante el año 2025\nFormato de entrega: Electrónico",
            "Copia de los permisos de edificación otorgados por la Dirección de Obras Municipales "
            "durante el año 2025",
        ),
    ],
)
def test_what_a_second_review_found(text: str, subject: str | None) -> None:
    assert classify(text, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "GOBERNACIÓN PROVINCIAL DEL BIOBÍO\n"
            "ORD. N° 245\n"
            "MAT.: Da respuesta a su oficio\n"
            "LOS ÁNGELES, 10 de marzo de 2025\n"
            "A : SR. ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\n"
            "DE : GOBERNADOR PROVINCIAL\n"
            "Junto con saludar, y en respuesta a lo solicitado, informo a usted lo siguiente.",
            "subject",
            "Da respuesta a su oficio",
        ),
        (
            "SERVICIO DE SALUD BIOBÍO\n"
            "ORD. N° 245\n"
            "ANT.: Ord. N° 12 de 2025.\n"
            "MAT.: Responde Oficio\n"
            "SEÑOR\n"
            "ALCALDE I. MUNICIPALIDAD DE NEGRETE\n"
            "PRESENTE\n"
            "Junto con saludar, y en respuesta a lo solicitado, informo a usted lo siguiente.",
            "subject",
            "Responde Oficio",
        ),
        (
            "SUPERINTENDENCIA DE EDUCACIÓN\n"
            "ORD. N° 1234\n"
            "MAT.: Memorándum N° 45 del DAEM, sobre denuncia en escuela rural.\n"
            "CONCEPCIÓN, 10 de marzo de 2025\n"
            "DE : DIRECTOR REGIONAL\n"
            "A : SR. ALCALDE DE NEGRETE\n"
            "Esta Superintendencia ha recibido el documento del antecedente, mediante el cual\n"
            "ese Departamento remite la denuncia efectuada por apoderados de la escuela.\n"
            "Al respecto, se informa que se ha iniciado el proceso de fiscalización.",
            "subject",
            "Memorándum N° 45 del DAEM, sobre denuncia en escuela rural",
        ),
        (
            "DECRETO EXENTO N° 456\n"
            "NEGRETE, 10 de marzo de 2025\n"
            "SECRETARÍA MUNICIPAL\n"
            "ALCALDÍA DE NEGRETE\n"
            "CONCEJO MUNICIPAL\n"
            "VISTOS:\n"
            "Lo dispuesto en la Ley N° 18.695.\n"
            "DECRETO:\n"
            "1. Apruébase el pago.",
            "subject",
            "Apruébase el pago",
        ),
        (
            "DECRETO ALCALDICIO N° 456\n"
            "NEGRETE, 10 de marzo de 2025\n"
            "I. MUNICIPALIDAD DE NEGRETE\n"
            "DEPTO. DE ADMINISTRACIÓN Y FINANZAS\n"
            "VISTOS:\n"
            "Lo dispuesto en la Ley N° 18.695, Orgánica Constitucional de Municipalidades.\n"
            "DECRETO:\n"
            "1. Apruébase el pago de la factura N° 123 a la empresa Transportes Sur Ltda.",
            "subject",
            "Apruébase el pago de la factura N° 123 a la empresa Transportes Sur Ltda",
        ),
        (
            "MUNICIPALIDAD DE NEGRETE\n"
            "SECRETARÍA MUNICIPAL\n"
            "MEMORÁNDUM N° 45\n"
            "A : SRES. CONCEJALES\n"
            "DE : SECRETARIO MUNICIPAL\n"
            "MAT.: CITA A SESIÓN EXTRAORDINARIA DEL CONCEJO\n"
            "MUNICIPAL PARA EL MARTES 15 DE ABRIL\n"
            "NEGRETE, 10 de abril de 2025\n"
            "Por orden del señor Alcalde, cito a ustedes a la sesión indicada.",
            "subject",
            "CITA A SESIÓN EXTRAORDINARIA DEL CONCEJO MUNICIPAL PARA EL MARTES 15 DE ABRIL",
        ),
        (
            "MUNICIPALIDAD DE NEGRETE\n"
            "DIDECO\n"
            "MEMORÁNDUM N° 45\n"
            "A : ALCALDE\n"
            "DE : DIRECTORA DIDECO\n"
            "MAT.: INFORMA SUSPENSIÓN DE OPERATIVO SOCIAL\n"
            "SECTOR COIHUE 22 DE MARZO\n"
            "NEGRETE, 10 de marzo de 2025\n"
            "Por medio del presente informo a usted lo indicado.",
            "subject",
            "INFORMA SUSPENSIÓN DE OPERATIVO SOCIAL SECTOR COIHUE 22 DE MARZO",
        ),
        (
            "MUNICIPALIDAD DE NEGRETE\n"
            "DIRECCIÓN DE OBRAS\n"
            "MEMORÁNDUM N° 45\n"
            "A : ADMINISTRADOR MUNICIPAL\n"
            "DE : DIRECTOR DE OBRAS\n"
            "MAT.: SOLICITA AMPLIACIÓN DEL PLAZO\n"
            "FECHA DE TÉRMINO OBRA MULTICANCHA\n"
            "NEGRETE, 10 de marzo de 2025\n"
            "Por medio del presente solicito a usted lo indicado.",
            "subject",
            "SOLICITA AMPLIACIÓN DEL PLAZO FECHA DE TÉRMINO OBRA MULTICANCHA",
        ),
        (
            "RECIBIDO\n"
            "NEGRETE 15 ENE 2025\n"
            "CARTA N° 12\n"
            "Concepción, 8 de enero de 2025\n"
            "Señor Alcalde\n"
            "Presente\n"
            "De nuestra consideración:\n"
            "Por medio de la presente solicitamos a usted el arreglo de la calle principal "
            "del sector.",
            "doc_date",
            "2025-01-08",
        ),
    ],
)
def test_what_a_third_review_found(text: str, field: str, value: str) -> None:
    """A subject cut at "oficio" is complete; a REF. that says its matter stays; a letterhead's
    unit above VISTOS is no summary; a place without its comma needs a whole date; "FECHA DE
    TÉRMINO" is no date field; a stamp without its comma keeps its date."""
    found = getattr(classify(text, policy=POLICY), field)
    assert (str(found) if found is not None else None) == value
