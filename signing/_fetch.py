"""Fetching OCSP responses, CRLs and issuer certificates over HTTP for pyHanko.

pyHanko's aiohttp fetchers turn a refused connection into a fetch error (which the
soft-fail revocation policy tolerates) but let a server that accepts and never answers
raise ``TimeoutError``, an ``OSError`` that escapes the whole validation. Here a timeout is
a fetch error like any other, so a dead OCSP responder in a received certificate costs a
missing revocation check, never the verdict of the file.

One backend hands every validation context the same fetchers: the signatures of one file
share what was fetched (and what did not answer), so five signatures on a certificate
whose responder hangs wait for it once, not five times.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import aiohttp
from asn1crypto import crl, ocsp
from pyhanko_certvalidator.errors import CertificateFetchError, CRLFetchError, OCSPFetchError
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend
from pyhanko_certvalidator.fetchers.aiohttp_fetchers.cert_fetch_client import (
    AIOHttpCertificateFetcher,
)
from pyhanko_certvalidator.fetchers.aiohttp_fetchers.crl_client import AIOHttpCRLFetcher
from pyhanko_certvalidator.fetchers.aiohttp_fetchers.ocsp_client import AIOHttpOCSPFetcher
from pyhanko_certvalidator.fetchers.api import Fetchers
from pyhanko_certvalidator.fetchers.common_utils import FetchBudget


class _OcspFetcher(AIOHttpOCSPFetcher):
    async def fetch(self, cert: Any, authority: Any) -> ocsp.OCSPResponse:
        try:
            return await super().fetch(cert, authority)
        except TimeoutError as exc:
            raise OCSPFetchError("OCSP responder did not answer in time") from exc


class _CrlFetcher(AIOHttpCRLFetcher):
    async def fetch(self, cert: Any, *, use_deltas: Any = None) -> Iterable[crl.CertificateList]:
        try:
            crls: Iterable[crl.CertificateList] = await super().fetch(cert, use_deltas=use_deltas)
            return crls
        except TimeoutError as exc:
            raise CRLFetchError("CRL server did not answer in time") from exc


class _CertFetcher(AIOHttpCertificateFetcher):
    async def fetch_certs(self, url: str, url_origin_type: str) -> Any:
        try:
            return await super().fetch_certs(url, url_origin_type)
        except TimeoutError as exc:
            raise CertificateFetchError(f"{url} did not answer in time") from exc


class SharedFetcherBackend(AIOHttpFetcherBackend):
    """Fetchers on the caller's session (the caller closes it), built once."""

    def __init__(self, session: aiohttp.ClientSession, timeout: float) -> None:
        super().__init__(session, per_request_timeout=timeout)
        self._fetchers: Fetchers | None = None

    def get_fetchers(self) -> Fetchers:
        if self._fetchers is None:
            session, timeout = self.session, self.per_request_timeout
            budget = FetchBudget(self.limits)
            self._fetchers = Fetchers(
                ocsp_fetcher=_OcspFetcher(session, per_request_timeout=timeout, budget=budget),
                crl_fetcher=_CrlFetcher(session, per_request_timeout=timeout, budget=budget),
                cert_fetcher=_CertFetcher(session, per_request_timeout=timeout, budget=budget),
            )
        return self._fetchers
