"""The OCR workers never hold the signing passphrase, the PIN or any other secret (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr import OcrSettings
from ocr._environ import clean_environment, looks_secret
from partes.wiring import open_app

PROFILE = """
[[signing.profiles]]
name = "secretario"
level = "B-B"
pkcs12 = { file = "firma/secretario.p12", passphrase_env = "FIRMA_MUNICIPAL_X" }
pkcs11 = { pin_env = "TARJETA_MUNICIPAL_Y" }
"""


def test_names_that_look_like_secrets() -> None:
    for name in ("PARTES_FIRMA_CLAVE", "PARTES_FIRMA_PIN", "PARTES_SMTP_PASSWORD", "API_KEY"):
        assert looks_secret(name), name
    for name in ("PATH", "PWD", "HOME", "LANG", "OMP_THREAD_LIMIT", "PARTES_HOME", "PIPENV"):
        assert not looks_secret(name), name
    env = {"PATH": "/bin", "RARO": "x", "AWS_SECRET_ACCESS_KEY": "y"}
    assert clean_environment(env, ["RARO"]) == {"PATH": "/bin"}


def test_ocr_workers_start_without_the_secrets(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = home / "partes.toml"
    config.write_text(config.read_text(encoding="utf-8") + PROFILE, encoding="utf-8")
    secrets = {
        "PARTES_FIRMA_CLAVE": "clave-del-secretario",  # the default name: looks secret
        "FIRMA_MUNICIPAL_X": "otra-clave",  # named by the profile only
        "TARJETA_MUNICIPAL_Y": "1234",
        "PARTES_SMTP_PASSWORD": "correo",
    }
    for name, value in {**secrets, "PARTES_VISIBLE": "sí"}.items():
        monkeypatch.setenv(name, value)
    app = open_app(home)
    try:
        with app.ocr_pool(OcrSettings(workers=1)) as pool:
            seen = pool.worker_environment()
    finally:
        app.close()
    assert seen.get("PARTES_VISIBLE") == "sí"  # the worker's environment, not an empty one
    assert not set(secrets) & set(seen)
    assert not set(secrets.values()) & set(seen.values())
