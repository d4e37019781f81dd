"""PAdES signatures of outgoing oficios and verification of signed documents.

Layers, bottom up: ``_font``/``_stamp`` (PDF drawing), ``backends`` (where the key lives),
``certificates`` (trust, names, the pre-signing check), ``_sign`` (a session that signs
many PDFs with one open key), ``_verify``/``verify`` (reports, isolated workers). This
package never imports the pipeline or the archive: it takes paths and settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lazy_loader

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
__getattr__, __dir__, _lazy = lazy_loader.attach(
    __name__,
    submod_attrs={
        "errors": [
            "CertificateRefused",
            "DocumentRefused",
            "SignerUnavailable",
            "SigningConfigError",
            "SigningError",
            "TimestampFailed",
        ],
        "settings": [
            "FirmaGobSettings",
            "LEVELS",
            "Pkcs11Settings",
            "Pkcs12Settings",
            "SigningProfile",
            "SigningSettings",
            "StampSettings",
        ],
        "backends": ["Pkcs11Backend", "Pkcs12Backend", "SignerBackend"],
        "_verify": ["RESULTS", "SignatureReport", "VerificationReport"],
        "_sign": [
            "SANTIAGO",
            "SignRequest",
            "SignedDocument",
            "SigningSession",
            "same_prefix",
        ],
        "_stamp": ["StampContent"],
        "verify": ["VerifyPool", "verify_pdf"],
        "_fields": ["add_signature_field"],
        "certificates": ["common_name", "rut_of", "trust_roots"],
        "_code": ["normalize_code"],
    },
)


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
