"""The ``partes`` command line: a thin door over ``partes.services``."""

from partes.cli import _early  # noqa: F401  (first: holds import-time warnings for the log)
from partes.cli._main import build_parser, main

__all__ = ["build_parser", "main"]
