"""What Pichilemu's papers are about, each matter with the unit a clerk of Pichilemu would send
it to. One line a topic: «! first | second ;; detail» (``!``: only offices write about it),
read by devgen2's ``topics_from`` and filled per document."""

from __future__ import annotations

import random

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.sealgen import world

RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la visita de la delegación de la comuna hermana al Campeonato Mundial de Surf | el "
        "recibimiento de autoridades en el campeonato de olas grandes de Punta de Lobos ;; La "
        "delegación llegará el fin de semana de la competencia y pide coordinar el protocolo.",
        "una reunión con el señor Alcalde por la situación de {sector} | la audiencia pedida "
        "por los dirigentes de {sector} ;; Los dirigentes quieren exponer personalmente los "
        "problemas que viven las familias del sector.",
        "! la cuenta pública de la gestión {year} | el informe de gestión anual del Alcalde ;; "
        "La cuenta se rendirá ante el Concejo y el COSOC en el Centro Cultural Agustín Ross.",
        "el plan comunal de seguridad para la temporada estival {year} | la coordinación de "
        "seguridad en el borde costero durante el verano ;; Se espera triplicar la población "
        "flotante durante enero y febrero.",
    ),
    "secretaria-municipal": (
        "! los acuerdos del Concejo Municipal en la sesión ordinaria N° {n} | la certificación "
        "de acuerdos del Concejo ;; Los acuerdos deben comunicarse a las direcciones dentro de "
        "tercero día.",
        "la vigencia de la personalidad jurídica {de_org} | el certificado de directorio "
        "{de_org} ;; La organización lo necesita para postular a fondos del Gobierno Regional.",
        "el depósito del acta de elección de la {jjvv} | la renovación de la directiva de la "
        "{jjvv} ;; La asamblea eligió nueva directiva con ministro de fe municipal.",
        "! la tabla de la sesión extraordinaria del Concejo | la citación del Concejo para "
        "tratar el plan regulador ;; Los concejales deben recibir los antecedentes con tres "
        "días de anticipación.",
    ),
    "administracion": (
        "! el plan de capacitación del personal en atención al turista | el calendario de "
        "cursos para funcionarios municipales ;; Los cursos se harán en marzo, terminada la "
        "temporada alta.",
        "la contratación de salvavidas para las playas de la comuna | la dotación de "
        "salvavidas de la temporada {year} ;; Las playas Principal, Infiernillo y Punta de "
        "Lobos requieren vigilancia diaria entre diciembre y marzo.",
        "! el sumario por pérdida de especies en bodega municipal | la investigación por "
        "faltantes del inventario ;; El inventario de cierre detectó herramientas y equipos "
        "sin justificar.",
        "! la respuesta a la solicitud de acceso a la información N° {sai} | la entrega de "
        "información pública pedida por {persona} ;; El plazo legal de veinte días hábiles "
        "vence la próxima semana.",
    ),
    "dom": (
        "la erosión costera frente a {calle} | el socavón de la costanera en {sector} ;; "
        "Las marejadas dejaron la vereda colgando sobre la playa y hay riesgo para peatones.",
        "el permiso de edificación del hostal en {calle} | la regularización de la ampliación "
        "del inmueble rol {rol} ;; El expediente fue ingresado con planos y memoria de cálculo.",
        "la construcción sin permiso en la ribera de la laguna de Cáhuil | las obras en el "
        "humedal de {sector} ;; Vecinos denuncian relleno y cierre perimetral en zona húmeda.",
        "la recepción definitiva de obras del condominio de {sector} | el certificado de "
        "recepción final del inmueble rol {rol} ;; La inspección encontró observaciones en el "
        "acceso vehicular.",
        "el alumbrado público de {calle} | la reposición de luminarias en {sector} ;; Varios "
        "tramos quedaron a oscuras tras el temporal.",
    ),
    "dideco": (
        "la distribución de agua en camión aljibe a familias de {sector} | el abastecimiento "
        "de agua potable por aljibe en {sector} ;; El pozo del comité APR bajó su caudal y "
        "hay familias sin agua desde hace semanas.",
        "la ayuda a familias damnificadas por el incendio forestal en {sector} | el catastro "
        "de viviendas afectadas por el incendio de {sector} ;; El fuego alcanzó viviendas y "
        "bodegas; las familias están albergadas en la sede social.",
        "la actualización del Registro Social de Hogares de la familia {familia} | el "
        "informe social de la familia {familia} ;; La familia declara cambios en sus ingresos.",
        "el proyecto FONDEVE {year} de la {jjvv} | la postulación de la {jjvv} al fondo de "
        "desarrollo vecinal ;; Los dirigentes piden ayuda con la rendición del año anterior.",
        "la feria costumbrista de la sal en Cáhuil | los permisos para la fiesta costumbrista "
        "de {sector} ;; Los artesanos y salineros piden apoyo en difusión y baños químicos.",
    ),
    "secplan": (
        "el proyecto de defensas costeras de la Avenida Costanera | la licitación ID {licit} "
        "para la protección costera ;; El diseño de enrocados debe coordinarse con la "
        "Dirección de Obras Portuarias.",
        "el proyecto FRIL de mejoramiento de la caleta de {sector} | la postulación al FNDR del "
        "mirador de {sector} ;; El proyecto requiere admisibilidad antes del cierre del proceso.",
        "el sistema de agua potable rural de {sector} | el diseño del APR de {sector} ;; La "
        "etapa de diseño incluye sondaje, estanque y red para las familias del sector.",
        "! la cartera de inversiones {year} | el plan de inversiones comunal ;; La cartera "
        "prioriza conectividad rural y equipamiento turístico.",
    ),
    "daf": (
        "la patente de alcoholes del restaurante de {calle} | la patente comercial de la "
        "escuela de surf en {sector} ;; El contribuyente adjunta resolución sanitaria e "
        "informe de zonificación.",
        "el pago de la factura N° {n} de {empresa} | la deuda pendiente con {empresa} ;; El "
        "proveedor indica que la factura lleva más de treinta días vencida.",
        "los permisos de comercio en la playa durante la temporada | el cobro de derechos a "
        "toldos y carros de la costanera ;; Los comerciantes piden rebaja de derechos.",
        "! la modificación presupuestaria N° {n} | el ajuste del presupuesto municipal {year} "
        ";; Se suplementan cuentas con mayores ingresos por permisos de circulación.",
    ),
    "transito": (
        "el estacionamiento en la costanera durante la temporada | el plan de tránsito para "
        "el Campeonato de Surf de Punta de Lobos ;; Los accesos colapsan los fines de semana "
        "de enero y febrero.",
        "los reductores de velocidad en {calle} | la señalización frente a la {escuela} ;; "
        "Los vehículos pasan a alta velocidad en horario de entrada de alumnos.",
        "el examen para licencia de conducir clase {clase} | la renovación de licencia de "
        "conducir de {persona} ;; El postulante pide nueva hora de examen.",
        "el recorrido rural Pichilemu–{sector} | los horarios del transporte público a "
        "{sector} ;; Vecinos señalan que el bus de la tarde dejó de pasar.",
    ),
    "jpl": (
        "la infracción cursada al vehículo placa patente {ppu} | el parte empadronado del "
        "vehículo {ppu} ;; El denunciado fue citado a comparecer en la fecha que indica la "
        "boleta.",
        "los ruidos molestos de la discoteca de {calle} | la denuncia por ruidos en {sector} "
        ";; Los vecinos dicen que la música sigue hasta las cinco de la mañana.",
        "la causa rol {causa} del Juzgado de Policía Local | la citación a audiencia en la "
        "causa rol {causa} ;; La audiencia de contestación y prueba quedó fijada.",
        "el comercio ambulante sin permiso en la playa Principal | las citaciones por "
        "comercio ilegal en la costanera ;; Inspectores cursaron citaciones el fin de semana.",
    ),
    "control": (
        "! el informe final N° {n} de la Contraloría Regional | las observaciones del "
        "preinforme sobre horas extraordinarias ;; Las observaciones deben subsanarse en sesenta "
        "días hábiles.",
        "la rendición de la subvención otorgada {al_org} | el reintegro de la subvención "
        "municipal {year} {de_org} ;; La rendición vino con boletas sin detalle.",
        "! el informe trimestral de ejecución presupuestaria | el avance del presupuesto "
        "municipal al trimestre ;; El informe debe presentarse al Concejo.",
        "! la revisión de los decretos de pago del programa de verano | el control de los "
        "gastos de la temporada estival ;; Hay decretos sin recepción conforme.",
    ),
    "juridica": (
        "el recurso de protección de {persona} contra la Municipalidad | la causa de "
        "protección rol {causa} ;; La recurrente alega que el cierre del acceso a la playa "
        "vulnera su propiedad.",
        "la concesión marítima de la playa de {sector} | la solicitud de concesión marítima "
        "de sector de playa en {sector} ;; El trámite exige informe municipal sobre el uso "
        "del borde costero.",
        "la demanda de indemnización por caída en la vereda de {calle} | el juicio civil rol "
        "{causa} ;; El demandante atribuye la caída al mal estado de la vereda.",
        "el comodato de la sede de la {jjvv} | la renovación del comodato de la sede de "
        "{sector} ;; La organización pide renovar por cinco años.",
    ),
    "salud": (
        "la atención en la {posta} | la ronda médica de la {posta} ;; La ronda no se ha hecho "
        "en las últimas semanas y hay pacientes crónicos sin control.",
        "la alerta sanitaria por marea roja en {caleta} | la vigilancia de intoxicaciones "
        "por mariscos ;; Se prohibió la extracción de mariscos bivalvos en el sector.",
        "el refuerzo del SAPU durante la temporada estival | la dotación de urgencia para el "
        "verano {year} ;; La población flotante triplica las consultas de urgencia.",
        "la campaña de vacunación en {sector} | el operativo de vacunación en la {posta} ;; "
        "Se priorizará a adultos mayores y enfermos crónicos.",
    ),
    "educacion": (
        "el transporte escolar de estudiantes de {sector} | el furgón escolar de {sector} ;; "
        "Los alumnos esperan a la orilla del camino sin refugio.",
        "la matrícula {year} de la {escuela} | los cupos disponibles en la {escuela} ;; El "
        "establecimiento informa vacantes en primero básico.",
        "la alimentación escolar en la {escuela} | el programa de alimentación de la {escuela} "
        ";; Apoderados reclaman raciones incompletas.",
        "! la dotación docente {year} | la contratación de profesores para la {escuela} ;; Dos "
        "jubilaciones dejan horas sin cubrir.",
    ),
}

