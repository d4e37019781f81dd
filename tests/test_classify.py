"""Classification and metadata extraction on born-digital text, on scans and on OCR noise."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.scoring import same
from ocr import OcrSettings, read_document
from partes.config import Config
from pipeline import Classification, ClassifyPolicy, classify
from pipeline.classification.classify import choose_unit, keyword_unit, keyword_weight
from pipeline.classification.extract import document_date, document_number
from pipeline.classification.model import Memory, TrainedModel
from pipeline.classification.patterns import find_date, find_ruts, rut_check_digit
from pipeline.classification.routing import RoutingInput
from tests.docgen import GENERATORS, Generated, make_document

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units,
    own_names=(CONFIG.municipality.name,),
    routing=CONFIG.routing,
    review_threshold=CONFIG.classification.review_threshold,
)
TEXT_FIELDS = ("subject", "sender", "recipient", "antecedents", "sender_org")


def _read(doc: Generated, workdir: Path) -> Classification:
    workdir.mkdir(parents=True, exist_ok=True)
    result = read_document(doc.path, workdir, OcrSettings())
    return classify("\n".join(p.text for p in result.pages), policy=POLICY)


def _check(labels: Classification, doc: Generated, fields: tuple[str, ...]) -> None:
    truth = doc.truth
    assert labels.doc_type == truth.doc_type
    assert labels.doc_number == truth.doc_number
    assert labels.doc_date == truth.doc_date
    assert labels.ruts == truth.ruts
    assert labels.reserved == truth.reserved
    for name in fields:
        expected, found = getattr(truth, name), getattr(labels, name)
        if expected is None:
            continue
        assert found is not None, name
        assert same(name, expected, found), (name, expected, found)


@pytest.mark.parametrize("kind", list(GENERATORS))
@pytest.mark.parametrize("seed", [1, 2])
def test_born_digital_documents_of_every_type(tmp_path: Path, kind: str, seed: int) -> None:
    doc = make_document(kind, tmp_path / f"{kind}.pdf", seed=seed, topic_index=seed * 7)
    labels = _read(doc, tmp_path / "work")
    _check(labels, doc, TEXT_FIELDS)
    assert labels.direction == doc.truth.direction


@pytest.mark.parametrize("kind", list(GENERATORS))
def test_scanned_documents_of_every_type(tmp_path: Path, kind: str) -> None:
    doc = make_document(kind, tmp_path / f"{kind}.jpg", seed=31, topic_index=4)
    _check(_read(doc, tmp_path / "work"), doc, ("subject",))


NOISY = """\
SERVICIO DE SALUD BIOBIO
ORD. N* 1.234 / 2026
ANT.: Su oficio N? 77.
REF.: Solicita informacion sobre
      atencion en posta rural.
