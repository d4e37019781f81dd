"""What Vicuña's papers are about, each matter with the unit a clerk would send it to: the
Fiesta de la Vendimia and the drought emergency (Alcaldía), the Concejo's agreements and the
neighbourhood councils (Secretaría Municipal), staff matters (Administración), cabins built
without permits, rural subdivisions, light pollution near the observatories, dumps and rural
roads (DOM), water trucks, astrotourism and small pisco-grape growers (DIDECO), rural drinking
water systems (APR), FNDR projects and the Plan Regulador (SECPLAN), licences of liquor
stores and rates (DAF), mining trucks and rural buses (Tránsito), causes of the Juzgado de
Policía Local, audits (Control), lawsuits, comodatos and petroglyphs (Jurídica), rural health
posts (Salud) and rural schools (Educación). A matter is devgen2's (two noun phrases, a
sentence of detail, whether only offices write about it), filled in with this commune's
places, organisations and numbers."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic
from bench.devgen2.topics import cap as cap
from bench.devgen7 import world

_RAW: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "alcaldia": (
        ("la Fiesta de la Vendimia de Vicuña {year}|el programa oficial de la Fiesta de la "
         "Vendimia {year}", "Se espera la visita de más de diez mil personas durante el fin de "
         "semana en torno a la plaza de armas.", False),
        ("el Consejo Comunal de Seguridad Pública de Vicuña|el plan comunal de seguridad "
         "pública {year}-{next}", "Vecinos de {sector} denuncian robos reiterados en parcelas "
         "y bodegas agrícolas.", False),
        ("la emergencia agrícola por déficit hídrico en la provincia de Elqui|el Comité "
         "Comunal de Gestión del Riesgo de Desastres (COGRID) por la sequía", "El embalse "
         "Puclaro registra su nivel más bajo de la década y los canales riegan por turnos.",
         False),
    ),
    "secretaria-municipal": (
        ("el acuerdo N° {n} adoptado por el Concejo Municipal en sesión ordinaria|la "
         "certificación de acuerdos del Concejo Municipal sobre {obra}", "El acuerdo debe "
         "notificarse a las unidades que correspondan dentro de cinco días hábiles.", True),
        ("la personalidad jurídica de la {jjvv}|el depósito de estatutos y directiva de la "
         "{jjvv} (Ley N° 19.418)", "La organización adjunta el acta de la asamblea "
         "constitutiva firmada ante un ministro de fe.", False),
        ("el Consejo Comunal de Organizaciones de la Sociedad Civil (COSOC) de Vicuña|la "
         "elección de consejeros del COSOC periodo {year}-{next}", "El padrón de "
         "organizaciones habilitadas se publicará en el diario mural del edificio "
         "consistorial.", False),
    ),
    "administracion": (
        ("el concurso público para proveer cargos de la planta municipal|las bases del "
         "concurso público de Técnico grado 13° E.M.S.", "Las bases se publicaron en el portal "
         "Empleos Públicos y en un diario de circulación regional.", False),
        ("el pago de horas extraordinarias del personal durante la temporada estival|la "
         "jornada extraordinaria de los funcionarios en la Fiesta de la Vendimia", "Los "
         "funcionarios de terreno reclaman horas impagas de enero y febrero.", True),
        ("las condiciones de seguridad laboral del personal de aseo y ornato|el Comité "
         "Paritario de Higiene y Seguridad de la Municipalidad", "Se registraron dos accidentes "
         "del trabajo en el trimestre con cuadrillas expuestas a más de treinta grados.", True),
    ),
    "dom": (
        ("la construcción de cabañas sin permiso de edificación en {sector}|la edificación "
         "irregular en el predio rol {rol}", "Las obras se levantan en un loteo de parcelas de "
         "agrado sin urbanización aprobada.", False),
        ("la subdivisión de predios rústicos en {sector} (D.L. N° 3.516)|el loteo irregular "
         "de parcelas de agrado en {sector}", "Se ofrecen por redes sociales parcelas de cinco "
         "mil metros cuadrados sin factibilidad de agua.", False),
        ("la contaminación lumínica del alumbrado público de {sector}|el cumplimiento de la "
         "norma lumínica en las luminarias de {calle}", "Los observatorios del valle advierten "
         "que las nuevas luminarias emiten luz sobre el horizonte.", False),
        ("el microbasural de la ribera del río Elqui en {sector}|la acumulación de residuos "
         "domiciliarios en el sector {sector}", "Los vecinos denuncian quemas nocturnas de "
         "basura y presencia de roedores.", False),
        ("la conservación del camino rural {ruta} en {sector}|el estado de la ruta {ruta} "
         "después de la crecida de la quebrada", "El camino presenta socavones y el paso del "
         "transporte escolar es riesgoso.", False),
        ("el proyecto «{proyecto}» ingresado al Sistema de Evaluación de Impacto Ambiental|la "
         "Declaración de Impacto Ambiental del proyecto «{proyecto}»", "El titular declara "
         "que el proyecto no genera efectos sobre la calidad del cielo nocturno.", False),
    ),
    "dideco": (
        ("el Registro Social de Hogares de la familia de {persona}|la ayuda social solicitada "
         "por {persona}", "La familia perdió su fuente de ingresos al terminar la temporada de "
         "cosecha de uva.", False),
        ("la entrega de agua potable en camión aljibe a familias de {sector}|el abastecimiento "
         "de agua para consumo humano en {sector}", "Las norias del sector se secaron y once "
         "familias dependen del reparto semanal.", False),
        ("la temporada de astroturismo y los miradores astronómicos de la comuna|el registro "
         "de prestadores de servicios turísticos de Vicuña", "Los operadores de tours nocturnos "
         "piden coordinar la señalética y los horarios de los miradores.", False),
        ("el programa PRODESAL para pequeños agricultores de {sector}|el apoyo a productores "
         "de uva pisquera de {sector}", "Los agricultores piden asesoría técnica ante la baja "
         "del precio de la uva pisquera.", False),
    ),
    "secplan": (
        ("el proyecto de mejoramiento y ampliación del sistema APR de {sector}|la factibilidad "
         "del servicio sanitario rural de {sector} (Ley N° 20.998)", "El diseño de ingeniería "
         "requiere un nuevo sondaje por el descenso de la napa.", False),
        ("el proyecto FNDR de {obra} (código BIP {bip})|el financiamiento regional de {obra}",
         "La iniciativa obtuvo recomendación técnica favorable del Ministerio de Desarrollo "
         "Social y Familia.", False),
        ("la licitación pública ID {licit} para {obra}|la adjudicación de la licitación ID "
         "{licit}", "Se presentaron cuatro ofertas y una fue declarada inadmisible.", False),
        ("la actualización del Plan Regulador Comunal de Vicuña|la modificación del Plan "
         "Regulador en el sector {sector}", "La imagen objetivo se expondrá en audiencias "
         "públicas durante treinta días.", False),
    ),
    "daf": (
        ("la patente de alcoholes de {giro} de {calle}|la renovación de patentes de "
         "alcoholes del segundo semestre {year}", "El contribuyente mantiene deuda de derechos "
         "municipales del periodo anterior.", False),
        ("el pago de la factura N° {n} por consumo de alumbrado público|la deuda por "
         "suministro eléctrico de recintos municipales", "La distribuidora informa facturas "
         "vencidas por {monto}.", False),
        ("la modificación presupuestaria N° {n} del presupuesto municipal {year}|el ajuste "
         "del presupuesto municipal por mayores ingresos de permisos de circulación", "Se "
         "suplementan las cuentas de servicios básicos y de mantención del alumbrado.", True),
        ("el impuesto territorial del inmueble rol {rol}|el avalúo fiscal de los predios "
         "municipales de {sector}", "El Servicio revisó el avalúo tras la construcción de "
         "nuevas dependencias.", False),
    ),
    "transito": (
        ("el tránsito de camiones mineros por {calle}|la circulación de vehículos de carga "
         "pesada por el centro de Vicuña", "Los vecinos reclaman vibraciones y daños en las "
         "veredas por el paso de camiones de alto tonelaje.", False),
        ("la licencia de conducir de {persona}|la suspensión de la licencia de conducir de "
         "{persona}", "El conductor fue sorprendido conduciendo en estado de ebriedad en la "
         "Ruta 41-CH.", False),
        ("los recorridos del transporte rural entre Vicuña y {sector}|la frecuencia de los "
         "buses rurales hacia {sector}", "Los estudiantes quedan sin locomoción en el horario "
         "de la tarde.", False),
        ("la señalización y demarcación de {calle}|el estacionamiento de buses de turismo en "
         "{calle}", "En temporada estival los buses de turismo bloquean el acceso a las "
         "viviendas.", False),
    ),
    "jpl": (
        ("la causa rol {n}-{year} del Juzgado de Policía Local de Vicuña|la citación a "
         "audiencia en la causa rol {n}-{year}", "La audiencia de contestación y prueba quedó "
         "fijada para el mes siguiente.", False),
        ("el parte por infracción a la Ley N° 19.925 en el local de {calle}|la denuncia por "
         "expendio de alcohol fuera de horario en {sector}", "Carabineros constató venta de "
         "bebidas alcohólicas después del horario autorizado.", False),
    ),
    "control": (
        ("la rendición de la subvención municipal otorgada a {org}|las rendiciones de "
         "subvenciones municipales del año {prev}", "La organización presentó boletas sin "
         "detalle y gastos ajenos al proyecto.", False),
        ("el informe de ejecución presupuestaria del {trim} trimestre {year}|el avance del "
         "ejercicio presupuestario municipal {year}", "El informe debe presentarse al Concejo "
         "Municipal dentro del mes siguiente.", True),
        ("la auditoría a los contratos de mantención del alumbrado público|la revisión de los "
         "estados de pago de {obra}", "Se detectaron pagos sin acta de recepción conforme de "
         "la unidad técnica.", True),
    ),
    "juridica": (
        ("la demanda laboral interpuesta por {persona} (causa {causa})|el juicio laboral "
         "seguido por {persona} contra la Municipalidad", "El demandante reclama cotizaciones "
         "previsionales y feriados no otorgados.", False),
        ("el recurso de protección deducido por vecinos de {sector}|la acción de protección "
         "rol {n}-{year} sobre {obra}", "Los recurrentes alegan afectado su derecho a vivir en "
         "un medio ambiente libre de contaminación.", False),
        ("el comodato del inmueble municipal de {sector} a la {jjvv}|la renovación del "
         "contrato de comodato de la sede social de {sector}", "El contrato vence en diciembre "
         "y la organización pide extenderlo por cinco años.", False),
        ("el daño a los petroglifos del sector {sector}|la querella por daños al patrimonio "
         "arqueológico de {sector}", "Se detectaron rayados sobre rocas con grabados "
         "rupestres junto a un sendero turístico.", False),
    ),
    "salud": (
        ("las rondas médicas en {posta}|la atención de salud rural en {posta}", "Los usuarios "
         "de {sector} esperan hasta tres semanas por una hora médica.", False),
        ("la campaña de invierno y la vacunación contra la influenza en {cesfam}|la "
         "vacunación de adultos mayores de {sector}", "Se habilitará un punto de vacunación "
         "móvil en la feria de los sábados.", False),
        ("la autorización sanitaria de la farmacia comunal de Vicuña|el sumario sanitario "
         "instruido a la farmacia municipal", "La fiscalización constató medicamentos sin "
         "registro de temperatura de almacenamiento.", False),
        ("el brote de enfermedades entéricas en {sector}|la vigilancia epidemiológica de casos "
         "de hepatitis A en {sector}", "La autoridad sanitaria tomó muestras del agua de "
         "consumo de las viviendas afectadas.", False),
    ),
    "educacion": (
        ("el transporte escolar rural de los alumnos de {sector}|el servicio de transporte "
         "escolar hacia {escuela}", "Los apoderados reclaman que el bus deja a los alumnos a "
         "dos kilómetros de sus casas.", False),
        ("la infraestructura de {escuela}|la reparación de techumbres y salas de {escuela}",
         "El establecimiento tiene salas sin sombra ni ventilación con más de treinta grados.",
         False),
        ("el Programa de Integración Escolar (PIE) de {escuela}|las horas de profesionales "
         "PIE de {escuela}", "Faltan horas de psicopedagogía y fonoaudiología para los alumnos "
         "del programa.", False),
        ("la alimentación escolar JUNAEB en {escuela}|el Programa de Alimentación Escolar de "
         "{escuela}", "Las manipuladoras de alimentos denuncian atrasos en la entrega de "
         "insumos.", False),
    ),
}  # fmt: skip

TOPICS: tuple[Topic, ...] = tuple(
    Topic(unit, f"vicuna-{unit}:{i:02d}", tuple(names.split("|")), detail, internal)
    for unit, rows in _RAW.items()
    for i, (names, detail, internal) in enumerate(rows, 1)
)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)

BY_KEY = {t.key.split("-", 1)[1]: t for t in TOPICS}  # "dom:01" → its topic


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
    """A matter of ``unit`` (any unit if None); ``public``: one outsiders write about."""
    pool = [t for t in TOPICS if unit is None or t.unit == unit]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def of_key(rng: random.Random, key: str, year: int) -> Matter:
    """The matter of topic ``key`` («dom:03»)."""
    return matter(rng, BY_KEY[key], year)


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A matter neighbours and firms write about: ``topic``, or another of its unit."""
    if not topic.internal:
        return topic
    return rng.choice([t for t in TOPICS if t.unit == topic.unit and not t.internal])
