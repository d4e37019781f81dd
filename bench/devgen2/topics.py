"""What Vichuquén's documents are about, each matter with the unit a clerk would send it to.

A topic has two or three noun phrases (with placeholders filled per document) and a sentence
of detail; ``internal`` topics are ones only offices write about (a citizen's letter never
is about the Concejo's agreements)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bench.devgen2 import world


@dataclass(frozen=True)
class Topic:
    unit: str
    key: str
    names: tuple[str, ...]
    detail: str
    internal: bool = False


@dataclass(frozen=True)
class Matter:
    """A topic filled in for one document."""

    topic: Topic
    name: str
    other: str
    detail: str
    sector: str

    @property
    def unit(self) -> str:
        return self.topic.unit


_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("los actos de celebración del aniversario de la comuna|el programa oficial del "
         "aniversario de Vichuquén", "La ceremonia central se realizará en la plaza de armas, con "
         "presencia de autoridades provinciales y de las organizaciones locales.", False),
        ("una reunión con el señor Alcalde para tratar la situación {de_org}|la audiencia "
         "solicitada por la directiva {de_org}", "La directiva pide ser recibida por la "
         "autoridad comunal a la brevedad, por tratarse de un asunto urgente para sus socios.",
         False),
        ("la cuenta pública de la gestión municipal {year}|la cuenta pública anual del Alcalde",
         "La cuenta se presentará ante el Concejo y el Consejo Comunal de Organizaciones de la "
         "Sociedad Civil en el mes de abril.", True),
        ("la visita protocolar de autoridades provinciales a {sector}|el saludo protocolar de "
         "la Delegación Presidencial", "Se coordinará el recibimiento y el recorrido por los "
         "sectores costeros de la comuna.", False),
        ("el plan comunal de seguridad pública|las rondas preventivas de seguridad en {sector}",
         "Se requiere coordinar el trabajo del gabinete del Alcalde con Carabineros y las "
         "juntas de vecinos.", False),
    ),
    "secretaria-municipal": (
        ("los acuerdos adoptados por el Concejo Municipal en sesión ordinaria N° {n}|la "
         "transcripción de acuerdos del Concejo", "Los acuerdos deben ser notificados a las "
         "unidades que corresponda dentro del plazo de cinco días hábiles.", True),
        ("la citación a sesión extraordinaria del Concejo Municipal|la tabla de la próxima "
         "sesión del Concejo", "Los concejales deberán recibir los antecedentes con la "
         "anticipación que fija el reglamento de sala.", True),
        ("el certificado de directorio vigente {de_org}|la vigencia de la personalidad jurídica "
         "{de_org}", "La organización necesita acreditar su directiva para postular a fondos "
         "concursables.", False),
        ("la renovación de directiva de la {jjvv}|el depósito del acta de elección de la {jjvv}",
         "La elección se realizó en asamblea con la presencia de un ministro de fe municipal.",
         False),
        ("la elección del Consejo Comunal de Organizaciones de la Sociedad Civil|la "
         "constitución del COSOC de Vichuquén", "El padrón de organizaciones habilitadas "
         "será publicado en el diario mural del edificio consistorial.", False),
    ),
    "administracion": (
        ("el feriado legal y los permisos administrativos del personal|la programación de "
         "vacaciones de los funcionarios municipales", "Cada jefatura debe remitir la "
         "programación de su dotación antes del cierre del mes.", True),
        ("el reglamento interno de orden, higiene y seguridad|la actualización del reglamento "
         "interno municipal", "El texto fue revisado con las asociaciones de funcionarios.",
         True),
        ("las licencias médicas de funcionarios municipales|el registro de licencias médicas "
         "del personal", "Se detectaron licencias sin tramitar ante la COMPIN dentro del plazo "
         "legal.", True),
        ("la capacitación del personal municipal en {curso}|el plan anual de capacitación de "
         "funcionarios", "La actividad se realizará en el salón del edificio consistorial en "
         "jornada de mañana.", True),
        ("la postulación al cargo de auxiliar en la planta municipal|el concurso público para "
         "proveer cargos de la planta de personal", "Las bases del concurso se publicaron en "
         "el portal de empleos públicos.", False),
    ),
    "dom": (
        ("el permiso de edificación de la vivienda ubicada en {calle}, {sector}|la regularización "
         "de la construcción en {calle}", "La carpeta fue ingresada con planos de arquitectura "
         "y especificaciones técnicas.", False),
        ("la recepción final de obras del inmueble rol {rol}|la recepción definitiva de la "
         "ampliación en {sector}", "La inspección técnica constató observaciones pendientes en "
         "las instalaciones.", False),
        ("la subdivisión del predio rol {rol} en el sector {sector}|el certificado de "
         "informaciones previas del predio rol {rol}", "El predio se ubica en el área de "
         "extensión urbana del plan regulador comunal.", False),
        ("la construcción sin permiso en la ribera del lago Vichuquén, sector {sector}|las obras "
         "ejecutadas en la franja de playa de {sector}", "Vecinos informan que se levantó un "
         "muelle y un cierre perimetral sin autorización.", False),
        ("la reposición de luminarias del alumbrado público en {calle}|la iluminación de la "
         "costanera de {sector}", "Al menos seis postes se encuentran sin luz desde hace semanas.",
         False),
        ("el anegamiento por aguas lluvias en {sector}|la limpieza de los colectores de aguas "
         "lluvias de {calle}", "Con las últimas precipitaciones el agua ingresó a varias "
         "viviendas.", False),
    ),
    "dideco": (
        ("el subsidio de agua potable para familias de {sector}|la asignación del subsidio al "
         "consumo de agua potable", "Las familias postulantes cumplen el tramo del Registro "
         "Social de Hogares que exige el reglamento.", False),
        ("la actualización del Registro Social de Hogares de la familia {familia}|la "
         "calificación socioeconómica de la familia {familia}", "La familia declara cambios en su "
         "composición y en sus ingresos desde la última encuesta.", False),
        ("la ayuda social para la familia {familia}, afectada por un incendio en {sector}|la "
         "entrega de materiales de emergencia a damnificados de {sector}", "La vivienda resultó "
         "con pérdida total y la familia se encuentra albergada donde parientes.", False),
        ("el reparto de agua potable en camión aljibe a vecinos de {sector}|el abastecimiento "
         "de agua por camión aljibe en {sector}", "Los pozos del sector se secaron durante el "
         "verano y hay adultos mayores sin abastecimiento.", False),
        ("el proyecto de la {jjvv} al Fondo de Desarrollo Vecinal|la postulación de "
         "organizaciones comunitarias al FONDEVE {year}", "Los dirigentes requieren orientación "
         "para completar el formulario y la rendición.", False),
        ("la habilitación de albergues ante el sistema frontal|el catastro de personas "
         "damnificadas por el temporal en {sector}", "Se pide contar con la nómina de familias "
         "afectadas para la entrega de ayuda.", False),
    ),
    "secplan": (
        ("la licitación pública ID {licit} para {obra}|las bases de licitación de {obra}",
         "El proceso se publicó en el portal Mercado Público con apertura electrónica de ofertas.",
         False),
        ("el proyecto FRIL de {obra}|la ejecución del proyecto FRIL {obra}", "El proyecto "
         "cuenta con recomendación técnica y debe iniciar obras dentro del año.", False),
        ("la postulación al Programa de Mejoramiento Urbano de {obra}|el proyecto PMU de {obra}",
         "Se adjuntan perfil, presupuesto y carta de compromiso de la comunidad.", False),
        ("el proyecto de agua potable rural de {sector}|el diseño del sistema de agua potable "
         "rural de {sector}", "La etapa de diseño considera captación, estanque y red de "
         "distribución para las familias del sector.", False),
        ("la cartera de proyectos de inversión comunal {year}|el plan de inversiones del "
         "Fondo Nacional de Desarrollo Regional", "La cartera prioriza proyectos de "
         "conectividad y equipamiento comunitario.", True),
    ),
    "daf": (
        ("el pago de la factura N° {n} de {empresa}|la deuda pendiente con {empresa}", "El "
         "proveedor señala que la factura se encuentra vencida hace más de treinta días.", False),
        ("la patente comercial de {giro} en {calle}|el otorgamiento de patente de {giro} en "
         "{sector}", "El contribuyente acompaña la resolución sanitaria y el informe de "
         "zonificación.", False),
        ("la modificación presupuestaria N° {n} del presupuesto municipal|el ajuste del "
         "presupuesto municipal {year}", "Se requiere suplementar cuentas de gasto con mayores "
         "ingresos percibidos.", True),
        ("los derechos de aseo domiciliario de {sector}|el cobro de derechos municipales de "
         "aseo", "Contribuyentes reclaman cobros duplicados en el rol de aseo.", False),
        ("la orden de compra N° {oc} emitida a {empresa}|la recepción conforme de la orden de "
         "compra N° {oc}", "La compra se tramitó por convenio marco y el bien ya fue entregado.",
         False),
    ),
    "transito": (
        ("la renovación de licencias de conducir clase {clase}|el examen práctico para licencia "
         "de conducir clase {clase}", "El postulante solicita nueva fecha para rendir el examen.",
         False),
        ("la demarcación y señalización vial de {calle}|la instalación de señalética en {calle}",
         "Los pasos peatonales frente a la escuela no tienen demarcación visible.", False),
        ("la instalación de reductores de velocidad en {calle}, {sector}|los lomos de toro "
         "solicitados en {calle}", "Los vehículos circulan a alta velocidad en un tramo con "
         "niños y adultos mayores.", False),
        ("el permiso de circulación del vehículo placa patente {ppu}|la renovación del permiso "
         "de circulación {year} del vehículo {ppu}", "El propietario no registra multas "
         "impagas y acompaña su revisión técnica.", False),
        ("el recorrido del transporte público rural Vichuquén–{sector}|los horarios del "
         "transporte público hacia {sector}", "Vecinos señalan que el bus dejó de pasar en el "
         "horario de la tarde.", False),
        ("los estacionamientos de la costanera de Llico en temporada estival|el ordenamiento del "
         "tránsito en Llico durante el verano", "Durante febrero se produce congestión en el "
         "acceso a la playa.", False),
    ),
    "jpl": (
        ("la infracción cursada al vehículo placa patente {ppu}|el parte por infracción de "
         "tránsito del vehículo {ppu}", "El denunciado fue citado a comparecer ante el tribunal "
         "en la fecha que indica la boleta.", False),
        ("la denuncia por ruidos molestos en {calle}, {sector}|los ruidos molestos de un local "
         "nocturno de {sector}", "Los vecinos afirman que la música se prolonga hasta la "
         "madrugada los fines de semana.", False),
        ("la causa rol {causa} del Juzgado de Policía Local|la citación a audiencia en la causa "
         "rol {causa}", "La audiencia de contestación y prueba quedó fijada para el próximo "
         "mes.", False),
        ("la multa por infracción a la ordenanza de aseo en {sector}|el cobro de multas "
         "impuestas por el Juzgado de Policía Local", "La multa no ha sido pagada dentro del "
         "plazo fijado en la sentencia.", False),
        ("la fiscalización de comercio ambulante en la costanera de {sector}|las denuncias por "
         "comercio sin permiso en {sector}", "Inspectores municipales cursaron citaciones "
         "durante el fin de semana largo.", False),
    ),
    "control": (
        ("la auditoría a los fondos del programa {programa}|la revisión de los gastos del "
         "programa {programa}", "El examen abarca los egresos del primer semestre.", True),
        ("la rendición de cuentas de la subvención otorgada {al_org}|la rendición de la "
         "subvención municipal {year} {de_org}", "La organización presentó boletas sin el "
         "detalle que exige el decreto de subvención.", False),
        ("el informe final de Contraloría N° {n} sobre la Municipalidad|las observaciones del "
         "informe final N° {n}", "El informe consigna observaciones de complejidad alta que "
         "deben ser subsanadas.", True),
        ("el informe trimestral de ejecución presupuestaria|el estado de avance del ejercicio "
         "presupuestario", "El informe debe presentarse al Concejo antes del término del mes.",
         True),
        ("el control interno de los procesos de compra municipales|la revisión de los decretos "
         "de pago", "Se encontraron decretos de pago sin la recepción conforme adjunta.", True),
    ),
    "juridica": (
        ("el recurso de protección interpuesto por {persona} contra la Municipalidad|la causa "
         "de protección rol {causa}", "La recurrente alega que el cierre de un camino vecinal "
         "vulnera su derecho de propiedad.", False),
        ("la demanda laboral de un ex funcionario a honorarios|el juicio laboral RIT {causa}",
         "La audiencia preparatoria está fijada y es necesario preparar la defensa.", True),
        ("el sumario administrativo instruido por el Decreto N° {n}|la investigación sumaria "
         "en el Departamento de Salud", "El fiscal solicita ampliar el plazo de la "
         "investigación.", True),
        ("el contrato de comodato del inmueble de la {jjvv}|la entrega en comodato de la sede "
         "de {sector}", "La organización solicita renovar el comodato por cinco años.", False),
        ("la querella por daños a bienes municipales en {sector}|la denuncia por robo de "
         "cables del alumbrado de {sector}", "Se requiere presentar la acción penal antes del "
         "vencimiento del plazo.", True),
    ),
    "salud": (
        ("la campaña de vacunación contra la influenza en {sector}|el operativo de vacunación "
         "en {posta}", "Se priorizará a adultos mayores, embarazadas y enfermos crónicos.", False),
        ("la atención de la {posta}|el horario de atención médica en la {posta}", "Los "
         "usuarios señalan que la ronda médica no se ha realizado en las últimas semanas.", False),
        ("la dotación de profesionales del CESFAM Vichuquén|la contratación de un médico para "
         "el CESFAM", "La brecha de horas médicas afecta la atención de morbilidad.", False),
        ("la entrega de medicamentos en la farmacia comunal|el stock de medicamentos de la "
         "farmacia del CESFAM", "Pacientes crónicos no han recibido su tratamiento completo.",
         False),
        ("el convenio de atención primaria de salud {year}|el Programa de Resolutividad en "
         "Atención Primaria", "El convenio fija metas sanitarias y recursos por usuario "
         "inscrito.", True),
    ),
    "educacion": (
        ("la matrícula {year} {de_escuela}|el proceso de matrícula en {la_escuela}",
         "El establecimiento informa cupos disponibles en primero básico.", False),
        ("el transporte escolar de estudiantes de {sector}|el recorrido del furgón escolar de "
         "{sector}", "Los alumnos esperan el furgón a la orilla del camino sin refugio.", False),
        ("la alimentación escolar en {la_escuela}|el Programa de Alimentación Escolar "
         "{de_escuela}", "Apoderados reclaman que las raciones llegan incompletas.", False),
        ("la subvención escolar preferencial {de_escuela}|el plan de mejoramiento "
         "educativo {de_escuela}", "Los recursos de la subvención deben ejecutarse según el plan "
         "aprobado.", True),
        ("la dotación docente {year} de los establecimientos municipales|la contratación de "
         "profesores para {la_escuela}", "La jubilación de dos profesores deja horas sin "
         "cubrir.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)

OBRAS = (
    "la construcción de la sede social de {sector}", "el mejoramiento de la plaza de {sector}",
    "la reposición de veredas de calle Comercio", "la construcción del mirador de Laguna Torca",
    "la habilitación del centro comunitario de {sector}", "el mejoramiento del estadio de Llico",
)  # fmt: skip
GIROS = ("almacén de abarrotes", "restaurante", "cabañas de turismo", "botillería", "ferretería")
PROGRAMS = ("Vínculos", "Mujer Jefa de Hogar", "Senda Previene", "Fondo de Apoyo a la Educación")
COURSES = ("compras públicas", "probidad administrativa", "atención de público")


def _with(org: str, prep: str) -> str:
    """«del Club …», «de la Agrupación …», «al Comité …», «a la Unión …»."""
    feminine = org.split()[0] in ("Agrupación", "Unión", "Cámara", "Junta")
    if feminine:
        return f"{prep} la {org}"
    return f"{prep}l {org}"


def _school(name: str, prep: str) -> str:
    """«la Escuela …», «de la Escuela …», «el Liceo …», «del Liceo …»."""
    article = "la" if name.startswith("Escuela") else "el"
    if not prep:
        return f"{article} {name}"
    return f"de la {name}" if article == "la" else f"del {name}"


def _values(rng: random.Random, year: int) -> dict[str, str]:
    sector = rng.choice(world.SECTORS)
    street, _sector = world.address(rng)
    company, _prefix = rng.choice(world.COMPANIES)
    school = rng.choice(world.SCHOOLS)
    letters = "BCDFGHJKLPRSTVWXYZ"
    return {
        "sector": sector,
        "calle": street,
        "la_escuela": _school(school, ""),
        "de_escuela": _school(school, "de"),
        "posta": rng.choice(world.HEALTH[1:]),
        "de_org": _with(rng.choice(world.ORGS), "de"),
        "al_org": _with(rng.choice(world.ORGS), "a"),
        "jjvv": rng.choice(world.JJVV),
        "empresa": company,
        "persona": world.person(rng).name,
        "familia": " ".join(world.person(rng).name.split()[-2:]),
        "n": str(rng.randint(11, 480)),
        "rol": f"{rng.randint(10, 420)}-{rng.randint(1, 60)}",
        "year": str(year + rng.choice((0, 0, 1))),
        "ppu": "".join(rng.choice(letters) for _ in range(4)) + f"-{rng.randint(10, 99)}",
        "licit": f"{rng.randint(2401, 4900)}-{rng.randint(5, 90)}-LE{rng.choice((24, 25))}",
        "obra": rng.choice(OBRAS).replace("{sector}", sector),
        "giro": rng.choice(GIROS),
        "oc": f"{rng.randint(2401, 4900)}-{rng.randint(100, 999)}-SE{rng.choice((24, 25))}",
        "clase": rng.choice(("B", "A2", "A4", "C", "D")),
        "causa": f"{rng.randint(120, 4800)}-{rng.choice((2024, 2025))}",
        "programa": rng.choice(PROGRAMS),
        "curso": rng.choice(COURSES),
    }


def fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def matter(rng: random.Random, topic: Topic, year: int = 2025) -> Matter:
    """``topic`` filled in; ``year`` is the document's (a budget, a school year)."""
    values = _values(rng, year)
    names = list(topic.names)
    rng.shuffle(names)
    return Matter(
        topic, fill(names[0], values), fill(names[-1], values), topic.detail, values["sector"]
    )


