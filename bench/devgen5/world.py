"""Lonquimay (Provincia de Malleco, Región de La Araucanía): the municipality that receives
and writes this set's documents, its officials, places and people. Persons, streets,
organisations and companies are invented; the localities are the commune's real place
names in the upper Biobío valley. A person and a unit are devgen2's, with the same unit
codes as every development generator, so that truths are comparable."""

from __future__ import annotations

import random

from bench.devgen2.world import Person as Person
from bench.devgen2.world import Unit
from bench.devgen2.world import company_rut as company_rut
from bench.devgen2.world import person_rut as person_rut

COMMUNE = "Lonquimay"
REGION_CODE = "AR"
MUNI_NAMES = (
    "Ilustre Municipalidad de Lonquimay",
    "I. Municipalidad de Lonquimay",
    "Municipalidad de Lonquimay",
    "ILUSTRE MUNICIPALIDAD DE LONQUIMAY",
    "I. MUNICIPALIDAD DE LONQUIMAY",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_180_500
MUNI_ADDRESSES = (
    "Avenida O'Higgins N° 1020, Lonquimay",
    "O'Higgins 1020, Lonquimay",
    "Carrera Pinto N° 415, Lonquimay",
)
MUNI_PHONES = ("(45) 2 891 100", "+56 45 289 1100", "45 2891112")
MUNI_WEB = ("www.munilonquimay.cl", "munilonquimay.cl", "partes@munilonquimay.cl")
REGION_LINES = (
    "Región de La Araucanía",
    "Provincia de Malleco",
    "IX Región de La Araucanía",
    "LONQUIMAY - CHILE",
)

GIVEN_F = (
    "Rosa Ester", "Margarita", "Elba", "Juana", "Nancy", "Yasna", "Carolina", "Doris",
    "Berta", "Marisol", "Lorena", "Ximena Andrea", "Fresia", "Ruth", "Paola", "Valeria",
    "Ana Luisa", "Claudia", "Karina", "Pamela", "Irma", "Leticia",
)  # fmt: skip
GIVEN_M = (
    "José Luis", "Segundo", "Armando", "Héctor", "Luis Alberto", "Juan Carlos", "Osvaldo",
    "Patricio", "Fermín", "Eliseo", "Mauricio", "Rodrigo", "Ramón", "Cristian", "Nelson",
    "Bernardo", "Hugo", "Manuel", "Sebastián", "Pedro Antonio", "Ricardo", "Alejandro",
)  # fmt: skip
SURNAMES = (
    "Meliñir", "Paine", "Calfuqueo", "Ñanco", "Huenchucona", "Cayul", "Marihuan",
    "Lemunao", "Huaiquillán", "Levio", "Queupil", "Manquel", "Pichún", "Caniulef", "Catrileo",
    "Sandoval", "Jara", "Fuentes", "Riffo", "Sepúlveda", "Mellado", "Vallejos", "Carrasco",
    "Cid", "Garrido", "Parra", "Neira", "Beltrán", "Salazar", "Vergara", "Ortiz", "Burgos",
    "Painemal", "Currihual", "Hermosilla", "Llanquinao",
)  # fmt: skip
SECTORS = (
    "Malalcahuello", "Sierra Nevada", "Liucura", "Icalma", "Troyo", "Pedregoso", "Cruzaco",
    "Pehuenco", "Quinquén", "Mitrauquén", "Lolco", "Ránquil", "Galletué", "Naranjo",
    "Contraco", "Lonquimay urbano",
)  # fmt: skip
STREETS = (
    "calle Carrera Pinto", "avenida O'Higgins", "calle Caupolicán", "calle Bernardo Philippi",
    "calle Pinto", "pasaje Los Pehuenes", "calle Lautaro", "calle Freire",
    "pasaje Las Araucarias", "calle Ignacio Carrera Pinto", "calle Bulnes", "calle Portales",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos Villa Los Volcanes", "Junta de Vecinos de Malalcahuello",
    "Junta de Vecinos de Sierra Nevada", "Junta de Vecinos Población Pehuenche",
    "Junta de Vecinos de Icalma", "Junta de Vecinos Villa Araucaria",
)  # fmt: skip
ORGS = (
    "Comunidad Indígena Pehuenche de Quinquén", "Comunidad Indígena Mitrauquén Alto",
    "Comunidad Indígena Pedregoso", "Comité de Agua Potable Rural de Liucura",
    "Club de Adulto Mayor Rayén Pehuén", "Agrupación de Recolectoras de Piñón de Icalma",
    "Club Deportivo Unión Lonquimay", "Asociación de Crianceros Veranadas del Alto Biobío",
    "Centro de Padres y Apoderados de la Escuela de Troyo",
    "Cámara de Turismo de Malalcahuello",
)  # fmt: skip
COMPANIES = (
    ("Constructora Cordillera Malleco SpA", 76), ("Transportes Pino Hachado Limitada", 77),
    ("Áridos y Caminos Alto Biobío S.A.", 96), ("Leñas y Maderas Lonquimay Ltda.", 78),
    ("Servicios Sanitarios Araucanía SpA", 76), ("Comercial Nevados de Lonquimay E.I.R.L.", 77),
    ("Maquinarias y Despeje de Nieve Sur Ltda.", 79), ("Consultora Territorial Wallmapu SpA", 77),
)  # fmt: skip
SCHOOLS = (
    "Liceo Bicentenario Padre Óscar Moser", "Escuela Básica de Troyo",
    "Escuela Rural de Icalma", "Escuela Rural de Liucura", "Escuela Básica de Lonquimay",
    "Jardín Infantil Pewenche Ñuke",
)  # fmt: skip
HEALTH = (
    "CESFAM Lonquimay", "Posta de Salud Rural Icalma", "Posta de Salud Rural Troyo",
    "Posta de Salud Rural Liucura", "Posta de Salud Rural Sierra Nevada",
)  # fmt: skip
OBRAS = (
    "la construcción de la sede social de {sector}", "el mejoramiento de la plaza de Lonquimay",
    "la reposición del gimnasio municipal", "la construcción de refugios peatonales en {sector}",
    "el mejoramiento del camino vecinal de {sector}", "la ampliación del cementerio municipal",
    "la construcción de un galpón para maquinaria de despeje de nieve",
)  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


# The unit codes (and so the truth's vocabulary) are devgen's, devgen2's and devgen4's.
UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Gabinete", "Alcalde",
             Person("Ricardo Alfonso Sandoval Paine", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Elba Rosa Vallejos Lemunao", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administrador Municipal", Person("Patricio Andrés Mellado Cid", False)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
             Person("Rodrigo Esteban Fuentes Catrileo", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Directora de Desarrollo Comunitario", Person("Yasna Carolina Meliñir Jara", True)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretario Comunal de Planificación", Person("Sebastián Ignacio Riffo Parra", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Directora de Administración y Finanzas", Person("Nancy Ivonne Garrido Cayul", True)),
        Unit("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
             "Director de Tránsito", Person("Osvaldo Enrique Neira Huaiquillán", False)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Jueza de Policía Local",
             Person("Paola Francisca Hermosilla Burgos", True)),
        Unit("control", "Dirección de Control Interno", "Control", "Director de Control",
             Person("Hugo Armando Beltrán Queupil", False)),
        Unit("juridica", "Asesoría Jurídica", "Jurídica", "Asesora Jurídica",
             Person("Claudia Andrea Salazar Ortiz", True)),
        Unit("salud", "Departamento de Salud Municipal", "Depto. de Salud",
             "Director del Departamento de Salud", Person("Mauricio Javier Carrasco Ñanco", False)),
        Unit("educacion", "Departamento de Educación Municipal", "DAEM",
             "Jefa DAEM", Person("Ruth Angélica Vergara Levio", True)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
# Offices that write memos but own no matter of their own in the truth's vocabulary.
OTHER_OFFICES = (
    ("Dirección de Medio Ambiente, Aseo y Ornato", "Director de Medio Ambiente, Aseo y Ornato"),
    ("CESFAM Lonquimay", "Directora CESFAM Lonquimay"),
    ("Oficina Municipal de Emergencia", "Encargado Comunal de Emergencia"),
)
MASCULINE = ("Departamento", "Juzgado")


def the(code: str) -> str:
    """«la Dirección de Obras Municipales», «el Departamento de Salud Municipal»."""
    full = UNITS[code].full
    return ("el " if full.startswith(MASCULINE) else "la ") + full


def mayor(rng: random.Random) -> tuple[Person, str]:
    """The mayor, or now and then whoever stands in (subrogante), with the post as signed."""
    if rng.random() < 0.12:
        who = person(rng)
        return who, ("Alcaldesa (S)" if who.female else "Alcalde (S)")
    return UNITS["alcaldia"].chief, "Alcalde"


def phone(rng: random.Random) -> str:
    mobile = f"{rng.randint(5000, 9999)} {rng.randint(1000, 9999)}"
    return rng.choice(
        (f"+56 9 {mobile}", f"9 {mobile}", f"(45) 2 {rng.randint(880, 899)} {mobile[:3]}")
    )


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, locality)."""
    street = rng.choice(STREETS)
    return f"{street[0].upper()}{street[1:]} {rng.randint(12, 980)}", rng.choice(SECTORS)


def with_article(name: str, prep: str) -> str:
    """«la Comunidad …», «del Club …», «de la Junta …», «al Comité …» (prep "", de, a)."""
    feminine = name.split()[0] in (
        "Comunidad", "Asociación", "Agrupación", "Junta", "Escuela", "Cámara", "Corporación",
        "Delegación", "Secretaría", "Dirección", "Superintendencia", "Contraloría",
    )  # fmt: skip
    article = "la" if feminine else "el"
    if not prep:
        return f"{article} {name}"
    return f"{prep} {article} {name}" if feminine else f"{prep}l {name}"


def fill_values(rng: random.Random, year: int) -> dict[str, str]:
    """What the placeholders of a matter stand for in one document."""
    school, org = rng.choice(SCHOOLS), rng.choice(ORGS)
    street, _sector = address(rng)
    company, _prefix = rng.choice(COMPANIES)
    letters = "BCDFGHJKLPRSTVWXYZ"
    return {
        "sector": rng.choice(SECTORS[:-1]),
        "calle": street,
        "org": org,
        "de_org": with_article(org, "de"),
        "al_org": with_article(org, "a"),
        "jjvv": rng.choice(JJVV),
        "la_escuela": with_article(school, ""),
        "de_escuela": with_article(school, "de"),
        "posta": rng.choice(HEALTH[1:]),
        "empresa": company,
        "familia": " ".join(person(rng).name.split()[-2:]),
        "n": str(rng.randint(3, 260)),
        "rol": f"{rng.randint(10, 240)}-{rng.randint(1, 40)}",
        "year": str(year),
        "ppu": "".join(rng.choice(letters) for _ in range(4)) + f"-{rng.randint(10, 99)}",
        "licit": f"{rng.randint(3801, 4900)}-{rng.randint(5, 90)}-LE{year % 100}",
        "causa": f"{rng.randint(40, 2400)}-{year - rng.choice((0, 1))}",
        "obra": rng.choice(OBRAS).replace("{sector}", rng.choice(SECTORS[:-1])),
        "giro": rng.choice(("almacén de abarrotes", "cabañas", "restaurante", "venta de leña")),
    }