TOPICS: tuple[Topic, ...] = topics_from("pi", RAW)
assert {t.unit for t in TOPICS} == set(world.UNITS)


def _values(rng: random.Random, year: int) -> dict[str, str]:
    who = world.person(rng)
    org = rng.choice(world.ORGS)
    letters = "BCDFGHJKLPRSTVWXYZ"
    return {
        "sector": rng.choice(world.SECTORS),
        "calle": f"{rng.choice(world.STREETS)} {rng.randint(12, 1890)}",
        "caleta": rng.choice(world.CALETAS),
        "escuela": rng.choice(world.SCHOOLS),
        "posta": rng.choice(world.HEALTH),
        "jjvv": rng.choice(world.JJVV),
        "de_org": world.art(org, "de"),
        "al_org": world.art(org, "a"),
        "empresa": rng.choice(world.COMPANIES)[0],
        "persona": who.name,
        "familia": " ".join(who.name.split()[-2:]),
        "n": str(rng.randint(12, 460)),
        "rol": f"{rng.randint(20, 640)}-{rng.randint(1, 48)}",
        "year": str(year + rng.choice((0, 0, 1))),
        "ppu": "".join(rng.choice(letters) for _ in range(4)) + str(rng.randint(10, 99)),
        "licit": f"{rng.randint(2700, 3990)}-{rng.randint(4, 80)}-LP{str(year)[2:]}",
        "clase": rng.choice(("B", "A2", "A3", "C", "D")),
        "causa": f"C-{rng.randint(80, 1900)}-{year}",
        "sai": f"MU228T000{rng.randint(1000, 9999)}",
    }


def matter(rng: random.Random, topic: Topic, year: int = 2025) -> Matter:
    return filled(rng, topic, _values(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A matter outsiders write about."""
    return public_for(rng, topic, TOPICS)


def pick(
    rng: random.Random,
    unit: str | None = None,
    year: int = 2025,
    *,
    public: bool = False,
    skip: tuple[str, ...] = (),
) -> Matter:
    """A matter of ``unit`` (any unit if None); ``public``: one outsiders write about;
    ``skip``: topic keys left out."""
    pool = [t for t in TOPICS if (unit is None or t.unit == unit) and t.key not in skip]
    if public:
        pool = [t for t in pool if not t.internal] or pool
    return matter(rng, rng.choice(pool), year)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]
