"""What Casablanca's papers are about, each matter under the unit a clerk would route it to:
the things of a wine-growing, rural commune on the Ruta 68: water trucks and rural drinking
water committees, wells drying up, parcelaciones de agrado and rural subdivisions, spraying
of vineyards near rural schools, the pilgrimage to the Santuario de Lo Vásquez every 8 of
December, the Reserva Nacional Lago Peñuelas and forest fires, heavy trucks through the town,
rural bus routes, temporeras and the Registro Social de Hogares, rural health posts.
Topics are devgen2's (``topics_from``: «! first | second ;; detail»), filled with world's
places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.sealgen3 import world

_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "el plan de contingencia por la peregrinación al Santuario de Lo Vásquez {year} | la "
        "coordinación de la fiesta de la Inmaculada Concepción en Lo Vásquez ;; Se esperan "
        "cientos de miles de peregrinos por la Ruta 68 la noche del 7 de diciembre.",
        "el incendio forestal en el sector {sector} | el combate de incendios forestales en "
        "{sector} ;; El fuego consumió matorral y plantaciones cerca de viviendas rurales.",
        "la audiencia con la directiva de {org} | la reunión con los dirigentes de {org} ;; "
        "La directiva pide ser recibida por la autoridad comunal antes de fin de mes.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal de Casablanca | la sesión ordinaria N° {n} "
        "del Concejo Municipal ;; El acuerdo fue adoptado por la unanimidad de los concejales.",
        "la personalidad jurídica de {org} | la elección de directorio de {org} ;; La "
        "organización acompañó el acta de la asamblea y el registro de socios.",
    ),
    "administracion": (
        "el acceso a la información de los contratos de recolección de residuos {year} | la "
        "información pública sobre el servicio de aseo {year} ;; El requirente pide copia de "
        "los contratos, sus modificaciones y los pagos del año.",
        "! la dotación de personal a honorarios {year} | el reglamento de horas "
        "extraordinarias del personal ;; Las asociaciones de funcionarios pidieron participar.",
    ),
    "dom": (
        "la subdivisión del predio rol {rol} en {sector} | la parcelación de agrado del predio "
        "rol {rol} ;; Se venden lotes de media hectárea sin urbanización ni agua potable.",
        "la extracción de áridos en el estero Casablanca a la altura de {sector} | el retiro "
        "de áridos del cauce del estero en {sector} ;; Camiones sacan material del lecho sin "
        "permiso y la ribera se está socavando.",
        "el permiso de edificación de la bodega vitivinícola de {sector} | la recepción final "
        "de la bodega de vinos en {sector} ;; La obra se emplaza en área rural y requiere "
        "informe favorable.",
        "el alumbrado público de {calle} | la reposición de luminarias en {sector} ;; Varias "
        "luminarias están apagadas desde el último temporal.",
        "el microbasural en {place} | la acumulación de escombros en {sector} ;; Se arrojan "
        "escombros, neumáticos y restos de poda durante la noche.",
        "el proyecto habitacional del Comité de Vivienda Ribera del Estero | el terreno del "
        "comité de vivienda de {sector} ;; El comité espera la aprobación del loteo para "
        "postular al subsidio habitacional.",
        "los cortes de agua potable en {sector} | la rotura de la matriz de agua potable en "
        "{calle} ;; Las familias llevan dos días sin suministro y el agua sale turbia.",
    ),
    "dideco": (
        "la entrega de agua potable en camión aljibe en {sector} | el abastecimiento de agua "
        "por camiones aljibe a familias de {sector} ;; Los pozos se secaron y hay adultos "
        "mayores que dependen del reparto semanal.",
        "el Registro Social de Hogares de las familias de {sector} | la actualización del "
        "Registro Social de Hogares en {sector} ;; Las solicitudes llevan más de dos meses "
        "sin respuesta.",
        "las temporeras agrícolas de {sector} | el programa de cuidado infantil para hijos de "
        "temporeras ;; La vendimia obliga a las madres a dejar a sus hijos sin cuidado.",
        "! la medida de protección de un niño de {sector} | el informe de la Oficina de "
        "Protección de Derechos sobre un niño de {sector} ;; El tribunal requiere un informe "
        "social de la familia y del colegio.",
    ),
    "secplan": (
        "el mejoramiento del sistema de agua potable rural de {sector} | el proyecto de "
        "ampliación del {apr} ;; El estanque no alcanza para las nuevas familias del sector.",
        "la postulación del proyecto de {place} al FRIL {year} | el proyecto FRIL de "
        "mejoramiento de {place} ;; El Gobierno Regional fijó el cierre de postulaciones.",
        "! la cartera de proyectos PMU {year} | el Programa de Mejoramiento Urbano {year} ;; "
        "La SUBDERE pidió priorizar los proyectos de la comuna.",
    ),
    "daf": (
        "la patente de alcoholes del restaurante de {calle} | la renovación de la patente de "
        "alcoholes de la viña de {sector} ;; El contribuyente no acompañó el certificado de "
        "la junta de vecinos.",
        "la patente comercial de la sala de ventas de {sector} | el pago de la patente "
        "municipal de la bodega de {sector} ;; La empresa pide pagar en dos cuotas.",
        "el comercio ambulante durante la peregrinación a Lo Vásquez | los permisos de "
        "comercio en la explanada de Lo Vásquez ;; Se instalan puestos sin permiso en la "
        "berma de la carretera.",
    ),
    "transito": (
        "el tránsito de camiones de carga por {calle} | la restricción de camiones pesados en "
        "el centro de Casablanca ;; Los camiones dañan el pavimento y no respetan los pasos "
        "peatonales.",
        "el recorrido rural de buses a {sector} | la frecuencia del transporte rural hacia "
        "{sector} ;; El último bus sale a las 18:00 y los trabajadores quedan sin locomoción.",
        "los paraderos de la Ruta 68 en el kilómetro {km} | la pasarela peatonal de la Ruta "
        "68 en {sector} ;; Los vecinos cruzan la autopista a pie para tomar locomoción.",
        "la señalización de la zona de escuela de {school} | los reductores de velocidad "
        "frente a {school} ;; Los vehículos pasan a alta velocidad frente al acceso.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} del Juzgado de Policía Local | la citación en la causa "
        "Rol N° {causa}-{year} ;; El denunciado no compareció a la audiencia.",
        "la quema de rastrojos en {sector} | la denuncia por quemas agrícolas en {sector} ;; "
        "El humo llega a las viviendas y a {school}.",
        "los ruidos molestos de un centro de eventos en {sector} | la denuncia por ruidos de "
        "un local de eventos de {sector} ;; Las fiestas se prolongan hasta la madrugada.",
    ),
    "control": (
        "! la rendición de la subvención otorgada a {org} | los gastos rendidos por {org} ;; "
        "Faltan boletas y el listado de beneficiarios.",
        "! la auditoría a los pagos del servicio de camiones aljibe | el examen de cuentas de "
        "la emergencia hídrica {year} ;; Se detectaron guías de despacho sin firma.",
    ),
    "juridica": (
        "el recurso de protección de vecinos de {sector} | la acción de protección por el "
        "cierre del camino de {sector} ;; Los recurrentes alegan que el cierre les impide "
        "salir a la ruta.",
        "la demanda por el accidente en {calle} | la indemnización solicitada por la caída en "
        "{calle} ;; La demandante se fracturó por un hoyo en la vereda.",
        "el comodato de la sede de {org} | la renovación del comodato de la sede social de "
        "{sector} ;; El comodato vence este año.",
    ),
    "salud": (
        "la aplicación de plaguicidas junto a {school} | la fumigación de viñedos colindantes "
        "con {school} ;; Niños y profesores presentaron cefalea y náuseas tras la aplicación.",
        "la atención de {posta} | la ronda médica de {posta} ;; La ronda no se realiza desde "
        "hace tres semanas.",
        "la calidad del agua del {apr} | el análisis bacteriológico del agua del {apr} ;; "
        "La última muestra tuvo coliformes sobre la norma.",
    ),
    "educacion": (
        "el transporte escolar rural de {sector} | el furgón escolar de los alumnos de "
        "{sector} ;; Los niños esperan el furgón a orillas del camino sin refugio.",
        "la infraestructura de {school} | la reparación de la techumbre de {school} ;; Las "
        "lluvias de invierno filtraron dos salas de clases.",
    ),
}

TOPICS = topics_from("casablanca", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year``."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A public topic: ``topic`` if outsiders write about it, else one of its unit's."""
    return public_for(rng, topic, TOPICS)


def within(rng: random.Random, year: int, wanted: Collection[str]) -> Matter:
    """A matter (a public one if any) of the units ``wanted``."""
    pool = [t for t in TOPICS if t.unit in wanted]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)


def fits(topic: Topic, tokens: Collection[str]) -> bool:
    """Whether ``topic`` is one of ``tokens``: a unit («dom») or one topic of it («dom:02»)."""
    return any(tok == topic.unit or topic.key.endswith(f"-{tok}") for tok in tokens)


def among(rng: random.Random, year: int, tokens: Collection[str]) -> Matter:
    """A matter (a public one if any) among ``tokens`` (units or single topics)."""
    pool = [t for t in TOPICS if fits(t, tokens)]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)


def of_unit(rng: random.Random, year: int, unit: str) -> Matter:
    """Any matter of ``unit`` (internal ones too)."""
    return matter(rng, rng.choice([t for t in TOPICS if t.unit == unit]), year)
