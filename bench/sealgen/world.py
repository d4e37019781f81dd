"""Pichilemu's world: the municipality and its units, the mayor, people, places, the offices
that write to it (services, courts, police, Contraloría), firms and organisations, and the
ways its papers print dates and numbers. Invented names; real places of the commune."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from bench.devgen2.agreements import UNITS_WORDS as _UNITS_W
from bench.devgen2.world import MONTHS, Person


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


MUNI = "Ilustre Municipalidad de Pichilemu"
MUNI_NAMES = (
    "Ilustre Municipalidad de Pichilemu",
    "I. MUNICIPALIDAD DE PICHILEMU",
    "MUNICIPALIDAD DE PICHILEMU",
    "Municipalidad de Pichilemu",
)
PROVINCE = (
    "Provincia Cardenal Caro · Región del Libertador General Bernardo O'Higgins",
    "Cardenal Caro - VI Región",
    "Región de O'Higgins",
)
MUNI_ADDRESS = ("Angel Gaete N° 365, Pichilemu", "Calle Angel Gaete 365 · Pichilemu")
MUNI_PHONE = ("(72) 2976500", "+56 72 297 6500", "72 2976 501")
MUNI_WEB = ("www.pichilemu.cl", "partes@pichilemu.cl", "oficinadepartes@pichilemu.cl")

GIVEN_F = _names(
    "Catalina|Fernanda|Marisol|Yolanda|Daniela|Paulina|Rosa|Ximena|Carolina|Valeria|Mónica|Loreto|Isidora|Gladys|Angélica|Javiera"
)
GIVEN_M = _names(
    "Cristián|Héctor|Luis|Sebastián|Patricio|Fabián|Mauricio|Osvaldo|Rodrigo|Ignacio|Eduardo|Tomás|Germán|Nelson|Andrés|Marcelo"
)
SURNAMES = _names(
    "Cornejo|Pavez|Polanco|Vargas|Galaz|Lizana|Becerra|Moraga|Cabello|Urzúa|Arraño|Jorquera|Reyes|Maturana|Tobar|Vidal|Peñaloza|Olivares|Quintanilla|Farías|Rojas|Millán|Araya|Cáceres|Lobos|Zamorano|Espinoza|Caroca|Ulloa|Donoso"
)


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    given = rng.choice(GIVEN_F if fem else GIVEN_M)
    if rng.random() < 0.35:
        given += " " + rng.choice(GIVEN_F if fem else GIVEN_M)
    a, b = rng.sample(SURNAMES, 2)
    return Person(f"{given} {a} {b}", fem)


def art(org: str, prep: str) -> str:
    """«de la Agrupación …», «del Sindicato …», «a la …», «al …»."""
    if org.split()[0] in ("Agrupación", "Asociación", "Cámara", "Junta"):
        return f"{prep} la {org}"
    return f"{prep}l {org}"


MAYOR = Person("Cristián Eduardo Pavez Lizana", False)


@dataclass(frozen=True)
class Unit:
    code: str
    full: str
    short: str
    post: str  # the head's post
    chief: Person


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "ALC", "Alcalde", MAYOR),
        Unit(
            "secretaria-municipal",
            "Secretaría Municipal",
            "SM",
            "Secretaria Municipal",
            Person("Loreto Angélica Galaz Moraga", True),
        ),
        Unit(
            "administracion",
            "Administración Municipal",
            "AM",
            "Administrador Municipal",
            Person("Germán Ulloa Becerra", False),
        ),
        Unit(
            "dom",
            "Dirección de Obras Municipales",
            "DOM",
            "Director de Obras Municipales",
            Person("Tomás Arraño Quintanilla", False),
        ),
        Unit(
            "dideco",
            "Dirección de Desarrollo Comunitario",
            "DIDECO",
            "Directora de Desarrollo Comunitario",
            Person("Marisol Caroca Vidal", True),
        ),
        Unit(
            "secplan",
            "Secretaría Comunal de Planificación",
            "SECPLAN",
            "Secretario Comunal de Planificación",
            Person("Ignacio Andrés Farías Tobar", False),
        ),
        Unit(
            "daf",
            "Dirección de Administración y Finanzas",
            "DAF",
            "Directora de Administración y Finanzas",
            Person("Paulina Jorquera Cáceres", True),
        ),
        Unit(
            "transito",
            "Dirección de Tránsito y Transporte Público",
            "DTTP",
            "Director de Tránsito",
            Person("Nelson Polanco Araya", False),
        ),
        Unit(
            "jpl",
            "Juzgado de Policía Local",
            "JPL",
            "Juez de Policía Local",
            Person("Valeria Isidora Millán Reyes", True),
        ),
        Unit(
            "control",
            "Dirección de Control",
            "DC",
            "Director de Control",
            Person("Osvaldo Cabello Urzúa", False),
        ),
        Unit(
            "juridica",
            "Asesoría Jurídica",
            "AJ",
            "Asesora Jurídica",
            Person("Daniela Espinoza Zamorano", True),
        ),
        Unit(
            "salud",
            "Departamento de Salud Municipal",
            "DESAM",
            "Director del Departamento de Salud",
            Person("Héctor Lobos Peñaloza", False),
        ),
        Unit(
            "educacion",
            "Departamento de Educación Municipal",
            "DAEM",
            "Jefa del Departamento de Educación",
            Person("Ximena Olivares Donoso", True),
        ),
    )
}


def of_unit(code: str) -> str:
    """«de la Dirección de Obras Municipales», «del Departamento de Salud Municipal»."""
    full = UNITS[code].full
    return f"del {full}" if full.split()[0] in ("Departamento", "Juzgado") else f"de la {full}"


SECTORS = _names(
    "Cáhuil|Ciruelos|Pañul|Barrancas|Punta de Lobos|Infiernillo|La Villa|Espinillo|El "
    "Llano|Cardilla|Rodeillo|Alto Ramírez|Los Cardos|Pueblo de Viudas|La Plaza"
)
STREETS = _names(
    "Avenida Ortúzar|Avenida Costanera Cardenal Caro|calle Aníbal Pinto|Avenida Agustín "
    "Ross|calle Joaquín Aguirre|calle Dionisio Acevedo|Avenida Millaco|calle Federico "
    "Errázuriz|pasaje Los Pescadores|calle Santa María|camino a Cáhuil|Avenida Comercio"
)
CALETAS = ("Caleta Pichilemu", "Caleta de Cáhuil", "Caleta Punta de Lobos", "Caleta Bucalemu")
SCHOOLS = _names(
    "Escuela Digna Camilo Aguilar|Escuela Pañul|Escuela Pueblo de Viudas|Escuela Los "
    "Ciruelos|Escuela Cáhuil|Escuela Divino Niño Jesús"
)
HEALTH = _names(
    "Posta de Salud Rural Ciruelos|Posta de Salud Rural Cáhuil|Posta de Salud Rural "
    "Cardilla|Posta de Salud Rural Espinillo"
)
JJVV = _names(
    "Junta de Vecinos Villa Esperanza|Junta de Vecinos de Cáhuil|Junta de Vecinos Los "
    "Ciruelos|Junta de Vecinos Pañul|Junta de Vecinos Infiernillo|Junta de Vecinos Punta de "
    "Lobos"
)
ORGS = _names(
    "Sindicato de Pescadores Artesanales Caleta Pichilemu|Comité APR Barrancas|Comité de Agua"
    " Potable Rural Ciruelos|Agrupación de Salineros de Cáhuil|Club Deportivo "
    "Pichilemu|Asociación de Surf de Pichilemu|Cámara de Comercio y Turismo de "
    "Pichilemu|Agrupación Cultural Agustín Ross|Club de Adulto Mayor Renacer del Mar"
)
# (name, rut prefix in millions, kind of business)
# What a kind of firm writes about.
BUSINESS_UNITS = {
    "hotel": ("daf", "transito", "alcaldia", "dom"),
    "surf": ("daf", "alcaldia", "administracion", "juridica"),
    "turismo": ("daf", "dom", "dideco"),
    "obras": ("dom", "secplan"),
    "aljibe": ("dideco", "daf"),
    "salinas": ("dideco", "juridica", "dom"),
    "eventos": ("alcaldia", "transito", "daf"),
    "aseo": ("daf", "dom"),
    "luz": ("dom", "daf"),
}
COMPANIES = (
    ("Hotel Las Terrazas del Mar SpA", 77, "hotel"),
    ("Escuela de Surf Ola Brava Limitada", 76, "surf"),
    ("Cabañas Punta de Lobos EIRL", 77, "turismo"),
    ("Constructora Cardenal Caro Ltda.", 76, "obras"),
    ("Transportes y Aljibes del Litoral SpA", 77, "aljibe"),
    ("Sociedad Salinera Cáhuil Limitada", 76, "salinas"),
    ("Inmobiliaria Vista Infiernillo S.A.", 96, "obras"),
    ("Productora Eventos Costa Brava SpA", 77, "eventos"),
    ("Recolectora de Residuos del Pacífico S.A.", 96, "aseo"),
    ("Compañía General de Electricidad S.A.", 76, "luz"),
)


@dataclass(frozen=True)
class Office:
    """An office that writes to Pichilemu: its name, the ministry above it, its mark, its
    city, the head's post, and how it numbers its oficios."""

    org: str
    above: str
    emblem: str
    city: str
    post: str
    short: str
    number: str = "ord"  # ord, electronic, slash


