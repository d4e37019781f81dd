"""Calama (Provincia El Loa, Región de Antofagasta): the municipality, its units and officials,
its people, places, organisations, companies and the offices that write to it. Every person,
street number, organisation and company is invented; the places are the city's own names."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen2.world import Person
from bench.devgen8.world import Unit

MUNI_NAMES = (
    "Ilustre Municipalidad de Calama",
    "I. Municipalidad de Calama",
    "Municipalidad de Calama",
    "ILUSTRE MUNICIPALIDAD DE CALAMA",
    "MUNICIPALIDAD DE CALAMA",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_020_300
MUNI_ADDRESS = (
    "Vicuña Mackenna 2001, Calama",
    "Av. Vicuña Mackenna N° 2001",
    "Vicuña Mackenna 2001",
)
MUNI_PHONE = ("(55) 2 531 100", "+56 55 253 1100", "55 2531100")
MUNI_MAIL = ("oficinadepartes@municipalidadcalama.cl", "www.municipalidadcalama.cl")
REGION = ("Provincia El Loa", "Región de Antofagasta", "II Región de Antofagasta", "El Loa - Chile")

GIVEN_F = (
    "Yanira", "Marcela Andrea", "Ruth", "Johanna", "Maritza", "Evelyn", "Daniela Paz", "Rocío",
    "Nancy", "Tamara", "Bárbara", "Luz María", "Ingrid", "Silvia", "Paulina", "Angélica",
)  # fmt: skip
GIVEN_M = (
    "Rodrigo", "Jaime", "Cristian Andrés", "Patricio", "Wladimir", "Álvaro", "Braulio",
    "Esteban", "Freddy", "Héctor", "Leonel", "Mario", "Nicolás", "Osvaldo", "Ricardo", "Yerko",
)  # fmt: skip
SURNAMES = (
    "Ayavire", "Cruz", "Anza", "Mamani", "Condori", "Colque", "Rojas", "Araya", "Galleguillos",
    "Ramos", "Tejerina", "Liendro", "Vilca", "Cortés", "Olivares", "Varas", "Barraza", "Cisternas",
    "Aracena", "Salazar", "Véliz", "Choque", "Zuleta", "Molina", "Castillo", "Guerrero",
)  # fmt: skip
SECTORS = (
    "Villa Ayquina", "Población Independencia", "Villa Caspana", "Villa Exótica",
    "Población 23 de Marzo", "Villa Las Vegas", "Alemania", "Topater", "Villa Esmeralda",
    "Población Pedro de Valdivia", "Villa Chuquicamata", "el sector Cerro Negro",
    "el sector norte", "Villa Ascotán", "Chiu Chiu", "Lasana", "Ojo de Opache",
)  # fmt: skip
STREETS = (
    "avenida Granaderos", "avenida Balmaceda", "calle Sotomayor", "avenida Grecia",
    "calle Ramírez", "avenida O'Higgins", "calle Abaroa", "avenida Chorrillos",
    "calle Latorre", "avenida Circunvalación", "pasaje Toconce", "calle Vargas",
    "avenida Bernardo O'Higgins", "avenida Brasil", "calle Antofagasta",
)  # fmt: skip
CAMPAMENTOS = (
    "Campamento Frei Bonn", "Campamento Nueva Esperanza", "Campamento Los Arenales",
    "Campamento Calama Unida", "Campamento Flor del Desierto", "Campamento Cerro Verde",
)  # fmt: skip
COMMUNITIES = (
    "Comunidad Indígena Atacameña de Chiu Chiu", "Comunidad Atacameña de Lasana",
    "Comunidad Lickanantay de Ayquina-Turi", "Comunidad Indígena de Cupo",
    "Comunidad Atacameña de Conchi Viejo", "Asociación Indígena Lickanantay Ckunza",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos N° 14 Villa Ayquina", "Junta de Vecinos Independencia Norte",
    "Junta de Vecinos N° 31 Villa Exótica", "Junta de Vecinos Topater Oriente",
    "Junta de Vecinos N° 8 Villa Esmeralda", "Unión Comunal de Juntas de Vecinos de Calama",
)  # fmt: skip
ORGS = (
    "Agrupación de Comerciantes de la Feria Modelo", "Club Deportivo Cobreloa Barrial",
    "Comité de Vivienda Sol Naciente", "Agrupación de Migrantes Unidos de El Loa",
    "Sindicato de Feriantes Libres de Calama", "Centro de Padres Escuela República de Chile",
    "Agrupación Ambiental Río Loa Vivo", "Club de Adulto Mayor Oasis de Calama",
)  # fmt: skip
COMPANIES = (
    ("Minera Altiplano Servicios SpA", 76), ("Transportes Mineros El Loa Ltda.", 77),
    ("Montajes Industriales Atacama S.A.", 96), ("Campamentos y Hotelería del Norte SpA", 76),
    ("Áridos Río Loa Limitada", 78), ("Ingeniería Cobre Sur SpA", 77),
    ("Constructora Oasis del Desierto SpA", 76), ("Aguas del Loa Sanitaria S.A.", 96),
)  # fmt: skip
SCHOOLS = (
    "Liceo Bicentenario Diego Portales", "Escuela Básica Chuquicamata", "Escuela D-59 Caspana",
    "Liceo Técnico Jorge Alessandri", "Escuela Valle de la Luna", "Escuela Rural de Chiu Chiu",
)  # fmt: skip
HEALTH = (
    "CESFAM Central Oriente", "CESFAM Norte", "CESFAM Alemania", "Posta Rural de Chiu Chiu",
    "SAPU Sur", "CECOSF Villa Ayquina",
)  # fmt: skip
FERIAS = ("Feria Modelo", "Feria La Cachina", "Feria Libre de avenida Grecia", "Persa Calama")


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Gabinete", "Alcalde",
             Person("Eliecer Patricio Chamorro Vilca", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Yanira Soledad Ayavire Cortés", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administrador Municipal", Person("Braulio Esteban Galleguillos Ramos", False)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
             Person("Osvaldo Iván Tejerina Aracena", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Directora de Desarrollo Comunitario", Person("Maritza Elena Condori Varas", True)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretario Comunal de Planificación", Person("Leonel Liendro Olivares", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Directora de Administración y Finanzas", Person("Angélica Zuleta Castro", True)),
        Unit("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
             "Director de Tránsito", Person("Freddy Alejandro Barraza Molina", False)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Juez de Policía Local",
             Person("Wladimir Hernán Salazar Choque", False)),
        Unit("control", "Dirección de Control Interno", "Control", "Directora de Control",
             Person("Ingrid Patricia Véliz Cisternas", True)),
        Unit("juridica", "Dirección de Asesoría Jurídica", "Jurídica", "Director Jurídico",
             Person("Nicolás Ignacio Guerrero Anza", False)),
        Unit("salud", "Corporación Municipal de Desarrollo Social - Área Salud", "Salud",
             "Directora de Salud", Person("Paulina Andrea Mamani Rojas", True)),
        Unit("educacion", "Corporación Municipal de Desarrollo Social - Área Educación",
             "Educación", "Director de Educación", Person("Jaime Rolando Colque Araya", False)),
    )
}  # fmt: skip
MAYOR = UNITS["alcaldia"].chief


@dataclass(frozen=True)
class Office:
    """An office that writes to the municipality: its name, the ministry above it, its
    head's post, its mark, its city and its web domain."""

    org: str
    above: str
    post: str
    emblem: str
    city: str = "Antofagasta"
    web: str = ""


