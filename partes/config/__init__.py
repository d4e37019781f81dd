"""partes.toml: frozen dataclasses that reject unknown keys, with a municipality's defaults."""

from partes.config._conservation import ConservationSettings
from partes.config._import import HistoricalSeries, ImportColumns, ImportSettings
from partes.config._settings import (
    Config,
    Municipality,
    SecuritySettings,
    Station,
    config_from_dict,
    load_config,
)
from partes.config._template import TEMPLATE

__all__ = [
    "TEMPLATE",
    "Config",
    "ConservationSettings",
    "HistoricalSeries",
    "ImportColumns",
    "ImportSettings",
    "Municipality",
    "SecuritySettings",
    "Station",
    "config_from_dict",
    "load_config",
]
