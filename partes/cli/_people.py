"""``partes user add|list|passwd|disable|role`` and ``partes events``."""

from __future__ import annotations

import argparse

from archive import UserView
from partes import services
from partes.cli import _render as out
from partes.cli._context import Context, current_password, new_password
from partes.cli._parser import Commands, common, parse_date
from partes.errors import ExitCode
from partes.formats import day_bounds


def register(commands: Commands) -> None:
    users = commands.group("user", "administra los usuarios y sus roles")
    roles = list(services.ROLES)
    add = users.add(
        "add", cmd_user_add, "crea un usuario (contraseña por teclado o PARTES_PASSWORD)"
    )
    add.add_argument("login", metavar="USUARIO")
    add.add_argument("--role", required=True, choices=roles, help="rol")
    add.add_argument("--unit", metavar="U", help="unidad (obligatoria para el rol unidad)")
    add.add_argument("--name", default="", metavar="NOMBRE", help="nombre completo")
    add.add_argument("--no-password", action="store_true", help="sin contraseña (solo CLI)")
    users.add("list", cmd_user_list, "lista los usuarios")
    passwd = users.add("passwd", cmd_user_passwd, "cambia la contraseña de un usuario")
    passwd.add_argument("login", metavar="USUARIO")
    disable = users.add("disable", cmd_user_disable, "desactiva un usuario (no se borra)")
    disable.add_argument("login", metavar="USUARIO")
    role = users.add("role", cmd_user_role, "cambia el rol (y la unidad) de un usuario")
    role.add_argument("login", metavar="USUARIO")
    role.add_argument("role", metavar="ROL", choices=roles)
    role.add_argument("--unit", metavar="U", help="unidad")
    register_tokens(commands)
    events = commands.add("events", cmd_events, "eventos de trazabilidad (auditoría)")
    events.add_argument("--actor", metavar="USUARIO", help="quién actuó")
    events.add_argument("--kind", metavar="ACCIÓN", help="qué acción (p. ej. consultado)")
    events.add_argument("--from", dest="date_from", type=parse_date, metavar="FECHA")
    events.add_argument("--to", dest="date_to", type=parse_date, metavar="FECHA")
    events.add_argument("--limit", type=int, metavar="N", help="los N más recientes")


def _user_line(user: UserView) -> str:
    unit = f" ({user.unit})" if user.unit else ""
    state = "" if user.active else "  [yellow]desactivado[/yellow]"
    return f"{out.esc(user.login):<20} {user.role}{out.esc(unit)}  {out.esc(user.full_name)}{state}"


def _user_json(user: UserView) -> dict[str, object]:
    return {
        "login": user.login,
        "full_name": user.full_name,
        "role": user.role,
        "unit": user.unit,
        "active": user.active,
        "has_password": user.has_password,
        "created_at": user.created_at.isoformat(),
    }


def _done(user: UserView, ctx: Context, verb: str) -> int:
    if ctx.json:
        out.json_line(_user_json(user))
    else:
        out.out.print(f"{verb}: {_user_line(user)}")
    return ExitCode.ok


def cmd_user_add(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        password = None if args.no_password else new_password()
        user = services.add_user(
            app,
            actor=actor,
            login=args.login,
            role=args.role,
            unit=args.unit,
            name=args.name,
            password=password,
        )
    return _done(user, ctx, "Creado")


def cmd_user_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        found = services.users(app, actor=actor)
    for user in found:
        if ctx.json:
            out.json_line(_user_json(user))
        else:
            out.out.print(_user_line(user))
    return ExitCode.ok


def cmd_user_passwd(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        own = actor.login == args.login and not services.allowed(actor.role, "usuarios.administrar")
        current = current_password() if own else None
        services.change_password(
            app, actor=actor, login=args.login, password=new_password(), current=current
        )
    if not ctx.json:
        out.out.print(f"Contraseña de «{out.esc(args.login)}» cambiada.")
    return ExitCode.ok


def cmd_user_disable(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        user = services.disable_user(app, actor=actor, login=args.login)
    return _done(user, ctx, "Desactivado")


def cmd_user_role(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        user = services.change_role(
            app, actor=actor, login=args.login, role=args.role, unit=args.unit
        )
    return _done(user, ctx, "Rol cambiado")


def cmd_events(args: argparse.Namespace, ctx: Context) -> int:
    since, until = day_bounds(args.date_from, args.date_to)
    with ctx.session() as (app, actor):
        found = services.events(
            app,
            actor=actor,
            who=args.actor,
            kind=args.kind,
            since=since,
            until=until,
            limit=args.limit,
        )
    if ctx.json:
        for event in found:
            out.json_line(out.event_json(event))
    else:
        out.show_events(found, with_document=True)
        out.out.print(f"{len(found)} evento{'s' if len(found) != 1 else ''}.")
    return ExitCode.ok


def register_tokens(commands: Commands) -> None:
    tokens = commands.group("token", "tokens de la API para personas y estaciones")
    text = "crea un token (se muestra una sola vez)"
    create = tokens.add("create", cmd_token_create, text, parent=common(with_user=False))
    who = create.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", dest="for_user", metavar="USUARIO", help="para esta persona")
    who.add_argument("--station", metavar="E", help="para esta estación")
    create.add_argument("--label", default="", metavar="TEXTO", help="para qué es")
    tokens.add("list", cmd_token_list, "lista los tokens (sin mostrarlos)")
    revoke = tokens.add("revoke", cmd_token_revoke, "revoca un token")
    revoke.add_argument("token_id", type=int, metavar="ID")


def cmd_token_create(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        made = services.make_token(
            app, actor=actor, login=args.for_user, station=args.station, label=args.label
        )
    if ctx.json:
        out.json_line({"id": made.view.id, "token": made.token, "prefix": made.view.prefix})
    else:
        owner = made.view.login or f"estación {made.view.station}"
        out.out.print(f"Token {made.view.id} para {out.esc(owner)} (se muestra solo esta vez):")
        out.out.print(made.token)
    return ExitCode.ok


def cmd_token_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        found = services.tokens(app, actor=actor)
    for token in found:
        data = {
            "id": token.id,
            "prefix": token.prefix,
            "user": token.login,
            "station": token.station,
            "label": token.label,
            "created_at": token.created_at.isoformat(),
            "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
        }
        if ctx.json:
            out.json_line(data)
        else:
            state = "revocado" if token.revoked_at else "activo"
            owner = token.login or f"estación {token.station}"
            out.out.print(f"{token.id:>4}  {token.prefix}…  {out.esc(owner)}  {state}")
    return ExitCode.ok


def cmd_token_revoke(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        token = services.revoke(app, actor=actor, token_id=args.token_id)
    if not ctx.json:
        out.out.print(f"Token {token.id} revocado.")
    return ExitCode.ok
