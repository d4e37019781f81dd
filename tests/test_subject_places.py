"""More places a subject stands and ends: a memo's line in capitals below its fields, a
line that cites a date and goes on, a summary that goes on in lower case or stops at the
body's first sentence, Contraloría's summary that opens with the municipality's name, a
letter's headline above the salutation, and a portal's receipt whose field name wraps."""

from __future__ import annotations

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))


def test_a_memo_s_subject_in_capitals_below_its_fields() -> None:
    text = (
        "Municipalidad de Negrete\nMemorándum N° 61/2026\nA Director de Tránsito\n"
        "DE Jefa de Gabinete\nFECHA 2 de marzo de 2026\n"
        "REMITE NÓMINA DE VEHÍCULOS PARA LA CEREMONIA DEL ANIVERSARIO COMUNAL\n"
        "Por el presente remito a usted la nómina para su revisión.\nSaluda atentamente,"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "memorandum"
    assert labels.subject == "REMITE NÓMINA DE VEHÍCULOS PARA LA CEREMONIA DEL ANIVERSARIO COMUNAL"


def test_a_subject_line_that_cites_a_date_goes_on() -> None:
    text = (
        "DIRECCIÓN REGIONAL DE VIALIDAD\nORD. N° 903\nLOS ÁNGELES, 5 de marzo de 2026\n"
        "MAT.: Informa inspección\nefectuada el 12.02.2026 en\nel puente Bureo\n"
        "A: ALCALDE DE NEGRETE\nJunto con saludar, informo a usted."
    )
    assert classify(text, policy=POLICY).subject == (
        "Informa inspección efectuada el 12.02.2026 en el puente Bureo"
    )


def test_a_summary_goes_on_in_lower_case_and_stops_at_the_body() -> None:
    text = (
        "SERVICIO DE VIVIENDA Y URBANIZACIÓN\nRES. EX. N° 771\nCONCEPCIÓN, 02.04.2026\n"
        "Pone término al comodato suscrito\nel 3 de enero de 2025 con la junta\n"
        "de vecinos Villa Esperanza\nEn atención a los antecedentes, y en uso de mis "
        "facultades, resuelvo lo que sigue.\nVISTOS: la Ley N° 19.880."
    )
    assert classify(text, policy=POLICY).subject == (
        "Pone término al comodato suscrito el 3 de enero de 2025 con la junta de vecinos "
        "Villa Esperanza"
    )


def test_contraloria_s_summary_may_open_with_the_municipality_s_name() -> None:
    text = (
        "Contraloría Regional del Biobío\nMunicipalidad de Negrete debe\n"
        "restituir los viáticos pagados por\nla comisión de servicio de 2025\n"
        "DICTAMEN N° E55120/2026\nConcepción, 8 MARZO 2026\n"
        "Se ha dirigido a esta Contraloría Regional un concejal."
    )
    assert classify(text, policy=POLICY).subject == (
        "Municipalidad de Negrete debe restituir los viáticos pagados por la comisión de "
        "servicio de 2025"
    )


def test_a_summary_in_capitals_stops_at_a_reception_stamp_read_with_a_small_l() -> None:
    text = (
        "JUZGADO DE POLICÍA LOCAL DE NACIMIENTO\nOFICIO N° 455\nNACIMIENTO, 4 de mayo de 2026\n"
        "CITA A AUDIENCIA AL REPRESENTANTE MUNICIPAL\nPOR LA DENUNCIA ROL 1.203-2026\n"
        "l. MUNICIPALIDAD NEGRETE OFICINA DE PARTES\nPor resolución de esta fecha, se cita."
    )
    assert classify(text, policy=POLICY).subject == (
        "CITA A AUDIENCIA AL REPRESENTANTE MUNICIPAL POR LA DENUNCIA ROL 1.203-2026"
    )


def test_a_circular_s_summary_stops_at_its_distribution() -> None:
    text = (
        "MINISTERIO DE SALUD\nCIRCULAR N° 14\nSANTIAGO, 3 de febrero de 2026\n"
        "MAT.: Campaña de vacunación invernal 2026 en\nestablecimientos de atención primaria\n"
        "A Alcaldes y Alcaldesas de Chile\nDe acuerdo con lo dispuesto, se instruye."
    )
    assert classify(text, policy=POLICY).subject == (
        "Campaña de vacunación invernal 2026 en establecimientos de atención primaria"
    )


def test_a_letter_s_headline_above_the_salutation_below_the_addressee() -> None:
    text = (
        "Negrete, 9 MARZO 2026\nAL SEÑOR ALCALDE\nDE LA COMUNA DE NEGRETE\n"
        "DON CARLOS ANDRÉS ROA PAREDES\nEL CIERRE DEL CAMINO VECINAL DE RIHUE\n"
        "Estimado señor Alcalde:\nQuien suscribe, vecino de Rihue, expone a usted que el "
        "camino está cerrado desde enero.\nAtentamente,\nJosé Luis Sanhueza Mora"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "carta"
    assert labels.subject == "EL CIERRE DEL CAMINO VECINAL DE RIHUE"


def test_a_portal_receipt_whose_field_name_wraps_in_its_cell() -> None:
    text = (
        "Portal de Transparencia del Estado\n"
        "Comprobante de solicitud de acceso a la información pública\nFolio MU188T0001234\n"
        "Fecha de ingreso 03/03/2026 10:15\nOrganismo Municipalidad de Negrete\n"
        "Descripción de\nla información\nsolicitada\n"
        "Copia de las actas de la comisión de salud del Concejo\ndel año 2025\n"
        "Formato de\nentrega\nCorreo electrónico\n"
        "El plazo de respuesta es de 20 días hábiles (artículo 14, Ley N° 20.285)."
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "solicitud_transparencia"
    assert labels.subject == "Copia de las actas de la comisión de salud del Concejo del año 2025"


def test_a_line_that_carries_another_line_on_is_no_summary_and_the_addressee_ends_it() -> None:
    text = (
        "CARABINEROS DE CHILE\nPREFECTURA BIOBÍO\nOficio N° 2210\nNegrete, 2 de junio de 2026\n"
        "Da cuenta del patrullaje nocturno efectuado en Rihue y\nresponde consultas sobre el "
        "tránsito de camiones\nSeñor Alcalde\nPresente\nMe dirijo a usted para informar."
    )
    assert classify(text, policy=POLICY).subject == (
        "Da cuenta del patrullaje nocturno efectuado en Rihue y responde consultas sobre el "
        "tránsito de camiones"
    )


def test_a_decree_s_summary_without_a_verb_stands_above_its_vistos() -> None:
    text = (
        "I. MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 412\nNEGRETE, 3 de marzo de 2026\n"
        "PAGO DE FACTURA N° 6052 DE ÁRIDOS BUREO LTDA.\nPOR RETIRO DE ESCOMBROS\n"
        "VISTOS: la Ley N° 18.695.\nDECRETO:\n1. Páguese la factura."
    )
    assert classify(text, policy=POLICY).subject == (
        "PAGO DE FACTURA N° 6052 DE ÁRIDOS BUREO LTDA. POR RETIRO DE ESCOMBROS"
    )


def test_a_table_s_heading_row_or_a_place_above_vistos_is_no_summary() -> None:
    table = (
        "I. MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 412\nNEGRETE, 3 de marzo de 2026\n"
        "BENEFICIARIO MONTO POR CONCEPTO DE\nVISTOS: la Ley N° 18.695.\nDECRETO:\n"
        "1. Páguese la factura."
    )
    place = (
        "SEREMI DE SALUD\nRESOLUCIÓN EXENTA N° 20\nAUTORIZA SANITARIAMENTE EL\n"
        "FUNCIONAMIENTO DEL COMEDOR\nLOS ÁNGELES,\nVISTOS: el Código Sanitario.\nRESUELVO:\n"
        "1. Autorízase el funcionamiento."
    )
    assert classify(table, policy=POLICY).subject != "BENEFICIARIO MONTO POR CONCEPTO DE"
    assert classify(place, policy=POLICY).subject == (
        "AUTORIZA SANITARIAMENTE EL FUNCIONAMIENTO DEL COMEDOR"
    )


def test_more_verbs_open_an_act_s_summary() -> None:
    text = (
        "I. MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 98\nNEGRETE, 3 de marzo de 2026\n"
        "Constituye mesa de trabajo sobre el transporte escolar rural\n"
        "VISTOS: la Ley N° 18.695.\nDECRETO:\n1. Constitúyese la mesa."
    )
    assert classify(text, policy=POLICY).subject == (
        "Constituye mesa de trabajo sobre el transporte escolar rural"
    )


def test_the_minutes_of_another_body_take_their_title() -> None:
    text = (
        "MUNICIPALIDAD DE NEGRETE\nActa N° 18 - COSOC Negrete\nFecha 21.07.2026\n"
        "Hora 18:15 horas\nAsistentes:\n- Romina Toledo Aedo\n1.- Cuenta del presidente."
    )
    labels = classify(text, policy=POLICY)
    assert (labels.doc_type, labels.subject) == ("otro", "Acta N° 18 - COSOC Negrete")


def test_a_subject_goes_on_to_close_its_bracket_and_after_a_grade() -> None:
    memo = (
        "MUNICIPALIDAD DE NEGRETE\nMemo N° 675\nREF.: Solicita V°B° de la nueva planta (Ley\n"
        "N° 20.922)\nDE : DIRECTOR DE OBRAS\nA : ADMINISTRADORA MUNICIPAL\n"
        "Por medio del presente, derivo a usted la planta."
    )
    decree = (
        "I. MUNICIPALIDAD DE NEGRETE\nDECRETO N° 77\nNEGRETE, 3 de marzo de 2026\n"
        "NOMBRA EN CALIDAD DE CONTRATA A DON JUAN SOTO EN EL CARGO DE PROFESIONAL GRADO\n"
        "8° E.M.S. DE LA DIRECCIÓN DE OBRAS\nVISTOS: la Ley N° 18.883."
    )
    assert classify(memo, policy=POLICY).subject == (
        "Solicita V°B° de la nueva planta (Ley N° 20.922)"
    )
    assert classify(decree, policy=POLICY).subject == (
        "NOMBRA EN CALIDAD DE CONTRATA A DON JUAN SOTO EN EL CARGO DE PROFESIONAL GRADO "
        "8° E.M.S. DE LA DIRECCIÓN DE OBRAS"
    )


def test_a_payment_decree_s_concept_field() -> None:
    text = (
        "Ilustre Municipalidad de Negrete\nDECRETO DE PAGO N.º: 1562\nNegrete, 14 MAY. 2026\n"
        "BENEFICIARIO Áridos Bureo Ltda.\nMONTO $551.000\n"
        "POR CONCEPTO DE Pago de factura N° 7950 de Áridos Bureo Ltda. por arriendo\n"
        "de maquinaria\nVISTOS:\nLas facultades que me confiere la Ley N° 18.695.\n"
        "DECRETO:\n1.- Páguese."
    )
    assert classify(text, policy=POLICY).subject == (
        "Pago de factura N° 7950 de Áridos Bureo Ltda. por arriendo de maquinaria"
    )


def test_the_matter_beside_the_antecedent_or_in_one_column_with_it() -> None:
    beside = (
        "DELEGACIÓN PRESIDENCIAL PROVINCIAL DE BIOBÍO\nORD. N°: 239\n"
        "Los Ángeles, 10 de abril de 2026\n"
        "ANT.: Oficio N° 184/2026. MATERIA: Pone en su conocimiento la situación\n"
        "de la emergencia agrícola en la provincia\nSeñor\nAlcalde de Negrete\nPresente\n"
        "Mediante el presente, informo a usted."
    )
    column = (
        "SEREMI DE SALUD BIOBÍO\nORD. B2 N.º 2275\nANT.: Ingreso N° 2673.\n"
        "ANT./MAT. Informa la reparación\nde techumbre del\nLiceo Politécnico\n"
        "Concepción, 27.03.2026\nA: SR. ALCALDE DE NEGRETE\nEn atención a la materia, expongo."
    )
    labels = classify(beside, policy=POLICY)
    assert labels.antecedents == "Oficio N° 184/2026"
    assert labels.subject == (
        "Pone en su conocimiento la situación de la emergencia agrícola en la provincia"
    )
    assert classify(column, policy=POLICY).subject == (
        "Informa la reparación de techumbre del Liceo Politécnico"
    )


def test_contraloria_s_plain_summary_below_a_file_reference() -> None:
    text = (
        "Contraloría Regional del Biobío\nDICTAMEN N° E361118 de 2026\n"
        "Ingreso CGR N° W046992/2026\nConcepción, 10.03.2026\n"
        "Personas contratadas a honorarios por la\nMunicipalidad de Negrete no pueden\n"
        "fiscalizar el comercio ambulante\nAL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE NEGRETE\n"
        "Se ha dirigido a esta Contraloría Regional la Agrupación de Comerciantes."
    )
    assert classify(text, policy=POLICY).subject == (
        "Personas contratadas a honorarios por la Municipalidad de Negrete no pueden "
        "fiscalizar el comercio ambulante"
    )


def test_a_firm_s_letter_that_only_says_le_saluda() -> None:
    text = (
        "TRANSPORTES BUREO LTDA.\nCalle Prat 580, Negrete\nNEGRETE, 04/03/2026\n"
        "A la señora o señor Alcalde\nMunicipalidad de Negrete\nPresente\n"
        "INFORMA PROGRAMA DE TRABAJOS VINCULADO AL TRÁNSITO DE\nCAMIONES POR CALLE ERCILLA\n"
        "Junto con saludarle cordialmente,\nExponemos a usted el cronograma de faenas.\n"
        "Esperando una buena acogida, le saluda,\nRodrigo Soto\nGerente de Operaciones"
    )
    labels = classify(text, policy=POLICY)
    assert labels.doc_type == "carta"
    assert labels.subject == (
        "INFORMA PROGRAMA DE TRABAJOS VINCULADO AL TRÁNSITO DE CAMIONES POR CALLE ERCILLA"
    )


def test_a_title_stops_at_its_first_section_and_goes_on_in_lower_case() -> None:
    ordinance = (
        "ORDENANZA LOCAL N° 24 QUE REGULA LA TENENCIA RESPONSABLE DE MASCOTAS\n"
        "TÍTULO 1\nDISPOSICIONES GENERALES\nArtículo 1°.- La presente ordenanza regula."
    )
    report = (
        "INFORME DE FISCALIZACIÓN DEL ARCHIVO CENTRAL\n1. CONCLUSIONES\n"
        "El archivo no cumple la norma."
    )
    sentence = (
        "Ordenanza Local Nro. 9 que regula el aseo y ornato\nde la comuna de Negrete\n"
        "Título I\nArtículo 1.- Esta ordenanza regula."
    )
    assert classify(ordinance, policy=POLICY).subject == (
        "ORDENANZA LOCAL N° 24 QUE REGULA LA TENENCIA RESPONSABLE DE MASCOTAS"
    )
    assert classify(report, policy=POLICY).subject == (
        "INFORME DE FISCALIZACIÓN DEL ARCHIVO CENTRAL"
    )
    assert classify(sentence, policy=POLICY).subject == (
        "Ordenanza Local Nro. 9 que regula el aseo y ornato de la comuna de Negrete"
    )


def test_a_subject_cut_at_esa_goes_on() -> None:
    text = (
        "SEREMI DE SALUD BIOBÍO\nOF. ORD. N° 126\nOBJ.: DA RESPUESTA A ORD. N° 334 DE\nESA\n"
        "MUNICIPALIDAD SOBRE EL SUMARIO\nSANITARIO DEL APR\nConcepción, 12 ABR. 2026\n"
        "A: ALCALDE DE NEGRETE\nPor medio del presente, informo."
    )
    assert classify(text, policy=POLICY).subject == (
        "DA RESPUESTA A ORD. N° 334 DE ESA MUNICIPALIDAD SOBRE EL SUMARIO SANITARIO DEL APR"
    )


def test_a_headline_above_don_x_or_below_the_addressee_s_name() -> None:
    don = (
        "Negrete, 12 ABRIL 2026\nAl Sr. Alcalde de la comuna\nS/D\n"
        "PETICIÓN DE LOS VECINOS DE LA CAPILLA SOBRE EL PAGO DE\nPATENTES COMERCIALES\n"
        "Don Javier:\nYo, Paulina Soto, me dirijo a usted para solicitar su ayuda."
    )
    named = (
        "Entel PCS Telecomunicaciones S.A.\nLas Condes, 03/11/2026\n"
        "A : SR. ALCALDE DE LA COMUNA DE NEGRETE\nJAVIER GUÍÑEZ CASTILLO\n"
        "SOLICITA PERMISO PARA INSTALACIÓN DE TORRE SOPORTE DE\nANTENAS EN CALLE PRAT 666\n"
        "Señor Alcalde:\nPor medio de la presente, presentamos la solicitud."
    )
    assert classify(don, policy=POLICY).subject == (
        "PETICIÓN DE LOS VECINOS DE LA CAPILLA SOBRE EL PAGO DE PATENTES COMERCIALES"
    )
    assert classify(named, policy=POLICY).subject == (
        "SOLICITA PERMISO PARA INSTALACIÓN DE TORRE SOPORTE DE ANTENAS EN CALLE PRAT 666"
    )


def test_a_contract_title_that_names_its_parties_on_the_next_line_and_their_number() -> None:
    fund = (
        "Gobierno Regional del Biobío\n"
        "CONVENIO DE TRANSFERENCIA DE RECURSOS FONDO REGIONAL DE INICIATIVA LOCAL 2026\n"
        "ENTRE GOBIERNO REGIONAL DEL BIOBÍO Y LA ILUSTRE MUNICIPALIDAD DE NEGRETE\n"
        "En Negrete, a 21 de octubre de 2026, entre la ILUSTRE MUNICIPALIDAD DE NEGRETE, RUT "
        "69.170.300-1, se ha convenido lo siguiente:"
    )
    numbered = (
        "MUNICIPALIDAD DE NEGRETE\n"
        "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y JUNTA DE VECINOS\n"
        "N° 7 COIHUECO\nEn Negrete, a 14 de julio de 2026, se ha convenido lo siguiente:"
    )
    assert classify(fund, policy=POLICY).subject == (
        "CONVENIO DE TRANSFERENCIA DE RECURSOS FONDO REGIONAL DE INICIATIVA LOCAL 2026 ENTRE "
        "GOBIERNO REGIONAL DEL BIOBÍO Y LA ILUSTRE MUNICIPALIDAD DE NEGRETE"
    )
    assert classify(numbered, policy=POLICY).subject == (
        "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y JUNTA DE VECINOS "
        "N° 7 COIHUECO"
    )


def test_a_referencia_cell_and_a_summary_after_the_heading_s_number() -> None:
    cell = (
        "SEREMI DE VIVIENDA Y URBANISMO\nOF. ORD. N° 126 / 26 Concepción, 15 de julio de 2026\n"
        "REFERENCIA INFORMA RESULTADOS DE FISCALIZACIÓN DE LA LICITACIÓN 3978-15-LP26\n"
        "A : ALCALDE DE NEGRETE\nDe mi consideración:\nInformo a usted."
    )
    circular = (
        "Subsecretaría de Desarrollo Regional y Administrativo\n"
        "CIRCULAR N° 40: IMPARTE INSTRUCCIONES PARA LA\nPOSTULACIÓN AL PROGRAMA DE BARRIOS\n"
        "Santiago, 7 de abril de 2026\nPor medio de la presente, se instruye a las "
        "municipalidades."
    )
    assert classify(cell, policy=POLICY).subject == (
        "INFORMA RESULTADOS DE FISCALIZACIÓN DE LA LICITACIÓN 3978-15-LP26"
    )
    assert classify(circular, policy=POLICY).subject == (
        "IMPARTE INSTRUCCIONES PARA LA POSTULACIÓN AL PROGRAMA DE BARRIOS"
    )


def test_a_loan_for_use_is_a_contract_unless_an_act_s_summary_wraps_onto_it() -> None:
    contract = (
        "Ilustre Municipalidad de Negrete\nCONTRATO DE COMODATO ENTRE LA ILUSTRE MUNICIPALIDAD "
        "DE NEGRETE Y\nJUNTA DE VECINOS VILLA ESPERANZA\nEn Negrete, a 13 de mayo de 2026, "
        "entre la ILUSTRE MUNICIPALIDAD DE NEGRETE, RUT 69.170.300-1, se ha convenido:"
    )
    decree = (
        "I. Municipalidad de Negrete\nAUTORIZA GASTOS ASOCIADOS AL\nCONTRATO DE COMODATO DEL\n"
        "INMUEBLE DE LA JUNTA DE VECINOS\nDECRETO EXENTO N° : 3.561/2026\n"
        "NEGRETE, 20 de octubre del 2026\nVISTOS: la Ley N° 18.695."
    )
    labels = classify(contract, policy=POLICY)
    assert (labels.doc_type, labels.subject) == (
        "convenio",
        "CONTRATO DE COMODATO ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y JUNTA DE VECINOS "
        "VILLA ESPERANZA",
    )
    labels = classify(decree, policy=POLICY)
    assert (labels.doc_type, labels.subject) == (
        "decreto",
        "AUTORIZA GASTOS ASOCIADOS AL CONTRATO DE COMODATO DEL INMUEBLE DE LA JUNTA DE VECINOS",
    )


def test_a_notary_s_certificado_with_a_colon() -> None:
    text = (
        "NOTARÍA PÚBLICA DE NEGRETE\nNOTIFICACIÓN DE CESIÓN DE CRÉDITO\nCERTIFICO: Que con esta "
        "fecha notifiqué a la ILUSTRE MUNICIPALIDAD DE NEGRETE la cesión del crédito."
    )
    assert classify(text, policy=POLICY).doc_type == "certificado"


def test_an_organisation_s_letter_sums_up_what_it_asks() -> None:
    text = (
        "CLUB DE ADULTO MAYOR RAYITO DE SOL\nP.J. N° 301\nNEGRETE, 8 de abril del 2026\n"
        "SOLICITA: Reunión con el Sr. Alcalde por\nel certificado de vigencia del directorio\n"
        "Al señor\nAlcalde de la Ilustre Municipalidad de Negrete\nPresente\n"
        "Estimado Alcalde, junto con saludarle,\nLa directiva se dirige a usted."
    )
    assert classify(text, policy=POLICY).subject == (
        "Reunión con el Sr. Alcalde por el certificado de vigencia del directorio"
    )


def test_a_subject_goes_on_into_a_date_it_cites_in_lower_case() -> None:
    text = (
        "SEREMI DE SALUD BIOBÍO\nOF. ORD. N° 157\nConcepción, 10 de abril del 2026\n"
        "Materia: Reitera solicitud de información sobre el Jardín Infantil Los Copihues,\n"
        "pendiente\ndesde el 12 de febrero de 2026\nA: ALCALDE DE NEGRETE\n"
        "Junto con saludar, reitero a usted."
    )
    assert classify(text, policy=POLICY).subject == (
        "Reitera solicitud de información sobre el Jardín Infantil Los Copihues, pendiente "
        "desde el 12 de febrero de 2026"
    )


def test_a_four_line_headline_above_respetado_senor() -> None:
    text = (
        "Población Esperanza, Negrete, 31 de marzo de 2026\nSeñor Alcalde\nPresente\n"
        "PETICIÓN DE LOS VECINOS DE POBLACIÓN ESPERANZA\nSOBRE EL PAGO DE LA FACTURA N° 58 A LA\n"
        "EMPRESA CONTRATISTA DE LA AMPLIACIÓN DEL SISTEMA\nDE AGUA POTABLE RURAL DE RIHUE\n"
        "Respetado señor Alcalde:\nYo, Yasna Soto, me dirijo a usted muy respetuosamente."
    )
    assert classify(text, policy=POLICY).subject == (
        "PETICIÓN DE LOS VECINOS DE POBLACIÓN ESPERANZA SOBRE EL PAGO DE LA FACTURA N° 58 A LA "
        "EMPRESA CONTRATISTA DE LA AMPLIACIÓN DEL SISTEMA DE AGUA POTABLE RURAL DE RIHUE"
    )


def test_a_subject_goes_on_past_a_date_cited_after_el_but_not_past_a_place_s() -> None:
    cited = (
        "CONAF BIOBÍO\nOF. ORD. N° 117\nLos Ángeles, 3 de marzo de 2026\n"
        "ASUNTO: INFORMA RESULTADOS DE FISCALIZACIÓN\nEFECTUADA EL 19.02.2026\n"
        "RELATIVA AL ALBERGUE DE RIHUE\nJunto con saludar cordialmente, informo."
    )
    placed = (
        "SEREMI DE SALUD\nORD. N° 12\nMAT.: Informa sobre la campaña de vacunación\n"
        "LOS ANGELES 26 de Mayo del 2026\nJunto con saludar, informo."
    )
    assert classify(cited, policy=POLICY).subject == (
        "INFORMA RESULTADOS DE FISCALIZACIÓN EFECTUADA EL 19.02.2026 RELATIVA AL ALBERGUE DE RIHUE"
    )
    assert classify(placed, policy=POLICY).subject == "Informa sobre la campaña de vacunación"


def test_a_contract_title_whose_year_opens_the_line_that_names_the_parties() -> None:
    text = (
        "Gobierno Regional del Biobío\n"
        "CONVENIO DE TRANSFERENCIA DE RECURSOS FONDO REGIONAL DE INICIATIVA LOCAL\n"
        "2026 ENTRE GOBIERNO REGIONAL DEL BIOBÍO Y LA ILUSTRE MUNICIPALIDAD DE\nNEGRETE\n"
        "En Negrete, a 9 de agosto de 2026, entre la ILUSTRE MUNICIPALIDAD DE NEGRETE, se ha "
        "convenido:"
    )
    assert classify(text, policy=POLICY).subject == (
        "CONVENIO DE TRANSFERENCIA DE RECURSOS FONDO REGIONAL DE INICIATIVA LOCAL 2026 ENTRE "
        "GOBIERNO REGIONAL DEL BIOBÍO Y LA ILUSTRE MUNICIPALIDAD DE NEGRETE"
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "ILUSTRE MUNICIPALIDAD DE NEGRETE\nCONCEJO MUNICIPAL\nSESIÓN ORDINARIA N° 39\n"
            "En Negrete, a 3 de marzo de 2026, siendo las 09:00 horas",
            "SESIÓN ORDINARIA N° 39",
        ),
        (
            "ACTA\nSESIÓN ORDINARIA N° 45\nCONCEJO MUNICIPAL DE NEGRETE\nFecha: 3 de marzo de 2026",
            "ACTA SESIÓN ORDINARIA N° 45 CONCEJO MUNICIPAL DE NEGRETE",
        ),
        (
            "MEMORANDUM INTERNO\nN° 45\nPara: Jefe DAF\nDe: DIDECO\nFecha: 03.03.2026\n"
            "Tema: Ayudas sociales de invierno\nJunto con saludar, solicito a usted.",
            "Ayudas sociales de invierno",
        ),
    ],
)
def test_minutes_titled_by_their_session_and_a_memo_s_theme(text: str, subject: str) -> None:
    assert classify(text, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "MINISTERIO DE MINERÍA\nServicio Nacional de Geología y Minería\n"
            "N° ORD. N° 78-A MATERIA Solicitud de información sobre el\n"
            "depósito de relaves ubicado\nsobre el sector Las Juntas\n"
            "FECHA viernes 29 de marzo de 2026 ANT. Ley N° 18.695.\n"
            "A: SRA. ALCALDESA I. MUNICIPALIDAD DE NEGRETE\nEn relación con la materia, informo.",
            "Solicitud de información sobre el depósito de relaves ubicado sobre el sector "
            "Las Juntas",
        ),
        (
            "Negrete, 21 de noviembre de 2026\nSeñora Alcaldesa Ilustre Municipalidad de Negrete\n"
            "Av. Ercilla N° 345\nNegrete\nDENUNCIA POR LA ESTABILIDAD DEL TRANQUE DE\n"
            "RELAVES DE RIHUE\nDe mi consideración:\nYo, María Soto, me dirijo a usted.",
            "DENUNCIA POR LA ESTABILIDAD DEL TRANQUE DE RELAVES DE RIHUE",
        ),
        (
            "Constructora Bureo Ltda.\nCarta N°: 554\nNEGRETE, 24 de Marzo de 2026\nSEÑOR\n"
            "JAVIER GUÍÑEZ CASTILLO\nALCALDE I. MUNICIPALIDAD DE NEGRETE\nERCILLA N° 540\n"
            "NEGRETE\nSOLICITA RECEPCIÓN PROVISORIA DE LA OBRA DE LA PLAZA\n"
            "De nuestra consideración:\nPor medio de la presente, informamos el término.",
            "SOLICITA RECEPCIÓN PROVISORIA DE LA OBRA DE LA PLAZA",
        ),
    ],
)
def test_a_grid_s_matter_and_a_headline_below_the_addressee_s_street(
    text: str, subject: str
) -> None:
    assert classify(text, policy=POLICY).subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "ACTA SESIÓN ORDINARIA N° 45 DEL CONCEJO MUNICIPAL DE NEGRETE\n"
            "En Negrete, a 3 de marzo de 2026, siendo las 09:00 horas, se abre la sesión.\n"
            "Materia: Aprobación del Plan de Desarrollo Comunal\nEl concejo aprueba.",
            "ACTA SESIÓN ORDINARIA N° 45 DEL CONCEJO MUNICIPAL DE NEGRETE",
        ),
        (
            "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y LA FUNDACIÓN "
            "LAS ROSAS\nMATERIA: Apoyo a adultos mayores\nEn Negrete, a 3 de marzo de 2026, "
            "comparecen las partes.",
            "CONVENIO DE COLABORACIÓN ENTRE LA ILUSTRE MUNICIPALIDAD DE NEGRETE Y LA FUNDACIÓN "
            "LAS ROSAS",
        ),
    ],
)
def test_an_acta_s_or_a_convenio_s_materia_is_its_title_whatever_it_lists(
    text: str, subject: str
) -> None:
    assert classify(text, policy=POLICY).subject == subject


