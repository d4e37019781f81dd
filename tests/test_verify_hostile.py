"""``partes verify`` on signed PDFs as they arrive from outside: weak algorithms, several
signatures with a document timestamp, a revocation server that never answers.

Every PDF is signed for real with the test PKI (pyHanko directly where the project's own
signer would rightly refuse: a SHA-1 digest, an RSA-1024 key, a revoked certificate).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pyhanko.keys import load_private_key_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.conftest import CliResult
from tests.pki import HOST, PkiServer, TestPki, build_pki, free_port
from tests.signing_support import SigningEnv

Partes = Callable[..., CliResult]


def sign_with(pki: TestPki, label: str, source: Path, dest: Path, *, digest: str) -> Path:
    """One PAdES signature by ``label``'s key, with pyHanko and no checks of ours."""
    key_file = pki.folder / "keys" / f"{label}.key.pem"
    signer = signers.SimpleSigner(
        signing_cert=pki.cert(label),
        signing_key=load_private_key_from_pemder(str(key_file), None),
        cert_registry=SimpleCertificateStore.from_certs([pki.cert(c) for c in pki.chain(label)]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Firma1", md_algorithm=digest, subfilter=fields.SigSeedSubFilter.PADES
    )
    with source.open("rb") as src, dest.open("wb") as out:
        signers.PdfSigner(meta, signer=signer).sign_pdf(IncrementalPdfFileWriter(src), output=out)
    return dest


def assert_quiet(result: CliResult) -> None:
    """Nothing from a library on the terminal: no traceback, no warning."""
    assert "Traceback" not in result.stderr, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr


def by_name(result: CliResult) -> dict[str, dict[str, Any]]:
    return {Path(line["file"]).name: line for line in result.json_lines()}


def test_weak_algorithms_make_a_signature_invalid_with_their_own_reason(
    home: Path, partes: Partes, pki: SigningEnv, tmp_path: Path
) -> None:
    sha1 = sign_with(pki.pki, "secretario", pki.oficio, tmp_path / "sha1.pdf", digest="sha1")
    short = sign_with(pki.pki, "rsa-1024", pki.oficio, tmp_path / "rsa1024.pdf", digest="sha256")
    good = sign_with(pki.pki, "secretario", pki.oficio, tmp_path / "sha256.pdf", digest="sha256")
    files = [str(sha1), str(short), str(good)]
    result = partes(home, "verify", "--trust", str(pki.trust), "--json", *files)
    assert result.returncode == 1, result.stdout + result.stderr
    assert_quiet(result)
    reports = by_name(result)
    assert {name: r["result"] for name, r in reports.items()} == {
        "sha1.pdf": "invalid",
        "rsa1024.pdf": "invalid",
        "sha256.pdf": "valid",
    }
    for name in ("sha1.pdf", "rsa1024.pdf"):
        (signature,) = reports[name]["signatures"]
        assert reports[name]["error"] is None  # a verdict on the signature, not "damaged"
        assert signature["intact"] and signature["valid"] and not signature["ok"]
    (weak_digest,) = reports["sha1.pdf"]["signatures"]
    assert weak_digest["problems"] == ["Algoritmo débil: SHA-1 (se exige SHA-256 o superior)."]
    (weak_key,) = reports["rsa1024.pdf"]["signatures"]
    assert weak_key["signer"] == "Jorge Clave Corta"
    assert weak_key["problems"] == ["Clave RSA de 1024 bits, menor que 2048: demasiado débil."]

    human = partes(home, "verify", "--trust", str(pki.trust), *files)
    assert human.returncode == 1
    assert_quiet(human)
    assert "Algoritmo débil: SHA-1" in human.stdout
    assert "Clave RSA de 1024 bits, menor que 2048" in human.stdout
    # pyHanko's own account (a warning with its traceback) is kept, in the log file.
    log = (home / "logs" / "partes.log").read_text(encoding="utf-8")
    assert "DisallowedAlgorithmError" in log


def test_each_problem_has_its_own_reason(
    home: Path, partes: Partes, pki: SigningEnv, tmp_path: Path
) -> None:
    signed = {
        label: sign_with(pki.pki, label, pki.oficio, tmp_path / f"{label}.pdf", digest="sha256")
        for label in ("revocado", "vencido", "externo")
    }
    tampered = tmp_path / "alterado.pdf"
    data = bytearray(
        sign_with(pki.pki, "secretario", pki.oficio, tampered, digest="sha256").read_bytes()
    )
    data[data.index(b"stream") + 40] ^= 0x01
    tampered.write_bytes(bytes(data))
    files = [*map(str, signed.values()), str(tampered)]
    result = partes(home, "verify", "--trust", str(pki.trust), "--json", *files)
    assert result.returncode == 1, result.stdout + result.stderr
    assert_quiet(result)
    problems = {n: r["signatures"][0]["problems"] for n, r in by_name(result).items()}
    assert problems == {
        "revocado.pdf": ["El certificado del firmante está revocado."],
        "vencido.pdf": ["El certificado del firmante está vencido."],
        "externo.pdf": [
            "El certificado no proviene de una autoridad de confianza: no hay cadena hasta "
            "una raíz de la carpeta de confianza."
        ],
        "alterado.pdf": [
            "El documento fue modificado después de firmarse (la huella no coincide)."
        ],
    }


@contextmanager
def silent_server(port: int) -> Iterator[None]:
    """Accepts connections on the PKI's port and never answers (a hung OCSP responder)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, port))
    listener.listen(64)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:  # the listener was closed
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield
    finally:
        listener.close()
        for conn in held:
            conn.close()


def _short_network_timeout(home: Path) -> None:
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    assert "network_timeout_seconds = 15\n" in text
    short = text.replace("network_timeout_seconds = 15\n", "network_timeout_seconds = 1\n")
    config.write_text(short, encoding="utf-8")


def test_five_signatures_and_a_document_timestamp(
    home: Path, partes: Partes, pki: SigningEnv, tmp_path: Path
) -> None:
    # A PKI of its own: its server is stopped and replaced by a silent one further down.
    own = build_pki(tmp_path / "pki", port=free_port())
    trust = own.write_trust_folder(tmp_path / "confianza")
    env = SigningEnv(pki=own, folder=tmp_path, trust=trust, oficio=pki.oficio)
    stamped = tmp_path / "cinco-firmas-y-sello.pdf"
    with PkiServer(own):
        source = env.oficio
        for number in range(1, 6):
            signed = tmp_path / f"firma-{number}.pdf"
            env.sign(source, signed, level="B-T")
            source = signed
        with source.open("rb") as src, stamped.open("wb") as out:
            stamper = signers.PdfTimeStamper(timestamps.HTTPTimeStamper(own.tsa_url))
            stamper.timestamp_pdf(IncrementalPdfFileWriter(src), "sha256", output=out)
        online = partes(home, "verify", "--trust", str(trust), "--json", str(stamped))
    _short_network_timeout(home)
    with silent_server(own.port):
        hung = partes(home, "verify", "--trust", str(trust), "--json", str(stamped))
    for result in (online, hung):
        assert result.returncode == 0, result.stdout + result.stderr
        assert_quiet(result)
        (report,) = result.json_lines()
        assert report["result"] == "valid" and report["error"] is None
        sigs = report["signatures"]
        assert [s["kind"] for s in sigs] == ["firma"] * 5 + ["sello_de_tiempo"]
        assert [s["field"] for s in sigs[:5]] == [f"Firma{n}" for n in range(1, 6)]
        assert all(s["ok"] and not s["problems"] for s in sigs)
        assert {s["rut"] for s in sigs[:5]} == {"12345678-5"}
        assert sigs[5]["signer"] == "Sello de Tiempo de Prueba Partes" and sigs[5]["timestamp"]
    human = partes(home, "verify", "--trust", str(trust), str(stamped))
    assert human.returncode == 0 and human.stdout.count("✔ Firma «Firma") == 5
    assert "✔ Sello de tiempo «" in human.stdout
