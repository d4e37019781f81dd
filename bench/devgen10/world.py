"""Tierra Amarilla's world: the municipality (Provincia de Copiapó, Región de Atacama, region
code AT) and how it names itself, its units and their heads (the unit codes of every
development set), and the people, places, offices, firms and communities of the upper Copiapó
valley, where the copper mines, the tailings dams and the valley's farms share the river."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.senders import Office
from bench.devgen8.world import Unit

COMMUNE = "Tierra Amarilla"
REGION_CODE = "AT"
MUNI_NAMES = (
    "Ilustre Municipalidad de Tierra Amarilla",
    "I. MUNICIPALIDAD DE TIERRA AMARILLA",
    "Municipalidad de Tierra Amarilla",
    "ILUSTRE MUNICIPALIDAD DE TIERRA AMARILLA",
)
MUNI = MUNI_NAMES[0]
MUNI_ADDRESS = ("Avenida Miguel Lemeur N° 345, Tierra Amarilla", "Av. Miguel Lemeur 345")
MUNI_MAIL = ("oficinadepartes@tierraamarilla.cl", "www.tierraamarilla.cl")
PROVINCE = ("Provincia de Copiapó - Región de Atacama", "REGIÓN DE ATACAMA")

GIVEN_F = (
    "María Cristina",
    "Yessenia",
    "Rosa Amelia",
    "Nataly Andrea",
    "Lidia del Carmen",
    "Claudia Paz",
    "Jimena",
    "Marisol",
    "Erika Soledad",
    "Francisca Belén",
)
GIVEN_M = (
    "Juan Carlos",
    "Luis Alberto",
    "Nelson",
    "Cristián Mauricio",
    "Héctor Hugo",
    "Ramón Eliseo",
    "Pablo Andrés",
    "Segundo Fermín",
    "Marcelo Iván",
    "Ricardo",
)
SURNAMES = ("Cortés", "Araya", "Rojas", "Tapia", "Barraza", "Zepeda", "Castillo", "Cisternas",
            "Godoy", "Quiroz", "Monardes", "Varas", "Ardiles", "Aciares", "Rivera", "Órdenes",
            "Bordones", "Cuello", "Ramírez", "Olivares", "Pallauta", "Villegas")  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the valley: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = ("Los Loros", "Nantoco", "Punta del Cobre", "Hornitos", "Las Juntas", "Amolanas",
           "Iglesia Colorada", "Pastillo", "La Puerta", "Villa Esperanza", "Población Juan Godoy",
           "Villa Los Volcanes")  # fmt: skip
STREETS = (
    "avenida Miguel Lemeur",
    "calle O'Higgins",
    "calle Carrera",
    "pasaje Los Mineros",
    "calle Pedro Aguirre Cerda",
    "calle Rancagua",
    "ruta C-35",
    "camino a Los Loros",
)
SCHOOLS = (
    "el Liceo Bicentenario Tierra Amarilla",
    "la Escuela Los Loros",
    "la Escuela Básica Hornitos",
    "el Jardín Infantil Pequeños Mineros",
)
PROJECTS = ("Ampliación Planta Concentradora Nantoco", "Depósito de Relaves Filtrados Hornitos",
            "Continuidad Operacional Mina Los Loros", "Línea de Transmisión 110 kV Punta del "
            "Cobre", "Planta Desalinizadora y Acueducto Valle de Copiapó")  # fmt: skip
COMMUNITIES = (
    "Comunidad Indígena Colla Sol Naciente de Los Loros",
    "Comunidad Colla Valle de Nantoco",
    "Comunidad Indígena Colla Quebrada Hornitos",
)

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcaldesa", "Cristina Alejandra Araya Tapia", True),
        ("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
         "Secretario Municipal", "Nelson Iván Godoy Cisternas", False),
        ("administracion", "Administración Municipal", "Administración",
         "Administrador Municipal", "Pablo Andrés Varas Monardes", False),
        ("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
         "Héctor Hugo Zepeda Rivera", False),
        ("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
         "Directora de Desarrollo Comunitario", "Marisol Cuello Barraza", True),
        ("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
         "Secretario Comunal de Planificación", "Marcelo Iván Ardiles Rojas", False),
        ("daf", "Dirección de Administración y Finanzas", "DAF", "Directora de Finanzas",
         "Erika Soledad Olivares Quiroz", True),
        ("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
         "Director de Tránsito", "Ramón Eliseo Castillo Órdenes", False),
        ("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
         "Ricardo Bordones Aciares", False),
        ("control", "Dirección de Control", "Control", "Directora de Control",
         "Claudia Paz Villegas Cortés", True),
        ("juridica", "Asesoría Jurídica", "Jurídica", "Asesor Jurídico",
         "Cristián Mauricio Ramírez Pallauta", False),
        ("salud", "Departamento de Salud Municipal", "DESAM", "Directora del DESAM",
         "Nataly Andrea Tapia Godoy", True),
        ("educacion", "Departamento de Educación Municipal", "DAEM", "Jefe DAEM",
         "Luis Alberto Quiroz Araya", False),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief


def _office(
    org: str,
    post: str,
    units: str,
    above: str,
    emblem: str,
    labels: str,
    mats: str,
    law: str = "",
    city: str = "Copiapó",
    sort: str = "service",
) -> Office:
    """An Office from compact cells: «Director Regional/Directora Regional», «a;b»."""
    man, woman = (post.split("/") * 2)[:2]
    split = labels.split(";"), mats.split(";")
    return Office(org, (man, woman), city, tuple(units.split(";")), above, emblem,
                  labels=tuple(split[0]), mat=tuple(split[1]), law=law, sort=sort)  # fmt: skip


# The subject labels are this set's own: «MAT:» (value on the next line), «Materia.-»,
# «ASUNTO :» spaced, «MATERIA» in a grid cell; oficios choose among them by layout.
OFFICES: tuple[Office, ...] = (
    _office("Servicio Nacional de Geología y Minería, Dirección Regional de Atacama",
            "Director Regional SERNAGEOMIN Atacama/Directora Regional SERNAGEOMIN Atacama",
            "dom;alcaldia;secplan", "Ministerio de Minería", "pick", "ORD.;OF. ORD.",
            "MAT:;Materia.-", "el D.S. N° 248, de 2007, Reglamento de Depósitos de Relaves"),
    _office("Superintendencia del Medio Ambiente, Oficina Regional de Atacama",
            "Jefe Oficina Regional de Atacama/Jefa Oficina Regional de Atacama",
            "dom;juridica;salud", "", "columns", "ORD. OAT;ORD.", "MAT:;ASUNTO :",
            "la Ley Orgánica de la Superintendencia del Medio Ambiente"),
    _office("Dirección General de Aguas, Región de Atacama", "Director Regional de Aguas/"
            "Directora Regional de Aguas", "dom;secplan;alcaldia", "Ministerio de Obras Públicas",
            "drop", "ORD. DGA;ORD.", "Materia.-;MAT:", "el Código de Aguas"),
    _office("Servicio de Evaluación Ambiental, Dirección Regional de Atacama",
            "Director Regional del SEA Atacama/Directora Regional del SEA Atacama",
            "secplan;dom", "Ministerio del Medio Ambiente", "leaf", "OF. ORD.;ORD.",
            "ASUNTO :;MAT:", "la Ley N° 19.300, sobre Bases Generales del Medio Ambiente"),
    _office("Secretaría Regional Ministerial de Minería Región de Atacama", "Seremi de Minería",
            "alcaldia;dideco;secplan", "Ministerio de Minería", "gob", "ORD.;OFICIO",
            "Materia.-;ASUNTO :"),
    _office("Aguas Chañar S.A.", "Gerente Zonal/Gerenta Zonal", "dom;alcaldia", "", "drop",
            "CARTA GZ;CARTA", "Ref.:;ASUNTO :", sort="firm"),
    _office("Delegación Presidencial Provincial de Copiapó", "Delegado Presidencial Provincial/"
            "Delegada Presidencial Provincial", "alcaldia;dideco;transito",
            "Ministerio del Interior", "gob", "OFICIO;ORD.", "MAT:;Materia.-"),
    _office("Carabineros de Chile, Tenencia Tierra Amarilla", "Teniente, Jefe de Tenencia/"
            "Teniente, Jefa de Tenencia", "transito;jpl;alcaldia", "Prefectura Atacama N° 9",
            "carab", "OF.;OFICIO", "ASUNTO :;MAT:", city="Tierra Amarilla", sort="police"),
    _office("Hospital Regional de Copiapó San José del Carmen", "Director/Directora",
            "salud;dideco",
            "Servicio de Salud Atacama", "cross", "ORD.;ORD. SDA", "Materia.-;MAT:"),
)  # fmt: skip

FIRMS: tuple[tuple[str, int, str, str], ...] = (
    # name, RUT without check digit, address, sort (minera or contratista)
    ("Compañía Contractual Minera Los Loros", 76_312_845, "Ruta C-35 km 18, Tierra Amarilla",
     "minera"),
    ("Minera Cobre Amarillo SpA", 77_048_112, "Los Carrera 550, oficina 31, Copiapó", "minera"),
    ("Sociedad Minera El Bronce de Atacama Ltda.", 78_905_330, "Chacabuco 371, Copiapó",
     "minera"),
    ("Servicios Mineros Copayapu Ltda.", 76_884_019, "Panamericana Norte 4120, Copiapó",
     "contratista"),
    ("Transportes y Áridos Nantoco SpA", 77_512_604, "Camino a Nantoco s/n, Tierra Amarilla",
     "contratista"),
    ("Constructora Hornitos SpA", 76_990_457, "Atacama 860, Copiapó", "contratista"),
)  # fmt: skip


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    number = "s/n" if street.startswith(("camino", "ruta")) else str(rng.randint(12, 1480))
    return f"{street[:1].upper()}{street[1:]} {number}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "school": rng.choice(SCHOOLS),
        "proyecto": rng.choice(PROJECTS),
        "comunidad": rng.choice(COMMUNITIES),
        "n": str(rng.randint(3, 96)),
        "year": str(year),
        "rol": f"{rng.randint(30, 640)}-{rng.randint(1, 45)}",
    }
