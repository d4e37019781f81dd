"""Who writes to Vicuña: the Coquimbo region's offices of the state (each a devgen2 Service:
its name as the letterhead prints it, its signer's post, its city, the units its matters
concern, its mark), the Fiscalía Local and the courts, the ministries that send circulars,
and the valley's firms (a pisquera, a table-grape grower, a mine, a rural bus line, an
astrotourism observatory, the water and power companies, a builder). Each office says which
matters it writes about (topic keys), how it numbers its oficios, how it labels the subject
and which law it cites."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen2.services import Service
from bench.devgen2.world import gendered
from bench.devgen3.services import GENDERED

SERVICES: tuple[Service, ...] = (
    Service("Secretaría Regional Ministerial de Salud Región de Coquimbo",
            "Secretario Regional Ministerial de Salud", "La Serena", ("salud", "dom"),
            above="Ministerio de Salud", office="Departamento de Salud Pública",
            street="Avenida Francisco de Aguirre 360, La Serena"),
    Service("Gobierno Regional de Coquimbo", "Gobernadora Regional de Coquimbo", "La Serena",
            ("secplan", "alcaldia"), emblem="seal", female=True,
            office="División de Presupuesto e Inversión Regional"),
    Service("Dirección de Obras Hidráulicas Región de Coquimbo",
            "Directora Regional de Obras Hidráulicas", "La Serena", ("secplan", "dideco"),
            above="Ministerio de Obras Públicas", office="Unidad de Servicios Sanitarios "
            "Rurales", female=True),
    Service("Dirección de Vialidad Región de Coquimbo", "Director Regional de Vialidad",
            "La Serena", ("dom", "transito"), above="Ministerio de Obras Públicas",
            office="Oficina Provincial de Vialidad Elqui"),
    Service("Servicio Agrícola y Ganadero", "Directora Regional SAG Coquimbo", "La Serena",
            ("dideco", "dom"), above="Ministerio de Agricultura", emblem="leaf",
            office="Oficina Sectorial Vicuña", female=True),
    Service("Corporación Nacional Forestal", "Director Regional CONAF Coquimbo", "La Serena",
            ("alcaldia", "dom"), above="Ministerio de Agricultura", emblem="tree",
            office="Departamento de Protección contra Incendios Forestales"),
    Service("Carabineros de Chile", "Teniente Jefe de la Tenencia Vicuña", "Vicuña",
            ("transito", "jpl", "alcaldia"), above="IV Zona Coquimbo - Prefectura Elqui",
            emblem="carab", office="Tenencia Vicuña"),
    Service("Fiscalía Local de Vicuña", "Fiscal Adjunto", "Vicuña", ("juridica", "dideco"),
            above="Ministerio Público - Fiscalía Regional de Coquimbo", emblem="seal"),
    Service("Servicio de Evaluación Ambiental Región de Coquimbo",
            "Directora Regional del Servicio de Evaluación Ambiental", "La Serena", ("dom",),
            above="Ministerio del Medio Ambiente", emblem="leaf", female=True),
    Service("Dirección del Trabajo", "Inspector Provincial del Trabajo", "La Serena",
            ("administracion", "juridica"), above="Ministerio del Trabajo y Previsión Social",
            office="Inspección Provincial del Trabajo La Serena"),
    Service("Servicio de Impuestos Internos", "Director Regional", "La Serena", ("daf",),
            office="Dirección Regional La Serena", emblem="ballot"),
    Service("Servicio Nacional de Turismo", "Directora Regional SERNATUR Coquimbo",
            "La Serena", ("dideco", "alcaldia"), female=True,
            above="Ministerio de Economía, Fomento y Turismo"),
    Service("Superintendencia de Educación", "Director Regional de la Superintendencia de "
            "Educación", "La Serena", ("educacion",), office="Dirección Regional de Coquimbo"),
    Service("Servicio de Salud Coquimbo", "Director del Servicio de Salud Coquimbo",
            "La Serena", ("salud",), above="Ministerio de Salud",
            office="Subdirección de Gestión Asistencial - Atención Primaria"),
    Service("Delegación Presidencial Provincial de Elqui", "Delegado Presidencial Provincial "
            "de Elqui", "Coquimbo", ("alcaldia", "dideco"), above="Ministerio del Interior"),
    Service("Secretaría Regional Ministerial de Vivienda y Urbanismo Región de Coquimbo",
            "Secretaria Regional Ministerial de Vivienda y Urbanismo", "La Serena",
            ("secplan", "dom"), above="Ministerio de Vivienda y Urbanismo", female=True,
            office="Departamento de Desarrollo Urbano e Infraestructura"),
    Service("Secretaría Regional Ministerial de Transportes y Telecomunicaciones Región de "
            "Coquimbo", "Secretario Regional Ministerial de Transportes y Telecomunicaciones",
            "La Serena", ("transito",), above="Ministerio de Transportes y Telecomunicaciones"),
    Service("Consejo de Monumentos Nacionales", "Encargada de la Oficina Técnica Regional "
            "Coquimbo", "La Serena", ("juridica",), female=True,
            above="Servicio Nacional del Patrimonio Cultural"),
    Service("Superintendencia del Medio Ambiente", "Jefa de la Oficina Regional de Coquimbo",
            "La Serena", ("dom",), emblem="leaf", female=True),
    Service("Juzgado de Letras de Vicuña", "Juez Titular", "Vicuña", ("juridica", "transito"),
            emblem="pjud", above="Poder Judicial"),
    Service("Iltma. Corte de Apelaciones de La Serena", "Secretaria de la Corte", "La Serena",
            ("juridica",), emblem="pjud", above="Poder Judicial", female=True),
)  # fmt: skip

# By a word of an office's name: (the matters it writes about, its oficios' labels, the
# label of its subject line, the law it cites).
HABITS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Regional Ministerial de Salud", ("salud:03", "salud:04", "dom:04"),
     ("ORD.", "Ord.", "OFICIO ORD."), ("MAT.:", "MATERIA:"), "el Código Sanitario"),
    ("Gobierno Regional", ("secplan:01", "secplan:02", "alcaldia:03"),
     ("ORD.", "OFICIO ORD.", "ORDINARIO"), ("MAT.:", "REF.:", "MATERIA:"),
     "la Ley N° 19.175, Orgánica Constitucional sobre Gobierno y Administración Regional"),
    ("Obras Hidráulicas", ("secplan:01", "dideco:02"), ("ORD. DOH", "ORD.", "ORD. D.O.H."),
     ("MAT.:", "Mat.:", "MATERIA :"), "la Ley N° 20.998, que regula los servicios sanitarios "
     "rurales"),
    ("Vialidad", ("dom:05", "transito:01"), ("ORD.", "ORDINARIO", "ORD. DRV"),
     ("MAT.:", "REF.:"), "el D.F.L. N° 850, de 1997, del Ministerio de Obras Públicas"),
    ("Agrícola", ("dideco:04", "dom:02"), ("ORD. SAG", "ORD. SAG", "ORD."),
     ("MAT.:", "MATERIA:", "ASUNTO:"), "el D.L. N° 3.516, de 1980, sobre división de predios "
     "rústicos"),
    ("Forestal", ("alcaldia:03", "dom:04"), ("ORD.", "OFICIO ORD."), ("MAT.:", "REF.:"),
     "el D.S. N° 276, de 1980, sobre roce a fuego"),
    ("Carabineros", ("transito:01", "transito:02", "jpl:02", "alcaldia:02"),
     ("OFICIO", "OF.", "Oficio"), ("OBJ.:", "OBJ.:", "OBJETO:"), "la Ley N° 19.925, sobre "
     "expendio y consumo de bebidas alcohólicas"),
    ("Fiscalía", ("juridica:04", "alcaldia:02"), ("OFICIO", "Oficio", "OF."),
     ("MAT.:", "Materia:"), "el artículo 180 del Código Procesal Penal"),
    ("Evaluación Ambiental", ("dom:06",), ("OFICIO ORD.", "ORD.", "ORD. D.R."),
     ("MAT.:", "MATERIA:", "REF.:"), "el artículo 9° ter de la Ley N° 19.300"),
    ("Trabajo", ("administracion:02", "administracion:03", "juridica:01"),
     ("ORD.", "Ord.", "OFICIO ORD."), ("MAT.:", "ASUNTO:"), "el artículo 184 del Código "
     "del Trabajo"),
    ("Impuestos", ("daf:04",), ("ORD.", "OFICIO ORD."), ("MAT.:", "MATERIA:"),
     "la Ley N° 17.235, sobre Impuesto Territorial"),
    ("Turismo", ("dideco:03", "alcaldia:01"), ("ORD.", "Ord."), ("MAT.:", "ASUNTO:", "REF.:"),
     "la Ley N° 20.423, del Sistema Institucional para el Desarrollo del Turismo"),
    ("Superintendencia de Educación", ("educacion:02", "educacion:03", "educacion:04"),
     ("ORD.", "OFICIO ORD."), ("MAT.:", "MATERIA:"), "la Ley N° 20.529"),
    ("Servicio de Salud", ("salud:01", "salud:02"), ("ORD.", "Ord.", "ORDINARIO"),
     ("MAT.:", "Materia:"), "la Ley N° 19.378, Estatuto de Atención Primaria "
     "de Salud Municipal"),
    ("Delegación", ("alcaldia:02", "alcaldia:03", "dideco:02"), ("ORD.", "OFICIO ORD."),
     ("MAT.:", "MATERIA:"), "la Ley N° 21.364, que establece el Sistema Nacional de "
     "Prevención y Respuesta ante Desastres"),
    ("Vivienda", ("secplan:04", "dom:01", "dom:02"), ("ORD.", "Ord.", "ORDINARIO"),
     ("MAT.:", "REF.:", "MATERIA:"), "el artículo 2.1.11 de la Ordenanza General de "
     "Urbanismo y Construcciones"),
    ("Transportes", ("transito:03", "transito:04"), ("ORD.", "OFICIO ORD."),
     ("MAT.:", "ASUNTO:"), "la Ley N° 18.290, de Tránsito"),
    ("Monumentos", ("juridica:04",), ("ORD. CMN", "ORD.", "OFICIO ORD."), ("MAT.:", "REF.:"),
     "la Ley N° 17.288, de Monumentos Nacionales"),
    ("Medio Ambiente", ("dom:03",), ("ORD.", "ORD. OR.COQ."), ("MAT.:", "MATERIA:"),
     "el D.S. N° 1, de 2022, del Ministerio del Medio Ambiente (norma lumínica)"),
    ("Juzgado", ("juridica:01", "transito:02"), ("OFICIO", "Oficio"), ("MAT.:", "Materia:"),
     "el artículo 238 del Código de Procedimiento Civil"),
    ("Corte", ("juridica:02",), ("OFICIO", "Oficio"), ("MAT.:", "Materia:"),
     "el Auto Acordado sobre tramitación del recurso de protección"),
)  # fmt: skip


def _habits(s: Service) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    return next(h[1:] for h in HABITS if h[0] in s.org)


def writes(s: Service) -> tuple[str, ...]:
    """The keys of the matters ``s`` writes about."""
    return _habits(s)[0]


def labels(s: Service) -> tuple[str, ...]:
    """How ``s`` heads its oficios: «ORD. SAG», «OFICIO», «ORD. DOH»."""
    return _habits(s)[1]


def subject_labels(s: Service) -> tuple[str, ...]:
    return _habits(s)[2]


def law(s: Service) -> str:
    return _habits(s)[3]


def matched(rng: random.Random, key: str, pool: tuple[Service, ...]) -> tuple[Service, str]:
    """(an office of ``pool`` that writes about matter ``key``, the key); when none does, an
    office and one of its own matters."""
    fitting = [s for s in pool if key in writes(s)]
    if fitting:
        return rng.choice(fitting), key
    s = rng.choice(pool)
    return s, rng.choice(writes(s))


def post(s: Service, female: bool) -> str:
    """The signer's post as a woman or a man holds it."""
    return gendered(s.cargo, female, GENDERED)


