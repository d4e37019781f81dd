"""From a signing profile of partes.toml to an open key. Secrets (passphrase, PIN, service
keys) come from the door that asked, through ``Secrets``: the environment or a prompt on the
command line, a form field on the web. Never from the configuration, never stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from partes.errors import ConfigError

if TYPE_CHECKING:  # pyHanko and aiohttp: imported when a key is opened, not before
    from signing import SignerBackend, SigningProfile, SigningSettings

DEFAULT_PROFILE = "secretario"
# (environment variable named by the profile, what it is in Spanish) → the secret
Secrets = Callable[[str, str], str]


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


def backend_for(profile: SigningProfile, secret: Secrets) -> SignerBackend:
    from signing import Pkcs11Backend, Pkcs12Backend
    from signing.firmagob import FirmaGobBackend

    if profile.backend == "pkcs12":
        passphrase = secret(profile.pkcs12.passphrase_env, "Contraseña del certificado")
        return Pkcs12Backend(profile.pkcs12, passphrase.encode("utf-8") or None)
    if profile.backend == "pkcs11":
        pin = secret(profile.pkcs11.pin_env, "PIN del dispositivo criptográfico")
        return Pkcs11Backend(profile.pkcs11, pin)
    settings = profile.firmagob
    return FirmaGobBackend(
        settings,
        api_token_key=secret(settings.api_token_key_env, "API token key de FirmaGob"),
        secret=secret(settings.secret_env, "Secreto de FirmaGob"),
    )
