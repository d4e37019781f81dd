"""Porvenir's world: the municipality (Provincia de Tierra del Fuego, Región de Magallanes y
de la Antártica Chilena, region code MA) and how it names itself, its units and their heads
(the unit codes of every development set), and the people, places, offices, firms and
organisations of the Chilean side of Tierra del Fuego: sheep estancias, the fishing and
salmon firms of Bahía Inútil, the ferry across the Strait, the gold of Cordón Baquedano and
the Croatian families of the town."""

from __future__ import annotations

import random

from bench.devgen2.world import Person
from bench.devgen8.senders import Office
from bench.devgen8.world import Unit

COMMUNE = "Porvenir"
REGION_CODE = "MA"
MUNI_NAMES = (
    "Ilustre Municipalidad de Porvenir",
    "I. MUNICIPALIDAD DE PORVENIR",
    "Municipalidad de Porvenir",
    "ILUSTRE MUNICIPALIDAD DE PORVENIR",
    "I. Municipalidad de Porvenir",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_250_200
MUNI_ADDRESS = ("Padre Mario Zavattaro N° 402, Porvenir", "Calle Zavattaro 402, Porvenir")
MUNI_MAIL = ("partes@muniporvenir.cl", "www.muniporvenir.cl", "oficinadepartes@muniporvenir.cl")
MUNI_PHONE = ("(61) 258 0110", "+56 61 2580110", "61-2580112")
PROVINCE = (
    "Provincia de Tierra del Fuego",
    "Región de Magallanes y de la Antártica Chilena",
    "TIERRA DEL FUEGO - MAGALLANES",
)

GIVEN_F = ("María Eugenia", "Ivonne", "Nataly Andrea", "Katherine", "Sandra del Carmen",
           "Ximena Paz", "Jovita", "Marta Inés", "Paola Andrea", "Daniela Fernanda",
           "Yasna Verónica")  # fmt: skip
GIVEN_M = ("Miguel Ángel", "Nelson Iván", "Juan Pablo", "Branko", "Dusan Antonio", "Héctor",
           "Rodrigo Esteban", "Sergio Hernán", "Claudio Andrés", "Ramón", "Jorge Eduardo",
           "Mario Alberto")  # fmt: skip
SURNAMES = ("Vukasovic", "Mimica", "Kusanovic", "Yutronic", "Bradasic", "Andrade", "Barría",
            "Oyarzo", "Mansilla", "Cárcamo", "Uribe", "Gallardo", "Alvarado", "Paredes", "Ojeda",
            "Márquez", "Cárdenas", "Vidal", "Triviño", "Águila", "Navarro", "Gesell", "Santana",
            "Bórquez", "Levicán", "Marangunic")  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    """Someone of the island: given names and two surnames (Chilote and Croatian ones)."""
    woman = rng.random() < 0.5 if female is None else female
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{rng.choice(GIVEN_F if woman else GIVEN_M)} {first} {second}", woman)


def email(rng: random.Random, who: Person, host: str = "") -> str:
    """A private or a firm's address for ``who``."""
    plain = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")
    first, *rest = who.name.lower().translate(plain).split()
    last = rest[-2] if len(rest) >= 2 else rest[-1]
    host = host or rng.choice(("gmail.com", "gmail.com", "hotmail.com", "yahoo.es"))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(7, 99)}"))
    return f"{local}@{host}"


SECTORS = ("Bahía Chilota", "Villa Las Nieves", "Población Croacia", "Cordón Baquedano",
           "Laguna de los Cisnes", "Bahía Inútil", "Puerto Harris", "Río del Oro",
           "Población Padre Zavattaro", "Villa Selknam", "Sector Costanera",
           "Loteo Los Ñirres")  # fmt: skip
STREETS = ("calle Manuel Señoret", "calle Philippi", "calle Carlos Wood", "calle Santos Mardones",
           "calle Croacia", "calle Schythe", "avenida Costanera", "calle Riobó",
           "pasaje Los Coirones", "camino a Bahía Chilota", "ruta Y-71")  # fmt: skip
