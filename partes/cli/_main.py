"""The ``partes`` command line: a thin door over ``partes.services``.

Each command parses, calls one use case and renders its result. Errors mean what
``partes.errors`` says; anything unexpected is exit 70 with one Spanish line here and the
traceback in the data home's ``logs/``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from partes.cli import (
    _conservation,
    _documents,
    _export,
    _import,
    _intake,
    _people,
    _review,
    _serve,
    _signing,
    _tramite,
    _watch,
)
from partes.cli._context import Context
from partes.cli._logs import log_unexpected, setup_logging
from partes.cli._parser import Commands, Parser, common
from partes.cli._render import err, esc
from partes.errors import KNOWN, ExitCode, exit_code_for, message_of


def build_parser() -> Parser:
    parent = common()
    parser = Parser(
        prog="partes",
        description="Oficina de Partes digital: recepción, registro, numeración y archivo.",
        parents=[parent],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMANDO", parser_class=Parser)
    sub.required = True
    commands = Commands(sub, parent)
    doors = (
        _intake,
        _import,
        _documents,
        _review,
        _tramite,
        _conservation,
        _export,
        _signing,
        _watch,
    )
    for module in (*doors, _serve, _people):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = Path(getattr(args, "home", None) or ".")
    try:
        ctx = Context.of(args)
        home = ctx.home
        setup_logging(ctx.home)
        return int(args.func(args, ctx))
    except KNOWN as exc:
        message, hint = message_of(exc)
        err.print(f"[red]Error:[/red] {esc(message)}")
        if hint:
            err.print(f"  {esc(hint)}")
        return int(exit_code_for(exc))
    except KeyboardInterrupt:
        err.print("Interrumpido.")
        return 130
    except BrokenPipeError:  # the reader (head, less) had enough: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(ExitCode.ok)
    except Exception as exc:
        where = log_unexpected(home, exc)
        err.print(
            f"[red]Error interno:[/red] {esc(type(exc).__name__)}. Nada se perdió; "
            f"el detalle quedó en {esc(where)}. Informe al administrador del sistema."
        )
        return int(exit_code_for(exc))
