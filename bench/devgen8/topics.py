"""What Río Bueno's papers are about, each matter with the unit a clerk would route it to:
the river and its floods, the Pilmaiquén, dairy farms and logging trucks on gravel roads,
rural water committees, housing committees, the old Spanish fort, stray dogs, the closed
dump. A matter is devgen2's (two noun phrases, a sentence of detail, whether only offices
write about it), filled in with this commune's places and numbers."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic
from bench.devgen8 import world

_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("la celebración del aniversario de Río Bueno|el programa de la Semana Riobuenina {year}",
         "El acto central se hará frente al Fuerte San José de Alcudia con la banda local.",
         False),
        ("la emergencia por desborde del río Bueno en {sector}|las familias aisladas por la "
         "crecida del río en {sector}", "El agua cortó el acceso a doce viviendas y a la escuela "
         "del sector durante dos días.", False),
    ),
    "secretaria-municipal": (
        ("el acuerdo N° {n} del Concejo Municipal sobre {obra}|la certificación del acuerdo "
         "del Concejo relativo a {obra}", "El acuerdo fue adoptado por mayoría con la abstención "
         "de dos concejales.", True),
        ("la constitución de la {jjvv} conforme a la Ley N° 19.418|la vigencia de directorio "
         "de la {jjvv}", "La organización presentó el acta de elección firmada por el ministro "
         "de fe.", False),
    ),
    "administracion": (
        ("el reglamento de teletrabajo del personal municipal|la jornada laboral de los "
         "funcionarios municipales durante el invierno", "Las asociaciones de funcionarios "
         "piden acordar el horario con anticipación.", True),
        ("la solicitud de acceso a información sobre contrataciones a honorarios|el registro "
         "de contratos a honorarios del año {year}", "Se pidió la nómina con montos y funciones "
         "de cada prestador.", False),
    ),
    "dom": (
        ("la ampliación sin permiso de edificación en {calle}|la regularización de la "
         "vivienda del rol {rol} (Ley N° 20.898)", "La ampliación invade el antejardín y no "
         "cuenta con recepción final.", False),
        ("el microbasural junto al puente {sector}|la acumulación de residuos en la ribera del "
         "río Bueno, sector {sector}", "Vecinos denuncian que camiones descargan escombros de "
         "noche.", False),
        ("la extracción de áridos en el lecho del río Pilmaiquén|el permiso de extracción de "
         "áridos en {sector}", "La extracción se hace sin señalética y erosiona la ribera.",
         False),
    ),
    "dideco": (
        ("la ayuda social de leña para la familia de {persona}|el apoyo invernal a adultos "
         "mayores de {sector}", "La familia no cuenta con recursos para calefaccionarse en "
         "invierno.", False),
        ("la postulación del Comité de Vivienda Nuevo Amanecer al subsidio DS 49|el proyecto "
         "habitacional del comité de vivienda de {sector}", "Las familias esperan el "
         "terreno desde hace cuatro años.", False),
    ),
    "secplan": (
        ("el proyecto «{obra}» postulado al FNDR|la cartera de inversión FRIL {year}",
         "El proyecto requiere actualizar su presupuesto antes de la admisibilidad.", True),
        ("la licitación pública ID {licit}|las bases de la licitación {licit} para {obra}",
         "Un oferente pide aclarar el plazo de ejecución y las garantías.", True),
    ),
    "daf": (
        ("el pago de patentes comerciales del primer semestre {year}|la deuda de derechos de "
         "aseo del rol {rol}", "El contribuyente pide convenio de pago en seis cuotas.", False),
        ("la modificación presupuestaria N° {n} del año {year}|el saldo inicial de caja del "
         "presupuesto municipal {year}", "La modificación redistribuye recursos del área de "
         "servicios a la comunidad.", True),
    ),
    "transito": (
        ("el tránsito de camiones forestales por {calle}|la restricción horaria a camiones "
         "madereros en el centro de Río Bueno", "Los camiones dañan la calzada y circulan a "
         "exceso de velocidad frente a colegios.", False),
        ("el recorrido de buses rurales a {sector}|la señalización de paraderos en el camino "
         "a {sector}", "Los escolares esperan la locomoción sin refugio peatonal.", False),
    ),
    "jpl": (
        ("la causa Rol N° {n}-{year} del Juzgado de Policía Local|la infracción a la Ley de "
         "Tránsito cursada en {calle}", "El denunciado pide aplazar la audiencia de "
         "contestación.", False),
        ("la denuncia por tenencia irresponsable de perros (Ley N° 21.020) en {sector}|el "
         "ataque de perros asilvestrados a ovejas en {sector}", "Un productor perdió catorce "
         "ovejas en una semana.", False),
    ),
    "control": (
        ("la auditoría a los fondos de la Semana Riobuenina {year}|la rendición de "
         "subvenciones municipales del año {year}", "Tres organizaciones no han rendido los "
         "fondos recibidos.", True),
        ("el informe de la Contraloría sobre el cierre del vertedero municipal|las "
         "observaciones al sumario por horas extraordinarias", "La Contraloría fijó plazo "
         "para acreditar las medidas correctivas.", True),
    ),
    "juridica": (
        ("el comodato del inmueble de la sede social a la {jjvv}|el contrato de comodato con "
         "{org}", "El contrato anterior venció sin renovarse.", False),
        ("la demanda laboral de un exfuncionario del cementerio municipal|la causa laboral "
         "RIT O-{n}-{year} del Juzgado de Letras", "El demandante reclama la nulidad de su "
         "despido.", False),
    ),
    "salud": (
        ("la atención de {posta} en invierno|el programa de rondas médicas rurales a {sector}",
         "La ronda médica no pudo llegar por el estado del camino.", False),
        ("el sumario sanitario por el agua de {org}|la calidad bacteriológica del agua en "
         "{sector}", "El muestreo detectó coliformes sobre la norma NCh 409.", False),
    ),
    "educacion": (
        ("el transporte escolar rural de {school}|el cierre temporal de {school} por "
         "lluvias", "Los alumnos de {sector} caminan cuatro kilómetros hasta el bus.", False),
        ("la matrícula {year} de {school}|la reparación de techumbre de {school}",
         "El techo del gimnasio presenta filtraciones desde mayo.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"riobueno-{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year``."""
    values = world.fill_values(rng, year)
    names = list(topic.names)
    rng.shuffle(names)
    return Matter(
        topic,
        names[0].format(**values),
        names[-1].format(**values),
        topic.detail.format(**values),
        values["sector"],
    )


def pick(rng: random.Random, year: int, unit: str | None = None, *, public: bool = False) -> Matter:
    """A matter of ``unit`` (any if None); ``public``: one outsiders write about."""
    pool = [t for t in TOPICS if unit is None or t.unit == unit]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A matter neighbours write about: ``topic``, or another of its unit, or any public one."""
    if not topic.internal:
        return topic
    same = [t for t in TOPICS if t.unit == topic.unit and not t.internal]
    return rng.choice(same or [t for t in TOPICS if not t.internal])
