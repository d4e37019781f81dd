"""What every command needs: its data home, the person it acts as, and secrets typed in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive import Actor
from partes import services
from partes.errors import UsageError
from partes.wiring import App, opened, resolve_home
from signing import SignerUnavailable

ENV_USER = "PARTES_USER"
ENV_PASSWORD = "PARTES_PASSWORD"


@dataclass(frozen=True)
class Context:
    home: Path
    user: str | None
    json: bool

    @classmethod
    def of(cls, args: argparse.Namespace) -> Context:
        user = getattr(args, "user", None) or os.environ.get(ENV_USER) or None
        return cls(
            home=resolve_home(getattr(args, "home", None)),
            user=user,
            json=bool(getattr(args, "json", False)),
        )

    @contextmanager
    def session(self) -> Iterator[tuple[App, Actor]]:
        """The opened home and who acts in it: ``--user``, or the local operator."""
        with opened(self.home) as app:
            yield app, self.actor(app)

    def standalone_actor(self) -> Actor:
        """For commands that need no data home (verify or sign a loose file)."""
        if self.user is None:
            return services.local_operator("cli")
        with opened(self.home) as app:
            return self.actor(app)

    def actor(self, app: App | None) -> Actor:
        if self.user is None:
            return services.local_operator("cli")
        if app is None:
            raise UsageError("«--user» necesita un directorio de datos (partes init).")
        return services.acting_as(app, login=self.user, channel="cli")


def secret_from_env_or_prompt(variable: str, what: str) -> str:
    """A passphrase or PIN: from the variable the profile names, or asked on a terminal."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(f"{what}: ")
    raise SignerUnavailable(
        f"Falta {what.lower()}: defina la variable de entorno «{variable}».",
        "La contraseña nunca se guarda en partes.toml.",
    )


def current_password() -> str:
    """The person's current password: $PARTES_CURRENT_PASSWORD, or typed on a terminal."""
    value = os.environ.get("PARTES_CURRENT_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError("Falta la contraseña actual: escríbala en un terminal.")
    return getpass.getpass("Contraseña actual: ")


def new_password(prompt: str = "Contraseña nueva") -> str:
    """A password for a user: $PARTES_PASSWORD for scripts, or typed twice on a terminal."""
    value = os.environ.get(ENV_PASSWORD)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(
            f"Falta la contraseña: escríbala en un terminal o defina «{ENV_PASSWORD}»."
        )
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass("Repítala: ") != first:
        raise UsageError("Las contraseñas no coinciden; no se cambió nada.")
    return first
