"""The public services that write to Vichuquén, each with the municipal units its matters
usually concern, and how its letterhead looks."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    org: str  # the name the letterhead prints (the truth's sender_org)
    cargo: str  # the signer's post (the truth's sender)
    city: str
    units: tuple[str, ...]
    above: str = ""  # the ministry or the power printed above the name
    emblem: str = "gob"  # gob, cgr, pjud, carab, seal
    office: str = ""  # a department line under the name
    street: str = ""
    female: bool = False


SERVICES: tuple[Service, ...] = (
    Service("Contraloría Regional del Maule", "Contralor Regional del Maule", "Talca",
            ("control", "daf", "administracion"), emblem="cgr",
            office="Unidad de Control Externo", street="1 Poniente 1180, Talca"),
    Service("Secretaría Regional Ministerial de Salud Región del Maule",
            "Secretaria Regional Ministerial de Salud", "Talca", ("salud", "dom", "jpl"),
            above="Ministerio de Salud", office="Departamento de Acción Sanitaria",
            street="2 Norte 963, Talca", female=True),
    Service("Secretaría Regional Ministerial de Educación Región del Maule",
            "Secretario Regional Ministerial de Educación", "Talca", ("educacion",),
            above="Ministerio de Educación", street="4 Norte 1015, Talca"),
    Service("SEREMI de Vivienda y Urbanismo Región del Maule",
            "Secretario Regional Ministerial de Vivienda y Urbanismo", "Talca",
            ("dom", "secplan"), above="Ministerio de Vivienda y Urbanismo",
            office="Departamento de Desarrollo Urbano e Infraestructura"),
    Service("Secretaría Regional Ministerial de Transportes y Telecomunicaciones del Maule",
            "Secretaria Regional Ministerial de Transportes", "Talca", ("transito",),
            above="Ministerio de Transportes y Telecomunicaciones", female=True),
    Service("SEREMI de Desarrollo Social y Familia Región del Maule",
            "Secretario Regional Ministerial de Desarrollo Social y Familia", "Talca",
            ("dideco",), above="Ministerio de Desarrollo Social y Familia"),
    Service("Delegación Presidencial Provincial de Curicó", "Delegada Presidencial Provincial",
            "Curicó", ("alcaldia", "dideco", "transito"), above="Ministerio del Interior",
            street="Merced 255, Curicó", female=True),
    Service("Gobierno Regional del Maule", "Gobernador Regional del Maule", "Talca",
            ("secplan", "alcaldia"), emblem="seal", office="División de Presupuesto e Inversión"),
    Service("Dirección de Obras Hidráulicas Región del Maule",
            "Director Regional de Obras Hidráulicas", "Talca", ("secplan", "dom"),
            above="Ministerio de Obras Públicas",
            office="Subdirección de Servicios Sanitarios Rurales"),
    Service("Dirección Regional de Vialidad Región del Maule", "Director Regional de Vialidad",
            "Talca", ("dom", "transito"), above="Ministerio de Obras Públicas"),
    Service("SERVIU Región del Maule", "Directora SERVIU Región del Maule", "Talca",
            ("dom", "dideco", "secplan"), above="Ministerio de Vivienda y Urbanismo",
            female=True),
    Service("Carabineros de Chile, Retén Vichuquén", "Sargento 1° Jefe de Retén",
            "Vichuquén", ("jpl", "transito", "alcaldia"), emblem="carab",
            above="Prefectura Curicó N° 15"),
    Service("Carabineros de Chile, Tenencia Licantén", "Teniente Jefe de Tenencia",
            "Licantén", ("jpl", "juridica", "transito"), emblem="carab"),
    Service("Juzgado de Letras y Garantía de Licantén", "Juez Titular", "Licantén",
            ("juridica", "dideco", "jpl"), emblem="pjud", above="Poder Judicial"),
    Service("Corte de Apelaciones de Talca", "Secretaria de la Corte", "Talca", ("juridica",),
            emblem="pjud", above="Poder Judicial", female=True),
    Service("Fiscalía Local de Licantén", "Fiscal Adjunto", "Licantén", ("juridica", "dideco"),
            emblem="seal", above="Ministerio Público de Chile"),
    Service("Servicio de Salud del Maule", "Director Servicio de Salud del Maule", "Talca",
            ("salud",), above="Ministerio de Salud", office="Subdirección de Atención Primaria"),
    Service("Superintendencia de Educación, Dirección Regional del Maule",
            "Directora Regional Superintendencia de Educación", "Talca", ("educacion",),
            female=True),
    Service("JUNAEB Dirección Regional del Maule", "Director Regional JUNAEB", "Talca",
            ("educacion", "dideco"), above="Ministerio de Educación"),
    Service("Servicio Nacional de Prevención y Respuesta ante Desastres, Región del Maule",
            "Director Regional SENAPRED", "Talca", ("dideco", "alcaldia"),
            above="Ministerio del Interior"),
    Service("Servicio de Impuestos Internos, Dirección Regional Talca", "Director Regional",
            "Talca", ("daf",), above="Ministerio de Hacienda"),
    Service("Subsecretaría de Desarrollo Regional y Administrativo", "Subsecretario de Desarrollo "
            "Regional y Administrativo", "Santiago", ("secplan", "daf", "administracion"),
            above="Ministerio del Interior"),
    Service("Consejo para la Transparencia", "Director General", "Santiago", ("administracion",),
            emblem="seal", street="Morandé 360, piso 7, Santiago"),
    Service("Inspección Provincial del Trabajo de Curicó", "Inspectora Provincial del Trabajo",
            "Curicó", ("administracion", "daf"), above="Dirección del Trabajo", female=True),
    Service("Corporación Nacional Forestal, Región del Maule", "Director Regional CONAF",
            "Talca", ("dideco", "alcaldia"), above="Ministerio de Agricultura"),
    Service("Servicio de Registro Civil e Identificación, Dirección Regional del Maule",
            "Director Regional", "Talca", ("secretaria-municipal", "dideco"),
            above="Ministerio de Justicia y Derechos Humanos",
            office="Registro Nacional de Personas Jurídicas sin Fines de Lucro"),
    Service("Tribunal Electoral Regional del Maule", "Secretaria Relatora", "Talca",
            ("secretaria-municipal",), emblem="pjud", female=True),
    Service("Tesorería General de la República, Tesorería Regional del Maule",
            "Tesorero Regional del Maule", "Talca", ("daf",), above="Ministerio de Hacienda"),
    Service("Capitanía de Puerto de Constitución", "Capitán de Puerto", "Constitución",
            ("dom", "alcaldia"), emblem="seal", above="Armada de Chile"),
)  # fmt: skip

CONTRALORIA_GENERAL = Service(
    "Contraloría General de la República",
    "Contralora General de la República",
    "Santiago",
    ("control",),
    emblem="cgr",
    office="División de Municipalidades",
    street="Teatinos 56, Santiago",
    female=True,
)
CONTRALORIA = SERVICES[0]

# Ministries that send «CIRCULAR ORD.» to every mayor.
MINISTRIES: tuple[Service, ...] = (
    Service("Subsecretaría de Educación", "Subsecretaria de Educación", "Santiago",
            ("educacion",), above="Ministerio de Educación", female=True),
    Service("Subsecretaría de Redes Asistenciales", "Subsecretario de Redes Asistenciales",
            "Santiago", ("salud",), above="Ministerio de Salud"),
    Service("Subsecretaría de Desarrollo Regional y Administrativo", "Subsecretario de "
            "Desarrollo Regional y Administrativo", "Santiago",
            ("secplan", "daf", "administracion", "alcaldia"), above="Ministerio del Interior"),
    Service("Subsecretaría de Transportes", "Subsecretaria de Transportes", "Santiago",
            ("transito",), above="Ministerio de Transportes y Telecomunicaciones", female=True),
    Service("División de Desarrollo Urbano", "Jefe División de Desarrollo Urbano", "Santiago",
            ("dom",), above="Ministerio de Vivienda y Urbanismo"),
    Service("Subsecretaría de Servicios Sociales", "Subsecretario de Servicios Sociales",
            "Santiago", ("dideco",), above="Ministerio de Desarrollo Social y Familia"),
)  # fmt: skip


def for_unit(rng: random.Random, unit: str, pool: tuple[Service, ...] = SERVICES) -> Service:
    """A service whose matters concern ``unit`` (any service if none does)."""
    fitting = [s for s in pool if unit in s.units]
    return rng.choice(fitting or list(pool))


# Services that issue resoluciones exentas (not courts, police or prosecutors).
ADMINISTRATIVE = tuple(
    s for s in SERVICES if s.emblem not in ("pjud", "carab") and "Fiscalía" not in s.org
)
MAULE = ("Talca", "Curicó", "Licantén", "Vichuquén", "Constitución")


def where(s: Service) -> str:
    """The address line of a footer."""
    if s.street:
        return s.street
    return f"{s.city}, Región del Maule" if s.city in MAULE else f"{s.city}, Región Metropolitana"


def domain(s: Service) -> str:
    """A plausible web address for the footer."""
    if s.emblem == "pjud":
        return "www.pjud.cl"
    if s.emblem == "carab":
        return "www.carabineros.cl"
    if s.emblem == "cgr":
        return "www.contraloria.cl"
    words = [w for w in s.org.lower().split() if len(w) > 3][:2]
    return (
        "www."
        + "".join(words).translate(str.maketrans("áéíóú,", "aeiou ")).replace(" ", "")
        + ".gob.cl"
    )
