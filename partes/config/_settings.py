"""Configuration of a data home: ``partes.toml`` loaded into frozen dataclasses.

Loading is strict on purpose: a misspelt key in a municipality's configuration must
stop the service with a message naming the key, not be silently ignored.
"""

from __future__ import annotations

import re
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, TypeVar

from archive.numbering import Series
from index import BACKENDS
from ocr import OcrSettings
from partes.config._conservation import ConservationSettings, validate_conservation
from partes.config._defaults import default_routing, default_series, default_stations, default_units
from partes.config._import import ImportSettings, validate_import
from partes.config._tramite import MailSettings, TramiteSettings, validate_tramite
from partes.errors import ConfigError
from pipeline.classification.classify import ClassificationSettings, Unit
from pipeline.classification.routing import RoutingRule, check_rule
from pipeline.flows.job import IMPORT_STATION
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES
from signing.settings import SigningSettings
from signing.settings import problems as signing_problems
from watch_folders import WatchSettings

_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_PREFIX = re.compile(r"^[A-Z]{1,4}$")


@dataclass(frozen=True, kw_only=True)
class Municipality:
    name: str = "Ilustre Municipalidad de Negrete"
    commune: str = "Negrete"
    region: str = "BI"


@dataclass(frozen=True, kw_only=True)
class Station:
    code: str
    name: str
    # Network shares (SMB/NFS) send no events: they are watched by polling.
    network_share: bool = False
    # The station's inbox; empty: inbox/<code>/ in the data home. Relative to the home.
    path: str = ""
    # Split multi-page scans at separator sheets (``partes separator``).
    separators: bool = True


@dataclass(frozen=True, kw_only=True)
class DatabaseSettings:
    # How long a write waits for another process holding the registry database before the
    # system counts as unavailable (the watcher pauses, a command says so), in seconds.
    busy_timeout_seconds: float = 120.0


@dataclass(frozen=True, kw_only=True)
class SecuritySettings:
    # A system group that may read the data home (never write); empty: the user alone.
    group: str = ""


@dataclass(frozen=True, kw_only=True)
class SearchSettings:
    # The full-text index: "fts5" (SQLite FTS5, file search.db; the default, chosen by
    # bench/search.py) or "whoosh" (folder index/). After changing it, «partes reindex»
    # builds the new index from the archive.
    backend: str = "fts5"


