"""Tomé's world: the Ilustre Municipalidad de Tomé (Provincia de Concepción, Región del
Biobío, region code BI), a coastal commune north of Concepción, old textile town and home of
the caletas of Cocholgüe, Dichato and Coliumo; how it names itself, its units and their heads
(the unit codes of every development set), its people, sectors, streets, schools, health
centres and organisations. Names of people and local organisations are invented."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

COMMUNE = "Tomé"
REGION_CODE = "BI"
MUNI = "Ilustre Municipalidad de Tomé"
MUNI_NAMES = (
    "Ilustre Municipalidad de Tomé",
    "I. MUNICIPALIDAD DE TOMÉ",
    "Municipalidad de Tomé",
    "ILUSTRE MUNICIPALIDAD DE TOMÉ",
)
MUNI_ADDRESS = ("Mariano Egaña N° 1115, Tomé", "Egaña 1115, Tomé, Región del Biobío")
MUNI_MAIL = ("oficinadepartes@tome.cl", "www.tome.cl", "partes@tome.cl")
MUNI_PHONE = ("(41) 240 6400", "+56 41 240 6410", "41 2406400")
REGION = ("Región del Biobío", "Provincia de Concepción - Región del Biobío", "TOMÉ - CHILE")

GIVEN_F = (
    "María José",
    "Claudia Andrea",
    "Francisca",
    "Marcela",
    "Ingrid",
    "Lorena Beatriz",
    "Catalina",
    "Jessica",
    "Verónica",
    "Alejandra",
    "Nicole",
    "Patricia Eugenia",
    "Camila",
)
GIVEN_M = (
    "Luis Alberto",
    "Pablo",
    "Cristian Eduardo",
    "Marcelo",
    "Rubén",
    "Patricio",
    "Gonzalo",
    "Eduardo Andrés",
    "Manuel",
    "Fernando",
    "Ricardo",
    "Iván",
    "Hugo Enrique",
)
SURNAMES = (
    "Sanhueza",
    "Jara",
    "Parra",
    "Vergara",
    "Rivas",
    "Quezada",
    "Cifuentes",
    "Mardones",
    "Troncoso",
    "Sepúlveda",
    "Fierro",
    "Alarcón",
    "Ulloa",
    "Gutiérrez",
    "Campos",
    "Vega",
    "Neira",
    "Arriagada",
    "Pino",
    "Monsalve",
    "Concha",
    "Valdebenito",
    "Medina",
    "Rojas",
    "Oyarzún",
    "Beltrán",
    "Godoy",
    "Acuña",
)


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the Biobío: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = (
    "Dichato",
    "Cocholgüe",
    "Coliumo",
    "Bellavista",
    "Punta de Parra",
    "Rafael",
    "Menque",
    "Villa Los Poetas",
    "Población Santa Rosa",
    "El Morro",
    "Pingueral",
    "Villa El Santo",
    "Cerro Navidad",
    "Tomé Alto",
)
STREETS = (
    "calle Mariano Egaña",
    "avenida Los Cipreses",
    "calle Sotomayor",
    "avenida Latorre",
    "calle Nogueira",
    "avenida Daniel Vera",
    "calle Ignacio Serrano",
    "calle Pedro Montt",
    "avenida Pedro Aguirre Cerda",
    "ruta 150",
    "calle Baquedano",
    "camino a Rafael",
)
SCHOOLS = (
    "el Liceo Comercial Luis Cruz Martínez",
    "la Escuela Básica de Dichato",
    "el Liceo Polivalente Vicente Palacios Valdés",
    "la Escuela Cocholgüe",
    "la Escuela Rural de Rafael",
)
CESFAM = (
    "el CESFAM Dr. Alberto Reyes",
    "el CESFAM Bellavista",
    "el CECOSF Dichato",
    "el SAR de Tomé",
)
PLACES = (
    "la playa Bellavista",
    "la costanera de Dichato",
    "la plaza de Armas de Tomé",
    "la caleta Cocholgüe",
    "el muelle de Coliumo",
    "el gimnasio municipal",
    "el ex recinto de la fábrica Bellavista Oveja Tomé",
)
CALETAS = ("Cocholgüe", "Dichato", "Coliumo", "Los Morros", "Punta de Parra")

_UNITS = (
    ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Eduardo Andrés Neira Sepúlveda", False),
    (
        "secretaria-municipal",
        "Secretaría Municipal",
        "Secretaría Municipal",
        "Secretaria Municipal",
        "Ingrid Troncoso Ulloa",
        True,
    ),
    (
        "administracion",
        "Administración Municipal",
        "Administración",
        "Administrador Municipal",
        "Patricio Vergara Campos",
        False,
    ),
    (
        "dom",
        "Dirección de Obras Municipales",
        "DOM",
        "Director de Obras Municipales",
        "Rubén Cifuentes Mardones",
        False,
    ),
    (
        "dideco",
        "Dirección de Desarrollo Comunitario",
        "DIDECO",
        "Directora de Desarrollo Comunitario",
        "Marcela Rivas Quezada",
        True,
    ),
    (
        "secplan",
        "Secretaría Comunal de Planificación",
        "SECPLAN",
        "Secretario Comunal de Planificación",
        "Cristian Eduardo Fierro Jara",
        False,
    ),
    (
        "daf",
        "Dirección de Administración y Finanzas",
        "DAF",
        "Directora de Administración y Finanzas",
        "Lorena Beatriz Alarcón Pino",
        True,
    ),
    (
        "transito",
        "Dirección de Tránsito y Transporte Público",
        "Tránsito",
        "Director de Tránsito",
        "Hugo Enrique Godoy Vega",
        False,
    ),
    (
        "jpl",
        "Juzgado de Policía Local",
        "JPL",
        "Jueza de Policía Local",
        "Verónica Monsalve Rojas",
        True,
    ),
    (
        "control",
        "Dirección de Control Interno",
        "Control",
        "Director de Control",
        "Iván Concha Medina",
        False,
    ),
    (
        "juridica",
        "Asesoría Jurídica",
        "Jurídica",
        "Asesora Jurídica",
        "Catalina Oyarzún Beltrán",
        True,
    ),
    (
        "salud",
        "Departamento de Salud Municipal",
        "DESAM",
        "Director del Departamento de Salud",
        "Fernando Arriagada Acuña",
        False,
    ),
    (
        "educacion",
        "Departamento de Administración de Educación Municipal",
        "DAEM",
        "Jefa DAEM",
        "Patricia Eugenia Valdebenito Parra",
        True,
    ),
)
UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in _UNITS
}
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief

ORGS = (
    "Junta de Vecinos N° 14 Bellavista",
    "Junta de Vecinos Villa Los Poetas",
    "Junta de Vecinos Cocholgüe Alto",
    "Club Deportivo Unión Dichato",
    "Club Deportivo Tomé Alto",
    "Agrupación Cultural Tejedoras de Tomé",
    "Club de Adulto Mayor Renacer de Coliumo",
    "Comité de Agua Potable Rural de Rafael",
    "Centro General de Padres Escuela Cocholgüe",
)
SINDICATOS = (
    "Sindicato de Trabajadores Independientes Pescadores Artesanales de Caleta Cocholgüe",
    "Sindicato de Pescadores Artesanales y Buzos Mariscadores de Dichato",
    "Sindicato de Algueras y Recolectoras de Orilla de Coliumo",
    "Sindicato de Pescadores Artesanales Caleta Los Morros",
)


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[:1].upper()}{street[1:]} {rng.randint(10, 2900)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "via": rng.choice(STREETS),
        "causa": str(rng.randint(300, 9800)),
        "school": rng.choice(SCHOOLS),
        "cesfam": rng.choice(CESFAM),
        "plaza": rng.choice(PLACES),
        "caleta": rng.choice(CALETAS),
        "org": rng.choice(ORGS),
        "n": str(rng.randint(2, 88)),
        "year": str(year),
    }
