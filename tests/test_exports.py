"""The curated public names of each package resolve to what they name, loaded on first use,
and a command that only reads the registry starts without OCR, signing or Whoosh."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest

PACKAGES = ("ocr", "index", "pipeline", "signing", "partes.services")


@pytest.mark.parametrize("name", PACKAGES)
def test_every_exported_name_resolves_to_a_value_not_a_module(name: str) -> None:
    package = importlib.import_module(name)
    assert package.__all__
    for exported in package.__all__:
        value = getattr(package, exported)
        assert not isinstance(value, types.ModuleType), f"{name}.{exported}"


def test_a_submodule_named_like_a_use_case_does_not_shadow_it() -> None:
    importlib.import_module("partes.services.backup")  # sets the package's attribute
    from partes import services

    assert callable(services.backup) and not isinstance(services.backup, types.ModuleType)


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    probe = (
        "import sys, partes.cli._main; "
        "print(sorted(m for m in ('pyhanko', 'whoosh', 'pdfplumber', 'alembic', 'fastapi') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
