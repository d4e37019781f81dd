"""Bearer tokens of the API, for a person or a station: made by an administrator, shown
once, kept only as a SHA-256, revoked at will. A token acts with its owner's role."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from archive import (
    Actor,
    TokenView,
    active_token,
    create_token,
    find_user,
    list_tokens,
    revoke_token,
)
from partes.errors import AuthenticationFailed, UsageError
from partes.services._access import require
from partes.services.people import acting_as
from partes.wiring import App

PREFIX = "op_"


@dataclass(frozen=True, kw_only=True)
class NewToken:
    token: str  # shown once
    view: TokenView


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def make_token(
    app: App,
    *,
    actor: Actor,
    login: str | None = None,
    station: str | None = None,
    label: str = "",
) -> NewToken:
    require(app, actor, "usuarios.administrar")
    if (login is None) == (station is None):
        raise UsageError("Indique un usuario (--user) o una estación (--station), no ambos.")
    if login is not None and find_user(app.services.db, login) is None:
        raise UsageError(f"No existe el usuario «{login}».")
    if station is not None:
        app.config.station(station)
    token = PREFIX + secrets.token_urlsafe(32)
    view = create_token(
        app.services.db,
        token_hash=_digest(token),
        prefix=token[:10],
        login=login,
        station=station,
        label=label,
        actor=actor,
    )
    return NewToken(token=token, view=view)


def tokens(app: App, *, actor: Actor) -> list[TokenView]:
    require(app, actor, "usuarios.ver")
    return list_tokens(app.services.db)


def revoke(app: App, *, actor: Actor, token_id: int) -> TokenView:
    require(app, actor, "usuarios.administrar")
    return revoke_token(app.services.db, token_id, actor=actor)


def bearer(app: App, token: str) -> Actor:
    """Who a token acts as: its person (as they are now) or its station, channel api."""
    view = active_token(app.services.db, _digest(token)) if token.startswith(PREFIX) else None
    if view is None:
        raise AuthenticationFailed("Token inválido o revocado.")
    if view.login is not None:
        return acting_as(app, login=view.login, channel="api")
    return Actor(login=f"estacion:{view.station}", role="oficina_partes", channel="api")
