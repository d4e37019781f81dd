"""Who writes, read from the head of the page: the copy of an oficio we sent, stamped by the
office that received it, is still ours; another municipality's «DE: ALCALDE» is their mayor;
a neighbour's letter that opens with its place and date and «Don …» is not our letterhead;
the Consejo para la Transparencia's legal division is not ours."""

from __future__ import annotations

from partes.config import Config
from pipeline import ClassifyPolicy, classify

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units, own_names=(CONFIG.municipality.name,), routing=CONFIG.routing
)
MUNI = CONFIG.municipality.name  # Ilustre Municipalidad de Negrete
BODY = "Junto con saludar, me dirijo a usted por la materia indicada.\nSaluda atentamente,"


def _direction(text: str) -> str:
    return classify(text, policy=POLICY).direction


def test_our_oficio_stamped_by_the_office_that_received_it_goes_out() -> None:
    text = (
        "SERVICIO DE SALUD\nBIOBÍO\nOFICINA DE PARTES – RECIBIDO\n12 MAR 2026\nN° Ingreso 4521\n"
        f"{MUNI}\nORD. N° 357\nNEGRETE, 10.03.2026\nMAT.: Solicita fiscalización del canal\n"
        "Señora Ana Pérez Soto\nDirectora\nServicio de Salud Biobío\nPresente\n"
        f"{BODY}\nJuan Soto Pérez\nAlcalde"
    )
    assert _direction(text) == "salida"


def test_another_municipalitys_mayor_writes_in() -> None:
    text = (
        "ILUSTRE MUNICIPALIDAD DE\nMULCHÉN\nOFICINA DE PARTES – DESPACHADO\n09 FEB 2026\n"
        "Ilustre Municipalidad de Mulchén\nOFICIO N° 1846/2026\nMULCHÉN, 05/02/2026\n"
        "A: Don Juan Soto Pérez\nDE: ALCALDE\nMAT.: Propone trabajo conjunto en el cruce\n"
        f"{BODY}"
    )
    assert _direction(text) == "entrada"


def test_a_neighbours_letter_opening_with_place_date_and_don_comes_in() -> None:
    text = (
        "Negrete, 25 de febrero de 2026\nDon Juan Soto Pérez\nAlcalde de Negrete\nPresente\n"
        "Señor Alcalde:\nMi nombre es Rosa Muñoz y le escribo por la luminaria de mi pasaje.\n"
        "Saluda atentamente,\nRosa Muñoz Vera"
    )
    assert _direction(text) == "entrada"


def test_the_transparency_councils_legal_division_is_not_ours() -> None:
    text = (
        "CONSEJO PARA LA TRANSPARENCIA\nDirección Jurídica\nOFICIO N° 1880\n"
        "Santiago, 28 JUL. 2026\nANT.: Amparo Rol C6822-26\n"
        "Materia: Confiere traslado y solicita descargos\n"
        f"Sr. Alcalde de la {MUNI}\nEn relación con el amparo citado, formule sus descargos."
    )
    assert _direction(text) == "entrada"


def test_our_letterhead_under_a_received_stamp_of_ours_is_still_read() -> None:
    """Our own stamp (the municipality's name over «OFICINA DE PARTES») on a service's
    oficio: the stamp names who received it, the letterhead below who wrote it."""
    text = (
        f"{MUNI.upper()}\nOFICINA DE PARTES\nRECIBIDO 18 AGO 2026\nN° 3682 HORA 9:46\n"
        "SERVICIO DE SALUD BIOBÍO\nORD. N° 77\nMAT.: Remite informe sanitario\n"
        f"A: SR. ALCALDE DE LA {MUNI.upper()}\nDE: DIRECTOR SERVICIO DE SALUD BIOBÍO\n{BODY}"
    )
    assert _direction(text) == "entrada"
