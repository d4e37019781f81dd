"""Where the Secretario's key lives: one interface, one class per kind of key.

A backend is opened once per signing session and gives a pyHanko ``Signer``; every
document of a batch is then signed with the same open key (no passphrase derivation, key
parsing or token login per document).
"""

from __future__ import annotations

import abc
from pathlib import Path
from typing import Any

from asn1crypto import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.keys import load_certs_from_pemder
from pyhanko.sign import signers
from pyhanko.sign.general import load_cert_from_pemder
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from signing.errors import SignerUnavailable, SigningConfigError
from signing.settings import Pkcs11Settings, Pkcs12Settings


class SignerBackend(abc.ABC):
    """Opens the key for a session and closes it after (a token logs out)."""

    # Room for the signature in the PDF (hexadecimal digits); None: pyHanko estimates it
    # with a dry run, which only a key at hand can do cheaply.
    bytes_reserved: int | None = None

    @abc.abstractmethod
    async def open(self) -> signers.Signer: ...

    async def close(self) -> None:  # noqa: B027 - most keys need nothing to close
        pass


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's in-memory signer with the private key parsed once.

    ``SimpleSigner.sign_raw`` parses (and for RSA, checks) the key again for every
    signature: some 20 ms of each oficio.
    """

    def __init__(self, base: signers.SimpleSigner, key: Any) -> None:
        super().__init__(
            signing_cert=base.signing_cert,
            signing_key=base.signing_key,
            cert_registry=base.cert_registry,
        )
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), digest)
        if mechanism == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)  # PSS, EdDSA: pyHanko's own path


class Pkcs12Backend(SignerBackend):
    """A PKCS#12 file (.p12/.pfx); the passphrase is given by the caller, never stored."""

    def __init__(self, settings: Pkcs12Settings, passphrase: bytes | None) -> None:
        self._settings = settings
        self._passphrase = passphrase

    async def open(self) -> signers.Signer:
        path = Path(self._settings.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SigningConfigError(
                f"No se pudo leer el certificado de firma {path} ({exc.strerror}).",
                "Revise «pkcs12.file» en el perfil de firma.",
            ) from None
        try:
            base = signers.SimpleSigner.load_pkcs12_data(data, (), passphrase=self._passphrase)
        except ValueError:
            raise SignerUnavailable(
                f"No se pudo abrir {path.name}: la contraseña es incorrecta o el archivo no "
                "es un PKCS#12.",
                f"Revise la variable de entorno «{self._settings.passphrase_env}».",
            ) from None
        key = serialization.load_der_private_key(base.signing_key.dump(), password=None)
        return _LoadedKeySigner(base, key)


class Pkcs11Backend(SignerBackend):
    """A PKCS#11 token (a cryptographic card or an HSM; SoftHSM2 in the tests)."""

    def __init__(self, settings: Pkcs11Settings, pin: str | None) -> None:
        self._settings = settings
        self._pin = pin
        self._session: Any = None

    async def open(self) -> signers.Signer:
        from pkcs11 import PKCS11Error
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign import pkcs11 as p11

        s = self._settings
        try:
            self._session = p11.open_pkcs11_session(
                s.module, token_criteria=TokenCriteria(label=s.token_label), user_pin=self._pin
            )
            signer = p11.PKCS11Signer(
                self._session,
                key_label=s.key_label,
                cert_label=s.cert_label or s.key_label,
                ca_chain=load_chain(Path(s.chain)) if s.chain else None,
            )
            await signer.ensure_objects_loaded()
        except (PKCS11Error, OSError, RuntimeError) as exc:
            await self.close()
            raise SignerUnavailable(
                f"No se pudo usar el dispositivo criptográfico «{s.token_label}» "
                f"({type(exc).__name__}: {exc}).",
                f"Conecte el dispositivo y revise el PIN («{s.pin_env}») y las etiquetas "
                "del perfil.",
            ) from None
        return signer

    async def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def load_chain(path: Path) -> list[x509.Certificate]:
    try:
        return list(load_certs_from_pemder([str(path)]))
    except (OSError, ValueError) as exc:
        raise SigningConfigError(
            f"No se pudo leer la cadena de certificados {path} ({exc}).",
            "Debe contener los certificados de la autoridad emisora, en PEM.",
        ) from None


def load_certificate(path: Path) -> x509.Certificate:
    try:
        return load_cert_from_pemder(str(path))
    except (OSError, ValueError) as exc:
        raise SigningConfigError(
            f"No se pudo leer el certificado {path} ({exc}).",
            "Debe ser un certificado X.509 en formato PEM o DER.",
        ) from None
