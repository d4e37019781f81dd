"""Defaults of a Chilean municipality's Oficina de Partes (what ``partes init`` writes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive.numbering import Series
    from partes.config._settings import Station
    from pipeline.classification.classify import Unit
    from pipeline.classification.routing import RoutingRule


def default_stations() -> tuple[Station, ...]:
    from partes.config._settings import Station

    return (
        Station(code="oficina-partes", name="Mesón de la Oficina de Partes"),
        Station(code="alcaldia", name="Escáner de Alcaldía"),
    )


# (code, name, keywords) of the units a Chilean municipality has.
_UNITS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "alcaldia",
        "Alcaldía",
        (
            "audiencia",
            "gabinete del alcalde",
            "gabinete de alcaldía",
            "jefe de gabinete",
            "ceremonia",
            "aniversario",
            "protocolo",
            "saludo protocolar",
            "cuenta pública",
        ),
    ),
    (
        "secretaria-municipal",
        "Secretaría Municipal",
        (
            "concejo",
            "secretario municipal",
            "acuerdos del concejo",
            "concejales",
            "acuerdo del concejo",
            "sesión ordinaria",
            "sesión extraordinaria",
        ),
    ),
    (
        "administracion",
        "Administración Municipal",
        (
            "administrador municipal",
            "personal municipal",
            "reglamento interno",
            "recursos humanos",
            "funcionarios municipales",
            "feriado legal",
            "permiso administrativo",
            "licencia médica",
            "licencias médicas",
            "transparencia activa",
            "ley de transparencia",
        ),
    ),
    (
        "dom",
        "Dirección de Obras Municipales",
        (
            "permiso de edificación",
            "obras",
            "loteo",
            "pavimentación",
            "construcción",
            "construcciones",
            "ordenanza general de urbanismo",
            "recepción final",
            "alumbrado",
            "iluminación",
            "edificación",
            "subdivisión",
            "plan regulador",
            "informaciones previas",
            "demolición",
            "veredas",
            "alcantarillado",
            "aguas lluvias",
            "luminarias",
        ),
    ),
    (
        "dideco",
        "Dirección de Desarrollo Comunitario",
        (
            "subsidio",
            "social",
            "junta de vecinos",
            "juntas de vecinos",
            "registro social de hogares",
            "dirigentes",
            "organizaciones comunitarias",
            "ayuda social",
            "asistente social",
            "informe social",
            "emergencia",
            "damnificados",
            "albergue",
            "albergues",
            "discapacidad",
        ),
    ),
    (
        "secplan",
        "Secretaría Comunal de Planificación",
        (
            "proyecto",
            "licitación",
            "fndr",
            "fondo nacional de desarrollo regional",
            "proyectos",
            "licitación pública",
            "mercado público",
            "bases de licitación",
            "adjudicación",
            "mejoramiento urbano",
            "mejoramiento de barrios",
            "fril",
        ),
    ),
    (
        "daf",
        "Dirección de Administración y Finanzas",
        (
            "pago",
            "factura",
            "presupuesto",
            "presupuestaria",
            "patentes",
            "tesorería",
            "remuneraciones",
            "contabilidad",
            "orden de compra",
            "adquisiciones",
            "patente comercial",
            "derechos municipales",
            "modificación presupuestaria",
        ),
    ),
    (
        "transito",
        "Dirección de Tránsito",
        (
            "licencia de conducir",
            "licencias de conducir",
            "permiso de circulación",
            "permisos de circulación",
            "tránsito",
            "señalética",
            "demarcación",
            "estacionamiento",
            "estacionamientos",
            "semáforo",
            "semáforos",
            "señalización",
            "paradero",
            "paraderos",
            "transporte público",
            "reductores de velocidad",
        ),
    ),
    (
        "jpl",
        "Juzgado de Policía Local",
        (
            "citación",
            "infracción",
            "juzgado",
            "ordenanza",
            "denuncia",
            "fiscalización",
            "multa",
            "multas",
            "infracciones",
            "denuncias",
            "ruidos molestos",
            "juez de policía local",
        ),
    ),
    (
        "control",
        "Dirección de Control",
        (
            "auditoría",
            "contraloría",
            "rendición de cuentas",
            "balance",
            "control interno",
            "dictamen",
            "dictámenes",
            "informe final",
            "ejecución presupuestaria",
            "auditorías",
        ),
    ),
    (
        "juridica",
        "Asesoría Jurídica",
        (
            "recurso",
            "demanda",
            "sumario",
            "tribunal",
            "recurso de protección",
            "juicio",
            "querella",
            "tribunales",
            "corte de apelaciones",
            "juzgado de letras",
            "sumario administrativo",
            "investigación sumaria",
            "comodato",
            "informe jurídico",
        ),
    ),
    (
        "salud",
        "Departamento de Salud",
        (
            "cesfam",
            "salud",
            "posta",
            "vacunación",
            "consultorio",
            "atención primaria",
            "cecosf",
            "sapu",
            "farmacia comunal",
            "campaña de invierno",
        ),
    ),
    (
        "educacion",
        "Departamento de Educación",
        (
            "escuela",
            "liceo",
            "daem",
            "docente",
            "escolar",
            "junaeb",
            "estudiantes",
            "alumnos",
            "matrícula",
            "colegio",
            "jardín infantil",
            "jardines infantiles",
            "profesores",
            "establecimientos educacionales",
            "subvención escolar",
        ),
    ),
)


def default_units() -> tuple[Unit, ...]:
    from pipeline.classification.classify import Unit

    return tuple(Unit(code=c, name=n, keywords=k) for c, n, k in _UNITS)


def default_series() -> tuple[Series, ...]:
    from archive.numbering import Series

    return (
        Series(code="ingreso", prefix="E", name="Ingreso de documentos", directions=("entrada",)),
        Series(
            code="oficios",
            prefix="OF",
            name="Oficios ordinarios",
            directions=("salida",),
            doc_types=("oficio", "oficio_reservado"),
        ),
        Series(
            code="decretos",
            prefix="DA",
            name="Decretos alcaldicios",
            directions=("salida", "interno"),
            doc_types=("decreto",),
        ),
        Series(
            code="memos",
            prefix="M",
            name="Memorándums internos",
            directions=("interno",),
            doc_types=("memorandum",),
        ),
        Series(
            code="despacho", prefix="S", name="Despacho de otros documentos", directions=("salida",)
        ),
        Series(
            code="interno", prefix="I", name="Otros documentos internos", directions=("interno",)
        ),
    )


def default_routing() -> tuple[RoutingRule, ...]:
    from pipeline.classification.routing import RoutingRule

    return (
        RoutingRule(
            name="Solicitudes de transparencia al encargado de transparencia",
            doc_type="solicitud_transparencia",
            unit="administracion",
        ),
        RoutingRule(
            name="Solicitudes de audiencia (Ley del Lobby) a Alcaldía",
            doc_type="solicitud_audiencia_lobby",
            unit="alcaldia",
        ),
        RoutingRule(
            name="Actas del Concejo a Secretaría Municipal",
            doc_type="acta_concejo",
            unit="secretaria-municipal",
        ),
        RoutingRule(
            name="Ordenanzas municipales a Secretaría Municipal",
            doc_type="ordenanza",
            unit="secretaria-municipal",
        ),
        RoutingRule(
            name="Dictámenes de Contraloría a Dirección de Control",
            doc_type="dictamen",
            unit="control",
        ),
        RoutingRule(
            name="Informes sociales a Desarrollo Comunitario",
            doc_type="informe",
            words=("informe social",),
            unit="dideco",
        ),
        RoutingRule(
            name="Informes jurídicos a Asesoría Jurídica",
            doc_type="informe",
            words=("informe jurídico", "informe en derecho"),
            unit="juridica",
        ),
    )
