"""Every use case × every role: allowed or refused as the permission table says; a refused
call changes nothing and is recorded as refused."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from archive import Actor, EventFilter, list_events, list_users
from partes import services
from partes.errors import AuthenticationFailed, PermissionDenied
from partes.wiring import App
from tests.office import PEOPLE, Office, build_office

ROLES = ("oficina_partes", "unidad", "secretario", "alcaldia", "auditor", "admin")
LOGIN_OF = {role: next(login for login, (r, _) in PEOPLE.items() if r == role) for role in ROLES}
EVERYONE = set(ROLES)
READERS = {"oficina_partes", "secretario", "alcaldia", "auditor", "admin"}
OFFICE = {"oficina_partes", "admin"}

UseCase = Callable[[App, Actor, Office], Any]
_counter = iter(range(10_000))


def _new_login() -> str:
    return f"nuevo{next(_counter)}"


# use case → (the call, the roles that may make it). Written out, not read from the table.
MATRIX: dict[str, tuple[UseCase, set[str]]] = {
    "search": (lambda a, u, o: services.search(a, actor=u, text="municipalidad"), EVERYONE),
    "show": (lambda a, u, o: services.show(a, actor=u, ref=o.ordinary), EVERYONE),
    "text": (lambda a, u, o: services.text(a, actor=u, ref=o.ordinary), EVERYONE),
    "file": (lambda a, u, o: services.stored_file(a, actor=u, ref=o.ordinary), EVERYONE),
    "history": (lambda a, u, o: services.history(a, actor=u, ref=o.ordinary), READERS),
    "registry": (lambda a, u, o: services.registry(a, actor=u), READERS),
    "review": (lambda a, u, o: services.review_list(a, actor=u), OFFICE | {"auditor"}),
    "correct": (
        lambda a, u, o: services.correct_labels(a, actor=u, ref=o.ordinary, changes={}),
        OFFICE,
    ),
    "receipt": (lambda a, u, o: services.receipt(a, actor=u, ref=o.ordinary), OFFICE),
    "ingest": (
        lambda a, u, o: list(
            services.ingest(a, actor=u, files=[o.ordinary_doc.path], direction="entrada")
        ),
        OFFICE,
    ),
    "import": (
        lambda a, u, o: _usage_ok(
            services.plan_import, a, u, folder=o.home.parent / "no-existe", metadata=None
        ),
        OFFICE,
    ),
    "signing_queue": (lambda a, u, o: services.signing_queue(a, actor=u), READERS),
    "sign": (
        lambda a, u, o: services.sign_registered(a, actor=u, refs=(), secret=_no_secret),
        {"secretario", "admin"},
    ),
    "quarantine": (lambda a, u, o: services.quarantine(a, actor=u), OFFICE | {"auditor"}),
    "quarantine_retry": (
        lambda a, u, o: _missing_ok(services.retry_quarantined, a, u, item_id="x/none.pdf"),
        OFFICE,
    ),
    "quarantine_discard": (
        lambda a, u, o: _missing_ok(
            services.discard_quarantined, a, u, item_id="x/none.pdf", reason="prueba de rol"
        ),
        OFFICE,
    ),
    "status": (lambda a, u, o: services.status(a, actor=u), OFFICE | {"auditor"}),
    "watch": (
        lambda a, u, o: list(services.watch(a, actor=u, stop=_stopped(), once=True)),
        OFFICE,
    ),
    "reindex": (lambda a, u, o: services.reindex(a, actor=u), OFFICE),
    "users": (lambda a, u, o: services.users(a, actor=u), {"auditor", "admin"}),
    "add_user": (
        lambda a, u, o: services.add_user(a, actor=u, login=_new_login(), role="auditor"),
        {"admin"},
    ),
    "change_role": (
        lambda a, u, o: services.change_role(a, actor=u, login="zoe", role="alcaldia"),
        {"admin"},
    ),
    "change_password": (
        lambda a, u, o: services.change_password(
            a, actor=u, login="zoe", password="clave-de-prueba-1"
        ),
        {"admin"},
    ),
    "events": (lambda a, u, o: services.events(a, actor=u, limit=5), {"auditor", "admin"}),
    "derive": (
        lambda a, u, o: services.derive(
            a, actor=u, ref=o.ordinary, units=["dideco"], instruction="conocimiento"
        ),
        OFFICE,
    ),
    "bandeja": (
        lambda a, u, o: services.bandeja(a, actor=u),
        OFFICE | {"unidad", "alcaldia", "auditor"},
    ),
    "plazos": (lambda a, u, o: services.plazos(a, actor=u), EVERYONE),
    "expediente": (lambda a, u, o: services.expediente(a, actor=u, ref=o.ordinary), EVERYONE),
    "send_digest": (lambda a, u, o: services.send_digest(a, actor=u), OFFICE),
    "annul": (
        lambda a, u, o: _missing_ok(
            services.annul_entry, a, u, ref="E-1999-000001", reason="prueba de rol"
        ),
        OFFICE | {"secretario"},
    ),
    "checkpoint": (
        lambda a, u, o: _unconfigured_ok(services.checkpoint, a, u),
        READERS - {"alcaldia"},
    ),
    "audit": (lambda a, u, o: services.audit(a, actor=u), {"secretario", "auditor", "admin"}),
    "export": (
        lambda a, u, o: services.export_bag(a, actor=u, dest=_new_dest(o), refs=(o.ordinary,)),
        {"oficina_partes", "secretario", "auditor", "admin"},
    ),
    "libro": (
        lambda a, u, o: services.libro(a, actor=u, series="ingreso", year=2026, fmt="csv"),
        READERS,
    ),
}


def _new_dest(office: Office) -> Path:
    """A destination for an export that does not exist yet, beside the office's home."""
    return office.home.parent / f"exportacion-{next(_counter)}"


