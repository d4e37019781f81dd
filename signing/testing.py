"""A local stand-in for the FirmaGob hash-signing service, shipped for tests.

Like ``httpx.MockTransport``, it lets a deployment (and our own tests) exercise a FirmaGob
profile end to end without the state's service or its credentials: it checks the API key
and the HS256 JWT as FirmaGob does, signs each received digest with a pyHanko signer, and
keeps every request so a test can see exactly what left the municipality.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import jwt
from aiohttp import web
from pyhanko.sign import signers

from signing.firmagob import TICKETS_PATH

_SANTIAGO = ZoneInfo("America/Santiago")
_CLAIMS = ("entity", "run", "expiration", "purpose")
_DIGEST_SIZE = 32  # SHA-256, the only digest this service signs


@dataclass(frozen=True)
class Received:
    """One request as the service got it, refused or not."""

    body: bytes
    payload: Any  # the decoded JSON; None when the body was not JSON


class _Refused(Exception):
    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


class FirmaGobSimulator:
    """``FirmaGobSimulator(signer, ...).app()``: an aiohttp app serving ``TICKETS_PATH``."""

    def __init__(
        self,
        signer: signers.Signer,
        *,
        api_token_key: str,
        secret: str,
        entity: str,
        run: str,
        purpose: str = "Desatendido",
    ) -> None:
        self._signer = signer
        self._api_token_key = api_token_key
        self._secret = secret
        self._expected = {"entity": entity, "run": run, "purpose": purpose}
        self.received: list[Received] = []

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post(TICKETS_PATH, self._tickets)
        return app

    async def _tickets(self, request: web.Request) -> web.Response:
        body = await request.read()
        try:
            payload = await request.json()
        except ValueError:
            payload = None
        self.received.append(Received(body=body, payload=payload))
        try:
            digests = self._accept(payload)
        except _Refused as refused:
            return web.json_response({"error": refused.error}, status=refused.status)
        answers = [await self._answer(digest, description) for digest, description in digests]
        metadata = {
            "otp_expired": False,
            "hashes_signed": len(answers),
            "signed_failed": 0,
            "objects_received": len(answers),
        }
        return web.json_response({"hashes": answers, "metadata": metadata})

    def _accept(self, payload: Any) -> list[tuple[bytes, str]]:
        """The digests to sign, or ``_Refused``: FirmaGob checks the request in this order."""
        if not isinstance(payload, dict) or not isinstance(payload.get("token"), str):
            raise _Refused(400, "Solicitud mal formada: se esperaba JSON con «token».")
        key = str(payload.get("api_token_key", ""))
        if not hmac.compare_digest(key.encode(), self._api_token_key.encode()):
            raise _Refused(401, "api_token_key no autorizada.")
        self._check_claims(payload["token"])
        return _digests(payload.get("hashes"))

    def _check_claims(self, token: str) -> None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=["HS256"])
        except jwt.InvalidTokenError:
            raise _Refused(401, "Token inválido: la firma del token no corresponde.") from None
        if any(not isinstance(claims.get(name), str) for name in _CLAIMS):
            raise _Refused(401, f"Token inválido: debe traer {', '.join(_CLAIMS)}.")
        try:
            expiration = datetime.strptime(claims["expiration"], "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            raise _Refused(401, "Token inválido: fecha de expiración ilegible.") from None
        if expiration.replace(tzinfo=_SANTIAGO) <= datetime.now(_SANTIAGO):
            raise _Refused(401, "token expirado")
        for name, wanted in self._expected.items():
            if claims[name] != wanted:
                raise _Refused(401, f"Token inválido: «{name}» no autorizado para esta API.")

    async def _answer(self, digest: bytes, description: str) -> dict[str, Any]:
        signed = await self._signer.async_sign(digest, "sha256", use_pades=True)
        return {
            "content": base64.b64encode(signed.dump()).decode(),
            "status": "OK",
            "documentStatus": "FIRMADO",
            "checksum_original": digest.hex(),
            "description": description,
        }


def _digests(hashes: Any) -> list[tuple[bytes, str]]:
    """Each entry's decoded SHA-256 digest and description; anything else is a 400."""
    if not isinstance(hashes, list) or not hashes:
        raise _Refused(400, "Solicitud mal formada: «hashes» debe ser una lista no vacía.")
    found: list[tuple[bytes, str]] = []
    for entry in hashes:
        content = entry.get("content") if isinstance(entry, dict) else None
        try:
            digest = base64.b64decode(str(content), validate=True)
        except (binascii.Error, ValueError):
            digest = b""
        if content is None or len(digest) != _DIGEST_SIZE:
            raise _Refused(400, "Solicitud mal formada: cada hash debe ser un SHA-256 en base64.")
        found.append((digest, str(entry.get("description", ""))))
    return found


__all__ = ["FirmaGobSimulator", "Received"]
