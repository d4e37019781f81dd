"""The ``[conservation]`` table: where the chains' checkpoints go, and when the service
writes one and audits the archive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from partes.errors import ConfigError

_HOUR = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True, kw_only=True)
class ConservationSettings:
    # A folder OUTSIDE the data home (a second disk, a network share); relative paths are
    # taken from the data home. Empty: no checkpoints.
    checkpoints: str = ""
    # Local hour of the service's daily checkpoint.
    checkpoint_hour: str = "23:30"
    # Day of the service's weekly audit (1 = lunes … 7 = domingo); 0: never.
    audit_weekday: int = 7

    def folder(self, home: Path) -> Path | None:
        return (home / self.checkpoints).resolve() if self.checkpoints else None


def validate_conservation(settings: ConservationSettings) -> None:
    if not _HOUR.match(settings.checkpoint_hour):
        raise ConfigError("«conservation.checkpoint_hour» debe ser una hora HH:MM (24 horas).")
    if not 0 <= settings.audit_weekday <= 7:
        raise ConfigError("«conservation.audit_weekday» va de 1 (lunes) a 7 (domingo), o 0.")
