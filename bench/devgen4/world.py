"""Putre (Provincia de Parinacota, Región de Arica y Parinacota): the municipality that
receives this set's documents, its officials, places and people. Persons, streets and
organisations are invented; the localities are the commune's real place names on the
altiplano. A person and a unit are devgen2's (bench.devgen2.world), with the same unit codes
as every development generator, so that truths are comparable."""

from __future__ import annotations

import random

from bench.devgen2.world import Person as Person
from bench.devgen2.world import Unit
from bench.devgen2.world import company_rut as company_rut
from bench.devgen2.world import person_rut as person_rut

COMMUNE = "Putre"
MUNI_NAMES = (
    "Ilustre Municipalidad de Putre",
    "I. Municipalidad de Putre",
    "Municipalidad de Putre",
    "ILUSTRE MUNICIPALIDAD DE PUTRE",
    "I. MUNICIPALIDAD DE PUTRE",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_250_640
MUNI_ADDRESSES = ("Calle Cochrane N° 301, Putre", "Cochrane 301, Putre", "Baquedano N° 299, Putre")
MUNI_PHONES = ("(58) 2 594 800", "+56 58 259 4800", "58 2594801")
MUNI_MAIL = ("partes@muniputre.cl", "oficinadepartes@muniputre.cl")
MUNI_WEB = ("www.muniputre.cl", "muniputre.cl")
REGION_LINES = (
    "Región de Arica y Parinacota",
    "Provincia de Parinacota",
    "XV Región de Arica y Parinacota",
    "PUTRE - CHILE",
)

GIVEN_F = (
    "Gladys", "María Elena", "Juana", "Rosa Amelia", "Lidia", "Fabiola", "Marisol",
    "Yessenia", "Nelly", "Dominga", "Sofía", "Claudia Andrea", "Marcela", "Ruth",
    "Eliana", "Carmen Rosa", "Francisca", "Daniela", "Paulina", "Rosario", "Karen",
    "Bernardina", "Teodora", "Ximena",
)  # fmt: skip
GIVEN_M = (
    "Juan de Dios", "Eleuterio", "Teófilo", "Rubén", "Wilson", "Jaime", "Víctor",
    "Luis Alberto", "Efraín", "Cristian", "Hernán", "Gregorio", "Tomás", "Felipe",
    "Rolando", "Marcos", "Sergio Andrés", "Pascual", "Nicolás", "Germán", "Alfredo",
    "Santiago", "Bernabé", "Raúl",
)  # fmt: skip
SURNAMES = (
    "Mamani", "Condori", "Choque", "Huanca", "Flores", "Quispe", "Humire", "Cañipa",
    "Cutipa", "Apaza", "Mollo", "Blanco", "Calle", "Ticuna", "Yucra", "Challapa", "Tarque",
    "Zarzuri", "Copa", "Chambe", "Ayca", "Marca", "Colque", "Alave", "Gómez", "Vásquez",
    "Rojas", "Castro", "Muñoz", "Tapia", "Araya", "Vega", "Soto", "Morales", "Lagos",
    "Villanueva", "Carvajal", "Espinoza",
)  # fmt: skip
SECTORS = (
    "Socoroma", "Zapahuira", "Chapiquiña", "Belén", "Tignamar", "Saxamar", "Pachama",
    "Lupica", "Parinacota", "Chucuyo", "Caquena", "Guallatire", "Murmuntani", "Copaquilla",
    "Chungará", "Putre urbano",
)  # fmt: skip
STREETS = (
    "calle Baquedano", "calle Cochrane", "calle O'Higgins", "calle Arturo Prat",
    "calle José Miguel Carrera", "calle Latorre", "pasaje Los Queñuales", "pasaje Las Llaretas",
    "calle Teniente del Campo", "calle Riquelme", "calle Tacora", "avenida Granaderos",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos N° 1 de Putre", "Junta de Vecinos Villa Tacora",
    "Junta de Vecinos de Socoroma", "Junta de Vecinos de Belén",
    "Junta de Vecinos Altos de Putre", "Junta de Vecinos de Chapiquiña",
)  # fmt: skip
ORGS = (
    "Comunidad Indígena Aymara de Socoroma", "Comunidad Indígena de Parinacota",
    "Asociación Indígena de Ganaderos de Caquena", "Comité de Agua Potable Rural de Belén",
    "Club de Adulto Mayor Flor de Queñua", "Agrupación de Artesanas Aymaras de Putre",
    "Club Deportivo Tacora", "Centro de Padres y Apoderados del Liceo de Putre",
    "Agrupación de Turismo Rural Lauca", "Comité de Vivienda Nuevo Amanecer de Putre",
)  # fmt: skip
COMPANIES = (
    ("Constructora Altiplano Norte SpA", 76), ("Transportes Chungará Limitada", 77),
    ("Áridos y Caminos Parinacota S.A.", 96), ("Servicios Eléctricos Lauca Ltda.", 78),
    ("Hostal y Turismo Suriplaza E.I.R.L.", 77), ("Ingeniería Andina del Norte SpA", 76),
    ("Comercializadora de Forraje Tacora Ltda.", 79), ("Consultora Territorial Aymara SpA", 77),
)  # fmt: skip
SCHOOLS = (
    "Liceo Bicentenario de Putre", "Escuela Básica de Socoroma", "Escuela Rural de Belén",
    "Escuela Rural de Caquena", "Escuela Básica de Putre", "Jardín Infantil Pequeños Aymaras",
)  # fmt: skip
HEALTH = (
    "CESFAM Putre", "Posta de Salud Rural Socoroma", "Posta de Salud Rural Belén",
    "Posta de Salud Rural Chucuyo", "Estación Médico Rural Tignamar",
)  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


# The unit codes (and so the truth's vocabulary) are devgen's and devgen2's.
UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Gabinete", "Alcalde",
             Person("Rodolfo Ernesto Humire Cutipa", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Gladys Maritza Choque Yucra", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administrador Municipal", Person("Franco Andrés Zarzuri Vega", False)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Directora de Obras Municipales",
             Person("Paola Andrea Cañipa Rivera", True)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Director de Desarrollo Comunitario", Person("Jaime Rolando Mamani Apaza", False)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretario Comunal de Planificación", Person("Cristóbal Ignacio Araya Mollo", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Directora de Administración y Finanzas",
             Person("Nelly del Carmen Flores Ticuna", True)),
        Unit("transito", "Departamento de Tránsito y Transporte Público", "Tránsito",
             "Jefe del Departamento de Tránsito", Person("Wilfredo Antonio Calle Huanca", False)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
             Person("Mauricio Esteban Vargas Tapia", False)),
        Unit("control", "Unidad de Control Interno", "Control", "Jefa de Control Interno",
             Person("Carla Beatriz Challapa Soto", True)),
        Unit("juridica", "Asesoría Jurídica", "Jurídico", "Asesor Jurídico",
             Person("Ignacio Alberto Lagos Marca", False)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM",
             "Director del Departamento de Salud", Person("Roberto Carlos Ayca Quispe", False)),
        Unit("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
             "Jefa DAEM", Person("Elena Rosa Colque Mamani", True)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
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
        (f"+56 9 {mobile}", f"9 {mobile}", f"(58) 2 {rng.randint(200, 599)} {mobile[:3]}")
    )


def email(rng: random.Random, who: Person) -> str:
    words = who.name.lower().split()
    base = rng.choice((f"{words[0]}.{words[-2]}", f"{words[0][0]}{words[-2]}{rng.randint(1, 99)}"))
    plain = base.translate(str.maketrans("áéíóúñü", "aeiounu"))
    return f"{plain}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.cl', 'yahoo.es'))}"


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, locality)."""
    street = rng.choice(STREETS)
    return f"{street[0].upper()}{street[1:]} {rng.randint(12, 880)}", rng.choice(SECTORS)


def with_article(name: str, prep: str) -> str:
    """«la Escuela …», «del Club …», «de la Comunidad …», «al Comité …» (prep "", de, a)."""
    feminine = name.split()[0] in ("Comunidad", "Asociación", "Agrupación", "Junta", "Escuela")
    article = "la" if feminine else "el"
    if not prep:
        return f"{article} {name}"
    return f"{prep} {article} {name}" if feminine else f"{prep}l {name}"


OBRAS = (
    "la construcción de la sede social de {sector}", "el mejoramiento de la plaza de Putre",
    "la reposición de veredas de calle Baquedano", "la habilitación del mirador de Copaquilla",
    "la construcción del galpón comunitario de {sector}", "el mejoramiento de la cancha de Putre",
    "la restauración del muro de la iglesia de {sector}",
)  # fmt: skip


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
        "en_escuela": "en " + with_article(school, ""),
        "posta": rng.choice(HEALTH[1:]),
        "empresa": company,
        "persona": person(rng).name,
        "familia": " ".join(person(rng).name.split()[-2:]),
        "n": str(rng.randint(3, 260)),
        "rol": f"{rng.randint(10, 240)}-{rng.randint(1, 40)}",
        "year": str(year),
        "ppu": "".join(rng.choice(letters) for _ in range(4)) + f"-{rng.randint(10, 99)}",
        "licit": f"{rng.randint(2401, 4900)}-{rng.randint(5, 90)}-LE{year % 100}",
        "oc": f"{rng.randint(2401, 4900)}-{rng.randint(100, 999)}-SE{year % 100}",
        "clase": rng.choice(("B", "A2", "A4", "C", "D")),
        "causa": f"{rng.randint(40, 2400)}-{year - rng.choice((0, 1))}",
        "programa": rng.choice(
            ("Vínculos", "Mujeres Jefas de Hogar", "Senda Previene", "Desarrollo Local Indígena")
        ),
        "obra": rng.choice(OBRAS).replace("{sector}", rng.choice(SECTORS[:-1])),
        "giro": rng.choice(
            ("almacén de abarrotes", "restaurante", "hostal", "residencial", "venta de artesanía")
        ),
    }
