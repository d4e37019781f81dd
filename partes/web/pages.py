"""The pages: thin functions that call one use case and hand its result to a template."""

from __future__ import annotations

import time
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from archive import Actor, DocumentFilter
from partes import services
from partes.errors import AuthenticationFailed
from partes.web import _search_view as found
from partes.web import _views as views
from partes.web._auth import CoreApp, Person, csrf_protected
from partes.web._render import csv_response, render
from partes.web._security import csrf_token
from partes.web.tramite import document_section
from partes.wiring import App
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES

router = APIRouter(include_in_schema=False)
SEARCH_PAGE = 20
BOOK_PAGE = 50
Posted = Depends(csrf_protected)


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never an address elsewhere."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/buscar"


@router.get("/ingresar", response_class=HTMLResponse)
def login_form(request: Request, siguiente: str | None = None) -> Response:
    values = views.page(None, "Ingresar", csrf_token(request.session))
    return render(request, "login.html", values | {"next": _safe_next(siguiente), "error": ""})


@router.post("/ingresar", dependencies=[Posted])
def login(
    request: Request,
    core: CoreApp,
    usuario: Annotated[str, Form(max_length=100)],
    contrasena: Annotated[str, Form(max_length=200)],
    siguiente: Annotated[str, Form()] = "/buscar",
) -> Response:
    limiter = request.app.state.login_limiter
    address = request.client.host if request.client else "?"
    error = ""
    if limiter.blocked(usuario, address):
        error = "Demasiados intentos fallidos. Espere unos minutos antes de volver a intentar."
    else:
        try:
            actor = services.authenticate(core, login=usuario, password=contrasena, channel="web")
        except AuthenticationFailed as exc:
            limiter.failed(usuario, address)
            error = exc.message
        else:
            limiter.succeeded(usuario)
            request.session.clear()  # a new session: no fixation
            request.session.update({"login": actor.login, "at": int(time.time())})
            csrf_token(request.session)
            return RedirectResponse(_safe_next(siguiente), status_code=303)
    values = views.page(None, "Ingresar", csrf_token(request.session))
    status = 429 if "Demasiados" in error else 401
    return render(
        request, "login.html", values | {"next": _safe_next(siguiente), "error": error}, status
    )


@router.post("/salir", dependencies=[Posted])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/ingresar", status_code=303)


@router.get("/buscar", response_class=HTMLResponse)
def search_page(
    request: Request,
    core: CoreApp,
    actor: Person,
    q: Annotated[str, Query(max_length=500)] = "",
    tipo: Annotated[str | None, Query()] = None,
    unidad: Annotated[str | None, Query(max_length=40)] = None,
    direccion: Annotated[str | None, Query(max_length=20)] = None,
    serie: Annotated[str | None, Query(max_length=40)] = None,
    estacion: Annotated[str | None, Query(max_length=40)] = None,
    revisar: Annotated[str, Query(max_length=2)] = "",
    desde_: Annotated[str, Query(alias="desde", max_length=10)] = "",
    hasta_: Annotated[str, Query(alias="hasta", max_length=10)] = "",
    anio_: Annotated[str, Query(alias="anio", max_length=4)] = "",
    orden: Annotated[str, Query(max_length=20)] = "relevancia",
    pagina: Annotated[int, Query(ge=1, le=5000)] = 1,
) -> Response:
    desde, hasta, anio = views.as_date(desde_), views.as_date(hasta_), views.as_int(anio_)
    filters = found.Filters(
        doc_type=tipo if tipo in DOC_TYPES else None,
        unit=unidad or None,
        direction=direccion if direccion in DIRECTIONS else None,
        series=serie or None,
        station=estacion or None,
        pending_review=revisar == "1",
        date_from=desde,
        date_to=hasta,
        year=anio,
    )
    searched = bool(q.strip()) or filters.any()
    values = views.page(actor, "Buscar", csrf_token(request.session))
    values |= found.form(core.config, q=q, filters=filters, sort=orden)
    values["searched"] = searched
    if searched:
        paging = found.Paging(page=pagina)
        result = services.search(
            core,
            actor=actor,
            text=q,
            **filters.as_kwargs(),
            sort=found.sort_of(orden),
            limit=paging.size,
            offset=paging.offset,
            facets=True,
        )
        if result.jump_to is not None:
            return RedirectResponse(f"/documentos/{quote(result.jump_to)}", status_code=303)
        units = {u.code: u.name for u in core.config.units}
        values |= found.results(result, paging, request.url, query=q, unit_names=units)
    template = "_results.html" if request.headers.get("hx-request") else "search.html"
    return render(request, template, values)


