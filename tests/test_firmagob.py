"""FirmaGob remote signing against ``signing.testing.FirmaGobSimulator`` over real HTTP.

The simulator signs with keys of the test PKI and runs on its own loopback server; the
session checks the configured certificate against the PKI's OCSP responder as usual.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import jwt
import pytest
from aiohttp import web
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers import SimpleSigner

from signing import (
    SANTIAGO,
    CertificateRefused,
    FirmaGobSettings,
    SignerUnavailable,
    SigningError,
    same_prefix,
    trust_roots,
    verify_pdf,
)
from signing.firmagob import TICKETS_PATH, FirmaGobBackend, RemoteSigningFailed, token
from signing.testing import FirmaGobSimulator
from tests.pki import HOST, SECRETARIO_NAME, SECRETARIO_RUT, free_port
from tests.signing_support import SigningEnv

API_KEY = "api-key-municipalidad-de-negrete"
SECRET = "secreto-compartido-firmagob-de-prueba-0123456789"  # PyJWT wants >= 32 bytes
ENTITY = "Municipalidad de Negrete"
RUN = "12345678"


@dataclass(frozen=True)
class Service:
    simulator: FirmaGobSimulator
    url: str


@contextmanager
def _served(app: web.Application) -> Iterator[str]:
    """Serve ``app`` on a free loopback port from a daemon thread; yield its base URL."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, HOST, 0).start())
    port = runner.addresses[0][1]
    thread = threading.Thread(target=loop.run_forever, name="firmagob", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.run_until_complete(runner.cleanup())
        loop.close()


@pytest.fixture(scope="module")
def keys(pki: SigningEnv) -> Callable[[str], SimpleSigner]:
    """The pyHanko signer of a test PKI label, made once (PKCS#12 key derivation is slow)."""
    made: dict[str, SimpleSigner] = {}

    def signer(label: str) -> SimpleSigner:
        if label not in made:
            p12 = pki.pki.p12(label, b"x")
            made[label] = SimpleSigner.load_pkcs12_data(p12, (), passphrase=b"x")
        return made[label]

    return signer


@pytest.fixture
def firmagob(keys: Callable[[str], SimpleSigner]) -> Iterator[Callable[[str], Service]]:
    """Start a simulator, on its own server, that signs with a test PKI label's key."""
    with ExitStack() as stack:

        def start(label: str = "secretario") -> Service:
            signer = keys(label)
            simulator = FirmaGobSimulator(
                signer, api_token_key=API_KEY, secret=SECRET, entity=ENTITY, run=RUN
            )
            return Service(simulator, stack.enter_context(_served(simulator.app())))

        yield start


def _backend(
    env: SigningEnv,
    url: str,
    *,
    api_token_key: str = API_KEY,
    secret: str = SECRET,
    chain: tuple[str, ...] = ("intermediate",),
) -> FirmaGobBackend:
    """The secretario's certificate file as a CA delivers it: the certificate, its chain."""
    certificate = env.folder / f"secretario-firmagob-{len(chain)}.pem"
    if not certificate.exists():
        labels = ("secretario", *chain)
        certificate.write_bytes(b"".join(env.pki.cert_pem(label) for label in labels))
    settings = FirmaGobSettings(
        url=url, entity=ENTITY, run=RUN, certificate=str(certificate), timeout_seconds=10
    )
    return FirmaGobBackend(settings, api_token_key=api_token_key, secret=secret)


def _signed_digest(path: Path) -> bytes:
    with path.open("rb") as stream:
        return bytes(PdfFileReader(stream).embedded_signatures[0].compute_digest())


@pytest.mark.parametrize("level", ["B-B", "B-T"])
def test_round_trip_through_firmagob(
    pki: SigningEnv, firmagob: Callable[[str], Service], tmp_path: Path, level: str
) -> None:
    service = firmagob("secretario")
    signed = tmp_path / "firmado.pdf"
    result = pki.sign(pki.oficio, signed, level=level, backend=_backend(pki, service.url))
    assert (result.level, result.signer, result.rut) == (level, SECRETARIO_NAME, SECRETARIO_RUT)
    assert same_prefix(pki.oficio, signed), "the signature must be an incremental update"

    report = verify_pdf(signed, trust_roots(pki.trust), fetch=True, timeout=10)
    assert report.result == "valid", report
    first = report.signatures[0]
    assert (first.level, first.rut) == (level, SECRETARIO_RUT)
    assert (first.timestamp is None) == (level == "B-B")

    # Only the document's SHA-256 digest left the municipality, never the PDF.
    [received] = service.simulator.received
    assert len(received.body) < 2048 and b"%PDF" not in received.body
    [entry] = received.payload["hashes"]
    assert base64.b64decode(entry["content"], validate=True) == _signed_digest(signed)


def test_the_token_names_the_signer_and_expires_soon_in_santiago_time(
    pki: SigningEnv, firmagob: Callable[[str], Service], tmp_path: Path
) -> None:
    service = firmagob("secretario")
    pki.sign(pki.oficio, tmp_path / "firmado.pdf", level="B-B", backend=_backend(pki, service.url))
    [received] = service.simulator.received
    assert received.payload["api_token_key"] == API_KEY
    claims = jwt.decode(received.payload["token"], SECRET, algorithms=["HS256"])
    assert set(claims) == {"entity", "run", "expiration", "purpose"}
    assert (claims["entity"], claims["run"], claims["purpose"]) == (ENTITY, RUN, "Desatendido")
    expiration = datetime.strptime(claims["expiration"], "%Y-%m-%dT%H:%M:%S")
    ahead = expiration.replace(tzinfo=SANTIAGO) - datetime.now(SANTIAGO)
    assert timedelta(minutes=1) < ahead <= timedelta(minutes=5)


@pytest.mark.parametrize(
    ("api_token_key", "secret", "words"),
    [
        pytest.param(API_KEY, "otro-secreto-compartido-987654321", "Token inválido", id="secreto"),
        pytest.param("api-key-ajena", SECRET, "api_token_key no autorizada", id="api-key"),
    ],
)
def test_wrong_credentials_are_a_refusal_with_a_hint(
    pki: SigningEnv,
    firmagob: Callable[[str], Service],
    tmp_path: Path,
    api_token_key: str,
    secret: str,
    words: str,
) -> None:
    service = firmagob("secretario")
    backend = _backend(pki, service.url, api_token_key=api_token_key, secret=secret)
    with pytest.raises(RemoteSigningFailed) as caught:
        pki.sign(pki.oficio, tmp_path / "firmado.pdf", level="B-B", backend=backend)
    assert words in caught.value.message
    assert "FirmaGob rechazó la firma (HTTP 401" in caught.value.message
    assert "PARTES_FIRMAGOB_SECRETO" in caught.value.hint
    assert list(tmp_path.iterdir()) == [], "no output, not even a partial file"


def test_an_unreachable_service_is_signer_unavailable(pki: SigningEnv, tmp_path: Path) -> None:
    dest = tmp_path / "firmado.pdf"
    backend = _backend(pki, f"http://{HOST}:{free_port()}")
    with pytest.raises(SignerUnavailable) as caught:
        pki.sign(pki.oficio, dest, level="B-B", backend=backend)
    assert "No se pudo contactar el servicio de firma FirmaGob" in caught.value.message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("label", ["sin-no-repudio", "revocado"])
def test_a_signature_by_another_certificate_is_refused(
    pki: SigningEnv, firmagob: Callable[[str], Service], tmp_path: Path, label: str
) -> None:
    service = firmagob(label)
    dest = tmp_path / "firmado.pdf"
    with pytest.raises(RemoteSigningFailed) as caught:
        pki.sign(pki.oficio, dest, level="B-T", backend=_backend(pki, service.url))
    assert "certificado distinto del configurado" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_certificate_without_its_chain_is_refused_before_anything_is_sent(
    pki: SigningEnv, firmagob: Callable[[str], Service], tmp_path: Path
) -> None:
    service = firmagob("secretario")
    backend = _backend(pki, service.url, chain=())
    with pytest.raises(CertificateRefused) as caught:
        pki.sign(pki.oficio, tmp_path / "firmado.pdf", level="B-B", backend=backend)
    assert "autoridad de confianza" in caught.value.message
    assert service.simulator.received == [] and list(tmp_path.iterdir()) == []


def _fixed(status: int, body: str) -> web.Application:
    """A service that always gives the same answer (what a broken gateway might say)."""

    async def answer(_request: web.Request) -> web.Response:
        return web.Response(status=status, text=body, content_type="application/json")

    app = web.Application()
    app.router.add_post(TICKETS_PATH, answer)
    return app


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        pytest.param(503, "<html>Servicio en mantención</html>", SignerUnavailable, "HTTP 503",
                     id="caido"),
        pytest.param(200, "<html>no es JSON</html>", RemoteSigningFailed,
                     "no es una firma PKCS#7", id="no-json"),
        pytest.param(200, '{"hashes": [{"content": "bm8gZXMgQ01T", "status": "OK"}]}',
                     RemoteSigningFailed, "no es una firma PKCS#7", id="no-cms"),
        pytest.param(200, '{"hashes": [{"status": "ERROR", "error": "RUN bloqueado"}]}',
                     RemoteSigningFailed, "RUN bloqueado", id="no-firmado"),
        pytest.param(400, '{"error": "Solicitud mal formada"}', RemoteSigningFailed,
                     "Solicitud mal formada", id="rechazo"),
    ],
)  # fmt: skip
def test_broken_answers_are_explained(
    pki: SigningEnv,
    tmp_path: Path,
    status: int,
    body: str,
    error: type[SigningError],
    words: str,
) -> None:
    dest = tmp_path / "firmado.pdf"
    with _served(_fixed(status, body)) as url, pytest.raises(error) as caught:
        pki.sign(pki.oficio, dest, level="B-B", backend=_backend(pki, url))
    assert type(caught.value) is error and words in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_signature_of_another_document_is_refused(
    pki: SigningEnv, keys: Callable[[str], SimpleSigner], tmp_path: Path
) -> None:
    """A genuine signature by the right key, but over another digest (a replayed answer)."""
    other = asyncio.run(keys("secretario").async_sign(bytes(32), "sha256", use_pades=True))
    entry = {"content": base64.b64encode(other.dump()).decode(), "status": "OK"}
    replay = _fixed(200, json.dumps({"hashes": [entry]}))
    with _served(replay) as url, pytest.raises(RemoteSigningFailed) as caught:
        pki.sign(pki.oficio, tmp_path / "firmado.pdf", level="B-B", backend=_backend(pki, url))
    assert "no corresponde a este documento" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def _post(url: str, payload: Any) -> tuple[int, dict[str, Any]]:
    async def run() -> tuple[int, dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            kwargs = {"data": payload} if isinstance(payload, str) else {"json": payload}
            async with http.post(url + TICKETS_PATH, **kwargs) as response:
                return response.status, await response.json()

    return asyncio.run(run())


def _request(
    *, hashes: Any = None, entity: str = ENTITY, now: datetime | None = None
) -> dict[str, Any]:
    """A request as FirmaGobSigner sends it, with one thing changed."""
    settings = FirmaGobSettings(entity=entity, run=RUN)
    digest = base64.b64encode(bytes(32)).decode()
    return {
        "api_token_key": API_KEY,
        "token": token(settings, SECRET, now),
        "hashes": [{"content": digest, "description": "x"}] if hashes is None else hashes,
    }


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        pytest.param(lambda: "no es json", 400, "mal formada", id="no-json"),
        pytest.param(lambda: _request(hashes=[]), 400, "lista no vacía", id="sin-hashes"),
        pytest.param(  # "%PDF-1.7\n": a piece of document instead of a digest
            lambda: _request(hashes=[{"content": "JVBERi0xLjcK"}]),
            400,
            "SHA-256 en base64",
            id="no-digest",
        ),
        pytest.param(
            lambda: _request(now=datetime.now(SANTIAGO) - timedelta(minutes=6)),
            401,
            "token expirado",
            id="expirado",
        ),
        pytest.param(
            lambda: _request(entity="Otra Municipalidad"),
            401,
            "«entity» no autorizado",
            id="otra-entidad",
        ),
        pytest.param(lambda: {**_request(), "token": "a.b.c"}, 401, "Token inválido", id="jwt"),
    ],
)
def test_the_simulator_refuses_like_the_service(
    firmagob: Callable[[str], Service], payload: Callable[[], Any], status: int, words: str
) -> None:
    """Tokens are made when the test runs: a token made at collection could expire."""
    service = firmagob("secretario")
    answer = _post(service.url, payload())
    assert answer[0] == status and words in answer[1]["error"], answer
    status_ok, signed = _post(service.url, _request())
    assert status_ok == 200 and signed["hashes"][0]["status"] == "OK"
    assert signed["metadata"]["hashes_signed"] == 1
