"""Casablanca's world: the Ilustre Municipalidad de Casablanca (Provincia de Valparaíso,
Región de Valparaíso, region code VS), an inland commune of the wine valley between
Santiago and the coast, crossed by the Ruta 68; how it names itself, its units and their
heads (the unit codes every development set uses, devgen12's table), and its people,
sectors, streets, schools, rural health posts and organisations. People and most
organisations are invented; who writes from outside is in senders."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit
from bench.devgen12.world import UNIT_CODES as SHARED_CODES

COMMUNE = "Casablanca"
REGION_CODE = "VS"
MUNI = "Ilustre Municipalidad de Casablanca"
MUNI_NAMES = (
    "Ilustre Municipalidad de Casablanca",
    "I. MUNICIPALIDAD DE CASABLANCA",
    "Municipalidad de Casablanca",
    "MUNICIPALIDAD DE CASABLANCA",
)
MUNI_ADDRESS = ("Av. Constitución N° 111, Casablanca", "Constitución 111 - Casablanca")
MUNI_PHONE = ("(32) 227 7400", "+56 32 227 7410", "32 2277400")
MUNI_MAIL = ("partes@municasablanca.cl", "www.municasablanca.cl", "oficinapartes@municasablanca.cl")
PROVINCE = (
    "Provincia de Valparaíso",
    "Región de Valparaíso",
    "Valle de Casablanca - Región de Valparaíso",
)

GIVEN_F = (
    "Marcela Alejandra",
    "Jacqueline",
    "Verónica",
    "Loreto",
    "María José",
    "Paulina",
    "Soledad",
    "Camila Ignacia",
    "Elizabeth",
    "Francisca",
    "Nancy del Carmen",
    "Romina",
)
GIVEN_M = (
    "Juan Carlos",
    "Ricardo",
    "Marcelo Andrés",
    "Hernán",
    "Luis Eduardo",
    "Pablo",
    "Gastón",
    "Francisco Javier",
    "Iván",
    "Raúl",
    "Sebastián",
    "Osvaldo",
)
SURNAMES = (
    "Olivares",
    "Arancibia",
    "Tapia",
    "Guerra",
    "Quiroz",
    "Lazcano",
    "Ahumada",
    "Bustamante",
    "Cisternas",
    "Rojas",
    "Zamora",
    "Valdés",
    "Miranda",
    "Órdenes",
    "Castro",
    "Silva",
    "Manríquez",
    "Briones",
    "Toro",
    "Meza",
    "Estay",
    "Cortés",
    "Aguilera",
    "Farías",
)


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the Valparaíso region: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = (
    "Lo Vásquez",
    "Tapihue",
    "Lo Ovalle",
    "La Vinilla",
    "Los Maitenes",
    "Las Dichas",
    "Lagunillas",
    "Paso Hondo",
    "El Carpintero",
    "Villa Santa Bárbara",
    "Población Arturo Prat",
    "Villa Los Aromos",
    "Orozco",
    "La Rotunda",
)
STREETS = (
    "avenida Constitución",
    "avenida Portales",
    "calle Chacabuco",
    "calle Yungay",
    "calle Punta Arenas",
    "calle O'Higgins",
    "calle Alejandro Galaz",
    "calle Membrillar",
    "camino a Lagunillas",
    "camino Lo Ovalle",
    "camino a Tapihue",
    "avenida Diego Portales poniente",
)
SCHOOLS = (
    "la Escuela Básica Domingo Ortiz de Rozas",
    "la Escuela Rural Lo Ovalle",
    "la Escuela Rural La Vinilla",
    "el Liceo Técnico Profesional de Casablanca",
    "el Jardín Infantil Las Uvitas",
    "la Escuela Rural Las Dichas",
)
POSTS = (
    "la Posta de Salud Rural Lagunillas",
    "la Posta de Salud Rural Las Dichas",
    "el CESFAM Casablanca",
    "el SAR Casablanca",
    "la Posta Rural Tapihue",
)
PLACES = (
    "la plaza de armas de Casablanca",
    "el estadio municipal",
    "la ribera del estero Casablanca",
    "el acceso a la Reserva Nacional Lago Peñuelas",
    "la explanada del Santuario de Lo Vásquez",
    "la caletera de la Ruta 68 en Lo Vásquez",
)
APR = (
    "Comité de Agua Potable Rural Lagunillas",
    "Comité de Agua Potable Rural Las Dichas",
    "Cooperativa de Agua Potable Rural La Vinilla",
    "Comité de APR Tapihue",
)
ORGS = (
    "Junta de Vecinos Villa Santa Bárbara",
    "Junta de Vecinos N° 9 Lo Ovalle",
    "Junta de Vecinos Los Maitenes",
    "Club Deportivo Unión Casablanca",
    "Club de Huasos Lo Vásquez",
    "Agrupación de Temporeras del Valle",
    "Comité de Vivienda Ribera del Estero",
    "Centro de Padres Escuela Las Dichas",
    "Unión Comunal de Juntas de Vecinos de Casablanca",
)

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        (
            "alcaldia",
            "Alcaldía",
            "Alcaldía",
            "Alcaldesa",
            "Marcela Alejandra Quiroz Bustamante",
            True,
        ),
        (
            "secretaria-municipal",
            "Secretaría Municipal",
            "Secretaría Municipal",
            "Secretario Municipal",
            "Luis Eduardo Tapia Ahumada",
            False,
        ),
        (
            "administracion",
            "Administración Municipal",
            "Administración",
            "Administradora Municipal",
            "Loreto Castro Miranda",
            True,
        ),
        (
            "dom",
            "Dirección de Obras Municipales",
            "DOM",
            "Director de Obras Municipales",
            "Hernán Olivares Estay",
            False,
        ),
        (
            "dideco",
            "Dirección de Desarrollo Comunitario",
            "DIDECO",
            "Directora de Desarrollo Comunitario",
            "Paulina Guerra Lazcano",
            True,
        ),
        (
            "secplan",
            "Secretaría Comunal de Planificación",
            "SECPLAN",
            "Secretario Comunal de Planificación",
            "Marcelo Andrés Zamora Toro",
            False,
        ),
        (
            "daf",
            "Dirección de Administración y Finanzas",
            "DAF",
            "Directora de Administración y Finanzas",
            "Verónica Rojas Cisternas",
            True,
        ),
        (
            "transito",
            "Dirección de Tránsito y Transporte Público",
            "Tránsito",
            "Director de Tránsito",
            "Gastón Briones Meza",
            False,
        ),
        (
            "jpl",
            "Juzgado de Policía Local",
            "JPL",
            "Jueza de Policía Local",
            "Soledad Manríquez Valdés",
            True,
        ),
        (
            "control",
            "Dirección de Control Interno",
            "Control",
            "Director de Control",
            "Iván Aguilera Cortés",
            False,
        ),
        (
            "juridica",
            "Dirección de Asesoría Jurídica",
            "Asesoría Jurídica",
            "Asesor Jurídico",
            "Sebastián Farías Órdenes",
            False,
        ),
        (
            "salud",
            "Departamento de Salud Municipal",
            "DESAM",
            "Directora del DESAM",
            "Francisca Silva Arancibia",
            True,
        ),
        (
            "educacion",
            "Departamento de Administración de Educación Municipal",
            "DAEM",
            "Director del DAEM",
            "Osvaldo Meza Quiroz",
            False,
        ),
    )
}
UNIT_CODES = tuple(UNITS)
assert set(UNIT_CODES) == set(SHARED_CODES)
MAYOR = UNITS["alcaldia"].chief


def the(name: str) -> str:
    """«la Dirección de Obras Municipales», «el Departamento de Salud Municipal»."""
    male = name.split()[0] in ("Departamento", "Juzgado", "Club", "Comité", "Centro")
    return f"{'el' if male else 'la'} {name}"


def of(name: str) -> str:
    """«de la Junta de Vecinos …», «del Club Deportivo …»."""
    article = the(name)
    return f"del {name}" if article.startswith("el ") else f"de {article}"


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    if street.startswith("camino"):
        return f"{street[:1].upper()}{street[1:]}, parcela {rng.randint(2, 88)}"
    return f"{street[:1].upper()}{street[1:]} N° {rng.randint(10, 1900)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "via": rng.choice(STREETS),
        "school": rng.choice(SCHOOLS),
        "posta": rng.choice(POSTS),
        "place": rng.choice(PLACES),
        "apr": rng.choice(APR),
        "org": rng.choice(ORGS),
        "n": str(rng.randint(4, 88)),
        "year": str(year),
        "rol": f"{rng.randint(100, 990)}-{rng.randint(1, 140)}",
        "causa": str(rng.randint(150, 4200)),
        "km": str(rng.choice((62, 66, 71, 74, 78, 83))),
    }
