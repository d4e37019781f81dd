"""Triage: what a file really is, whether it can be read, and which pages already have text.

Nothing here changes the input; every check reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import pdfplumber
import pikepdf
from PIL import Image, UnidentifiedImageError

from ocr import pagetext, textcache
from ocr.errors import (
    DamagedFile,
    EmptyFile,
    MislabelledFile,
    PasswordProtected,
    TooLarge,
    UnsupportedFormat,
)

Kind = Literal["pdf", "png", "jpeg", "tiff"]

MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "tiff": "image/tiff",
}
_EXTENSIONS: dict[str, Kind] = {
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
}
_KIND_NAMES = {
    "pdf": "un PDF",
    "png": "una imagen PNG",
    "jpeg": "una imagen JPEG",
    "tiff": "una imagen TIFF",
}
_FOREIGN = [
    (b"PK\x03\x04", "un archivo ZIP o un documento de Office (Word, Excel)"),
    (b"\xd0\xcf\x11\xe0", "un documento antiguo de Office (.doc, .xls)"),
    (b"GIF8", "una imagen GIF"),
    (b"BM", "una imagen BMP"),
    (b"{\\rtf", "un documento RTF"),
]
# A page with fewer visible characters than this is treated as an image to OCR.
MIN_TEXT_CHARS = 20


@dataclass(frozen=True, kw_only=True)
class Limits:
    max_pages: int = 2000
    max_megapixels: int = 250


@dataclass(frozen=True, kw_only=True)
class Triage:
    kind: Kind
    media_type: str
    pages: int
    text_pages: tuple[bool, ...]
    image_dpi: float | None = None
    owner_password_only: bool = False
    signed: bool = False
    needs_repair: bool = False
    rotated_pages: bool = False
    truncated: bool = False
    mislabelled: bool = False
    # The first and last page, those that draw an external object (a picture or a form):
    # where a born-digital file may carry a stamp pasted as a picture (ocr/stamps.py).
    pictured_pages: tuple[int, ...] = ()

    @property
    def needs_ocr(self) -> bool:
        return not all(self.text_pages)


def sniff(head: bytes) -> Kind | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def triage(path: Path, limits: Limits | None = None) -> Triage:
    """Classify and check ``path``; raise an ``OcrError`` that says what is wrong."""
    limits = limits or Limits()
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(
            "El archivo está vacío (0 bytes).",
            "Vuelva a digitalizar o copiar el documento; probablemente la copia se interrumpió.",
        )
    with path.open("rb") as handle:
        head = handle.read(2048)
    kind = sniff(head)
    mislabelled = _check_name(path, kind, head)
    assert kind is not None
    info = _triage_pdf(path) if kind == "pdf" else _triage_image(path, kind, limits)
    if mislabelled:
        info = replace(info, mislabelled=True)
    if info.pages > limits.max_pages:
        raise TooLarge(
            f"El documento tiene {info.pages} páginas; el máximo permitido es {limits.max_pages}.",
            "Divida el documento en partes o aumente «ocr.max_pages» en partes.toml.",
        )
    return info


def _check_name(path: Path, kind: Kind | None, head: bytes) -> bool:
    """True when the name says another format that can still be read by its content.

    A PDF or image with another image's extension is read by what it is; a file named .pdf
    that is an image is refused: whoever sent it may have attached the wrong file.
    """
    claimed = _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        seems = next((name for magic, name in _FOREIGN if head.startswith(magic)), None)
        what = f"parece {seems}" if seems else "no es un PDF ni una imagen reconocible"
        said = f"se llama «{path.name}» pero " if claimed else ""
        raise UnsupportedFormat(
            f"El archivo {said}{what}.",
            "Digitalice o exporte el documento como PDF, PNG, JPEG o TIFF y vuelva a ingresarlo.",
        )
    if claimed is None or claimed == kind:
        return False
    if claimed != "pdf":
        return True
    if claimed != kind:
        raise MislabelledFile(
            f"El archivo se llama «{path.name}» pero su contenido es {_KIND_NAMES[kind]}.",
            "Revise que sea el documento correcto y renómbrelo con la extensión que corresponde.",
        )
    return False


def _triage_pdf(path: Path) -> Triage:
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 2048))
        tail = handle.read()
    truncated = b"%%EOF" not in tail
    try:
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
            owner_only = pdf.is_encrypted
            signed = is_signed(pdf)
            rotated = any(int(page.obj.get("/Rotate", 0)) % 360 for page in pdf.pages)
            fonts = _has_fonts(pdf)
            pictured = tuple(n for n in sorted({1, pages}) if pages and _draws_objects(pdf, n))
    except pikepdf.PasswordError:
        raise PasswordProtected(
            "El PDF está protegido con contraseña y no se puede abrir.",
            "Pida al remitente una copia sin contraseña, o ábralo con la contraseña y guárdelo "
            "sin protección antes de ingresarlo.",
        ) from None
    except pikepdf.PikepdfError as exc:
        detail = str(exc).replace(str(path), path.name)
        state = "incompleto (truncado)" if truncated else "dañado"
        raise DamagedFile(
            f"El PDF está {state} y no se puede leer ({detail}).",
            "Vuelva a copiar, generar o digitalizar el documento completo.",
        ) from None
    if pages == 0:
        raise DamagedFile("El PDF no tiene páginas.", "Revise el archivo de origen.")
    if truncated:
        text_pages = None
    elif not fonts:  # a scanner's PDF: no font anywhere, so no text to look for
        text_pages = (False,) * pages
    else:
        text_pages = _text_pages(path)
    return Triage(
        kind="pdf",
        media_type=MEDIA_TYPES["pdf"],
        pages=pages,
        text_pages=text_pages if text_pages is not None else (False,) * pages,
        owner_password_only=owner_only,
        signed=signed,
        needs_repair=text_pages is None,
        rotated_pages=rotated,
        truncated=truncated,
        pictured_pages=pictured,
    )


def _draws_objects(pdf: pikepdf.Pdf, number: int) -> bool:
    """A picture or a form in the page, or an annotation with an appearance of its own (a
    visible signature's stamp, drawn outside the page's content)."""
    page = pdf.pages[number - 1].obj
    resources = page.get("/Resources")
    objects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(objects, pikepdf.Dictionary) and len(objects.keys()) > 0:
        return True
    annots = page.get("/Annots")
    return isinstance(annots, pikepdf.Array) and any(
        isinstance(annot, pikepdf.Dictionary) and "/AP" in annot for annot in annots
    )


def _has_fonts(pdf: pikepdf.Pdf) -> bool:
    """Whether any page can draw text: fonts in its resources or in its form XObjects."""
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        if not isinstance(resources, pikepdf.Dictionary):
            return True  # unusual structure: let pdfminer look
        if "/Font" in resources:
            return True
        xobjects = resources.get("/XObject")
        if isinstance(xobjects, pikepdf.Dictionary):
            for item in xobjects.values():
                if isinstance(item, pikepdf.Stream) and item.get("/Subtype") != pikepdf.Name.Image:
                    return True
    return False


def is_signed(pdf: pikepdf.Pdf) -> bool:
    """Any signature field or certification (DocMDP), not only the SigFlags bit."""
    root = pdf.Root
    if "/Perms" in root and ("/DocMDP" in root.Perms or "/UR3" in root.Perms):
        return True
    acroform = root.get("/AcroForm")
    if acroform is not None:
        if int(acroform.get("/SigFlags", 0)) & 1:
            return True
        fields = acroform.get("/Fields")
        stack = list(fields) if isinstance(fields, pikepdf.Array) else []
        seen = 0
        while stack and seen < 10_000:
            field = stack.pop()
            seen += 1
            if not isinstance(field, pikepdf.Dictionary):
                continue
            if field.get("/FT") == pikepdf.Name.Sig and "/V" in field:
                return True
            kids = field.get("/Kids")
            if isinstance(kids, pikepdf.Array):
                stack.extend(kids)
    return False


def _text_pages(path: Path) -> tuple[bool, ...] | None:
    """Which pages carry real text; None when pdfminer cannot parse the file (repair it)."""
    try:
        with pdfplumber.open(path) as pdf:
            found = [pagetext.chars(page) for page in pdf.pages]
            flags = tuple(_has_text(page_chars) for page_chars in found)
            if flags and all(flags):
                _keep_texts(path, pdf, found)
            return flags
    except Exception:  # pdfminer raises many unrelated types on damaged files
        return None


def _keep_texts(path: Path, pdf: pdfplumber.pdf.PDF, found: list[list[dict[str, Any]]]) -> None:
    """A born-digital file: its pages are parsed already, their text costs little more."""
    try:
        texts = [pagetext.text(page, chars) for page, chars in zip(pdf.pages, found, strict=True)]
    except Exception:  # the extraction will meet the same problem and say so
        return
    textcache.keep(path, texts)


def _has_text(page_chars: list[dict[str, Any]]) -> bool:
    visible = sum(1 for c in page_chars if not c["text"].isspace())
    return visible >= MIN_TEXT_CHARS


def _triage_image(path: Path, kind: Kind, limits: Limits) -> Triage:
    try:
        with Image.open(path) as image:
            frames = getattr(image, "n_frames", 1)
            dpi = image.info.get("dpi")
            _check_pixels(image.size, limits)
            for index in range(frames):
                image.seek(index)
                image.load()
    except Image.DecompressionBombError:
        raise TooLarge(
            "La imagen es demasiado grande para procesarla con seguridad (posible bomba de "
            "descompresión).",
            "Digitalice a 300 ppp o aumente «ocr.max_megapixels» si el documento es legítimo.",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise DamagedFile(
            f"La imagen está dañada o incompleta ({exc}).",
            "Vuelva a digitalizar el documento.",
        ) from None
    # PNG stores dots per metre: 300 ppp comes back as 299.9994.
    resolution = round(float(dpi[0]), 1) if dpi and dpi[0] and float(dpi[0]) > 1 else None
    if resolution is not None and not 50 <= resolution <= 2400:
        resolution = None  # a nonsense DPI is as good as none: assume the configured one
    return Triage(
        kind=kind,
        media_type=MEDIA_TYPES[kind],
        pages=frames,
        text_pages=(False,) * frames,
        image_dpi=resolution,
    )


def _check_pixels(size: tuple[int, int], limits: Limits) -> None:
    megapixels = size[0] * size[1] / 1_000_000
    if megapixels > limits.max_megapixels:
        raise TooLarge(
            f"La imagen tiene {megapixels:.0f} megapíxeles; el máximo es {limits.max_megapixels} "
            "(protección contra archivos que agotan la memoria).",
            "Digitalice a 300 ppp o aumente «ocr.max_megapixels» si el documento es legítimo.",
        )
