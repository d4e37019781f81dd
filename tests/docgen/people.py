"""Who writes to a municipality, and about what: the pools the generators draw from."""

from __future__ import annotations

import random
from dataclasses import dataclass

from index.terms import rut_check_digit

MUNICIPALITY = "ILUSTRE MUNICIPALIDAD DE NEGRETE"
COMMUNE = "NEGRETE"

# (subject phrase with accents, unit that handles it, a word of it without accents).
# The first twelve are the ones the early tests were written against: keep their order.
TOPICS = [
    ("pavimentación del pasaje Los Aromos", "dom", "pavimentacion"),
    ("iluminación pública en la población El Sauce", "dom", "iluminacion"),
    ("fiscalización de ferias libres", "jpl", "fiscalizacion"),
    ("reparación de la escuela básica Coihue", "educacion", "reparacion"),
    ("señalética de tránsito en avenida Bernardo O'Higgins", "transito", "senaletica"),
    ("atención de salud en la posta rural de Rihue", "salud", "atencion"),
    ("postulación al subsidio habitacional del sector Vaquería", "dideco", "postulacion"),
    ("modificación presupuestaria del área de gestión", "daf", "modificacion"),
    ("adjudicación de la licitación de áreas verdes", "secplan", "adjudicacion"),
    ("rendición de cuentas del fondo de desarrollo vecinal", "control", "rendicion"),
    ("regularización de la construcción en calle Lautaro", "dom", "regularizacion"),
    ("capacitación de dirigentes de juntas de vecinos", "dideco", "capacitacion"),
    ("recepción final de obras de la sede social Santa Amelia", "dom", "recepcion"),
    ("permiso de edificación de la vivienda en calle Prat", "dom", "edificacion"),
    ("entrega de ayuda social a familias afectadas por el temporal", "dideco", "temporal"),
    ("inscripción en el registro social de hogares", "dideco", "inscripcion"),
    ("formulación del proyecto de agua potable rural de Espiga de Oro", "secplan", "potable"),
    ("postulación al Fondo Nacional de Desarrollo Regional del gimnasio", "secplan", "gimnasio"),
    ("pago de la factura del servicio de recolección de residuos", "daf", "recoleccion"),
    ("cobro de patentes comerciales del segundo semestre", "daf", "patentes"),
    ("renovación de licencias de conducir clase profesional", "transito", "licencias"),
    ("permisos de circulación de la flota de buses rurales", "transito", "circulacion"),
    ("demarcación del cruce peatonal frente al liceo", "transito", "demarcacion"),
    ("citación por infracción a la ordenanza de ruidos molestos", "jpl", "ordenanza"),
    ("denuncia por microbasural en el camino a Coigüe", "jpl", "microbasural"),
    ("auditoría de los contratos de mantención de áreas verdes", "control", "auditoria"),
    ("observaciones de Contraloría al balance de ejecución presupuestaria", "control", "balance"),
    (
        "recurso de protección interpuesto por vecinos del sector El Avellano",
        "juridica",
        "proteccion",
    ),
    ("sumario administrativo instruido en la Dirección de Tránsito", "juridica", "sumario"),
    ("demanda laboral de ex trabajadores del programa de empleo", "juridica", "laboral"),
    ("horario de atención del Cesfam de Negrete", "salud", "cesfam"),
    ("campaña de vacunación contra la influenza", "salud", "vacunacion"),
    ("dotación docente del Liceo Polivalente de Negrete", "educacion", "docente"),
    ("transporte escolar de los estudiantes rurales", "educacion", "escolar"),
    ("programa de alimentación escolar de la Junaeb", "educacion", "alimentacion"),
    ("audiencia solicitada por la agrupación de adultos mayores", "alcaldia", "mayores"),
    ("invitación a la ceremonia de aniversario de la comuna", "alcaldia", "aniversario"),
    ("tabla de la sesión ordinaria del Concejo Municipal", "secretaria-municipal", "tabla"),
    ("certificación de acuerdos del Concejo Municipal", "secretaria-municipal", "acuerdos"),
    ("plan anual de capacitación del personal municipal", "administracion", "personal"),
    ("reglamento interno de orden, higiene y seguridad", "administracion", "reglamento"),
]

PLACES = ["CONCEPCIÓN", "LOS ÁNGELES", "SANTIAGO", "CHILLÁN", "NACIMIENTO"]