def pick(
    rng: random.Random, unit: str | None = None, *, public: bool = False, year: int = 2025
) -> Matter:
    pool = [t for t in TOPICS if (unit is None or t.unit == unit)]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def for_citizens(rng: random.Random, topic: Topic) -> Topic:
    """A matter citizens write about: ``topic`` itself, or another one of its unit."""
    if not topic.internal:
        return topic
    return rng.choice([t for t in TOPICS if t.unit == topic.unit and not t.internal])


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# Later generators write their topics one per line, «! first | second ;; detail» (``!``: only
# offices write about it), and fill them from their own world's values.
def topics_from(prefix: str, raw: Mapping[str, Sequence[str]]) -> tuple[Topic, ...]:
    """Each unit's lines as Topics keyed «{prefix}-{unit}:{n:02d}»."""
    found = []
    for unit, lines in raw.items():
        for index, line in enumerate(lines, 1):
            internal, text = line.startswith("!"), line.lstrip("! ")
            names, detail = text.split(" ;; ")
            key = f"{prefix}-{unit}:{index:02d}"
            found.append(
                Topic(unit, key, tuple(x.strip() for x in names.split(" | ")), detail, internal)
            )
    return tuple(found)


def filled(rng: random.Random, topic: Topic, values: dict[str, str]) -> Matter:
    """``topic`` filled in with ``values`` (either phrase may lead)."""
    first, second = rng.sample(topic.names, 2)
    name, other, detail = (x.format_map(values) for x in (first, second, topic.detail))
    return Matter(topic, name, other, detail, values["sector"])


def public_for(rng: random.Random, topic: Topic, topics: Sequence[Topic]) -> Topic:
    """A public topic: ``topic`` if outsiders write about it, else one of its unit's, else any."""
    if not topic.internal:
        return topic
    public = [t for t in topics if not t.internal]
    return rng.choice([t for t in public if t.unit == topic.unit] or public)
