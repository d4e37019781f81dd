"""What Putre's documents are about, each matter with the unit a clerk would send it to.

A matter is devgen2's (bench.devgen2.topics: two noun phrases, a sentence of detail, whether
only offices write about it), filled in with Putre's places, organisations and numbers."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic
from bench.devgen2.topics import cap as cap
from bench.devgen4 import world

_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("la celebración del aniversario de la comuna de Putre|el programa de actividades del "
         "aniversario comunal", "Las actividades incluyen el desfile cívico y la feria "
         "costumbrista en la plaza de Putre.", False),
        ("la fiesta patronal de {sector}|el apoyo municipal a la festividad religiosa de {sector}",
         "La comunidad pide apoyo con traslado, amplificación y baños químicos para la fiesta.",
         False),
        ("el plan de emergencia por las lluvias del invierno altiplánico|la coordinación del "
         "comité comunal de emergencia", "Las lluvias estivales cortan caminos y dejan aislados "
         "a los poblados de la precordillera.", False),
        ("una audiencia con el señor Alcalde para tratar la situación {de_org}|la reunión "
         "solicitada por la directiva {de_org}", "La directiva pide ser recibida a la brevedad, "
         "por tratarse de un asunto urgente para sus socios.", False),
    ),
    "secretaria-municipal": (
        ("los acuerdos del Concejo Municipal adoptados en la sesión ordinaria N° {n}|la "
         "transcripción de acuerdos del Concejo", "Los acuerdos deben notificarse a las unidades "
         "dentro del plazo de cinco días hábiles.", True),
        ("la vigencia de la personalidad jurídica {de_org}|el certificado de directorio vigente "
         "{de_org}", "La organización necesita acreditar su directiva para postular a fondos "
         "concursables.", False),
        ("la elección de directiva de la {jjvv}|el depósito del acta de elección de la {jjvv}",
         "La asamblea se realizó con la presencia de un ministro de fe municipal.", False),
        ("la sesión itinerante del Concejo Municipal en {sector}|la citación a sesión "
         "extraordinaria del Concejo en {sector}", "La sesión se realizará en la sede social "
         "del poblado para acercar el Concejo a la comunidad.", True),
    ),
    "administracion": (
        ("el concurso público para proveer cargos de la planta municipal|las bases del concurso "
         "de auxiliar de servicios", "Las bases se publicaron en el portal de empleos públicos.",
         False),
        ("los cometidos funcionarios a las localidades rurales|el pago de viáticos al personal en "
         "comisión de servicio", "Los traslados a los poblados de altura exigen programar los "
         "vehículos con anticipación.", True),
        ("el arriendo de camionetas 4x4 para el traslado de funcionarios|el contrato de arriendo "
         "de vehículos municipales", "El parque de vehículos no alcanza para cubrir las rondas a "
         "los sectores rurales.", True),
        ("la atención de público en la oficina municipal de {sector}|el horario de la oficina "
         "municipal de enlace en {sector}", "Los vecinos deben viajar a Putre para trámites "
         "simples.", False),
    ),
    "dom": (
        ("el permiso de edificación de la vivienda de {calle}|la regularización de la "
         "ampliación de {calle}", "La carpeta fue ingresada con planos y especificaciones "
         "técnicas.", False),
        ("la restauración de la fachada de adobe del inmueble de {calle}|la intervención en un "
         "inmueble del casco antiguo de Putre", "La obra debe respetar la arquitectura "
         "tradicional de adobe y piedra.", False),
        ("la recepción final de obras del inmueble rol {rol}|la recepción definitiva de la sede "
         "social de {sector}", "La inspección constató observaciones pendientes en las "
         "instalaciones.", False),
        ("el microbasural de la salida norte de Putre|el retiro de escombros y residuos en "
         "{sector}", "Los residuos atraen perros vagos y el viento los dispersa por el pueblo.",
         False),
        ("el alumbrado público de {calle}|la reposición de luminarias en {sector}", "Varios "
         "postes se encuentran sin luz desde hace semanas.", False),
        ("el camino vecinal de acceso a {sector}|los daños del camino a {sector} por las "
         "lluvias", "El camino quedó cortado por el arrastre de material de la quebrada.", False),
    ),
    "dideco": (
        ("la ayuda social para la familia {familia} de {sector}|la entrega de ayuda asistencial "
         "a la familia {familia}", "La familia vive en condiciones precarias y uno de sus "
         "integrantes está enfermo.", False),
        ("la actualización del Registro Social de Hogares de la familia {familia}|la "
         "calificación socioeconómica de la familia {familia}", "La familia declara cambios en "
         "su composición y en sus ingresos.", False),
        ("la entrega de forraje para el ganado camélido de {sector}|el apoyo a los ganaderos de "
         "llamas y alpacas de {sector}", "La sequía dejó los bofedales sin pasto para los "
         "animales.", False),
        ("la entrega de gas y leña a adultos mayores de {sector}|el programa de calefacción "
         "para adultos mayores", "Las temperaturas bajo cero afectan a los adultos mayores que "
         "viven solos.", False),
        ("la postulación {de_org} al Fondo de Desarrollo Vecinal {year}|el FONDEVE {year}",
         "Los dirigentes requieren orientación para completar el formulario.", False),
        ("el abastecimiento de agua en camión aljibe a {sector}|el reparto de agua potable en "
         "{sector}", "La vertiente que abastece al poblado disminuyó su caudal.", False),
    ),
    "secplan": (
        ("la licitación pública ID {licit} para {obra}|las bases de licitación de {obra}",
         "El proceso se publicó en Mercado Público con apertura electrónica de ofertas.", False),
        ("el proyecto FRIL para {obra}|la ejecución del proyecto FRIL de {obra}", "El proyecto "
         "cuenta con recomendación técnica y debe iniciar obras dentro del año.", False),
        ("el sistema fotovoltaico para viviendas de {sector}|la electrificación con paneles "
         "solares de {sector}", "Las viviendas del sector no tienen conexión a la red "
         "eléctrica.", False),
        ("el servicio sanitario rural de {sector}|el mejoramiento del agua potable rural de "
         "{sector}", "La captación requiere protección y el estanque presenta filtraciones.",
         False),
        ("la cartera de proyectos de inversión {year}|la actualización del Plan de Desarrollo "
         "Comunal de Putre", "La cartera prioriza conectividad, agua y equipamiento "
         "comunitario.", True),
    ),
    "daf": (
        ("el pago de la factura N° {n} de {empresa}|la deuda pendiente con {empresa}", "El "
         "proveedor señala que la factura se encuentra vencida.", False),
        ("la patente comercial de {giro} en {calle}|el otorgamiento de patente de {giro}", "El "
         "contribuyente acompaña la resolución sanitaria y el certificado de zonificación.",
         False),
        ("la modificación presupuestaria N° {n} del presupuesto municipal|el ajuste del "
         "presupuesto municipal {year}", "Se requiere suplementar cuentas de gasto con mayores "
         "ingresos percibidos.", True),
        ("la orden de compra N° {oc} emitida a {empresa}|la recepción conforme de la orden de "
         "compra N° {oc}", "La compra se tramitó por convenio marco.", False),
    ),
    "transito": (
        ("la licencia de conducir clase {clase}|el examen práctico para la licencia clase "
         "{clase}", "El postulante solicita nueva fecha para rendir el examen.", False),
        ("el permiso de circulación del vehículo placa patente {ppu}|la renovación del permiso "
         "de circulación {year} del vehículo {ppu}", "El propietario acompaña la revisión "
         "técnica y el seguro obligatorio.", False),
        ("la señalización del acceso a Putre desde la Ruta 11-CH|la demarcación de los pasos "
         "peatonales de {calle}", "Los camiones que van a Bolivia no reducen la velocidad en el "
         "acceso al pueblo.", False),
        ("el recorrido del bus rural entre Arica y {sector}|el transporte público rural hacia "
         "{sector}", "El bus dejó de pasar los días martes y jueves.", False),
    ),
    "jpl": (
        ("la infracción de tránsito del vehículo placa patente {ppu}|el parte cursado al "
         "vehículo {ppu}", "El denunciado fue citado a comparecer en la fecha que indica la "
         "citación.", False),
        ("la causa rol {causa} del Juzgado de Policía Local|la citación a audiencia en la causa "
         "rol {causa}", "La audiencia de contestación y prueba quedó fijada para el próximo "
         "mes.", False),
        ("los animales sueltos en la Ruta 11-CH|el ganado suelto en el camino a {sector}",
         "Las llamas cruzan la ruta de noche y han provocado accidentes.", False),
        ("los ruidos molestos en {calle}|la denuncia por ruidos molestos de un local de {calle}",
         "La música se prolonga hasta la madrugada los fines de semana.", False),
    ),
    "control": (
        ("la rendición de la subvención municipal {year} {de_org}|la rendición de cuentas de "
         "la subvención otorgada {al_org}", "La organización presentó boletas sin el detalle "
         "que exige el decreto de subvención.", False),
        ("la revisión de los gastos del programa {programa}|la auditoría a los fondos del "
         "programa {programa}", "El examen abarca los egresos del primer semestre.", True),
        ("el informe trimestral de ejecución presupuestaria|el avance del ejercicio "
         "presupuestario", "El informe debe presentarse al Concejo antes del término del mes.",
         True),
    ),
    "juridica": (
        ("el recurso de protección interpuesto por {persona}|la causa de protección rol "
         "{causa}", "El recurrente alega que el cierre de un camino vecinal vulnera su "
         "derecho de propiedad.", False),
        ("la demanda laboral de un ex trabajador a honorarios|el juicio laboral RIT O-{causa}",
         "La audiencia preparatoria está fijada y es necesario preparar la defensa.", True),
        ("el sumario administrativo ordenado por el Decreto N° {n}|la investigación sumaria "
         "en el Departamento de Salud", "El fiscal solicita ampliar el plazo de la "
         "investigación.", True),
        ("el comodato de la sede social {de_org}|la entrega en comodato del inmueble de "
         "{sector}", "La organización solicita renovar el comodato por cinco años.", False),
        ("la consulta indígena sobre {obra}|el proceso de consulta a las comunidades aymaras de "
         "{sector}", "Las comunidades piden conocer el proyecto antes de su aprobación.", False),
    ),
    "salud": (
        ("la ronda médica a la {posta}|el horario de atención de la {posta}", "Los usuarios "
         "señalan que la ronda no se ha realizado en las últimas semanas.", False),
        ("el traslado de pacientes desde Putre al Hospital de Arica|la ambulancia del CESFAM "
         "Putre", "El traslado demora más de dos horas por la Ruta 11-CH.", False),
        ("la atención de turistas con mal agudo de montaña|los casos de mal de altura atendidos "
         "en el CESFAM", "En temporada alta aumentan las consultas de turistas por "
         "apunamiento.", False),
        ("el operativo de vacunación en {sector}|la campaña de vacunación contra la influenza "
         "en la {posta}", "Se priorizará a adultos mayores y enfermos crónicos.", False),
        ("el convenio del Programa de Salud Rural {year}|el convenio de atención primaria de "
         "salud {year}", "El convenio fija metas sanitarias y recursos por inscrito.", True),
    ),
    "educacion": (
        ("la matrícula {year} {de_escuela}|el proceso de matrícula en {la_escuela}", "El "
         "establecimiento informa cupos disponibles en primero básico.", False),
        ("el transporte escolar desde {sector}|el furgón escolar de {sector}", "Los alumnos "
         "viajan de madrugada por caminos de tierra.", False),
        ("el internado {de_escuela}|la residencia estudiantil de Putre", "Los alumnos de los "
         "poblados alejados se alojan en Putre de lunes a viernes.", False),
        ("la enseñanza de la lengua aymara {en_escuela}|el programa de educación intercultural "
         "bilingüe", "Falta un educador tradicional para los cursos de primer ciclo.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"putre-{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """``topic`` filled in for one document of ``year``."""
    values = world.fill_values(rng, year)
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


def public(rng: random.Random, m: Matter, year: int) -> Matter:
    """A matter neighbours write about: ``m`` itself, or one of another topic of its unit."""
    topic = for_citizens(rng, m.topic)
    return m if topic is m.topic else matter(rng, topic, year)
