"""The Oficina de Partes at its desk: today's entries, manual upload, corrections in place,
quarantine, and the stations' status. Thin routes over the application core."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from archive import Actor, DocumentFilter
from partes import services
from partes.formats import DIRECTION_NAMES
from partes.web import _views as views
from partes.web._auth import CoreApp, Person, csrf_protected
from partes.web._render import render
from partes.web._security import csrf_token
from partes.web._uploads import received
from partes.wiring import App
from pipeline import Outcome
from pipeline.vocabulary import DIRECTIONS

router = APIRouter(include_in_schema=False)
Posted = Depends(csrf_protected)


@router.get("/recepcion", response_class=HTMLResponse)
def reception(request: Request, core: CoreApp, actor: Person) -> Response:
    """Today's entries, por revisar first; the list refreshes itself (htmx)."""
    services.require(core, actor, "documento.registrar")
    today = DocumentFilter(received_from=services.today_start())
    found = services.documents(core, actor=actor, which=today, limit=500)
    lines = sorted(found.records, key=lambda r: (r.review != "por_revisar", -r.id))
    values = views.page(actor, "Recepción de hoy", csrf_token(request.session))
    values |= {"lines": [views.desk_view(r) for r in lines], "total": found.total}
    template = "_desk.html" if request.headers.get("hx-request") else "desk.html"
    return render(request, template, values)


@router.get("/subir", response_class=HTMLResponse)
def upload_form(request: Request, core: CoreApp, actor: Person) -> Response:
    services.require(core, actor, "documento.registrar")
    return _upload_page(request, core, actor, [])


@router.post("/subir", response_class=HTMLResponse, dependencies=[Posted])
def upload(
    request: Request,
    core: CoreApp,
    actor: Person,
    archivos: Annotated[list[UploadFile], File()],
    direccion: Annotated[str, Form()] = "entrada",
    estacion: Annotated[str | None, Form()] = None,
) -> Response:
    arrival = datetime.now(UTC)  # the upload has arrived; reading it may take a while
    with received(core, archivos) as paths:
        outcomes = list(
            services.ingest(
                core,
                actor=actor,
                files=paths,
                station=estacion or None,
                direction=direccion if direccion in DIRECTIONS else None,
                received_at=arrival,
            )
        )
    return _upload_page(request, core, actor, outcomes)


def _upload_page(request: Request, core: App, actor: Actor, outcomes: list[Outcome]) -> Response:
    values = views.page(actor, "Ingresar documentos", csrf_token(request.session))
    values |= {
        "stations": [(s.code, s.name) for s in core.config.stations],
        "directions": [(d, DIRECTION_NAMES[d]) for d in DIRECTIONS],
        "outcomes": [views.outcome_view(o) for o in outcomes],
    }
    return render(request, "upload.html", values)


@router.post("/documentos/{ref}/corregir", dependencies=[Posted])
def correct(
    core: CoreApp,
    actor: Person,
    ref: str,
    tipo: Annotated[str, Form()],
    unidad: Annotated[str, Form()],
    direccion: Annotated[str, Form()],
    materia: Annotated[str, Form(max_length=2000)] = "",
    remitente: Annotated[str, Form(max_length=500)] = "",
    fecha: Annotated[date | None, Form()] = None,
    reservado: Annotated[bool, Form()] = False,
) -> Response:
    changes: dict[str, object] = {
        "doc_type": tipo,
        "unit": unidad or None,
        "direction": direccion,
        "subject": materia.strip() or None,
        "sender": remitente.strip() or None,
        "doc_date": fecha,
        "reserved": reservado,
    }
    done = services.correct_labels(core, actor=actor, ref=ref, changes=changes)
    number = quote(done.record.registry_number)
    return RedirectResponse(f"/documentos/{number}?corregido=1", status_code=303)


@router.get("/cuarentena", response_class=HTMLResponse)
def quarantine(request: Request, core: CoreApp, actor: Person) -> Response:
    items = services.quarantine(core, actor=actor)
    values = views.page(actor, "Cuarentena", csrf_token(request.session))
    values |= {
        "items": [views.quarantine_view(i) for i in items],
        "can_act": services.allowed(actor.role, "cuarentena.reintentar"),
        "message": request.query_params.get("mensaje", ""),
    }
    return render(request, "quarantine.html", values)


@router.post("/cuarentena/reintentar", dependencies=[Posted])
def retry(core: CoreApp, actor: Person, item: Annotated[str, Form()]) -> Response:
    outcome = services.retry_quarantined(core, actor=actor, item_id=item)
    message = views.outcome_view(outcome)["text"]
    return RedirectResponse(f"/cuarentena?mensaje={quote(message)}", status_code=303)


@router.post("/cuarentena/reintentar-todos", dependencies=[Posted])
def retry_all(
    core: CoreApp, actor: Person, motivo: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    """Every quarantined file again (or those whose reason contains ``motivo``)."""
    reason = motivo.strip() or None
    outcomes = [o for _i, o in services.retry_all_quarantined(core, actor=actor, reason=reason)]
    left = sum(1 for o in outcomes if o.status == "quarantined")
    message = (
        f"Reintentados: {len(outcomes)}; salieron de la cuarentena: {len(outcomes) - left}; "
        f"siguen en cuarentena: {left}."
    )
    return RedirectResponse(f"/cuarentena?mensaje={quote(message)}", status_code=303)


@router.post("/cuarentena/descartar", dependencies=[Posted])
def discard(
    core: CoreApp,
    actor: Person,
    item: Annotated[str, Form()],
    justificacion: Annotated[str, Form(max_length=2000)],
) -> Response:
    services.discard_quarantined(core, actor=actor, item_id=item, reason=justificacion)
    message = f"Descartado {item}; el archivo queda guardado aparte."
    return RedirectResponse(f"/cuarentena?mensaje={quote(message)}", status_code=303)


@router.get("/estaciones", response_class=HTMLResponse)
def stations(request: Request, core: CoreApp, actor: Person) -> Response:
    report = services.status(core, actor=actor)
    values = views.page(actor, "Estaciones", csrf_token(request.session))
    values |= {
        "running": report.running,
        "pause": services.pause_text(report.pause) if report.pause else None,
        "index_problem": report.index_problem,
        "stations": [views.station_view(s) for s in report.stations],
    }
    template = "_stations.html" if request.headers.get("hx-request") else "stations.html"
    return render(request, template, values)
