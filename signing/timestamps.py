"""RFC 3161 time-stamps of plain data (the archive's checkpoints), and their verification.

A token proves that these exact bytes existed when the TSA signed: the archive's chain
heads written to a folder outside the server cannot be back-dated or rewritten later
without the TSA. The token is kept as the TSA gave it (DER ``ContentInfo``).
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms, tsp
from asn1crypto import x509 as asn1_x509

from signing.errors import TimestampFailed


@dataclass(frozen=True, kw_only=True)
class StampCheck:
    """What a token proves about some data: ``at`` is the TSA's time, when it holds."""

    intact: bool  # the token's imprint is the data's SHA-256 and its signature is whole
    trusted: bool  # the TSA's certificate chains to one of the given roots
    at: datetime | None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted


def stamp(data: bytes, *, url: str, timeout: float = 20.0) -> bytes:
    """The TSA's token over SHA-256 of ``data``."""
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError

    digest = hashlib.sha256(data).digest()

    async def ask() -> bytes:
        token = await HTTPTimeStamper(url, timeout=timeout).async_timestamp(digest, "sha256")
        return bytes(token.dump())

    try:
        return asyncio.run(ask())
    except (TimestampRequestError, OSError) as exc:
        raise TimestampFailed(
            f"El servicio de sello de tiempo no respondió ({type(exc).__name__}).",
            "Revise «signing.tsa_url» y la conexión, e intente de nuevo.",
        ) from None


def check(token: bytes, data: bytes, *, roots: list[asn1_x509.Certificate]) -> StampCheck:
    """Whether ``token`` is a TSA's signature over ``data`` from a trusted TSA."""
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    try:
        signed = cms.ContentInfo.load(token)["content"]
        info = signed["encap_content_info"]["content"].parsed
        if not isinstance(info, tsp.TSTInfo):
            raise ValueError("no TSTInfo")
    except (ValueError, TypeError, KeyError):
        return StampCheck(intact=False, trusted=False, at=None, problem="sello ilegible")
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )

    def expected(algorithm: str) -> bytes:
        return hashlib.new(algorithm, data).digest()

    try:
        status = asyncio.run(validate_tst_signed_data(signed, context, expected))
    except Exception as exc:  # pyHanko raises many types on a forged or broken token
        return StampCheck(intact=False, trusted=False, at=None, problem=type(exc).__name__)
    intact = bool(status.get("intact")) and bool(status.get("valid"))
    trusted = status.get("trust_problem_indic") is None and bool(status.get("validation_path"))
    problem = "" if intact and trusted else ("no coincide" if not intact else "TSA no confiable")
    return StampCheck(intact=intact, trusted=trusted, at=status.get("timestamp"), problem=problem)
