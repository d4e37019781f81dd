"""Río Bueno's world: the municipality and how it names itself, its units and their heads,
its sectors, streets and organisations, and people's names of the southern valley."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen2.world import Person

COMMUNE = "Río Bueno"
REGION_CODE = "LR"
MUNI_NAMES = (
    "Ilustre Municipalidad de Río Bueno",
    "I. Municipalidad de Río Bueno",
    "MUNICIPALIDAD DE RÍO BUENO",
    "Municipalidad de Río Bueno",
)
MUNI = MUNI_NAMES[0]
MUNI_ADDRESS = ("Comercio 603, Río Bueno", "Calle Comercio N° 603", "Comercio 603 - Río Bueno")
MUNI_PHONE = ("(64) 2 341 500", "64 234 1500", "+56 64 234 1520")
MUNI_MAIL = ("partes@muniriobueno.cl", "www.muniriobueno.cl", "oficinadepartes@muniriobueno.cl")
PROVINCE = ("Provincia del Ranco", "Región de Los Ríos", "Provincia del Ranco - Región de Los Ríos")

GIVEN_F = ("Marisol", "Ingrid", "Claudia Andrea", "Pamela", "Daniela Paz", "Nélida", "Erika",
           "Carolina", "Jessica Marlene", "Sandra", "Valeska", "Rosa Ester")  # fmt: skip
GIVEN_M = ("Heriberto", "Cristián", "Luis Alberto", "Patricio", "Manuel Jesús", "Óscar",
           "Rodrigo", "Ricardo Andrés", "Waldo", "Francisco", "Nelson", "José Miguel")  # fmt: skip
SURNAMES = ("Huenchullán", "Schwerter", "Catalán", "Alarcón", "Mansilla", "Oyarzún", "Paillalef",
            "Vásquez", "Kunstmann", "Barrientos", "Cárcamo", "Ojeda", "Uribe", "Epul",
            "Navarro", "Santibáñez", "Hott", "Quilaqueo", "Ruiz", "Leiva")  # fmt: skip
SECTORS = ("Crucero", "Vivanco", "Cayurruca", "Mantilhue", "Pilmaiquén", "Trapi", "Putrihue",
           "Carimallín", "Chirre", "Contra", "Los Chilcos", "Quimán", "Población Lynch",
           "Villa Los Alerces")  # fmt: skip
STREETS = ("calle Comercio", "calle Pedro Lagos", "calle Patricio Lynch", "avenida Ejército",
           "calle Esmeralda", "pasaje Los Notros", "calle Balmaceda", "camino a Crucero",
           "camino Río Bueno - Lago Ranco", "calle Independencia")  # fmt: skip
JJVV = ("Junta de Vecinos Villa Los Alerces", "Junta de Vecinos N° 14 Cayurruca",
        "Junta de Vecinos Mantilhue Alto", "Junta de Vecinos Población Lynch")  # fmt: skip
ORGS = ("Comité de Agua Potable Rural Trapi", "Club Deportivo Estrella del Sur",
        "Agrupación de Adultos Mayores Renacer", "Comunidad Indígena Juan Quilaqueo",
        "Cooperativa Lechera Pilmaiquén", "Comité de Vivienda Nuevo Amanecer")  # fmt: skip
SCHOOLS = ("la Escuela Rural Vivanco", "el Liceo Técnico Río Bueno", "la Escuela Crucero")
POSTAS = ("la Posta de Salud Rural Mantilhue", "el CESFAM Río Bueno", "la Posta Rural Trapi")
WORKS = ("la reposición del puente Cayurruca", "el mejoramiento del Estadio Municipal",
         "la construcción de la sede social Los Alerces", "la pavimentación de calle Esmeralda",
         "el cierre del vertedero municipal")  # fmt: skip


@dataclass(frozen=True)
class Unit:
    code: str
    full: str
    short: str
    post: str
    chief: Person


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Alcaldía", "Alcalde",
             Person("Luis Eduardo Reyes Mansilla", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Gloria Angélica Ojeda Hott", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administrador Municipal", Person("Mauricio Javier Leiva Catalán", False)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras",
             Person("Jaime Esteban Kunstmann Uribe", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO", "Directora DIDECO",
             Person("Paola Andrea Epul Navarro", True)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN", "Secretario Comunal de "
             "Planificación", Person("Felipe Ignacio Barrientos Ruiz", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF", "Director de Finanzas",
             Person("Hernán Alfonso Cárcamo Vásquez", False)),
        Unit("transito", "Dirección de Tránsito", "Tránsito", "Directora de Tránsito",
             Person("Lorena Beatriz Oyarzún Alarcón", True)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
             Person("Carlos Rodrigo Schwerter Leiva", False)),
        Unit("control", "Dirección de Control", "Control", "Directora de Control",
             Person("Verónica Isabel Santibáñez Ojeda", True)),
        Unit("juridica", "Asesoría Jurídica", "Jurídica", "Asesor Jurídico",
             Person("Tomás Alejandro Uribe Paillalef", False)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM", "Directora del DESAM",
             Person("Fabiola Ivonne Mansilla Hott", True)),
        Unit("educacion", "Departamento de Educación Municipal", "DAEM", "Jefe DAEM",
             Person("Ricardo Antonio Navarro Epul", False)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


def with_article(name: str) -> str:
    """«la Junta de Vecinos …», «el Club Deportivo …»."""
    feminine = name.split()[0] in ("Junta", "Agrupación", "Comunidad", "Cooperativa")
    return f"{'la' if feminine else 'el'} {name}"


def the(code: str) -> str:
    """«la Dirección de Obras Municipales», «el Juzgado de Policía Local»."""
    full = UNITS[code].full
    return ("el " if full.startswith(("Departamento", "Juzgado")) else "la ") + full


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, sector)."""
    street = rng.choice(STREETS)
    num = "s/n" if street.startswith("camino") else str(rng.randint(12, 1480))
    return f"{street[0].upper()}{street[1:]} {num}", rng.choice(SECTORS)


def phone(rng: random.Random) -> str:
    return f"+56 9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}"


def email(rng: random.Random, who: Person) -> str:
    words = who.name.lower().split()
    plain = f"{words[0]}.{words[-2]}".translate(str.maketrans("áéíóúñü", "aeiounu"))
    return f"{plain}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.es'))}"


def fill_values(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    street, sector = address(rng)
    return {
        "sector": sector,
        "calle": street,
        "jjvv": rng.choice(JJVV),
        "org": with_article(rng.choice(ORGS)),
        "school": rng.choice(SCHOOLS),
        "posta": rng.choice(POSTAS),
        "obra": rng.choice(WORKS),
        "rol": f"{rng.randint(100, 980)}-{rng.randint(1, 60)}",
        "n": str(rng.randint(2, 95)),
        "year": str(year),
        "persona": person(rng).name,
        "licit": f"{rng.randint(2300, 2999)}-{rng.randint(10, 99)}-LE{str(year)[2:]}",
    }