SCHOOLS = ("el Liceo Hernando de Magallanes", "la Escuela Bernardo O'Higgins",
           "el Jardín Infantil Rayito de Sol", "la Escuela Rural de Puerto Harris")  # fmt: skip
ESTANCIAS = ("Estancia Los Cerros", "Estancia Río Oro", "Estancia Bahía Felipe",
             "Estancia Las Mercedes", "Estancia Caleta Josefina")  # fmt: skip
WORKS = ("la reposición del Paseo Costanero de Porvenir", "la construcción del Gimnasio "
         "Municipal Porvenir", "el mejoramiento de la Plaza de Armas Manuel Señoret",
         "la conservación del Muelle Bahía Chilota")  # fmt: skip
ORGS = ("Junta de Vecinos N° 3 Villa Las Nieves", "Junta de Vecinos N° 5 Población Croacia",
        "Club Deportivo Estrella del Sur", "Club de Rodeo Tierra del Fuego",
        "Sindicato de Pescadores Artesanales de Bahía Chilota",
        "Centro de Padres y Apoderados Escuela Bernardo O'Higgins",
        "Agrupación Cultural Selknam de Porvenir", "Club de Adulto Mayor Renacer Fueguino",
        "Sociedad Croata de Socorros Mutuos de Porvenir")  # fmt: skip

