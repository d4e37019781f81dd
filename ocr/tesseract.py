"""Thin wrapper around the Tesseract program (through pytesseract): version, languages, threads."""

from __future__ import annotations

import functools
import os

import pytesseract

from ocr.errors import MissingDependency

# Unset, Tesseract's OpenMP threads fight the worker processes: 5-6x slower on 2 cores.
THREAD_ENV = {"OMP_THREAD_LIMIT": "1"}
_INSTALL_HINT = "Instale los paquetes tesseract-ocr y tesseract-ocr-spa (make run lo hace)."


def limit_threads() -> None:
    """Make every Tesseract started by this process single-threaded."""
    os.environ.update(THREAD_ENV)


@functools.cache
def version() -> str:
    try:
        return str(pytesseract.get_tesseract_version())
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency("Tesseract no está instalado.", _INSTALL_HINT) from None


@functools.cache
def languages() -> frozenset[str]:
    version()
    return frozenset(pytesseract.get_languages(config=""))


def require_languages(spec: str) -> None:
    """A language missing is asked again each time (it may have been installed since);
    a complete answer is kept for the life of the worker."""
    wanted = spec.split("+")
    if not set(wanted) <= languages():
        languages.cache_clear()
    missing = [lang for lang in wanted if lang not in languages()]
    if missing:
        names = ", ".join(missing)
        raise MissingDependency(
            f"Tesseract no tiene el idioma {names}.",
            f"Instale el paquete tesseract-ocr-{missing[0].lower()} con apt-get.",
        )


def image_text(image: object, *, language: str, timeout: float) -> tuple[str, float]:
    """The words of one small image (a stamp), read as a single block of text, and
    Tesseract's mean word confidence (0-100; 0 when nothing was read)."""
    try:
        data = pytesseract.image_to_data(
            image,
            lang=language,
            config="--psm 6",
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError:  # pytesseract's timeout
        return "", 0.0
    lines: dict[tuple[int, int, int], list[str]] = {}
    scores: list[float] = []
    for i, word in enumerate(data["text"]):
        if not str(word).strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(str(word).strip())
        scores.append(max(float(data["conf"][i]), 0.0))
    text = "\n".join(" ".join(words) for _key, words in sorted(lines.items()))
    return text, (sum(scores) / len(scores) if scores else 0.0)
