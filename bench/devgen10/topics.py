"""What Tierra Amarilla's papers are about, each matter under the unit a clerk would route it
to: tailings dams above the town, the river and its wells, the mines' trucks on the C-35,
dust in Punta del Cobre, environmental assessments with their citizens' participation, the
Colla communities' consultation, water trucks for the upper valley, the valley's schools and
health posts. A matter is devgen2's (two noun phrases, a sentence of detail, whether only
offices write about it), filled in with the commune's places, projects and numbers.

Project names go in «…», acronyms in parentheses, as the state's papers print them."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.devgen10 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la emergencia por aluvión en la quebrada de {sector} | el albergue para las familias "
        "de {sector} afectadas por el aluvión ;; El barro cortó la ruta C-35 y dejó once "
        "viviendas inhabitables.",
        "el proyecto «{proyecto}» | la participación de la comuna en la evaluación del proyecto "
        "«{proyecto}» ;; El municipio debe pronunciarse dentro del plazo legal de la evaluación.",
        "la consulta indígena a la {comunidad} | el proceso de consulta (Convenio 169 OIT) con "
        "la {comunidad} ;; La comunidad pide que las reuniones se hagan en su sede.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal sobre el proyecto «{proyecto}» | la "
        "certificación del acuerdo del Concejo (sesión N° {n}) ;; El acuerdo se adoptó por "
        "mayoría de los concejales presentes.",
        "la personalidad jurídica de la {comunidad} | el registro de la directiva de la "
        "{comunidad} ;; La comunidad presentó su acta de elección con firma de ministro de fe.",
    ),
    "administracion": (
        "! la jornada del personal municipal durante la emergencia | los turnos del personal en "
        "la emergencia de {sector} ;; La asociación de funcionarios pide turnos rotativos.",
        "los contratos a honorarios del programa de fiscalización ambiental {year} | la nómina "
        "de honorarios {year} ;; Se pidió detallar funciones y montos.",
    ),
    "dom": (
        "el depósito de relaves ubicado sobre el sector {sector} | la estabilidad del tranque "
        "de relaves de {sector} ;; Los vecinos observan filtraciones en el muro tras las lluvias.",
        "el socavón abierto en {calle} | el hundimiento del terreno en {calle} (sector "
        "{sector}) ;; Se aisló el área y se pidió un informe geotécnico.",
        "la emisión de polvo en suspensión en {sector} | el material particulado (MP10) en "
        "{sector} ;; Las mediciones superaron la norma diaria en tres ocasiones.",
        "la edificación sin permiso en el rol {rol} | la regularización de la vivienda del rol "
        "{rol} ;; La construcción invade la faja del canal de regadío.",
    ),
    "dideco": (
        "la entrega de agua en camión aljibe a familias de {sector} | el abastecimiento de "
        "agua potable en {sector} ;; Cuarenta familias del sector no tienen red pública.",
        "el registro social de hogares de familias de {sector} | la actualización del RSH en "
        "{sector} ;; Hay solicitudes pendientes desde el mes pasado.",
    ),
    "secplan": (
        "la Declaración de Impacto Ambiental (DIA) del proyecto «{proyecto}» | el "
        "pronunciamiento municipal sobre la DIA «{proyecto}» ;; La compatibilidad territorial "
        "debe revisarse con el Plan Regulador Comunal.",
        "el proyecto de agua potable rural de {sector} | el diseño del APR {sector} ;; El "
        "diseño espera la aprobación de la fuente de agua.",
    ),
    "daf": (
        "! el pago de patentes mineras de la comuna {year} | la recaudación de patentes "
        "mineras (Ley N° 19.143) ;; El aporte se recibe dos veces al año.",
        "la patente comercial de {calle} | el cobro de patente del local de {calle} ;; El "
        "contribuyente pide un convenio de pago.",
    ),
    "transito": (
        "el tránsito de camiones mineros por {calle} | el paso de camiones de alto tonelaje "
        "por {sector} ;; Los camiones circulan de noche a alta velocidad.",
        "la señalización de la ruta C-35 en {sector} | los reductores de velocidad frente a "
        "{school} ;; Se pidieron dos lomos de toro y un paso peatonal.",
    ),
    "jpl": (
        "la causa Rol N° {n}-{year} por infracción de tránsito | la citación del Juzgado de "
        "Policía Local en causa {n}-{year} ;; El infractor no compareció a la audiencia.",
    ),
    "control": (
        "! la rendición de cuentas del fondo de emergencia {year} | los gastos del fondo de "
        "emergencia del aluvión ;; Faltan comprobantes de dos compras directas.",
    ),
    "juridica": (
        "el procedimiento sancionatorio contra la faena del sector {sector} | la denuncia "
        "ambiental por la faena de {sector} ;; Se formularon cargos por incumplir la RCA.",
    ),
    "salud": (
        "la atención en la Posta de Salud Rural {sector} | las rondas médicas en {sector} ;; "
        "La ronda quedó suspendida por falta de vehículo.",
        "los niveles de arsénico en el agua de {sector} | el estudio de metales pesados en "
        "niños de {sector} ;; El Hospital pide coordinar la toma de muestras.",
    ),
    "educacion": (
        "el transporte escolar de {school} | el furgón escolar del sector {sector} ;; Los "
        "alumnos de {sector} caminan cuatro kilómetros por la ruta.",
        "la infraestructura de {school} | la reparación de techumbres de {school} ;; El "
        "temblor agrietó dos muros del comedor.",
    ),
}


TOPICS = topics_from("tierra-amarilla", _RAW)
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