CONCEPCION, 3 de abril de 2026
DE : DIRECTOR SERVICIO DE SALUD
A : SR. ALCALDE
Junto con saludar, informo lo que sigue.
"""


def test_ocr_noise_star_and_question_mark_for_degree_sign_and_ref_for_mat() -> None:
    labels = classify(NOISY, policy=POLICY)
    assert labels.doc_type == "oficio"
    assert labels.doc_number == "1234"
    assert labels.subject == "Solicita informacion sobre atencion en posta rural"
    assert labels.antecedents == "Su oficio N? 77"
    assert labels.doc_date == date(2026, 4, 3)
    assert labels.sender == "DIRECTOR SERVICIO DE SALUD"
    assert labels.sender_org == "SERVICIO DE SALUD BIOBIO"
    assert labels.unit == "salud"


# Two columns read line by line: the letterhead and the number block share lines.
TWO_COLUMNS = """\
GOBIERNO REGIONAL DEL BIOBIO ORD. N? 455/2026
DIVISION DE PLANIFICACION ANT.: Su oficio N° 12 de fecha 2 de
marzo de 2026.
MAT.: Remite observaciones al proyecto
de agua potable rural.
CONCEPCION, 9 de marzo de 2026
DE: GOBERNADOR REGIONAL DEL BIOBIO
A: SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE NEGRETE
"""


def test_header_in_two_columns_and_values_broken_over_lines() -> None:
    labels = classify(TWO_COLUMNS, policy=POLICY)
    assert labels.doc_type == "oficio"
    assert labels.doc_number == "455"
    assert labels.sender_org == "GOBIERNO REGIONAL DEL BIOBIO"
    assert labels.antecedents == "Su oficio N° 12 de fecha 2 de marzo de 2026"
    assert labels.subject == "Remite observaciones al proyecto de agua potable rural"
    assert labels.doc_date == date(2026, 3, 9)
    assert labels.recipient == "SR. ALCALDE DE LA ILUSTRE MUNICIPALIDAD DE NEGRETE"
    assert labels.unit == "secplan"


def test_reserved_oficio_and_outgoing_letterhead() -> None:
    text = "ILUSTRE MUNICIPALIDAD DE NEGRETE\nRESERVADO\nOFICIO N° 12\nMAT.: Sumario.\n"
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "oficio_reservado"
    assert labels.reserved
    assert labels.direction == "salida"


def test_ruts_need_a_valid_check_digit() -> None:
    assert rut_check_digit(11111111) == "1"
    assert find_ruts("RUT 11.111.111-1 y 11.111.111-2 y 7654321-6") == (
        "11.111.111-1",
        "7.654.321-6",
    )


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Solicitud de acceso a la información pública, Ley N° 20.285", "solicitud_transparencia"),
        ("Solicito audiencia en virtud de la Ley del Lobby", "solicitud_audiencia_lobby"),
        ("Vengo en presentar un reclamo por el servicio de aseo", "reclamo"),
        ("CIRCULAR N° 4\nA todas las unidades", "circular"),
        ("ACTA SESIÓN ORDINARIA N° 12 DEL CONCEJO MUNICIPAL", "acta_concejo"),
        ("CONVENIO DE COLABORACIÓN\nentre las partes", "convenio"),
        ("RESOLUCIÓN EXENTA N° 123\nAPRUEBA CONVENIO\nVISTOS: el Decreto N° 250", "resolucion"),
        ("REX N° 45/2024\nVISTOS:", "resolucion"),
        ("RES. EX. N° 202499101234", "resolucion"),
        ("DICTAMEN N° E123456 / 2024\nSANTIAGO, 3 de enero de 2024", "dictamen"),
        ("ORDENANZA MUNICIPAL SOBRE RUIDOS MOLESTOS\nArtículo 1°.- Objeto.", "ordenanza"),
        ("INFORME TÉCNICO N° 12\nMAT.: Estado del puente.", "informe"),
        ("DECRETO EXENTO N° 1.234\nVISTOS: la Resolución N° 7 de 2019", "decreto"),
        ("OFICIO CIRCULAR N° 3\nMAT.: Instruye.", "circular"),
        ("Un texto cualquiera sin encabezado", "otro"),
    ],
)
def test_other_types(text: str, doc_type: str) -> None:
    assert classify(text, policy=POLICY).doc_type == doc_type


def test_confidence_and_review_flag() -> None:
    sure = classify(NOISY, policy=POLICY)
    assert sure.type_confidence >= 0.9 and not sure.needs_review
    vague = classify("Un texto cualquiera sin encabezado ni unidad", policy=POLICY)
    assert vague.doc_type == "otro" and vague.unit is None
    assert vague.type_confidence < 0.6 and vague.needs_review
    assert any("tipo por ninguna" in r for r in vague.reasons)


def test_routing_rules_win_over_keywords() -> None:
    text = "SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA\nInformación solicitada: obras."
    labels = classify(text, policy=POLICY)
    assert labels.unit == "administracion" and labels.unit_confidence == 1.0
    assert any("transparencia" in r for r in labels.reasons)


# -- What real documents look like, beyond the generator's templates -------------------

MINISTRY_CIRCULAR = """\
MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA
SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO
CIRCULAR ORD. N° 0012
ANT.: Ley N° 20.285, sobre Acceso a la Información Pública.
MAT.: Imparte instrucciones sobre transparencia activa.
SANTIAGO, 12 ENE 2024
DE: SUBSECRETARIO DE DESARROLLO REGIONAL Y ADMINISTRATIVO
A: SEÑORES ALCALDES Y ALCALDESAS DEL PAÍS
Estimados alcaldes:
De mi consideración, recuerdo a ustedes las solicitudes de acceso a la información pública.
Atentamente,
SUBSECRETARIO DE DESARROLLO REGIONAL Y ADMINISTRATIVO
"""


def test_a_circular_headed_circular_ord_is_a_circular_whatever_its_body_says() -> None:
    labels = classify(MINISTRY_CIRCULAR, policy=POLICY)
    assert (labels.doc_type, labels.direction) == ("circular", "entrada")
    assert labels.doc_number == "0012"
    assert labels.doc_date == date(2024, 1, 12)
    assert labels.subject == "Imparte instrucciones sobre transparencia activa"
    assert labels.sender_org == "MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA"
    assert labels.unit == "administracion"  # "transparencia activa": the transparency officer
    without_mat = MINISTRY_CIRCULAR.replace("MAT.: Imparte", "IMPARTE")
    assert classify(without_mat, policy=POLICY).subject == (
        "IMPARTE instrucciones sobre transparencia activa"
    )


SCANNED_REX = """\
SERVICIO NACIONAL DE PREVENCION Y RESPUESTA ANTE DESASTRES
DIRECCION REGIONAL DEL BIOBIO
RESOLUCI0N EXENTA N* 1234
APRUEBA CONVENIO DE COLABORACION CON LA
MUNICIPALIDAD DE NEGRETE PARA ALBERGUES
CONCEPCION, 15 FEB 2024
VISTOS:
Lo dispuesto en la Ley N° 21.364; el Decreto N° 250, de 2004; el Decreto Alcaldicio N° 12.
RESUELVO:
1. APRUEBASE el convenio de colaboración.
ANOTESE, COMUNIQUESE Y ARCHIVESE.
JUAN PEREZ SOTO
DIRECTOR REGIONAL SENAPRED BIOBIO
DISTRIBUCION:
- Municipalidad de Negrete
JPS/mrs
"""


def test_a_scanned_resolucion_exenta_of_a_national_service_is_no_decreto() -> None:
    labels = classify(SCANNED_REX, policy=POLICY)
    assert (labels.doc_type, labels.direction) == ("resolucion", "entrada")
    assert labels.doc_number == "1234"
    assert labels.doc_date == date(2024, 2, 15)
    assert labels.subject == (
        "APRUEBA CONVENIO DE COLABORACION CON LA MUNICIPALIDAD DE NEGRETE PARA ALBERGUES"
    )
    assert labels.sender == "DIRECTOR REGIONAL SENAPRED BIOBIO"  # above the distribution list
    assert labels.unit == "dideco"  # emergencies and shelters
    lost_heading = SCANNED_REX.replace("RESOLUCI0N EXENTA N* 1234", "")
    labels = classify(lost_heading, policy=POLICY)
    assert labels.doc_type == "resolucion" and labels.type_confidence < 0.9
    assert labels.subject is not None and labels.subject.startswith("APRUEBA CONVENIO")


def test_a_resolucion_without_summary_takes_what_it_resolves() -> None:
    text = "RES. EX. N° 202499101234\nFECHA: 12.01.2024\nVISTOS:\nLa Ley N° 19.880.\n"
    text += "RESUELVO:\n1.- DECLÁRASE admisible la postulación.\nDIRECTORA REGIONAL SERVIU\n"
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("resolucion", "202499101234")
    assert labels.doc_date == date(2024, 1, 12)
    assert labels.subject == "DECLÁRASE admisible la postulación"


MUNICIPAL_DECREE = """\
ILUSTRE MUNICIPALIDAD DE NEGRETE
DIRECCION DE ADMINISTRACION Y FINANZAS
DECRETO ALCALDICIO N° 2.345
NEGRETE, 12.03.2024
APRUEBA MODIFICACION PRESUPUESTARIA N° 3
VISTOS:
Las facultades de la Ley N° 18.695; la Resolución N° 7 de 2019 de la Contraloría.
DECRETO:
1. APRUÉBASE la modificación.
JAVIER HERMOSILLA YAÑEZ
ALCALDE
"""


def test_a_decreto_is_the_alcalde_s_and_its_materia_is_the_summary_above_vistos() -> None:
    labels = classify(MUNICIPAL_DECREE, policy=POLICY)
    assert (labels.doc_type, labels.direction, labels.unit) == ("decreto", "interno", "daf")
    assert (labels.doc_number, labels.doc_date) == ("2345", date(2024, 3, 12))
    assert labels.subject == "APRUEBA MODIFICACION PRESUPUESTARIA N° 3"
    no_heading = MUNICIPAL_DECREE.replace("DECRETO ALCALDICIO N° 2.345\n", "")
    assert classify(no_heading, policy=POLICY).doc_type == "decreto"
    supreme = "MINISTERIO DE VIVIENDA Y URBANISMO\nDECRETO SUPREMO N° 49\nVISTOS:\nDECRETO:\n"
    assert classify(supreme, policy=POLICY).direction == "entrada"


def test_a_dictamen_of_contraloria_without_its_name_in_the_heading() -> None:
    text = (
        "CONTRALORIA GENERAL DE LA REPUBLICA\nDIVISION DE MUNICIPALIDADES\n"
        "SANTIAGO, 25-I-2016 N° 12.345\n"
        "Municipalidad de Negrete debe pagar las horas extraordinarias a sus funcionarios.\n"
        "Se ha dirigido a esta Contraloría General don Juan Pérez, reclamando el pago.\n"
        "Saluda atentamente a Ud.,\nJORGE BERMUDEZ SOTO\nContralor General de la República\n"
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.direction, labels.unit) == ("dictamen", "entrada", "control")
    assert (labels.doc_number, labels.doc_date) == ("12345", date(2016, 1, 25))
    assert labels.subject == (
        "Municipalidad de Negrete debe pagar las horas extraordinarias a sus funcionarios"
    )
    assert labels.sender == "Contralor General de la República"


@pytest.mark.parametrize(
    ("text", "doc_type", "subject"),
    [
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nORDENANZA MUNICIPAL SOBRE TENENCIA DE\n"
            "MASCOTAS Y ANIMALES DE COMPAÑÍA\nTÍTULO I\nArtículo 1°.- Objeto.\nALCALDE",
            "ordenanza",
            "ORDENANZA MUNICIPAL SOBRE TENENCIA DE MASCOTAS Y ANIMALES DE COMPAÑÍA",
        ),
        (
            "ACTA SESIÓN ORDINARIA N° 12\nCONCEJO MUNICIPAL DE NEGRETE\n"
            "En Negrete, a 3 de marzo de 2026, se da inicio a la sesión.",
            "acta_concejo",
            "ACTA SESIÓN ORDINARIA N° 12 CONCEJO MUNICIPAL DE NEGRETE",
        ),
        (
            "CONVENIO DE TRANSFERENCIA DE RECURSOS\nSERVICIO DE SALUD BIOBÍO\nY MUNICIPALIDAD",
            "convenio",
            "CONVENIO DE TRANSFERENCIA DE RECURSOS",
        ),
        (  # an informe with no other subject is known by its title, as an acta is
            "INFORME SOCIAL N° 4\nNEGRETE, 3 de marzo de 2026\nDE: ASISTENTE SOCIAL",
            "informe",
            "INFORME SOCIAL N° 4",
        ),
    ],
)
def test_without_materia_a_title_is_the_subject(
    text: str, doc_type: str, subject: str | None
) -> None:
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.subject) == (doc_type, subject)


def test_new_types_route_by_default_rules() -> None:
    ordinance = classify("ORDENANZA LOCAL DE ASEO\nArtículo 1°.- Multas.", policy=POLICY)
    assert (ordinance.unit, ordinance.direction) == ("secretaria-municipal", "interno")
    social = "ILUSTRE MUNICIPALIDAD DE NEGRETE\nINFORME SOCIAL N° 4\nA: ALCALDE\nfamilia"
    assert classify(social, policy=POLICY).unit == "dideco"
    legal = "INFORME JURÍDICO N° 9\nMAT.: Comodato de la sede."
    assert classify(legal, policy=POLICY).unit == "juridica"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Santiago, 12 ENE 2024", date(2024, 1, 12)),
        ("12 de enero de 2024", date(2024, 1, 12)),
        ("12.01.2024", date(2024, 1, 12)),
        ("FECHA: 2024-01-12", date(2024, 1, 12)),
        ("12-DIC-2023", date(2023, 12, 12)),
        ("SANTIAGO, 12.ENE.2024", date(2024, 1, 12)),
        ("5 de septiembre del 2024", date(2024, 9, 5)),
        ("25.XII.2016", date(2016, 12, 25)),
        ("12 de mes de 2024 y 31.02.2024", None),
    ],
)
def test_dates_as_offices_print_and_stamp_them(text: str, expected: date | None) -> None:
    assert find_date(text) == expected


def test_the_document_date_is_its_own_not_a_cited_nor_a_reception_stamp() -> None:
    lines = [
        "OFICINA DE PARTES",
        "RECIBIDO",
        "15 ENE 2024",
        "ORD. N° 45",
        "ANT.: Resolución Exenta N° 12 de 3 de enero de 2024.",
        "FECHA: 10.01.2024",
    ]
    assert document_date(lines) == date(2024, 1, 10)
    assert document_date(lines[:-1]) is None  # the arrival is recorded apart, not as its date
    stamped = ["RESOLUCIÓN EXENTA N° 45", "12 ENE 2024", "VISTOS:", "Ley de 3 de mayo de 2001."]
    assert document_date(stamped) == date(2024, 1, 12)
    letter = [
        "Señor",
        "Alcalde",
        "Presente",
        "De mi consideración:",
        "Texto.",
        "Negrete, 2 de mayo de 2024",
    ]
    assert document_date(letter) == date(2024, 5, 2)


@pytest.mark.parametrize(
    ("header", "doc_type", "number"),
    [
        ("CIRCULAR ORD. N° 0012", "circular", "0012"),
        ("RES. EX. N° 202499101234", "resolucion", "202499101234"),
        ("RESOLUCIÓN EXENTA\nN° 1.234", "resolucion", "1234"),
        ("REX N°45/2024", "resolucion", "45"),
        ("ORD. N.° 45", "oficio", "45"),
        ("DECRETO EXENTO Nº 1.234", "decreto", "1234"),
        ("DICTAMEN N° E123456 / 2024", "dictamen", "E123456"),
        ("SANTIAGO, 25-I-2016 N° 12.345", "dictamen", "12345"),
        ("ANT.: Oficio N° 77.\nCIRCULAR N° 5", "circular", "5"),
        ("OFICIO ORDINARIO N° 1234", "oficio", "1234"),
        ("MEMORÁNDUM ELECTRÓNICO N° 45", "memorandum", "45"),
        ("CERTIFICADO N*- 492", "certificado", "492"),
        ("CIRCULAR B2/N° 12", "circular", "12"),
        ("RESOL. EX. N° 345", "resolucion", "345"),
        ("DECRETO ALCALDICIO (E) N° 1.234", "decreto", "1234"),
        ("DTO. ALC. N° 56", "decreto", "56"),
        ("ANT.: Oficio N° 77.\nMAT.: Reclamo.", "carta", None),
        # a scan's «º» read as a 2, before the number
        ("OF. N.2 2.067/2025", "oficio", "2067"),
        ("Oficio N2 739/2024", "oficio", "739"),
        ("INFORME TÉCNICO N.?2 92", "informe", "92"),
        ("DECRETO ALCALDICIO N2 1.264", "decreto", "1264"),
        ("D.P. N.9 2734", "decreto", "2734"),
        ("D.A. N%: 2.055/2024", "decreto", "2055"),
        ("OF. N% 660-2024", "oficio", "660"),
        ("DECRETO ALCALDICIO EXENTO N.% : 1264 / 2024", "decreto", "1264"),
        # a table cell's border before the number, a comma for the thousands dot
        ("CIRCULAR N°: ¡56", "circular", "56"),
        ("OF. RESERVADO N°: [1.411", "oficio", "1411"),
        ("MEMORÁNDUM INTERNO N“: [312", "memorandum", "312"),
        ("ORD. N° 3,396 / 2023", "oficio", "3396"),
        ("RESOLUCIÓN EXENTA N.? 5,101", "resolucion", "5101"),
        # abbreviations of a municipality's own series
        ("DECRETO DE PAGO N.º: 5343 / 2024", "decreto", "5343"),
        ("D.P. Nº: 4669", "decreto", "4669"),
        ("Of. Circ. N° 23", "circular", "23"),
        ("MEMO INT. N.º 200", "memorandum", "200"),
        ("Ord. (D.O.M.) Nº 44", "oficio", "44"),
        # a real 2 stays the number
        ("DECRETO N° 2\nVISTOS:", "decreto", "2"),
        ("ORD. N 2 DE FECHA 5 DE ENERO", "oficio", "2"),
    ],
)
def test_numbers_in_the_forms_real_headings_use(
    header: str, doc_type: str, number: str | None
) -> None:
    assert document_number(header.splitlines(), doc_type) == number


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a unit writes to the Alcalde: internal, even as an oficio on our letterhead
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nORD. N° 88\nDE: DIRECTORA DE DESARROLLO "
            "COMUNITARIO\nA: SR. ALCALDE\nJunto con saludar.",
            "interno",
        ),
        # the Alcalde answers a citizen: outgoing, even as a letter
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nALCALDÍA\nSeñora\nMaría Pérez Soto\nPresente\n"
            "De mi consideración:\nSu solicitud fue acogida.\nJAVIER HERMOSILLA\nALCALDE",
            "salida",
        ),
        # another municipality's oficio names ours only as the addressee
        (
            "ILUSTRE MUNICIPALIDAD DE LOS ÁNGELES\nORD. N° 345\n"
            "A: SR. ALCALDE DE LA I. MUNICIPALIDAD DE NEGRETE\nJunto con saludar.\nALCALDE",
            "entrada",
        ),
        # no letterhead (a logo), but the DE: line names a regional service
        (
            "ORD. N° 9\nDE: DIRECTOR REGIONAL DE VIALIDAD\nA: SR. ALCALDE\nJunto con saludar.",
            "entrada",
        ),
        # the municipality writes to a regional service
        (
            "MUNICIPALIDAD DE NEGRETE\nORD. N° 9\nDE: ALCALDE\nA: SEREMI DE SALUD\nJunto con.",
            "salida",
        ),
        ("MEMORÁNDUM N° 4\nDE: DIRECTOR DE TRÁNSITO\nA: JEFE DEPARTAMENTO DE SALUD", "interno"),
        ("CIRCULAR N° 2\nDE: ADMINISTRADOR MUNICIPAL\nA: DIRECTORES Y JEFES", "interno"),
        ("MEMORÁNDUM ELECTRÓNICO N° 45\nDE: DIRECTOR SECPLAN\nA: JEFE DAF", "interno"),
        # an ordenanza is ours unless another municipality's letterhead says otherwise
        ("ORDENANZA SOBRE TENENCIA RESPONSABLE DE MASCOTAS\nArtículo 1°.- Objeto.", "interno"),
        ("MUNICIPALIDAD DE LOS ÁNGELES\nORDENANZA SOBRE RUIDOS\nArtículo 1°.- Objeto.", "entrada"),
    ],
)
def test_direction_from_who_signs_and_who_is_addressed(text: str, direction: str) -> None:
    assert classify(text, policy=POLICY).direction == direction


@pytest.mark.parametrize(
    ("subject", "unit"),
    [
        ("Solicita nómina de licencias médicas del personal", "administracion"),
        ("Notifica recurso de protección ante la Corte de Apelaciones", "juridica"),
        ("Matrícula de estudiantes en el Liceo", "educacion"),
        ("Instalación de semáforos y paraderos", "transito"),
        ("Observaciones del informe final de auditoría", "control"),
    ],
)
def test_unit_keywords_beyond_the_templates(subject: str, unit: str) -> None:
    text = f"GOBIERNO REGIONAL DEL BIOBIO\nORD. N° 3\nMAT.: {subject}.\nJunto con saludar."
    assert classify(text, policy=POLICY).unit == unit


def test_a_ref_that_is_only_a_file_number_is_no_subject() -> None:
    text = "CIRCULAR N° 4\nREF.: N° 123.456/2023\nIMPARTE INSTRUCCIONES SOBRE EL CIERRE\n"
    assert classify(text, policy=POLICY).subject == "IMPARTE INSTRUCCIONES SOBRE EL CIERRE"


def test_spaced_titles_and_stamped_numbers_as_scans_show_them() -> None:
    text = (
        "SERVICIO DE SALUD BIOBIO\nRESOLUCION EXENTA N°___1234___\n"
        "LOS ANGELES, 12 de enero del 2024\n"
        "V I S T O S:\nEl D.F.L. N° 1 de 2005.\nR E S U E L V O:\n1.- AUTORÍZASE el convenio.\n"
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.doc_number) == ("resolucion", "1234")
    assert labels.subject == "AUTORÍZASE el convenio"
    assert classify("C I R C U L A R N° 12\nTexto.", policy=POLICY).doc_type == "circular"


def test_a_law_named_in_passing_is_no_request() -> None:
    circular = "Estimados alcaldes:\nSe solicita dar cumplimiento a la Ley N° 20.285.\nAtentamente"
    assert classify(circular, policy=POLICY).doc_type == "carta"
    request = "Señor Alcalde:\nSolicito copia del contrato, en virtud de la Ley N° 20.285."
    assert classify(request, policy=POLICY).doc_type == "solicitud_transparencia"


def test_a_wrapped_letterhead_and_a_split_folio() -> None:
    text = (
        "DELEGACIÓN PRESIDENCIAL ORD. N° 2383/2026\nPROVINCIAL DE BIOBÍO\n"
        "GABINETE ANT.: Su oficio N° 839.\nMAT.: Remite informe.\n"
    )
    assert (
        classify(text, policy=POLICY).sender_org == "DELEGACIÓN PRESIDENCIAL PROVINCIAL DE BIOBÍO"
    )
    form = "SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA\nFolio: MU966T 1674O69\n"
    assert classify(form, policy=POLICY).doc_number == "MU966T1674069"


def test_what_an_act_cites_in_its_vistos_does_not_route_it() -> None:
    text = (
        "SERVICIO LOCAL DE EDUCACIÓN PÚBLICA\nRESOLUCIÓN EXENTA N° 5\nVISTOS:\n"
        "La Resolución N° 7 de 2019 de la Contraloría; el dictamen de la Contraloría.\n"
        "CONSIDERANDO:\nQue la escuela requiere reparaciones.\nRESUELVO:\n1. Apruébase.\n"
    )
    assert classify(text, policy=POLICY).unit == "educacion"


_PIECES = st.sampled_from(["DE", "OBRAS", "DIRECCION", " ", "  ", ".", "-", "_", "1", "Ñ", "X"])


@given(text=st.lists(_PIECES, max_size=30).map("".join))
def test_unit_terms_count_whole_words_as_the_pattern_does(text: str) -> None:
    """The fast count of a unit's term is the regular expression's count, whatever the
    neighbours of each occurrence."""
    from pipeline.classification.classify import _whole_words

    for term in ("OBRAS", "DIRECCION DE OBRAS", "DE OBRAS"):
        expected = len(re.findall(rf"\b{re.escape(term)}\b", text))
        assert _whole_words(term, text) == expected


@pytest.mark.parametrize(
    ("header", "doc_type", "expected"),
    [
        (["MINISTERIO DE VIVIENDA Y URBANISMO", "CIRCULAR ORDINARIA N° : 77 /"], "circular", "77"),
        (["D.E. N° 1.419 /"], "decreto", "1419"),
        (["CERTIFICADO DE ANTIGÜEDAD LABORAL N°: 905"], "certificado", "905"),
        (["INFORME DE FISCALIZACIÓN N.º 234: LA ASIGNACIÓN"], "informe", "234"),
        (["CARTA No : 159/2025"], "carta", "159"),
        (["FORMULARIO DE RECLAMO", "Folio N° 1062"], "reclamo", "1062"),
        (["Número de solicitud MU297T0013374"], "solicitud_transparencia", "MU297T0013374"),
        (["N° de solicitud SA674AW3744677"], "solicitud_audiencia_lobby", "SA674AW3744677"),
        (["Folio: MU966T 1674O69"], "solicitud_transparencia", "MU966T1674069"),
    ],
)
def test_numbers_in_the_forms_headings_print_them(
    header: list[str], doc_type: str, expected: str
) -> None:
    assert document_number(header, doc_type) == expected


@pytest.mark.parametrize(
    ("heading", "doc_type"),
    [
        ("MEMO. N.º 107", "memorandum"),
        ("OF. RES. Nro. 718 /", "oficio_reservado"),
        ("CIRCULAR INTERNA No 86/2025", "circular"),
    ],
)
def test_abbreviated_headings_name_their_type(heading: str, doc_type: str) -> None:
    text = f"Ilustre Municipalidad de Vichuquén\n{heading}\nMAT.: Turnos\nDOCUMENTO RESERVADO"
    if doc_type != "oficio_reservado":
        text = text.replace("\nDOCUMENTO RESERVADO", "")
    assert classify(text, policy=POLICY).doc_type == doc_type


def test_a_tables_antecedents_are_not_the_documents_own_number() -> None:
    text = """Tribunal Electoral Regional del Maule
