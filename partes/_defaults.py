"""Defaults of a Chilean municipality's Oficina de Partes (what ``partes init`` writes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from archive.numbering import Series
    from partes.config import Station
    from pipeline.classify import Unit


def default_stations() -> tuple[Station, ...]:
    from partes.config import Station

    return (
        Station(code="oficina-partes", name="Mesón de la Oficina de Partes"),
        Station(code="alcaldia", name="Escáner de Alcaldía"),
    )


def default_units() -> tuple[Unit, ...]:
    from pipeline.classify import Unit

    table = [
        ("alcaldia", "Alcaldía", ("alcalde", "alcaldesa", "audiencia")),
        ("secretaria-municipal", "Secretaría Municipal", ("concejo", "secretario municipal")),
        ("administracion", "Administración Municipal", ("administrador municipal",)),
        ("dom", "Dirección de Obras Municipales", ("permiso de edificación", "obras", "loteo")),
        (
            "dideco",
            "Dirección de Desarrollo Comunitario",
            ("subsidio", "social", "junta de vecinos"),
        ),
        ("secplan", "Secretaría Comunal de Planificación", ("proyecto", "licitación", "fndr")),
        ("daf", "Dirección de Administración y Finanzas", ("pago", "factura", "presupuesto")),
        ("transito", "Dirección de Tránsito", ("licencia de conducir", "permiso de circulación")),
        ("jpl", "Juzgado de Policía Local", ("citación", "infracción", "juzgado")),
        ("control", "Dirección de Control", ("auditoría", "contraloría")),
        ("juridica", "Asesoría Jurídica", ("recurso", "demanda", "sumario")),
        ("salud", "Departamento de Salud", ("cesfam", "salud", "posta")),
        ("educacion", "Departamento de Educación", ("escuela", "liceo", "daem")),
    ]
    return tuple(Unit(code=c, name=n, keywords=k) for c, n, k in table)


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
