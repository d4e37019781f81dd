"""The ``[importacion]`` table: the historical series of ``partes import`` and the columns of
the old libro de registro (a CSV or XLSX spreadsheet)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from partes.errors import ConfigError

_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_PREFIX = re.compile(r"^[A-Z]{1,4}$")


@dataclass(frozen=True, kw_only=True)
class HistoricalSeries:
    """A series of an existing archive: its numbers are kept as they were, never allocated."""

    code: str
    prefix: str
    name: str


@dataclass(frozen=True, kw_only=True)
class ImportColumns:
    """The spreadsheet's column titles (tildes, capitals and spaces do not matter)."""

    number: str = "numero"
    date: str = "fecha"
    sender: str = "remitente"
    subject: str = "materia"
    doc_type: str = "tipo"
    unit: str = "unidad"
    file: str = "archivo"
    direction: str = "direccion"


def _default_series() -> tuple[HistoricalSeries, ...]:
    return (HistoricalSeries(code="historico", prefix="H", name="Archivo histórico"),)


@dataclass(frozen=True, kw_only=True)
class ImportSettings:
    # The first is the one «partes import» uses without --series.
    series: tuple[HistoricalSeries, ...] = field(default_factory=_default_series)
    # Direction of a document the spreadsheet does not say (entrada, salida, interno).
    direction: str = "entrada"
    # Documents registered per transaction and per index commit.
    batch: int = 50
    columns: ImportColumns = field(default_factory=ImportColumns)


def validate_import(
    settings: ImportSettings, *, current: dict[str, str], directions: tuple[str, ...]
) -> None:
    """``current``: the prefix of each current series, by code (never shared)."""
    if not settings.series:
        raise ConfigError("Configure al menos una serie en «importacion.series».")
    codes = [s.code for s in settings.series]
    prefixes = [s.prefix for s in settings.series]
    for i, series in enumerate(settings.series):
        where = f"importacion.series[{i}]"
        if not _CODE.match(series.code):
            raise ConfigError(f"«{where}.code» debe ser minúsculas, dígitos, «-» o «_».")
        if not _PREFIX.match(series.prefix):
            raise ConfigError(f"«{where}.prefix» debe tener de 1 a 4 letras mayúsculas.")
        if series.code in current or series.prefix in current.values():
            raise ConfigError(
                f"«{where}» usa el código o el prefijo de una serie actual: una serie"
                " histórica nunca comparte números con las actuales."
            )
    if len(set(codes)) != len(codes) or len(set(prefixes)) != len(prefixes):
        raise ConfigError("Hay códigos o prefijos repetidos en «importacion.series».")
    if settings.direction not in directions:
        raise ConfigError(f"«importacion.direction» debe ser {', '.join(directions)}.")
    if not 1 <= settings.batch <= 1000:
        raise ConfigError("«importacion.batch» debe estar entre 1 y 1000.")
    titles = [getattr(settings.columns, f.name) for f in fields(ImportColumns)]
    if any(not t.strip() for t in titles) or len(set(titles)) != len(titles):
        raise ConfigError("Los títulos de «importacion.columns» no pueden ser vacíos ni repetirse.")
