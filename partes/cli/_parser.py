"""argparse in Spanish: help, usage and its errors (exit code 2)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NoReturn

from partes.errors import ExitCode

_TRANSLATIONS = {
    "the following arguments are required": "faltan los argumentos",
    "unrecognized arguments": "argumentos no reconocidos",
    "invalid choice": "opción inválida",
    "expected one argument": "se esperaba un valor",
    "argument ": "argumento ",
    "choose from": "elija entre",
    "invalid int value": "número inválido",
}


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix or "uso: ")


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, help_option: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        if help_option:  # a parent keeps argparse's titles so its options merge, not repeat
            self._positionals.title = "argumentos"
            self._optionals.title = "opciones"
            self.add_argument("-h", "--help", action="help", help="muestra esta ayuda y termina")

    def error(self, message: str) -> NoReturn:
        for english, spanish in _TRANSLATIONS.items():
            message = message.replace(english, spanish)
        self.print_usage(sys.stderr)
        self.exit(ExitCode.usage, f"{self.prog}: error: {message}\n")


def common(*, with_user: bool = True) -> Parser:
    """The options every command takes: the data home, the acting user, JSON output.

    ``partes token create --user LOGIN`` names the token's owner with ``--user``: there the
    acting person comes from $PARTES_USER alone."""
    parent = Parser(help_option=False)
    parent.add_argument(
        "--home",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="directorio de datos (por defecto $PARTES_HOME o ./partes-data)",
    )
    if with_user:
        parent.add_argument(
            "--user",
            default=argparse.SUPPRESS,
            metavar="USUARIO",
            help="actúa como este usuario (por defecto $PARTES_USER, o el operador local)",
        )
    parent.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="un objeto JSON por línea"
    )
    return parent


class Commands:
    """The subcommands, each registered by its module with ``add``."""

    def __init__(self, sub: Any, parent: Parser) -> None:
        self.sub = sub
        self.parent = parent

    def add(
        self, name: str, func: Callable[..., int], text: str, *, parent: Parser | None = None
    ) -> Any:
        parents = [parent or self.parent]
        cmd = self.sub.add_parser(name, parents=parents, help=text, description=text)
        cmd.set_defaults(func=func)
        return cmd

    def group(self, name: str, text: str) -> Commands:
        """A command with subcommands of its own (``partes user add``)."""
        cmd = self.sub.add_parser(name, parents=[self.parent], help=text, description=text)
        inner = cmd.add_subparsers(dest=f"{name}_command", metavar="ACCIÓN", parser_class=Parser)
        inner.required = True
        return Commands(inner, self.parent)


def parse_date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"fecha inválida «{text}» (use AAAA-MM-DD o DD-MM-AAAA)")


def positive(text: str) -> int:
    """A whole number of at least one (processes, threads)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"«{text}» no es un número entero mayor que cero")
    return value
