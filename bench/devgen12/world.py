"""Lo Prado's world: the municipality (Provincia de Santiago, Región Metropolitana, region
code RM), an urban commune of the western side of Santiago, how it names itself, its units
and their heads (the unit codes of every development set), and its people, poblaciones,
streets, schools, health centres and organisations. Names of people, organisations and
places inside the commune are partly invented; who writes from outside is in senders."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

COMMUNE = "Lo Prado"
REGION_CODE = "RM"
MUNI = "Municipalidad de Lo Prado"
MUNI_NAMES = (
    "Municipalidad de Lo Prado",
    "MUNICIPALIDAD DE LO PRADO",
    "Ilustre Municipalidad de Lo Prado",
    "I. Municipalidad de Lo Prado",
)
MUNI_ADDRESS = ("Av. San Pablo 5959, Lo Prado", "San Pablo N° 5959, Lo Prado, Santiago")
MUNI_MAIL = ("oficinadepartes@loprado.cl", "www.loprado.cl", "partes@loprado.cl")
MUNI_PHONE = ("(2) 2584 7000", "+56 2 2584 7100", "22 584 7000")
REGION = ("Región Metropolitana de Santiago", "Santiago - Chile", "REGIÓN METROPOLITANA")

GIVEN_F = (
    "Paola Andrea",
    "Valentina",
    "Karina",
    "Macarena",
    "Ximena Patricia",
    "Daniela",
    "Yasna",
    "Carolina Fernanda",
    "Javiera",
    "Gloria Inés",
    "Constanza",
    "Fabiola",
    "Bárbara",
    "Rosa Elena",
)
GIVEN_M = (
    "Rodrigo Ignacio",
    "Felipe Andrés",
    "Jorge Luis",
    "Cristóbal",
    "Mauricio",
    "Sergio",
    "Matías",
    "Álvaro José",
    "Claudio",
    "Juan Pablo",
    "Héctor",
    "Nicolás",
    "Víctor Hugo",
    "Esteban",
)
SURNAMES = (
    "Muñoz",
    "Contreras",
    "Henríquez",
    "Vidal",
    "Peña",
    "Reyes",
    "Núñez",
    "Lagos",
    "Espinoza",
    "Soto",
    "Valenzuela",
    "Figueroa",
    "Cáceres",
    "Salinas",
    "Maturana",
    "Pizarro",
    "Fuentes",
    "Bravo",
    "Ortiz",
    "Riquelme",
    "Saavedra",
    "Aravena",
    "Leiva",
    "Carrasco",
    "Molina",
    "Ibáñez",
    "Zúñiga",
    "Tobar",
    "Gallardo",
    "Orellana",
)


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of Santiago: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = (
    "Villa Santa Anita",
    "Población Teniente Merino",
    "Villa Neptuno",
    "Población Santiago Amengual",
    "Villa Lo Prado Abajo",
    "Población Herminda de La Victoria",
    "Villa Las Torres",
    "Población Dorsal",
    "Villa El Abrazo de Maipú",
    "Villa Los Copihues",
    "Población Bonilla",
    "Villa Nueva Patria",
)
STREETS = (
    "avenida San Pablo",
    "avenida Neptuno",
    "avenida General Óscar Bonilla",
    "avenida Las Torres",
    "avenida Teniente Cruz",
    "calle Carrascal",
    "avenida Dorsal",
    "pasaje Los Aromos",
    "calle Sargento Menadier",
    "pasaje El Roble",
    "calle Huelén",
    "avenida Lo Prado",
)
SCHOOLS = (
    "la Escuela Básica Poeta Pablo Neruda",
    "el Liceo Municipal Lo Prado",
    "la Escuela Santa Anita",
    "el Jardín Infantil Semillitas del Poniente",
    "la Escuela Neptuno",
)
CESFAM = (
    "el CESFAM Dr. Raúl Yazigi",
    "el CESFAM Pablo Neruda",
    "el CECOSF Santa Anita",
    "el SAPU Lo Prado",
)
PLACES = (
    "la plaza Santa Anita",
    "el Parque Las Torres",
    "la multicancha de Villa Neptuno",
    "la sede social de Población Dorsal",
    "el bandejón central de avenida Neptuno",
    "la feria libre de calle Carrascal",
)
BUSES = ("109", "J05", "J07", "423", "J16", "513")

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Gonzalo Esteban Maturana Salinas", False),
        (
            "secretaria-municipal",
            "Secretaría Municipal",
            "Secretaría Municipal",
            "Secretaria Municipal",
            "Paola Andrea Figueroa Leiva",
            True,
        ),
        (
            "administracion",
            "Administración Municipal",
            "Administración",
            "Administrador Municipal",
            "Rodrigo Ignacio Espinoza Cáceres",
            False,
        ),
        (
            "dom",
            "Dirección de Obras Municipales",
            "DOM",
            "Directora de Obras Municipales",
            "Carolina Fernanda Muñoz Ibáñez",
            True,
        ),
        (
            "dideco",
            "Dirección de Desarrollo Comunitario",
            "DIDECO",
            "Director de Desarrollo Comunitario",
            "Felipe Andrés Contreras Pizarro",
            False,
        ),
        (
            "secplan",
            "Secretaría Comunal de Planificación",
            "SECPLA",
            "Secretaria Comunal de Planificación",
            "Valentina Soto Aravena",
            True,
        ),
        (
            "daf",
            "Dirección de Administración y Finanzas",
            "DAF",
            "Director de Administración y Finanzas",
            "Jorge Luis Henríquez Molina",
            False,
        ),
        (
            "transito",
            "Dirección de Tránsito y Transporte Público",
            "Tránsito",
            "Directora de Tránsito y Transporte Público",
            "Macarena Vidal Carrasco",
            True,
        ),
        (
            "jpl",
            "Juzgado de Policía Local",
            "JPL",
            "Juez de Policía Local",
            "Sergio Valenzuela Riquelme",
            False,
        ),
        (
            "control",
            "Dirección de Control",
            "Control",
            "Director de Control",
            "Mauricio Peña Fuentes",
            False,
        ),
        (
            "juridica",
            "Dirección de Asesoría Jurídica",
            "Jurídica",
            "Directora de Asesoría Jurídica",
            "Daniela Reyes Saavedra",
            True,
        ),
        (
            "salud",
            "Dirección de Salud Municipal",
            "DISAM",
            "Director de Salud",
            "Cristóbal Núñez Bravo",
            False,
        ),
        (
            "educacion",
            "Dirección de Educación Municipal",
            "DEM",
            "Directora de Educación Municipal",
            "Ximena Patricia Lagos Ortiz",
            True,
        ),
    )
}
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief


ORGS = (
    "Junta de Vecinos N° 12 Villa Santa Anita",
    "Junta de Vecinos Teniente Merino",
    "Club Deportivo Unión Neptuno",
    "Club de Adulto Mayor Los Años Dorados",
    "Comité de Vivienda Esperanza Lo Prado",
    "Comité de Seguridad Pasaje Los Aromos",
    "Agrupación de Feriantes Feria Libre Carrascal",
    "Centro de Padres Escuela Santa Anita",
    "Junta de Vecinos N° 27 Villa Las Torres",
)


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[:1].upper()}{street[1:]} {rng.randint(1000, 6900)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "via": rng.choice(STREETS),
        "causa": str(rng.randint(1200, 29_000)),
        "school": rng.choice(SCHOOLS),
        "cesfam": rng.choice(CESFAM),
        "plaza": rng.choice(PLACES),
        "bus": rng.choice(BUSES),
        "org": rng.choice(ORGS),
        "n": str(rng.randint(3, 96)),
        "year": str(year),
        "rol": f"{rng.randint(1200, 8900)}-{rng.randint(1, 60)}",
    }
