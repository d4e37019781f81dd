"""The people who work in the system. Passwords arrive already hashed (argon2, by the
application core): the record store never sees a password. Every change is an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from archive.db import Database
from archive.errors import ArchiveError, RecordNotFound
from archive.events import Actor, append_event
from archive.models import User


class UserExists(ArchiveError):
    """A user with that login already exists."""


@dataclass(frozen=True, kw_only=True)
class UserView:
    login: str
    full_name: str
    role: str
    unit: str | None
    active: bool
    has_password: bool
    created_at: datetime


@dataclass(frozen=True, kw_only=True)
class NewUser:
    login: str
    role: str
    unit: str | None = None
    full_name: str = ""
    password_hash: str | None = None


def _view(user: User) -> UserView:
    return UserView(
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        unit=user.unit,
        active=user.active,
        has_password=user.password_hash is not None,
        created_at=user.created_at,
    )


def _get(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise RecordNotFound(f"No existe el usuario «{login}».")
    return user


def create_user(db: Database, new: NewUser, *, actor: Actor) -> UserView:
    try:
        with db.write() as session:
            if session.scalar(select(User.id).where(User.login == new.login)) is not None:
                raise UserExists(f"Ya existe un usuario «{new.login}».")
            user = User(
                login=new.login,
                full_name=new.full_name,
                role=new.role,
                unit=new.unit,
                active=True,
                password_hash=new.password_hash,
                created_at=datetime.now(UTC),
            )
            session.add(user)
            detail = {"usuario": new.login, "rol": new.role, "unidad": new.unit}
            append_event(session, actor=actor, action="usuario_creado", detail=detail)
            return _view(user)
    except IntegrityError as exc:  # a concurrent creation of the same login
        raise UserExists(f"Ya existe un usuario «{new.login}».") from exc


# Every request of a logged-in person runs it: built once, compiled once.
_BY_LOGIN = select(User).where(User.login == bindparam("login"))


def find_user(db: Database, login: str) -> UserView | None:
    with db.read() as session:
        user = session.scalar(_BY_LOGIN, {"login": login})
        return None if user is None else _view(user)


def password_hash_of(db: Database, login: str) -> str | None:
    """The stored hash of an active user (None when unknown, disabled or without one)."""
    with db.read() as session:
        user = session.scalar(select(User).where(User.login == login, User.active.is_(True)))
        return None if user is None else user.password_hash


def list_users(db: Database) -> list[UserView]:
    with db.read() as session:
        return [_view(u) for u in session.scalars(select(User).order_by(User.login))]


def any_user_with_role(db: Database, role: str) -> bool:
    with db.read() as session:
        return session.scalar(select(User.id).where(User.role == role).limit(1)) is not None


def set_password(
    db: Database, login: str, password_hash: str, *, actor: Actor, action: str
) -> None:
    """A new hash; ``action`` says why (changed by someone, or rehashed at login)."""
    with db.write() as session:
        _get(session, login).password_hash = password_hash
        append_event(session, actor=actor, action=action, detail={"usuario": login})


def set_active(db: Database, login: str, active: bool, *, actor: Actor) -> UserView:
    with db.write() as session:
        user = _get(session, login)
        user.active = active
        action = "usuario_activado" if active else "usuario_desactivado"
        append_event(session, actor=actor, action=action, detail={"usuario": login})
        return _view(user)


def set_role(db: Database, login: str, role: str, unit: str | None, *, actor: Actor) -> UserView:
    with db.write() as session:
        user = _get(session, login)
        detail = {
            "usuario": login,
            "antes": {"rol": user.role, "unidad": user.unit},
            "despues": {"rol": role, "unidad": unit},
        }
        user.role, user.unit = role, unit
        append_event(session, actor=actor, action="usuario_rol_cambiado", detail=detail)
        return _view(user)
