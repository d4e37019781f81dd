"""What Vallenar's papers are about, each matter under the unit a clerk would route it to:
the Huasco river and its drought, the Santa Juana reservoir's releases and the irrigation
turns, olive groves and table grapes, seasonal workers, the fruit fly quarantine, the ore
trucks of the iron mines on the Ruta C-46, tailings and dust, the aggregates dug from the
river bed, the flowering desert and its visitors, the Diaguita communities, the rural
water committees of Domeyko and Cachiyuyo, stray dogs, the alluvium channels. Each line
is read by devgen2's ``topics_from`` into a Topic; a document's Matter is it with the
commune's localities, streets and numbers put in."""

from __future__ import annotations

import random
from collections.abc import Collection

from bench.devgen2.topics import Matter, Topic, filled, public_for, topics_from
from bench.sealgen5 import world

# unit: (first phrase | second phrase ;; detail), a leading «!» for offices only
_RAW: dict[str, tuple[str, ...]] = {
    "alcaldia": (
        "la temporada del desierto florido {year} | la afluencia de visitantes al desierto "
        "florido en {localidad} ;; Se esperan buses de turistas todos los fines de semana.",
        "la mesa provincial del agua del Huasco | la coordinación por la sequía en el valle del "
        "Huasco ;; El río baja con el caudal más escaso de los últimos años.",
        "la consulta a las comunidades diaguitas del valle | el proceso de participación de "
        "los pueblos diaguitas ;; Las comunidades piden sesionar en sus propias sedes.",
    ),
    "secretaria-municipal": (
        "! el acuerdo N° {n} del Concejo Municipal | el certificado del acuerdo adoptado en "
        "sesión N° {n} ;; El acuerdo debe notificarse a las direcciones en cinco días.",
        "la vigencia de la directiva de {org} | el depósito del acta de elección de {org} ;; "
        "La asamblea eleccionaria contó con ministro de fe municipal.",
    ),
    "administracion": (
        "la información sobre los contratos de áreas verdes {year} | el acceso a los pagos "
        "del servicio de mantención de áreas verdes ;; El requirente pide facturas y bases.",
        "! la encuesta de clima laboral del personal | el plan de bienestar de los "
        "funcionarios municipales {year} ;; Las asociaciones de funcionarios pidieron participar.",
    ),
    "dom": (
        "la extracción de áridos en el cauce del río Huasco frente a {localidad} | el retiro "
        "de material del lecho del río en {localidad} ;; Camiones entran al cauce de noche.",
        "el permiso de edificación del inmueble rol {rol} | la regularización de la vivienda "
        "de {calle} ;; El propietario acompaña planos y certificado de informaciones previas.",
        "los canales de evacuación de aluviones de {sector} | la limpieza de la quebrada "
        "de {sector} ;; Los canales están obstruidos con escombros y ramas.",
        "el alumbrado público de {sector} | las luminarias apagadas en {calle} ;; Hay cuadras "
        "completas a oscuras desde hace tres semanas.",
        "el microbasural de {lugar} | los escombros arrojados junto a {ruta} ;; Se acumulan "
        "colchones, neumáticos y restos de poda.",
    ),
    "dideco": (
        "la entrega de agua en camión aljibe a familias de {localidad} | el abastecimiento "
        "de agua potable en {localidad} ;; El camión pasa cada quince días y no alcanza.",
        "la ayuda social a temporeros de la uva de {sector} | el apoyo a las familias "
        "temporeras de {sector} ;; Terminada la cosecha quedan sin ingresos.",
        "el Registro Social de Hogares de familias de {sector} | la actualización de la "
        "ficha social en {sector} ;; Hay solicitudes pendientes desde el verano.",
        "la postulación de {org} al fondo de desarrollo vecinal | el proyecto de {org} al "
        "FONDEVE {year} ;; La organización necesita ayuda para la rendición.",
    ),
    "secplan": (
        "el proyecto de agua potable rural de {localidad} | el mejoramiento del sistema APR "
        "de {localidad} ;; El pozo actual no da abasto en verano.",
        "! la postulación FNDR de {lugar} | el proyecto de mejoramiento de {lugar} ;; El GORE "
        "pide subsanar observaciones antes del cierre del proceso.",
        "la pavimentación participativa de {sector} | el proyecto de veredas de {sector} ;; "
        "El SERVIU revisó el perfil y pide antecedentes de los vecinos.",
    ),
    "daf": (
        "la patente comercial del local de {calle} | la patente de alcoholes en {calle} ;; "
        "El contribuyente solicita pagar en cuotas.",
        "el comercio ambulante en {lugar} | los permisos precarios en {lugar} ;; Los "
        "comerciantes piden puestos para la temporada.",
        "! el aporte de la patente minera {year} | la distribución de patentes mineras {year} "
        ";; La Tesorería informa el monto que corresponde a la comuna.",
    ),
    "transito": (
        "el tránsito de camiones mineros por {ruta} | el polvo y la velocidad de los camiones "
        "de mineral en {ruta} ;; Los vecinos reclaman accidentes y ruido nocturno.",
        "el transporte rural hacia {localidad} | los horarios del bus a {localidad} ;; El bus "
        "dejó de pasar los domingos.",
        "la señalización de la zona escolar de {school} | los reductores de velocidad frente "
        "a {school} ;; Los apoderados reclaman por la velocidad de los vehículos.",
    ),
    "jpl": (
        "la causa Rol N° {causa}-{year} por infracción de tránsito | la citación en la causa "
        "{causa}-{year} del Juzgado de Policía Local ;; El denunciado no compareció.",
        "los ruidos molestos de un local de {calle} | la música hasta la madrugada en {sector} "
        ";; Los vecinos no pueden dormir los fines de semana.",
    ),
    "control": (
        "! la rendición de la subvención otorgada a {org} | los gastos rendidos por {org} ;; "
        "Faltan boletas y el detalle de dos compras.",
        "! el pago de horas extraordinarias del personal de aseo | la revisión de las horas "
        "extraordinarias de {year} ;; Hay pagos sin registro de asistencia.",
    ),
    "juridica": (
        "el recurso de protección de regantes de {localidad} | la acción judicial por el "
        "agua del canal de {localidad} ;; Los regantes alegan que se cortó su turno de riego.",
        "la caída de una vecina en la vereda de {calle} | la indemnización por el accidente "
        "en la vereda de {calle} ;; La afectada sufrió una fractura de muñeca por un hoyo.",
    ),
    "salud": (
        "la ronda médica de {posta} | la atención de {posta} ;; Los usuarios esperan hora "
        "desde hace un mes.",
        "la fiscalización sanitaria de los perros vagos en {sector} | la tenencia responsable "
        "de mascotas en {sector} ;; Hay jaurías que atacan a escolares.",
        "el material particulado en {sector} | la calidad del aire junto a {ruta} ;; El "
        "monitoreo registró episodios sobre la norma.",
        "el brote de mosca de la fruta en {localidad} | la cuarentena fitosanitaria de "
        "{localidad} ;; El SAG instaló trampas y restringe el traslado de fruta de los huertos.",
    ),
    "educacion": (
        "la matrícula {year} de {school} | el transporte escolar de {school} ;; Quedan alumnos "
        "de {localidad} sin furgón.",
        "la reparación de la techumbre de {school} | la infraestructura de {school} ;; Las "
        "salas se llueven y el patio no tiene sombra.",
    ),
}


