"""What the state writes to Chile Chico about: each affair belongs to a service, names the
municipal unit an Oficina de Partes would send it to, and says it as a resolution's summary
(«APRUEBA CONVENIO …»), as an oficio's MAT. line and as a noun phrase for replies."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.devgen3 import world


@dataclass(frozen=True)
class Affair:
    service: str  # key of bench.devgen3.services
    unit: str
    key: str
    about: str  # a noun phrase: «la Declaración de Impacto Ambiental del proyecto «…»»
    res: str = ""  # a resolution's summary, verb first; "" if the service does not resolve it
    mat: str = ""  # an oficio's MAT. line; "" if it only comes as a resolution
    detail: str = ""
    agreement: bool = False  # the resolution approves an agreement and transcribes it


PROJECTS = (
    "Extracción de Áridos Río Jeinimeni", "Central Hidroeléctrica de Pasada Río Las Horquetas",
    "Loteo Turístico Bahía Jara", "Planta de Tratamiento de Aguas Servidas de Puerto Guadal",
    "Mejoramiento Ruta X-265, sector Paso Las Llaves", "Proyecto Minero Laguna Verde Etapa II",
    "Parque Fotovoltaico Meseta Chile Chico", "Centro de Cultivo de Salmónidos en Tierra Fachinal",
)  # fmt: skip
WORKS = (
    "Construcción Sede Social Villa Los Ñires", "Mejoramiento Plaza de Armas de Puerto Guadal",
    "Reposición Veredas calle Pedro Burgos", "Construcción Refugios Peatonales Ruta X-265",
    "Habilitación Mirador Costanera Lago General Carrera", "Mejoramiento Multicancha Fachinal",
    "Ampliación Red de Alcantarillado Población Lago General Carrera",
)  # fmt: skip

AFFAIRS: tuple[Affair, ...] = (
    Affair("sea", "secplan", "sea-dia",
           "la Declaración de Impacto Ambiental del proyecto «{project}»",
           "Da inicio al proceso de evaluación de la Declaración de Impacto Ambiental del "
           "proyecto «{project}» y solicita informe a los órganos con competencia ambiental",
           "Solicita pronunciamiento sobre la Declaración de Impacto Ambiental del proyecto "
           "«{project}»", "El titular ingresó el proyecto al Sistema de Evaluación de Impacto "
           "Ambiental, con una superficie de intervención cercana a {n} hectáreas."),
    Affair("sea", "secplan", "sea-adenda", "la Adenda N° 1 del proyecto «{project}»",
           "Pone término anticipado al procedimiento de evaluación de la Declaración de Impacto "
           "Ambiental del proyecto «{project}»", "Solicita evaluar la Adenda N° 1 de la "
           "Declaración de Impacto Ambiental del proyecto «{project}», en un plazo de 10 días",
           "El titular respondió las observaciones del Informe Consolidado de Solicitud de "
           "Aclaraciones, Rectificaciones o Ampliaciones."),
    Affair("sea-de", "secplan", "sea-pac", "el proceso de participación ciudadana del proyecto "
           "«{project}»", "Decreta la realización de un proceso de participación ciudadana en la "
           "evaluación del proyecto «{project}»", "Informa apertura del proceso de participación "
           "ciudadana del proyecto «{project}» y solicita difundirlo en la comuna",
           "Dos organizaciones de {sector} solicitaron abrir un período de observaciones."),
    Affair("medioambiente", "secplan", "scam",
           "la certificación ambiental municipal de Chile Chico",
           "Otorga nivel básico del Sistema de Certificación Ambiental Municipal a la "
           "Municipalidad de Chile Chico", "Informa requisitos para avanzar al nivel intermedio "
           "del Sistema de Certificación Ambiental Municipal",
           "La Municipalidad constituyó su comité ambiental comunal y aprobó su estrategia."),
    Affair("minvu", "secplan", "prc", "la actualización del Plan Regulador Comunal de Chile Chico",
           "Aprueba convenio de transferencia para la actualización del Plan Regulador Comunal "
           "de Chile Chico", "Remite observaciones a la etapa de anteproyecto del Plan Regulador "
           "Comunal de Chile Chico", "El estudio incorpora el límite urbano de Puerto Guadal y "
           "las áreas de riesgo por remoción en masa.", agreement=True),
    Affair("minvu", "dom", "ddu-loteo", "el loteo con construcción simultánea en {sector}",
           "", "Responde consulta de la Dirección de Obras Municipales sobre aplicación del "
           "artículo 2.2.5 de la Ordenanza General de Urbanismo y Construcciones",
           "La consulta se refiere a las cesiones gratuitas exigibles en un loteo de {n} sitios."),
    Affair("serviu", "dom", "pavimentos", "el {n}° llamado del Programa de Pavimentación "
           "Participativa en {calle}", "Aprueba nómina de proyectos seleccionados del {n}° "
           "llamado del Programa de Pavimentación Participativa, Región de Aysén",
           "Informa proyectos de la comuna de Chile Chico seleccionados en el {n}° llamado "
           "del Programa de Pavimentación Participativa", "Los comités de pavimentación de "
           "{calle} reunieron el aporte de los vecinos exigido por el programa."),
    Affair("serviu", "dideco", "habitabilidad", "los subsidios del Programa de Habitabilidad Rural "
           "para familias de {sector}", "Otorga subsidios del Programa de Habitabilidad Rural a "
           "familias de la comuna de Chile Chico, sector {sector}", "Solicita a la Entidad "
           "Patrocinante municipal completar los expedientes del Programa de Habitabilidad Rural",
           "Las familias postularon con el apoyo de la Entidad Patrocinante municipal."),
    Affair("salud", "dom", "vertedero", "el funcionamiento del vertedero municipal de Chile Chico",
           "Instruye sumario sanitario a la Ilustre Municipalidad de Chile Chico por el "
           "funcionamiento del vertedero municipal", "Remite acta de fiscalización al vertedero "
           "municipal y fija plazo para subsanar deficiencias", "La fiscalización constató "
           "residuos sin cobertura diaria y ausencia de cierre perimetral."),
    Affair("salud", "educacion", "cocina-escolar", "la cocina {del_school}",
           "Autoriza sanitariamente el funcionamiento de la cocina y comedor {del_school}",
           "Informa observaciones sanitarias a la cocina {del_school}",
           "La manipulación de alimentos está a cargo de la empresa prestadora del PAE."),
    Affair("salud", "salud", "hanta", "el riesgo de hantavirus en la Provincia General Carrera",
           "", "Informa alerta sanitaria por hantavirus e instruye medidas de prevención en "
           "postas y estaciones médico rurales", "Se confirmó un caso en un trabajador rural "
           "del sector {sector}."),
    Affair("ssa", "salud", "aps-convenio", "el Programa de Resolutividad en Atención Primaria "
           "{year}", "Aprueba convenio del Programa de Resolutividad en Atención Primaria de "
           "Salud {year} con la Ilustre Municipalidad de Chile Chico", "Solicita informe de "
           "cumplimiento del corte de agosto del Programa de Resolutividad en APS",
           "El programa financia consultas de oftalmología y otorrinolaringología en la comuna.",
           agreement=True),
    Affair("ssa", "salud", "rondas", "las rondas médicas a {posta}", "", "Informa calendario de "
           "rondas médicas y odontológicas a {posta} durante el segundo semestre",
           "El equipo viajará por la Ruta X-265 cuando el estado del camino lo permita."),
    Affair("doh", "secplan", "apr", "el servicio sanitario rural de {sector}",
           "Aprueba convenio de colaboración para la operación del servicio sanitario rural "
           "de {sector}", "Solicita acreditar disponibilidad del terreno para el estanque del "
           "servicio sanitario rural de {sector}", "El sistema abastece a {n} arranques "
           "domiciliarios y requiere reponer su sondaje.", agreement=True),
    Affair("doh", "dom", "riberas", "la defensa fluvial del río Jeinimeni", "", "Informa inicio de "
           "las obras de conservación de riberas del río Jeinimeni",
           "Las faenas se ejecutarán aguas arriba del puente de acceso a la ciudad."),
    Affair("vialidad", "transito", "x265", "la conservación de la Ruta X-265", "", "Informa "
           "cierre programado de la Ruta X-265 en el sector Paso Las Llaves por trabajos de "
           "conservación", "Se habilitará el tránsito en horarios fijos, con paso controlado."),
    Affair("vialidad", "dom", "atravieso", "el atravieso de la red de agua potable en la faja de "
           "la Ruta 265", "Otorga permiso a la Municipalidad de Chile Chico para el atravieso "
           "de la red de agua potable en la faja fiscal de la Ruta 265", "",
           "El atravieso se ubica frente a {calle}, con tubería de HDPE de 110 mm."),
    Affair("subdere", "secplan", "pmu", "el proyecto «{work}» del Programa Mejoramiento Urbano",
           "Aprueba transferencia de recursos del Programa Mejoramiento Urbano y Equipamiento "
           "Comunal a la Municipalidad de Chile Chico para el proyecto «{work}»", "Informa "
           "procedimiento de rendición de cuentas de los proyectos PMU en la plataforma SUBDERE "
           "en Línea", "El proyecto fue elegible en la línea de emergencia del programa."),
    Affair("subdere", "secplan", "pmu-baja", "la asignación de recursos al proyecto «{work}»",
           "Deja sin efecto la Resolución Exenta N° {n} que asignó recursos al proyecto «{work}» "
           "de la comuna de Chile Chico", "", "La Municipalidad no licitó las obras dentro del "
           "plazo que fija la guía operativa del programa."),
    Affair("subdere", "daf", "fcm", "la distribución del Fondo Común Municipal {year}",
           "Fija coeficientes de distribución del Fondo Común Municipal para el año {next}",
           "Informa anticipo del Fondo Común Municipal e instruye su registro contable",
           "Los coeficientes consideran la población comunal y los predios exentos."),
    Affair("gore", "secplan", "fril", "el proyecto FRIL «{work}»", "Aprueba convenio de "
           "transferencia de recursos FNDR para la ejecución del proyecto «{work}», modalidad "
           "FRIL", "Solicita rendición de cuentas y estado de avance del proyecto FRIL «{work}»",
           "El Consejo Regional aprobó la iniciativa en su sesión ordinaria N° {n}.",
           agreement=True),
    Affair("gore", "dideco", "cultura", "la subvención del Fondo de Cultura 8% FNDR para la "
           "Fiesta Costumbrista de {sector}", "Asigna subvención del fondo de cultura 8% FNDR a "
           "la Municipalidad de Chile Chico para la Fiesta Costumbrista de {sector}", "",
           "La actividad reúne a crianceros y artesanos de la cuenca del lago."),
    Affair("cmn", "dom", "cmn-obra", "la intervención en la Zona Típica del casco antiguo de "
           "Chile Chico", "Se pronuncia sobre la intervención en el inmueble de {calle}, Zona "
           "Típica de Chile Chico", "Se pronuncia sobre proyecto de intervención en inmueble "
           "de {calle}, Zona Típica de Chile Chico", "El proyecto reemplaza la cubierta y "
           "modifica la fachada hacia la calle."),
    Affair("cmn", "dom", "hallazgo", "el hallazgo arqueológico en las obras de {calle}",
           "Téngase presente el informe de hallazgo arqueológico no previsto en las obras de "
           "{calle}", "Instruye paralización parcial de obras por hallazgo arqueológico en "
           "{calle}", "Durante la excavación se encontraron restos líticos y un alero con "
           "pinturas."),
    Affair("patrimonio", "dideco", "biblioteca", "el programa de la Biblioteca Pública N° {n} de "
           "Chile Chico", "Aprueba convenio de colaboración para la implementación del programa "
           "Bibliotecas Públicas en la Biblioteca Pública N° {n} de Chile Chico", "Informa "
           "asignación de colecciones para la Biblioteca Pública N° {n} de Chile Chico",
           "La biblioteca atiende también a las escuelas rurales del sector sur del lago.",
           agreement=True),
    Affair("conaf", "alcaldia", "incendios", "la prevención de incendios forestales temporada "
           "{year}-{next}", "Aprueba convenio de cooperación con la Municipalidad de Chile Chico "
           "para la prevención de incendios forestales", "Informa calendario de quemas "
           "controladas y restricciones de uso del fuego temporada {year}-{next}",
           "La brigada de CONAF se instalará en Puerto Guadal durante la temporada estival.",
           agreement=True),
    Affair("conaf", "educacion", "jeinimeni", "la visita de estudiantes a la Reserva Nacional Lago "
           "Jeinimeni", "Autoriza ingreso liberado a la Reserva Nacional Lago Jeinimeni a "
           "estudiantes {del_school}", "", "La salida pedagógica se realizará con guardaparques "
           "de la unidad."),
    Affair("servel", "secretaria-municipal", "locales", "los locales de votación de la comuna de "
           "Chile Chico", "Determina los locales de votación de la comuna de Chile Chico para "
           "las elecciones de {next}", "Solicita facilitar dependencias municipales para la "
           "capacitación de vocales de mesa", "El gimnasio municipal y {el_school} reúnen las "
           "condiciones de accesibilidad exigidas."),
    Affair("senapred", "alcaldia", "nevadas", "la alerta temprana preventiva por nevadas en la "
           "Provincia General Carrera", "", "Informa declaración de Alerta Temprana Preventiva "
           "por nevadas y bajas temperaturas para la Provincia General Carrera",
           "Se pronostican acumulaciones sobre 20 cm en los pasos altos de la Ruta X-265."),
    Affair("delegacion", "alcaldia", "cogrid", "el Comité Provincial para la Gestión del Riesgo de "
           "Desastres", "", "Convoca a sesión ordinaria del Comité Provincial para la Gestión "
           "del Riesgo de Desastres de General Carrera", "La sesión revisará el plan de "
           "invierno y la situación del paso fronterizo Río Jeinimeni."),
    Affair("mtt", "transito", "rural", "el subsidio al transporte público rural Chile Chico – "
           "Puerto Guadal", "Aprueba convenio de transferencia para el subsidio al transporte "
           "público rural en el servicio Chile Chico – Puerto Guadal", "Solicita información "
           "sobre frecuencias y paraderos del servicio rural Chile Chico – Puerto Guadal",
           "El servicio opera tres veces por semana con un bus de 24 asientos.", agreement=True),
    Affair("mtt", "educacion", "escolar", "el transporte escolar gratuito desde {sector}",
           "Autoriza el servicio de transporte escolar gratuito desde {sector} {al_school}", "",
           "Los alumnos recorren más de 30 kilómetros diarios hasta su establecimiento."),
    Affair("desarrollo", "dideco", "rsh", "las solicitudes pendientes del Registro Social de "
           "Hogares", "Aprueba convenio de transferencia para la aplicación del Registro Social "
           "de Hogares en la comuna de Chile Chico", "Informa hogares con solicitudes de "
           "actualización pendientes en el Registro Social de Hogares",
           "El convenio financia un encuestador y los traslados a sectores rurales.",
           agreement=True),
    Affair("indap", "dideco", "prodesal", "el Programa de Desarrollo Local PRODESAL de Chile Chico",
           "Aprueba convenio con la Municipalidad de Chile Chico para la ejecución del Programa "
           "de Desarrollo Local PRODESAL temporada {year}-{next}", "Remite evaluación anual del "
           "equipo técnico PRODESAL de Chile Chico", "El programa atiende a {n} crianceros y "
           "horticultores de la comuna.", agreement=True),
    Affair("supereduc", "educacion", "fiscaliza", "la fiscalización {al_school}",
           "Aplica sanción de amonestación al sostenedor Ilustre Municipalidad de Chile Chico "
           "por infracciones constatadas {en_school}", "Informa resultado de visita inspectiva "
           "{al_school}", "El acta consigna falta de registros de asistencia y de mantención."),
    Affair("mineduc", "educacion", "calendario", "el calendario escolar regional {next}", "",
           "Remite calendario escolar regional {next} para los establecimientos de la Región de "
           "Aysén", "Las vacaciones de invierno se adelantan por las condiciones climáticas."),
    Affair("tesoreria", "daf", "convenio-pago", "la deuda por cotizaciones previsionales "
           "del Departamento de Educación", "", "Informa deuda previsional del Departamento de "
           "Educación Municipal y ofrece convenio de pago", "La deuda corresponde a períodos "
           "anteriores a {year} y devenga intereses."),
    Affair("cgr", "control", "auditoria", "el Informe Final N° {n} de {year} sobre los permisos de "
           "circulación", "", "Remite Informe Final N° {n}, de {year}, sobre auditoría a los "
           "ingresos por permisos de circulación de la Municipalidad de Chile Chico",
           "El informe detecta permisos otorgados sin acreditar el pago del seguro obligatorio."),
    Affair("cgr", "juridica", "sumario", "el sumario administrativo ordenado por el Informe Final "
           "N° {n}", "", "Solicita informar el estado del sumario administrativo ordenado en el "
           "Informe Final N° {n}, de {year}", "La Municipalidad debía remitir la resolución que "
           "lo instruyó dentro de quince días hábiles."),
)  # fmt: skip


# Circulars: instructions to every mayor (or every municipal department) of the country or
# the region; ``res`` is the summary, ``detail`` the reason given.
CIRCULARS: tuple[Affair, ...] = (
    Affair("subdere", "daf", "c-sinim", "el registro de información municipal en el SINIM",
           "Imparte instrucciones sobre el ingreso de la información financiera municipal del "
           "año {year} al Sistema Nacional de Información Municipal", "",
           "La información se usará para el cálculo de indicadores de gestión municipal."),
    Affair("subdere", "secplan", "c-pmb", "la postulación al Programa Mejoramiento de Barrios",
           "Imparte instrucciones para la postulación de iniciativas al Programa Mejoramiento "
           "de Barrios, año {next}", "", "Se priorizarán soluciones sanitarias en localidades "
           "rurales sin alcantarillado."),
    Affair("subdere", "administracion", "c-acoso", "los procedimientos por acoso laboral y sexual",
           "Imparte instrucciones sobre los protocolos de prevención del acoso laboral, sexual "
           "y de violencia en el trabajo en las municipalidades", "", "Las municipalidades "
           "deben contar con un protocolo aprobado por decreto alcaldicio."),
    Affair("minvu-ddu", "dom", "c-ddu116", "las obras preliminares del artículo 116 de la Ley "
           "General de Urbanismo y Construcciones", "Aplicación del artículo 116 de la Ley "
           "General de Urbanismo y Construcciones a las obras preliminares y de demolición",
           "", "Diversas Direcciones de Obras han consultado sobre el permiso exigible."),
    Affair("minvu-ddu", "dom", "c-accesibilidad", "la accesibilidad universal en edificios de "
           "uso público", "Imparte instrucciones sobre la aplicación del artículo 4.1.7 de la "
           "Ordenanza General de Urbanismo y Construcciones en edificios existentes de uso "
           "público", "", "El plazo de adecuación de los edificios existentes está vencido."),
    Affair("minsal", "salud", "c-invierno", "la Campaña de Invierno {year}", "Imparte "
           "instrucciones para la Campaña de Invierno {year} en los establecimientos de "
           "atención primaria de salud", "", "Se espera un alza de virus respiratorios desde "
           "la semana epidemiológica 18."),
    Affair("mineduc-nac", "educacion", "c-faep", "el Fondo de Apoyo a la Educación Pública {year}",
           "Imparte instrucciones sobre el uso y rendición de los recursos del Fondo de Apoyo "
           "a la Educación Pública {year}", "", "Los recursos deben destinarse a las "
           "iniciativas aprobadas en el plan de apoyo comunal."),
    Affair("mtt-nac", "transito", "c-permisos", "el proceso de permisos de circulación {next}",
           "Imparte instrucciones a las municipalidades sobre el otorgamiento de permisos de "
           "circulación del año {next}", "", "Se verificará en línea la vigencia de la revisión "
           "técnica y del seguro obligatorio."),
    Affair("servel-nac", "secretaria-municipal", "c-propaganda", "la propaganda electoral en "
           "espacios públicos", "Imparte instrucciones a las municipalidades sobre los lugares "
           "autorizados para propaganda electoral en espacios públicos", "", "Las "
           "municipalidades deben proponer los lugares dentro del plazo legal."),
    Affair("mds", "dideco", "c-emergencia", "la Ficha Básica de Emergencia",
           "Imparte instrucciones sobre la aplicación de la Ficha Básica de Emergencia a los "
           "hogares afectados por emergencias", "", "La ficha debe aplicarse dentro de los "
           "diez días siguientes al evento."),
)  # fmt: skip


@dataclass(frozen=True)
class Matter:
    """An affair filled in for one document."""

    affair: Affair
    about: str
    res: str
    mat: str
    detail: str
    values: dict[str, str]

    @property
    def unit(self) -> str:
        return self.affair.unit

    @property
    def service(self) -> str:
        return self.affair.service


def matter(rng: random.Random, affair: Affair, year: int) -> Matter:
    values = world.fill_values(rng, year)
    values["project"] = rng.choice(PROJECTS)
    values["work"] = rng.choice(WORKS)

    def fill(text: str) -> str:
        return text.format(**values)

    return Matter(affair, fill(affair.about), fill(affair.res), fill(affair.mat),
                  fill(affair.detail), values)  # fmt: skip


# Affairs a service writes to every municipality of the region (or of the country).
MASS = ("hanta", "pmu", "fcm", "nevadas", "locales", "rsh", "calendario", "sea-pac", "cogrid")


def eligible(need: str) -> tuple[Affair, ...]:
    """Affairs that can be written as ``need``: res (a resolution), mat (an oficio), any."""
    if need == "res":
        return tuple(a for a in AFFAIRS if a.res and not a.service.startswith("cgr"))
    if need == "mat":
        return tuple(a for a in AFFAIRS if a.mat and not a.service.startswith("cgr"))
    if need == "mass":  # what a service writes to every municipality of the region
        return tuple(a for a in AFFAIRS if a.mat and a.key in MASS)
    if need == "circular":
        return CIRCULARS
    if need == "cgr":
        return tuple(a for a in AFFAIRS if a.service.startswith("cgr"))
    return AFFAIRS


def pick(rng: random.Random, need: str, index: int, year: int) -> Matter:
    """The affair at ``index`` (the set's shuffled order) among those fit for ``need``."""
    pool = eligible(need)
    return matter(rng, pool[index % len(pool)], year)
