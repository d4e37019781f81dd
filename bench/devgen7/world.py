"""Vicuña (Provincia de Elqui, Región de Coquimbo): the valley municipality of pisco, table
grapes, clear skies and observatories that receives and writes this set's documents.
Persons, firms, streets and organisations are invented; the localities are the commune's real
place names along the Elqui and Turbio rivers (Peralillo, El Tambo, Diaguitas, Rivadavia,
Talcuna, Marquesa, Gualliguaica, Chapilca…). A person and a unit are devgen2's, with the same
unit codes as every development generator, so that truths are comparable."""

from __future__ import annotations

import random

from bench.devgen2.world import Person as Person
from bench.devgen2.world import Unit
from bench.devgen2.world import company_rut as company_rut
from bench.devgen2.world import person_rut as person_rut

COMMUNE = "Vicuña"
REGION_CODE = "CO"
MUNI_NAMES = (
    "Ilustre Municipalidad de Vicuña",
    "I. Municipalidad de Vicuña",
    "Municipalidad de Vicuña",
    "ILUSTRE MUNICIPALIDAD DE VICUÑA",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_040_700
MUNI_ADDRESSES = (
    "Calle Mistral N° 260, Vicuña",
    "Gabriela Mistral 260, Vicuña",
    "San Martín N° 275, Vicuña",
)
MUNI_PHONES = ("(51) 2 209 100", "+56 51 220 9100", "51 2209 134")
MUNI_WEB = ("www.munivicuna.cl", "partes@munivicuna.cl", "oficinadepartes@munivicuna.cl")
REGION_LINES = (
    "Región de Coquimbo",
    "IV Región de Coquimbo",
    "Provincia de Elqui - Región de Coquimbo",
    "VALLE DE ELQUI - CHILE",
)

GIVEN_F = (
    "María Angélica", "Carolina", "Rosa Elena", "Yasna", "Marcela", "Paola Andrea", "Ivonne",
    "Lorena", "Fabiola", "Claudia", "Gloria", "Karen", "Solange", "Valentina", "Ximena",
    "Nicole", "Elizabeth", "Mónica", "Francisca", "Priscila",
)  # fmt: skip
GIVEN_M = (
    "Rodrigo", "Luis Alberto", "Juan Carlos", "Patricio", "Mauricio", "Sergio Andrés",
    "Nelson", "Cristián", "Marco Antonio", "Héctor", "José Luis", "Pablo", "Eduardo",
    "Roberto", "Manuel", "Óscar", "Samuel", "Daniel", "Tomás", "Germán",
)  # fmt: skip
SURNAMES = (
    "Rojas", "Araya", "Cortés", "Alcayaga", "Ossandón", "Munizaga", "Pastén", "Galleguillos",
    "Castillo", "Olivares", "Alfaro", "Carvajal", "Tapia", "Cuello", "Varela", "Honores",
    "Ahumada", "Zepeda", "Santander", "Barraza", "Hidalgo", "Aguirre", "Vega", "Rivera",
    "Flores", "Gallardo", "Cerda", "Molina", "Plaza", "Guerrero", "Villalobos", "Díaz",
)  # fmt: skip
SECTORS = (
    "Peralillo", "El Tambo", "Diaguitas", "Rivadavia", "El Molle", "Talcuna", "Marquesa",
    "Gualliguaica", "Andacollito", "San Isidro", "Calingasta", "Chapilca", "Huancara",
    "Villa El Arrayán", "Población Los Pimientos", "Vicuña centro",
)  # fmt: skip
STREETS = (
    "calle Gabriela Mistral", "calle San Martín", "calle Arturo Prat", "calle Chacabuco",
    "calle Baquedano", "calle Independencia", "calle Riquelme", "avenida Las Delicias",
    "calle Yungay", "calle Sargento Aldea", "pasaje Los Pimientos", "camino a Peralillo",
    "Ruta 41-CH", "camino Diaguitas - El Tambo", "calle Infante", "pasaje Las Vertientes",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos N° 3 Villa El Arrayán", "Junta de Vecinos de Diaguitas",
    "Junta de Vecinos Peralillo Alto", "Junta de Vecinos N° 14 San Isidro",
    "Junta de Vecinos Los Pimientos", "Junta de Vecinos de Calingasta",
)  # fmt: skip
ORGS = (
    "Comité de Agua Potable Rural de El Tambo", "Agrupación de Guías de Astroturismo del Elqui",
    "Asociación de Crianceros de Rivadavia", "Club de Adulto Mayor Estrellas del Valle",
    "Club Deportivo Juventud Diaguitas", "Agrupación Cultural Gabriela Mistral de Vicuña",
    "Comunidad de Aguas Canal Peralillo", "Agrupación de Tejedoras de Chapilca",
)  # fmt: skip
# Schools and health centres with their article, as a sentence names them.
SCHOOLS = (
    "el Liceo Bicentenario Valle de Elqui", "la Escuela Básica Diaguitas",
    "la Escuela Rural El Tambo", "la Escuela Básica Estrella del Elqui",
    "la Escuela Rural Gualliguaica", "la Escuela Rural Calingasta",
    "el Jardín Infantil Pequeños Astrónomos",
)  # fmt: skip
HEALTH = ("el CESFAM Vicuña", "el CECOSF Peralillo", "el SAPU Vicuña")
POSTAS = (
    "la Posta de Salud Rural Diaguitas", "la Posta de Salud Rural Rivadavia",
    "la Posta de Salud Rural Talcuna", "la Posta de Salud Rural Gualliguaica",
)  # fmt: skip
WORKS = (
    "la reposición de veredas de {calle}", "el mejoramiento de la plaza de armas de Vicuña",
    "la construcción de la sede social de {sector}",
    "el recambio de luminarias con norma lumínica en {sector}",
    "la ampliación del sistema de agua potable rural de {sector}",
    "la construcción del mirador astronómico de {sector}",
    "la pavimentación del camino de acceso a {sector}",
    "la habilitación del punto limpio de {sector}",
)  # fmt: skip
PROJECTS = (
    "Parque Fotovoltaico Cerro Las Tórtolas", "Ampliación Planta de Áridos Río Turbio",
    "Condominio Turístico Estrellas de Elqui", "Línea de Transmisión Marquesa - Vicuña",
    "Planta Pisquera Valle Alto", "Extracción de Áridos Quebrada de Talcuna",
)  # fmt: skip


def with_article(name: str) -> str:
    """«la Junta de Vecinos …», «el Comité de Agua Potable Rural …»."""
    feminine = name.split()[0] in ("Junta", "Agrupación", "Asociación", "Comunidad", "Cooperativa")
    return f"{'la' if feminine else 'el'} {name}"


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if fem else GIVEN_M)} {first} {second}", fem)


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Alcaldía", "Alcalde",
             Person("Rodrigo Antonio Ossandón Pastén", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretario Municipal", Person("Juan Carlos Alcayaga Rivera", False)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administradora Municipal", Person("Yasna Carolina Munizaga Tapia", True)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
             Person("Marco Antonio Galleguillos Vega", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Directora de Desarrollo Comunitario", Person("Rosa Elena Cortés Honores", True)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretario Comunal de Planificación", Person("Pablo Andrés Zepeda Olivares", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Directora de Administración y Finanzas", Person("Gloria Inés Carvajal Araya", True)),
        Unit("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
             "Director de Tránsito", Person("Héctor Iván Barraza Cuello", False)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Jueza de Policía Local",
             Person("Solange Beatriz Santander Molina", True)),
        Unit("control", "Dirección de Control Interno", "Control", "Director de Control",
             Person("Nelson Eduardo Varela Plaza", False)),
        Unit("juridica", "Asesoría Jurídica", "Jurídica", "Asesora Jurídica",
             Person("Fabiola Andrea Hidalgo Rojas", True)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM", "Director del DESAM",
             Person("Samuel Alejandro Ahumada Castillo", False)),
        Unit("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
             "Jefa DAEM", Person("Ximena Patricia Guerrero Alfaro", True)),
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
    if rng.random() < 0.1:
        who = person(rng)
        return who, ("Alcaldesa (S)" if who.female else "Alcalde (S)")
    return UNITS["alcaldia"].chief, "Alcalde"


def phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+56 9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}",
            f"9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}",
            f"(51) 2 {rng.randint(200, 999)} {rng.randint(100, 999)}",
        )
    )


