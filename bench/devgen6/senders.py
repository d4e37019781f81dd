"""Who writes to San Pedro de la Paz: the Biobío offices of the state (each a devgen2
Service: its name as the letterhead prints it, its signer's post, its city, the municipal
units its matters concern, its mark), the courts, the neighbouring municipalities and the
firms (a constructora, the water, power and telecom companies), each with the units their
letters concern."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen2.services import Service
from bench.devgen2.world import gendered
from bench.devgen3.services import GENDERED

SERVICES: tuple[Service, ...] = (
    Service("Tesorería General de la República", "Tesorero Regional del Biobío", "Concepción",
            ("daf",), office="Tesorería Regional Concepción", street="Aníbal Pinto 442"),
    Service("Dirección del Trabajo", "Inspectora Comunal del Trabajo", "San Pedro de la Paz",
            ("administracion", "educacion", "salud"), above="Ministerio del Trabajo y "
            "Previsión Social", office="Inspección Comunal del Trabajo San Pedro de la Paz",
            female=True),
    Service("Secretaría Regional Ministerial de Salud Región del Biobío",
            "Secretario Regional Ministerial de Salud", "Concepción", ("salud", "dom", "daf"),
            above="Ministerio de Salud", office="Subdepartamento de Sumarios Sanitarios",
            street="O'Higgins 241, Concepción"),
    Service("Superintendencia de Electricidad y Combustibles", "Director Regional SEC Biobío",
            "Concepción", ("dom", "daf"), office="Dirección Regional del Biobío",
            emblem="drop"),
    Service("Gobierno Regional del Biobío", "Gobernador Regional del Biobío", "Concepción",
            ("secplan", "alcaldia"), emblem="seal",
            office="División de Presupuesto e Inversión Regional"),
    Service("Servicio de Vivienda y Urbanización Región del Biobío",
            "Directora SERVIU Región del Biobío", "Concepción", ("dom", "secplan", "dideco"),
            above="Ministerio de Vivienda y Urbanismo", office="Departamento de Pavimentación",
            female=True),
    Service("Secretaría Regional Ministerial de Vivienda y Urbanismo Región del Biobío",
            "Secretario Regional Ministerial de Vivienda y Urbanismo", "Concepción",
            ("dom", "secplan"), above="Ministerio de Vivienda y Urbanismo",
            office="Departamento de Desarrollo Urbano"),
    Service("Subsecretaría de Prevención del Delito", "Coordinadora Regional Biobío",
            "Concepción", ("alcaldia", "dideco"), above="Ministerio de Seguridad Pública",
            female=True),
    Service("Carabineros de Chile", "Comisario 16ª Comisaría San Pedro de la Paz",
            "San Pedro de la Paz", ("transito", "alcaldia", "jpl"), emblem="carab",
            office="VIII Zona Biobío - Prefectura Concepción"),
    Service("Policía de Investigaciones de Chile", "Jefe Brigada de Investigación Criminal "
            "San Pedro de la Paz", "San Pedro de la Paz", ("juridica", "dideco"),
            office="Región Policial del Biobío", emblem="columns"),
    Service("Servicio de Impuestos Internos", "Director Regional", "Concepción", ("daf",),
            office="Dirección Regional Concepción", emblem="ballot"),
    Service("Secretaría Regional Ministerial de Educación Región del Biobío",
            "Secretaria Regional Ministerial de Educación", "Concepción", ("educacion",),
            above="Ministerio de Educación", female=True),
    Service("Servicio Nacional para la Prevención y Rehabilitación del Consumo de Drogas y "
            "Alcohol", "Director Regional SENDA Biobío", "Concepción", ("dideco",),
            above="Ministerio del Interior", emblem="leaf"),
    Service("Contraloría Regional del Biobío", "Contralor Regional del Biobío", "Concepción",
            ("control", "daf"), emblem="cgr", office="Unidad de Auditoría e Inspección"),
)  # fmt: skip

# Who funds the municipality's projects: (funder, fund, its signer, the matters' keys).
FUNDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Gobierno Regional del Biobío", "FRIL", "Gobernador Regional del Biobío",
     ("secplan:01", "secplan:03")),
    ("Servicio Nacional para la Prevención y Rehabilitación del Consumo de Drogas y Alcohol",
     "SENDA Previene", "Director Regional SENDA Biobío", ("dideco:03",)),
    ("Subsecretaría de Prevención del Delito", "Fondo Nacional de Seguridad Pública",
     "Subsecretario de Prevención del Delito", ("alcaldia:02",)),
    ("Subsecretaría de Desarrollo Regional y Administrativo", "PMU",
     "Subsecretaria de Desarrollo Regional y Administrativo", ("secplan:04",)),
)  # fmt: skip

COURTS: tuple[Service, ...] = (
    Service("Juzgado de Letras de Coronel", "Juez Titular", "Coronel", ("juridica",),
            emblem="pjud"),
    Service("Iltma. Corte de Apelaciones de Concepción", "Ministra de Fe", "Concepción",
            ("juridica",), emblem="pjud", female=True),
    Service("Juzgado de Letras del Trabajo de Concepción", "Jueza Titular", "Concepción",
            ("juridica",), emblem="pjud", female=True),
    Service("Primer Juzgado de Policía Local de Concepción", "Juez de Policía Local",
            "Concepción", ("transito", "jpl"), emblem="none"),
)  # fmt: skip

# Neighbouring municipalities: (name, city).
MUNICIPALITIES = (
    ("Ilustre Municipalidad de Concepción", "Concepción"),
    ("Municipalidad de Talcahuano", "Talcahuano"),
    ("Ilustre Municipalidad de Coronel", "Coronel"),
    ("Municipalidad de Chiguayante", "Chiguayante"),
    ("Municipalidad de Hualqui", "Hualqui"),
)


@dataclass(frozen=True)
class Firm:
    name: str
    prefix: int  # a RUT's first digits
    city: str
    post: str  # the signer's
    units: tuple[str, ...]
    street: str


FIRMS: tuple[Firm, ...] = (
    Firm("ESSBIO S.A.", 76, "Concepción", "Subgerente Zonal Concepción", ("dom", "secplan"),
         "Diagonal Pedro Aguirre Cerda 1129, Concepción"),
    Firm("CGE S.A.", 76, "Concepción", "Jefe de Zona Biobío", ("dom", "daf", "transito"),
         "Avenida Prat 199, Concepción"),
    Firm("Constructora Puente Llacolén SpA", 77, "San Pedro de la Paz", "Representante Legal",
         ("secplan", "dom", "daf"), "Avenida Michimalonco 1840, San Pedro de la Paz"),
    Firm("Ingeniería y Pavimentos Biobío Ltda.", 78, "Concepción", "Gerente General",
         ("secplan", "dom", "daf"), "Barros Arana 1020, of. 504, Concepción"),
    Firm("Telecomunicaciones del Sur S.A.", 96, "Santiago", "Jefa de Permisos Zona Sur",
         ("dom", "juridica"), "Avenida Apoquindo 4501, Las Condes"),
    Firm("Áreas Verdes Andalué SpA", 77, "San Pedro de la Paz", "Administrador de Contrato",
         ("daf", "control", "dom"), "Los Notros 221, San Pedro de la Paz"),
    Firm("Transportes Urbanos Costa Biobío S.A.", 96, "Coronel", "Gerente de Operaciones",
         ("transito",), "Manuel Montt 90, Coronel"),
)  # fmt: skip

# What each office or court writes about: its matters' keys (topics.BY_KEY), by a word of
# its name.
WRITES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tesorería", ("daf:03", "daf:04")),
    ("Dirección del Trabajo", ("administracion:02", "juridica:01", "control:03", "salud:01")),
    ("Salud", ("salud:02", "salud:03", "dom:03")),
    ("Electricidad", ("dom:05", "daf:02")),
    ("Gobierno Regional", ("secplan:01", "secplan:03")),
    ("Servicio de Vivienda", ("dom:01", "secplan:03")),
    ("Vivienda y Urbanismo", ("dom:02", "dom:03")),
    ("Prevención del Delito", ("alcaldia:02",)),
    ("Carabineros", ("transito:01", "transito:03", "jpl:02", "alcaldia:02")),
    ("Investigaciones", ("dom:03", "alcaldia:02")),
    ("Impuestos", ("daf:03",)),
    ("Educación", ("educacion:01", "educacion:02", "educacion:03")),
    ("Drogas", ("dideco:03",)),
    ("Contraloría", ("control:01", "control:02", "control:03", "administracion:01", "daf:04")),
    ("Corte", ("juridica:02",)),
    ("Trabajo de Concepción", ("juridica:01",)),
    ("Coronel", ("juridica:03", "juridica:02")),
    ("Policía Local", ("transito:02", "jpl:01")),
)


def writes(s: Service) -> tuple[str, ...]:
    """The keys of the matters ``s`` writes about."""
    return next(keys for word, keys in WRITES if word in s.org)


def matched(rng: random.Random, key: str, pool: tuple[Service, ...]) -> tuple[Service, str]:
    """(a service of ``pool`` that writes about matter ``key``, the key); when none does, a
    service and one of its own matters."""
    fitting = [s for s in pool if key in writes(s)]
    if fitting:
        return rng.choice(fitting), key
    s = rng.choice(pool)
    return s, rng.choice(writes(s))


def post(s: Service, female: bool) -> str:
    """The signer's post as a woman or a man holds it."""
    return gendered(s.cargo, female, GENDERED)


def domain(org: str) -> str:
    legal = {"s.a.", "spa", "ltda.", "de", "del", "la", "y"}
    words = [w for w in org.lower().replace(",", "").split() if w not in legal][:2]
    return "www." + "".join(words).translate(str.maketrans("áéíóú", "aeiou")) + ".cl"
