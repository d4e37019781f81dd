"""What Lo Prado's papers are about, each matter under the unit a clerk would route it to:
the things of a dense commune of western Santiago: microbasurales and street lighting, the
bus routes and the paraderos on avenida San Pablo, the ferias libres and street vendors,
CCTV cameras and neighbourhood security, social housing blocks and their improvement
programmes, the Registro Social de Hogares, the CESFAM and SAPU, municipal schools, the
Fondo Común Municipal. A matter is devgen2's (two noun phrases, a sentence of detail,
whether only offices write about it), filled in with the commune's places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.devgen12 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "el plan comunal de seguridad pública {year} | la instalación de cámaras de "
        "televigilancia en {sector} ;; Los vecinos denuncian robos reiterados en los pasajes.",
        "la visita a terreno en {sector} | la reunión con los dirigentes de {org} ;; La "
        "directiva pide ser recibida antes de fin de mes.",
        "el operativo invernal para personas en situación de calle | el albergue de invierno "
        "habilitado en {plaza} ;; Se requiere coordinar el traslado nocturno de las personas.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal | la sesión ordinaria N° {n} del Concejo "
        "Municipal ;; El acuerdo se adoptó por mayoría de los concejales presentes.",
        "la personalidad jurídica de {org} | la renovación del directorio de {org} ;; La "
        "organización presentó el acta de la asamblea con firma del ministro de fe.",
    ),
    "administracion": (
        "! el reglamento de teletrabajo del personal municipal | la jornada flexible de los "
        "funcionarios ;; Las asociaciones de funcionarios pidieron ser oídas.",
        "el acceso a la información sobre los contratos de aseo {year} | la información "
        "pública de los contratos de aseo {year} ;; El requirente pide copia de los contratos "
        "y de los pagos.",
    ),
    "dom": (
        "la ampliación sin permiso en {calle} | la edificación irregular en {sector} ;; La "
        "construcción de segundo piso invade el antejardín y la faja de la vereda.",
        "el mejoramiento de los condominios sociales de {sector} | el programa de "
        "mejoramiento de vivienda en {sector} ;; Los blocks presentan filtraciones en las "
        "techumbres y cajas escala deterioradas.",
        "la instalación de una antena de telecomunicaciones en {calle} | el permiso de la "
        "torre soporte de antenas en {sector} ;; Los vecinos se oponen por su cercanía a "
        "{school}.",
        "el alumbrado público de {calle} | la reposición de luminarias en {sector} ;; Seis "
        "postes están sin luz desde hace un mes y los vecinos temen asaltos.",
        "el colapso del alcantarillado en {calle} | la rotura de la matriz de agua potable en "
        "{sector} ;; Las aguas servidas escurren por la calzada.",
        "el retiro de microbasurales en {plaza} | la limpieza de sitios eriazos en {sector} ;; "
        "Se acumulan escombros y neumáticos desde hace semanas.",
    ),
    "dideco": (
        "el Registro Social de Hogares de familias de {sector} | la actualización de la "
        "calificación socioeconómica en {sector} ;; Hay solicitudes pendientes desde hace "
        "dos meses.",
        "el programa de apoyo a personas mayores de {sector} | la entrega de ayudas "
        "técnicas a adultos mayores ;; Quince personas esperan sillas de ruedas y bastones.",
        "la medida de protección de un niño de {sector} | el informe de la Oficina de "
        "Protección de Derechos (OPD) ;; El tribunal requiere la intervención del programa.",
    ),
    "secplan": (
        "el proyecto de recuperación de {plaza} | la postulación del proyecto de {plaza} al "
        "FNDR ;; El proyecto requiere la aprobación técnica antes del cierre del concurso.",
        "la ciclovía de {via} | el diseño de la ciclovía y el paisajismo de {via} ;; El "
        "trazado afecta a dos paraderos y a veinte árboles.",
        "! el Programa de Mejoramiento Urbano (PMU) {year} | la cartera de proyectos PMU "
        "{year} ;; La SUBDERE fijó el plazo de postulación.",
    ),
    "daf": (
        "! el anticipo del Fondo Común Municipal {year} | la distribución del Fondo Común "
        "Municipal {year} ;; El anticipo se descontará en doce cuotas.",
        "la patente comercial del local de {calle} | la renovación de la patente de "
        "alcoholes de {calle} ;; El contribuyente pide un convenio de pago.",
        "el comercio ambulante en {plaza} | los permisos precarios de comercio en {plaza} ;; "
        "Se instalan carros de comida sin permiso los fines de semana.",
    ),
    "transito": (
        "el recorrido {bus} por {via} | la modificación del trazado del servicio {bus} ;; "
        "El desvío deja sin locomoción a los vecinos de {sector}.",
        "la estación Blanqueado de la Línea 5 | el acceso poniente de la estación Blanqueado "
        ";; El cierre del acceso obliga a cruzar avenida San Pablo sin semáforo.",
        "los reductores de velocidad frente a {school} | la señalización de la zona de "
        "escuela de {school} ;; Los apoderados reclaman por la velocidad de los vehículos.",
        "el paradero de {calle} | el refugio peatonal del paradero de {calle} ;; El refugio "
        "fue destruido y no tiene iluminación.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} por infracción a la Ley de Tránsito | la citación del "
        "Juzgado de Policía Local en la causa {causa}-{year} ;; El infractor no compareció.",
        "las multas impagas de la causa Rol N° {causa} | el registro de multas no pagadas de "
        "la causa {causa} ;; Se pide anotar la multa en el registro del vehículo.",
    ),
    "control": (
        "! la rendición de cuentas de la subvención a {org} | los gastos rendidos por {org} "
        ";; Faltan las boletas de dos compras.",
        "! el sumario administrativo por pagos de horas extraordinarias | la auditoría de "
        "horas extraordinarias {year} ;; Se detectaron pagos sin registro de asistencia.",
    ),
    "juridica": (
        "el recurso de protección de vecinos de {sector} | la acción judicial por el cierre "
        "del pasaje de {sector} ;; Los recurrentes alegan que el cierre impide el paso.",
        "la demanda por caída en la vereda de {calle} | la indemnización por el accidente en "
        "{calle} ;; La demandante sufrió una fractura por un desnivel de la vereda.",
    ),
    "salud": (
        "la atención del SAPU Lo Prado | el horario de atención de {cesfam} ;; Los usuarios "
        "esperan más de cuatro horas los fines de semana.",
        "la campaña de vacunación invernal en {sector} | el operativo de vacunación en {plaza} "
        ";; Se necesita un espacio techado y apoyo de DIDECO.",
        "el control de roedores en {sector} | la plaga de ratones en {plaza} ;; La SEREMI "
        "constató madrigueras junto al canal.",
    ),
    "educacion": (
        "la matrícula {year} de {school} | la asignación de cupos del Sistema de Admisión "
        "Escolar en {school} ;; Quedaron familias del sector sin cupo.",
        "la infraestructura de {school} | la reparación de los baños de {school} ;; La "
        "Superintendencia constató baños sin agua caliente.",
    ),
}


TOPICS = topics_from("lo-prado", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year`` (either phrase may lead)."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A public topic: ``topic`` if outsiders write about it, else one of its unit's, else any."""
    return public_for(rng, topic, TOPICS)


def within(rng: random.Random, year: int, wanted: Collection[str]) -> Matter:
    """A matter (a public one if any) of the units ``wanted``."""
    pool = [t for t in TOPICS if t.unit in wanted]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)


def of_unit(rng: random.Random, year: int, unit: str) -> Matter:
    """Any matter of ``unit`` (internal ones too)."""
    return matter(rng, rng.choice([t for t in TOPICS if t.unit == unit]), year)


def about(rng: random.Random, year: int, words: Collection[str]) -> Matter:
    """A public matter whose names mention one of ``words``."""
    pool = [t for t in TOPICS if not t.internal and any(w in " ".join(t.names) for w in words)]
    return matter(rng, rng.choice(pool or [t for t in TOPICS if not t.internal]), year)


def mentions(m: Matter, words: Collection[str]) -> bool:
    """Whether ``m``'s topic names mention one of ``words``."""
    return any(w in " ".join(m.topic.names) for w in words)
