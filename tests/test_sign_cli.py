"""The outgoing flow and verification through the real ``partes`` command line."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from signing import same_prefix
from tests.conftest import CliResult
from tests.docgen import make_document
from tests.signing_support import PASSPHRASE, SigningEnv, configure_signing


@pytest.fixture
def signing_home(home: Path, pki: SigningEnv) -> Path:
    return configure_signing(home, pki)


def _with_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTES_FIRMA_CLAVE", PASSPHRASE.decode())


def test_outgoing_oficio_is_queued_signed_and_verifiable(
    signing_home: Path,
    partes: Callable[..., CliResult],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft, other = tmp_path / "oficio-saliente.pdf", tmp_path / "otro-oficio.pdf"
    make_document("oficio_salida", draft, seed=41, topic_index=3, embed_fonts=True)
    make_document("oficio_salida", other, seed=42, topic_index=5, embed_fonts=True)
    ingested = partes(
        signing_home, "ingest", str(draft), str(other), "--direction", "salida", "--json"
    )
    assert ingested.returncode == 0, ingested.stderr
    doc, second = ingested.json_lines()
    assert doc["doc_type"] == "oficio" and doc["registry_number"].startswith("OF-")

    queue = partes(signing_home, "sign", "--queue", "--json")
    waiting = [d["registry_number"] for d in queue.json_lines()]
    assert waiting == [doc["registry_number"], second["registry_number"]]

    no_secret = partes(signing_home, "sign", doc["registry_number"])
    assert no_secret.returncode == 1
    assert "PARTES_FIRMA_CLAVE" in no_secret.stderr

    _with_passphrase(monkeypatch)
    signed = partes(signing_home, "sign", doc["registry_number"], "--json")
    assert signed.returncode == 0, signed.stderr
    result = signed.json_lines()[0]
    assert result["level"] == "B-T" and result["registry_number"] == doc["registry_number"]
    assert result["url"].endswith(result["code"])
    left = partes(signing_home, "sign", "--queue", "--json").json_lines()
    assert [d["registry_number"] for d in left] == [second["registry_number"]]
    rest = partes(signing_home, "sign", "--all-pending", "--json")
    assert rest.returncode == 0, rest.stderr
    assert [d["registry_number"] for d in rest.json_lines()] == [second["registry_number"]]
    assert partes(signing_home, "sign", "--queue", "--json").json_lines() == []

    shown = partes(signing_home, "show", doc["registry_number"], "--json").json_lines()[0]
    roles = {f["role"]: f["sha256"] for f in shown["files"]}
    assert {"original", "pdfa", "signed"} <= roles.keys()
    assert any(e["action"] == "firmado" for e in shown["events"])
    store = signing_home / "store"

    def stored(sha: str) -> Path:
        return store / sha[:2] / sha[2:4] / sha

    assert same_prefix(stored(roles["pdfa"]), stored(roles["signed"]))
    assert stored(roles["original"]).read_bytes() == draft.read_bytes()
    verified = partes(signing_home, "verify", str(stored(roles["signed"])), "--json")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.json_lines()[0]["result"] == "valid"
    text = partes(signing_home, "show", doc["registry_number"])
    assert result["code"] in text.stdout


def test_verify_exit_codes(
    signing_home: Path, partes: Callable[..., CliResult], pki: SigningEnv, tmp_path: Path
) -> None:
    signed = tmp_path / "firmado.pdf"
    pki.sign(pki.oficio, signed, level="B-B")
    tampered = tmp_path / "alterado.pdf"
    data = bytearray(signed.read_bytes())
    data[data.index(b"stream") + 40] ^= 0x01
    tampered.write_bytes(bytes(data))
    garbage = tmp_path / "basura.pdf"
    garbage.write_bytes(os.urandom(4000))
    valid = partes(signing_home, "verify", str(signed), "--json")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert valid.json_lines()[0]["result"] == "valid"
    # Several files: one line each, in order; the exit code is the worst of them.
    files = [signed, tampered, pki.oficio, garbage]
    every = partes(signing_home, "verify", *map(str, files), "--json")
    assert every.returncode == 2, every.stdout + every.stderr
    assert [line["result"] for line in every.json_lines()] == [
        "valid",
        "invalid",
        "unsigned",
        "error",
    ]
    human = partes(signing_home, "verify", str(signed), str(tampered))
    assert human.returncode == 1
    assert "firma válida" in human.stdout and "NO válida" in human.stdout


def test_a_signed_document_that_arrives_is_verified_at_reception(
    signing_home: Path, partes: Callable[..., CliResult], pki: SigningEnv, tmp_path: Path
) -> None:
    arriving = tmp_path / "oficio-firmado-recibido.pdf"
    pki.sign(pki.oficio, arriving, level="B-T")
    ingested = partes(signing_home, "ingest", str(arriving), "--json")
    assert ingested.returncode == 0, ingested.stderr
    ref = ingested.json_lines()[0]["registry_number"]
    shown = partes(signing_home, "show", ref, "--json").json_lines()[0]
    checks = [e for e in shown["events"] if e["action"] == "firma_verificada"]
    assert len(checks) == 1
    assert checks[0]["detail"]["result"] == "valid"
    assert checks[0]["detail"]["signatures"][0]["rut"] == "12345678-5"
    assert "Verificación: firmas válidas" in partes(signing_home, "show", ref).stdout
