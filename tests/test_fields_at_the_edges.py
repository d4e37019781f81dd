"""Where a subject ends and where a number stands when the layout is not the usual one: a
greeting, a grid's «Destinatario» row or the addressee «Don …» right under the subject; a
reference that cites a meeting or our own ingreso before its dash; a line cut at «Sr.»; an
act numbered only beside its signatures; an oficio numbered with the office's initials; a
transparency form's numbered field."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.labels import addressee

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

_LETTER = (
    "JUNTA DE VECINOS VILLA LOS AROMOS\nNegrete, 3 de marzo de 2026\n{}\n"
    "La junta se dirige a usted por la poda de los árboles del pasaje.\n"
    "Atentamente,\nLa directiva"
)


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        (
            "Ref.: Poda de los árboles del pasaje Los Aromos\n"
            "Reciba un fraternal saludo de nuestra directiva.",
            "Poda de los árboles del pasaje Los Aromos",
        ),
        (
            "MATERIA: Solicita la poda de los árboles\ndel pasaje Los Aromos\n"
            "Don Carlos Roa Paredes\nPresente",
            "Solicita la poda de los árboles del pasaje Los Aromos",
        ),
        (
            "Materia Solicita antecedentes que indica\n"
            "Destinatario Sr. Alcalde de la Ilustre Municipalidad de Negrete",
            "Solicita antecedentes que indica",
        ),
        (
            "Ref.: Reunión sostenida el 15.04.2026 – Solicita la poda\nde los árboles del pasaje",
            "Solicita la poda de los árboles del pasaje",
        ),
        (
            "Ref.: Ingreso N° 710 – Solicita la poda de los árboles del pasaje",
            "Solicita la poda de los árboles del pasaje",
        ),
        (
            "MAT.: REITERA SOLICITUD DE FECHA\n17.05.2026 RELATIVA\nA\nLA CONSULTA INDÍGENA",
            "REITERA SOLICITUD DE FECHA 17.05.2026 RELATIVA A LA CONSULTA INDÍGENA",
        ),
        (
            "SUMA: Solicita audiencia con el Sr.\nAlcalde por la poda del pasaje",
            "Solicita audiencia con el Sr. Alcalde por la poda del pasaje",
        ),
    ],
)
def test_a_subject_ends_where_its_text_does(head: str, subject: str) -> None:
    assert classify(_LETTER.format(head), policy=POLICY).subject == subject


def test_don_opens_an_addressee_only_at_the_head_of_its_line() -> None:
    assert addressee("Don Carlos Roa Paredes")
    assert addressee("Doña María Soto Roa")
    assert not addressee("don Sergio Andrés Vásquez Gómez.")  # a sentence of the body ends
    assert not addressee("DON PEDRO SOTO VARGAS")  # «OTORGA PATENTE A CONTRIBUYENTE / DON …»


@pytest.mark.parametrize(
    ("heading", "number"),
    [("DECRETO EXENTO N° 3779/2026", "3779"), ("D.A. Nº 621 - 2026", "621")],
)
def test_an_act_numbered_only_beside_its_signatures(heading: str, number: str) -> None:
    text = (
        "Ilustre Municipalidad de Negrete\nVISTOS:\nLo dispuesto en la Ley N° 18.695.\n"
        "CONSIDERANDO:\n1.- Que el pozo tiene arsénico sobre la norma.\nDECRETO:\n"
        "1.- APRUÉBASE el diseño del sistema APR de Rihue.\n"
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.\nFecha: 30-07-2026\n"
        f"{heading}\nHERNÁN MOSCOSO TICONA\nSECRETARIO MUNICIPAL"
    )
    found = classify(text, policy=POLICY)
    assert found.doc_type == "decreto" and found.doc_number == number


def test_a_number_cited_at_the_foot_is_not_the_act_s() -> None:
    text = (
        "Ilustre Municipalidad de Negrete\nVISTOS:\nLo dispuesto en la Ley N° 18.695.\n"
        "DECRETO:\n1.- APRUÉBASE el diseño del sistema APR de Rihue, según lo dispuesto en el\n"
        "Decreto Exento N° 45 de 2025.\nANÓTESE, COMUNÍQUESE Y ARCHÍVESE."
    )
    assert classify(text, policy=POLICY).doc_number is None


@pytest.mark.parametrize("heading", ["OF. ALC. N°: 1651/2026", "OFICIO DOM N° 1651"])
def test_an_oficio_numbered_with_its_office_s_initials(heading: str) -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\n"
        f"{heading}\nFECHA: 26 NOV. 2026\nMATERIA: Solicita audiencia\nA: SEREMI DE SALUD\n"
        "Junto con saludar, solicito a usted una audiencia.\nSaluda atentamente,\nEl Alcalde"
    )
    assert classify(text, policy=POLICY).doc_number == "1651"


def test_a_transparency_form_s_numbered_field() -> None:
    text = (
        "FORMULARIO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA\n"
        "Ley N° 20.285 sobre Acceso a la Información Pública\nFolio N°: AK088T0001516\n"
        "Fecha: 15 AGO. 2026\n1. Nombre completo: Ruth Elena Mollo Condori\n"
        "5. Forma de entrega: Correo electrónico\n6. Información solicitada:\n"
        "Actas y acuerdos del Concejo Municipal referidos al tránsito de camiones\n"
        "por la Ruta 15-CH.\nRuth Elena Mollo Condori\nFirma del solicitante"
    )
    found = classify(text, policy=POLICY)
    assert found.doc_type == "solicitud_transparencia"
    assert found.subject == (
        "Actas y acuerdos del Concejo Municipal referidos al tránsito de camiones por la Ruta 15-CH"
    )


def test_a_printed_message_s_subject_is_known_by_its_reply_mark() -> None:
    text = (
        "Webmail Negrete\nRV: Manifiesta preocupación por los horarios del bus a Rihue\n"
        "De Para Fecha\nÓscar Caqueo Castro\noscar40@hotmail.com\n"
        "alcaldia@negrete.cl 23/06/2026 20:22\n"
        "Junto con saludar, escribo por los horarios del bus a Rihue.\nSaludos cordiales,\n"
        "Óscar Caqueo Castro"
    )
    subject = classify(text, policy=POLICY).subject
    assert subject == "Manifiesta preocupación por los horarios del bus a Rihue"


_CONVENIO = (
    "{title}\nEn Negrete, a 3 de marzo de 2026, entre {first}, por una parte, y {second}, por "
    "la otra, se ha convenido lo siguiente:\nPRIMERO: Objeto. La reparación de la sede.\n"
    "SEGUNDO: Monto. $ 5.000.000.\nALCALDE DE NEGRETE"
)


@pytest.mark.parametrize(
    ("title", "first", "second", "direction"),
    [
        (
            "CONVENIO DE COLABORACIÓN ENTRE LA MUNICIPALIDAD DE NEGRETE Y EL CLUB DEPORTIVO RIHUE",
            "la Municipalidad de Negrete",
            "el Club Deportivo Rihue",
            "salida",
        ),
        (
            "CONTRATO DE PRESTACIÓN DE SERVICIOS ENTRE LA MUNICIPALIDAD DE NEGRETE Y "
            "CONSTRUCTORA BÍO BÍO LTDA.",
            "la Municipalidad de Negrete",
            "Constructora Bío Bío Ltda.",
            "salida",
        ),
        (
            "CONVENIO DE TRANSFERENCIA DE RECURSOS ENTRE EL GOBIERNO REGIONAL DEL BIOBÍO Y LA "
            "MUNICIPALIDAD DE NEGRETE",
            "el Gobierno Regional del Biobío",
            "la Municipalidad de Negrete",
            "entrada",
        ),
    ],
)
def test_a_convenio_goes_out_to_a_firm_or_a_club_and_comes_in_from_the_state(
    title: str, first: str, second: str, direction: str
) -> None:
    text = _CONVENIO.format(title=title, first=first, second=second)
    found = classify(text, policy=POLICY)
    assert found.doc_type == "convenio" and found.direction == direction


@pytest.mark.parametrize(
    ("margin", "summary"),
    [
        (
            "OTORGA SUBVENCIÓN\nPARA EL DISEÑO\nDEL SISTEMA APR DE\nRIHUE",
            "OTORGA SUBVENCIÓN PARA EL DISEÑO DEL SISTEMA APR DE RIHUE",
        ),
        (
            "Aprueba plan de\nacción para los\nresiduos junto a la\nRuta Q-90",
            "Aprueba plan de acción para los residuos junto a la Ruta Q-90",
        ),
    ],
)
def test_a_decreto_s_summary_in_its_margin_comes_after_the_signatures(
    margin: str, summary: str
) -> None:
    text = (
        "Ilustre Municipalidad de Negrete\nVISTOS:\nLo dispuesto en la Ley N° 18.695, Orgánica "
        "Constitucional de Municipalidades.\nDECRETO:\n1.- OTÓRGASE lo relativo al diseño del "
        "sistema.\nANÓTESE, COMUNÍQUESE Y ARCHÍVESE.\nDECRETO EXENTO N° 3779/2026\n"
        f"HERNÁN MOSCOSO TICONA\nSECRETARIO MUNICIPAL\n{margin}"
    )
    found = classify(text, policy=POLICY)
    assert found.doc_type == "decreto" and found.subject == summary


def test_what_the_edge_rules_must_not_take() -> None:
    """A review's counter-examples: an oficio without number, a subject that opens with
    «Ingreso» or «Reunión» without citing one, a lone «A» before the addressee, a name in a
    subject in capitals, a distribution list after a margin's summary, a cited decree."""
    from pipeline.classification.labels import clean_value, extract_labels
    from pipeline.classification.margin import summary_apart
    from pipeline.classification.numbers import document_number, foot_number

    assert (
        document_number(["MUNICIPALIDAD DE NEGRETE", "OFICIO S/N°", "12.03.2026"], "oficio") is None
    )
    assert document_number(["OFICIO SIN N°", "12 DE MARZO DE 2026"], "oficio") is None
    for value in (
        "INGRESO DE PROYECTO FNDR 2026 - ETAPA DE DISEÑO",
        "Reunión de comité de seguridad 2026 - Acuerdos adoptados",
    ):
        assert clean_value("MAT", value) == value
    capitals = ["MAT.: SOLICITA INFORME TÉCNICO DE OBRAS", "A", "SR. JUAN PÉREZ SOTO"]
    assert extract_labels(capitals)["MAT"] == "SOLICITA INFORME TÉCNICO DE OBRAS"
    named = ["MAT.: OTORGA PATENTE DE ALCOHOLES A CONTRIBUYENTE", "DON PEDRO SOTO VARGAS"]
    assert extract_labels(named)["MAT"].endswith("DON PEDRO SOTO VARGAS")
    act = ["DECRETO", "VISTOS:", "ANÓTESE.", "OTORGA SUBVENCIÓN", "PARA EL DISEÑO"]
    assert summary_apart([*act, "DISTRIBUCIÓN:", "DAF"]) == "OTORGA SUBVENCIÓN PARA EL DISEÑO"
    cited = ["DECRETO", "VISTOS:", "lo dispuesto en el", "Decreto Alcaldicio N° 1.500/2019."]
    assert foot_number(cited, "decreto") is None
