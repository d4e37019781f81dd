"""Pages by role beyond the reception desk: the dashboard, the unit's documents, the
Secretario's signing queue, the auditor's event log, and the users."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from archive import Actor
from partes import services
from partes.errors import UsageError
from partes.formats import day_bounds
from partes.services import SignedOficio
from partes.web import _views as views
from partes.web._auth import CoreApp, Person, csrf_protected
from partes.web._charts import bar_chart, plazos_chart
from partes.web._render import csv_response, render
from partes.web._security import csrf_token
from partes.wiring import App

router = APIRouter(include_in_schema=False)
Posted = Depends(csrf_protected)
PAGE = 50


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, core: CoreApp, actor: Person) -> Response:
    summary = services.overview(core, actor=actor)
    deadlines = services.plazos_summary(core, actor=actor)
    values = views.page(actor, "Inicio", csrf_token(request.session))
    values |= {
        "chart": bar_chart(summary.days, summary.per_day),
        "to_review": summary.to_review,
        "pause": summary.pause,
        "audit": summary.audit,
        "quarantined": summary.quarantined,
        "per_station": sorted(summary.per_station.items()),
        "plazos_chart": plazos_chart(deadlines),
        "overdue": sum(c.get("vencida", 0) for _, c in deadlines),
        "due_soon": sum(c.get("por_vencer", 0) for _, c in deadlines),
    }
    return render(request, "dashboard.html", values)


@router.get("/unidad", response_class=HTMLResponse)
def unit_inbox(
    request: Request, core: CoreApp, actor: Person, pagina: Annotated[int, Query(ge=1)] = 1
) -> Response:
    found = services.unit_documents(core, actor=actor, offset=(pagina - 1) * PAGE, limit=PAGE)
    values = views.page(
        actor, f"Documentos de {actor.unit or 'su unidad'}", csrf_token(request.session)
    )
    values |= {
        "lines": [views.desk_view(r) for r in found.records],
        "total": found.total,
        "pages": views.pager("/unidad?", pagina, found.total, PAGE),
    }
    return render(request, "unit.html", values)


@router.get("/firmas", response_class=HTMLResponse)
def signing_queue(request: Request, core: CoreApp, actor: Person) -> Response:
    return _signing_page(request, core, actor, [])


@router.post("/firmas", response_class=HTMLResponse, dependencies=[Posted])
def sign(
    request: Request,
    core: CoreApp,
    actor: Person,
    clave: Annotated[str, Form(max_length=500)],
    oficios: Annotated[list[str], Form()],
) -> Response:
    """The PIN or passphrase opens the key for this order only; it is never stored."""
    signed = services.sign_registered(
        core, actor=actor, refs=oficios, secret=lambda variable, what: clave
    )
    return _signing_page(request, core, actor, signed)


def _signing_page(
    request: Request, core: App, actor: Actor, signed: list[SignedOficio]
) -> Response:
    """The queue as it is now, and what this order signed, with its codes."""
    waiting = services.signing_queue(core, actor=actor)
    values = views.page(actor, "Oficios por firmar", csrf_token(request.session))
    values |= {
        "lines": [views.book_view(r) for r in waiting],
        "can_sign": services.allowed(actor.role, "firma.firmar"),
        "signed": [views.signed_view(s) for s in signed],
    }
    return render(request, "signing.html", values)


@router.get("/auditoria", response_class=HTMLResponse)
def audit(
    request: Request,
    core: CoreApp,
    actor: Person,
    quien: Annotated[str | None, Query(max_length=100)] = None,
    accion: Annotated[str | None, Query(max_length=40)] = None,
    desde_: Annotated[str, Query(alias="desde", max_length=10)] = "",
    hasta_: Annotated[str, Query(alias="hasta", max_length=10)] = "",
    formato: Annotated[str | None, Query()] = None,
) -> Response:
    desde, hasta = views.as_date(desde_), views.as_date(hasta_)
    start, end = day_bounds(desde, hasta)
    found = services.events(
        core,
        actor=actor,
        who=quien or None,
        kind=accion or None,
        since=start,
        until=end,
        limit=None if formato == "csv" else 1000,
    )
    if formato == "csv":
        return csv_response("eventos.csv", views.EVENT_COLUMNS, [views.event_row(e) for e in found])
    values = views.page(actor, "Auditoría", csrf_token(request.session))
    values |= {
        "events": views.event_views(list(reversed(found))),
        "quien": quien or "",
        "accion": accion or "",
        "desde": desde.isoformat() if desde else "",
        "hasta": hasta.isoformat() if hasta else "",
        "csv": str(request.url.include_query_params(formato="csv")),
    }
    return render(request, "audit.html", values)


@router.get("/usuarios", response_class=HTMLResponse)
def people(request: Request, core: CoreApp, actor: Person) -> Response:
    found = services.users(core, actor=actor)
    values = views.page(actor, "Usuarios", csrf_token(request.session))
    values |= {
        "people": [views.person_view(u) for u in found],
        "roles": list(views.ROLE_NAMES.items()),
        "units": [(u.code, u.name) for u in core.config.units],
        "can_edit": services.allowed(actor.role, "usuarios.administrar"),
        "message": request.query_params.get("mensaje", ""),
    }
    return render(request, "users.html", values)


@router.post("/usuarios", dependencies=[Posted])
def add_person(
    core: CoreApp,
    actor: Person,
    usuario: Annotated[str, Form(max_length=60)],
    rol: Annotated[str, Form()],
    contrasena: Annotated[str, Form(max_length=200)],
    nombre: Annotated[str, Form(max_length=200)] = "",
    unidad: Annotated[str, Form()] = "",
) -> Response:
    services.add_user(
        core,
        actor=actor,
        login=usuario.strip(),
        role=rol,
        unit=unidad or None,
        name=nombre,
        password=contrasena,
    )
    return RedirectResponse(f"/usuarios?mensaje=Creado {usuario}", status_code=303)


@router.post("/usuarios/{login}/rol", dependencies=[Posted])
def change_role(
    core: CoreApp,
    actor: Person,
    login: str,
    rol: Annotated[str, Form()],
    unidad: Annotated[str, Form()] = "",
) -> Response:
    services.change_role(core, actor=actor, login=login, role=rol, unit=unidad or None)
    return RedirectResponse(f"/usuarios?mensaje=Rol de {login} cambiado", status_code=303)


@router.post("/usuarios/{login}/desactivar", dependencies=[Posted])
def disable(core: CoreApp, actor: Person, login: str) -> Response:
    if login == actor.login:
        raise UsageError("No puede desactivarse a sí mismo.")
    services.disable_user(core, actor=actor, login=login)
    return RedirectResponse(f"/usuarios?mensaje={login} desactivado", status_code=303)
