"""San Pedro de la Paz (Provincia de Concepción, Región del Biobío): the urban, mid-sized
municipality across the Biobío river from Concepción that receives and writes this set's
documents. Persons, firms, streets and organisations are invented; the sectors are the
commune's real neighbourhoods (Candelaria, Boca Sur, Michaihue, San Pedro de la Costa, the
lagoons). A person and a unit are devgen2's, with the same unit codes as every development
generator, so that truths are comparable."""

from __future__ import annotations

import random

from bench.devgen2.world import Person as Person
from bench.devgen2.world import Unit
from bench.devgen2.world import company_rut as company_rut
from bench.devgen2.world import person_rut as person_rut

COMMUNE = "San Pedro de la Paz"
REGION_CODE = "BI"
MUNI_NAMES = (
    "Municipalidad de San Pedro de la Paz",
    "Ilustre Municipalidad de San Pedro de la Paz",
    "MUNICIPALIDAD DE SAN PEDRO DE LA PAZ",
    "I. Municipalidad de San Pedro de la Paz",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_264_700
MUNI_ADDRESSES = (
    "Los Acacios N° 43, San Pedro de la Paz",
    "Los Acacios 43, Villa San Pedro",
    "Avenida Pedro Aguirre Cerda N° 1055, San Pedro de la Paz",
)
MUNI_PHONES = ("(41) 2 505 100", "+56 41 250 5100", "41 2505 122")
MUNI_WEB = ("www.sanpedrodelapaz.cl", "oficinadepartes@sanpedrodelapaz.cl", "sanpedrodelapaz.cl")
REGION_LINES = (
    "Región del Biobío",
    "VIII Región del Biobío",
    "Provincia de Concepción - Región del Biobío",
    "SAN PEDRO DE LA PAZ - CHILE",
)

GIVEN_F = (
    "Francisca Javiera", "Constanza", "María Teresa", "Daniela", "Lissette", "Gabriela",
    "Patricia Alejandra", "Verónica", "Camila", "Jacqueline", "Soledad", "Andrea Paz",
    "Marcela", "Natalia", "Romina", "Catalina", "Sandra", "Evelyn", "Maritza", "Javiera",
)  # fmt: skip
GIVEN_M = (
    "Felipe Andrés", "Gonzalo", "Marcelo", "Jorge Eduardo", "Víctor Hugo", "Claudio",
    "Francisco Javier", "Álvaro", "Esteban", "Iván", "Mario Alberto", "Matías", "Raúl",
    "Leonardo", "Fabián", "Ignacio", "Waldo", "Cristóbal", "Hernán", "Boris",
)  # fmt: skip
SURNAMES = (
    "Arriagada", "Saavedra", "Henríquez", "Sanhueza", "Monsalve", "Quezada", "Figueroa",
    "Bustos", "Cifuentes", "Toledo", "Ulloa", "Venegas", "Alarcón", "Muñoz", "Rivas", "Jeldes",
    "Concha", "Pincheira", "Inostroza", "Valenzuela", "Lagos", "Mardones", "Fierro", "Ortega",
    "Zapata", "Aedo", "Contreras", "Chandía", "Godoy", "Opazo", "Yáñez", "Villegas",
)  # fmt: skip
SECTORS = (
    "Candelaria", "Boca Sur", "Michaihue", "San Pedro de la Costa", "Villa San Pedro",
    "Huertos Familiares", "Lomas Coloradas", "Andalué", "Los Bosques de San Pedro",
    "Laguna Grande", "Laguna Chica", "San Pedro Viejo", "Idahue", "Los Canelos",
)  # fmt: skip
STREETS = (
    "avenida Pedro Aguirre Cerda", "avenida Michimalonco", "calle Los Acacios",
    "avenida Costanera", "calle Las Araucarias", "pasaje Los Tordos", "calle Los Notros",
    "avenida Portal de San Pedro", "calle Ramón Carrasco", "pasaje Cinco Oriente",
    "calle Los Cóndores", "avenida Laguna Grande", "calle El Roble", "pasaje Lago Ranco",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos Boca Sur Viejo", "Junta de Vecinos Villa Candelaria Norte",
    "Junta de Vecinos Michaihue Sector 4", "Junta de Vecinos Lomas Coloradas Alto",
    "Junta de Vecinos Los Canelos", "Junta de Vecinos Huertos Familiares Oriente",
)  # fmt: skip
ORGS = (
    "Agrupación Ambiental Humedal Los Batros", "Club Deportivo Boca Sur Unido",
    "Centro Cultural Costa San Pedro", "Comité de Adelanto Laguna Chica",
    "Agrupación de Feriantes de Michaihue", "Club de Adulto Mayor Años Dorados de Candelaria",
    "Asociación de Ciclistas Urbanos del Biobío", "Cooperativa de Vivienda Nueva Andalué",
)  # fmt: skip
SCHOOLS = (
    "Liceo Pedro del Río Zañartu", "Escuela Básica Michaihue", "Colegio Municipal Candelaria",
    "Escuela Boca Sur", "Liceo Bicentenario San Pedro de la Paz", "Escuela Laguna Grande",
    "Sala Cuna y Jardín Infantil Pequeños Navegantes",
)  # fmt: skip
HEALTH = (
    "CESFAM Candelaria", "CESFAM Boca Sur", "CESFAM San Pedro", "CECOSF Michaihue",
    "SAPU Boca Sur",
)  # fmt: skip
WORKS = (
    "la pavimentación de pasaje Lago Ranco", "la construcción de la ciclovía de avenida Costanera",
    "la reposición de veredas en {sector}", "el mejoramiento del Parque Laguna Grande",
    "la construcción de colectores de aguas lluvias en {sector}",
    "la recuperación del borde del humedal Los Batros", "la construcción de la sede social de "
    "{sector}", "el recambio de luminarias LED en {sector}",
)  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Alcaldía", "Alcalde",
             Person("Gonzalo Esteban Arriagada Toledo", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Maritza Soledad Chandía Ulloa", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administradora Municipal", Person("Constanza Andrea Fierro Opazo", True)),
        Unit("dom", "Dirección de Obras Municipales", "D.O.M.", "Director de Obras Municipales",
             Person("Jorge Eduardo Sanhueza Pincheira", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Director de Desarrollo Comunitario", Person("Waldo Iván Concha Mardones", False)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretaria Comunal de Planificación", Person("Daniela Paz Henríquez Lagos", True)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Director de Administración y Finanzas", Person("Claudio Raúl Venegas Aedo", False)),
        Unit("transito", "Dirección de Tránsito y Transporte Público", "DTTP",
             "Directora de Tránsito", Person("Lissette Andrea Quezada Monsalve", True)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
             Person("Hernán Alfredo Cifuentes Yáñez", False)),
        Unit("control", "Dirección de Control", "Control", "Directora de Control",
             Person("Verónica Isabel Saavedra Godoy", True)),
        Unit("juridica", "Dirección de Asesoría Jurídica", "Jurídica", "Director Jurídico",
             Person("Matías Ignacio Figueroa Jeldes", False)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM", "Directora DESAM",
             Person("Gabriela Antonia Alarcón Bustos", True)),
        Unit("educacion", "Departamento de Educación Municipal", "DAEM", "Director DAEM",
             Person("Fabián Alejandro Rivas Zapata", False)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
MASCULINE = ("Departamento", "Juzgado")


def the(code: str) -> str:
    """«la Dirección de Obras Municipales», «el Departamento de Salud Municipal»."""
    full = UNITS[code].full
    return ("el " if full.startswith(MASCULINE) else "la ") + full


def mayor(rng: random.Random) -> tuple[Person, str]:
    """The mayor, or now and then whoever stands in, with the post as signed."""
    if rng.random() < 0.12:
        who = person(rng)
        return who, ("Alcaldesa (S)" if who.female else "Alcalde (S)")
    return UNITS["alcaldia"].chief, "Alcalde"


def phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+56 9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}",
            f"(41) 2 {rng.randint(200, 999)} {rng.randint(100, 999)}",
            f"41-2{rng.randint(100000, 999999)}",
        )
    )


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, sector)."""
    street = rng.choice(STREETS)
    return f"{street[0].upper()}{street[1:]} {rng.randint(10, 2400)}", rng.choice(SECTORS)


def fill_values(rng: random.Random, year: int) -> dict[str, str]:
    """What the placeholders of a matter stand for in one document."""
    street, sector = address(rng)
    letters = "BCDFGHJKLPRSTVWXYZ"
    return {
        "sector": sector,
        "calle": street,
        "org": rng.choice(ORGS),
        "jjvv": rng.choice(JJVV),
        "escuela": rng.choice(SCHOOLS),
        "cesfam": rng.choice(HEALTH),
        "obra": rng.choice(WORKS).replace("{sector}", rng.choice(SECTORS)),
        "persona": person(rng).name,
        "n": str(rng.randint(3, 480)),
        "ord": f"{rng.randint(1000, 4800):,}".replace(",", "."),
        "rol": f"{rng.randint(100, 9800)}-{rng.randint(1, 60)}",
        "year": str(year),
        "prev": str(year - 1),
        "ppu": "".join(rng.choice(letters) for _ in range(4)) + f"-{rng.randint(10, 99)}",
        "licit": f"{rng.randint(2400, 2499)}-{rng.randint(10, 160)}-LP{year % 100}",
        "causa": f"C-{rng.randint(120, 3900)}-{year - rng.choice((0, 1))}",
        "monto": f"$ {rng.randint(2_000, 480_000) * 1000:,}".replace(",", "."),
        "giro": rng.choice(("botillería", "minimercado", "restaurante", "taller mecánico")),
    }