OF. RES. Nro. 718 /
FECHA 12 de julio de 2024
Materia Requiere informe confidencial respecto de la elección
Antecedentes Su Ord. N° 993, del 19.06.2024
DOCUMENTO RESERVADO
En atención a la materia del epígrafe, cumplo con señalar lo que sigue."""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "718"
    assert labels.antecedents == "Su Ord. N° 993, del 19.06.2024"


def test_a_company_letter_asking_an_audience_under_the_lobby_law() -> None:
    text = """Servicios Eléctricos Mataquito Ltda.
Santiago 14 NOV. 2023
Señor Alcalde
Presente
De mi consideración:
Sandra Gaete Alarcón, en representación de la empresa, solicita a usted, en su calidad de
sujeto pasivo de la Ley N° 20.730, una audiencia con el siguiente objeto:"""
    assert classify(text, policy=POLICY).doc_type == "solicitud_audiencia_lobby"


def test_an_addressee_printed_beside_the_sender_is_the_addressee() -> None:
    text = """PODER JUDICIAL
Juzgado de Letras y Garantía de Licantén
Oficio N°: 1.100
DE: Juez Titular A: ALCALDE DE VICHUQUÉN
MAT.: Pone en conocimiento la citación a audiencia
Con el propósito de dar curso a la causa, me permito exponer lo siguiente."""
    policy = ClassifyPolicy(units=CONFIG.units, own_names=("Ilustre Municipalidad de Vichuquén",))
    labels = classify(text, policy=policy)
    assert labels.sender == "Juez Titular"
    assert labels.recipient == "ALCALDE DE VICHUQUÉN"
    assert labels.direction == "entrada"


def test_a_neighbours_committee_that_gives_the_commune_as_its_address_writes_in() -> None:
    text = """COMITÉ DE VIVIENDA NUEVO AMANECER DE TILICURA