# (organisation, the post that signs, the person): public bodies that send oficios.
PUBLIC_BODIES = [
    ("SERVICIO DE SALUD BIOBÍO", "DIRECTOR SERVICIO DE SALUD BIOBÍO", "Dr. Héctor Muñoz Saavedra"),
    ("GOBIERNO REGIONAL DEL BIOBÍO", "GOBERNADOR REGIONAL DEL BIOBÍO", "Rodrigo Díaz Wörner"),
    ("SEREMI DE VIVIENDA Y URBANISMO", "SECRETARIO REGIONAL MINISTERIAL", "Ana Lagos Fuentes"),
    ("CONTRALORÍA REGIONAL DEL BIOBÍO", "CONTRALOR REGIONAL", "Patricio Rivas Ortúzar"),
    ("DIRECCIÓN REGIONAL DE VIALIDAD", "DIRECTOR REGIONAL DE VIALIDAD", "Jorge Núñez Caro"),
    ("SERVICIO DE VIVIENDA Y URBANIZACIÓN", "DIRECTOR REGIONAL SERVIU", "Claudia Vera Lagos"),
    ("SUPERINTENDENCIA DE EDUCACIÓN", "DIRECTOR REGIONAL", "Marcelo Toro Bustos"),
    ("JUNTA NACIONAL DE AUXILIO ESCOLAR Y BECAS", "DIRECTORA REGIONAL JUNAEB", "Paula Soto Arce"),
    ("CARABINEROS DE CHILE", "COMISARIO TENENCIA NEGRETE", "Capitán Andrés Rojas Peña"),
    ("DELEGACIÓN PRESIDENCIAL PROVINCIAL DE BIOBÍO", "DELEGADO PRESIDENCIAL", "Felipe Ortiz Mora"),
]
COMPANIES = [
    ("CONSTRUCTORA LOS ROBLES SpA", "76.412.518-5", "Gerente General"),
    ("TRANSPORTES RURALES BIOBÍO LIMITADA", "77.205.331-2", "Representante Legal"),
    ("SERVICIOS AMBIENTALES DEL SUR S.A.", "96.845.120-0", "Gerente de Operaciones"),
    ("INGENIERÍA Y PROYECTOS ARAUCO SpA", "76.998.004-0", "Gerente General"),
    ("AGRÍCOLA SANTA ELENA LIMITADA", "78.114.567-K", "Administrador"),
]
NEIGHBOURHOOD_COUNCILS = [
    "JUNTA DE VECINOS VILLA LOS ÁLAMOS",
    "JUNTA DE VECINOS EL SAUCE",
    "JUNTA DE VECINOS RIHUE ALTO",
    "CLUB DEPORTIVO UNIÓN NEGRETE",
    "AGRUPACIÓN DE ADULTOS MAYORES RENACER",
]
FIRST_NAMES = [
    "María José", "Juan Carlos", "Rosa Elena", "Luis Alberto", "Carolina Andrea",
    "José Miguel", "Ana María", "Pedro Pablo", "Claudia Patricia", "Francisco Javier",
    "Camila Ignacia", "Sergio Andrés", "Daniela Paz", "Manuel Antonio", "Valentina Sofía",
]  # fmt: skip
LAST_NAMES = [
    "Pérez", "Muñoz", "Cárdenas", "Fernández", "Sepúlveda", "Núñez", "Soto", "Rivas",
    "Vidal", "Toro", "Jara", "Fuentealba", "Bustos", "Henríquez", "Saavedra", "Ibáñez",
]  # fmt: skip
# (post inside the municipality, its unit)
INTERNAL_POSTS = [
    ("ADMINISTRADOR MUNICIPAL", "administracion"),
    ("DIRECTOR DE OBRAS MUNICIPALES", "dom"),
    ("DIRECTORA DE DESARROLLO COMUNITARIO", "dideco"),
    ("SECRETARIO COMUNAL DE PLANIFICACIÓN", "secplan"),
    ("DIRECTOR DE ADMINISTRACIÓN Y FINANZAS", "daf"),
    ("DIRECTOR DE TRÁNSITO", "transito"),
    ("DIRECTORA DE CONTROL", "control"),
    ("JEFE DEPARTAMENTO DE SALUD", "salud"),
    ("JEFA DEPARTAMENTO DE EDUCACIÓN", "educacion"),
]
FILLER = [
    "En atención a lo expuesto, se solicita a usted tener a bien considerar la materia indicada.",
    "Lo anterior, conforme a las facultades que otorga la Ley N° 18.695, Orgánica "
    "Constitucional de Municipalidades.",
    "Se adjuntan los antecedentes que respaldan la presente solicitud para su revisión.",
    "Sin otro particular, quedamos atentos a su respuesta dentro de los plazos legales.",
    "La comunidad del sector ha manifestado reiteradamente la necesidad de esta intervención.",
    "Se solicita informar a esta repartición el estado de avance en un plazo de diez días.",
    "Para consultas, el funcionario encargado es el jefe del área respectiva.",
]


@dataclass(frozen=True)
class Person:
    name: str
    rut: str


def rut_dv(body: int) -> str:
    return rut_check_digit(body)


def random_rut(rng: random.Random) -> str:
    body = rng.randint(5_000_000, 24_999_999)
    return f"{body:,}".replace(",", ".") + f"-{rut_dv(body)}"


def citizen(rng: random.Random) -> Person:
    first = rng.choice(FIRST_NAMES)
    last = rng.sample(LAST_NAMES, 2)
    return Person(f"{first} {last[0]} {last[1]}", random_rut(rng))
