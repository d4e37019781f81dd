"""Vallenar's world: the capital of the Provincia del Huasco (Región de Atacama, region code
AT), a valley town of olive groves, table grapes and iron mines on the Huasco river. The
municipality, the names it prints, its units (the unit codes every development set uses)
and their heads, its people, localities (Domeyko, Cachiyuyo, Incahuasi, Hacienda Ventanas),
quarters, streets, schools, health posts and organisations. People and organisations of
the commune are invented; who writes from outside is in ``senders``."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

COMMUNE = "Vallenar"
REGION_CODE = "AT"
MUNI = "Ilustre Municipalidad de Vallenar"
MUNI_NAMES = (
    MUNI,
    "I. MUNICIPALIDAD DE VALLENAR",
    "Municipalidad de Vallenar",
    "ILUSTRE MUNICIPALIDAD DE VALLENAR",
    "I. Municipalidad de Vallenar",
)
MUNI_STREET = "Plaza O'Higgins N° 25"
MUNI_ADDRESS = (
    "Plaza O'Higgins N° 25, Vallenar",
    "Plaza Ambrosio O'Higgins 25 - Vallenar",
    "Calle Prat esquina Plaza, Vallenar",
)
MUNI_MAIL = ("oficinadepartes@vallenar.cl", "www.vallenar.cl", "partes@munivallenar.cl")
MUNI_PHONE = ("(51) 2 672 500", "+56 51 267 2500", "51-2672510")
PROVINCE = (
    "Provincia del Huasco",
    "Región de Atacama",
    "PROVINCIA DEL HUASCO · REGIÓN DE ATACAMA",
    "Vallenar · Huasco · Atacama",
)

WOMEN = ("Carmen Gloria", "Yanina", "Ximena", "Maritza", "Paola Andrea", "Soledad",
         "Elba Rosa", "Daniela", "Mireya", "Constanza", "Fresia", "Lorena", "Valentina",
         "Ingrid del Carmen")  # fmt: skip
MEN = ("Armando", "Cristián", "Jorge Luis", "Raúl", "Nibaldo", "Sergio Antonio", "Danilo",
       "Gonzalo", "Hugo", "Patricio Alejandro", "Fernando", "Jaime", "Robinson",
       "Ulises")  # fmt: skip
SURNAMES = ("Campillay", "Tamblay", "Ardiles", "Cuturrufo", "Monardes", "Licuime", "Bordones",
            "Zuleta", "Iriarte", "Galleguillos", "Rivera", "Pastén", "Bugueño", "Villalobos",
            "Alcayaga", "Marín", "Olivares", "Cortés", "Huerta", "Páez", "Miranda", "Varela",
            "Torrejón", "Aracena", "Ogalde", "Segovia", "Muñoz", "Díaz")  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the Huasco valley: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    one, two = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(WOMEN if woman else MEN)} {one} {two}", woman)


LOCALITIES = ("Domeyko", "Cachiyuyo", "Incahuasi", "Hacienda Ventanas", "Perales", "Nicolasa",
              "Hacienda Compañía", "Imperial", "Longomilla", "Camarones")  # fmt: skip
QUARTERS = ("Población Rafael Torreblanca", "Villa Alto del Rosario", "Población Baquedano",
            "Villa Las Terrazas", "Población Hermanos Carrera", "Villa El Edén", "Quinta Valle",
            "Villa Ribera Sur", "Población Estadio", "Villa Los Olivos")  # fmt: skip
SECTORS = LOCALITIES + QUARTERS
STREETS = ("calle Prat", "calle Serrano", "calle Ramírez", "avenida Matta", "calle Brasil",
           "calle Colchagua", "calle Merced", "avenida Huasco", "calle Marañón",
           "calle Talca", "pasaje Los Aromos", "calle Sargento Aldea")  # fmt: skip
SCHOOLS = (
    "la Escuela Ignacio Carrera Pinto",
    "el Liceo Pedro Troncoso Machuca",
    "la Escuela Rural de Domeyko",
    "la Escuela Básica de Cachiyuyo",
    "el Liceo Politécnico José Santos Ossa",
    "la Escuela Hermanos Carrera",
)
HEALTH = (
    "el CESFAM Baquedano",
    "el CESFAM Joan Crawford",
    "la Posta de Salud Rural de Domeyko",
    "la Posta de Salud Rural de Cachiyuyo",
    "el SAPU de Vallenar",
)
PLACES = (
    "el Paseo Ribereño del río Huasco",
    "la Plaza O'Higgins",
    "el Estadio Nelson Rojas",
    "el Parque Quinta Valle",
    "la ribera norte del río Huasco bajo el puente Brasil",
    "el mirador de la Virgen",
)
ROADS = ("la Ruta 5 Norte", "la Ruta C-46", "la Ruta C-485", "la Ruta C-495", "el camino a Domeyko")

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Armando Jorge Flores Monardes", False),
        ("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
         "Secretaria Municipal", "Ximena Bordones Alcayaga", True),
        ("administracion", "Administración Municipal", "Administración",
         "Administrador Municipal", "Gonzalo Iriarte Páez", False),
        ("dom", "Dirección de Obras Municipales", "DOM", "Directora de Obras Municipales",
         "Paola Andrea Zuleta Cortés", True),
        ("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
         "Director de Desarrollo Comunitario", "Nibaldo Campillay Huerta", False),
        ("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
         "Secretaria Comunal de Planificación", "Constanza Galleguillos Varela", True),
        ("daf", "Dirección de Administración y Finanzas", "DAF",
         "Director de Administración y Finanzas", "Hugo Pastén Segovia", False),
        ("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
         "Director de Tránsito", "Danilo Ardiles Torrejón", False),
        ("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
         "Fernando Cuturrufo Marín", False),
        ("control", "Dirección de Control", "Control", "Directora de Control",
         "Mireya Tamblay Ogalde", True),
        ("juridica", "Asesoría Jurídica", "Jurídica", "Asesor Jurídico",
         "Jaime Licuime Aracena", False),
        ("salud", "Departamento de Salud Municipal", "DESAM", "Directora del DESAM",
         "Lorena Bugueño Miranda", True),
        ("educacion", "Departamento de Educación Municipal", "DEM", "Jefe DEM",
         "Raúl Villalobos Rivera", False),
    )
}  # fmt: skip
MAYOR = UNITS["alcaldia"].chief
UNIT_CODES = tuple(UNITS)

ORGS = (
    "Junta de Vecinos Villa Alto del Rosario",
    "Junta de Vecinos N° 12 Población Baquedano",
    "Junta de Vecinos de Domeyko",
    "Club Deportivo Unión Vallenar Sur",
    "Club de Adulto Mayor Brisas del Huasco",
    "Comité de Vivienda Renacer del Valle",
    "Agrupación Cultural Desierto Florido",
    "Centro de Padres Escuela de Cachiyuyo",
)


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[:1].upper()}{street[1:]} N° {rng.randint(12, 1480)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "localidad": rng.choice(LOCALITIES),
        "calle": street_address(rng),
        "ruta": rng.choice(ROADS),
        "school": rng.choice(SCHOOLS),
        "posta": rng.choice(HEALTH),
        "lugar": rng.choice(PLACES),
        "org": rng.choice(ORGS),
        "n": str(rng.randint(2, 96)),
        "year": str(year),
        "rol": f"{rng.randint(60, 940)}-{rng.randint(1, 58)}",
        "causa": str(rng.randint(150, 3900)),
        "ha": str(rng.randint(4, 120)),
    }
