"""The state's services that write to Chile Chico: how their letterhead names them, who
signs, from which city, the prefix of their oficios' number («OF. ORD. D.E. N°») and the
platform they verify signatures on."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.world import gendered


@dataclass(frozen=True)
class Service:
    key: str
    org: str  # as the truth's sender_org: the service's name on its letterhead
    cargo: str  # the signer's post (the truth's sender)
    city: str
    above: str = ""  # ministry printed above the service
    office: str = ""  # a division or department printed under it
    emblem: str = "gob"  # a mark of bench.devgen3.marks
    prefix: str = ""  # between ORD. and N°: «D.E.», «DRA», «SEREMI»
    domain: str = "gob.cl"
    female: bool = False
    short: str = ""  # the acronym people use («SEA», «SERVIU»)


SERVICES: dict[str, Service] = {
    s.key: s
    for s in (
        Service("sea", "Servicio de Evaluación Ambiental Región de Aysén",
                "Director Regional Servicio de Evaluación Ambiental", "Coyhaique",
                "Ministerio del Medio Ambiente", "Dirección Regional de Aysén", "leaf",
                "", "sea.gob.cl", short="SEA"),
        Service("sea-de", "Servicio de Evaluación Ambiental", "Directora Ejecutiva", "Santiago",
                "Ministerio del Medio Ambiente", "Dirección Ejecutiva", "leaf", "D.E.",
                "sea.gob.cl", True, "SEA"),
        Service("serviu", "Servicio de Vivienda y Urbanización Región de Aysén",
                "Director SERVIU Región de Aysén", "Coyhaique",
                "Ministerio de Vivienda y Urbanismo", "Departamento Técnico", "gob", "",
                "serviu.cl", short="SERVIU"),
        Service("minvu", "Secretaría Regional Ministerial de Vivienda y Urbanismo Región de Aysén",
                "Secretaria Regional Ministerial de Vivienda y Urbanismo", "Coyhaique",
                "Ministerio de Vivienda y Urbanismo", "Departamento de Desarrollo Urbano e "
                "Infraestructura", "gob", "SEREMI", "minvu.gob.cl", True, "SEREMI MINVU"),
        Service("salud", "Secretaría Regional Ministerial de Salud Región de Aysén",
                "Secretario Regional Ministerial de Salud Región de Aysén", "Coyhaique",
                "Ministerio de Salud", "Departamento de Salud Pública", "gob", "",
                "minsal.cl", short="SEREMI de Salud"),
        Service("ssa", "Servicio de Salud Aysén", "Directora Servicio de Salud Aysén", "Coyhaique",
                "Ministerio de Salud", "Subdirección de Atención Primaria", "cross", "",
                "saludaysen.cl", True, "SSA"),
        Service("doh", "Dirección de Obras Hidráulicas Región de Aysén",
                "Director Regional de Obras Hidráulicas", "Coyhaique",
                "Ministerio de Obras Públicas", "Subdirección de Servicios Sanitarios Rurales",
                "drop", "DOH", "mop.gob.cl", short="DOH"),
        Service("vialidad", "Dirección Regional de Vialidad Aysén",
                "Directora Regional de Vialidad", "Coyhaique", "Ministerio de Obras Públicas",
                "Departamento de Conservación",
                "drop", "", "mop.gob.cl", True, "Vialidad"),
        Service("subdere", "Subsecretaría de Desarrollo Regional y Administrativo",
                "Subsecretario de Desarrollo Regional y Administrativo", "Santiago",
                "Ministerio del Interior", "División de Municipalidades", "gob", "",
                "subdere.gob.cl", short="SUBDERE"),
        Service("gore", "Gobierno Regional de Aysén", "Gobernador Regional de Aysén", "Coyhaique",
                "", "División de Presupuesto e Inversión Regional", "hills", "",
                "goreaysen.cl", short="GORE Aysén"),
        Service("cmn", "Consejo de Monumentos Nacionales",
                "Secretaria Técnica del Consejo de Monumentos Nacionales", "Santiago",
                "Servicio Nacional del Patrimonio Cultural", "Oficina Técnica Regional de Aysén",
                "columns", "", "monumentos.gob.cl", True, "CMN"),
        Service("patrimonio", "Servicio Nacional del Patrimonio Cultural",
                "Director Regional Servicio Nacional del Patrimonio Cultural Aysén", "Coyhaique",
                "Ministerio de las Culturas, las Artes y el Patrimonio", "Dirección Regional "
                "de Aysén", "columns", "", "patrimoniocultural.gob.cl", short="SERPAT"),
        Service("conaf", "Corporación Nacional Forestal", "Director Regional CONAF Aysén",
                "Coyhaique", "Ministerio de Agricultura", "Oficina Regional de Aysén", "tree",
                "", "conaf.cl", short="CONAF"),
        Service("servel", "Servicio Electoral",
                "Directora Regional del Servicio Electoral de Aysén", "Coyhaique", "",
                "Dirección Regional de Aysén", "ballot", "", "servel.cl", True,
                "SERVEL"),
        Service("senapred", "Servicio Nacional de Prevención y Respuesta ante Desastres",
                "Director Regional SENAPRED Aysén", "Coyhaique", "Ministerio del Interior",
                "Dirección Regional de Aysén", "gob", "", "senapred.cl", short="SENAPRED"),
        Service("delegacion", "Delegación Presidencial Provincial de General Carrera",
                "Delegada Presidencial Provincial de General Carrera", "Chile Chico",
                "Ministerio del Interior", "", "gob", "", "dpp.gob.cl", True, "DPP"),
        Service("mtt", "Secretaría Regional Ministerial de Transportes y Telecomunicaciones "
                "Región de Aysén", "Secretario Regional Ministerial de Transportes y "
                "Telecomunicaciones", "Coyhaique", "Ministerio de Transportes y Telecomunicaciones",
                "", "gob", "", "mtt.gob.cl", short="SEREMITT"),
        Service("desarrollo", "Secretaría Regional Ministerial de Desarrollo Social y Familia "
                "Región de Aysén", "Secretaria Regional Ministerial de Desarrollo Social y Familia",
                "Coyhaique", "Ministerio de Desarrollo Social y Familia", "", "gob", "",
                "desarrollosocialyfamilia.gob.cl", True, "SEREMI DSF"),
        Service("indap", "Instituto de Desarrollo Agropecuario", "Director Regional INDAP Aysén",
                "Coyhaique", "Ministerio de Agricultura", "Dirección Regional de Aysén", "tree",
                "", "indap.gob.cl", short="INDAP"),
        Service("supereduc", "Superintendencia de Educación", "Director Regional Superintendencia "
                "de Educación Aysén", "Coyhaique", "", "Dirección Regional de Aysén", "gob", "",
                "supereduc.cl", short="SIE"),
        Service("mineduc", "Secretaría Regional Ministerial de Educación Región de Aysén",
                "Secretaria Regional Ministerial de Educación", "Coyhaique",
                "Ministerio de Educación", "Departamento Provincial de Educación General Carrera",
                "gob", "", "mineduc.cl", True, "SECREDUC"),
        Service("medioambiente", "Secretaría Regional Ministerial del Medio Ambiente Región de "
                "Aysén", "Secretario Regional Ministerial del Medio Ambiente", "Coyhaique",
                "Ministerio del Medio Ambiente", "", "leaf", "", "mma.gob.cl",
                short="SEREMI MMA"),
        Service("tesoreria", "Tesorería Regional de Aysén", "Tesorera Regional de Aysén",
                "Coyhaique", "Tesorería General de la República", "", "gob", "", "tgr.cl", True,
                "TGR"),
        Service("cgr", "Contraloría Regional de Aysén", "Contralor Regional de Aysén", "Coyhaique",
                "Contraloría General de la República", "Unidad de Control Externo", "cgr", "",
                "contraloria.cl", short="CGR"),
        Service("cgr-central", "Contraloría General de la República",
                "Jefa División de Municipalidades", "Santiago", "", "División de Municipalidades",
                "cgr", "", "contraloria.cl", True, "CGR"),
    )
}  # fmt: skip
# Who issues circulars to every mayor of the country or of the region.
CIRCULAR_ISSUERS = {
    "subdere": "Ministerio del Interior",
    "minvu-ddu": "Ministerio de Vivienda y Urbanismo",
    "minsal": "Ministerio de Salud",
    "mineduc-nac": "Ministerio de Educación",
    "mtt-nac": "Ministerio de Transportes y Telecomunicaciones",
    "servel-nac": "Servicio Electoral",
    "mds": "Ministerio de Desarrollo Social y Familia",
}
MINISTRIES: dict[str, Service] = {
    s.key: s
    for s in (
        SERVICES["subdere"],
        Service("minvu-ddu", "Ministerio de Vivienda y Urbanismo",
                "Jefa División de Desarrollo Urbano", "Santiago", "",
                "División de Desarrollo Urbano", "gob", "", "minvu.gob.cl", True, "DDU"),
        Service("minsal", "Subsecretaría de Redes Asistenciales", "Subsecretario de Redes "
                "Asistenciales", "Santiago", "Ministerio de Salud", "División de Atención "
                "Primaria", "gob", "", "minsal.cl"),
        Service("mineduc-nac", "Subsecretaría de Educación", "Subsecretaria de Educación",
                "Santiago", "Ministerio de Educación", "", "gob", "", "mineduc.cl", True),
        Service("mtt-nac", "Subsecretaría de Transportes", "Subsecretario de Transportes",
                "Santiago", "Ministerio de Transportes y Telecomunicaciones", "", "gob", "",
                "mtt.gob.cl"),
        Service("servel-nac", "Servicio Electoral", "Director del Servicio Electoral", "Santiago",
                "", "Subdirección de Operaciones", "ballot", "", "servel.cl"),
        Service("mds", "Subsecretaría de Servicios Sociales", "Subsecretaria de Servicios Sociales",
                "Santiago", "Ministerio de Desarrollo Social y Familia", "", "gob", "",
                "desarrollosocialyfamilia.gob.cl", True),
    )
}  # fmt: skip


def lookup(key: str) -> Service:
    return SERVICES.get(key) or MINISTRIES[key]


def head_lines(s: Service, upper: bool, with_office: bool) -> tuple[str, ...]:
    """The letterhead's lines, top to bottom."""
    lines = [x for x in (s.above, s.org, s.office if with_office else "") if x]
    if s.city == "Coyhaique" and "Aysén" not in " ".join(lines) and with_office:
        lines.append("Región de Aysén")
    return tuple(x.upper() for x in lines) if upper else tuple(lines)


# The (feminine, masculine) first words of the services' posts.
GENDERED = (
    ("Directora", "Director"),
    ("Secretaria", "Secretario"),
    ("Subsecretaria", "Subsecretario"),
    ("Delegada", "Delegado"),
    ("Gobernadora", "Gobernador"),
    ("Tesorera", "Tesorero"),
    ("Contralora", "Contralor"),
    ("Jefa", "Jefe"),
)


def signer_post(s: Service, female: bool) -> str:
    """The post as a woman or a man holds it."""
    return gendered(s.cargo, female, GENDERED)
