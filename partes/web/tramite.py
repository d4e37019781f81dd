"""Distribución y seguimiento on the web: derive from a document's page, the unit's bandeja,
the plazos, the expediente with its índice and ZIP, and the hoja de ruta."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from archive import Actor
from partes import services
from partes.services import MadeFile
from partes.web import _tramite_views as tv
from partes.web import _views as views
from partes.web._auth import CoreApp, Person, csrf_protected
from partes.web._charts import plazos_chart
from partes.web._render import render
from partes.web._security import csrf_token
from partes.web._uploads import received
from partes.wiring import App

DerivationId = Annotated[int, Path(ge=1, le=2_147_483_647)]
router = APIRouter(include_in_schema=False)
Posted = Depends(csrf_protected)
Text = Annotated[str, Form(max_length=2000)]


Back = Annotated[str, Form(max_length=300)]


def _back(target: str) -> RedirectResponse:
    """Back to the page the form was on: a path of this site only, never elsewhere."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/bandeja"
    return RedirectResponse(target, status_code=303)


@router.post("/documentos/{ref}/derivar", dependencies=[Posted])
def derive(
    core: CoreApp,
    actor: Person,
    ref: str,
    unidades: Annotated[list[str], Form()],
    instruccion: Annotated[str, Form()],
    providencia: Text = "",
    persona: Annotated[str, Form()] = "",
    dias: Annotated[int | None, Form(ge=1, le=365)] = None,
) -> Response:
    made = services.derive(
        core,
        actor=actor,
        ref=ref,
        units=unidades,
        instruction=instruccion,
        person=persona or None,
        providencia=providencia,
        days=dias,
    )
    return RedirectResponse(f"/documentos/{made[0].registry_number}?derivado=1", 303)


@router.post("/documentos/{ref}/respuesta", dependencies=[Posted])
def confirm_answer(
    core: CoreApp, actor: Person, ref: str, responde_a: Annotated[str, Form()]
) -> Response:
    """A clerk confirms that this outgoing document answers ``responde_a``."""
    services.answer(core, actor=actor, ref=responde_a, with_ref=ref)
    return RedirectResponse(f"/documentos/{responde_a}/expediente", 303)


@router.get("/bandeja", response_class=HTMLResponse)
def bandeja(
    request: Request,
    core: CoreApp,
    actor: Person,
    unidad: Annotated[str | None, Query(max_length=40)] = None,
    todas: bool = False,
) -> Response:
    rows = services.bandeja(core, actor=actor, unit=unidad or None, include_closed=todas)
    which = actor.unit if actor.role in ("unidad", "alcaldia") and actor.unit else unidad
    names = {u.code: u.name for u in core.config.units}
    title = f"Bandeja de {names.get(which, which)}" if which else "Bandeja de todas las unidades"
    values = views.page(actor, title, csrf_token(request.session))
    values |= {
        "lines": [tv.derivation_view(d) for d in rows],
        "all": todas,
        "unit": which or "",
        "units": _units(core) if actor.role not in ("unidad", "alcaldia") else [],
        "may_act": services.allowed(actor.role, "derivacion.cerrar"),
        "may_receive": services.allowed(actor.role, "derivacion.recibir"),
        "may_register": services.allowed(actor.role, "respuesta.registrar"),
        "all_units": _units(core),
        "count": _count_text(len(rows), open_only=not todas),
    }
    return render(request, "bandeja.html", values)


def _count_text(n: int, *, open_only: bool) -> str:
    noun = "derivación" if n == 1 else "derivaciones"
    adjective = (" abierta" if n == 1 else " abiertas") if open_only else ""
    return f"{n} {noun}{adjective}."


@router.post("/derivaciones/{number}/recibir", dependencies=[Posted])
def acknowledge(
    core: CoreApp, actor: Person, number: DerivationId, volver: Back = "/bandeja"
) -> Response:
    services.acknowledge(core, actor=actor, derivation_id=number)
    return _back(volver)


@router.post("/derivaciones/{number}/nota", dependencies=[Posted])
def note(
    core: CoreApp, actor: Person, number: DerivationId, nota: Text, volver: Back = "/bandeja"
) -> Response:
    services.add_note(core, actor=actor, derivation_id=number, text=nota)
    return _back(volver)


@router.post("/derivaciones/{number}/cerrar", dependencies=[Posted])
def close(
    core: CoreApp, actor: Person, number: DerivationId, nota: Text, volver: Back = "/bandeja"
) -> Response:
    services.close(core, actor=actor, derivation_id=number, note=nota)
    return _back(volver)


