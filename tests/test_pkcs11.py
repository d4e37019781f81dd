"""Signing with a PKCS#11 token: Debian's SoftHSM2, initialised by the test itself."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import x509

from signing import (
    Pkcs11Backend,
    Pkcs11Settings,
    SignerUnavailable,
    same_prefix,
    trust_roots,
    verify_pdf,
)
from tests.pki import SECRETARIO_RUT
from tests.signing_support import SigningEnv

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
PIN, SO_PIN, TOKEN, LABEL = "246810", "13579111", "secretaria-municipal", "secretario"

pytestmark = pytest.mark.skipif(
    not MODULE.exists() or shutil.which("softhsm2-util") is None,
    reason="SoftHSM2 no está instalado (paquete softhsm2)",
)


@pytest.fixture(scope="module")
def token(pki: SigningEnv, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pkcs11Settings]:
    """A fresh token holding the Secretario's key and certificate."""
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    util = ["softhsm2-util"]
    subprocess.run(
        [*util, "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
    )
    key = folder / "secretario.key.pem"
    key.write_bytes(pki.pki.key_pem("secretario"))
    subprocess.run(
        [
            *util,
            "--import",
            str(key),
            "--token",
            TOKEN,
            "--label",
            LABEL,
            "--pin",
            PIN,
            "--id",
            "01",
        ],
        check=True,
        capture_output=True,
    )
    key.unlink()
    _store_certificate(pki.pki.cert("secretario"))
    chain = folder / "cadena.pem"  # the token holds only the signer's own certificate
    chain.write_bytes(pki.pki.cert_pem("intermediate"))
    yield Pkcs11Settings(module=str(MODULE), token_label=TOKEN, key_label=LABEL, chain=str(chain))
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def _store_certificate(cert: x509.Certificate) -> None:
    """softhsm2-util imports keys only; the certificate goes in through PKCS#11 itself."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    lib = pkcs11.lib(str(MODULE))
    with lib.get_token(token_label=TOKEN).open(rw=True, user_pin=PIN) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: LABEL,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: cert.subject.dump(),
                Attribute.ISSUER: cert.issuer.dump(),
                Attribute.SERIAL_NUMBER: cert["tbs_certificate"]["serial_number"].dump(),
                Attribute.VALUE: cert.dump(),
            }
        )


def test_signs_with_the_token(pki: SigningEnv, token: Pkcs11Settings, tmp_path: Path) -> None:
    signed = tmp_path / "firmado-token.pdf"
    done = pki.sign(pki.oficio, signed, level="B-T", backend=Pkcs11Backend(token, PIN))
    assert done.rut == SECRETARIO_RUT
    assert same_prefix(pki.oficio, signed)
    report = verify_pdf(signed, trust_roots(pki.trust), fetch=True, timeout=10)
    assert report.result == "valid", report
    assert report.signatures[0].level == "B-T"


def test_a_wrong_pin_is_a_clear_error(
    pki: SigningEnv, token: Pkcs11Settings, tmp_path: Path
) -> None:
    dest = tmp_path / "no.pdf"
    with pytest.raises(SignerUnavailable) as caught:
        pki.sign(pki.oficio, dest, backend=Pkcs11Backend(token, "000000"))
    assert "PIN" in caught.value.hint
    assert not dest.exists()