TOPICS = topics_from("vallenar", _RAW)
assert {t.unit for t in TOPICS} == set(world.UNIT_CODES)


def matter(rng: random.Random, topic: Topic, year: int) -> Matter:
    """The Matter of one document: ``topic`` with this commune's values for ``year``."""
    return filled(rng, topic, world.fill(rng, year))


def for_outsiders(rng: random.Random, topic: Topic) -> Topic:
    """A topic outsiders write about (``topic`` itself when it is one)."""
    return public_for(rng, topic, TOPICS)


def _drawn(rng: random.Random, year: int, pool: list[Topic]) -> Matter:
    return matter(rng, pool[rng.randrange(len(pool))], year)


def within(
    rng: random.Random, year: int, wanted: Collection[str], *, internal: bool = False
) -> Matter:
    """A matter of one of the units ``wanted``; only offices' matters too when ``internal``
    (or when the units have no other)."""
    public = [t for t in TOPICS if t.unit in wanted and (internal or not t.internal)]
    return _drawn(rng, year, public or [t for t in TOPICS if t.unit in wanted])


def among(rng: random.Random, year: int, keys: Collection[str]) -> Matter:
    """A matter of one of ``keys`` («dom:01», this set's prefix left out)."""
    return _drawn(rng, year, [t for t in TOPICS if t.key.removeprefix("vallenar-") in keys])


def of_unit(rng: random.Random, year: int, unit: str) -> Matter:
    """Any matter of ``unit``, internal ones too."""
    return within(rng, year, {unit}, internal=True)
