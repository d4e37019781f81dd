"""Vichuquén (Región del Maule): its people, places, organisations, companies and municipal
officials. All persons, streets, organisations and companies are invented; the localities are
the commune's real place names, so that the documents read like the coast of Curicó."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen.world import rut_text  # the truth's canonical RUT, as devgen keeps it

MUNI_NAMES = (
    "Ilustre Municipalidad de Vichuquén",
    "I. Municipalidad de Vichuquén",
    "Municipalidad de Vichuquén",
    "ILUSTRE MUNICIPALIDAD DE VICHUQUÉN",
    "I. MUNICIPALIDAD DE VICHUQUÉN",
)
MUNI = MUNI_NAMES[0]
MUNI_RUT = 69_110_740
MUNI_ADDRESSES = ("Calle Comercio 291", "Comercio N° 291", "Av. Padre Alberto Hurtado 120")
MUNI_PHONES = ("(75) 2 401 300", "75 2401300", "+56 75 240 1300", "(75) 2 401 312")
MUNI_WEB = ("www.munivichuquen.cl", "munivichuquen.cl")
MUNI_MAIL = ("partes@munivichuquen.cl", "oficinadepartes@munivichuquen.cl")
REGION_LINES = ("Región del Maule", "Provincia de Curicó", "VII Región del Maule", "Chile")

GIVEN_F = (
    "María José", "Carmen Gloria", "Rosa", "Ximena", "Lorena", "Patricia", "Fernanda",
    "Javiera", "Karina", "Yolanda", "Viviana", "Claudia", "Marisol", "Elena", "Francisca",
    "Bernardita", "Nelly", "Sandra Paola", "Teresa", "Macarena", "Gabriela", "Inés",
    "Soledad", "Catalina", "Norma", "Alejandra", "Valeria", "Jacqueline", "Pamela", "Irma",
)  # fmt: skip
GIVEN_M = (
    "Juan Pablo", "Luis", "Sergio", "Manuel", "Hernán", "Ricardo", "Marcelo", "Óscar",
    "Pedro Pablo", "Gonzalo", "Mauricio", "Cristóbal", "Nelson", "Raúl", "Tomás", "Eduardo",
    "Alejandro", "Víctor Hugo", "Arturo", "Claudio", "Rubén", "Fabián", "Matías", "Julio",
    "Germán", "Domingo", "Iván", "José Miguel", "Segundo", "Ramón",
)  # fmt: skip
SURNAMES = (
    "Arriagada", "Sepúlveda", "Farías", "Gaete", "Valdés", "Urrutia", "Reyes", "Oyarce",
    "Cerda", "Pizarro", "Mella", "Letelier", "Cabello", "Donoso", "Tapia", "Vergara",
    "Galaz", "Sanhueza", "Muñoz", "Navarro", "Acevedo", "Castro", "Olave", "Parraguez",
    "Cáceres", "Zúñiga", "Bravo", "Rebolledo", "Espinoza", "Moya", "Cornejo", "Leiva",
    "Troncoso", "Abarca", "Aravena", "Jara", "Henríquez", "Ibarra", "Quiroz", "Silva",
    "Salgado", "Alarcón", "Peña", "Vidal", "Labra", "Díaz", "Orellana", "Riquelme",
)  # fmt: skip

SECTORS = (
    "Llico", "Lipimávida", "Boyeruca", "Aquelarre", "Rarín", "Tilicura", "Culenmapu",
    "Laguna Torca", "Pichibudi", "La Quebrada", "Villa Los Pescadores", "Población San Pedro",
    "Villa El Mirador del Lago", "Bahía El Durazno", "Vichuquén urbano", "Los Coipos",
)  # fmt: skip
STREETS = (
    "calle Comercio", "calle Rodríguez Ossa", "pasaje Las Totoras", "calle Los Boldos",
    "avenida Lago Vichuquén", "calle Padre Oyarzún", "camino a Llico", "calle Arturo Prat",
    "calle Los Pescadores", "pasaje El Quillay", "costanera de Llico", "calle San Antonio",
    "Ruta J-824", "calle Errázuriz", "pasaje Los Litres", "camino Boyeruca-Lipimávida",
)  # fmt: skip
JJVV = (
    "Junta de Vecinos Villa El Mirador", "Junta de Vecinos N° 7 Boyeruca Unida",
    "Junta de Vecinos Lipimávida Sur", "Junta de Vecinos Rarín Alto",
    "Junta de Vecinos Población San Pedro", "Junta de Vecinos Aquelarre",
)  # fmt: skip
ORGS = (
    "Club de Adulto Mayor Renacer de Aquelarre", "Comité de Agua Potable Rural Lipimávida",
    "Sindicato de Pescadores Artesanales de Llico", "Club Deportivo Estrella del Lago",
    "Agrupación Cultural Raíces de Vichuquén", "Comité de Vivienda Nuevo Amanecer de Tilicura",
    "Unión Comunal de Juntas de Vecinos de Vichuquén", "Cámara de Turismo del Lago Vichuquén",
    "Centro General de Padres Escuela Llico", "Agrupación de Artesanos de Boyeruca",
)  # fmt: skip
COMPANIES = (
    ("Constructora Los Maitenes SpA", 76), ("Transportes Rarín Limitada", 77),
    ("Áridos Costa Maule S.A.", 96), ("Inmobiliaria Bahía Azul SpA", 76),
    ("Servicios Eléctricos Mataquito Ltda.", 78), ("Cabañas Laguna Torca E.I.R.L.", 77),
    ("Gestión Ambiental Costa Curicó SpA", 76), ("Distribuidora de Gas La Costa Ltda.", 79),
    ("Sociedad Agrícola El Peumo Limitada", 78), ("Ingeniería y Proyectos Huemul SpA", 76),
    ("Consultora Territorial Sur SpA", 77), ("Forestal Cordón Costero S.A.", 96),
)  # fmt: skip
SCHOOLS = (
    "Escuela Básica de Llico", "Liceo Polivalente Ramón Freire de Vichuquén",
    "Escuela Rural El Durazno", "Escuela Básica Lipimávida", "Escuela Rural Boyeruca",
    "Jardín Infantil Caracolito de Llico", "Escuela Rural Aquelarre",
)  # fmt: skip
HEALTH = (
    "CESFAM Vichuquén", "Posta de Salud Rural Llico", "Posta de Salud Rural Aquelarre",
    "Estación Médico Rural Boyeruca", "Posta de Salud Rural Lipimávida",
)  # fmt: skip
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    female: bool

    @property
    def title(self) -> str:
        return "Sra." if self.female else "Sr."

    def initials(self) -> str:
        """The upper-case initials that open the typist's line: «Juan Pablo Reyes» → JPR."""
        return "".join(w[0] for w in self.name.split() if w[0].isupper())


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    given = rng.choice(GIVEN_F if fem else GIVEN_M)
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{given} {first} {second}", fem)


