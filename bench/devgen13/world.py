"""Pozo Almonte's world: the municipality (Provincia del Tamarugal, Región de Tarapacá,
region code TA), the capital of the pampa province, how it names itself, its units and their
heads (the unit codes of every development set), and its people (Aymara and Quechua
surnames beside the pampa's mestizo ones), towns and sectors (La Tirana, Mamiña, La Huayca,
Huatacondo, Macaya, Pintados), streets, schools, health posts and organisations. Names of
people and of organisations inside the commune are partly invented; who writes from outside
is in senders."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

COMMUNE = "Pozo Almonte"
REGION_CODE = "TA"
MUNI = "Ilustre Municipalidad de Pozo Almonte"
MUNI_NAMES = (
    "Ilustre Municipalidad de Pozo Almonte",
    "I. MUNICIPALIDAD DE POZO ALMONTE",
    "Municipalidad de Pozo Almonte",
    "ILUSTRE MUNICIPALIDAD DE POZO ALMONTE",
)
MUNI_ADDRESS = ("Balmaceda N° 276, Pozo Almonte", "Calle Balmaceda 276, Pozo Almonte")
MUNI_MAIL = ("partes@pozoalmonte.cl", "www.pozoalmonte.cl", "oficinadepartes@impa.cl")
MUNI_PHONE = ("(57) 275 1477", "+56 57 275 1400", "57 2751 477")
REGION = ("Provincia del Tamarugal", "Región de Tarapacá", "PROVINCIA DEL TAMARUGAL - CHILE")

GIVEN_F = (
    "Ruth Elena",
    "Jacqueline",
    "Nelly",
    "Marisol",
    "Yessenia",
    "Inés",
    "Claudia Andrea",
    "Sandra",
    "Ana María",
    "Francisca",
    "Lidia",
    "Katherine",
    "Eliana",
    "Rosa Amelia",
)
GIVEN_M = (
    "Juan Carlos",
    "Richard",
    "Wilson",
    "Hernán",
    "Patricio",
    "Marcelo Andrés",
    "Luis Alberto",
    "Ricardo",
    "Edgardo",
    "Freddy",
    "Iván",
    "Manuel Jesús",
    "Óscar",
    "Bernardo",
)
SURNAMES = ("Mamani", "Choque", "Condori", "Challapa", "Quispe", "Vilca", "Cayo", "Ticona",
            "Lucay", "Caqueo", "García", "Moscoso", "Zegarra", "Castro", "Olivares", "Vega",
            "Godoy", "Álvarez", "Huanca", "Mollo", "Chambe", "Flores", "Cortés", "Araya",
            "Rojas", "Estica", "Tapia", "Cáceres", "Ramírez")  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the pampa: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = ("La Tirana", "Mamiña", "La Huayca", "Huatacondo", "Macaya", "Colonia Pintados",
           "Población El Tamarugal", "Villa Esperanza", "Población Nueva Extensión",
           "Parca", "Quipisca", "Villa Los Aromos")  # fmt: skip
STREETS = ("calle Balmaceda", "avenida Arturo Prat", "calle Comercio", "calle Baquedano",
           "pasaje Los Algarrobos", "calle Libertad", "avenida Las Industrias",
           "calle Vicuña Mackenna", "calle Covadonga", "pasaje El Tamarugo")  # fmt: skip
SCHOOLS = (
    "la Escuela Básica Pozo Almonte",
    "el Liceo Bicentenario Pozo Almonte",
    "la Escuela de La Tirana",
    "la Escuela Rural de Mamiña",
    "el Jardín Infantil Pequeños Tamarugos",
)
HEALTH = (
    "el CESFAM Pozo Almonte",
    "la Posta de Salud Rural de Mamiña",
    "la Posta de Salud Rural de La Tirana",
    "la Estación Médico Rural de Huatacondo",
    "el SAR Pozo Almonte",
)
PLACES = (
    "la plaza de La Tirana",
    "el Santuario de La Tirana",
    "las termas de Mamiña",
    "la cancha de Colonia Pintados",
    "el sitio eriazo de avenida Las Industrias",
    "la plaza de armas de Pozo Almonte",
)
ROADS = ("la Ruta 5", "la Ruta A-65", "la Ruta A-665", "la Ruta A-685", "la Ruta 15-CH")

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Richard Fernando Godoy Mamani", False),
        ("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
         "Secretario Municipal", "Hernán Moscoso Ticona", False),
        ("administracion", "Administración Municipal", "Administración",
         "Administradora Municipal", "Jacqueline Zegarra Vilca", True),
        ("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
         "Edgardo Castro Challapa", False),
        ("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
         "Directora de Desarrollo Comunitario", "Nelly Condori Araya", True),
        ("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
         "Secretario Comunal de Planificación", "Marcelo Andrés Olivares Cayo", False),
        ("daf", "Dirección de Administración y Finanzas", "DAF",
         "Directora de Administración y Finanzas", "Marisol Vega Quispe", True),
        ("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
         "Director de Tránsito", "Wilson Rojas Huanca", False),
        ("jpl", "Juzgado de Policía Local", "JPL", "Jueza de Policía Local",
         "Ana María Cortés Lucay", True),
        ("control", "Dirección de Control Interno", "Control", "Director de Control",
         "Luis Alberto Tapia Mollo", False),
        ("juridica", "Asesoría Jurídica", "Jurídica", "Asesora Jurídica",
         "Claudia Andrea García Estica", True),
        ("salud", "Departamento de Salud Municipal", "DESAM", "Director del DESAM",
         "Iván Caqueo Flores", False),
        ("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
         "Jefa DAEM", "Ruth Elena Choque Ramírez", True),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief

ORGS = (
    "Junta de Vecinos N° 3 Población El Tamarugal",
    "Junta de Vecinos La Tirana",
    "Club Deportivo Unión Pampa",
    "Club de Adulto Mayor Flor del Tamarugo",
    "Comité de Vivienda Nueva Esperanza",
    "Agrupación de Comerciantes de La Tirana",
    "Centro de Padres Escuela de La Tirana",
    "Junta de Vecinos Villa Esperanza",
)


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[:1].upper()}{street[1:]} N° {rng.randint(10, 1890)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "ruta": rng.choice(ROADS),
        "causa": str(rng.randint(110, 4900)),
        "school": rng.choice(SCHOOLS),
        "posta": rng.choice(HEALTH),
        "plaza": rng.choice(PLACES),
        "org": rng.choice(ORGS),
        "n": str(rng.randint(3, 88)),
        "year": str(year),
        "km": str(rng.randint(1780, 1845)),
        "rol": f"{rng.randint(100, 980)}-{rng.randint(1, 45)}",
    }
