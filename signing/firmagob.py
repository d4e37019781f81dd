"""A remote hash-signing service with the shape of the Chilean state's FirmaGob API.

The document's digest goes to the service, base64-encoded, with an HS256 JWT that names
the entity, the signer's RUN, the purpose and an expiration; the service answers with a
detached PKCS#7 (CMS) signature over that digest, which is embedded in the PDF. The
signature timestamp (B-T and up) is added here, over the returned signature value.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import jwt
from asn1crypto import cms, core, x509
from pyhanko.keys.pemder import load_certs_from_pemder_data
from pyhanko.sign import signers
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko_certvalidator.registry import SimpleCertificateStore

from signing.backends import SignerBackend
from signing.errors import SignerUnavailable, SigningConfigError, SigningError
from signing.settings import FirmaGobSettings

TICKETS_PATH = "/firma/v2/files/tickets"
_SANTIAGO = ZoneInfo("America/Santiago")
_JWT_LIFETIME = timedelta(minutes=5)
# Room for the service's CMS (its certificate chain is unknown until it answers) plus a
# timestamp token, in hexadecimal digits as pyHanko counts them.
BYTES_RESERVED = 2 * 32 * 1024


class RemoteSigningFailed(SigningError):
    reason_code = "firma_remota_fallida"


def token(settings: FirmaGobSettings, secret: str, now: datetime | None = None) -> str:
    """The HS256 JWT FirmaGob expects; its expiration is local time, as the API defines."""
    moment = (now or datetime.now(_SANTIAGO)).astimezone(_SANTIAGO) + _JWT_LIFETIME
    claims = {
        "entity": settings.entity,
        "run": settings.run,
        "expiration": moment.strftime("%Y-%m-%dT%H:%M:%S"),
        "purpose": settings.purpose,
    }
    return jwt.encode(claims, secret, algorithm="HS256")


class FirmaGobSigner(signers.Signer):
    """A pyHanko signer whose CMS comes whole from the remote service."""

    def __init__(
        self,
        settings: FirmaGobSettings,
        certificate: x509.Certificate,
        *,
        chain: list[x509.Certificate],
        api_token_key: str,
        secret: str,
        http: aiohttp.ClientSession,
    ) -> None:
        self._settings = settings
        self._api_token_key = api_token_key
        self._secret = secret
        self._http = http
        self._certificate = certificate
        registry = SimpleCertificateStore.from_certs([certificate, *chain])
        super().__init__(signing_cert=certificate, cert_registry=registry)

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        if dry_run:  # a placeholder of the size of the key's signatures, for size estimates
            return bytes(self._certificate.public_key.byte_size)
        raise RemoteSigningFailed("FirmaGob firma resúmenes completos, no atributos sueltos.")

    async def async_sign(  # type: ignore[override]
        self,
        data_digest: bytes,
        digest_algorithm: str,
        dry_run: bool = False,
        use_pades: bool = False,
        timestamper: Any = None,
        **kwargs: Any,
    ) -> cms.ContentInfo:
        if dry_run:
            return await super().async_sign(
                data_digest, digest_algorithm, dry_run=True, use_pades=use_pades, **kwargs
            )
        signed, info = self._accept(await self._remote(data_digest), data_digest, digest_algorithm)
        if timestamper is not None:
            unsigned = await self.unsigned_attrs(
                digest_algorithm,
                info["signature"].native,
                signed_attrs=info["signed_attrs"],
                timestamper=timestamper,
            )
            if unsigned is not None:
                info["unsigned_attrs"] = unsigned
        return signed

    async def _remote(self, digest: bytes) -> Any:
        """The service's answer; an unreachable or failing service is ``SignerUnavailable``
        (try again later), a refusal is ``RemoteSigningFailed`` (fix the profile)."""
        payload = {
            "api_token_key": self._api_token_key,
            "token": token(self._settings, self._secret),
            "hashes": [{"content": base64.b64encode(digest).decode(), "description": "Oficio"}],
        }
        url = self._settings.url.rstrip("/") + TICKETS_PATH
        timeout = aiohttp.ClientTimeout(total=self._settings.timeout_seconds)
        try:
            async with self._http.post(url, json=payload, timeout=timeout) as response:
                status, raw = response.status, await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise SignerUnavailable(
                f"No se pudo contactar el servicio de firma FirmaGob ({type(exc).__name__}).",
                "Revise «firmagob.url» y la conexión, e intente de nuevo.",
            ) from None
        body = _json(raw)
        if status >= 500:
            raise SignerUnavailable(
                f"El servicio de firma FirmaGob falló (HTTP {status}: {_message(body)}).",
                "Intente de nuevo más tarde.",
            )
        if status != 200:
            raise RemoteSigningFailed(
                f"FirmaGob rechazó la firma (HTTP {status}: {_message(body)}).", self._hint(status)
            )
        return body

    def _hint(self, status: int) -> str:
        s = self._settings
        if status in (401, 403):
            return (
                f"Revise la API token key («{s.api_token_key_env}»), el secreto "
                f"(«{s.secret_env}») y la entidad y el RUN del perfil."
            )
        return "Revise «firmagob.url», la entidad, el RUN y el propósito del perfil."

    def _accept(
        self, body: Any, digest: bytes, digest_algorithm: str
    ) -> tuple[cms.ContentInfo, cms.SignerInfo]:
        """The answer's CMS and its signer; asn1crypto parses lazily, so a malformed answer
        can fail at any field access and is caught here, at one place."""
        try:
            signed = _signature(body)
            info: cms.SignerInfo = signed["content"]["signer_infos"][0]
            self._check(info, digest, digest_algorithm)
            for cert in signed["content"]["certificates"] or ():
                if cert.name == "certificate":
                    self._cert_registry.register(cert.chosen)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            raise RemoteSigningFailed(
                "FirmaGob respondió algo que no es una firma PKCS#7."
            ) from None
        return signed, info

    def _check(self, info: cms.SignerInfo, digest: bytes, digest_algorithm: str) -> None:
        """The answer must be a PAdES signature over our digest by the configured
        certificate: anything else would embed a signature no one can verify, or someone
        else's."""
        if isinstance(info["signed_attrs"], core.Void) or (
            info["digest_algorithm"]["algorithm"].native != digest_algorithm
        ):
            raise RemoteSigningFailed(
                f"FirmaGob respondió una firma sin atributos firmados o sin {digest_algorithm}: "
                "no sirve para PAdES."
            )
        try:
            intact, valid = validate_sig_integrity(info, self._certificate, "data", digest)
        except ValueError:  # e.g. an ESS signing-certificate naming another certificate
            intact = valid = False
        if not (valid and _identifies(info["sid"], self._certificate)):
            raise RemoteSigningFailed(
                "FirmaGob firmó con un certificado distinto del configurado en el perfil.",
                "Actualice «firmagob.certificate» con el certificado vigente del firmante.",
            )
        if not intact:
            raise RemoteSigningFailed("La firma de FirmaGob no corresponde a este documento.")


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", errors="replace")


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or body.get("status") or body)
    return str(body)[:200]


