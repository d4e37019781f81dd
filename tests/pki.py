"""An offline test PKI for the signing tests, made by our own code and served over real HTTP.

Nothing is checked in: ``build_pki`` generates RSA keys (kept in ``folder/keys`` so a session
can reuse them) and a certomancer configuration, and ``PkiServer`` serves the TSA, the OCSP
responder and the CRLs on 127.0.0.1, so that both this process and a ``partes sign`` child
process reach them through the URLs written into the certificates.

Certificate labels (also entity and key labels):

* ``root`` "Raíz de Prueba Partes" (the only trusted root), ``intermediate`` (issues the
  signers), ``tsa`` (issued by the root), ``ocsp`` (the intermediate's OCSP responder);
* signers issued by the intermediate: ``secretario`` (good), ``revocado`` (revoked on
  2025-01-01), ``vencido`` (expired on 2024-01-01), ``sin-no-repudio`` (no nonRepudiation),
  ``rsa-1024`` (good, but with an RSA-1024 key: weaker than the 2048 bits required);
* ``foreign-root`` "Raíz Ajena" (never trusted) and ``externo``, a signer it issued.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

from aiohttp import web
from asn1crypto import algos, core, keys, pem, x509
from certomancer import crypto_utils
from certomancer.integrations.aiohttp_illusionist import AsyncIllusionist
from certomancer.registry import (
    ArchLabel,
    CertLabel,
    CertomancerConfig,
    PKIArchitecture,
    ServiceLabel,
)
from cryptography import x509 as pyca_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

HOST = "127.0.0.1"
ARCH = "partes"
RUT_OID = "1.3.6.1.4.1.8321.1"
SECRETARIO_NAME = "María Fernanda Rojas Soto"
SECRETARIO_RUT = "12345678-5"
ROOT_NAME = "Raíz de Prueba Partes"
FOREIGN_ROOT_NAME = "Raíz Ajena"


@dataclass(frozen=True)
class _Signer:
    """One end-entity certificate: who it names and what makes it good or bad."""

    common_name: str
    rut: str  # all with a valid check digit, so RUT validation never masks the real test
    usages: tuple[str, ...] = ("digital_signature", "non_repudiation")
    valid: tuple[str, str] = ("2024-01-01", "2040-01-01")
    issuer: str = "intermediate"
    revoked_since: str | None = None
    key_bits: int = 2048


SIGNERS: dict[str, _Signer] = {
    "secretario": _Signer(SECRETARIO_NAME, SECRETARIO_RUT),
    "revocado": _Signer("Pedro Revocado", "11111111-1", revoked_since="2025-01-01"),
    "vencido": _Signer("Ana Vencida", "22222222-2", valid=("2020-01-01", "2024-01-01")),
    "sin-no-repudio": _Signer("Luis Sin Repudio", "33333333-3", usages=("digital_signature",)),
    "externo": _Signer("Carla Externa", "44444444-4", issuer="foreign-root"),
    "rsa-1024": _Signer("Jorge Clave Corta", "55555555-5", key_bits=1024),
}
CA_LABELS = ("root", "intermediate", "foreign-root")
KEY_LABELS = (*CA_LABELS, "tsa", "ocsp", *SIGNERS)


def free_port() -> int:
    """A loopback port nobody listens on now (the OS picks it; racy but fine for tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _ensure_key(path: Path, bits: int = 2048) -> None:
    """RSA key as unencrypted PKCS#8 PEM; an existing file is kept (keygen is the slow
    part of building the PKI). Written atomically so parallel sessions never read half."""
    if path.exists():
        return
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _iso(day: str) -> str:
    return f"{day}T00:00:00+00:00"


def _validity(start: str, end: str) -> dict[str, str]:
    return {"valid-from": _iso(start), "valid-to": _iso(end)}


def _rut_alt_name(rut: str) -> str:
    """subjectAltName with the RUT as otherName (type 1.3.6.1.4.1.8321.1, UTF8String), as
    Chilean CAs issue it. certomancer cannot express otherName in YAML, so it gets DER."""
    # explicit=0 by hand: asn1crypto drops the [0] EXPLICIT tag of AnotherName.value when
    # given an untagged value, and the certificate would then not parse.
    other = {"type_id": RUT_OID, "value": core.UTF8String(rut, explicit=0)}
    names = x509.GeneralNames([x509.GeneralName(name="other_name", value=other)])
    return str(names.dump().hex())


def _crl_dp(repo: str) -> dict[str, Any]:
    return {
        "id": "crl_distribution_points",
        "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": [repo]}},
    }


def _key_usage(*usages: str) -> dict[str, Any]:
    return {
        "id": "key_usage",
        "critical": True,
        "smart-value": {"schema": "key-usage", "params": list(usages)},
    }