@dataclass(frozen=True, kw_only=True)
class Config:
    municipality: Municipality = field(default_factory=Municipality)
    stations: tuple[Station, ...] = field(default_factory=default_stations)
    units: tuple[Unit, ...] = field(default_factory=default_units)
    series: tuple[Series, ...] = field(default_factory=default_series)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    classification: ClassificationSettings = field(default_factory=ClassificationSettings)
    routing: tuple[RoutingRule, ...] = field(default_factory=default_routing)
    watch: WatchSettings = field(default_factory=WatchSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    search: SearchSettings = field(default_factory=SearchSettings)
    signing: SigningSettings = field(default_factory=SigningSettings)
    tramite: TramiteSettings = field(default_factory=TramiteSettings)
    mail: MailSettings = field(default_factory=MailSettings)
    conservation: ConservationSettings = field(default_factory=ConservationSettings)
    importacion: ImportSettings = field(default_factory=ImportSettings)

    def station(self, code: str) -> Station:
        for station in self.stations:
            if station.code == code:
                return station
        known = ", ".join(s.code for s in self.stations)
        raise ConfigError(f"La estación «{code}» no está configurada (estaciones: {known}).")


T = TypeVar("T")


def load_config(path: Path) -> Config:
    """Read and validate ``partes.toml``; every problem names the offending key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"No existe el archivo de configuración {path}. Ejecute «partes init» primero."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} no es TOML válido: {exc}.") from None
    config = _build(Config, data, "")
    _validate(config)
    return config


def config_from_dict(data: dict[str, Any]) -> Config:
    config = _build(Config, data, "")
    _validate(config)
    return config


def _build(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise ConfigError(f"«{where or 'raíz'}» debe ser una tabla TOML.")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    for key in data:
        if key not in known:
            valid = ", ".join(sorted(known))
            raise ConfigError(
                f"Clave desconocida «{_join(where, key)}» en la configuración "
                f"(claves válidas aquí: {valid})."
            )
    values: dict[str, Any] = {}
    for name, spec in known.items():
        key = _join(where, name)
        if name in data:
            values[name] = _coerce(hints[name], data[name], key)
        elif spec.default is MISSING and spec.default_factory is MISSING:
            raise ConfigError(f"Falta la clave obligatoria «{key}» en la configuración.")
    return cls(**values)


def _coerce(hint: Any, value: Any, key: str) -> Any:
    origin = typing.get_origin(hint)
    if is_dataclass(hint):
        return _build(hint, value, key)  # type: ignore[arg-type]
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(f"«{key}» debe ser una lista.")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_coerce(item_hint, v, f"{key}[{i}]") for i, v in enumerate(value))
    if origin is types.UnionType:
        raise TypeError(f"unsupported hint {hint}")
    if hint is float and type(value) in (int, float):
        return float(value)
    expected = {
        str: "un texto",
        int: "un número entero",
        bool: "verdadero o falso (true/false)",
        float: "un número",
    }
    if hint in expected and (type(value) is not hint):
        raise ConfigError(f"«{key}» debe ser {expected[hint]}; se encontró {value!r}.")
    return value


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _validate(config: Config) -> None:
    _unique_codes("stations", [s.code for s in config.stations])
    _unique_codes("units", [u.code for u in config.units])
    _unique_codes("series", [s.code for s in config.series])
    if not config.stations:
        raise ConfigError("Configure al menos una estación de digitalización en «stations».")
    for i, series in enumerate(config.series):
        if not _PREFIX.match(series.prefix):
            raise ConfigError(
                f"«series[{i}].prefix» debe tener de 1 a 4 letras mayúsculas; "
                f"se encontró {series.prefix!r}."
            )
        for d in series.directions:
            if d not in DIRECTIONS:
                raise ConfigError(
                    f"«series[{i}].directions» contiene {d!r}; use {', '.join(DIRECTIONS)}."
                )
        for t in series.doc_types:
            if t not in DOC_TYPES:
                raise ConfigError(f"«series[{i}].doc_types» contiene un tipo desconocido: {t!r}.")
    prefixes = [s.prefix for s in config.series]
    if len(set(prefixes)) != len(prefixes):
        raise ConfigError("Dos series usan el mismo prefijo en «series»; cada prefijo es único.")
    for direction in DIRECTIONS:
        if not any(s.matches(direction, "otro") and not s.doc_types for s in config.series):
            raise ConfigError(
                f"Ninguna serie numera documentos de dirección «{direction}»: agregue en "
                "«series» una serie con esa dirección y sin «doc_types»."
            )
    _validate_routing(config)
    _validate_watch(config.watch)
    if config.search.backend not in BACKENDS:
        raise ConfigError(
            f"«search.backend» debe ser uno de: {', '.join(BACKENDS)}; "
            f"se encontró {config.search.backend!r}."
        )
    if config.database.busy_timeout_seconds <= 0:
        raise ConfigError("«database.busy_timeout_seconds» debe ser positivo.")
    validate_tramite(config.tramite, config.mail, {u.code for u in config.units})
    validate_conservation(config.conservation)
    current = {s.code: s.prefix for s in config.series}
    validate_import(config.importacion, current=current, directions=DIRECTIONS)
    if any(s.code == IMPORT_STATION for s in config.stations):
        raise ConfigError(
            f"«{IMPORT_STATION}» no puede ser el código de una estación: es el de lo importado."
        )
    for problem in signing_problems(config.signing):
        raise ConfigError(problem)
    if config.ocr.image_dpi < 50 or config.ocr.image_dpi > 1200:
        raise ConfigError("«ocr.image_dpi» debe estar entre 50 y 1200.")
    if config.ocr.timeout_seconds <= 0 or config.ocr.jobs < 1:
        raise ConfigError("«ocr.timeout_seconds» y «ocr.jobs» deben ser positivos.")


def _validate_routing(config: Config) -> None:
    threshold = config.classification.review_threshold
    if not 0 <= threshold <= 1:
        raise ConfigError("«classification.review_threshold» debe estar entre 0 y 1.")
    units = {u.code for u in config.units}
    for i, rule in enumerate(config.routing):
        problem = check_rule(rule)
        if rule.unit not in units:
            problem = f"la unidad «{rule.unit}» no está en «units»"
        elif rule.doc_type and rule.doc_type not in DOC_TYPES:
            problem = f"«doc_type» {rule.doc_type!r} no es un tipo conocido"
        if problem:
            raise ConfigError(f"«routing[{i}]»: {problem}.")


def _validate_watch(watch: WatchSettings) -> None:
    if watch.stability_seconds < 0 or watch.stability_seconds > 3600:
        raise ConfigError("«watch.stability_seconds» debe estar entre 0 y 3600 segundos.")
    if watch.rescan_seconds < 1 or watch.poll_seconds <= 0:
        raise ConfigError(
            "«watch.rescan_seconds» (≥ 1) y «watch.poll_seconds» deben ser positivos."
        )
    if watch.queue_size < 1:
        raise ConfigError("«watch.queue_size» debe ser al menos 1.")
    if not 0 < watch.pause_seconds <= watch.pause_max_seconds:
        raise ConfigError(
            "«watch.pause_seconds» debe ser positivo y no mayor que «watch.pause_max_seconds»."
        )


def _unique_codes(section: str, codes: list[str]) -> None:
    for i, code in enumerate(codes):
        if not _CODE.match(code):
            raise ConfigError(
                f"«{section}[{i}].code» debe ser minúsculas, dígitos, «-» o «_» "
                f"(máx. 40); se encontró {code!r}."
            )
    if len(set(codes)) != len(codes):
        raise ConfigError(f"Hay códigos repetidos en «{section}».")
