"""What Chimbarongo's papers are about, each matter under the unit a clerk would route it to:
the things of the mimbre and the fruit valley: the Fiesta del Mimbre and its artisans' stalls,
the workshops in Quinta and the wicker's trade, the Embalse Convento Viejo and its beaches,
the packing plants and their trucks in the harvest season, the temporeros, the canals and
the rural water committees, the floods of the Tinguiririca, spraying near schools, stubble
burning, the level crossing of the railway. A matter is devgen2's (two noun phrases, a
sentence of detail, whether only offices write about it), filled in with the commune's
places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.devgen14 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la Fiesta del Mimbre {year} | la organización de la Fiesta Costumbrista del Mimbre "
        "{year} ;; Se esperan artesanos y visitantes de todo el país en la avenida del mimbre.",
        "la emergencia por el desborde del río Tinguiririca en {sector} | la ayuda a las "
        "familias afectadas por las lluvias en {sector} ;; Varias viviendas quedaron anegadas.",
        "el uso turístico del Embalse Convento Viejo | el acceso público a las riberas del "
        "Embalse Convento Viejo ;; Los bañistas ingresan por sectores no habilitados.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal | la sesión ordinaria N° {n} del Concejo "
        "Municipal ;; El acuerdo se adoptó por la mayoría de los concejales presentes.",
        "la personalidad jurídica de {org} | la elección del directorio de {org} ;; La "
        "asamblea se realizó con ministro de fe municipal.",
    ),
    "administracion": (
        "la información sobre el contrato de recolección de residuos {year} | el acceso a los "
        "contratos de aseo y ornato {year} ;; El requirente pide copia de contratos y pagos.",
        "! el reglamento de teletrabajo del personal municipal | la jornada del personal "
        "municipal {year} ;; La asociación de funcionarios pidió ser oída.",
    ),
    "dom": (
        "el microbasural en la ribera del {canal} | los residuos acumulados junto al {canal} en "
        "{sector} ;; Se botan escombros, neumáticos y restos de poda.",
        "la regularización de talleres de mimbre en {sector} | los galpones de artesanos "
        "mimbreros en {calle} ;; Los talleres funcionan sin recepción final de obras.",
        "el alumbrado público de {sector} | la reposición de luminarias en {calle} ;; Nueve "
        "postes están apagados desde hace un mes.",
        "la recepción de obras del inmueble rol {rol} | el permiso de edificación en {calle} "
        ";; El propietario ingresó planos y especificaciones técnicas.",
        "la ampliación de {packing} | el cambio de uso de suelo para {packing} ;; Los vecinos "
        "temen ruido nocturno y tránsito de camiones.",
    ),
    "dideco": (
        "el Registro Social de Hogares de familias de {sector} | la actualización del "
        "Registro Social de Hogares en {sector} ;; Hay solicitudes pendientes hace dos meses.",
        "el abastecimiento de agua en camión aljibe a {sector} | la entrega de agua potable a "
        "familias de {sector} ;; Los pozos norias se secaron durante el verano.",
        "la postulación de {org} al FONDEVE {year} | el proyecto de {org} al fondo concursable "
        "municipal ;; La organización pide orientación para su rendición.",
        "los talleres de los artesanos del mimbre de {sector} | la venta de muebles de "
        "mimbre de {sector} ;; Los artesanos piden ayuda para comprar mimbre y vender en ferias.",
        "la atención de los temporeros de la fruta en {sector} | el cuidado infantil para "
        "trabajadoras de temporada en {sector} ;; Faltan cupos de sala cuna en la cosecha.",
        "el Programa de Desarrollo Local PRODESAL en {sector} | la asistencia técnica a los "
        "pequeños agricultores de {sector} ;; Los agricultores piden asesoría y bonos de riego.",
    ),
    "secplan": (
        "el proyecto de agua potable rural de {sector} | la ampliación del sistema APR de "
        "{sector} ;; El estanque no alcanza para las viviendas nuevas.",
        "! el proyecto FNDR de mejoramiento de {plaza} | la postulación de {plaza} al FNDR "
        "{year} ;; El GORE pide subsanar observaciones técnicas.",
        "la pavimentación de {calle} | el proyecto de pavimentos participativos de {sector} ;; "
        "El SERVIU revisó el perfil y pide antecedentes.",
        "el entubamiento del {canal} en {sector} | el revestimiento del {canal} ;; El canal "
        "cruza la población a tajo abierto y hay riesgo para los niños.",
    ),
    "daf": (
        "la patente comercial del local de {calle} | la patente de alcoholes de {calle} ;; El "
        "contribuyente pide pagar en cuotas.",
        "los puestos de venta durante la Fiesta del Mimbre | los permisos de comercio en "
        "{plaza} ;; Se piden puestos para los días de la fiesta.",
        "! la modificación presupuestaria N° {n} | el ajuste del presupuesto municipal {year} "
        ";; Se requiere suplementar cuentas con mayores ingresos.",
    ),
    "transito": (
        "el tránsito de camiones fruteros por {ruta} | la circulación de camiones de "
        "{packing} ;; Los vecinos reclaman polvo y daño del pavimento en la temporada.",
        "la seguridad del paso a nivel de {sector} | el cruce de la línea férrea en {sector} ;; "
        "El tren pasa sin barreras frente a las viviendas.",
        "los reductores de velocidad frente a {school} | la señalización de la zona escolar de "
        "{school} ;; Los apoderados reclaman por la velocidad de los vehículos.",
        "el recorrido del transporte rural a {sector} | los horarios del bus a {sector} ;; El "
        "bus dejó de pasar en la tarde.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} por infracción a la Ley de Tránsito | la citación del "
        "Juzgado de Policía Local en la causa {causa}-{year} ;; El infractor no compareció.",
        "la denuncia por ruidos molestos en {calle} | los ruidos de un local en {sector} ;; La "
        "música sigue hasta la madrugada los fines de semana.",
        "la quema de rastrojos en {sector} | el humo de quemas agrícolas en {sector} ;; El humo "
        "llega a las viviendas y a la escuela.",
    ),
    "control": (
        "! la rendición de la subvención a {org} | los gastos rendidos por {org} ;; Faltan "
        "boletas de dos compras.",
        "! los gastos de la Fiesta del Mimbre {year} | la auditoría a la Fiesta del Mimbre "
        "{year} ;; Hay pagos sin recepción conforme.",
    ),
    "juridica": (
        "el uso de las aguas del {canal} | la disputa por la bocatoma del {canal} en {sector} "
        ";; Los regantes alegan que se cortó el paso del agua.",
        "la demanda por accidente en {calle} | la indemnización por la caída en {calle} ;; La "
        "demandante se fracturó por un hoyo en la vereda.",
        "el comodato de la sede de {org} | la renovación del comodato de {org} ;; La "
        "organización pide renovarlo por cinco años.",
    ),
    "salud": (
        "la atención de {posta} | la ronda médica de {posta} ;; La ronda no llega hace tres "
        "semanas y hay adultos mayores sin control.",
        "la calidad del agua del APR de {sector} | el control sanitario del agua potable rural "
        "de {sector} ;; El último muestreo detectó coliformes.",
        "la aplicación de plaguicidas cerca de {school} | la fumigación de huertos frutales "
        "junto a viviendas de {sector} ;; Los vecinos reportan mareos y olor a químicos.",
    ),
    "educacion": (
        "la matrícula {year} de {school} | el transporte escolar de {school} ;; Quedan alumnos "
        "de {sector} sin furgón.",
        "la infraestructura de {school} | la reparación de la techumbre de {school} ;; Con las "
        "lluvias se filtra agua en dos salas.",
    ),
}

TOPICS = topics_from("chimbarongo", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)
BY_KEY = {t.key.removeprefix("chimbarongo-"): t for t in TOPICS}


def key(m: Matter) -> str:
    """A matter's topic as senders name it: «dom:05»."""
    return m.topic.key.removeprefix("chimbarongo-")


def with_org(rng: random.Random, m: Matter, year: int, org: str) -> Matter:
    """``m``'s topic filled in again, its organisation ``org`` (the one that writes)."""
    if not any("{org}" in name for name in m.topic.names):
        return m
    return filled(rng, m.topic, world.fill(rng, year) | {"org": world.the(org)})


def about(rng: random.Random, year: int, keys: Collection[str]) -> Matter:
    """A matter of one of the topics ``keys`` («dom:05»)."""
    return matter(rng, BY_KEY[rng.choice(sorted(keys))], year)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year`` (either phrase may lead)."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A public topic: ``topic`` if outsiders write about it, else one of its unit's, else any."""
    return public_for(rng, topic, TOPICS)


def within(
    rng: random.Random, year: int, wanted: Collection[str], *, internal: bool = False
) -> Matter:
    """A matter of the units ``wanted``: a public one unless ``internal`` (or none is)."""
    mine = [t for t in TOPICS if t.unit in wanted]
    pool = mine if internal else [t for t in mine if not t.internal] or mine
    return matter(rng, rng.choice(pool), year)


def of_unit(rng: random.Random, year: int, unit: str) -> Matter:
    """Any matter of ``unit`` (internal ones too)."""
    return within(rng, year, (unit,), internal=True)
