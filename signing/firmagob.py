"""A remote hash-signing service with the shape of the Chilean state's FirmaGob API.

The document's digest goes to the service, base64-encoded, with an HS256 JWT that names
the entity, the signer's RUN, the purpose and an expiration; the service answers with a
detached PKCS#7 (CMS) signature over that digest, which is embedded in the PDF. The
signature timestamp (B-T and up) is added here, over the returned signature value.
"""

from __future__ import annotations

import base64
import hmac
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import jwt
from asn1crypto import cms, x509
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from signing.backends import SignerBackend, load_certificate
from signing.errors import SignerUnavailable, SigningError
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
        api_token_key: str,
        secret: str,
        http: aiohttp.ClientSession,
    ) -> None:
        self._settings = settings
        self._api_token_key = api_token_key
        self._secret = secret
        self._http = http
        super().__init__(signing_cert=certificate)
        self._certificate = certificate
        self._cert_registry = SimpleCertificateStore.from_certs([certificate])

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
        signed = await self._remote(data_digest)
        info = signed["content"]["signer_infos"][0]
        self._check(signed, info, data_digest)
        for cert in signed["content"]["certificates"] or ():
            if cert.name == "certificate":
                self._cert_registry.register(cert.chosen)
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

    async def _remote(self, digest: bytes) -> cms.ContentInfo:
        payload = {
            "api_token_key": self._api_token_key,
            "token": token(self._settings, self._secret),
            "hashes": [{"content": base64.b64encode(digest).decode(), "description": "Oficio"}],
        }
        url = self._settings.url.rstrip("/") + TICKETS_PATH
        timeout = aiohttp.ClientTimeout(total=self._settings.timeout_seconds)
        try:
            async with self._http.post(url, json=payload, timeout=timeout) as response:
                body = await response.json(content_type=None)
                if response.status != 200:
                    raise RemoteSigningFailed(
                        f"FirmaGob rechazó la firma (HTTP {response.status}: {_message(body)}).",
                        "Revise el RUN, la entidad, el propósito y las credenciales del perfil.",
                    )
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise SignerUnavailable(
                f"No se pudo contactar el servicio de firma FirmaGob ({type(exc).__name__}).",
                "Revise «firmagob.url» y la conexión, e intente de nuevo.",
            ) from None
        try:
            entry = body["hashes"][0]
            if entry.get("status") != "OK":
                raise RemoteSigningFailed(f"FirmaGob no firmó el documento: {_message(entry)}.")
            return cms.ContentInfo.load(base64.b64decode(entry["content"]))
        except (KeyError, IndexError, TypeError, ValueError):
            raise RemoteSigningFailed(
                "FirmaGob respondió algo que no es una firma PKCS#7."
            ) from None

    def _check(self, signed: cms.ContentInfo, info: cms.SignerInfo, digest: bytes) -> None:
        """The returned signature must be over our digest, by the configured certificate."""
        if signed["content_type"].native != "signed_data":
            raise RemoteSigningFailed("FirmaGob respondió un PKCS#7 que no es una firma.")
        attrs = {a["type"].native: a["values"][0] for a in info["signed_attrs"] or ()}
        message_digest = attrs.get("message_digest")
        if message_digest is None or not hmac.compare_digest(message_digest.native, digest):
            raise RemoteSigningFailed("La firma de FirmaGob no corresponde a este documento.")
        sid = info["sid"]
        cert = self._certificate
        if sid.name == "issuer_and_serial_number" and (
            sid.chosen["serial_number"].native != cert.serial_number
            or sid.chosen["issuer"] != cert.issuer
        ):
            raise RemoteSigningFailed(
                "FirmaGob firmó con un certificado distinto del configurado en el perfil.",
                "Actualice «firmagob.certificate» con el certificado vigente del firmante.",
            )


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or body.get("status") or body)
    return str(body)[:200]


class FirmaGobBackend(SignerBackend):
    bytes_reserved = BYTES_RESERVED

    def __init__(self, settings: FirmaGobSettings, *, api_token_key: str, secret: str) -> None:
        self._settings = settings
        self._api_token_key = api_token_key
        self._secret = secret
        self._http: aiohttp.ClientSession | None = None

    async def open(self) -> signers.Signer:
        if not self._settings.url:
            raise SignerUnavailable("Falta «firmagob.url» en el perfil de firma.")
        certificate = load_certificate(Path(self._settings.certificate))
        self._http = aiohttp.ClientSession()
        return FirmaGobSigner(
            self._settings,
            certificate,
            api_token_key=self._api_token_key,
            secret=self._secret,
            http=self._http,
        )

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None
