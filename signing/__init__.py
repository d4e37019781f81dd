"""PAdES signatures of outgoing oficios and verification of signed documents.

Layers, bottom up: ``_font``/``_stamp`` (PDF drawing), ``backends`` (where the key lives),
``certificates`` (trust, names, the pre-signing check), ``_sign`` (a session that signs
many PDFs with one open key), ``_verify``/``verify`` (reports, isolated workers). This
package never imports the pipeline or the archive: it takes paths and settings.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from signing._code import normalize_code
    from signing._fields import add_signature_field
    from signing._sign import SANTIAGO, SignedDocument, SigningSession, SignRequest, same_prefix
    from signing._stamp import StampContent
    from signing._verify import RESULTS, SignatureReport, VerificationReport
    from signing.backends import Pkcs11Backend, Pkcs12Backend, SignerBackend
    from signing.certificates import common_name, rut_of, trust_roots
    from signing.errors import (
        CertificateRefused,
        DocumentRefused,
        SignerUnavailable,
        SigningConfigError,
        SigningError,
        TimestampFailed,
    )
    from signing.settings import (
        LEVELS,
        FirmaGobSettings,
        Pkcs11Settings,
        Pkcs12Settings,
        SigningProfile,
        SigningSettings,
        StampSettings,
    )
    from signing.verify import VerifyPool, verify_pdf

# Loaded on first use: pyHanko and aiohttp cost most of a second to import, and most
# commands (and every OCR worker) never sign nor verify.
_HOME = {
    "CertificateRefused": "signing.errors",
    "DocumentRefused": "signing.errors",
    "FirmaGobSettings": "signing.settings",
    "LEVELS": "signing.settings",
    "Pkcs11Backend": "signing.backends",
    "Pkcs11Settings": "signing.settings",
    "Pkcs12Backend": "signing.backends",
    "Pkcs12Settings": "signing.settings",
    "RESULTS": "signing._verify",
    "SANTIAGO": "signing._sign",
    "SignRequest": "signing._sign",
    "SignatureReport": "signing._verify",
    "SignedDocument": "signing._sign",
    "SignerBackend": "signing.backends",
    "SignerUnavailable": "signing.errors",
    "SigningConfigError": "signing.errors",
    "SigningError": "signing.errors",
    "SigningProfile": "signing.settings",
    "SigningSession": "signing._sign",
    "SigningSettings": "signing.settings",
    "StampContent": "signing._stamp",
    "StampSettings": "signing.settings",
    "TimestampFailed": "signing.errors",
    "VerificationReport": "signing._verify",
    "VerifyPool": "signing.verify",
    "add_signature_field": "signing._fields",
    "common_name": "signing.certificates",
    "normalize_code": "signing._code",
    "rut_of": "signing.certificates",
    "same_prefix": "signing._sign",
    "trust_roots": "signing.certificates",
    "verify_pdf": "signing.verify",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'signing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "LEVELS",
    "RESULTS",
    "SANTIAGO",
    "CertificateRefused",
    "DocumentRefused",
    "FirmaGobSettings",
    "Pkcs11Backend",
    "Pkcs11Settings",
    "Pkcs12Backend",
    "Pkcs12Settings",
    "SignRequest",
    "SignatureReport",
    "SignedDocument",
    "SignerBackend",
    "SignerUnavailable",
    "SigningConfigError",
    "SigningError",
    "SigningProfile",
    "SigningSession",
    "SigningSettings",
    "StampContent",
    "StampSettings",
    "TimestampFailed",
    "VerificationReport",
    "VerifyPool",
    "add_signature_field",
    "common_name",
    "normalize_code",
    "rut_of",
    "same_prefix",
    "trust_roots",
    "verify_pdf",
]
