"""Chile Chico (Provincia General Carrera, Región de Aysén): the municipality that receives
this set's documents, its officials, places and people. Persons, streets and organisations
are invented; the localities are the commune's real place names on Lago General Carrera.
A person and a unit are devgen2's (bench.devgen2.world); the names and tables are this set's."""

from __future__ import annotations

import random

from bench.devgen.world import rut_text
from bench.devgen2.world import Person as Person
from bench.devgen2.world import Unit as Unit

MUNI_NAMES = (
    "Ilustre Municipalidad de Chile Chico",
    "I. Municipalidad de Chile Chico",
    "Municipalidad de Chile Chico",
    "ILUSTRE MUNICIPALIDAD DE CHILE CHICO",
    "I. MUNICIPALIDAD DE CHILE CHICO",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_251_300
MUNI_ADDRESSES = ("O'Higgins N° 333, Chile Chico", "Avenida O'Higgins 333", "Pedro Burgos 185")
MUNI_PHONES = ("(67) 2 411 268", "+56 67 2411268", "67 2411 270")
MUNI_WEB = ("www.chilechico.cl", "oficinadepartes@chilechico.cl", "partes@chilechico.cl")
REGION = "Región de Aysén del General Carlos Ibáñez del Campo"
REGION_LINES = (
    "Región de Aysén",
    "Provincia General Carrera",
    "XI Región de Aysén",
    "Región de Aysén del General Carlos Ibáñez del Campo",
)

GIVEN_F = (
    "Ruth", "Marta Eliana", "Constanza", "Jimena", "Daniela", "Paulina", "Valentina", "Silvia",
    "Nancy", "Lidia", "Carla Andrea", "Romina", "Angélica", "Yasna", "Marcela", "Beatriz",
    "Natalia", "Loreto", "Susana", "Verónica", "Carolina", "Johanna", "Mónica", "Tamara",
)  # fmt: skip
GIVEN_M = (
    "Aurelio", "Cristian", "Héctor", "Osvaldo", "Patricio", "Felipe Andrés", "Jaime", "Rodrigo",
    "Nibaldo", "Francisco", "Waldo", "Esteban", "Hugo", "Ignacio", "Orlando", "Rolando",
    "Alexis", "Mario", "Danilo", "Sebastián", "Boris", "Fernando", "Andrés", "Gustavo",
)  # fmt: skip
SURNAMES = (
    "Vera", "Alvarado", "Soto", "Uribe", "Barrientos", "Cárcamo", "Oyarzo", "Gallardo",
    "Haro", "Mansilla", "Águila", "Sandoval", "Foitzick", "Hein", "Fuentealba", "Catalán",
    "Paillacar", "Millar", "Aguilar", "Ojeda", "Triviño", "Low", "Carrasco", "Hernández",
    "Chodil", "Vargas", "Gómez", "Bahamonde", "Subiabre", "Ruiz", "Contreras", "Andrade",
    "Lagos", "Cuevas", "Figueroa", "Ampuero", "Vásquez", "Aros", "Yáñez", "Marín",
)  # fmt: skip
SECTORS = (
    "Chile Chico urbano", "Puerto Guadal", "Mallín Grande", "Fachinal", "Puerto Bertrand",
    "Bahía Jara", "Valle Jeinimeni", "Paso Las Llaves", "Laguna Verde", "El Maitén",
    "Villa Los Ñires", "Población Lago General Carrera",
)  # fmt: skip
STREETS = (
    "calle O'Higgins", "avenida Costanera", "calle Pedro Burgos", "calle Manuel Rodríguez",
    "pasaje Los Calafates", "calle Lautaro", "calle Blest Gana", "calle Los Notros",
    "pasaje Las Lengas", "calle Carrera Pinto", "calle Balmaceda", "camino a Bahía Jara",
)  # fmt: skip
SCHOOLS = (
    "Liceo Bicentenario Chile Chico", "Escuela Básica Puerto Guadal",
    "Escuela Rural Mallín Grande", "Escuela Rural Fachinal", "Escuela Básica Luis Bravo Cárdenas",
    "Jardín Infantil Semillitas del Lago",
)  # fmt: skip
HEALTH = (
    "Posta de Salud Rural Puerto Guadal", "Posta de Salud Rural Mallín Grande",
    "Estación Médico Rural Fachinal", "Posta de Salud Rural Puerto Bertrand",
    "CECOSF Chile Chico",
)  # fmt: skip
ORGS = (
    "Junta de Vecinos Villa Jeinimeni", "Comité de Agua Potable Rural Puerto Guadal",
    "Cámara de Turismo de Chile Chico", "Agrupación de Crianceros de Fachinal",
    "Club de Adulto Mayor Los Arrayanes", "Comité de Vivienda Brisas del Lago",
    "Club Deportivo Unión Bertrand", "Agrupación Cultural Piedra Clavada",
)  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Gabinete", "Alcaldesa",
             Person("Ana Luisa Triviño Oyarzo", True)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretario Municipal", Person("Juan Carlos Haro Mansilla", False)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administradora Municipal", Person("Pamela Andrea Subiabre Low", True)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
             Person("Claudio Esteban Foitzick Ruiz", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Director de Desarrollo Comunitario", Person("Marcos Antonio Bahamonde Vera", False)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretaria Comunal de Planificación", Person("Gloria Inés Cárcamo Aguilar", True)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Director de Administración y Finanzas", Person("Raúl Ernesto Catalán Ojeda", False)),
        Unit("transito", "Dirección de Tránsito", "Tránsito", "Directora de Tránsito",
             Person("Lorena Patricia Ampuero Millar", True)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
             Person("Gonzalo Ignacio Figueroa Lagos", False)),
        Unit("control", "Dirección de Control", "Control", "Directora de Control",
             Person("Sandra Elena Cuevas Andrade", True)),
        Unit("juridica", "Asesoría Jurídica", "Jurídica", "Asesor Jurídico",
             Person("Tomás Alejandro Yáñez Marín", False)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM",
             "Director del Departamento de Salud", Person("Iván Roberto Paillacar Soto", False)),
        Unit("educacion", "Departamento de Educación Municipal", "DEM",
             "Jefa del Departamento de Educación", Person("Rosa Amelia Chodil Vargas", True)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)


def the(code: str) -> str:
    """«la Dirección de Obras Municipales», «el Departamento de Salud Municipal»."""
    full = UNITS[code].full
    return ("el " if full.startswith(("Departamento", "Juzgado")) else "la ") + full


def mayor(rng: random.Random) -> tuple[Person, str]:
    """The mayor, or now and then the official standing in (subrogante)."""
    if rng.random() < 0.12:
        who = person(rng)
        return who, ("Alcaldesa (S)" if who.female else "Alcalde (S)")
    return UNITS["alcaldia"].chief, "Alcaldesa"


def rut_printed(rng: random.Random, number: int) -> str:
    canonical = rut_text(number)
    return canonical if rng.random() < 0.7 else canonical.replace(".", "")


def fill_values(rng: random.Random, year: int) -> dict[str, str]:
    """What the placeholders of a matter stand for in one document."""
    school = rng.choice(SCHOOLS)
    article = "la" if school.startswith("Escuela") else "el"
    return {
        "sector": rng.choice(SECTORS[1:]),
        "calle": rng.choice(STREETS),
        "school": school,
        "el_school": f"{article} {school}",
        "del_school": f"{'de la' if article == 'la' else 'del'} {school}",
        "al_school": f"{'a la' if article == 'la' else 'al'} {school}",
        "en_school": f"en {article} {school}",
        "posta": rng.choice(HEALTH),
        "org": rng.choice(ORGS),
        "year": str(year),
        "next": str(year + 1),
        "n": str(rng.randint(2, 48)),
        "rol": f"{rng.randint(12, 380)}-{rng.randint(1, 45)}",
    }