SERVICES = (
    Office("SEREMI de Salud Región de Antofagasta", "Ministerio de Salud",
           "Secretaria Regional Ministerial de Salud", "gob", web="seremi2.redsalud.gob.cl"),
    Office("SEREMI del Medio Ambiente Región de Antofagasta", "Ministerio del Medio Ambiente",
           "Seremi del Medio Ambiente", "leaf", web="mma.gob.cl"),
    Office("SERVIU Región de Antofagasta", "Ministerio de Vivienda y Urbanismo",
           "Director Regional SERVIU", "gob", web="serviuantofagasta.cl"),
    Office("Dirección General de Aguas, Región de Antofagasta", "Ministerio de Obras Públicas",
           "Director Regional de Aguas", "drop", web="dga.mop.gob.cl"),
    Office("Dirección de Vialidad, Región de Antofagasta", "Ministerio de Obras Públicas",
           "Director Regional de Vialidad", "gob", web="vialidad.mop.gob.cl"),
    Office("Superintendencia del Medio Ambiente, Oficina Regional Antofagasta", "",
           "Jefa Oficina Regional", "leaf", web="portal.sma.gob.cl"),
    Office("Servicio de Evaluación Ambiental, Región de Antofagasta", "",
           "Director Regional del SEA", "tree", web="sea.gob.cl"),
    Office("CONADI, Oficina de Asuntos Indígenas San Pedro de Atacama",
           "Corporación Nacional de Desarrollo Indígena", "Jefe de Oficina", "hills",
           city="San Pedro de Atacama", web="conadi.gob.cl"),
    Office("Servicio Nacional de Migraciones, Dirección Regional de Antofagasta",
           "Ministerio del Interior", "Director Regional", "gob", web="serviciomigraciones.cl"),
    Office("Delegación Presidencial Provincial de El Loa", "Ministerio del Interior",
           "Delegada Presidencial Provincial", "gob", city="Calama", web="dpp.elloa.gob.cl"),
    Office("Gobierno Regional de Antofagasta", "", "Gobernador Regional", "hills",
           web="goreantofagasta.cl"),
    Office("Servicio Nacional de Protección Especializada a la Niñez y Adolescencia",
           "Mejor Niñez", "Directora Regional Antofagasta", "gob", web="mejorninez.cl"),
    Office("Servicio de Impuestos Internos, Unidad Calama", "", "Jefe de Unidad", "columns",
           city="Calama", web="sii.cl"),
    Office("Tesorería Regional de Antofagasta", "Tesorería General de la República",
           "Tesorero Regional", "columns", web="tgr.cl"),
    Office("SEREMI de Transportes y Telecomunicaciones Región de Antofagasta",
           "Ministerio de Transportes", "Seremi de Transportes", "gob", web="mtt.gob.cl"),
    Office("SEREMI de Educación Región de Antofagasta", "Ministerio de Educación",
           "Secretario Regional Ministerial de Educación", "gob", web="mineduc.cl"),
)  # fmt: skip


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    given = rng.choice(GIVEN_F if fem else GIVEN_M)
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{given} {first} {second}", fem)


