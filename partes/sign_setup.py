"""From a signing profile of partes.toml to an open key: secrets come from the environment
(or a prompt on a terminal), never from the configuration."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping

from partes.errors import ConfigError
from signing import (
    Pkcs11Backend,
    Pkcs12Backend,
    SignerBackend,
    SignerUnavailable,
    SigningProfile,
    SigningSettings,
)
from signing.firmagob import FirmaGobBackend

DEFAULT_PROFILE = "secretario"


def profile_named(settings: SigningSettings, name: str | None) -> SigningProfile:
    wanted = name or DEFAULT_PROFILE
    profile = settings.profile(wanted)
    if profile is None:
        known = ", ".join(p.name for p in settings.profiles) or "ninguno"
        raise ConfigError(
            f"No hay un perfil de firma «{wanted}» en «signing.profiles» (perfiles: {known}). "
            "Vea la sección «Firma electrónica» del README."
        )
    return profile


def secret(variable: str, what: str, env: Mapping[str, str] = os.environ) -> str:
    """The value of ``variable``; on a terminal, asked for when the variable is not set."""
    value = env.get(variable)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(f"{what}: ")
    raise SignerUnavailable(
        f"Falta {what.lower()}: defina la variable de entorno «{variable}».",
        "La contraseña nunca se guarda en partes.toml.",
    )


def backend_for(profile: SigningProfile, env: Mapping[str, str] = os.environ) -> SignerBackend:
    if profile.backend == "pkcs12":
        passphrase = secret(profile.pkcs12.passphrase_env, "Contraseña del certificado", env)
        return Pkcs12Backend(profile.pkcs12, passphrase.encode("utf-8") or None)
    if profile.backend == "pkcs11":
        pin = secret(profile.pkcs11.pin_env, "PIN del dispositivo criptográfico", env)
        return Pkcs11Backend(profile.pkcs11, pin)
    settings = profile.firmagob
    return FirmaGobBackend(
        settings,
        api_token_key=secret(settings.api_token_key_env, "API token key de FirmaGob", env),
        secret=secret(settings.secret_env, "Secreto de FirmaGob", env),
    )