@router.get("/documentos/{ref}", response_class=HTMLResponse)
def document_page(request: Request, core: CoreApp, actor: Person, ref: str) -> Response:
    record = services.show(core, actor=actor, ref=ref)
    events = (
        views.event_views(record.events)
        if services.allowed(actor.role, "documento.historia")
        else []
    )
    values = views.page(actor, record.registry_number, csrf_token(request.session))
    values |= {
        "number": record.registry_number,
        "subject": record.subject or "(sin materia)",
        "rows": views.record_rows(record),
        "files": views.file_views(record),
        "viewer": views.viewer_url(record),
        "events": events,
        "text_url": f"/documentos/{record.registry_number}/texto",
        "corrected": bool(request.query_params.get("corregido")),
        "form": views.correction_form(record, core.config.units)
        if services.allowed(actor.role, "revision.corregir")
        else None,
        "tramite": document_section(core, actor, record.registry_number, record.direction),
        "derived": bool(request.query_params.get("derivado")),
        "unit": record.unit,
    }
    return render(request, "document.html", values)


@router.get("/documentos/{ref}/texto", response_class=HTMLResponse)
def document_text(request: Request, core: CoreApp, actor: Person, ref: str) -> Response:
    doc = services.text(core, actor=actor, ref=ref)
    values = views.page(actor, f"Texto de {doc.registry_number}", csrf_token(request.session))
    values |= {"number": doc.registry_number, "pages": list(enumerate(doc.pages, 1))}
    return render(request, "text.html", values)


@router.get("/documentos/{ref}/archivos/{kind}")
def document_file(core: CoreApp, actor: Person, ref: str, kind: str, ver: int = 0) -> FileResponse:
    found = services.stored_file(core, actor=actor, ref=ref, role=kind)
    disposition = "inline" if ver else "attachment"
    return FileResponse(
        found.path,
        media_type=found.media_type,
        filename=found.name,
        content_disposition_type=disposition,
    )


@router.get("/libro", response_class=HTMLResponse)
def registry_page(
    request: Request,
    core: CoreApp,
    actor: Person,
    serie: Annotated[str | None, Query(max_length=40)] = None,
    anio_: Annotated[str, Query(alias="anio", max_length=4)] = "",
    pagina: Annotated[int, Query(ge=1, le=100_000)] = 1,
    formato: Annotated[str | None, Query()] = None,
) -> Response:
    services.require(core, actor, "libro.ver")
    anio = views.as_int(anio_)
    which = DocumentFilter(series=serie or None, year=anio)
    if formato == "csv":
        return _book_csv(core, actor, which)
    found = services.documents(
        core, actor=actor, which=which, offset=(pagina - 1) * BOOK_PAGE, limit=BOOK_PAGE
    )
    values = views.page(actor, "Libro de registro", csrf_token(request.session))
    values |= {
        "municipality": core.config.municipality.name,
        "lines": [views.book_view(r) for r in found.records],
        "total": found.total,
        "series": [(s.code, s.name) for s in core.config.series]
        + [(h.code, h.name) for h in core.config.importacion.series],
        "chosen_series": serie or "",
        "anio": anio or "",
        "csv": str(request.url.include_query_params(formato="csv")),
        "pages": views.pager(
            str(request.url.remove_query_params("pagina")) + "&", pagina, found.total, BOOK_PAGE
        ),
    }
    return render(request, "libro.html", values)


def _book_csv(core: App, actor: Actor, which: DocumentFilter) -> Response:
    rows: list[list[str]] = []
    offset = 0
    while True:
        found = services.documents(core, actor=actor, which=which, offset=offset, limit=500)
        rows.extend(views.book_row(r) for r in found.records)
        offset += len(found.records)
        if not found.records or offset >= found.total:
            break
    rows.reverse()  # the book reads oldest first
    return csv_response("libro-de-registro.csv", views.BOOK_COLUMNS, rows)