def _no_secret(variable: str, what: str) -> str:
    raise AssertionError("no key is opened for an empty order")


def _stopped() -> threading.Event:
    stop = threading.Event()
    stop.set()
    return stop


def _missing_ok(call: Callable[..., Any], app: App, actor: Actor, **kwargs: Any) -> None:
    """Past the permission check, an unknown quarantine item is "not found"."""
    from archive import RecordNotFound

    with contextlib.suppress(RecordNotFound):
        call(app, actor=actor, **kwargs)


def _usage_ok(call: Callable[..., Any], app: App, actor: Actor, **kwargs: Any) -> None:
    """Past the permission check, a folder that does not exist is a usage error."""
    from partes.errors import UsageError

    with contextlib.suppress(UsageError):
        call(app, actor=actor, **kwargs)


def _unconfigured_ok(call: Callable[..., Any], app: App, actor: Actor) -> None:
    """Past the permission check, a home without a checkpoint folder says so."""
    from partes.errors import ConfigError

    with contextlib.suppress(ConfigError):
        call(app, actor=actor)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("roles"))


def _snapshot(app: App, office: Office) -> tuple[Any, ...]:
    """What a refused call must not change: the events, users and both records."""
    from archive import EVERYTHING, find_record

    db = app.services.db
    events = list_events(db)
    records = [find_record(db, ref, visibility=EVERYTHING) for ref in (office.ordinary,)]
    return len(events), list_users(db), records


def test_the_matrix_is_the_permission_table() -> None:
    """The written-out matrix and the data table agree for every use case they share."""
    permission_of = {
        "search": "documento.buscar",
        "show": "documento.ver",
        "text": "documento.texto",
        "file": "documento.archivo",
        "history": "documento.historia",
        "registry": "libro.ver",
        "review": "revision.ver",
        "correct": "revision.corregir",
        "receipt": "certificado.entregar",
        "ingest": "documento.registrar",
        "import": "documento.importar",
        "signing_queue": "firma.cola",
        "sign": "firma.firmar",
        "quarantine": "cuarentena.ver",
        "quarantine_retry": "cuarentena.reintentar",
        "quarantine_discard": "cuarentena.descartar",
        "status": "estaciones.ver",
        "watch": "estaciones.vigilar",
        "reindex": "indice.reconstruir",
        "users": "usuarios.ver",
        "add_user": "usuarios.administrar",
        "change_role": "usuarios.administrar",
        "change_password": "usuarios.administrar",
        "events": "eventos.ver",
        "derive": "derivacion.derivar",
        "bandeja": "unidad.bandeja",
        "plazos": "plazos.ver",
        "expediente": "expediente.ver",
        "send_digest": "plazos.avisar",
        "annul": "libro.anular",
        "checkpoint": "archivo.sellar",
        "audit": "archivo.auditar",
        "export": "exportar",
        "libro": "libro.ver",
    }
    assert set(permission_of) == set(MATRIX)
    for case, (_, roles) in MATRIX.items():
        assert set(services.PERMISSIONS[permission_of[case]]) == roles, case
    assert set(services.ROLES) == set(ROLES)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", sorted(MATRIX))
def test_use_case_by_role(office: Office, case: str, role: str) -> None:
    call, allowed_roles = MATRIX[case]
    actor = office.actor(LOGIN_OF[role])
    with office.app() as app:
        if role in allowed_roles:
            call(app, actor, office)
            return
        before = _snapshot(app, office)
        with pytest.raises(PermissionDenied) as refused:
            call(app, actor, office)
        assert role in refused.value.message
        after = _snapshot(app, office)
        refusals = list_events(
            app.services.db, EventFilter(actor=actor.login, action="acceso_denegado")
        )
    assert after[0] == before[0] + 1, "a refusal is one event, and nothing else happened"
    assert after[1:] == before[1:]
    assert refusals and refusals[-1].role == role and refusals[-1].channel == "cli"
    assert refusals[-1].detail["permiso"]


@pytest.mark.parametrize("role", ROLES)
def test_everyone_may_change_their_own_password(office: Office, role: str) -> None:
    login = LOGIN_OF[role]
    with office.app() as app:
        if role != "admin":  # a session left open is not enough: the current password first
            with pytest.raises(AuthenticationFailed):
                services.change_password(
                    app, actor=office.actor(login), login=login, password="otra-clave-99"
                )
        services.change_password(
            app,
            actor=office.actor(login),
            login=login,
            password="clave-de-prueba-1",
            current="clave-de-prueba-1",
        )
        changed = list_events(
            app.services.db, EventFilter(actor=login, action="contrasena_cambiada")
        )
    assert changed and changed[-1].detail == {"usuario": login}
