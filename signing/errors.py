"""Why a document could not be signed or verified; every message is Spanish and says what
to do next. The shell maps these to exit codes in one place (``partes/errors.py``)."""

from __future__ import annotations


class SigningError(Exception):
    """A signature that cannot be made; ``message`` says what, ``hint`` what to do."""

    reason_code = "error_firma"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message, hint)  # both in args: the error crosses process boundaries
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class SigningConfigError(SigningError):
    """The signing profile or its files are wrong (a usage error, not a failure)."""

    reason_code = "configuracion_firma"


class SignerUnavailable(SigningError):
    """The key cannot be reached: wrong passphrase or PIN, token absent, service down."""

    reason_code = "firmante_no_disponible"


class CertificateRefused(SigningError):
    """The signer's certificate must not sign: expired, revoked, untrusted, wrong usage."""

    reason_code = "certificado_rechazado"


class TimestampFailed(SigningError):
    reason_code = "sello_de_tiempo_fallido"


class DocumentRefused(SigningError):
    """The PDF cannot take a signature (damaged, encrypted, locked by a certification)."""

    reason_code = "documento_rechazado"
