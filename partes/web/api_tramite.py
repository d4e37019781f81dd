"""Distribución y seguimiento in the REST API: the same use cases as the pages and the CLI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from partes import services
from partes.web import _schemas_tramite as t
from partes.web._auth import CoreApp
from partes.web.api import PROBLEMS, Caller

DerivationId = Annotated[int, Path(ge=1, le=2_147_483_647)]
router = APIRouter(prefix="/api/v1", tags=["distribución"], responses=PROBLEMS)
Unit = Annotated[str | None, Query(max_length=40)]


@router.get("/documents/{ref}/derivations", response_model=list[t.Derivation])
def derivations(app: CoreApp, actor: Caller, ref: str) -> list[t.Derivation]:
    return [t.Derivation.of(d) for d in services.derivations_of(app, actor=actor, ref=ref)]


@router.post("/documents/{ref}/derivations", response_model=list[t.Derivation], status_code=201)
def derive(app: CoreApp, actor: Caller, ref: str, body: t.DerivationIn) -> list[t.Derivation]:
    made = services.derive(
        app,
        actor=actor,
        ref=ref,
        units=body.units,
        instruction=body.instruction,
        person=body.person,
        providencia=body.providencia,
        days=body.days,
    )
    return [t.Derivation.of(d) for d in made]


@router.post("/derivations/{number}/acknowledge", response_model=t.Derivation)
def acknowledge(app: CoreApp, actor: Caller, number: DerivationId) -> t.Derivation:
    return t.Derivation.of(services.acknowledge(app, actor=actor, derivation_id=number))


@router.post("/derivations/{number}/notes", response_model=t.Derivation)
def note(app: CoreApp, actor: Caller, number: DerivationId, body: t.NoteIn) -> t.Derivation:
    done = services.add_note(app, actor=actor, derivation_id=number, text=body.note)
    return t.Derivation.of(done)


@router.post("/derivations/{number}/close", response_model=t.Derivation)
def close(app: CoreApp, actor: Caller, number: DerivationId, body: t.NoteIn) -> t.Derivation:
    return t.Derivation.of(services.close(app, actor=actor, derivation_id=number, note=body.note))


@router.post("/derivations/{number}/answer", response_model=t.Derivation)
def answer(app: CoreApp, actor: Caller, number: DerivationId, body: t.AnswerIn) -> t.Derivation:
    done = services.answer(app, actor=actor, with_ref=body.answer, derivation_id=number)
    return t.Derivation.of(done)


@router.get("/bandeja", response_model=list[t.Derivation])
def bandeja(
    app: CoreApp, actor: Caller, unit: Unit = None, include_closed: bool = False
) -> list[t.Derivation]:
    rows = services.bandeja(app, actor=actor, unit=unit, include_closed=include_closed)
    return [t.Derivation.of(d) for d in rows]


@router.get("/plazos", response_model=list[t.PlazoItem])
def plazos(app: CoreApp, actor: Caller, unit: Unit = None) -> list[t.PlazoItem]:
    report = services.plazos(app, actor=actor, unit=unit)
    return [t.PlazoItem.of_line(x) for x in report.lines]


@router.get("/documents/{ref}/expediente", response_model=t.ExpedienteOut)
def expediente(app: CoreApp, actor: Caller, ref: str) -> t.ExpedienteOut:
    return t.ExpedienteOut.of(services.expediente(app, actor=actor, ref=ref))


@router.get("/documents/{ref}/expediente.zip", response_class=Response)
def expediente_zip(app: CoreApp, actor: Caller, ref: str) -> Response:
    made = services.zip_file(app, actor=actor, ref=ref)
    return Response(
        made.content,
        media_type=made.media_type,
        headers={"Content-Disposition": f'attachment; filename="{made.name}"'},
    )
