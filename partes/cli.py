"""The ``partes`` command line: Spanish help and errors, exit codes from ``partes.errors``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from archive import ArchiveError
from index import SearchIndexError
from ocr import OcrError
from partes import (
    commands,
    output,
    quarantine_cmd,
    receipt,
    review,
    sign_cmd,
    verify_cmd,
    watch_cmd,
)
from partes.errors import ExitCode, PartesError, exit_code_for
from signing import SigningError
from watch_folders import WatchError

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


class _Parser(argparse.ArgumentParser):
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


def _common() -> _Parser:
    parent = _Parser(help_option=False)
    parent.add_argument(
        "--home",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="directorio de datos (por defecto $PARTES_HOME o ./partes-data)",
    )
    parent.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="un objeto JSON por línea"
    )
    return parent


def build_parser() -> _Parser:
    common = _common()
    parser = _Parser(
        prog="partes",
        description="Oficina de Partes digital: recepción, registro, numeración y archivo.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMANDO", parser_class=_Parser)
    sub.required = True

    def add(name: str, func: Callable[[argparse.Namespace], int], text: str) -> Any:
        cmd = sub.add_parser(name, parents=[common], help=text, description=text)
        cmd.set_defaults(func=func)
        return cmd

    add("init", commands.cmd_init, "crea el directorio de datos")
    ingest = add("ingest", commands.cmd_ingest, "ingresa archivos o carpetas al registro")
    ingest.add_argument("paths", nargs="+", metavar="RUTA", help="archivos o carpetas")
    ingest.add_argument("--station", metavar="E", help="estación que recibe (código)")
    ingest.add_argument("--direction", choices=commands.CHOICES["direction"], help="dirección")
    search = add("search", commands.cmd_search, "busca en el archivo histórico")
    search.add_argument("query", metavar="CONSULTA", help="palabras a buscar")
    search.add_argument("--type", choices=commands.CHOICES["type"], help="tipo de documento")
    search.add_argument("--unit", metavar="U", help="unidad (código)")
    search.add_argument("--from", dest="date_from", type=commands.parse_date, metavar="FECHA")
    search.add_argument("--to", dest="date_to", type=commands.parse_date, metavar="FECHA")
    search.add_argument("--year", type=int, metavar="AÑO")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    show = add("show", commands.cmd_show, "muestra la ficha de un documento")
    show.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    text = add("text", commands.cmd_text, "imprime el texto completo de un documento")
    text.add_argument("ref", metavar="REF", help="N° de registro o identificador")
    registry = add("registry", commands.cmd_registry, "muestra el libro de registro")
    registry.add_argument("--limit", type=int, default=None, metavar="N", help="últimas N líneas")
    add("reindex", commands.cmd_reindex, "reconstruye el índice de búsqueda desde el archivo")
    quarantine_cmd.add_arguments(sub, common)
    watch_cmd.add_arguments(sub, common)
    review.add_arguments(sub, common)
    receipt.add_arguments(sub, common)
    sign_cmd.add_arguments(sub, common)
    verify_cmd.add_arguments(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    args.home = getattr(args, "home", None)
    args.json = getattr(args, "json", False)
    try:
        return int(args.func(args))
    except (PartesError, ArchiveError, SearchIndexError, OcrError, WatchError, SigningError) as exc:
        message = exc.message if isinstance(exc, OcrError | SigningError) else str(exc)
        output.err.print(f"[red]Error:[/red] {message}")
        hint = getattr(exc, "hint", "")
        if hint:
            output.err.print(f"  {hint}")
        return int(exit_code_for(exc))
    except KeyboardInterrupt:
        output.err.print("Interrumpido.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
