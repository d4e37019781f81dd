"""Names, places, institutions, dates and numbers of the evaluation set's municipality.

The municipality is Licantén (Maule), not the project's default one: the benchmark
configures the classifier with this name, as another municipality would.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date

COMMUNE = "Licantén"
MUNICIPALITY = "Ilustre Municipalidad de Licantén"
REGION = "ML"  # Maule
REGION_NAME = "Región del Maule"

# How the municipality writes its own name on paper.
MUNI_VARIANTS = (
    "ILUSTRE MUNICIPALIDAD DE LICANTÉN",
    "I. MUNICIPALIDAD DE LICANTÉN",
    "MUNICIPALIDAD DE LICANTÉN",
    "Municipalidad de Licantén",
)

GIVEN_F = (
    "Marcela",
    "Javiera",
    "Carolina",
    "Paulina",
    "Ximena",
    "Lorena",
    "Viviana",
    "Rocío",
    "Constanza",
    "Fernanda",
    "Gladys",
    "Margarita",
    "Yasna",
    "Pamela",
    "Claudia",
    "Bernardita",
    "Soledad",
    "Macarena",
    "Katherine",
    "Nicole",
    "Elizabeth",
    "Olga",
    "Teresa",
    "Valeska",
)
GIVEN_M = (
    "Rodrigo",
    "Cristián",
    "Patricio",
    "Gonzalo",
    "Mauricio",
    "Sebastián",
    "Ignacio",
    "Felipe",
    "Héctor",
    "Luis Alberto",
    "Juan Carlos",
    "Osvaldo",
    "Ricardo",
    "Eduardo",
    "Matías",
    "Esteban",
    "Marcelo",
    "Hernán",
    "Jaime",
    "Claudio",
    "Víctor Hugo",
    "Alejandro",
    "Tomás",
    "Benjamín",
)
SURNAMES = (
    "Valdebenito", "Muñoz", "Rojas", "Fuentealba", "Contreras", "Sandoval", "Riquelme", "Orellana",
    "Bravo", "Navarrete", "Aravena", "Quezada", "Lagos", "Vergara", "Espinoza", "Tapia", "Farías",
    "Salinas", "Poblete", "Zúñiga", "Cáceres", "Moraga", "Urrutia", "Opazo", "Gutiérrez", "Acuña",
    "Villalobos", "Leiva", "Cornejo", "Saavedra", "Jara", "Olivares", "Arriagada", "Toledo",
    "Mardones", "Inostroza", "San Martín", "Bustamante", "Correa", "Ibarra",
)  # fmt: skip

STREETS = (
    "calle Balmaceda",
    "avenida Manuel Rodríguez",
    "calle Comercio",
    "calle Errázuriz",
    "pasaje Las Camelias",
    "calle O'Higgins",
    "avenida Costanera",
    "calle Arturo Prat",
    "pasaje Los Laureles",
    "calle Membrillar",
    "camino a Iloca",
    "calle Nueva Uno",
    "calle Carlos Vergara",
    "pasaje El Boldo",
    "calle Bernardo Montt",
    "avenida Padre Hurtado",
    "calle Brasil",
    "pasaje Vicente Pérez Rosales",
    "calle Los Conquistadores",
    "camino a Lora",
    "calle José Miguel Carrera",
    "pasaje Santa Rosa",
    "calle Lautaro",
    "avenida Circunvalación",
)
SECTORS = (
    "Iloca",
    "Duao",
    "La Pesca",
    "Lora",
    "Huelón",
    "Quelmen",
    "El Culenar",
    "Rapilermo",
    "Villa Padre Hurtado",
    "Población Manuel Larraín",
    "Villa Don Sebastián",
    "Los Pellines",
    "Villa Mataquito",
    "Población San Andrés",
    "Sector La Huerta",
    "Población Nueva Esperanza",
    "Villa El Mirador",
    "Sector Parronal",
    "Caleta Duao",
    "Villa Costa Azul",
)
SCHOOLS = (
    "Escuela Básica Luis Cruz Martínez",
    "Liceo Polivalente Licantén",
    "Escuela Rural Lora",
    "Escuela Iloca",
    "Escuela Básica Santa Teresita",
    "Jardín Infantil Semillita",
    "Escuela Rural Huelón",
    "Liceo Técnico Profesional Mataquito",
)
HEALTH = (
    "CESFAM Licantén",
    "Posta de Salud Rural Lora",
    "Posta de Salud Rural Iloca",
    "CECOSF Villa Padre Hurtado",
    "SAPU Licantén",
    "Posta de Salud Rural Huelón",
)
ORGS = (
    "Junta de Vecinos Villa Mataquito", "Club Deportivo Unión Iloca", "Club de Adulto Mayor "
    "Años Dorados", "Comité de Vivienda Nuevo Amanecer", "Agrupación de Pescadores de Duao",
    "Centro de Madres Flor del Valle", "Junta de Vecinos Los Pellines", "Club de Huasos de Lora",
    "Comité de Agua Potable Rural Quelmen", "Agrupación Cultural Raíces del Mataquito",
    "Sindicato de Trabajadores Independientes Caleta Duao", "Centro de Padres Escuela Iloca",
)  # fmt: skip
PLACES = (
    "Brisas del Mataquito",
    "Altos de Iloca",
    "Villa Los Castaños",
    "Esperanza Costera",
    "Mirador del Mar",
    "Don Alfonso",
    "Las Terrazas de Duao",
    "Nuevo Horizonte",
    "El Quillay",
)
COMPANIES = (
    "Constructora Río Mataquito Ltda.",
    "Servicios Eléctricos Curicó SpA",
    "Transportes Hermanos Leiva E.I.R.L.",
    "Inmobiliaria Costa Maule S.A.",
    "Comercial El Roble Limitada",
    "Ingeniería Vial del Centro SpA",
    "Áridos San Gabriel Ltda.",
    "Sociedad Agrícola Las Vertientes Ltda.",
    "Eco Residuos Maule SpA",
    "Gráfica Talca Ltda.",
    "Consultora Territorio y Agua SpA",
    "Forestal Quivolgo S.A.",
)

# (institution, region office, signer's title) of the state services that write to a municipality.
SERVICES = (
    ("Servicio de Vivienda y Urbanización", "SERVIU Región del Maule", "Director Regional"),
    ("Secretaría Regional Ministerial de Salud", "Seremi de Salud Región del Maule",
     "Secretario Regional Ministerial"),
    ("Gobierno Regional del Maule", "División de Presupuesto e Inversión Regional",
     "Gobernadora Regional"),
    ("Dirección de Vialidad", "Dirección Regional de Vialidad Maule", "Director Regional"),
    ("Subsecretaría de Desarrollo Regional y Administrativo", "Unidad Regional SUBDERE Maule",
     "Jefe Unidad Regional"),
    ("Servicio Nacional de Prevención y Respuesta ante Desastres", "Dirección Regional Maule",
     "Director Regional"),
    ("Junta Nacional de Auxilio Escolar y Becas", "Dirección Regional JUNAEB Maule",
     "Directora Regional"),
    ("Superintendencia de Educación", "Dirección Regional del Maule", "Director Regional"),
    ("Servicio de Salud del Maule", "Subdirección de Atención Primaria", "Director"),
    ("Secretaría Regional Ministerial de Transportes y Telecomunicaciones",
     "Seremitt Región del Maule", "Secretaria Regional Ministerial"),
    ("Servicio Agrícola y Ganadero", "Oficina Sectorial Curicó", "Jefe de Oficina"),
    ("Servicio de Impuestos Internos", "Dirección Regional Talca", "Director Regional"),
    ("Instituto de Desarrollo Agropecuario", "Agencia de Área Licantén", "Jefa de Área"),
    ("Servicio Nacional de Pesca y Acuicultura", "Dirección Regional Maule", "Director Regional"),
    ("Fondo de Solidaridad e Inversión Social", "Dirección Regional Maule", "Director Regional"),
    ("Secretaría Regional Ministerial de Educación", "Seremi de Educación Maule",
     "Secretaria Regional Ministerial"),
    ("Servicio Nacional del Patrimonio Cultural", "Dirección Regional Maule", "Directora Regional"),
    ("Corporación Nacional Forestal", "Oficina Provincial Curicó", "Jefe Provincial"),
)  # fmt: skip

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip

# Municipal units: code -> (name on paper, director's title).
UNITS = {
    "alcaldia": ("ALCALDÍA", "Jefa de Gabinete"),
    "secretaria-municipal": ("SECRETARÍA MUNICIPAL", "Secretario Municipal"),
    "administracion": ("ADMINISTRACIÓN MUNICIPAL", "Administrador Municipal"),
    "dom": ("DIRECCIÓN DE OBRAS MUNICIPALES", "Director de Obras Municipales"),
    "dideco": ("DIRECCIÓN DE DESARROLLO COMUNITARIO", "Directora de Desarrollo Comunitario"),
    "secplan": ("SECRETARÍA COMUNAL DE PLANIFICACIÓN", "Secretario Comunal de Planificación"),
    "daf": ("DIRECCIÓN DE ADMINISTRACIÓN Y FINANZAS", "Directora de Administración y Finanzas"),
    "transito": ("DIRECCIÓN DE TRÁNSITO Y TRANSPORTE PÚBLICO", "Director de Tránsito"),
    "jpl": ("JUZGADO DE POLICÍA LOCAL", "Juez de Policía Local"),
    "control": ("DIRECCIÓN DE CONTROL INTERNO", "Directora de Control"),
    "juridica": ("ASESORÍA JURÍDICA", "Asesor Jurídico"),
    "salud": ("DEPARTAMENTO DE SALUD MUNICIPAL", "Director del Departamento de Salud"),
    "educacion": ("DEPARTAMENTO DE EDUCACIÓN MUNICIPAL", "Jefa DAEM"),
}


@dataclass(frozen=True)
class Person:
    name: str
    female: bool

    @property
    def upper(self) -> str:
        return self.name.upper()


def person(rng: random.Random, *, female: bool | None = None) -> Person:
    fem = rng.random() < 0.5 if female is None else female
    given = rng.choice(GIVEN_F if fem else GIVEN_M)
    first, second = rng.sample(SURNAMES, 2)
    return Person(f"{given} {first} {second}", fem)


def rut(rng: random.Random) -> str:
    body = rng.randint(5_000_000, 24_999_999)
    total, factor = 0, 2
    for digit in reversed(str(body)):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    check = 11 - total % 11
    dv = "0" if check == 11 else "K" if check == 10 else str(check)
    return f"{body:,}".replace(",", ".") + f"-{dv}"


def phone(rng: random.Random) -> str:
    return f"+56 9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}"


def email(rng: random.Random, who: Person) -> str:
    parts = who.name.lower().split()
    user = f"{parts[0][0]}{parts[-2]}" if rng.random() < 0.5 else f"{parts[0]}.{parts[-2]}"
    plain = user.translate(str.maketrans("áéíóúñü '", "aeiounu__"))
    return f"{plain}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.es'))}"


def address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} N° {rng.randint(12, 1890)}, {COMMUNE}"


def when(rng: random.Random) -> date:
    return date(rng.choice((2024, 2025)), rng.randint(1, 12), rng.randint(1, 28))


def long_date(d: date, *, weekday: bool = False) -> str:
    text = f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"
    if weekday:
        names = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
        text = f"{names[d.weekday()]} {text}"
    return text


def written_date(rng: random.Random, d: date) -> str:
    """A date as offices print it, in one of the usual forms."""
    style = rng.randrange(6)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == 3:
        return f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}"
    return long_date(d)


def number(rng: random.Random, low: int = 12, high: int = 3400) -> str:
    return str(rng.randint(low, high))


def dotted(num: str) -> str:
    """1245 -> 1.245, as numbers above a thousand are usually printed."""
    return f"{int(num):,}".replace(",", ".") if num.isdigit() else num


def initials(rng: random.Random, count: int = 2) -> str:
    marks = ["".join(rng.choice("ABCDEFGHIJLMNOPRSTVXY") for _ in range(3)) for _ in range(count)]
    sep = rng.choice(("/", "/", "-"))
    return sep.join(m if i == 0 else m.lower() for i, m in enumerate(marks))


def money(rng: random.Random, low: int, high: int) -> str:
    return "$ " + f"{rng.randrange(low, high, 1000):,}".replace(",", ".")


_SMALL_WORDS = {"de", "del", "la", "las", "los", "y", "e", "el", "en"}


def unit_name(code: str) -> str:
    """'DIRECCIÓN DE OBRAS MUNICIPALES' -> 'Dirección de Obras Municipales'."""
    words = UNITS[code][0].lower().split()
    return " ".join(
        w if w in _SMALL_WORDS and i else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_MASCULINE = r"(Liceo|Jardín|Club|Comité|Centro|Sindicato|CESFAM|CECOSF|SAPU)"
_FEMININE = r"(Escuela|Junta|Agrupación|Posta)"


def agree(text: str) -> str:
    """Articles that agree with the name that follows ("de la Liceo" -> "del Liceo")."""
    text = re.sub(rf"\bde la {_MASCULINE}", r"del \1", text)
    text = re.sub(rf"\ba la {_MASCULINE}", r"al \1", text)
    text = re.sub(
        rf"\b([Ll])a {_MASCULINE}", lambda m: ("E" if m[1] == "L" else "e") + "l " + m[2], text
    )
    text = re.sub(rf"\bdel {_FEMININE}", r"de la \1", text)
    text = re.sub(rf"\bal {_FEMININE}", r"a la \1", text)
    return re.sub(
        rf"\b([Ee])l {_FEMININE}", lambda m: ("L" if m[1] == "E" else "l") + "a " + m[2], text
    )