UNITS: dict[str, Unit] = {
    code: Unit(code, full, short, post, Person(name, female))
    for code, full, short, post, name, female in (
        ("alcaldia", "Alcaldía", "Alcaldía", "Alcalde", "Marcelo Antonio Kusanovic Barría", False),
        ("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
         "Secretaria Municipal", "Jovita Cárcamo Águila", True),
        ("administracion", "Administración Municipal", "Administración",
         "Administrador Municipal", "Dusan Antonio Mimica Oyarzo", False),
        ("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
         "Rodrigo Esteban Gesell Navarro", False),
        ("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
         "Directora de Desarrollo Comunitario", "Ivonne Triviño Mansilla", True),
        ("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
         "Secretario Comunal de Planificación", "Branko Yutronic Paredes", False),
        ("daf", "Dirección de Administración y Finanzas", "DAF",
         "Directora de Administración y Finanzas", "Marta Inés Bórquez Vidal", True),
        ("transito", "Departamento de Tránsito", "Tránsito", "Jefe de Tránsito",
         "Sergio Hernán Ojeda Uribe", False),
        ("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
         "Claudio Andrés Marangunic Vidal", False),
        ("control", "Dirección de Control", "Control", "Directora de Control",
         "Ximena Paz Gallardo Levicán", True),
        ("juridica", "Asesoría Jurídica", "Jurídica", "Asesora Jurídica",
         "Paola Andrea Santana Bradasic", True),
        ("salud", "Departamento de Salud Municipal", "DESAM", "Jefe del Departamento de Salud",
         "Jorge Eduardo Alvarado Cárdenas", False),
        ("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
         "Jefa DAEM", "Sandra del Carmen Oyarzo Márquez", True),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)
MAYOR = UNITS["alcaldia"].chief


def _office(
    org: str,
    post: str,
    units: str,
    above: str,
    emblem: str,
    labels: str,
    law: str = "",
    city: str = "Punta Arenas",
    sort: str = "service",
) -> Office:
    """An Office from compact cells: «Director Regional/Directora Regional», «a;b»."""
    man, woman = (post.split("/") * 2)[:2]
    return Office(org, (man, woman), city, tuple(units.split(";")), above, emblem,
                  labels=tuple(labels.split(";")), law=law, sort=sort)  # fmt: skip


OFFICES: tuple[Office, ...] = (
    _office(
        "Servicio Nacional de Pesca y Acuicultura, Dirección Regional de Magallanes",
        "Director Regional/Directora Regional",
        "salud:01;secplan:02;daf:01",
        "Ministerio de Economía, Fomento y Turismo",
        "pez",
        "ORD.;ORD. DR12",
        "la Ley N° 18.892, General de Pesca y Acuicultura",
    ),
    _office(
        "Subsecretaría de Pesca y Acuicultura",
        "Subsecretario de Pesca y Acuicultura/Subsecretaria de Pesca y Acuicultura",
        "secplan:02;daf:01",
        "Ministerio de Economía, Fomento y Turismo",
        "pez",
        "ORD.;ORD. (D.AC.)",
        "la Ley N° 18.892, General de Pesca y Acuicultura",
        city="Valparaíso",
    ),
    _office(
        "Servicio Agrícola y Ganadero, Oficina Sectorial Porvenir",
        "Jefe de Oficina Sectorial/Jefa de Oficina Sectorial",
        "dom:03;dom:04;jpl",
        "Ministerio de Agricultura",
        "leaf",
        "ORD.;ORD. SAG",
        "la Ley N° 21.020, sobre tenencia responsable de mascotas y animales de compañía",
        city="Porvenir",
    ),
    _office(
        "Corporación Nacional Forestal, Región de Magallanes",
        "Director Regional/Directora Regional",
        "dom:04",
        "Ministerio de Agricultura",
        "tree",
        "ORD.;OF. ORD.",
        "la Ley N° 20.283, sobre Recuperación del Bosque Nativo",
    ),
    _office(
        "Instituto de Desarrollo Agropecuario, Agencia de Área Porvenir",
        "Jefe de Área/Jefa de Área",
        "dideco:02",
        "Ministerio de Agricultura",
        "leaf",
        "ORD.;ORD. AA PVR",
        city="Porvenir",
    ),
    _office(
        "Dirección Regional de Vialidad Magallanes",
        "Director Regional de Vialidad/Directora Regional de Vialidad",
        "transito:01;alcaldia:02",
        "Ministerio de Obras Públicas",
        "gob",
        "ORD.;ORD. DRV",
        "el D.F.L. N° 850, de 1997, del MOP",
    ),
    _office(
        "Dirección General de Aguas, Región de Magallanes y de la Antártica Chilena",
        "Director Regional de Aguas/Directora Regional de Aguas",
        "juridica:02",
        "Ministerio de Obras Públicas",
        "drop",
        "ORD.;ORD. DGA",
        "el Código de Aguas",
    ),
    _office(
        "Delegación Presidencial Provincial de Tierra del Fuego",
        "Delegado Presidencial Provincial/Delegada Presidencial Provincial",
        "alcaldia;dideco:01;dideco:03;transito:02",
        "Ministerio del Interior",
        "gob",
        "ORD.;OFICIO",
        city="Porvenir",
    ),
    _office(
        "Gobierno Regional de Magallanes y de la Antártica Chilena",
        "Gobernador Regional/Gobernadora Regional",
        "secplan:01;secplan:03;alcaldia:01",
        "",
        "seal",
        "ORD.;ORD. GORE",
    ),
    _office(
        "Secretaría Regional Ministerial de Salud Magallanes",
        "Seremi de Salud",
        "salud:01;educacion:02;dom:05",
        "Ministerio de Salud",
        "gob",
        "ORD.;ORD. B1",
        "el Código Sanitario",
    ),
    _office(
        "Servicio de Salud Magallanes",
        "Director/Directora",
        "salud",
        "Ministerio de Salud",
        "cross",
        "ORD.;ORD. SSM",
    ),
    _office(
        "Junta Nacional de Jardines Infantiles, Dirección Regional de Magallanes",
        "Director Regional/Directora Regional",
        "educacion",
        "",
        "ballot",
        "ORD.;OFICIO ORD.",
        "la Ley N° 20.832, que crea la autorización de funcionamiento",
    ),
    _office(
        "Carabineros de Chile, Tercera Comisaría Porvenir",
        "Mayor, Comisario/Mayor, Comisaria",
        "transito;jpl;juridica:02",
        "Prefectura Magallanes",
        "carab",
        "OF.;OFICIO",
        city="Porvenir",
        sort="police",
    ),
    _office(
        "Policía de Investigaciones de Chile, Brigada de Investigación Criminal Porvenir",
        "Subprefecto, Jefe BICRIM/Subprefecta, Jefa BICRIM",
        "juridica",
        "",
        "seal",
        "OFICIO;ORD.",
        city="Porvenir",
        sort="police",
    ),
)

# The Armada's offices in Porvenir and Punta Arenas (their oficios are of their own kind).
ARMADA: tuple[Office, ...] = (
    _office(
        "Capitanía de Puerto de Porvenir",
        "Capitán de Puerto de Porvenir",
        "dom:01;alcaldia:01;alcaldia:03",
        "Gobernación Marítima de Punta Arenas",
        "ancla",
        "ORD.",
        "el D.F.L. N° 340, de 1960, sobre Concesiones Marítimas",
        city="Porvenir",
        sort="navy",
    ),
    _office(
        "Gobernación Marítima de Punta Arenas",
        "Gobernador Marítimo de Punta Arenas",
        "dom:01;alcaldia:01;juridica:02",
        "Armada de Chile",
        "ancla",
        "ORD.",
        "la Ley de Navegación, D.L. N° 2.222, de 1978",
        sort="navy",
    ),
)
# the ranks of who commands each of them
RANKS = {
    "Capitanía de Puerto de Porvenir": ("TENIENTE PRIMERO LT", "CAPITÁN DE CORBETA LT"),
    "Gobernación Marítima de Punta Arenas": ("CAPITÁN DE FRAGATA LT", "CAPITÁN DE NAVÍO LT"),
}

# name, RUT without check digit, address, sort (estancia, pesca, turismo, empresa), web domain
FIRMS: tuple[tuple[str, int, str, str, str], ...] = (
    ("Sociedad Ganadera Estancia Los Cerros Ltda.", 78_114_520, "Casilla 24, Porvenir",
     "estancia", "estancialoscerros.cl"),
    ("Agrícola y Ganadera Río Oro SpA", 76_902_371, "Ruta Y-71 km 48, Porvenir", "estancia",
     "riooro.cl"),
    ("Salmones Bahía Inútil S.A.", 96_871_440, "Avenida Colón 1120, Punta Arenas", "pesca",
     "salmonesbahiainutil.cl"),
    ("Pesquera Caleta Chilota SpA", 77_230_915, "Bahía Chilota s/n, Porvenir", "pesca",
     "pesqueracaletachilota.cl"),
    ("Comercializadora de Mariscos Fueguinos Ltda.", 76_448_602, "Calle Croacia 655, Porvenir",
     "pesca", "mariscosfueguinos.cl"),
    ("Fin del Mundo Expediciones SpA", 77_615_088, "Calle Philippi 296, Porvenir", "turismo",
     "findelmundoexpediciones.cl"),
    ("Hostal y Turismo Yendegaia Ltda.", 76_113_974, "Calle Santos Mardones 330, Porvenir",
     "turismo", "turismoyendegaia.cl"),
    ("Transportes Fueguinos Ltda.", 78_450_221, "Calle Riobó 190, Porvenir", "empresa",
     "transportesfueguinos.cl"),
    ("Minera Cordón Baquedano SpA", 77_809_356, "Lautaro Navarro 1050, Punta Arenas", "empresa",
     "mineracordonbaquedano.cl"),
)  # fmt: skip


def with_article(org: str) -> str:
    """«el Club Deportivo …», «la Junta de Vecinos …» («de el» becomes «del» when printed)."""
    masculine = org.startswith(("Club", "Centro", "Sindicato"))
    return f"{'el' if masculine else 'la'} {org}"


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    number = "s/n" if street.startswith(("camino", "ruta")) else str(rng.randint(12, 1280))
    return f"{street[:1].upper()}{street[1:]} {number}"


def fill(rng: random.Random, year: int) -> dict[str, str]:
    """What a matter's placeholders stand for in one document."""
    return {
        "sector": rng.choice(SECTORS),
        "calle": street_address(rng),
        "school": rng.choice(SCHOOLS),
        "estancia": rng.choice(ESTANCIAS),
        "obra": rng.choice(WORKS),
        "org": with_article(rng.choice(ORGS)),
        "n": str(rng.randint(3, 96)),
        "year": str(year),
        "rol": f"{rng.randint(20, 480)}-{rng.randint(1, 40)}",
    }