@router.post("/derivaciones/{number}/prorrogar", dependencies=[Posted])
def extend(
    core: CoreApp, actor: Person, number: DerivationId, volver: Back = "/plazos"
) -> Response:
    services.extend(core, actor=actor, derivation_id=number)
    return _back(volver)


@router.post("/derivaciones/{number}/rederivar", dependencies=[Posted])
def rederive(
    request: Request,
    core: CoreApp,
    actor: Person,
    number: DerivationId,
    unidad: Annotated[str, Form(max_length=40)],
    motivo: Text,
    persona: Annotated[str, Form()] = "",
    volver: Back = "/bandeja",
) -> Response:
    services.rederive(
        core,
        actor=actor,
        derivation_id=number,
        to_unit=unidad,
        reason=motivo,
        person=persona or None,
    )
    return _back(volver)


@router.post("/derivaciones/{number}/responder", dependencies=[Posted])
def answer(
    core: CoreApp,
    actor: Person,
    number: DerivationId,
    respuesta: Annotated[str, Form(max_length=40)] = "",
    archivo: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Close with the answer: a registered document's number, or its file to register."""
    if archivo is not None and archivo.filename:
        with received(core, [archivo]) as (path,):
            _outcome, closed = services.register_answer(
                core, actor=actor, file=path, derivation_id=number
            )
    else:
        closed = services.answer(core, actor=actor, with_ref=respuesta, derivation_id=number)
    return RedirectResponse(f"/documentos/{closed.registry_number}/expediente", 303)


@router.get("/plazos", response_class=HTMLResponse)
def plazos(
    request: Request,
    core: CoreApp,
    actor: Person,
    unidad: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    report = services.plazos(core, actor=actor, unit=unidad or None)
    values = views.page(actor, "Plazos", csrf_token(request.session))
    values |= {
        "today": f"{report.today:%d-%m-%Y}",
        "lines": [tv.plazo_view(x) for x in report.lines],
        "units_table": [tv.unit_plazos_view(u) for u in report.units],
        "chart": plazos_chart([(u.unit, u.counts) for u in report.units]),
        "units": _units(core) if actor.role not in ("unidad", "alcaldia") else [],
        "unit": unidad or "",
        "may_extend": services.allowed(actor.role, "derivacion.derivar"),
    }
    return render(request, "plazos.html", values)


@router.get("/documentos/{ref}/expediente", response_class=HTMLResponse)
def expediente(request: Request, core: CoreApp, actor: Person, ref: str) -> Response:
    made = services.expediente(core, actor=actor, ref=ref)
    values = views.page(actor, f"Expediente {made.identifier}", csrf_token(request.session))
    values |= tv.expediente_view(made)
    return render(request, "expediente.html", values)


@router.get("/documentos/{ref}/expediente.zip")
def expediente_zip(core: CoreApp, actor: Person, ref: str) -> Response:
    return _download(services.zip_file(core, actor=actor, ref=ref))


@router.get("/documentos/{ref}/indice.pdf")
def expediente_index(core: CoreApp, actor: Person, ref: str) -> Response:
    return _download(services.index_pdf(core, actor=actor, ref=ref))


@router.get("/documentos/{ref}/hoja-de-ruta.pdf")
def route_slip(request: Request, core: CoreApp, actor: Person, ref: str) -> Response:
    base = core.config.mail.base_url or str(request.base_url)
    return _download(services.route_slip(core, actor=actor, ref=ref, base_url=base))


def _download(made: MadeFile) -> Response:
    return Response(
        made.content,
        media_type=made.media_type,
        headers={"Content-Disposition": f'attachment; filename="{made.name}"'},
    )


def _units(core: App) -> list[tuple[str, str]]:
    return [(u.code, u.name) for u in core.config.units]


def document_section(
    core: App, actor: Actor, record_number: str, direction: str
) -> dict[str, object]:
    """The distribution part of a document's page: its derivations, the derive form, and
    for an outgoing document the received ones it seems to answer."""
    rows = services.derivations_of(core, actor=actor, ref=record_number)
    may_derive = services.allowed(actor.role, "derivacion.derivar")
    candidates = []
    if direction != "entrada" and services.allowed(actor.role, "derivacion.responder"):
        candidates = services.answer_candidates(core, actor=actor, ref=record_number)
    return {
        "derivations": [tv.derivation_view(d) for d in rows],
        "derive_form": {
            "units": _units(core),
            "instructions": list(services.INSTRUCTION_NAMES.items()),
        }
        if may_derive
        else None,
        "candidates": [tv.candidate_view(c) for c in candidates],
        "expediente_url": f"/documentos/{record_number}/expediente",
        "slip_url": f"/documentos/{record_number}/hoja-de-ruta.pdf",
    }