OFFICES: tuple[Office, ...] = (
    Office(
        "Gobernación Marítima de San Antonio",
        "Armada de Chile",
        "seal",
        "San Antonio",
        "Gobernador Marítimo",
        "GOBMARSAN",
    ),
    Office(
        "Capitanía de Puerto de Pichilemu",
        "Armada de Chile",
        "seal",
        "Pichilemu",
        "Capitán de Puerto",
        "CP PICHILEMU",
        "slash",
    ),
    Office(
        "Servicio Nacional de Turismo, Dirección Regional O'Higgins",
        "Ministerio de Economía, Fomento y Turismo",
        "gob",
        "Rancagua",
        "Director Regional",
        "SERNATUR",
    ),
    Office(
        "Servicio Nacional de Pesca y Acuicultura, Dirección Regional O'Higgins",
        "Ministerio de Economía, Fomento y Turismo",
        "gob",
        "Rancagua",
        "Directora Regional",
        "SERNAPESCA",
        "electronic",
    ),
    Office(
        "Dirección de Vialidad, Región de O'Higgins",
        "Ministerio de Obras Públicas",
        "gob",
        "Rancagua",
        "Director Regional de Vialidad",
        "MOP",
    ),
    Office(
        "Dirección de Obras Hidráulicas, Región de O'Higgins",
        "Ministerio de Obras Públicas",
        "gob",
        "Rancagua",
        "Directora Regional DOH",
        "DOH",
        "electronic",
    ),
    Office(
        "Secretaría Regional Ministerial de Salud Región de O'Higgins",
        "Ministerio de Salud",
        "gob",
        "Rancagua",
        "Seremi de Salud",
        "SEREMI SALUD",
    ),
    Office(
        "Secretaría Regional Ministerial de Vivienda y Urbanismo O'Higgins",
        "Ministerio de Vivienda y Urbanismo",
        "gob",
        "Rancagua",
        "Seremi de Vivienda y Urbanismo",
        "MINVU",
    ),
    Office(
        "Servicio de Vivienda y Urbanización Región de O'Higgins",
        "Ministerio de Vivienda y Urbanismo",
        "gob",
        "Rancagua",
        "Director SERVIU",
        "SERVIU",
        "electronic",
    ),
    Office(
        "Corporación Nacional Forestal, Oficina Provincial Cardenal Caro",
        "Ministerio de Agricultura",
        "tree",
        "Pichilemu",
        "Jefe Provincial",
        "CONAF",
    ),
    Office(
        "Servicio Agrícola y Ganadero, Oficina Sectorial Pichilemu",
        "Ministerio de Agricultura",
        "leaf",
        "Pichilemu",
        "Jefa de Oficina Sectorial",
        "SAG",
    ),
    Office(
        "Delegación Presidencial Provincial de Cardenal Caro",
        "Ministerio del Interior",
        "gob",
        "Pichilemu",
        "Delegado Presidencial Provincial",
        "DPP CARDENAL CARO",
    ),
    Office(
        "Gobierno Regional del Libertador General Bernardo O'Higgins",
        "",
        "gob",
        "Rancagua",
        "Gobernador Regional",
        "GORE",
        "electronic",
    ),
    Office(
        "Subsecretaría de Desarrollo Regional y Administrativo",
        "Ministerio del Interior",
        "gob",
        "Santiago",
        "Jefe de División Municipalidades",
        "SUBDERE",
    ),
    Office(
        "Servicio Nacional de Prevención y Respuesta ante Desastres, Dirección Regional O'Higgins",
        "Ministerio del Interior",
        "gob",
        "Rancagua",
        "Director Regional",
        "SENAPRED",
        "electronic",
    ),
    Office(
        "Cuerpo de Bomberos de Pichilemu",
        "",
        "cross",
        "Pichilemu",
        "Superintendente",
        "CBP",
        "slash",
    ),
)