def address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return f"{street[0].upper()}{street[1:]} {rng.randint(40, 3900)}"


# Which offices write about a unit's matters (by a word of their name).
_COMPETENT: dict[str, tuple[str, ...]] = {
    "alcaldia": ("Delegación", "Gobierno Regional"),
    "secretaria-municipal": ("Delegación", "Gobierno Regional"),
    "administracion": ("Delegación", "Tesorería", "Gobierno Regional"),
    "dom": ("SERVIU", "Vialidad", "Aguas", "Superintendencia", "Evaluación", "Medio Ambiente"),
    "dideco": ("Migraciones", "Niñez", "CONADI", "SERVIU"),
    "secplan": ("Gobierno Regional", "SERVIU", "Vialidad"),
    "daf": ("Impuestos", "Tesorería"),
    "transito": ("Transportes", "Vialidad"),
    "jpl": ("Transportes", "Delegación"),
    "control": ("Gobierno Regional", "Tesorería"),
    "juridica": ("Aguas", "Superintendencia", "Medio Ambiente", "CONADI"),
    "salud": ("Salud", "Medio Ambiente", "Migraciones"),
    "educacion": ("SEREMI de Educación", "Niñez", "CONADI"),
}


def offices_for(unit: str) -> tuple[Office, ...]:
    """The offices that write about ``unit``'s matters (all of them if none is listed)."""
    words = _COMPETENT.get(unit, ())
    return tuple(o for o in SERVICES if any(w in o.org for w in words)) or SERVICES


def is_female_post(post: str) -> bool:
    first = post.split()[0]
    return first == "Jefa" or (first.endswith("a") and first != "Seremi")