def test_an_act_s_ref_that_cites_a_paper_gives_way_to_its_summary() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE NEGRETE\nDECRETO EXENTO N° 77\nNEGRETE, 3 de marzo de 2026\n"
        "REF.: Memorándum N° 45 de la Dirección de Obras\n"
        "APRUEBA BASES DE LICITACIÓN PÚBLICA PARA LA REPOSICIÓN DE VEREDAS\n"
        "VISTOS: La Ley N° 18.695."
    )
    labels = classify(text, policy=POLICY)
    assert labels.subject == "APRUEBA BASES DE LICITACIÓN PÚBLICA PARA LA REPOSICIÓN DE VEREDAS"


def test_an_oficio_s_ref_that_cites_a_paper_gives_way_to_its_summary() -> None:
    text = (
        "SERVICIO DE SALUD BIOBÍO\nORD. N° 345\nLOS ÁNGELES, 3 de marzo de 2026\n"
        "REF.: Su Oficio Ord. N° 12 de 2026\nRESPONDE CONSULTA SOBRE EL CESFAM DE NEGRETE\n"
        "A: ALCALDE DE NEGRETE\nJunto con saludar, respondo."
    )
    assert classify(text, policy=POLICY).subject == "RESPONDE CONSULTA SOBRE EL CESFAM DE NEGRETE"
