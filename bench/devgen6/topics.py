"""What San Pedro de la Paz's papers are about, each matter with the unit a clerk would send
it to: paving and storm drains, the lagoons and the Los Batros wetland, the cycle lanes, the
CESFAM and SAPU, the municipal schools, patentes and rates, FNDR and FRIL projects, lawsuits
and audits. A matter is devgen2's (bench.devgen2.topics: two noun phrases, a sentence of
detail, whether only offices write about it), filled in with this commune's places, firms and
numbers; some carry abbreviations, parentheses, «quotes» or a number mid-way."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic
from bench.devgen2.topics import cap as cap
from bench.devgen6 import world

_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("la visita del Delegado Presidencial a la población {sector}|la agenda de autoridades "
         "regionales en {sector}", "La visita incluye un recorrido por las obras del sector y "
         "una reunión con dirigentes.", False),
        ("el plan comunal de seguridad pública {year}|el Consejo Comunal de Seguridad Pública",
         "Los vecinos de {sector} piden más patrullajes y luminarias.", False),
    ),
    "secretaria-municipal": (
        ("el acuerdo N° {n} del Concejo Municipal sobre {obra}|la certificación del acuerdo "
         "del Concejo relativo a {obra}", "El acuerdo fue adoptado en sesión ordinaria y debe "
         "comunicarse a las unidades.", True),
        ("la personalidad jurídica de la {jjvv}|el registro de directiva de la {jjvv}",
         "La organización acompaña el acta de la asamblea y la nómina de socios.", False),
        ("la elección de consejeros del COSOC periodo {year}-{next}|el reglamento del Consejo "
         "Comunal de Organizaciones de la Sociedad Civil (COSOC)", "El padrón de organizaciones "
         "habilitadas se publicará en el sitio web municipal.", False),
    ),
    "administracion": (
        ("el concurso público para proveer el cargo de Profesional grado 8° E.M.S.|la "
         "provisión de cargos de la planta profesional", "Las bases se publicaron en el "
         "portal Empleos Públicos y en el diario El Sur.", False),
        ("el encasillamiento del personal según la Ley N° 20.922|la nueva planta municipal "
         "(Ley N° 20.922)", "Las asociaciones de funcionarios pidieron conocer el escalafón "
         "antes de su aprobación.", True),
    ),
    "dom": (
        ("la rotura de pavimento en {calle} por obras de ESSBIO|la reposición de pavimento "
         "en {calle}", "La empresa dejó la excavación señalizada pero sin reponer la calzada "
         "desde hace tres semanas.", False),
        ("el permiso de edificación N° {n} del inmueble rol {rol}|la recepción final de la "
         "obra ubicada en {calle}", "El expediente presenta observaciones a la memoria de "
         "cálculo.", False),
        ("el relleno no autorizado en el humedal Los Batros (sector {sector})|la denuncia por "
         "rellenos en el borde de Laguna Grande", "Camiones descargan escombros de noche en "
         "el borde del humedal.", False),
        ("la instalación de una antena de telecomunicaciones en {calle}|la solicitud de "
         "permiso para una torre soporte de antenas en {sector}", "Los vecinos se oponen a la "
         "torre por su cercanía a un jardín infantil.", False),
        ("el alumbrado público de {sector}|las instalaciones eléctricas del alumbrado público "
         "de {calle}", "Tras el último temporal quedaron postes inclinados y luminarias "
         "apagadas.", False),
    ),
    "dideco": (
        ("el Registro Social de Hogares de la familia de {persona}|la ayuda social solicitada "
         "por {persona}", "La familia quedó sin ingresos tras el cierre de la empresa donde "
         "trabajaba el jefe de hogar.", False),
        ("la Oficina de Protección de Derechos (OPD) de San Pedro de la Paz|el programa OPD "
         "{year}", "El programa atiende casos derivados por tribunales de familia y "
         "colegios.", False),
        ("el programa SENDA Previene en la comunidad {year}|la prevención del consumo de "
         "drogas en {sector}", "El convenio financia un equipo comunal por doce meses.", False),
    ),
    "secplan": (
        ("el proyecto FRIL «{obra}»|la postulación al FRIL {year} de {obra}", "El proyecto "
         "fue admisible y espera la recomendación técnica del Gobierno Regional.", False),
        ("la licitación pública ID {licit} para {obra}|la adjudicación de la licitación ID "
         "{licit}", "Se recibieron ofertas de tres empresas constructoras.", False),
        ("el proyecto FNDR de {obra} (código BIP {bip})|el financiamiento FNDR de {obra}",
         "La iniciativa requiere reevaluación por aumento de obras.", False),
        ("el Programa de Mejoramiento Urbano (PMU) de {obra}|los fondos PMU para {obra}",
         "La Subsecretaría pidió actualizar el presupuesto y las fotografías.", False),
    ),
    "daf": (
        ("la patente de alcoholes de la {giro} de {calle}|la renovación de patentes de "
         "alcoholes del segundo semestre {year}", "El contribuyente adeuda derechos del "
         "periodo anterior.", False),
        ("el pago de la factura N° {n} por consumo eléctrico de alumbrado público|los "
         "consumos de alumbrado público de {sector}", "La empresa informa deuda vencida por "
         "{monto}.", False),
        ("el cobro de derechos de aseo del rol {rol}|la deuda de derechos de aseo del "
         "inmueble de {calle}", "El propietario pide convenio de pago en cuotas.", False),
        ("la modificación presupuestaria N° {n} del presupuesto municipal {year}|el ajuste "
         "presupuestario del área de gestión municipal", "Se suplementan cuentas de gasto con "
         "mayores ingresos por permisos de circulación.", True),
    ),
    "transito": (
        ("la instalación de resaltos reductores de velocidad en {calle}|la señalización "
         "del cruce de {calle} con avenida Costanera", "Los vecinos informan tres atropellos "
         "en el último año.", False),
        ("la licencia de conducir de {persona}|la suspensión de la licencia de conducir de "
         "{persona}", "El conductor fue condenado por conducir bajo la influencia del "
         "alcohol.", False),
        ("el semáforo de avenida Pedro Aguirre Cerda con {calle}|la programación de semáforos "
         "del eje Pedro Aguirre Cerda", "La congestión de la hora punta hacia el puente "
         "Llacolén supera los cuarenta minutos.", False),
    ),
    "jpl": (
        ("la causa rol {rol}-{year} del Juzgado de Policía Local|la citación en la causa rol "
         "{rol}", "La audiencia de contestación quedó fijada para el mes próximo.", False),
        ("la denuncia por ruidos molestos en {calle}|el parte por infracción a la ordenanza "
         "de ruidos en {sector}", "El local funciona hasta la madrugada con música en vivo.",
         False),
    ),
    "control": (
        ("la rendición de la subvención municipal otorgada a la organización {org}|la "
         "rendición de cuentas de subvenciones {prev}", "La organización presentó gastos sin "
         "respaldo de boletas.", False),
        ("el informe trimestral de ejecución presupuestaria al {quarter} trimestre|el avance "
         "presupuestario municipal {year}", "El informe debe ponerse en conocimiento del "
         "Concejo dentro del mes.", True),
        ("la auditoría a los contratos de mantención de áreas verdes|la revisión de los "
         "estados de pago de {obra}", "Se detectaron pagos sin la recepción conforme de la "
         "unidad técnica.", True),
    ),
    "juridica": (
        ("la demanda laboral interpuesta por {persona} (causa {causa})|el juicio laboral "
         "RIT O-{n}-{year}", "La demandante reclama el pago de horas extraordinarias y "
         "cotizaciones.", False),
        ("el recurso de protección rol {n}-{year} sobre {obra}|la acción de protección "
         "deducida por vecinos de {sector}", "Los recurrentes alegan daño a sus viviendas "
         "por las obras.", False),
        ("la indemnización por caída en vereda en mal estado de {calle}|la demanda por "
         "falta de servicio en {calle}", "La demandante sufrió fractura de muñeca al caer en "
         "una vereda rota.", False),
    ),
    "salud": (
        ("la atención de urgencia del SAPU Boca Sur|el horario extendido del {cesfam}",
         "Los usuarios denuncian esperas de más de seis horas.", False),
        ("el sumario sanitario por la farmacia comunal|la autorización sanitaria de la "
         "farmacia municipal", "La fiscalización detectó medicamentos sin registro de "
         "temperatura.", False),
        ("la campaña de invierno en el {cesfam}|la vacunación contra la influenza en "
         "{sector}", "Se reforzará la atención con un equipo extra los sábados.", False),
    ),
    "educacion": (
        ("la matrícula {year} de la {escuela}|la infraestructura de la {escuela}", "El "
         "establecimiento tiene filtraciones en el techo de la sala de párvulos.", False),
        ("el Programa de Integración Escolar (PIE) de la {escuela}|los profesionales PIE "
         "de la {escuela}", "Faltan horas de fonoaudiología para los alumnos del "
         "programa.", False),
        ("el transporte escolar de los alumnos de {sector}|la alimentación escolar JUNAEB "
         "en la {escuela}", "Los apoderados reclaman atrasos en el servicio.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"sanpedro-{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


BY_KEY = {t.key.split("-", 1)[1]: t for t in TOPICS}  # "dom:01" → its topic


def _values(rng: random.Random, year: int) -> dict[str, str]:
    values = world.fill_values(rng, year)
    values["next"] = str(year + 2)
    values["bip"] = f"40{rng.randint(10000, 99999)}-0"
    values["quarter"] = rng.choice(("primer", "segundo", "tercer", "cuarto"))
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
    """A matter of ``unit`` (any unit if None); ``public``: one outsiders write about."""
    pool = [t for t in TOPICS if unit is None or t.unit == unit]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A matter firms and neighbours write about: ``topic``, or another of its unit."""
    if not topic.internal:
        return topic
    return rng.choice([t for t in TOPICS if t.unit == topic.unit and not t.internal])
