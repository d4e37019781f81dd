"""The web application: pages and (later) the API over the application core.

One ``App`` is opened for the life of the process; each request identifies its person,
calls one use case and renders. Errors mean what ``partes.errors`` says.
"""

from __future__ import annotations

import gc
import logging
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from partes import services
from partes.errors import KNOWN, http_status_for, message_of
from partes.web import api, api_tramite, desk, office, pages, public, tramite
from partes.web._auth import SESSION_SECONDS, CsrfRefused, LoginRequired
from partes.web._render import render
from partes.web._security import LoginLimiter, QueryLimiter, SecurityHeaders, csrf_token
from partes.web._views import page
from partes.wiring import App, Layout, open_app

DEFAULT_THREADS = 4

_log = logging.getLogger("partes.web")
STATIC = Path(__file__).parent / "static"
COOKIE = "partes_sesion"


def session_secret(layout: Layout) -> str:
    """The key that signs session cookies: made once, readable by the owner only."""
    path = layout.run / "web-secret"
    if not path.exists():
        layout.run.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


# The modules whose routers make the site, in the order they are matched.
DOORS = (pages, office, desk, tramite, public, api, api_tramite)


def create_app(
    home: Path, *, https: bool = False, watch: bool = False, threads: int = DEFAULT_THREADS
) -> FastAPI:
    """The web application on the data home ``home``; ``https`` marks cookies Secure;
    ``watch`` runs the stations' watcher and the archive's keeping (checkpoints, audits) in
    the same service; ``threads`` requests are
    worked on at once, the others wait their turn in order.

    A few, not anyio's forty: the work is Python under one GIL, and forty threads taking
    turns every few milliseconds finish every request late instead of most on time
    (bench/web.py: p95 down by a third)."""

    @asynccontextmanager
    async def lifespan(web: FastAPI) -> AsyncIterator[None]:
        web.state.core = open_app(home)
        watcher = Watcher(web.state.core) if watch else None
        keeper = services.Keeper(web.state.core) if watch else None
        # What start-up loaded (modules, templates, the schema) lives as long as the
        # process: out of the collector's generations, a full collection no longer
        # walks it in the middle of somebody's request.
        gc.collect()
        gc.freeze()
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        try:
            yield
        finally:
            if watcher is not None:
                watcher.stop()
            if keeper is not None:
                keeper.stop()
            web.state.core.close()

    web = FastAPI(
        title="Oficina de Partes digital",
        lifespan=lifespan,
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    web.state.login_limiter = LoginLimiter()
    web.state.status_limiter = QueryLimiter(attempts=10, window=60.0)  # per address
    web.state.number_limiter = QueryLimiter(attempts=30, window=3600.0)  # per number
    web.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(Layout(home)),
        session_cookie=COOKIE,
        max_age=SESSION_SECONDS,
        same_site="strict",
        https_only=https,
    )
    web.add_middleware(SecurityHeaders)
    web.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in DOORS:
        web.include_router(module.router)
    _handlers(web)
    return web


class Watcher:
    """The stations' watcher in a thread of the web service, stopped with it."""

    def __init__(self, core: App) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(core,), name="vigilante")
        self._thread.start()

    def _run(self, core: App) -> None:
        actor = services.local_operator("watcher")
        try:
            for handled in services.watch(core, actor=actor, stop=self._stop):
                _log.info(
                    "%s/%s: %s",
                    handled.delivery.station,
                    handled.delivery.path.name,
                    handled.message,
                )
        except Exception:
            _log.exception("el vigilante se detuvo por un error")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _handlers(web: FastAPI) -> None:
    @web.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "Debe autenticarse."}, status_code=401)
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        return RedirectResponse(f"/ingresar?siguiente={target}", status_code=303)

    @web.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, exc: CsrfRefused) -> Response:
        return _error(
            request, 403, "El formulario venció o no es de este sitio. Recargue la página."
        )

    @web.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(
            ".".join(str(p) for p in e.get("loc", ())[1:]) or "?" for e in exc.errors()[:5]
        )
        return _error(request, 422, f"Datos inválidos en: {fields}.", "Revise lo enviado.")

    for error in KNOWN:
        if issubclass(error, Exception):
            web.add_exception_handler(error, _known)
    web.add_exception_handler(Exception, _unexpected)


async def _known(request: Request, exc: Exception) -> Response:
    message, hint = message_of(exc)
    status = http_status_for(exc)
    if status >= 500:
        _log.error("error %s en %s: %s", status, request.url.path, message)
    return _error(request, status, message, hint)


async def _unexpected(request: Request, exc: Exception) -> Response:
    """A bug: the traceback to the log, one Spanish sentence to the person."""
    _log.error("error inesperado en %s", request.url.path, exc_info=exc)
    return _error(
        request,
        500,
        "Error interno del sistema. Nada se perdió; el detalle quedó en el registro.",
        "Informe al administrador del sistema.",
    )


def _error(request: Request, status: int, message: str, hint: str = "") -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "hint": hint or None}, status_code=status)
    values = page(None, "Error", csrf_token(request.session), message=message, hint=hint)
    return render(request, "error.html", values, status)
