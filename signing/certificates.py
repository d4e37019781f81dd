"""Certificates: the configured trust roots, who a certificate names (name and RUT), and
the check that refuses to sign with a certificate that must not sign."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from asn1crypto import core, x509
from pyhanko.sign import signers
from pyhanko.sign.general import load_cert_from_pemder
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    InvalidCertificateError,
    NotYetValidError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
)

from signing._fetch import SharedFetcherBackend
from signing.errors import CertificateRefused, SigningConfigError

# The RUT in Chilean certificates: subjectAltName otherName of this type (SII/ACEPTA/E-Cert).
RUT_OID = "1.3.6.1.4.1.8321.1"
_CERT_SUFFIXES = {".pem", ".crt", ".cer", ".der"}


def trust_roots(folder: Path) -> list[x509.Certificate]:
    """The CA certificates of ``folder`` (PEM or DER): the only roots trusted, never the
    operating system's."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in _CERT_SUFFIXES)
    except OSError:
        raise SigningConfigError(
            f"No existe la carpeta de certificados raíz de confianza {folder}.",
            "Cree la carpeta y copie en ella los certificados (PEM o DER) de las "
            "autoridades certificadoras en que confía la municipalidad.",
        ) from None
    roots: list[x509.Certificate] = []
    for path in files:
        try:
            roots.append(load_cert_from_pemder(str(path)))
        except (OSError, ValueError):
            raise SigningConfigError(
                f"El archivo {path} de la carpeta de confianza no es un certificado.",
                "Deje en esa carpeta solo certificados X.509 (PEM o DER).",
            ) from None
    return roots


def common_name(cert: x509.Certificate) -> str:
    native = cert.subject.native
    return str(native.get("common_name") or cert.subject.human_friendly)


def rut_of(cert: x509.Certificate) -> str | None:
    """The holder's RUT: the otherName 1.3.6.1.4.1.8321.1 of the subjectAltName, else the
    subject's serialNumber attribute."""
    names = cert.subject_alt_name_value
    for name in names or ():
        if name.name != "other_name":
            continue
        other = name.chosen
        if other["type_id"].dotted != RUT_OID:
            continue
        value = other["value"].parsed if isinstance(other["value"], core.Any) else other["value"]
        text = value.native if hasattr(value, "native") else value
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="replace")
        if isinstance(text, str) and text.strip():
            return text.strip()
    serial = cert.subject.native.get("serial_number")
    return str(serial).strip() if serial else None


def fetcher(timeout: float, session: aiohttp.ClientSession) -> SharedFetcherBackend:
    """Fetchers on the caller's session: the caller closes it (a lazy session of pyHanko's
    own would be left open). A server that does not answer in time is a failed fetch."""
    return SharedFetcherBackend(session, timeout)


def validation_context(
    roots: list[x509.Certificate],
    *,
    session: aiohttp.ClientSession | None,
    timeout: float,
    hard_fail: bool = False,
) -> ValidationContext:
    """Revocation data is fetched online when a ``session`` is given."""
    return ValidationContext(
        trust_roots=roots,
        allow_fetching=session is not None,
        revocation_mode="hard-fail" if hard_fail else "soft-fail",
        fetcher_backend=fetcher(timeout, session) if session is not None else None,
    )


async def check_signer(
    signer: signers.Signer,
    roots: list[x509.Certificate],
    *,
    session: aiohttp.ClientSession,
    timeout: float,
) -> None:
    """Refuse a certificate that is expired, revoked, untrusted or not for signing.

    Revocation is checked online (OCSP or CRL, whichever the certificate names) and must
    answer: a signature made with a revoked key is worse than no signature.
    """
    cert = signer.signing_cert
    if cert is None:
        raise SigningConfigError("El firmante no tiene certificado.")
    name = common_name(cert)
    now = datetime.now(UTC)
    if cert.not_valid_after < now:
        raise CertificateRefused(
            f"El certificado de {name} venció el {cert.not_valid_after:%d-%m-%Y}.",
            "Renueve el certificado de firma electrónica avanzada.",
        )
    if cert.not_valid_before > now:
        raise CertificateRefused(
            f"El certificado de {name} aún no es válido (desde {cert.not_valid_before:%d-%m-%Y}).",
            "Revise la hora del servidor o el certificado configurado.",
        )
    usages = set(cert.key_usage_value.native) if cert.key_usage_value else set()
    if "non_repudiation" not in usages:
        raise CertificateRefused(
            f"El certificado de {name} no tiene el uso «no repudio» (nonRepudiation): no "
            "sirve para firma electrónica avanzada.",
            "Use el certificado de firma avanzada, no uno de autenticación.",
        )
    context = validation_context(roots, session=session, timeout=timeout, hard_fail=True)
    validator = CertificateValidator(
        cert, intermediate_certs=list(signer.cert_registry), validation_context=context
    )
    try:
        await validator.async_validate_usage({"non_repudiation"})
    except RevokedError:
        raise CertificateRefused(
            f"El certificado de {name} está revocado.",
            "No firme con él; solicite un certificado nuevo a la autoridad certificadora.",
        ) from None
    except (ExpiredError, NotYetValidError) as exc:
        raise CertificateRefused(f"El certificado de {name} no está vigente ({exc}).") from None
    except InsufficientRevinfoError:
        raise CertificateRefused(
            f"No se pudo comprobar si el certificado de {name} está revocado (OCSP/CRL sin "
            "respuesta).",
            "Revise la conexión con la autoridad certificadora e intente de nuevo.",
        ) from None
    except (PathBuildingError, PathValidationError, InvalidCertificateError) as exc:
        raise CertificateRefused(
            f"El certificado de {name} no proviene de una autoridad de confianza ({exc}).",
            "Copie el certificado raíz de su autoridad en la carpeta de confianza.",
        ) from None
