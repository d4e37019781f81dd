"""Thin wrapper around the Tesseract program: version probe, languages, environment."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from ocr.errors import MissingDependency

# Unset, Tesseract's OpenMP threads fight the worker processes: 5-6x slower on 2 cores.
THREAD_ENV = {"OMP_THREAD_LIMIT": "1"}


def tesseract_env() -> dict[str, str]:
    return {**os.environ, **THREAD_ENV}


def limit_threads() -> None:
    """Make every Tesseract started by this process single-threaded."""
    os.environ.update(THREAD_ENV)


@functools.cache
def version() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependency(
            "Tesseract no está instalado.",
            "Instale los paquetes tesseract-ocr y tesseract-ocr-spa (make run lo hace).",
        )
    out = subprocess.run(
        [exe, "--version"], capture_output=True, text=True, check=False, env=tesseract_env()
    )
    first = (out.stdout or out.stderr).splitlines()[0] if (out.stdout or out.stderr) else ""
    return first.removeprefix("tesseract ").strip()


@functools.cache
def languages() -> frozenset[str]:
    version()
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def require_languages(spec: str) -> None:
    missing = [lang for lang in spec.split("+") if lang not in languages()]
    if missing:
        names = ", ".join(missing)
        raise MissingDependency(
            f"Tesseract no tiene el idioma {names}.",
            f"Instale el paquete tesseract-ocr-{missing[0]} con apt-get.",
        )