# What each office writes to a municipality about: the units its papers go to.
OFFICE_UNITS: dict[str, tuple[str, ...]] = {
    "GOBMARSAN": ("juridica", "dom", "alcaldia"),
    "CP PICHILEMU": ("juridica", "administracion", "daf", "alcaldia"),
    "SERNATUR": ("alcaldia", "dideco", "secplan", "daf"),
    "SERNAPESCA": ("dideco", "salud", "secplan"),
    "MOP": ("secplan", "dom", "transito"),
    "DOH": ("secplan", "dom", "dideco"),
    "SEREMI SALUD": ("salud", "dom", "daf", "dideco"),
    "MINVU": ("dom", "secplan"),
    "SERVIU": ("dom", "secplan", "dideco"),
    "CONAF": ("dideco", "alcaldia", "dom"),
    "SAG": ("dom", "daf"),
    "DPP CARDENAL CARO": ("alcaldia", "dideco", "transito"),
    "GORE": ("secplan", "alcaldia", "control"),
    "SUBDERE": ("secplan", "control"),
    "SENAPRED": ("dideco", "alcaldia", "dom"),
    "CBP": ("alcaldia", "dom", "transito"),
    "MINEDUC": ("educacion",),
}
OFFICES += (
    Office(
        "Secretaría Regional Ministerial de Educación O'Higgins",
        "Ministerio de Educación",
        "gob",
        "Rancagua",
        "Seremi de Educación",
        "MINEDUC",
    ),
)


