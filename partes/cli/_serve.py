"""``partes serve``: the web application (and, unless --no-watch, the watcher)."""

from __future__ import annotations

import argparse
import os

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._parser import Commands, positive
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
    cmd.add_argument(
        "--workers", type=positive, default=1, metavar="N", help="procesos web (uno por núcleo)"
    )
    cmd.add_argument(
        "--threads",
        type=positive,
        metavar="N",
        help="peticiones atendidas a la vez por proceso (por defecto 4)",
    )


def cmd_serve(args: argparse.Namespace, ctx: Context) -> int:
    import uvicorn

    from partes import web
    from partes.wiring import open_app

    open_app(ctx.home).close()  # a home that does not exist says so before serving
    out.out.print(
        f"Oficina de Partes en http://{args.host}:{args.port}/ "
        f"(datos: {out.esc(Layout(ctx.home).root)}; Ctrl-C para detener)"
    )
    options = {"host": args.host, "port": args.port, "log_level": "warning"}
    if args.workers <= 1:
        app = web.create_app(
            ctx.home,
            https=args.https,
            watch=not args.no_watch,
            threads=args.threads or web.DEFAULT_THREADS,
        )
        uvicorn.run(app, proxy_headers=args.https, **options)
        return ExitCode.ok
    os.environ[web.ENV_HOME] = str(ctx.home)
    os.environ[web.ENV_HTTPS] = "1" if args.https else "0"
    os.environ[web.ENV_THREADS] = str(args.threads or web.DEFAULT_THREADS)
    core = None if args.no_watch else open_app(ctx.home)
    watcher = web.Watcher(core) if core is not None else None
    keeper = services.Keeper(core) if core is not None else None
    try:
        uvicorn.run(
            "partes.web:from_environment",
            factory=True,
            workers=args.workers,
            proxy_headers=args.https,
            **options,
        )
    finally:
        if watcher is not None and keeper is not None and core is not None:
            watcher.stop()
            keeper.stop()
            core.close()
    return ExitCode.ok
