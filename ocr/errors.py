"""Why a file could not be read; every message is Spanish and says what to do next."""

from __future__ import annotations


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
