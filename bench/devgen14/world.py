"""Chimbarongo's world: the municipality (Provincia de Colchagua, Región del Libertador General
Bernardo O'Higgins, region code LI), the commune of the mimbre between the Tinguiririca and
the Embalse Convento Viejo, how it names itself, its units and their heads (the unit codes of
every development set), its people (the central valley's surnames), its towns and sectors
(Quinta, Tinguiririca, Peor es Nada, Convento Viejo, San Juan de la Sierra, Morza, Huemul),
streets, canals, schools, health posts and organisations. Names of people and of
organisations inside the commune are partly invented; who writes from outside is in
senders."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

COMMUNE = "Chimbarongo"
REGION_CODE = "LI"
MUNI = "Ilustre Municipalidad de Chimbarongo"
MUNI_NAMES = (
    "Ilustre Municipalidad de Chimbarongo",
    "I. MUNICIPALIDAD DE CHIMBARONGO",
    "Municipalidad de Chimbarongo",
    "ILUSTRE MUNICIPALIDAD DE CHIMBARONGO",
    "I. Municipalidad de Chimbarongo",
)
MUNI_ADDRESS = ("Santa Elena N° 325, Chimbarongo", "Calle Santa Elena 325, Chimbarongo")
MUNI_MAIL = ("partes@chimbarongo.cl", "www.chimbarongo.cl", "oficinadepartes@chimbarongo.cl")
MUNI_PHONE = ("(72) 2 711 200", "+56 72 271 1200", "72 2711 215")
REGION = (
    "Provincia de Colchagua",
    "Región del Libertador General Bernardo O'Higgins",
    "PROVINCIA DE COLCHAGUA - VI REGIÓN",
    "Capital Nacional del Mimbre",
)

GIVEN_F = ("María Angélica", "Verónica", "Carolina Andrea", "Gloria", "Paola", "Marcela",
           "Rosa Elvira", "Daniela", "Ximena", "Patricia", "Javiera", "Luisa", "Margarita",
           "Camila Fernanda")  # fmt: skip
GIVEN_M = ("José Luis", "Héctor", "Juan Pablo", "Sergio", "Mauricio", "Rodrigo Alejandro",
           "Luis Humberto", "Cristián", "Jorge", "Nelson", "Arturo", "Manuel Antonio",
           "Fernando", "Gonzalo")  # fmt: skip
SURNAMES = ("González", "Muñoz", "Valenzuela", "Sepúlveda", "Pavez", "Donoso", "Lizana",
            "Cornejo", "Abarca", "Maturana", "Ahumada", "Toro", "Marchant", "Órdenes",
            "Zamorano", "Acevedo", "Baeza", "Cáceres", "Moya", "Guajardo", "Polanco", "Silva",
            "Farías", "Catalán", "Reyes", "Galaz", "Jorquera", "Arce", "Osorio")  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the valley: given names and two surnames."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


SECTORS = ("Quinta", "Tinguiririca", "Peor es Nada", "Convento Viejo", "San Juan de la Sierra",
           "Morza", "Huemul", "Las Toscas", "Villa El Mimbre", "Población Santa Elisa",
           "Villa Cordillera", "Lo Moscoso", "El Carmen de Quinta")  # fmt: skip
STREETS = ("calle Santa Elena", "avenida Pedro Aguirre Cerda", "calle Manuel Rodríguez",
           "calle Arturo Prat", "calle Miraflores", "pasaje Los Mimbres", "calle Carlos Condell",
           "camino a Convento Viejo", "calle Estación", "pasaje Los Sauces")  # fmt: skip
CANALS = ("canal Quinta", "canal La Isla", "canal Huemul", "canal San Juan", "canal Población",
          "canal Lo Moscoso")  # fmt: skip
SCHOOLS = (
    "la Escuela Rural Convento Viejo",
    "el Liceo Chimbarongo",
    "la Escuela Básica Tinguiririca",
    "la Escuela Rural Peor es Nada",
    "la Escuela Quinta de Chimbarongo",
    "el Jardín Infantil Pequeños Mimbreros",
)
HEALTH = (
    "el CESFAM Chimbarongo",
    "la Posta de Salud Rural Quinta",
    "la Posta de Salud Rural Convento Viejo",
    "la Posta de Salud Rural San Juan de la Sierra",
    "el SAPU Chimbarongo",
)
PLACES = (
    "la plaza de armas de Chimbarongo",
    "la avenida del mimbre",
    "el balneario del Embalse Convento Viejo",
    "la cancha de Peor es Nada",
    "el parque municipal de Quinta",
    "la estación de ferrocarril",
)
ROADS = ("la Ruta 5 Sur", "la Ruta I-860", "el camino a Convento Viejo", "la Ruta I-850",
         "el camino a San Juan de la Sierra")  # fmt: skip
PACKINGS = ("la planta de packing de Quinta", "la central frutícola de Tinguiririca",
            "el frigorífico de Las Toscas", "el packing de cerezas de Huemul")  # fmt: skip

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Rodrigo Alejandro Marchant Pavez", False),
        ("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
         "Secretaria Municipal", "María Angélica Donoso Toro", True),
        ("administracion", "Administración Municipal", "Administración",
         "Administrador Municipal", "Sergio Abarca Guajardo", False),
        ("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
         "Héctor Maturana Silva", False),
        ("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
         "Directora de Desarrollo Comunitario", "Verónica Zamorano Lizana", True),
        ("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
         "Secretario Comunal de Planificación", "Juan Pablo Órdenes Farías", False),
        ("daf", "Dirección de Administración y Finanzas", "DAF",
         "Directora de Administración y Finanzas", "Gloria Acevedo Cáceres", True),
        ("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
         "Director de Tránsito", "Nelson Galaz Moya", False),
        ("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
         "Fernando Osorio Baeza", False),
        ("control", "Dirección de Control Interno", "Control", "Directora de Control",
         "Ximena Polanco Arce", True),
        ("juridica", "Asesoría Jurídica", "Jurídica", "Asesor Jurídico",
         "Gonzalo Catalán Reyes", False),
        ("salud", "Departamento de Salud Municipal", "DESAM", "Directora del DESAM",
         "Paola Jorquera Muñoz", True),
        ("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
         "Jefe DAEM", "Arturo Sepúlveda González", False),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief

ORGS = (
    "Junta de Vecinos Villa El Mimbre",
    "Junta de Vecinos N° 12 Convento Viejo",
    "Club Deportivo Unión Tinguiririca",
    "Club de Adulto Mayor Los Sauces de Quinta",
    "Centro de Padres Escuela Rural Peor es Nada",
    "Comité de Vivienda Nuevo Amanecer de Morza",
    "Agrupación de Mujeres Mimbreras de Quinta",
    "Junta de Vecinos Población Santa Elisa",
)


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[:1].upper()}{street[1:]} N° {rng.randint(10, 1490)}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "ruta": rng.choice(ROADS),
        "canal": rng.choice(CANALS),
        "packing": rng.choice(PACKINGS),
        "causa": str(rng.randint(110, 3900)),
        "school": rng.choice(SCHOOLS),
        "posta": rng.choice(HEALTH),
        "plaza": rng.choice(PLACES),
        "org": the(rng.choice(ORGS)),
        "n": str(rng.randint(3, 96)),
        "year": str(year),
        "rol": f"{rng.randint(100, 980)}-{rng.randint(1, 45)}",
    }


def the(org: str) -> str:
    """An organisation with its article: «la Junta de Vecinos …», «el Comité …»."""
    feminine = org.split()[0] in ("Junta", "Agrupación", "Asociación", "Cooperativa")
    return f"{'la' if feminine else 'el'} {org}"


def unit_the(code: str) -> str:
    """A unit with its article: «la Dirección de Obras …», «el Departamento de Salud …»."""
    full = UNITS[code].full
    return f"{'el' if full.startswith(('Departamento', 'Juzgado')) else 'la'} {full}"