def email(rng: random.Random, who: Person) -> str:
    words = who.name.lower().split()
    base = rng.choice((f"{words[0]}.{words[-2]}", f"{words[0][0]}{words[-2]}{rng.randint(1, 99)}"))
    plain = base.translate(str.maketrans("áéíóúñü", "aeiounu"))
    return f"{plain}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.cl'))}"


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, sector)."""
    street = rng.choice(STREETS)
    number = f"km {rng.randint(58, 96)}" if "Ruta" in street else str(rng.randint(10, 1400))
    if street.startswith("camino") and rng.random() < 0.5:
        number = "s/n"
    return f"{street[0].upper()}{street[1:]} {number}", rng.choice(SECTORS)


def fill_values(rng: random.Random, year: int) -> dict[str, str]:
    """What the placeholders of a matter stand for in one document."""
    street, sector = address(rng)
    return {
        "sector": sector,
        "calle": street,
        "org": with_article(rng.choice(ORGS)),
        "jjvv": rng.choice(JJVV),
        "escuela": rng.choice(SCHOOLS),
        "cesfam": rng.choice(HEALTH),
        "posta": rng.choice(POSTAS),
        "obra": rng.choice(WORKS)
        .replace("{sector}", rng.choice(SECTORS))
        .replace("{calle}", street),
        "persona": person(rng).name,
        "n": str(rng.randint(2, 390)),
        "rol": f"{rng.randint(100, 6400)}-{rng.randint(1, 45)}",
        "year": str(year),
        "prev": str(year - 1),
        "next": str(year + 1),
        "ruta": rng.choice(("D-485", "D-445", "D-471", "D-407", "D-501")),
        "licit": f"{rng.randint(3600, 3699)}-{rng.randint(8, 140)}-LE{year % 100}",
        "bip": f"40{rng.randint(10000, 69999)}-0",
        "monto": f"$ {rng.randint(1_500, 390_000) * 1000:,}".replace(",", "."),
        "giro": rng.choice(
            ("la botillería", "el restaurante de turismo", "el minimercado", "las cabañas")
        ),
        "causa": f"{rng.choice(('O', 'T'))}-{rng.randint(40, 1900)}-{year - rng.choice((0, 1))}",
        "trim": rng.choice(("primer", "segundo", "tercer", "cuarto")),
        "proyecto": rng.choice(PROJECTS),
    }
