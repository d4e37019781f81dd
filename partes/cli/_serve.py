"""``partes serve``: the web application (and, unless --no-watch, the watcher)."""

from __future__ import annotations

import argparse

from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands
from partes.errors import ExitCode
from partes.wiring import Layout


def register(commands: Commands) -> None:
    text = "sirve la aplicación web y la API (y vigila las bandejas)"
    cmd = commands.add("serve", cmd_serve, text)
    cmd.add_argument("--host", default="127.0.0.1", help="dirección (por defecto 127.0.0.1)")
    cmd.add_argument("--port", type=int, default=8000, help="puerto (por defecto 8000)")
    cmd.add_argument("--no-watch", action="store_true", help="sin el vigilante de bandejas")
    cmd.add_argument(
        "--https", action="store_true", help="detrás de un proxy con HTTPS: cookies Secure"
    )


def cmd_serve(args: argparse.Namespace, ctx: Context) -> int:
    import uvicorn

    from partes.web import create_app
    from partes.wiring import open_app

    open_app(ctx.home).close()  # a home that does not exist says so before serving
    web = create_app(ctx.home, https=args.https, watch=not args.no_watch)
    out.out.print(
        f"Oficina de Partes en http://{args.host}:{args.port}/ "
        f"(datos: {out.esc(Layout(ctx.home).root)}; Ctrl-C para detener)"
    )
    uvicorn.run(web, host=args.host, port=args.port, log_level="warning", proxy_headers=args.https)
    return ExitCode.ok