def _signature(body: Any) -> cms.ContentInfo:
    """The PKCS#7 of the first (only) hash of the answer."""
    entry = body["hashes"][0]
    if entry.get("status") != "OK":
        raise RemoteSigningFailed(f"FirmaGob no firmó el documento: {_message(entry)}.")
    signed = cms.ContentInfo.load(base64.b64decode(entry["content"], validate=True))
    if signed["content_type"].native != "signed_data":
        raise ValueError("not a signed-data PKCS#7")
    return signed


def _identifies(sid: cms.SignerIdentifier, cert: x509.Certificate) -> bool:
    if sid.name == "issuer_and_serial_number":
        chosen = sid.chosen
        return bool(
            chosen["serial_number"].native == cert.serial_number and chosen["issuer"] == cert.issuer
        )
    return bool(sid.chosen.native == cert.key_identifier)


def _certificate_and_chain(path: str) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The signer's certificate and any CA certificates in the same file.

    The session checks the certificate (and its path to a trusted root) before the
    service has sent anything, so the intermediates must come with it.
    """
    try:
        certs = list(load_certs_from_pemder_data(Path(path).read_bytes()))
        ends = [cert for cert in certs if not cert.ca]
    except (OSError, ValueError) as exc:
        raise SigningConfigError(
            f"No se pudo leer el certificado de FirmaGob {path} ({exc}).",
            "Debe ser un certificado X.509 en formato PEM o DER.",
        ) from None
    if len(ends) != 1:
        raise SigningConfigError(
            f"{path} debe contener exactamente un certificado de firmante (tiene {len(ends)}).",
            "Deje en el archivo el certificado del firmante y, si se quiere, su cadena de CA.",
        )
    return ends[0], [cert for cert in certs if cert.ca]


class FirmaGobBackend(SignerBackend):
    bytes_reserved = BYTES_RESERVED

    def __init__(self, settings: FirmaGobSettings, *, api_token_key: str, secret: str) -> None:
        self._settings = settings
        self._api_token_key = api_token_key
        self._secret = secret
        self._http: aiohttp.ClientSession | None = None

    async def open(self) -> signers.Signer:
        for name in ("url", "certificate"):
            if not getattr(self._settings, name):
                raise SigningConfigError(f"Falta «firmagob.{name}» en el perfil de firma.")
        certificate, chain = _certificate_and_chain(self._settings.certificate)
        self._http = aiohttp.ClientSession()
        return FirmaGobSigner(
            self._settings,
            certificate,
            chain=chain,
            api_token_key=self._api_token_key,
            secret=self._secret,
            http=self._http,
        )

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None