def domain(org: str) -> str:
    legal = {"s.a.", "spa", "ltda.", "de", "del", "la", "y", "región", "coquimbo"}
    words = [w for w in org.lower().replace(",", "").split() if w not in legal][:2]
    plain = "".join(words).translate(str.maketrans("áéíóúñ", "aeioun"))
    return f"www.{plain}.cl"


CONTRALORIA = Service(
    "Contraloría Regional de Coquimbo",
    "Contralor Regional de Coquimbo",
    "La Serena",
    ("control", "daf", "administracion", "juridica"),
    emblem="cgr",
    office="Unidad de Control Externo",
    street="Cienfuegos 180, La Serena",
)

# Ministries and national services that send circulars to every municipality: (service,
# the unit its circulars concern, the summaries they carry).
MINISTRIES: tuple[tuple[Service, str, tuple[str, ...]], ...] = (
    (Service("Subsecretaría de Desarrollo Regional y Administrativo", "Subsecretario de "
             "Desarrollo Regional y Administrativo", "Santiago", ("secplan",),
             above="Ministerio del Interior"), "secplan",
     ("Imparte instrucciones para la postulación de proyectos al Programa Mejoramiento de "
      "Barrios (PMB) año {year}", "Informa calendario de postulación al Fondo Regional de "
      "Iniciativa Local (FRIL) {year} y requisitos de admisibilidad")),
    (Service("Subsecretaría de Educación", "Subsecretaria de Educación", "Santiago",
             ("educacion",), above="Ministerio de Educación", female=True), "educacion",
     ("Instruye sobre el inicio del año escolar {year} en establecimientos de dependencia "
      "municipal", "Imparte orientaciones sobre el uso de los recursos de la Subvención "
      "Escolar Preferencial (Ley N° 20.248)")),
    (Service("Subsecretaría de Redes Asistenciales", "Subsecretario de Redes Asistenciales",
             "Santiago", ("salud",), above="Ministerio de Salud"), "salud",
     ("Imparte instrucciones para la Campaña de Invierno {year} en la red de atención "
      "primaria", "Comunica orientaciones técnicas del Programa de Salud Rural {year}")),
    (Service("Servicio Nacional de Prevención y Respuesta ante Desastres", "Director Nacional "
             "de SENAPRED", "Santiago", ("alcaldia",), above="Ministerio del Interior"),
     "alcaldia", ("Instruye actualización de los Planes Comunales de Emergencia conforme a "
                  "la Ley N° 21.364", "Informa medidas de preparación ante la temporada de "
                  "incendios forestales {year}-{next}")),
    (Service("Ministerio del Medio Ambiente", "Subsecretario del Medio Ambiente", "Santiago",
             ("dom",), emblem="leaf"), "dom",
     ("Imparte instrucciones sobre la aplicación del D.S. N° 1, de 2022, norma de emisión "
      "para la regulación de la contaminación lumínica", "Informa plazos de recambio de "
      "luminarias en las comunas de las regiones de Antofagasta, Atacama y Coquimbo")),
    (Service("Subsecretaría de Servicios Sociales", "Subsecretaria de Servicios Sociales",
             "Santiago", ("dideco",), above="Ministerio de Desarrollo Social y Familia",
             female=True), "dideco",
     ("Instruye procedimiento de actualización del Registro Social de Hogares en zonas "
      "afectadas por escasez hídrica", "Comunica orientaciones para la ejecución del "
      "Programa Familias {year}")),
)  # fmt: skip


