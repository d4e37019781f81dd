"""What Pozo Almonte's papers are about, each matter under the unit a clerk would route it
to: the things of the pampa and its oases: the Fiesta de La Tirana and its two hundred
thousand pilgrims, the water of the Pampa del Tamarugal aquifer and the rural water
committees, the thermal baths of Mamiña, the mining traffic on the Ruta 5 and the A-65,
truck parking and dust, camps of miners' contractors, illegal dumps in the pampa, migrants
crossing from Colchane, rural health posts, the indigenous consultation. A matter is
devgen2's (two noun phrases, a sentence of detail, whether only offices write about it),
filled in with the commune's places and numbers."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.devgen13 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "el plan de contingencia de la Fiesta de La Tirana {year} | la coordinación de la "
        "Fiesta de La Tirana {year} ;; Se esperan más de doscientos mil peregrinos en julio.",
        "la situación de los migrantes en tránsito por {sector} | la asistencia humanitaria a "
        "familias migrantes en {plaza} ;; Las familias pernoctan a la intemperie.",
        "la consulta indígena sobre el plan de desarrollo comunal | el proceso de consulta a "
        "las comunidades aymaras y quechuas ;; Las comunidades piden hacerlo en sus pueblos.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal | la sesión ordinaria N° {n} del Concejo "
        "Municipal ;; El acuerdo se adoptó por la unanimidad de los concejales presentes.",
        "la personalidad jurídica de {org} | la elección del directorio de {org} ;; La "
        "asamblea se realizó con ministro de fe municipal.",
    ),
    "administracion": (
        "la información sobre los contratos de recolección de residuos {year} | el acceso a "
        "los contratos de aseo {year} ;; El requirente pide copia de contratos y pagos.",
        "! el encasillamiento del personal municipal | la planta de personal municipal {year} "
        ";; La asociación de funcionarios pidió ser oída.",
    ),
    "dom": (
        "el campamento de contratistas mineros en {sector} | la instalación de faenas sin "
        "permiso en {sector} ;; Los módulos se levantaron sin permiso de edificación.",
        "el microbasural de {plaza} | los residuos en la pampa junto a {ruta} ;; Se acumulan "
        "neumáticos, escombros y restos de faenas.",
        "el alumbrado público de {sector} | la reposición de luminarias en {calle} ;; Ocho "
        "postes están apagados desde hace un mes.",
        "la recepción de obras del inmueble rol {rol} | el permiso de edificación en {calle} "
        ";; El propietario ingresó planos y especificaciones.",
        "el estacionamiento de camiones en {calle} | el aparcamiento de camiones mineros en "
        "{sector} ;; Los camiones ocupan la calzada frente a las viviendas.",
    ),
    "dideco": (
        "el Registro Social de Hogares de familias de {sector} | la actualización del "
        "Registro Social de Hogares en {sector} ;; Hay solicitudes pendientes hace dos meses.",
        "el abastecimiento de agua en camión aljibe a {sector} | la entrega de agua potable "
        "a familias de {sector} ;; El camión no llega hace tres semanas.",
        "la postulación de {org} al fondo concursable municipal | el proyecto de {org} al "
        "FONDEVE {year} ;; La organización pide orientación para su rendición.",
        "el apoyo a los bailes religiosos de La Tirana | la subvención a las cofradías de "
        "baile de La Tirana ;; Las cofradías piden ayuda para el traslado de sus socios.",
    ),
    "secplan": (
        "el proyecto de agua potable rural de {sector} | el diseño del sistema APR de "
        "{sector} ;; El pozo actual tiene arsénico sobre la norma.",
        "! el proyecto FNDR de mejoramiento de {plaza} | la postulación de {plaza} al FNDR "
        "{year} ;; El GORE pide subsanar observaciones técnicas.",
        "la pavimentación de calles de {sector} | el proyecto de pavimentos participativos "
        "de {sector} ;; El SERVIU revisó el perfil y pide antecedentes.",
    ),
    "daf": (
        "la patente comercial del local de {calle} | la patente de alcoholes de {calle} ;; "
        "El contribuyente pide pagar en cuotas.",
        "el comercio ambulante durante la Fiesta de La Tirana | los permisos de comercio en "
        "{plaza} ;; Se piden puestos para la semana de la fiesta.",
        "! el aporte de la patente minera {year} | la distribución de las patentes mineras "
        "{year} ;; La Tesorería informa el monto de la cuota.",
    ),
    "transito": (
        "el tránsito de camiones mineros por {ruta} | la velocidad de los buses de "
        "acercamiento en {ruta} ;; Los vecinos reclaman polvo y accidentes.",
        "el recorrido del transporte rural a {sector} | los horarios del bus a {sector} ;; "
        "El bus dejó de pasar en la tarde.",
        "los reductores de velocidad frente a {school} | la señalización de la zona escolar "
        "de {school} ;; Los apoderados reclaman por la velocidad de los vehículos.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} por infracción a la Ley de Tránsito | la citación del "
        "Juzgado de Policía Local en la causa {causa}-{year} ;; El infractor no compareció.",
        "la denuncia por ruidos molestos en {calle} | los ruidos de una discoteca en "
        "{sector} ;; La música sigue hasta la madrugada los fines de semana.",
    ),
    "control": (
        "! la rendición de la subvención a {org} | los gastos rendidos por {org} ;; Faltan "
        "boletas de dos compras.",
        "! el pago de horas extraordinarias de la Fiesta de La Tirana | la auditoría a los "
        "gastos de la Fiesta de La Tirana {year} ;; Hay pagos sin registro de asistencia.",
    ),
    "juridica": (
        "el recurso de protección de la comunidad de {sector} | la acción judicial por la "
        "extracción de agua en {sector} ;; La comunidad alega que se secan sus vertientes.",
        "la demanda por accidente en {calle} | la indemnización por la caída en {calle} ;; "
        "La demandante se fracturó por un hoyo en la vereda.",
    ),
    "salud": (
        "la atención de {posta} | la ronda médica de {posta} ;; La ronda no llega hace tres "
        "semanas y hay adultos mayores sin control.",
        "la vigilancia sanitaria de la Fiesta de La Tirana | los baños químicos y el agua "
        "para los peregrinos de La Tirana ;; La SEREMI exige puntos de agua potable.",
        "la calidad del agua de las termas de Mamiña | el control sanitario de los baños "
        "termales de Mamiña ;; La fiscalización detectó coliformes en dos piscinas.",
    ),
    "educacion": (
        "la matrícula {year} de {school} | el transporte escolar de {school} ;; Quedan "
        "alumnos de {sector} sin furgón.",
        "la infraestructura de {school} | la reparación del techo de {school} ;; La "
        "Superintendencia constató salas sin sombra ni ventilación.",
    ),
}


TOPICS = topics_from("pozo-almonte", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


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
