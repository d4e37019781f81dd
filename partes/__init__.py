"""Oficina de Partes digital: the application shell (configuration, command line)."""

__version__ = "0.1.0"
