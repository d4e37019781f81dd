"""Reading the archive: search, a document's record, text, files and history, the libro.

Every access to a document's content is an event; a document the actor may not see is
"not found" in the same words as one that does not exist, and the attempt is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from archive import (
    EVERYTHING,
    Actor,
    DocumentRecord,
    EventView,
    RecordNotFound,
    document_history,
    document_text,
    file_of,
    find_record,
    parse_registry_number,
    record_event,
    registry_book,
    visible_ids,
)
from index import SORTS as SORTS  # the sorts a door may offer
from index import SearchHit, SearchQuery
from partes.errors import NotFoundError, UsageError
from partes.services._access import allowed, require, visibility
from partes.wiring import App

FILE_ROLES = (
    "original",
    "searchable",
    "stamped",
    "certificate",
    "pdfa",
    "signed",
    "lote_original",
)


@dataclass(frozen=True, kw_only=True)
class DocumentText:
    registry_number: str
    pages: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class DocumentFile:
    """A stored file handed to a door: read it from ``path``, offer it as ``name``."""

    registry_number: str
    role: str
    sha256: str
    media_type: str
    path: Path
    name: str


@dataclass(frozen=True, kw_only=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    jump_to: str | None = None  # the query was a registry number of a visible document
    total: int = 0  # how many documents the actor may see match, over all pages
    # facet (doc_type, unit, year) -> value -> count, when asked; never counts a document
    # the actor may not see
    facets: dict[str, dict[str, int]] | None = None


def find_visible(app: App, actor: Actor, ref: str, *, full: bool = False) -> DocumentRecord:
    """The record, or "not found"; an attempt on a hidden document is recorded."""
    try:
        return find_record(app.services.db, ref, visibility=visibility(actor), full=full)
    except RecordNotFound:
        try:
            hidden = find_record(app.services.db, ref, visibility=EVERYTHING)
        except RecordNotFound:
            raise
        record_event(
            app.services.db,
            actor=actor,
            action="acceso_denegado",
            document_id=hidden.id,
            detail={"motivo": "documento reservado", "referencia": ref},
        )
        raise


def search(
    app: App,
    *,
    actor: Actor,
    text: str,
    doc_type: str | None = None,
    unit: str | None = None,
    direction: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    year: int | None = None,
    series: str | None = None,
    station: str | None = None,
    pending_review: bool = False,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    facets: bool = False,
) -> SearchResult:
    """One page of hits (``sort``: "relevance" or "date", newest first), the total and,
    with ``facets``, the counts by type, unit and year; reserved documents the actor may
    not see are neither shown nor counted."""
    require(app, actor, "documento.buscar")
    if sort not in SORTS:
        raise UsageError(f"Orden desconocido «{sort}» (órdenes: {', '.join(SORTS)}).")
    if parse_registry_number(text):
        record = find_visible(app, actor, text)
        return SearchResult(hits=(), jump_to=record.registry_number)
    seen = visibility(actor)
    query = SearchQuery(
        text=text,
        doc_type=doc_type,
        unit=unit,
        direction=direction,
        date_from=date_from,
        date_to=date_to,
        year=year,
        series=series,
        station=station,
        pending_review=pending_review,
        limit=limit,
        offset=offset,
        sort=sort,
        facets=facets,
        reserved_units=None if seen.all_reserved else seen.units,
    )
    page = app.services.index.find(query)
    hits = page.hits
    if seen.all_reserved:
        kept = tuple(hits)
    else:  # a second check behind the index's own filter
        allowed = visible_ids(app.services.db, [h.id for h in hits], visibility=seen)
        kept = tuple(h for h in hits if h.id in allowed)
    record_event(
        app.services.db,
        actor=actor,
        action="busqueda",
        detail={"consulta": text, "resultados": len(kept)},
    )
    return SearchResult(hits=kept, total=page.total, facets=page.facets)


def show(app: App, *, actor: Actor, ref: str) -> DocumentRecord:
    """The whole record (labels, files, pages, history): an access to the document."""
    require(app, actor, "documento.ver")
    record = find_visible(app, actor, ref, full=True)
    record_event(app.services.db, actor=actor, action="consultado", document_id=record.id)
    if not allowed(actor.role, "documento.historia"):  # who saw or changed it is not theirs
        record = replace(record, events=())
    return record


def text(app: App, *, actor: Actor, ref: str) -> DocumentText:
    require(app, actor, "documento.texto")
    record = find_visible(app, actor, ref)
    pages = document_text(app.services.db, record.id)
    record_event(app.services.db, actor=actor, action="texto_consultado", document_id=record.id)
    return DocumentText(registry_number=record.registry_number, pages=tuple(pages))


def stored_file(app: App, *, actor: Actor, ref: str, role: str = "original") -> DocumentFile:
    """One stored file of a document (the newest of its role), for download."""
    require(app, actor, "documento.archivo")
    if role not in FILE_ROLES:
        raise NotFoundError(f"No hay archivos de tipo «{role}» (tipos: {', '.join(FILE_ROLES)}).")
    record = find_visible(app, actor, ref)
    sha = file_of(app.services.db, record.id, role)
    if sha is None:
        raise NotFoundError(f"{record.registry_number} no tiene un archivo «{role}».")
    media_type = record.media_type if role == "original" else "application/pdf"
    suffix = Path(record.original_name).suffix if role == "original" else ".pdf"
    record_event(
        app.services.db,
        actor=actor,
        action="archivo_descargado",
        document_id=record.id,
        detail={"archivo": role, "sha256": sha},
    )
    return DocumentFile(
        registry_number=record.registry_number,
        role=role,
        sha256=sha,
        media_type=media_type,
        path=app.services.store.path_for(sha),
        name=f"{record.registry_number}-{role}{suffix}",
    )


def registry(
    app: App,
    *,
    actor: Actor,
    limit: int | None = None,
    station: str | None = None,
    series: str | None = None,
    year: int | None = None,
) -> list[DocumentRecord]:
    """The libro de registro (or one series and year of it) as this actor may see it,
    newest line last."""
    require(app, actor, "libro.ver")
    return registry_book(
        app.services.db,
        visibility=visibility(actor),
        limit=limit,
        station=station,
        series=series,
        year=year,
    )


def history(app: App, *, actor: Actor, ref: str) -> tuple[DocumentRecord, list[EventView]]:
    require(app, actor, "documento.historia")
    record = find_visible(app, actor, ref)
    return record, document_history(app.services.db, record.id)