Personalidad Jurídica N° 106
Villa Los Pescadores, comuna de Vichuquén
Señor
Alcalde de la Comuna de Vichuquén
Presente
REF.: Consulta sobre el transporte escolar de estudiantes de Rarín
Señor Alcalde:
Me dirijo a usted para exponer la situación que afecta a nuestra organización."""
    policy = ClassifyPolicy(units=CONFIG.units, own_names=("Ilustre Municipalidad de Vichuquén",))
    assert classify(text, policy=policy).direction == "entrada"


# -- The units' keywords weigh less as the model learns ---------------------------------


def _memory_model(examples: int) -> TrainedModel:
    """A unit model that remembers one clerk's derivation to SECPLAN, a little like the
    letter below (a quarter of its character n-grams): a doubtful model."""
    text = "Postulación FNDR 2026, eficiencia energética en recintos municipales"
    memory = Memory([text], ["secplan"])
    return TrainedModel(
        doc_type=None,
        unit=memory,
        examples=examples,
        trained_at=datetime(2026, 1, 1, tzinfo=UTC),
        sklearn_version="",
    )


def test_keywords_tip_a_young_model_but_not_one_taught_by_many_derivations() -> None:
    text = "Vecinos de la población Los Aromos reclaman por el alumbrado de la calle Prat."
    document = RoutingInput(text=text, doc_type="carta", sender=None, sender_org=None)
    keywords, confidence = keyword_unit(text, None, POLICY.units)
    likeness = _memory_model(1).unit.predict(text).confidence  # type: ignore[union-attr]
    # The case this test is about: the keywords point elsewhere, the model is doubtful.
    assert keywords == "dom" and 0.1 * confidence < likeness < 0.5 * confidence
    young = choose_unit(document, None, POLICY, _memory_model(100))
    taught = choose_unit(document, None, POLICY, _memory_model(2000))
    assert young[0] == "dom" and "palabras clave" in young[2]
    assert taught[0] == "secplan" and "modelo" in taught[2]
    weights = [keyword_weight(n) for n in (1, 100, 200, 500, 1000, 5000)]
    assert weights == sorted(weights, reverse=True) and weights[0] == 0.5
