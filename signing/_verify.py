"""Validation of the signatures of a PDF: one report per signature, one verdict per file.

Trust comes only from the configured roots. The certificates, OCSP responses and CRLs a
signer embedded (the DSS of B-LT/B-LTA) are used; missing revocation data is fetched
online when allowed. A B-LTA signature whose certificates have since expired is judged as
of the time its document timestamps prove (PAdES long-term validation).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiohttp
from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    EmbeddedPdfSignature,
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
)
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.fetchers.api import FetcherBackend

from signing import _reasons as reasons
from signing._longterm import long_term_trusted
from signing.certificates import common_name, fetcher, rut_of

_log = logging.getLogger(__name__)
RESULTS = ("valid", "invalid", "unsigned", "error")
_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"})


@dataclass(frozen=True, kw_only=True)
class SignatureReport:
    field: str
    kind: str  # "firma" or "sello_de_tiempo" (a document timestamp)
    intact: bool
    valid: bool
    trusted: bool
    revoked: bool
    signer: str | None
    rut: str | None = None
    signing_time: str | None = None  # ISO 8601, UTC
    timestamp: str | None = None
    level: str | None = None
    modification_level: str | None = None
    coverage: str | None = None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and not self.revoked


@dataclass(frozen=True, kw_only=True)
class VerificationReport:
    file: str
    result: str  # one of RESULTS
    signatures: tuple[SignatureReport, ...] = ()
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "result": self.result,
            "error": self.error,
            "signatures": [s.__dict__ | {"ok": s.ok} for s in self.signatures],
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _levels(reader: PdfFileReader, sigs: list[EmbeddedPdfSignature]) -> dict[int, str]:
    """PAdES baseline level of each signature, by what the file holds after it."""
    try:
        dss = reader.root["/DSS"]  # [] dereferences; .get() would not
    except KeyError:
        dss = None
    has_dss = dss is not None and any(k in dss for k in ("/Certs", "/OCSPs", "/CRLs"))
    levels: dict[int, str] = {}
    for index, sig in enumerate(sigs):
        if sig.sig_object_type == "/DocTimeStamp":
            continue
        later_ts = any(s.sig_object_type == "/DocTimeStamp" for s in sigs[index + 1 :])
        if not _has_signature_timestamp(sig):
            levels[index] = "B-B"
        elif has_dss and later_ts:
            levels[index] = "B-LTA"
        elif has_dss:
            levels[index] = "B-LT"
        else:
            levels[index] = "B-T"
    return levels


def _has_signature_timestamp(sig: EmbeddedPdfSignature) -> bool:
    attrs = sig.signer_info["unsigned_attrs"]
    return any(attr["type"].native == "signature_time_stamp_token" for attr in attrs or ())


def _dss(reader: PdfFileReader) -> DocumentSecurityStore | None:
    try:
        return DocumentSecurityStore.read_dss(reader)
    except Exception:  # no DSS, or a broken one: judge without it
        return None


def _context(
    dss: DocumentSecurityStore | None,
    roots: list[x509.Certificate],
    backend: FetcherBackend | None,
) -> ValidationContext:
    """A fresh context per signature (pyHanko records what it used in it), fed from the
    file's DSS, read once, and from the file's one fetcher backend."""
    kwargs: dict[str, Any] = {
        "trust_roots": roots,
        "allow_fetching": backend is not None,
        "revocation_mode": "soft-fail",
    }
    if backend is not None:
        kwargs["fetcher_backend"] = backend
    if dss is not None:
        try:
            return dss.as_validation_context(kwargs)
        except Exception:  # a broken DSS entry: judge without it
            pass
    return ValidationContext(**kwargs)


def _lower(value: Any) -> str | None:
    """An enum's name in lower case (``ModificationLevel.FORM_FILLING``: form_filling)."""
    return value.name.lower() if value is not None else None


async def verify_reader(
    reader: PdfFileReader, roots: list[x509.Certificate], *, fetch: bool, timeout: float
) -> tuple[SignatureReport, ...]:
    """Reports in file order; revocation data is fetched online only when ``fetch``."""
    if not fetch:
        return await _verify(reader, roots, None, timeout)
    async with aiohttp.ClientSession() as session:
        return await _verify(reader, roots, session, timeout)


