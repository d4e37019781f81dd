"""Who may do what: the roles, the one table of permissions, and reserved documents.

Every use case calls ``require`` before it touches anything; a refusal is recorded as an
event (actor, role, channel, what was refused) and changes nothing else.
"""

from __future__ import annotations

import getpass
from typing import Any

from archive import EVERYTHING, Actor, Visibility, record_event
from partes.errors import PermissionDenied
from partes.wiring import App

ROLES: dict[str, str] = {
    "oficina_partes": "Oficina de Partes: recibe, registra, corrige y distribuye",
    "unidad": "Unidad municipal: recibe lo que se le deriva (ligado a una unidad)",
    "secretario": "Secretario Municipal: ministro de fe, firma los oficios",
    "alcaldia": "Alcaldía y Gabinete",
    "auditor": "Auditor: lee todo y los registros de actividad, no cambia nada",
    "admin": "Administrador: usuarios y configuración",
}
_ALL = frozenset(ROLES)
_OFFICE = frozenset({"oficina_partes", "admin"})
_READERS = frozenset({"oficina_partes", "secretario", "alcaldia", "auditor", "admin"})
_UNITS = frozenset({"unidad", "alcaldia"})

# permission → the roles that hold it. The single source of truth; tested as a matrix.
PERMISSIONS: dict[str, frozenset[str]] = {
    "documento.registrar": _OFFICE,
    # An existing archive under its historical numbers (partes import).
    "documento.importar": _OFFICE,
    "documento.buscar": _ALL,
    "documento.ver": _ALL,
    "documento.texto": _ALL,
    "documento.archivo": _ALL,
    "documento.historia": _READERS,
    "libro.ver": _READERS,
    "unidad.bandeja": _UNITS | _OFFICE | {"auditor"},
    "derivacion.derivar": _OFFICE,
    "derivacion.recibir": _UNITS | {"admin"},
    "derivacion.anotar": _UNITS | _OFFICE,
    "derivacion.rederivar": _UNITS | _OFFICE,
    "derivacion.responder": _UNITS | _OFFICE,
    "derivacion.cerrar": _UNITS | _OFFICE,
    "respuesta.registrar": _UNITS | _OFFICE,
    "plazos.ver": _ALL,
    "plazos.avisar": _OFFICE,
    "expediente.ver": _ALL,
    "revision.ver": _OFFICE | {"auditor"},
    "revision.corregir": _OFFICE,
    "certificado.entregar": _OFFICE,
    "firma.cola": _READERS,
    "firma.firmar": frozenset({"secretario", "admin"}),
    "firma.verificar": _ALL,
    "cuarentena.ver": _OFFICE | {"auditor"},
    "cuarentena.reintentar": _OFFICE,
    "cuarentena.descartar": _OFFICE,
    "estaciones.ver": _OFFICE | {"auditor"},
    "estaciones.vigilar": _OFFICE,
    "indice.reconstruir": _OFFICE,
    "usuarios.ver": frozenset({"auditor", "admin"}),
    "usuarios.administrar": frozenset({"admin"}),
    "eventos.ver": frozenset({"auditor", "admin"}),
    # Conservation: annul a registration (a new book line), seal the chains, audit.
    "libro.anular": _OFFICE | {"secretario"},
    "archivo.sellar": _READERS - {"alcaldia"},
    "archivo.auditar": frozenset({"secretario", "auditor", "admin"}),
    "archivo.respaldar": frozenset({"admin"}),
    # A BagIt export carries every file of every document chosen: those who keep the archive.
    "exportar": frozenset({"oficina_partes", "secretario", "auditor", "admin"}),
    # Reserved documents: these roles see all of them; anyone else only their unit's.
    "reservados.ver": frozenset({"oficina_partes", "secretario", "auditor", "admin"}),
}


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS[permission]


def require(
    app: App,
    actor: Actor,
    permission: str,
    *,
    document_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Go on only if ``actor``'s role holds ``permission``; else record the refusal."""
    if allowed(actor.role, permission):
        return
    record_event(
        app.services.db,
        actor=actor,
        action="acceso_denegado",
        document_id=document_id,
        detail={"permiso": permission, **(detail or {})},
    )
    raise refusal(actor, permission)


def refusal(actor: Actor, permission: str) -> PermissionDenied:
    """The one way a refusal reads, recorded or not."""
    return PermissionDenied(
        f"El rol «{actor.role}» de «{actor.login}» no permite esta acción ({permission}).",
        "Pida a un administrador el rol que corresponde.",
    )


def require_role(actor: Actor, permission: str) -> None:
    """For work outside any data home (a loose PDF): checked, with no event to record."""
    if not allowed(actor.role, permission):
        raise refusal(actor, permission)


def visibility(actor: Actor) -> Visibility:
    """Reserved documents this actor may see: all, or those of their own unit."""
    if allowed(actor.role, "reservados.ver"):
        return EVERYTHING
    return Visibility(all_reserved=False, units=(actor.unit,) if actor.unit else ())


def local_operator(channel: str = "cli") -> Actor:
    """Whoever can read the data home already holds everything: recorded by OS login."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "desconocido"
    return Actor(login=f"operador:{who}", role="admin", channel=channel)


def station_actor(code: str) -> Actor:
    """A scanning station registers what it scans as the Oficina de Partes."""
    return Actor(login=f"estacion:{code}", role="oficina_partes", channel="watcher")
