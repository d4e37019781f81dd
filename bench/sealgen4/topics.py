"""What Tomé's papers are about, each matter under the unit a clerk would route it to: the
caletas and their marine concessions, marejadas and the coastal edge, the ruta 150 and the
Penco-Tomé road, the old textile mills and their heritage, summer tourism in Dichato and
Pingueral, landslides on the hills, rural drinking water, the CESFAM and the DAEM's schools.
A matter is devgen2's (two noun phrases, a detail, whether only offices write about it),
filled in with the commune's places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.sealgen4 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la temporada estival {year} en {plaza} | el plan de verano de las playas de {sector} "
        ";; Se espera la llegada de miles de visitantes y faltan salvavidas.",
        "la emergencia por marejadas en {sector} | los daños del temporal en el borde costero "
        "de {sector} ;; El oleaje destruyó parte de la defensa costera y dos kioscos.",
        "la reunión con la directiva de {org} | la audiencia solicitada por {org} ;; La "
        "directiva pide ser recibida antes de la próxima sesión del Concejo.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal | la sesión ordinaria N° {n} del Concejo "
        ";; El acuerdo debe notificarse a las direcciones dentro de cinco días hábiles.",
        "la vigencia de la personalidad jurídica de {org} | el depósito del acta de elección "
        "de {org} ;; La organización necesita el certificado para postular a fondos.",
    ),
    "administracion": (
        "la información sobre los contratos de recolección de residuos {year} | el acceso a "
        "los contratos de aseo vigentes ;; El requirente pide copia de los contratos y pagos.",
        "! el reglamento de horas extraordinarias del personal | la jornada del personal en "
        "temporada estival ;; Las asociaciones de funcionarios pidieron ser oídas.",
    ),
    "dom": (
        "la remoción en masa en el cerro de {sector} | el deslizamiento de tierra en {calle} "
        ";; Tres viviendas quedaron con riesgo de derrumbe tras las lluvias.",
        "la edificación sin permiso en {calle} | la construcción irregular en el sector "
        "{sector} ;; La obra ocupa la faja de protección de la quebrada.",
        "la conservación del edificio de la ex fábrica textil de Bellavista | el inmueble de "
        "conservación histórica de {calle} ;; La fachada presenta grietas y riesgo de caída.",
        "el alumbrado público de {calle} | la reposición de luminarias en {sector} ;; Hay "
        "postes sin luz desde hace semanas en la subida del cerro.",
    ),
    "dideco": (
        "el Registro Social de Hogares de familias de {sector} | la actualización del "
        "Registro Social de Hogares en {sector} ;; Hay solicitudes pendientes desde hace meses.",
        "la ayuda social a los pescadores de la caleta {caleta} | el apoyo a las familias "
        "de la caleta {caleta} por la veda ;; La veda de la merluza dejó sin ingresos a "
        "cuarenta familias.",
        "el informe de la Oficina de Protección de Derechos sobre un niño de {sector} | la "
        "medida de protección de un adolescente de {sector} ;; El tribunal requiere la "
        "intervención del programa.",
    ),
    "secplan": (
        "el mejoramiento de la costanera de {sector} | el proyecto de borde costero de "
        "{sector} ;; El proyecto requiere la aprobación técnica antes del cierre de la cartera.",
        "la reposición del muelle de la caleta {caleta} | la infraestructura portuaria "
        "artesanal de {caleta} ;; El muelle tiene pilotes dañados por las marejadas.",
        "! la cartera de proyectos FNDR {year} | el Programa de Mejoramiento de Barrios {year} "
        ";; El Gobierno Regional fijó el plazo para presentar las iniciativas.",
    ),
    "daf": (
        "! la distribución del Fondo Común Municipal {year} | el anticipo del Fondo Común "
        "Municipal {year} ;; El anticipo se descontará en cuotas mensuales.",
        "la patente de alcoholes del local de {calle} | la renovación de la patente comercial "
        "de {calle} ;; El contribuyente pide un convenio de pago.",
        "el comercio ambulante en {plaza} | los permisos de comercio de temporada en {plaza} "
        ";; Se instalan carros sin permiso durante los fines de semana.",
    ),
    "transito": (
        "la congestión de la ruta 150 en el acceso a {sector} | la señalización de la ruta "
        "150 en {sector} ;; En verano los tacos duran más de una hora.",
        "el recorrido de los buses Tomé-Concepción por {via} | la frecuencia del transporte "
        "público a {sector} ;; Los vecinos esperan más de cuarenta minutos.",
        "los reductores de velocidad frente a {school} | la zona de escuela de {school} ;; "
        "Los apoderados reclaman por la velocidad de los camiones.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} por infracción a la Ley de Tránsito | la citación del "
        "Juzgado de Policía Local en la causa {causa}-{year} ;; El infractor no compareció.",
        "la denuncia por ruidos molestos en {calle} | la infracción a la ordenanza de ruidos "
        "en {sector} ;; Un local nocturno funciona hasta la madrugada.",
    ),
    "control": (
        "! la rendición de la subvención otorgada a {org} | los gastos rendidos por {org} ;; "
        "Faltan facturas y el informe de actividades.",
        "! la auditoría a los pagos de horas extraordinarias {year} | el sumario por pagos "
        "de horas extraordinarias ;; Se detectaron pagos sin registro de asistencia.",
    ),
    "juridica": (
        "el recurso de protección de vecinos de {sector} | la acción judicial por el cierre "
        "del acceso a la playa de {sector} ;; Los recurrentes alegan que se impide el paso.",
        "la demanda por caída en la vereda de {calle} | la indemnización por el accidente "
        "ocurrido en {calle} ;; La demandante se fracturó por un desnivel de la vereda.",
        "el descargo en el procedimiento sancionatorio ambiental | la formulación de cargos "
        "por la descarga de aguas servidas en {sector} ;; La Superintendencia constató la "
        "descarga en el estero.",
    ),
    "salud": (
        "la atención de urgencia en {cesfam} | los tiempos de espera en {cesfam} ;; Los "
        "usuarios esperan más de cinco horas en temporada estival.",
        "la marea roja en la bahía de Coliumo | la alerta sanitaria por toxinas en mariscos de "
        "{caleta} ;; La SEREMI prohibió la extracción de mariscos.",
        "los microbasurales junto al estero de {sector} | la plaga de roedores en {sector} ;; "
        "Se constataron residuos domiciliarios y madrigueras.",
    ),
    "educacion": (
        "la matrícula {year} de {school} | los cupos del Sistema de Admisión Escolar en "
        "{school} ;; Quedaron familias del sector sin cupo.",
        "la infraestructura de {school} | la reparación de la techumbre de {school} ;; Las "
        "filtraciones obligaron a suspender las clases en dos salas.",
    ),
}


TOPICS = topics_from("tome", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year``."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    return public_for(rng, topic, TOPICS)


def within(rng: random.Random, year: int, wanted: Collection[str]) -> Matter:
    """A matter (a public one if any) of the units ``wanted``."""
    pool = [t for t in TOPICS if t.unit in wanted]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)


def about(rng: random.Random, year: int, words: Collection[str]) -> Matter:
    """A public matter whose names mention one of ``words``."""
    pool = [t for t in TOPICS if not t.internal and any(w in " ".join(t.names) for w in words)]
    return matter(rng, rng.choice(pool or [t for t in TOPICS if not t.internal]), year)


def of_unit(rng: random.Random, year: int, unit: str) -> Matter:
    return matter(rng, rng.choice([t for t in TOPICS if t.unit == unit]), year)
