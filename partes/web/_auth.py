"""Who is asking: the dependencies every route takes for the person and the application.

A page or an API call without a valid session (or, later, a bearer token) never reaches a
use case; the person is looked up on every request, so a disabled user is out at once.
"""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import Depends, Request

from archive import Actor
from partes import services
from partes.errors import AuthenticationFailed
from partes.web._security import csrf_ok
from partes.wiring import App

SESSION_SECONDS = 8 * 3600  # a working day


class LoginRequired(Exception):
    """No valid session: a page sends the person to the login form, the API answers 401."""


class CsrfRefused(Exception):
    """A form without the session's CSRF token."""


def app_of(request: Request) -> App:
    app: App = request.app.state.core
    return app


async def core(request: Request) -> App:
    """Async on purpose: FastAPI runs a plain ``def`` dependency in a worker thread, and
    a thread hop costs more than this attribute read."""
    return app_of(request)


async def current_actor(request: Request) -> Actor:
    """The person of the session, read on the event loop: one row by its unique key from
    SQLite in WAL mode, where a reader never waits for a writer, costs less than handing
    the request to a worker thread and back."""
    login = request.session.get("login")
    since = request.session.get("at")
    if not isinstance(login, str) or not isinstance(since, int | float):
        raise LoginRequired
    if time.time() - since > SESSION_SECONDS:
        request.session.clear()
        raise LoginRequired
    try:
        return services.acting_as(app_of(request), login=login, channel="web")
    except AuthenticationFailed:
        request.session.clear()
        raise LoginRequired from None


async def csrf_protected(request: Request) -> None:
    """Every form carries the session's token (htmx sends it as a header)."""
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    if not csrf_ok(request.session, sent):
        raise CsrfRefused


CoreApp = Annotated[App, Depends(core)]
Person = Annotated[Actor, Depends(current_actor)]