def _signer_cert(signer: _Signer) -> dict[str, Any]:
    extensions = [
        _key_usage(*signer.usages),
        _crl_dp(signer.issuer),
        {
            "id": "subject_alt_name",
            "smart-value": {"schema": "der-bytes", "params": _rut_alt_name(signer.rut)},
        },
    ]
    if signer.issuer == "intermediate":
        extensions.append(
            {
                "id": "authority_information_access",
                "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["ocsp"]}},
            }
        )
    cert: dict[str, Any] = {
        "issuer": signer.issuer,
        "validity": _validity(*signer.valid),
        "extensions": extensions,
    }
    if signer.revoked_since:
        cert["revocation"] = {
            "revoked-since": _iso(signer.revoked_since),
            "reason": "key_compromise",
        }
    return cert


def pki_config(port: int) -> dict[str, Any]:
    """The certomancer configuration (JSON-compatible, hence also valid YAML)."""
    entities: dict[str, dict[str, str]] = {
        "root": {"common-name": ROOT_NAME},
        "intermediate": {"common-name": "CA Intermedia de Prueba Partes"},
        "tsa": {"common-name": "Sello de Tiempo de Prueba Partes"},
        "ocsp": {"common-name": "OCSP de Prueba Partes"},
        "foreign-root": {"common-name": FOREIGN_ROOT_NAME, "organization-name": "Ajena S.A."},
    }
    for label, signer in SIGNERS.items():
        entities[label] = {"common-name": signer.common_name, "serial-number": signer.rut}
    ca = {"profiles": ["simple-ca"]}
    certs: dict[str, dict[str, Any]] = {
        "root": {**ca, "issuer": "root", "validity": _validity("2020-01-01", "2060-01-01")},
        "foreign-root": {
            **ca,
            "issuer": "foreign-root",
            "validity": _validity("2020-01-01", "2060-01-01"),
        },
        "intermediate": {
            **ca,
            "issuer": "root",
            "validity": _validity("2020-01-01", "2055-01-01"),
            "extensions": [_crl_dp("root")],
        },
        "tsa": {
            "issuer": "root",
            "validity": _validity("2020-01-01", "2055-01-01"),
            "extensions": [
                _key_usage("digital_signature"),
                {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                _crl_dp("root"),
            ],
        },
        "ocsp": {
            "issuer": "intermediate",
            "validity": _validity("2020-01-01", "2055-01-01"),
            # key usage, critical EKU ocsp_signing and id-pkix-ocsp-nocheck
            "profiles": ["ocsp-responder"],
        },
    }
    certs.update({label: _signer_cert(signer) for label, signer in SIGNERS.items()})
    crl_repos = {
        issuer: {"for-issuer": issuer, "simulated-update-schedule": "P1D"} for issuer in CA_LABELS
    }
    return {
        "external-url-prefix": f"http://{HOST}:{port}",
        "keysets": {
            ARCH: {
                "path-prefix": "keys",
                "keys": {label: {"path": f"{label}.key.pem"} for label in KEY_LABELS},
            }
        },
        "pki-architectures": {
            ARCH: {
                "keyset": ARCH,
                "entity-defaults": {"country-name": "CL", "organization-name": "Municipalidad"},
                "entities": entities,
                "certs": certs,
                "services": {
                    "ocsp": {
                        "ocsp": {"for-issuer": "intermediate", "responder-cert": "ocsp"},
                    },
                    "crl-repo": crl_repos,
                    "time-stamping": {"tsa": {"signing-cert": "tsa"}},
                },
            }
        },
    }


@dataclass(frozen=True)
class TestPki:
    """The generated PKI: certificates and keys by label, and the services' URLs."""

    __test__: ClassVar[bool] = False  # a helper, not a pytest test class

    arch: PKIArchitecture
    port: int
    folder: Path

    @property
    def tsa_url(self) -> str:
        return str(self.arch.service_registry.get_tsa_info(ServiceLabel("tsa")).url)

    @property
    def ocsp_url(self) -> str:
        return str(self.arch.service_registry.get_ocsp_info(ServiceLabel("ocsp")).url)

    def crl_url(self, issuer: str) -> str:
        """Latest CRL of ``root``, ``intermediate`` or ``foreign-root``."""
        repo = self.arch.service_registry.get_crl_repo_info(ServiceLabel(issuer))
        return str(repo.latest_external_url)

    def cert(self, label: str) -> x509.Certificate:
        return self.arch.get_cert(CertLabel(label))

    def cert_pem(self, label: str) -> bytes:
        return bytes(pem.armor("CERTIFICATE", self.cert(label).dump()))

    def root_pem(self) -> bytes:
        return self.cert_pem("root")

    def key_pem(self, label: str) -> bytes:
        return (self.folder / "keys" / f"{label}.key.pem").read_bytes()

    def chain(self, label: str) -> list[str]:
        """Labels of the CA certificates above ``label``, nearest first, root included."""
        return [lbl.value for lbl in self.arch.get_chain(CertLabel(label))]

    def p12(self, label: str, passphrase: bytes) -> bytes:
        """PKCS#12 with key, certificate and CA chain, as a CA delivers it to a signer."""
        key = serialization.load_pem_private_key(self.key_pem(label), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        cert = pyca_x509.load_der_x509_certificate(self.cert(label).dump())
        cas = [pyca_x509.load_der_x509_certificate(self.cert(c).dump()) for c in self.chain(label)]
        return pkcs12.serialize_key_and_certificates(
            name=label.encode(),
            key=key,
            cert=cert,
            cas=cas,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )

    def write_trust_folder(self, dest: Path) -> Path:
        """A trust folder holding the test root only (so ``externo`` stays untrusted)."""
        dest.mkdir(parents=True, exist_ok=True)
        (dest / "raiz-prueba-partes.pem").write_bytes(self.root_pem())
        return dest


class _ParsedOnceBackend(crypto_utils.PycaCryptographyBackend):
    """certomancer's crypto backend with each private key parsed once.

    The stock backend parses (and OpenSSL checks) the key for every OCSP, TSA or CRL
    answer: 60-90 ms each, which would make the test PKI slower than any real one.
    ``CRYPTO_BACKEND`` is certomancer's own hook for replacing the backend.
    """

    def __init__(self) -> None:
        self._keys: dict[bytes, rsa.RSAPrivateKey] = {}

    def generic_sign(
        self,
        private_key: keys.PrivateKeyInfo,
        tbs_bytes: bytes,
        sd_algo: algos.SignedDigestAlgorithm,
    ) -> bytes:
        if sd_algo.signature_algo != "rsassa_pkcs1v15":
            return bytes(super().generic_sign(private_key, tbs_bytes, sd_algo))
        der = private_key.dump()
        key = self._keys.get(der)
        if key is None:
            loaded = serialization.load_der_private_key(der, password=None)
            if not isinstance(loaded, rsa.RSAPrivateKey):
                return bytes(super().generic_sign(private_key, tbs_bytes, sd_algo))
            key = self._keys[der] = loaded
        digest = getattr(hashes, sd_algo.hash_algo.upper())()
        return bytes(key.sign(tbs_bytes, padding.PKCS1v15(), digest))


crypto_utils.CRYPTO_BACKEND = _ParsedOnceBackend()


def build_pki(folder: Path, *, port: int) -> TestPki:
    """Generate (or reuse) the keys in ``folder/keys`` and build the PKI for ``port``.

    The port is written into the certificates (AIA, CRL distribution points), so the
    server must listen on the same one. ``folder/certomancer.yml`` is written for
    debugging with the certomancer CLI; the PKI itself is built from the dict.
    """
    keys = folder / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    for label in KEY_LABELS:
        signer = SIGNERS.get(label)
        _ensure_key(keys / f"{label}.key.pem", signer.key_bits if signer else 2048)
    config = pki_config(port)
    (folder / "certomancer.yml").write_text(
        json.dumps(config, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    arch = CertomancerConfig(config, key_search_dir=str(folder)).get_pki_arch(ArchLabel(ARCH))
    return TestPki(arch=arch, port=port, folder=folder)


class PkiServer:
    """Serves the PKI on 127.0.0.1:``pki.port`` from a daemon thread with its own loop.

    Real TCP rather than an aiohttp test client, so child processes can reach it too.
    ``configure`` may add routes to the app and ``mounts`` maps prefixes to sub-apps (e.g. a
    simulated remote signing service); both are applied before the server starts.
    ``at_time`` freezes the time of OCSP, CRL and TSA answers (``illusionist.fixed_time``
    can be changed while serving).
    """

    def __init__(
        self,
        pki: TestPki,
        *,
        at_time: datetime | None = None,
        configure: Callable[[web.Application], None] | None = None,
        mounts: Mapping[str, web.Application] | None = None,
        start_timeout: float = 10.0,
    ) -> None:
        self.pki = pki
        self.port = pki.port
        self.url = f"http://{HOST}:{pki.port}"
        self.illusionist = AsyncIllusionist(pki.arch, at_time=at_time)
        self.app = self.illusionist.build_app()
        if configure is not None:
            configure(self.app)
        for prefix, sub_app in (mounts or {}).items():
            self.app.add_subapp(prefix, sub_app)
        self._start_timeout = start_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        # access_log=None: the access logger reads the local UTC offset, which breaks
        # under a patched clock (freezegun) without affecting any answer.
        runner = web.AppRunner(self.app, access_log=None)
        try:
            loop.run_until_complete(runner.setup())
            loop.run_until_complete(web.TCPSite(runner, HOST, self.port).start())
        except BaseException as exc:
            self._error = exc
            loop.run_until_complete(runner.cleanup())
            loop.close()
            self._ready.set()
            return
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    def _wait_accepting(self) -> None:
        deadline = time.monotonic() + self._start_timeout
        while True:
            try:
                with socket.create_connection((HOST, self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def __enter__(self) -> PkiServer:
        self._thread = threading.Thread(target=self._serve, name="pki-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(self._start_timeout):
            raise TimeoutError(f"PKI server did not start on port {self.port}")
        if self._error is not None:
            raise RuntimeError(f"PKI server failed on port {self.port}") from self._error
        self._wait_accepting()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=self._start_timeout)
        self._loop = self._thread = None