async def _verify(
    reader: PdfFileReader,
    roots: list[x509.Certificate],
    session: aiohttp.ClientSession | None,
    timeout: float,
) -> tuple[SignatureReport, ...]:
    sigs = list(reader.embedded_signatures)
    levels = _levels(reader, sigs)
    dss = _dss(reader)
    backend = fetcher(timeout, session) if session is not None else None
    reports: list[SignatureReport] = []
    for index, sig in enumerate(sigs):
        context = _context(dss, roots, backend)
        try:
            if sig.sig_object_type == "/DocTimeStamp":
                reports.append(await _timestamp_report(sig, context))
            else:
                reports.append(
                    await _signature_report(sig, context, roots, backend, levels.get(index))
                )
        except (SignatureValidationError, ValueError, PdfError) as exc:
            _log.warning("Firma %s no evaluable", sig.field_name, exc_info=exc)
            reports.append(_broken_report(sig, exc))
    return tuple(reports)


async def _signature_report(
    sig: EmbeddedPdfSignature,
    context: ValidationContext,
    roots: list[x509.Certificate],
    backend: FetcherBackend | None,
    level: str | None,
) -> SignatureReport:
    status = await async_validate_pdf_signature(
        sig,
        signer_validation_context=context,
        ts_validation_context=context,
        key_usage_settings=_USAGE,
    )
    weak = reasons.weak_algorithms(status)
    trusted = bool(status.trusted) and not weak
    long_term: list[str] = []
    if not trusted and not weak and level == "B-LTA":
        trusted, problem = await long_term_trusted(sig, roots, backend)
        if problem:
            long_term.append(problem)
    cert = status.signing_cert
    ts = status.timestamp_validity
    return _from_status(
        sig,
        status,
        kind="firma",
        trusted=trusted,
        problems=long_term + reasons.problems(status, trusted, weak=weak),
        signer=common_name(cert),
        rut=rut_of(cert),
        signing_time=_iso(status.signer_reported_dt),
        timestamp=_iso(ts.timestamp) if ts is not None else None,
        level=level,
    )


async def _timestamp_report(
    sig: EmbeddedPdfSignature, context: ValidationContext
) -> SignatureReport:
    status = await async_validate_pdf_timestamp(sig, validation_context=context)
    weak = reasons.weak_algorithms(status)
    trusted = bool(status.trusted) and not weak
    return _from_status(
        sig,
        status,
        kind="sello_de_tiempo",
        trusted=trusted,
        problems=reasons.problems(status, trusted, weak=weak),
        signer=common_name(status.signing_cert),
        timestamp=_iso(status.timestamp),
    )


def _from_status(
    sig: EmbeddedPdfSignature,
    status: Any,
    *,
    kind: str,
    trusted: bool,
    problems: list[str],
    signer: str,
    rut: str | None = None,
    signing_time: str | None = None,
    timestamp: str | None = None,
    level: str | None = None,
) -> SignatureReport:
    return SignatureReport(
        field=str(sig.field_name),
        kind=kind,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=trusted,
        revoked=bool(status.revoked),
        signer=signer,
        rut=rut,
        signing_time=signing_time,
        timestamp=timestamp,
        level=level,
        modification_level=_lower(status.modification_level),
        coverage=_lower(status.coverage),
        problems=tuple(problems),
    )


def _broken_report(sig: EmbeddedPdfSignature, exc: BaseException) -> SignatureReport:
    """A signature too malformed to evaluate: not valid, with why; the others still count."""
    try:
        cert: x509.Certificate | None = sig.signer_cert
    except Exception:  # the CMS that would name the signer is the broken part
        cert = None
    timestamp = sig.sig_object_type == "/DocTimeStamp"
    return SignatureReport(
        field=str(sig.field_name),
        kind="sello_de_tiempo" if timestamp else "firma",
        intact=False,
        valid=False,
        trusted=False,
        revoked=False,
        signer=common_name(cert) if cert is not None else None,
        rut=rut_of(cert) if cert is not None and not timestamp else None,
        problems=(reasons.broken_signature(exc),),
    )


def verdict(signatures: tuple[SignatureReport, ...]) -> str:
    if not signatures:
        return "unsigned"
    bad_changes = any(s.modification_level == "other" for s in signatures)
    return "valid" if all(s.ok for s in signatures) and not bad_changes else "invalid"


__all__ = ["RESULTS", "SignatureReport", "VerificationReport", "verdict", "verify_reader"]