def office(rng: random.Random, unit: str = "") -> Office:
    """An office that writes about ``unit``'s matters (any office if none does)."""
    fit = [o for o in OFFICES if unit in OFFICE_UNITS[o.short]]
    return rng.choice(fit or OFFICES)


# --- dates and numbers ---------------------------------------------------------------------


def in_words(day: date) -> str:
    """«a catorce días del mes de marzo de dos mil veinticinco»."""
    year = "dos mil " + _UNITS_W[day.year - 2000]
    return f"a {_UNITS_W[day.day]} días del mes de {MONTHS[day.month - 1]} de {year}"


def dated(rng: random.Random, day: date, city: str = "Pichilemu") -> str:
    """A date line in one of the forms offices print."""
    month = MONTHS[day.month - 1]
    forms = (
        f"{city}, {day.day} de {month} de {day.year}",
        f"{city.upper()}, {day.day:02d} {month[:3].upper()}. {day.year}",
        f"{city}, {day.day:02d}.{day.month:02d}.{day.year}",
        f"{city}, {day.day:02d}/{day.month:02d}/{day.year}",
        f"{city.upper()}, {day.day} de {month.upper()} de {day.year}",
        f"{city}, {month} {day.day} de {day.year}",
        f"{city}, {day:%Y-%m-%d}",
    )
    return rng.choice(forms)


def short_date(rng: random.Random, day: date) -> str:
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day}/{day.month}/{day.year}",
            f"{day.day} {month[:3]}. {day.year}",
            f"{day.day} de {month} de {day.year}",
            f"{day:%d-%m-%Y}",
        )
    )


def pick_date(rng: random.Random) -> date:
    """A day of 2024 or 2025, often in the summer season."""
    year = rng.choice((2024, 2025, 2025))
    month = rng.choice((1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12))
    return date(year, month, rng.randint(1, 28))
