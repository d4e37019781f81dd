"""What Lonquimay's documents are about, each matter with the unit a clerk would send it to.

A matter is devgen2's (bench.devgen2.topics: two noun phrases, a sentence of detail, whether
only offices write about it), filled in with Lonquimay's places, organisations and numbers:
snow on the roads, the winter veranadas, the piñón harvest, the Pehuenche communities, the
Pino Hachado pass."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic
from bench.devgen2.topics import cap as cap
from bench.devgen5 import world

_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("el plan comunal de invierno ante nevazones|la coordinación del comité comunal de "
         "emergencia por nevazones", "Las nevadas cortan los caminos a Icalma y Sierra Nevada "
         "y dejan familias aisladas.", False),
        ("el Nguillatún de la comunidad de {sector}|el apoyo municipal a la ceremonia "
         "tradicional de {sector}", "La comunidad pide apoyo con traslado, agua y baños "
         "químicos para la ceremonia.", False),
        ("una audiencia con el señor Alcalde para tratar la situación {de_org}|la reunión "
         "solicitada por la directiva {de_org}", "La directiva pide ser recibida a la "
         "brevedad, por tratarse de un asunto urgente para sus socios.", False),
    ),
    "secretaria-municipal": (
        ("los acuerdos del Concejo Municipal adoptados en la sesión ordinaria N° {n}|la "
         "transcripción de acuerdos del Concejo", "Los acuerdos deben notificarse a las "
         "unidades dentro del plazo de cinco días hábiles.", True),
        ("la vigencia de la personalidad jurídica {de_org}|el certificado de directorio "
         "vigente {de_org}", "La organización necesita acreditar su directiva para postular a "
         "fondos concursables.", False),
        ("la elección de directiva de la {jjvv}|el depósito del acta de elección de la {jjvv}",
         "La asamblea se realizó con la presencia de un ministro de fe municipal.", False),
    ),
    "administracion": (
        ("el concurso público para proveer cargos de la planta municipal|las bases del concurso "
         "de conductor de maquinaria pesada", "Las bases se publicaron en el portal de empleos "
         "públicos.", False),
        ("los cometidos funcionarios a los sectores cordilleranos|el pago de viáticos al "
         "personal en comisión de servicio", "Los traslados a Icalma y Lolco exigen programar "
         "los vehículos con cadenas para nieve.", True),
        ("la asignación de zona extrema del personal municipal|el reglamento de turnos del "
         "personal de despeje de nieve", "Las asociaciones de funcionarios piden revisar los "
         "turnos de invierno.", True),
    ),
    "dom": (
        ("el permiso de edificación de la vivienda de {calle}|la regularización de la "
         "ampliación de {calle}", "La carpeta fue ingresada con planos y especificaciones "
         "técnicas.", False),
        ("el despeje de nieve de los caminos vecinales de {sector}|la mantención de caminos "
         "rurales de {sector}", "La motoniveladora municipal no ha llegado al sector desde la "
         "última nevazón.", False),
        ("el microbasural del sector {sector}|el retiro de residuos voluminosos en {sector}",
         "Los residuos se acumulan junto al estero y el viento los dispersa.", False),
        ("la recepción final de obras del inmueble rol {rol}|la recepción definitiva de la "
         "sede social de {sector}", "La inspección constató observaciones pendientes en las "
         "instalaciones.", False),
    ),
    "dideco": (
        ("la entrega de leña a familias vulnerables de {sector}|el programa de calefacción "
         "para adultos mayores de {sector}", "Las familias no cuentan con leña seca para el "
         "invierno.", False),
        ("la actualización del Registro Social de Hogares de la familia {familia}|la "
         "calificación socioeconómica de la familia {familia}", "La familia declara cambios "
         "en su composición y sus ingresos.", False),
        ("la recolección de piñones en {sector}|el apoyo a las recolectoras de piñón {de_org}",
         "La temporada de piñones es la principal fuente de ingresos de las familias.", False),
        ("el forraje para crianceros afectados por la nieve|la entrega de fardos a "
         "crianceros de {sector}", "El ganado no puede bajar de las veranadas por la nieve "
         "acumulada.", False),
    ),
    "secplan": (
        ("la licitación pública ID {licit} para {obra}|las bases de licitación de {obra}",
         "El proceso se publicó en el portal Mercado Público con apertura electrónica.", False),
        ("el proyecto FRIL de {obra}|la ejecución del proyecto FRIL {obra}", "El proyecto "
         "cuenta con recomendación técnica y debe iniciar obras antes del invierno.", False),
        ("el proyecto de agua potable rural de {sector}|el diseño del sistema APR de {sector}",
         "El diseño considera captación, estanque y red para las familias del sector.", False),
    ),
    "daf": (
        ("el pago de la factura N° {n} de {empresa}|la deuda pendiente con {empresa}", "El "
         "proveedor señala que la factura se encuentra vencida hace más de treinta días.",
         False),
        ("la patente comercial de {giro} en {calle}|el otorgamiento de patente de {giro} en "
         "{sector}", "El contribuyente acompaña la resolución sanitaria y el informe de "
         "zonificación.", False),
        ("la modificación presupuestaria N° {n} del presupuesto municipal|el ajuste del "
         "presupuesto municipal {year}", "Se requiere suplementar cuentas de gasto con mayores "
         "ingresos percibidos.", True),
    ),
    "transito": (
        ("la licencia de conducir clase {clase} de {persona}|el examen práctico para licencia "
         "clase {clase}", "El postulante solicita nueva fecha para rendir el examen.", False),
        ("la señalización del cruce de la Ruta 181-CH en {sector}|la demarcación vial de "
         "{calle}", "Los vehículos de carga que bajan de Pino Hachado no respetan la "
         "velocidad.", False),
        ("el permiso de circulación del vehículo placa patente {ppu}|la renovación del permiso "
         "de circulación {year} del vehículo {ppu}", "El propietario acompaña su revisión "
         "técnica y el seguro obligatorio.", False),
    ),
    "jpl": (
        ("la causa rol {causa} del Juzgado de Policía Local|la citación a audiencia en la "
         "causa rol {causa}", "La audiencia de contestación y prueba quedó fijada para el "
         "próximo mes.", False),
        ("los animales sueltos en la Ruta 181-CH|el ganado suelto en el camino a {sector}",
         "Los animales cruzan la ruta de noche y han provocado accidentes.", False),
        ("la infracción de tránsito del vehículo placa patente {ppu}|el parte cursado al "
         "vehículo {ppu}", "El denunciado fue citado a comparecer en la fecha indicada.", False),
    ),
    "control": (
        ("la rendición de la subvención municipal {year} {de_org}|la rendición de cuentas de "
         "la subvención otorgada {al_org}", "La organización presentó boletas sin el detalle "
         "que exige el decreto de subvención.", False),
        ("el informe trimestral de ejecución presupuestaria|el avance del ejercicio "
         "presupuestario", "El informe debe presentarse al Concejo antes del término del mes.",
         True),
        ("la revisión de los contratos de arriendo de maquinaria|la auditoría al programa de "
         "despeje de nieve", "El examen abarca los pagos por horas de máquina del invierno "
         "anterior.", True),
    ),
    "juridica": (
        ("el recurso de protección interpuesto por {persona}|la causa de protección rol "
         "{causa}", "El recurrente alega que el cierre de un camino vecinal vulnera su "
         "derecho de propiedad.", False),
        ("el comodato de la sede social {de_org}|la entrega en comodato del inmueble de "
         "{sector}", "La organización solicita renovar el comodato por cinco años.", False),
        ("la consulta indígena sobre {obra}|el proceso de consulta a las comunidades "
         "pehuenches de {sector}", "Las comunidades piden conocer el proyecto antes de su "
         "aprobación.", False),
    ),
    "salud": (
        ("la ronda médica a la {posta}|el horario de atención de la {posta}", "Los usuarios "
         "señalan que la ronda no se ha realizado en las últimas semanas.", False),
        ("el traslado de pacientes desde Lonquimay al Hospital de Victoria|la ambulancia del "
         "CESFAM Lonquimay", "El traslado se complica cuando se cierra el túnel Las Raíces.",
         False),
        ("la campaña de vacunación contra la influenza en {sector}|el operativo de salud en la "
         "{posta}", "Se priorizará a adultos mayores y enfermos crónicos.", False),
    ),
    "educacion": (
        ("el transporte escolar desde {sector}|el furgón escolar de {sector}", "Los alumnos "
         "viajan de madrugada por caminos con nieve y hielo.", False),
        ("las vacaciones de invierno anticipadas {de_escuela}|la suspensión de clases por "
         "nevazón en {la_escuela}", "El camino al establecimiento quedó cortado por la nieve.",
         False),
        ("el programa de educación intercultural bilingüe|la enseñanza del mapuzugun {en}",
         "Falta un educador tradicional para los cursos de primer ciclo.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"lonquimay-{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def _values(rng: random.Random, year: int) -> dict[str, str]:
    values = world.fill_values(rng, year)
    values["persona"] = world.person(rng).name
    values["clase"] = rng.choice(("B", "A2", "A4", "C", "D"))
    values["en"] = "en " + values["la_escuela"]
    return values


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year``."""
    values = _values(rng, year)
    names = list(topic.names)
    rng.shuffle(names)
    detail = topic.detail.format(**values)
    return Matter(
        topic, names[0].format(**values), names[-1].format(**values), detail, values["sector"]
    )


def pick(rng: random.Random, year: int, unit: str | None = None, *, public: bool = False) -> Matter:
    """A matter of ``unit`` (any unit if None); ``public``: one citizens write about."""
    pool = [t for t in TOPICS if unit is None or t.unit == unit]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def for_citizens(rng: random.Random, topic: Topic) -> Topic:
    """A matter citizens write about: ``topic`` itself, or another one of its unit."""
    if not topic.internal:
        return topic
    return rng.choice([t for t in TOPICS if t.unit == topic.unit and not t.internal])
