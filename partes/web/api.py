"""The REST API ``/api/v1``: bearer tokens of a person or a station, the same use cases as
the pages. Its OpenAPI document is ``/api/v1/openapi.json``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse

from archive import Actor, DocumentFilter
from partes import services
from partes.errors import AuthenticationFailed
from partes.web import _schemas as s
from partes.web._auth import CoreApp, app_of
from partes.web._uploads import received
from pipeline.vocabulary import DIRECTIONS

PROBLEMS: dict[int | str, dict[str, Any]] = {
    code: {"model": s.Problem} for code in (400, 401, 403, 404, 409, 422, 429, 500, 503)
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=PROBLEMS)


def api_actor(request: Request) -> Actor:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationFailed("Falta el token: «Authorization: Bearer <token>».")
    return services.bearer(app_of(request), token.strip())


Caller = Annotated[Actor, Depends(api_actor)]


@router.get("/documents", response_model=s.DocumentPage)
def list_documents(
    app: CoreApp,
    actor: Caller,
    doc_type: str | None = None,
    unit: str | None = None,
    direction: str | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    review: str | None = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> s.DocumentPage:
    which = DocumentFilter(
        doc_type=doc_type, unit=unit, direction=direction, year=year, review=review
    )
    found = services.documents(app, actor=actor, which=which, offset=offset, limit=limit)
    return s.DocumentPage(
        total=found.total,
        offset=offset,
        limit=limit,
        items=[s.Document.of(r) for r in found.records],
    )


@router.get("/documents/{ref}", response_model=s.DocumentDetail)
def get_document(app: CoreApp, actor: Caller, ref: str) -> s.DocumentDetail:
    record = services.show(app, actor=actor, ref=ref)
    text = services.text(app, actor=actor, ref=ref)
    files = [
        s.StoredFile(
            kind=f.role,
            sha256=f.sha256,
            size=f.size,
            media_type=f.media_type,
            url=f"/api/v1/documents/{record.registry_number}/files/{f.role}",
        )
        for f in record.files
    ]
    return s.DocumentDetail(
        **s.Document.of(record).model_dump(), files=files, text=list(text.pages)
    )


@router.get("/documents/{ref}/files/{kind}", response_class=FileResponse)
def get_file(app: CoreApp, actor: Caller, ref: str, kind: str) -> FileResponse:
    found = services.stored_file(app, actor=actor, ref=ref, role=kind)
    return FileResponse(found.path, media_type=found.media_type, filename=found.name)


@router.get("/search", response_model=s.SearchAnswer)
def search(
    app: CoreApp,
    actor: Caller,
    q: Annotated[str, Query(max_length=500)] = "",
    doc_type: str | None = None,
    unit: str | None = None,
    direction: str | None = None,
    series: Annotated[str | None, Query(max_length=40)] = None,
    station: Annotated[str | None, Query(max_length=40)] = None,
    pending_review: bool = False,
    date_from: date | None = None,
    date_to: date | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    sort: Annotated[Literal["relevance", "date"], Query()] = "relevance",
    facets: bool = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> s.SearchAnswer:
    """One page of hits with the total; ``facets`` adds the counts by type, unit and
    year. Reserved documents the caller may not see are neither listed nor counted."""
    result = services.search(
        app,
        actor=actor,
        text=q,
        doc_type=doc_type,
        unit=unit,
        direction=direction,
        series=series,
        station=station,
        pending_review=pending_review,
        date_from=date_from,
        date_to=date_to,
        year=year,
        sort=sort,
        facets=facets,
        limit=limit,
        offset=offset,
    )
    return s.SearchAnswer(
        hits=[s.Hit.of(h) for h in result.hits],
        jump_to=result.jump_to,
        total=result.total,
        offset=offset,
        facets=result.facets,
    )


@router.post("/documents", response_model=list[s.IngestOutcome], status_code=201)
def upload(
    app: CoreApp,
    actor: Caller,
    files: Annotated[list[UploadFile], File(description="PDF, TIFF, JPEG o PNG", min_length=1)],
    direction: Annotated[str | None, Form()] = None,
    station: Annotated[str | None, Form()] = None,
) -> list[s.IngestOutcome]:
    """A station pushes its scans here instead of dropping them in a folder."""
    if station is None and actor.login.startswith("estacion:"):
        station = actor.login.removeprefix("estacion:")
    chosen = direction if direction in DIRECTIONS else None
    arrival = datetime.now(UTC)  # the upload has arrived; reading it may take a while
    with received(app, files) as paths:
        outcomes = services.ingest(
            app, actor=actor, files=paths, station=station, direction=chosen, received_at=arrival
        )
        return [s.IngestOutcome.of(o) for o in outcomes]


@router.post("/documents/{ref}/corrections", response_model=s.CorrectionOut)
def correct(app: CoreApp, actor: Caller, ref: str, body: s.CorrectionIn) -> s.CorrectionOut:
    changes = body.model_dump(exclude_none=True)
    done = services.correct_labels(app, actor=actor, ref=ref, changes=changes)
    return s.CorrectionOut(
        document=s.Document.of(done.record),
        changed={k: {"before": v, "after": done.after(k)} for k, v in done.before.items()},
        model_examples=done.model_examples,
    )


@router.get("/signing-queue", response_model=list[s.Document])
def signing_queue(app: CoreApp, actor: Caller) -> list[s.Document]:
    return [s.Document.of(r) for r in services.signing_queue(app, actor=actor)]


@router.post("/verify", response_model=s.Verification)
def verify(
    app: CoreApp, actor: Caller, file: Annotated[UploadFile, File(description="un PDF")]
) -> s.Verification:
    with received(app, [file]) as (path,):
        (report,) = services.verify_files(app.signing, actor=actor, files=[path])
    data = report.as_dict()
    return s.Verification(
        result=data["result"], error=data.get("error"), signatures=data.get("signatures", [])
    )


@router.get("/events", response_model=list[s.Event])
def events(
    app: CoreApp,
    actor: Caller,
    who: Annotated[str | None, Query(alias="actor")] = None,
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 500,
) -> list[s.Event]:
    found = services.events(
        app, actor=actor, who=who, kind=kind, since=since, until=until, limit=limit
    )
    return [s.Event.of(e) for e in found]
