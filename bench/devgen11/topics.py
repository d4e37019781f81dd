"""What Porvenir's papers are about, each matter under the unit a clerk would route it to:
the ferry across the Strait and the port closed by the wind, maritime concessions on the
shore, red tide in Bahía Inútil, feral dogs killing sheep and beavers flooding the
estancias' roads, firewood and heating in winter, snow on the Y-71, the gold placers of
Cordón Baquedano, the rural schools and the Hospital's rounds. A matter is devgen2's (two
noun phrases, a sentence of detail, whether only offices write about it), filled in with
the commune's places, works and numbers; names of works in «…», acronyms in parentheses."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.devgen11 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la suspensión del transbordador Punta Arenas - Porvenir por cierre de puerto | la "
        "conectividad marítima de la comuna durante el cierre del puerto ;; Los vecinos "
        "quedaron tres días sin barcaza y sin abastecimiento de combustible.",
        "la emergencia por nevazón en {sector} | el despeje de nieve y la asistencia a familias "
        "aisladas de {sector} ;; Se acumularon cuarenta centímetros de nieve y hay adultos "
        "mayores sin leña.",
        "la celebración del aniversario de Porvenir | el programa oficial del aniversario "
        "comunal ;; El desfile se hará en la avenida Manuel Señoret con las colectividades "
        "croatas.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal sobre {obra} | la certificación del "
        "acuerdo del Concejo (sesión N° {n}) ;; El acuerdo se adoptó por unanimidad de los "
        "concejales presentes.",
        "la personalidad jurídica de {org} | el depósito de los estatutos de {org} ;; La "
        "directiva presentó su acta de constitución ante ministro de fe.",
    ),
    "administracion": (
        "! la jornada del personal municipal durante la emergencia invernal | los turnos de "
        "invierno del personal ;; La asociación de funcionarios pide compensar las horas.",
        "el uso de los vehículos municipales en la ruta Y-71 | el estado de la camioneta "
        "municipal asignada a la ruta ;; El vehículo requiere neumáticos de invierno.",
    ),
    "dom": (
        "la concesión marítima del borde costero en {sector} | la ocupación de la playa de "
        "{sector} sin concesión ;; Se levantó un galpón sobre terreno de playa sin "
        "autorización.",
        "la recepción de las obras de {obra} | el estado de avance de {obra} ;; La empresa "
        "pidió un aumento de plazo de sesenta días.",
        "los perros asilvestrados que atacan ganado en {estancia} | el control de perros "
        "asilvestrados (Ley N° 21.020) en {sector} ;; En un mes murieron cuarenta ovejas.",
        "la construcción de represas de castor en {sector} | el control del castor "
        "(Castor canadensis) en {estancia} ;; Las represas anegaron el camino vecinal.",
        "la vivienda con daño estructural en {calle} | la demolición del inmueble ruinoso "
        "del rol {rol} ;; El viento desprendió parte de la techumbre sobre la vereda.",
    ),
    "dideco": (
        "el programa de leña para adultos mayores de {sector} | la entrega de leña y "
        "parafina en invierno ;; Treinta familias de {sector} quedaron fuera de la nómina.",
        "el Programa de Desarrollo Local (PRODESAL) de Porvenir | la asistencia técnica a "
        "pequeños ganaderos (PRODESAL) ;; El programa atiende a crianceros del sector rural.",
        "el Registro Social de Hogares de familias de {sector} | la actualización del RSH en "
        "{sector} ;; Hay solicitudes pendientes desde el mes pasado.",
    ),
    "secplan": (
        "el proyecto FNDR «{obra}» | la postulación de {obra} al Fondo Nacional de "
        "Desarrollo Regional (FNDR) ;; El proyecto debe reingresar con observaciones.",
        "la Agrupación de Áreas de Manejo (AMERB) de {sector} | la solicitud de destinación "
        "de un Área de Manejo en {sector} ;; El sindicato de pescadores pide apoyo municipal.",
        "la actualización del Plan Regulador Comunal de Porvenir | la consulta pública del "
        "Plan Regulador ;; La imagen objetivo se presentará en el gimnasio.",
    ),
    "daf": (
        "! el aporte por patentes acuícolas (Ley N° 18.892) {year} | la distribución del "
        "Fondo de patentes de acuicultura ;; El aporte se recibe una vez al año.",
        "la patente de alcoholes del local de {calle} | la renovación de la patente comercial "
        "de {calle} ;; El contribuyente pide pagar en cuotas.",
    ),
    "transito": (
        "la nieve y el hielo en la ruta Y-71 hacia {sector} | la vialidad invernal del "
        "camino a {sector} ;; Los buses rurales no pudieron pasar el portezuelo.",
        "el transporte de pasajeros Porvenir - Bahía Chilota | los horarios del bus de "
        "acercamiento a la barcaza ;; Los pasajeros esperan a la intemperie.",
    ),
    "jpl": (
        "la causa Rol N° {n}-{year} por infracción a la Ley N° 21.020 | la citación del "
        "Juzgado de Policía Local en causa {n}-{year} ;; El propietario de los perros no "
        "compareció.",
    ),
    "control": (
        "! la rendición de cuentas de la subvención a {org} | la rendición de fondos "
        "otorgados a {org} ;; Faltan boletas por un tercio del monto.",
    ),
    "juridica": (
        "el comodato del terreno municipal de {sector} | el contrato de comodato con "
        "{org} ;; El terreno se destinará a una sede social.",
        "la denuncia por extracción ilegal de áridos en {sector} | la extracción de áridos "
        "del río en {estancia} ;; Los camiones salen de noche hacia Cordón Baquedano.",
    ),
    "salud": (
        "la alerta sanitaria por marea roja (VPM) en {sector} | la prohibición de extraer "
        "mariscos en {sector} ;; Las muestras superaron el límite de veneno paralizante.",
        "las rondas médicas rurales a {estancia} | la atención de salud de los trabajadores "
        "de {estancia} ;; La ronda quedó suspendida por el estado del camino.",
    ),
    "educacion": (
        "el transporte escolar de {school} | el furgón escolar del sector {sector} ;; Los "
        "alumnos de {sector} llegan tarde cuando nieva.",
        "la calefacción de {school} | la reparación de la caldera de {school} ;; Las salas "
        "amanecen a cinco grados.",
    ),
}


TOPICS = topics_from("porvenir", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year`` (either phrase may lead)."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A public topic: ``topic`` if outsiders write about it, else one of its unit's, else any."""
    return public_for(rng, topic, TOPICS)


def fits(wanted: Collection[str], topic: Topic) -> bool:
    """Whether ``topic`` is among ``wanted``: units («dom») or single matters («dom:03»)."""
    return topic.unit in wanted or any(":" in w and topic.key.endswith(f"-{w}") for w in wanted)


def within(rng: random.Random, year: int, wanted: Collection[str]) -> Matter:
    """A matter (a public one if any) of the units or matters ``wanted``."""
    pool = [t for t in TOPICS if fits(wanted, t)]
    public = [t for t in pool if not t.internal]
    return matter(rng, rng.choice(public or pool), year)
