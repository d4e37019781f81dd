"""Why a signature is not valid, in Spanish: one reason per cause, never one line for all.

pyHanko says what went wrong in a validation status (integrity, the AdES sub-indication of
the trust problem, the algorithms used, the certificate); this module turns each cause into
its own sentence. Weak algorithms are named (a SHA-1 digest, an RSA key under 2048 bits):
they make a signature invalid, not the file damaged.
"""

from __future__ import annotations

from typing import Any

from asn1crypto import x509
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESSubIndic
from pyhanko.sign.validation.errors import DisallowedAlgorithmError

MIN_RSA_BITS = 2048
# Digests that no longer resist collisions: what signs them can be forged.
_WEAK_DIGESTS = {"md2": "MD2", "md5": "MD5", "sha1": "SHA-1"}

_SUBINDIC_REASONS: dict[AdESSubIndic, str] = {
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: (
        "El certificado no proviene de una autoridad de confianza: no hay cadena hasta "
        "una raíz de la carpeta de confianza."
    ),
    AdESIndeterminate.NO_SIGNING_CERTIFICATE_FOUND: (
        "La firma no trae el certificado del firmante: no se puede saber quién firmó."
    ),
    AdESIndeterminate.REVOKED_NO_POE: "El certificado del firmante está revocado.",
    AdESFailure.REVOKED: "El certificado del firmante está revocado.",
    AdESIndeterminate.REVOKED_CA_NO_POE: (
        "El certificado de la autoridad que emitió el del firmante está revocado."
    ),
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "El certificado del firmante está vencido.",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "El certificado del firmante está vencido.",
    AdESIndeterminate.EXPIRED: "El certificado del firmante está vencido.",
    AdESIndeterminate.NOT_YET_VALID: "El certificado del firmante aún no era válido.",
    AdESFailure.NOT_YET_VALID: "El certificado del firmante aún no era válido.",
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: (
        "El certificado no sirve para esta firma: su uso de clave o las restricciones de "
        "su cadena no lo permiten."
    ),
    AdESIndeterminate.SIG_CONSTRAINTS_FAILURE: (
        "La firma no cumple las restricciones exigidas (atributos firmados o uso de clave)."
    ),
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE: (
        "Algoritmo débil en la cadena de certificados del firmante."
    ),
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE: (
        "Algoritmo débil en la cadena de certificados, sin sello de tiempo anterior a que "
        "dejara de aceptarse."
    ),
    AdESIndeterminate.TRY_LATER: (
        "La información de revocación (OCSP/CRL) no está vigente: no se pudo comprobar "
        "si el certificado está revocado."
    ),
    AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE: (
        "La información de revocación es posterior al vencimiento del certificado."
    ),
    AdESIndeterminate.NO_POE: (
        "No hay un sello de tiempo que pruebe que la firma existía cuando su certificado "
        "era válido."
    ),
    AdESIndeterminate.TIMESTAMP_ORDER_FAILURE: (
        "Los sellos de tiempo de la firma están en un orden imposible."
    ),
    AdESFailure.FORMAT_FAILURE: "La firma tiene una estructura CMS no válida.",
    AdESFailure.HASH_FAILURE: (
        "El documento fue modificado después de firmarse (la huella no coincide)."
    ),
    AdESFailure.SIG_CRYPTO_FAILURE: (
        "La firma criptográfica no corresponde a la clave del certificado."
    ),
}
_CHAIN_FAILURE = "No se pudo validar la cadena de certificados del firmante."
_SUBINDIC_REASONS[AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE] = _CHAIN_FAILURE


def subindication_reason(subindic: AdESSubIndic | None) -> str:
    if subindic is None:
        return _CHAIN_FAILURE
    return _SUBINDIC_REASONS.get(subindic, f"{_CHAIN_FAILURE[:-1]} ({subindic.standard_name}).")


def weak_algorithms(status: Any) -> list[str]:
    """A weak digest (in the signature or in its mechanism) and an RSA key too short."""
    found: list[str] = []
    digest = str(getattr(status, "md_algorithm", "") or "").lower()
    mechanism = str(getattr(status, "pkcs7_signature_mechanism", "") or "").lower()
    mech_digest = mechanism.split("_", 1)[0] if "_" in mechanism else ""
    for name in dict.fromkeys(d for d in (digest, mech_digest) if d in _WEAK_DIGESTS):
        found.append(f"Algoritmo débil: {_WEAK_DIGESTS[name]} (se exige SHA-256 o superior).")
    bits = rsa_bits(getattr(status, "signing_cert", None))
    if bits is not None and bits < MIN_RSA_BITS:
        found.append(f"Clave RSA de {bits} bits, menor que {MIN_RSA_BITS}: demasiado débil.")
    return found


def rsa_bits(cert: x509.Certificate | None) -> int | None:
    if cert is None:
        return None
    try:
        key = cert.public_key
        return int(key.bit_size) if key.algorithm == "rsa" else None
    except (ValueError, KeyError, TypeError):  # an unreadable key: judged elsewhere
        return None


def problems(status: Any, trusted: bool, *, weak: list[str]) -> list[str]:
    """Every reason ``status`` is not good, in the order a reader checks them."""
    found: list[str] = []
    if not status.intact:
        found.append(_SUBINDIC_REASONS[AdESFailure.HASH_FAILURE])
    elif not status.valid:
        found.append(_SUBINDIC_REASONS[AdESFailure.SIG_CRYPTO_FAILURE])
    found.extend(weak)
    if status.revoked:
        found.append(_SUBINDIC_REASONS[AdESFailure.REVOKED])
    elif not trusted and status.intact and status.valid:
        subindic = getattr(status, "trust_problem_indic", None)
        weak_only = subindic is AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE and weak
        if not weak_only:
            found.append(subindication_reason(subindic))
    level = getattr(status, "modification_level", None)
    if level is not None and level.name == "OTHER":
        found.append("Hay cambios posteriores a la firma que no son firmas ni formularios.")
    if getattr(status, "docmdp_ok", True) is False:
        found.append("Los cambios posteriores violan los permisos de la firma de certificación.")
    return found


def broken_signature(exc: BaseException) -> str:
    """A signature pyHanko could not even evaluate (its CMS is malformed, or made with an
    algorithm it refuses to compute); the technical detail goes to the log."""
    if isinstance(exc, DisallowedAlgorithmError):
        return "Algoritmo débil o no permitido en la firma."
    subindic = getattr(exc, "ades_subindication", None)
    broken = "La firma está dañada: no se pudo leer su contenido."
    return _SUBINDIC_REASONS.get(subindic, broken) if subindic is not None else broken
