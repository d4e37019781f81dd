"""Why a file could not be read; every message is Spanish and says what to do next."""

from __future__ import annotations

import errno

# Operating-system errors that are the machine's, not the file's: the disk is full (or the
# file-size limit reached), the quota spent, the disk read-only or out of descriptors. A
# worker lets these through as they are, so the caller pauses instead of quarantining.
SYSTEM_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EMFILE, errno.ENFILE}
)


class OcrError(Exception):
    """A file that cannot become text; ``message`` says what, ``hint`` says what to do."""

    reason_code = "error_ocr"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message, hint)  # both in args: the error crosses process boundaries
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class EmptyFile(OcrError):
    reason_code = "archivo_vacio"


class UnsupportedFormat(OcrError):
    reason_code = "formato_no_soportado"


class MislabelledFile(OcrError):
    reason_code = "extension_incorrecta"


class DamagedFile(OcrError):
    reason_code = "archivo_danado"


class PasswordProtected(OcrError):
    reason_code = "pdf_con_contrasena"


class OcrFailed(OcrError):
    reason_code = "ocr_fallido"


class OcrTimeout(OcrError):
    reason_code = "ocr_tiempo_agotado"


class MissingDependency(OcrError):
    reason_code = "dependencia_faltante"


class TooLarge(OcrError):
    reason_code = "limite_excedido"


class OutOfMemory(OcrError):
    reason_code = "memoria_excedida"
