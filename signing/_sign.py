"""PAdES signing of PDFs: a session opens the key once and signs any number of documents.

Each signature is an incremental update of the source (its bytes stay an exact prefix of
the signed file), at the profile's PAdES baseline level: B-B (signature), B-T (+ a
signature timestamp from the configured TSA), B-LT (+ the certificates, OCSP responses
and CRLs needed to validate it later, in the DSS), B-LTA (+ a document timestamp over
all of that).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

import aiohttp
from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyhankoSigningError
from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
from pyhanko_certvalidator import ValidationContext

from signing._code import verification_code
from signing._stamp import SealStampStyle, StampContent, stamp_box, stamp_fonts
from signing.backends import SignerBackend
from signing.certificates import check_signer, common_name, rut_of, trust_roots
from signing.certificates import validation_context as make_context
from signing.errors import DocumentRefused, SigningConfigError, TimestampFailed
from signing.settings import LEVELS, SigningProfile, SigningSettings, trust_folder

SANTIAGO = ZoneInfo("America/Santiago")


@dataclass(frozen=True, kw_only=True)
class SignRequest:
    source: Path
    dest: Path
    registry_number: str = ""
    level: str = ""  # empty: the profile's level
    # An existing empty signature field to sign in (prepared by whoever drafted the
    # document); empty: a new field with the profile's stamp.
    field: str = ""
    # A certification signature (DocMDP): later changes other than filling in forms and
    # signing invalidate it.
    certify: bool = False


@dataclass(frozen=True, kw_only=True)
class SignedDocument:
    dest: Path
    field: str
    level: str
    code: str
    url: str
    signer: str
    rut: str | None
    signed_at: datetime  # aware, America/Santiago


class SigningSession:
    """``async with SigningSession(...) as session: await session.sign(request)``.

    Entering opens the key, loads the trust roots and refuses a certificate that must not
    sign (expired, revoked, untrusted, without non-repudiation); leaving closes the key
    and the network session.
    """

    def __init__(
        self, *, settings: SigningSettings, profile: SigningProfile, backend: SignerBackend
    ) -> None:
        self._settings = settings
        self._profile = profile
        self._backend = backend
        self._http: aiohttp.ClientSession | None = None
        self._signer: signers.Signer | None = None
        self._timestamper: HTTPTimeStamper | None = None
        self._roots: list[x509.Certificate] = []
        self._reserved: dict[str, int] = {}

    async def __aenter__(self) -> SigningSession:
        self._roots = trust_roots(trust_folder(self._settings, self._profile))
        self._http = aiohttp.ClientSession()
        try:
            self._signer = await self._backend.open()
            await check_signer(
                self._signer,
                self._roots,
                session=self._http,
                timeout=self._settings.network_timeout_seconds,
            )
        except BaseException:
            await self._close()
            raise
        if self._profile.stamp.visible:
            stamp_fonts()  # subset once here, not in the first document's time
        if self._settings.tsa_url:
            self._timestamper = HTTPTimeStamper(
                self._settings.tsa_url,
                timeout=self._settings.network_timeout_seconds,
                session=self._http,
            )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()

    async def _close(self) -> None:
        await self._backend.close()
        if self._http is not None:
            await self._http.close()
            self._http = None

    @property
    def signer_name(self) -> str:
        assert self._signer is not None and self._signer.signing_cert is not None
        return self._profile.signer_name or common_name(self._signer.signing_cert)

    def _lt_context(self) -> ValidationContext:
        return make_context(
            self._roots, session=self._http, timeout=self._settings.network_timeout_seconds
        )

    async def sign(self, request: SignRequest) -> SignedDocument:
        """Write ``request.dest``: the source plus one signature, never the source changed."""
        assert self._signer is not None, "use the session as an async context manager"
        level = self._level(request)
        code = verification_code()
        content = StampContent(
            signer=self.signer_name,
            title=self._profile.stamp.title,
            signed_at=datetime.now(SANTIAGO),
            registry_number=request.registry_number or "—",
            code=code,
            url=f"{self._settings.verify_url.rstrip('/')}/{code}",
        )
        partial = request.dest.with_name(f".{request.dest.name}.parcial")
        try:
            with request.source.open("rb") as source, partial.open("wb") as out:
                name = await self._write(request, level, content, source, out)
            partial.replace(request.dest)
        except TimestampRequestError as exc:
            raise TimestampFailed(
                f"La autoridad de sellado de tiempo no respondió ({exc}).",
                "Revise «signing.tsa_url» y la conexión, e intente de nuevo.",
            ) from None
        except (PdfError, PyhankoSigningError, OSError) as exc:
            raise DocumentRefused(
                f"No se pudo firmar {request.source.name} ({type(exc).__name__}: {exc}).",
                "Revise que el PDF no esté dañado ni bloqueado por una certificación.",
            ) from None
        finally:
            partial.unlink(missing_ok=True)
        cert = self._signer.signing_cert
        return SignedDocument(
            dest=request.dest,
            field=name,
            level=level,
            code=code,
            url=content.url,
            signer=self.signer_name,
            rut=rut_of(cert) if cert is not None else None,
            signed_at=content.signed_at,
        )

    def _level(self, request: SignRequest) -> str:
        level = request.level or self._profile.level
        if level not in LEVELS:
            raise SigningConfigError(f"Nivel de firma desconocido: {level!r}.")
        if level != "B-B" and self._timestamper is None:
            raise SigningConfigError(
                f"El nivel {level} necesita una autoridad de sellado de tiempo.",
                "Configure «signing.tsa_url».",
            )
        return level

    async def _write(
        self,
        request: SignRequest,
        level: str,
        content: StampContent,
        source: BinaryIO,
        out: BinaryIO,
    ) -> str:
        """The incremental update with the signature; the name of the field signed."""
        assert self._signer is not None
        writer = IncrementalPdfFileWriter(source, strict=False)
        if writer.prev.encrypted:
            raise DocumentRefused(
                "El PDF está cifrado: no se puede firmar.", "Genere el documento sin contraseña."
            )
        empty = _empty_fields(writer)
        if request.field and request.field not in empty:
            raise DocumentRefused(
                f"El PDF no tiene un campo de firma vacío «{request.field}».",
                f"Campos vacíos: {', '.join(empty) or 'ninguno'}.",
            )
        name = request.field or _field_name(writer)
        pdf_signer = signers.PdfSigner(
            self._metadata(name, level, certify=request.certify),
            self._signer,
            timestamper=self._timestamper if level != "B-B" else None,
            stamp_style=SealStampStyle(content=content),
            new_field_spec=None if request.field else self._field_spec(writer, name),
        )
        reserved = self._backend.bytes_reserved or await self._reserve(level)
        await pdf_signer.async_sign_pdf(writer, output=out, bytes_reserved=reserved)
        return name

    async def _reserve(self, level: str) -> int:
        """Room for the signature, measured once per level with a dry run: pyHanko would
        make a whole dummy signature for every document otherwise."""
        if level not in self._reserved:
            assert self._signer is not None
            dummy = await self._signer.async_sign(
                hashlib.sha256().digest(),
                "sha256",
                dry_run=True,
                use_pades=True,
                timestamper=self._timestamper if level != "B-B" else None,
            )
            hex_digits = 2 * len(dummy.dump())
            self._reserved[level] = hex_digits + 2 * (hex_digits // 4)  # even; TSAs vary
        return self._reserved[level]

    def _metadata(self, name: str, level: str, *, certify: bool) -> signers.PdfSignatureMetadata:
        long_term = level in ("B-LT", "B-LTA")
        return signers.PdfSignatureMetadata(
            field_name=name,
            certify=certify,
            docmdp_permissions=fields.MDPPerm.FILL_FORMS,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=self._profile.reason or None,
            location=self._profile.location or None,
            embed_validation_info=long_term,
            use_pades_lta=level == "B-LTA",
            validation_context=self._lt_context() if long_term else None,
        )

    def _field_spec(self, writer: IncrementalPdfFileWriter, name: str) -> fields.SigFieldSpec:
        stamp = self._profile.stamp
        if not stamp.visible:
            return fields.SigFieldSpec(sig_field_name=name)
        pages = int(writer.root["/Pages"]["/Count"])
        index = stamp.page if stamp.page >= 0 else pages + stamp.page
        index = min(max(index, 0), pages - 1)
        page, _resources = writer.find_page_for_modification(index)
        rect = stamp_box(
            _media_box(page.get_object()),
            x=stamp.x,
            y=stamp.y,
            width=stamp.width,
            height=stamp.height,
        )
        return fields.SigFieldSpec(sig_field_name=name, on_page=index, box=rect)


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """The page's MediaBox, inherited from its parents when the page has none."""
    node = page
    for _depth in range(64):
        if "/MediaBox" in node:
            x0, y0, x1, y1 = (float(v) for v in node["/MediaBox"])
            return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        if "/Parent" not in node:
            break
        node = node["/Parent"]
    return (0.0, 0.0, 612.0, 792.0)  # the default of PDF 1.0: US Letter


def _empty_fields(writer: IncrementalPdfFileWriter) -> list[str]:
    return [
        name
        for name, value, _ref in fields.enumerate_sig_fields(writer.prev, filled_status=False)
        if value is None
    ]


def _field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _value, _ref in fields.enumerate_sig_fields(writer.prev)}
    number = 1
    while f"Firma{number}" in taken:
        number += 1
    return f"Firma{number}"


def same_prefix(source: Path, signed: Path) -> bool:
    """Whether ``signed`` starts with every byte of ``source`` (an incremental update)."""
    size = source.stat().st_size
    with source.open("rb") as a, signed.open("rb") as b:
        while size > 0:
            chunk = min(size, 1 << 20)
            if a.read(chunk) != b.read(chunk):
                return False
            size -= chunk
    return signed.stat().st_size > source.stat().st_size


__all__ = ["SANTIAGO", "SignRequest", "SignedDocument", "SigningSession", "same_prefix"]
