"""Bearer tokens of the API: each belongs to a person or to a station. Only the SHA-256
of a token is kept; the token itself is shown once, when it is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from archive.db import Database
from archive.errors import RecordNotFound
from archive.events import Actor, append_event
from archive.models import ApiToken


@dataclass(frozen=True, kw_only=True)
class TokenView:
    id: int
    prefix: str
    login: str | None
    station: str | None
    label: str
    created_at: datetime
    revoked_at: datetime | None


def _view(token: ApiToken) -> TokenView:
    return TokenView(
        id=token.id,
        prefix=token.prefix,
        login=token.login,
        station=token.station,
        label=token.label,
        created_at=token.created_at,
        revoked_at=token.revoked_at,
    )


def create_token(
    db: Database,
    *,
    token_hash: str,
    prefix: str,
    login: str | None,
    station: str | None,
    label: str,
    actor: Actor,
) -> TokenView:
    with db.write() as session:
        token = ApiToken(
            token_hash=token_hash,
            prefix=prefix,
            login=login,
            station=station,
            label=label,
            created_at=datetime.now(UTC),
        )
        session.add(token)
        session.flush()
        detail = {"token": token.id, "prefijo": prefix, "usuario": login, "estacion": station}
        append_event(session, actor=actor, action="token_creado", detail=detail)
        return _view(token)


def active_token(db: Database, token_hash: str) -> TokenView | None:
    with db.read() as session:
        token = session.scalar(
            select(ApiToken).where(ApiToken.token_hash == token_hash, ApiToken.revoked_at.is_(None))
        )
        return None if token is None else _view(token)


def list_tokens(db: Database) -> list[TokenView]:
    with db.read() as session:
        return [_view(t) for t in session.scalars(select(ApiToken).order_by(ApiToken.id))]


def revoke_token(db: Database, token_id: int, *, actor: Actor) -> TokenView:
    with db.write() as session:
        token = session.get(ApiToken, token_id)
        if token is None:
            raise RecordNotFound(f"No existe el token {token_id}.")
        if token.revoked_at is None:
            token.revoked_at = datetime.now(UTC)
            append_event(session, actor=actor, action="token_revocado", detail={"token": token_id})
        return _view(token)