@dataclass(frozen=True)
class Unit:
    """A municipal unit and the ways documents name it."""

    code: str
    full: str
    short: str  # the acronym or the short name people use
    post: str  # its head's post (masculine or feminine as the official is)
    chief: Person


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("alcaldia", "Alcaldía", "Gabinete", "Alcalde",
             Person("Patricio Antonio Lizana Cornejo", False)),
        Unit("secretaria-municipal", "Secretaría Municipal", "Secretaría Municipal",
             "Secretaria Municipal", Person("Marcela Ivonne Retamal Fuentes", True)),
        Unit("administracion", "Administración Municipal", "Administración",
             "Administrador Municipal", Person("Jorge Andrés Valenzuela Briones", False)),
        Unit("dom", "Dirección de Obras Municipales", "DOM", "Director de Obras Municipales",
             Person("Cristián Eduardo Maturana Poblete", False)),
        Unit("dideco", "Dirección de Desarrollo Comunitario", "DIDECO",
             "Directora de Desarrollo Comunitario",
             Person("Carolina Beatriz Saavedra Orellana", True)),
        Unit("secplan", "Secretaría Comunal de Planificación", "SECPLAN",
             "Secretario Comunal de Planificación",
             Person("Felipe Ignacio Rojas Gutiérrez", False)),
        Unit("daf", "Dirección de Administración y Finanzas", "DAF",
             "Directora de Administración y Finanzas", Person("Ana María Bustamante Leiva", True)),
        Unit("transito", "Dirección de Tránsito y Transporte Público", "Tránsito",
             "Director de Tránsito", Person("Héctor Manuel Parra Salinas", False)),
        Unit("jpl", "Juzgado de Policía Local", "JPL", "Jueza de Policía Local",
             Person("Verónica Paz Espinoza Ortúzar", True)),
        Unit("control", "Dirección de Control", "Control", "Director de Control",
             Person("Luis Alberto Quezada Morales", False)),
        Unit("juridica", "Asesoría Jurídica", "Jurídico", "Asesora Jurídica",
             Person("Daniela Constanza Herrera Vidal", True)),
        Unit("salud", "Departamento de Salud Municipal", "DESAM",
             "Directora del Departamento de Salud", Person("Paula Andrea Núñez Cancino", True)),
        Unit("educacion", "Departamento de Administración de Educación Municipal", "DAEM",
             "Jefe DAEM", Person("Rodrigo Esteban Gajardo Toro", False)),
    )
}  # fmt: skip
UNIT_CODES = tuple(UNITS)


