"""The ``[tramite]`` and ``[mail]`` tables: plazos of derivations and the daily digest."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from partes.errors import ConfigError

_HOUR = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True, kw_only=True)
class Plazos:
    """Días hábiles by instruction (Ley 19.880 art. 24); «archivo» has none."""

    conocimiento: int = 1
    tramitacion: int = 1
    informe: int = 10
    respuesta: int = 20

    def table(self) -> dict[str, int | None]:
        return {
            "conocimiento": self.conocimiento,
            "tramitacion": self.tramitacion,
            "informe": self.informe,
            "respuesta": self.respuesta,
            "archivo": None,
        }


@dataclass(frozen=True, kw_only=True)
class TramiteSettings:
    # A writing filed after this local hour counts from the next día hábil.
    closing_hour: str = "14:00"
    # Days the municipality declares closed (ISO dates), besides the holidays.
    closed_days: tuple[str, ...] = ()
    # An open derivation is «por vencer» this many días hábiles before its plazo ends.
    due_soon_days: int = 3
    plazos: Plazos = field(default_factory=Plazos)

    @property
    def closing(self) -> time:
        hour, minute = self.closing_hour.split(":")
        return time(int(hour), int(minute))

    @property
    def closed_dates(self) -> frozenset[date]:
        return frozenset(date.fromisoformat(d) for d in self.closed_days)


@dataclass(frozen=True, kw_only=True)
class Mailbox:
    unit: str
    address: str


@dataclass(frozen=True, kw_only=True)
class MailSettings:
    # SMTP server of the daily digest; empty: no mail is sent.
    host: str = ""
    port: int = 25
    sender: str = ""
    starttls: bool = False
    username: str = ""
    # The password is read from this environment variable, never from the file.
    password_env: str = "PARTES_SMTP_PASSWORD"
    # Address of the web application, for the links in the digest.
    base_url: str = ""
    mailboxes: tuple[Mailbox, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.host)


def validate_tramite(tramite: TramiteSettings, mail: MailSettings, units: set[str]) -> None:
    if not _HOUR.match(tramite.closing_hour):
        raise ConfigError('«tramite.closing_hour» debe ser una hora HH:MM, p. ej. "14:00".')
    for day in tramite.closed_days:
        try:
            date.fromisoformat(day)
        except ValueError:
            raise ConfigError(
                f"«tramite.closed_days» contiene {day!r}; use fechas AAAA-MM-DD."
            ) from None
    plazos = tramite.plazos.table()
    if any(v is not None and not 0 <= v <= 365 for v in plazos.values()):
        raise ConfigError("Los plazos de «tramite.plazos» deben estar entre 0 y 365 días.")
    if not 0 <= tramite.due_soon_days <= 60:
        raise ConfigError("«tramite.due_soon_days» debe estar entre 0 y 60.")
    if mail.enabled and not _ADDRESS.match(mail.sender):
        raise ConfigError("«mail.sender» debe ser una dirección de correo cuando hay «mail.host».")
    for i, box in enumerate(mail.mailboxes):
        if box.unit not in units:
            raise ConfigError(f"«mail.mailboxes[{i}].unit»: la unidad «{box.unit}» no existe.")
        if not _ADDRESS.match(box.address):
            raise ConfigError(f"«mail.mailboxes[{i}].address» no es una dirección de correo.")
