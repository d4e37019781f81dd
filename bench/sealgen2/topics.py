"""What Calama's papers are about, each matter with the unit a clerk would derive it to.
Written one a line in devgen2's form («! first | second ;; detail»; ``!``: only offices write
about it) and filled from this set's own values."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.sealgen2 import world

_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la mesa comunal de seguridad por los delitos violentos en {sector} | el plan de "
        "seguridad del sector {sector} ;; Se pide coordinar patrullajes preventivos con "
        "Carabineros y la PDI.",
        "la visita de autoridades regionales por el aniversario de Calama | la ceremonia del "
        "23 de marzo ;; El acto central será en la plaza 23 de Marzo.",
        "la relación con la División Chuquicamata por los aportes a la comuna | el convenio "
        "marco de aportes de Codelco a Calama ;; Se requiere una reunión de alto nivel antes "
        "del cierre del año.",
    ),
    "secretaria-municipal": (
        "! los acuerdos del Concejo Municipal en la sesión ordinaria N° {n} | la transcripción "
        "de acuerdos de la sesión N° {n} ;; Los acuerdos deben notificarse en cinco días.",
        "la vigencia de la directiva de la {jjvv} | el certificado de personalidad jurídica de "
        "la {jjvv} ;; La organización postula a un fondo regional.",
        "la constitución del Consejo Comunal de Organizaciones de la Sociedad Civil | la "
        "elección del COSOC de Calama ;; El padrón de organizaciones se publicará este mes.",
    ),
    "administracion": (
        "! la programación de feriados legales del personal | el plan de vacaciones de los "
        "funcionarios ;; Cada jefatura debe informar su dotación.",
        "la información pública sobre los contratos de recolección de residuos | el acceso a "
        "los contratos de aseo {year} ;; La solicitud se presentó por el portal de "
        "transparencia.",
        "! las jornadas de trabajo en horario de calor extremo | la adecuación de jornadas por "
        "alerta de calor ;; Se ajustarán los turnos de las cuadrillas en terreno.",
    ),
    "dom": (
        "la ocupación del terreno fiscal por el {campamento} | el catastro del {campamento} ;; "
        "Las familias levantaron viviendas de material ligero sin servicios básicos.",
        "el permiso de edificación del galpón en {calle} | la regularización de la construcción "
        "de {calle} ;; La carpeta se ingresó con planos y memoria de cálculo.",
        "el polvo en suspensión por las obras de {empresa} en {sector} | el humedecimiento de "
        "caminos de tierra en {sector} ;; Los vecinos reclaman polvo en sus viviendas a diario.",
        "la extracción de áridos en la ribera del río Loa | las faenas de áridos junto al río "
        "Loa en {sector} ;; Se observaron camiones retirando material del cauce.",
    ),
    "dideco": (
        "la atención social de familias migrantes en el {campamento} | el catastro social de "
        "familias migrantes de {sector} ;; Muchas familias no tienen documentación vigente.",
        "la ayuda social a la familia {familia} afectada por un incendio | la entrega de "
        "materiales de emergencia a la familia {familia} ;; La vivienda resultó con pérdida "
        "total.",
        "la consulta indígena sobre el proyecto en el territorio de la {comunidad} | la "
        "participación de la {comunidad} en la consulta ;; La comunidad pide ser considerada "
        "conforme a la Ley Indígena.",
        "la entrega de agua en camión aljibe a {sector} | el abastecimiento de agua potable en "
        "{sector} ;; Varias familias no tienen conexión a la red sanitaria.",
    ),
    "secplan": (
        "el proyecto de recuperación del parque El Loa | el diseño del parque El Loa ;; El "
        "proyecto postula al Fondo Nacional de Desarrollo Regional.",
        "la licitación ID {licit} de la pavimentación de {calle} | las bases de la licitación "
        "{licit} ;; Se publicó en Mercado Público con apertura electrónica.",
        "la postulación del centro comunitario de {sector} al FNDR | el proyecto de centro "
        "comunitario de {sector} ;; Se pide la recomendación técnica favorable.",
    ),
    "daf": (
        "la patente comercial de {giro} en {calle} | el otorgamiento de patente de {giro} ;; "
        "El contribuyente acompaña la resolución sanitaria.",
        "el pago de la factura N° {n} de {empresa} | la deuda pendiente con {empresa} ;; El "
        "proveedor informa que la factura está vencida.",
        "! la modificación presupuestaria N° {n} | el ajuste del presupuesto municipal {year} "
        ";; Se requiere suplementar cuentas con mayores ingresos.",
        "las patentes mineras y el Fondo Común Municipal | la distribución de patentes mineras "
        "{year} ;; Tesorería informa el monto a enterar a la comuna.",
    ),
    "transito": (
        "el tránsito de camiones mineros por {calle} | la restricción horaria de camiones de "
        "carga en {calle} ;; Los camiones de faena circulan en horario escolar.",
        "la señalización del acceso al aeropuerto El Loa | la demarcación de la ruta al "
        "aeropuerto ;; Se han registrado accidentes en el cruce.",
        "el recorrido de la línea de taxis colectivos {linea} | el trazado de la línea {linea} "
        ";; Los vecinos de {sector} quedaron sin locomoción.",
    ),
    "jpl": (
        "la causa rol {causa} por infracción a la Ley de Tránsito | la citación en la causa "
        "rol {causa} ;; El denunciado debe comparecer en la fecha indicada.",
        "el comercio ambulante sin permiso en la {feria} | las infracciones cursadas en la "
        "{feria} ;; Inspectores cursaron citaciones el fin de semana.",
        "los ruidos molestos de un local nocturno en {calle} | la denuncia por ruidos en "
        "{calle} ;; La música se prolonga hasta la madrugada.",
    ),
    "control": (
        "! el informe final N° {n} de la Contraloría Regional | las observaciones del informe "
        "final N° {n} ;; El informe consigna observaciones de alta complejidad.",
        "la rendición de la subvención otorgada a la {org} | la rendición de cuentas de la {org} "
        ";; Faltan respaldos de los gastos.",
        "! la auditoría a los pagos de horas extraordinarias | la revisión de horas "
        "extraordinarias {year} ;; Se detectaron pagos sin registro de asistencia.",
    ),
    "juridica": (
        "el recurso de protección por la calidad del aire en {sector} | la acción judicial de "
        "vecinos de {sector} por el material particulado ;; Los recurrentes invocan el plan de "
        "descontaminación por MP10.",
        "el sumario administrativo ordenado en la DOM | la investigación sumaria N° {n} ;; Se "
        "designó fiscal instructor.",
        "los derechos de aprovechamiento de aguas del río Loa en {sector} | la inscripción de "
        "derechos de agua en {sector} ;; Se pide informar sobre los derechos de la comuna.",
    ),
    "salud": (
        "la alerta sanitaria por calor extremo y radiación UV | la campaña de protección solar "
        "en los CESFAM ;; Se reforzará la atención en horario de mayor radiación.",
        "la atención de salud de personas migrantes en el {cesfam} | la inscripción de "
        "migrantes en el {cesfam} ;; Aumentó la demanda de controles de niño sano.",
        "el episodio crítico de material particulado MP10 | las consultas respiratorias por "
        "MP10 en {sector} ;; Los centros de salud registran alza de consultas.",
    ),
    "educacion": (
        "la infraestructura de la {escuela} | la reparación de techumbres de la {escuela} ;; "
        "Las salas no tienen protección del sol en el patio.",
        "la matrícula de estudiantes extranjeros en la {escuela} | los cupos para estudiantes "
        "migrantes en la {escuela} ;; Hay lista de espera de familias recién llegadas.",
        "la enseñanza de la lengua kunza en la {escuela} | el programa de educación "
        "intercultural bilingüe ;; Las comunidades ofrecen educadores tradicionales.",
    ),
}
TOPICS: tuple[Topic, ...] = topics_from("calama", _RAW)
GIROS = ("restaurante", "minimarket", "botillería", "hospedaje", "taller mecánico", "cibercafé")
LINEAS = ("5", "11", "17", "A", "B", "23")


def _values(rng: random.Random, year: int) -> dict[str, str]:
    company, _prefix = rng.choice(world.COMPANIES)
    return {
        "sector": rng.choice(world.SECTORS),
        "calle": world.address(rng),
        "campamento": rng.choice(world.CAMPAMENTOS),
        "comunidad": rng.choice(world.COMMUNITIES),
        "jjvv": rng.choice(world.JJVV),
        "org": rng.choice(world.ORGS),
        "empresa": company,
        "familia": " ".join(world.person(rng).name.split()[-2:]),
        "escuela": rng.choice(world.SCHOOLS),
        "cesfam": rng.choice(world.HEALTH),
        "feria": rng.choice(world.FERIAS),
        "giro": rng.choice(GIROS),
        "linea": rng.choice(LINEAS),
        "n": str(rng.randint(12, 390)),
        "year": str(year),
        "licit": f"{rng.randint(2400, 4800)}-{rng.randint(10, 95)}-LP{str(year)[2:]}",
        "causa": f"{rng.randint(1500, 22000)}-{year}",
    }


def matter(rng: random.Random, topic: Topic, year: int = 2025) -> Matter:
    return filled(rng, topic, _values(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    return public_for(rng, topic, TOPICS)