GENDERED = (
    ("Directora", "Director"),
    ("Secretaria", "Secretario"),
    ("Jueza", "Juez"),
    ("Administradora", "Administrador"),
    ("Asesora", "Asesor"),
    ("Jefa", "Jefe"),
)


@dataclass(frozen=True)
class Official:
    person: Person
    cargo: str  # as the signature and the truth print it
    unit: str


def official(rng: random.Random, code: str, *, stand_in: float = 0.1) -> Official:
    """The head of a unit, or now and then whoever stands in (subrogante)."""
    unit = UNITS[code]
    if rng.random() < stand_in:
        who = person(rng)
        post = unit.post if code != "alcaldia" else ("Alcaldesa" if who.female else "Alcalde")
        return Official(who, gendered(post, who.female) + " (S)", code)
    return Official(unit.chief, unit.post, code)


def gendered(post: str, female: bool, pairs: tuple[tuple[str, str], ...] = GENDERED) -> str:
    """«Director de Obras» for a man, «Directora de Obras» for a woman; ``pairs``: the
    (feminine, masculine) first words it knows."""
    first, _sep, rest = post.partition(" ")
    for fem, masc in pairs:
        if first in (fem, masc):
            first = fem if female else masc
    return f"{first} {rest}".strip()


def unit_named(rng: random.Random, code: str) -> str:
    """How a document names a unit: in full, by its acronym or by its head's post."""
    unit = UNITS[code]
    return rng.choice((unit.full, unit.full.upper(), unit.short, unit.post, unit.post.upper()))


# --- RUTs ----------------------------------------------------------------------------------


def rut_printed(rng: random.Random, number: int) -> str:
    canonical = rut_text(number)
    roll = rng.random()
    if roll < 0.6:
        return canonical
    if roll < 0.8:
        return canonical.replace(".", "")
    return canonical.replace("-", " - ") if roll < 0.9 else canonical.lower()


def person_rut(rng: random.Random) -> int:
    return rng.randint(4_800_000, 26_500_000)


def company_rut(rng: random.Random, prefix: int) -> int:
    return prefix * 1_000_000 + rng.randint(100_000, 999_999)


def phone(rng: random.Random) -> str:
    mobile = f"{rng.randint(5000, 9999)} {rng.randint(1000, 9999)}"
    return rng.choice((f"+56 9 {mobile}", f"9-{mobile.replace(' ', '')}", f"09 {mobile}"))


def email(rng: random.Random, who: Person) -> str:
    words = who.name.lower().split()
    base = rng.choice((f"{words[0]}.{words[-2]}", f"{words[0][0]}{words[-2]}{rng.randint(1, 99)}"))
    plain = base.translate(str.maketrans("áéíóúñü", "aeiounu"))
    return f"{plain}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.cl'))}"


def address(rng: random.Random) -> tuple[str, str]:
    """(street and number, sector)."""
    street = rng.choice(STREETS)
    number = f"{rng.randint(12, 1480)}" if "Ruta" not in street else f"km {rng.randint(2, 38)}"
    return f"{street[0].upper()}{street[1:]} {number}", rng.choice(SECTORS)