@dataclass(frozen=True)
class Firm:
    name: str
    prefix: int  # a RUT's first digits
    city: str
    post: str  # the signer's
    units: tuple[str, ...]
    street: str
    series: str  # how it numbers its letters: «GG», «ADM»; "" when it does not


FIRMS: tuple[Firm, ...] = (
    Firm("Aguas del Valle S.A.", 99, "La Serena", "Subgerente Zonal Elqui", ("dom", "secplan"),
         "Avenida Balmaceda 3350, La Serena", "SZE"),
    Firm("Compañía Eléctrica del Elqui S.A.", 96, "La Serena", "Jefe de Zona Valle de Elqui",
         ("dom", "daf"), "Avenida Cuatro Esquinas 1250, La Serena", "JZ"),
    Firm("Pisquera Quebrada de Pinto SpA", 76, "Vicuña", "Gerente General",
         ("daf", "dom", "transito"), "Camino a Peralillo km 2, Vicuña", "GG"),
    Firm("Sociedad Agrícola Los Nogales del Elqui Ltda.", 78, "Vicuña",
         "Administrador de Campo", ("dideco", "transito", "dom"),
         "Fundo Los Nogales s/n, Diaguitas, Vicuña", ""),
    Firm("Minera Cerro Talcuna SpA", 76, "Vicuña", "Superintendente de Operaciones",
         ("transito", "dom", "juridica"), "Sector Talcuna s/n, Vicuña", "SO"),
    Firm("Transportes Vía Elqui Ltda.", 77, "Vicuña", "Gerente de Operaciones", ("transito",),
         "Calle Arturo Prat 580, Vicuña", ""),
    Firm("Observatorio Turístico Cielo Andino SpA", 76, "Vicuña", "Representante Legal",
         ("dideco", "dom", "daf"), "Camino a Diaguitas km 4, Vicuña", ""),
    Firm("Constructora Limarí Norte SpA", 77, "Ovalle", "Representante Legal",
         ("secplan", "dom", "daf"), "Vicuña Mackenna 240, Ovalle", "ADM"),
)  # fmt: skip
