"""People: users and their roles, passwords (argon2id), logins and who a door acts as."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from archive import (
    Actor,
    NewUser,
    UserView,
    any_user_with_role,
    create_user,
    find_user,
    list_users,
    password_hash_of,
    record_event,
    set_active,
    set_password,
    set_role,
)
from partes.errors import AuthenticationFailed, UsageError
from partes.services._access import ROLES, allowed, require
from partes.wiring import App

MIN_PASSWORD = 10
FIRST_ADMIN = "admin"
UNKNOWN = "(usuario desconocido)"
_hasher = PasswordHasher()
# Verified when the login is unknown, so a wrong login costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True, kw_only=True)
class FirstAdmin:
    login: str
    password: str | None  # the generated password, shown once; None when it was given


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"La contraseña debe tener al menos {MIN_PASSWORD} caracteres.")
    return _hasher.hash(password)


def _check_role(app: App, role: str, unit: str | None) -> str | None:
    if role not in ROLES:
        raise UsageError(f"Rol desconocido «{role}» (roles: {', '.join(ROLES)}).")
    units = {u.code for u in app.config.units}
    if unit is not None and unit not in units:
        raise UsageError(f"La unidad «{unit}» no está configurada ({', '.join(sorted(units))}).")
    if role == "unidad" and unit is None:
        raise UsageError("Un usuario con rol «unidad» necesita su unidad (--unit).")
    return unit


def add_user(
    app: App,
    *,
    actor: Actor,
    login: str,
    role: str,
    unit: str | None = None,
    name: str = "",
    password: str | None = None,
) -> UserView:
    require(app, actor, "usuarios.administrar")
    if not login or not login.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise UsageError(f"Nombre de usuario inválido «{login}» (letras, números, . - _).")
    unit = _check_role(app, role, unit)
    new = NewUser(
        login=login,
        role=role,
        unit=unit,
        full_name=name,
        password_hash=_hash(password) if password is not None else None,
    )
    return create_user(app.services.db, new, actor=actor)


def users(app: App, *, actor: Actor) -> list[UserView]:
    require(app, actor, "usuarios.ver")
    return list_users(app.services.db)


def change_password(
    app: App, *, actor: Actor, login: str, password: str, current: str | None = None
) -> None:
    """An administrator sets anyone's password; a person may change their own after
    giving the current one (a session left open is not enough)."""
    if actor.login != login or allowed(actor.role, "usuarios.administrar"):
        require(app, actor, "usuarios.administrar")
    else:
        stored = password_hash_of(app.services.db, login)
        if current is None or stored is None or not _matches(stored, current):
            raise AuthenticationFailed("La contraseña actual no es correcta.")
    if find_user(app.services.db, login) is None:
        raise UsageError(f"No existe el usuario «{login}».")
    set_password(app.services.db, login, _hash(password), actor=actor, action="contrasena_cambiada")


def disable_user(app: App, *, actor: Actor, login: str) -> UserView:
    require(app, actor, "usuarios.administrar")
    return set_active(app.services.db, login, False, actor=actor)


def change_role(
    app: App, *, actor: Actor, login: str, role: str, unit: str | None = None
) -> UserView:
    require(app, actor, "usuarios.administrar")
    return set_role(app.services.db, login, role, _check_role(app, role, unit), actor=actor)


def ensure_first_admin(app: App, *, actor: Actor, password: str | None) -> FirstAdmin | None:
    """The first administrator, created by ``partes init`` when there is none yet."""
    if any_user_with_role(app.services.db, "admin"):
        return None
    generated = None if password else secrets.token_urlsafe(12)
    add_user(
        app,
        actor=actor,
        login=FIRST_ADMIN,
        role="admin",
        name="Administrador",
        password=password or generated,
    )
    return FirstAdmin(login=FIRST_ADMIN, password=generated)


def _matches(stored: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def authenticate(app: App, *, login: str, password: str, channel: str) -> Actor:
    """The person behind a login and password; every attempt is recorded."""
    db = app.services.db
    stored = password_hash_of(db, login)
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
        ok = stored is not None
    except (VerificationError, InvalidHashError):
        ok = False
    known = find_user(db, login)
    user = known if ok else None
    if user is None:
        # An unknown login is not written down: it may be a password typed in the wrong box.
        who = Actor(login=known.login if known else UNKNOWN, role="", channel=channel)
        record_event(db, actor=who, action="sesion_fallida", detail={"usuario_existe": bool(known)})
        raise AuthenticationFailed("Usuario o contraseña incorrectos.")
    actor = Actor(
        login=user.login, role=user.role, unit=user.unit, channel=channel, name=user.full_name
    )
    assert stored is not None
    if _hasher.check_needs_rehash(stored):
        set_password(db, login, _hasher.hash(password), actor=actor, action="contrasena_rehecha")
    record_event(db, actor=actor, action="sesion_iniciada")
    return actor


def acting_as(app: App, *, login: str, channel: str) -> Actor:
    """A door that identified the person by other means (the CLI's ``--user``)."""
    user = find_user(app.services.db, login)
    if user is None or not user.active:
        raise AuthenticationFailed(f"El usuario «{login}» no existe o está desactivado.")
    return Actor(
        login=user.login, role=user.role, unit=user.unit, channel=channel, name=user.full_name
    )
