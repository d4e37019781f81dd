"""Settings of signing and verification (the ``[signing]`` table of partes.toml).

Paths are as written in the configuration; ``resolved`` makes them absolute against the
data home. Secrets (passphrase, PIN, the FirmaGob secret) are never stored here: only the
name of the environment variable that holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
BACKENDS = ("pkcs12", "pkcs11", "firmagob")


@dataclass(frozen=True, kw_only=True)
class Pkcs12Settings:
    file: str = ""
    passphrase_env: str = "PARTES_FIRMA_CLAVE"


@dataclass(frozen=True, kw_only=True)
class Pkcs11Settings:
    module: str = "/usr/lib/softhsm/libsofthsm2.so"
    token_label: str = ""
    key_label: str = ""
    cert_label: str = ""  # empty: the same label as the key
    pin_env: str = "PARTES_FIRMA_PIN"
    # The issuing CA's certificates (PEM), when the token holds only the signer's own.
    chain: str = ""


@dataclass(frozen=True, kw_only=True)
class FirmaGobSettings:
    url: str = ""
    api_token_key_env: str = "PARTES_FIRMAGOB_API_KEY"
    secret_env: str = "PARTES_FIRMAGOB_SECRETO"
    entity: str = ""
    run: str = ""
    purpose: str = "Desatendido"
    # The certificate the service signs with and its CA chain (PEM): the chain is needed to
    # check the certificate before anything is sent.
    certificate: str = ""
    timeout_seconds: float = 30.0


@dataclass(frozen=True, kw_only=True)
class StampSettings:
    visible: bool = True
    title: str = "Secretario Municipal — Ministro de Fe"
    page: int = -1  # -1: the last page
    # Lower-left x, y and size (points) of the stamp; x, y negative: from the right/top edge.
    x: float = -36.0
    y: float = 36.0
    width: float = 252.0
    height: float = 84.0


@dataclass(frozen=True, kw_only=True)
class SigningProfile:
    name: str
    backend: str = "pkcs12"
    level: str = "B-T"
    signer_name: str = ""  # empty: the certificate's common name
    reason: str = "Firma electrónica avanzada del Secretario Municipal"
    location: str = ""
    trust_roots: str = ""  # empty: signing.trust_roots
    stamp: StampSettings = field(default_factory=StampSettings)
    pkcs12: Pkcs12Settings = field(default_factory=Pkcs12Settings)
    pkcs11: Pkcs11Settings = field(default_factory=Pkcs11Settings)
    firmagob: FirmaGobSettings = field(default_factory=FirmaGobSettings)


@dataclass(frozen=True, kw_only=True)
class SigningSettings:
    # Where anyone checks a signed oficio: the stamp's QR points to <verify_url>/<code>.
    verify_url: str = "https://municipalidad.example/verificar"
    tsa_url: str = ""
    trust_roots: str = "confianza"  # a folder of CA certificates (PEM or DER)
    fetch_revocation: bool = True
    network_timeout_seconds: float = 15.0
    verify_timeout_seconds: float = 60.0
    profiles: tuple[SigningProfile, ...] = ()

    def profile(self, name: str) -> SigningProfile | None:
        return next((p for p in self.profiles if p.name == name), None)


def problems(settings: SigningSettings) -> list[str]:
    """What is wrong with the settings, one Spanish sentence each (empty: nothing)."""
    found: list[str] = []
    names = [p.name for p in settings.profiles]
    if len(set(names)) != len(names):
        found.append("Hay perfiles de firma con el mismo nombre en «signing.profiles».")
    if settings.network_timeout_seconds <= 0 or settings.verify_timeout_seconds <= 0:
        found.append("Los tiempos máximos de «signing» deben ser positivos.")
    for i, p in enumerate(settings.profiles):
        where = f"signing.profiles[{i}]"
        if p.level not in LEVELS:
            found.append(f"«{where}.level» debe ser uno de {', '.join(LEVELS)}.")
        if p.backend not in BACKENDS:
            found.append(f"«{where}.backend» debe ser uno de {', '.join(BACKENDS)}.")
        if p.level != "B-B" and not settings.tsa_url:
            found.append(f"El nivel {p.level} de «{where}» necesita «signing.tsa_url».")
        if p.stamp.width < 120 or p.stamp.height < 48:
            found.append(f"El timbre de «{where}» debe medir al menos 120 × 48 puntos.")
    return found


def resolved(settings: SigningSettings, base: Path) -> SigningSettings:
    """The same settings with every file and folder made absolute against ``base``."""

    def path(value: str) -> str:
        return str(base / value) if value else value

    profiles = tuple(
        replace(
            p,
            trust_roots=path(p.trust_roots),
            pkcs12=replace(p.pkcs12, file=path(p.pkcs12.file)),
            pkcs11=replace(p.pkcs11, chain=path(p.pkcs11.chain)),
            firmagob=replace(p.firmagob, certificate=path(p.firmagob.certificate)),
        )
        for p in settings.profiles
    )
    return replace(settings, trust_roots=path(settings.trust_roots), profiles=profiles)


def trust_folder(settings: SigningSettings, profile: SigningProfile | None) -> Path:
    return Path(profile.trust_roots if profile and profile.trust_roots else settings.trust_roots)


__all__ = [
    "BACKENDS",
    "LEVELS",
    "FirmaGobSettings",
    "Pkcs11Settings",
    "Pkcs12Settings",
    "SigningProfile",
    "SigningSettings",
    "StampSettings",
    "problems",
    "resolved",
    "trust_folder",
]
