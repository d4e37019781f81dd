"""Bringing documents in: ingest, the watcher, quarantine, the stations' status, reindex."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive import (
    LOCAL_TZ,
    Actor,
    QuarantineItem,
    abandoned,
    discard,
    find_quarantined,
    list_quarantine,
    record_event,
    registry_book,
    release,
    unindexed_ids,
)
from index import SearchIndexError, SearchQuery
from partes.errors import SystemUnavailable, UsageError
from partes.services._access import require, station_actor, visibility
from partes.services._handler import BATCH_PREFIX, PipelineHandler
from partes.wiring import App, Layout
from pipeline import Origin, Outcome, rebuild_index
from pipeline.flows.orchestrator import WORK_PREFIX
from pipeline.vocabulary import DIRECTIONS
from watch_folders import (
    Handled,
    Inbox,
    WatchService,
    check_overlaps,
    exclusive,
    held,
    read_status,
    scan,
)

_log = logging.getLogger("partes.vigilante")
SUPPORTED = {".pdf", ".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff"}


def expand(paths: Sequence[str]) -> list[Path]:
    """The files to ingest: the given files, and the supported files inside given folders."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p)))
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"No existe el archivo o carpeta «{raw}».")
    if not files:
        raise UsageError("No hay archivos para ingresar.")
    return files


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED and not path.name.startswith((".", "~$"))


def ingest(
    app: App,
    *,
    actor: Actor,
    files: Sequence[Path],
    station: str | None = None,
    direction: str | None = None,
    received_at: datetime | None = None,
) -> Iterator[Outcome]:
    """Register ``files`` in their order; one outcome per file as soon as it is settled.

    They are all received at ``received_at`` (default: now, when the command is given or
    the upload has arrived), however long the ones before them take to read."""
    require(app, actor, "documento.registrar")
    code = station or app.config.stations[0].code
    known = [s.code for s in app.config.stations]
    if code not in known:  # named by the request, not by partes.toml: a usage error
        raise UsageError(
            f"La estación «{code}» no está configurada (estaciones: {', '.join(known)})."
        )
    if direction is not None and direction not in DIRECTIONS:
        raise UsageError(f"Dirección desconocida «{direction}» ({', '.join(DIRECTIONS)}).")
    arrival = received_at or datetime.now(UTC)
    return _ingest(app, actor, list(files), code, direction, arrival)


def _ingest(
    app: App,
    actor: Actor,
    files: list[Path],
    station: str,
    direction: str | None,
    received_at: datetime | None = None,
) -> Iterator[Outcome]:
    settings = replace(app.settings.ocr, workers=min(app.settings.ocr.workers, len(files)))
    with app.ocr_pool(settings) as pool:
        origin = Origin(station=station, direction=direction, actor=actor, received_at=received_at)
        for outcome in app.ingestor(pool).run(files, origin):
            yield _unless_paused(outcome)


def _unless_paused(outcome: Outcome) -> Outcome:
    """A broken system stops the command: the rest would fail the same way."""
    if outcome.status == "paused":
        raise SystemUnavailable(
            f"{Path(outcome.source).name}: {outcome.error}",
            "El archivo quedó donde estaba y nada pasó a cuarentena.",
        )
    return outcome


def register_outgoing(app: App, actor: Actor, file: Path) -> list[Outcome]:
    """An answer a unit registers: numbered as outgoing at the first station, checked by
    the caller (``respuesta.registrar``), not by ``documento.registrar``."""
    return list(_ingest(app, actor, [file], app.config.stations[0].code, "salida"))


def quarantine(app: App, *, actor: Actor) -> list[QuarantineItem]:
    require(app, actor, "cuarentena.ver")
    return list_quarantine(app.layout.quarantine)


def retry_quarantined(app: App, *, actor: Actor, item_id: str) -> Outcome:
    """Process a quarantined file again; it leaves the quarantine once registered."""
    require(app, actor, "cuarentena.reintentar", detail={"cuarentena": item_id})
    item = find_quarantined(app.layout.quarantine, item_id)
    [(_item, outcome)] = list(_retried(app, actor, [item]))
    return outcome


def retry_all_quarantined(
    app: App, *, actor: Actor, reason: str | None = None
) -> Iterator[tuple[QuarantineItem, Outcome]]:
    """Process again every quarantined file (or those whose reason contains ``reason``,
    ignoring case), in the order of the list; a broken system stops the run."""
    require(app, actor, "cuarentena.reintentar", detail={"cuarentena": "todos", "motivo": reason})
    wanted = (reason or "").casefold()
    items = [i for i in list_quarantine(app.layout.quarantine) if wanted in i.reason.casefold()]
    return _retried(app, actor, items)


def _retried(
    app: App, actor: Actor, items: list[QuarantineItem]
) -> Iterator[tuple[QuarantineItem, Outcome]]:
    if not items:
        return
    with app.ocr_pool(replace(app.settings.ocr, workers=1)) as pool:
        ingestor = app.ingestor(pool)
        for item in items:
            origin = Origin(station=item.station, direction=item.direction, actor=actor)
            outcome = _unless_paused(ingestor.process(item.path, origin))
            if outcome.status != "quarantined":
                release(item)
            record_event(
                app.services.db,
                actor=actor,
                action="cuarentena_reintento",
                document_id=outcome.id,
                detail={"cuarentena": item.id, "resultado": outcome.status},
            )
            yield item, outcome


def discard_quarantined(app: App, *, actor: Actor, item_id: str, reason: str) -> Path:
    """Take a file out of the quarantine list with a written justification (kept aside)."""
    require(app, actor, "cuarentena.descartar", detail={"cuarentena": item_id})
    if len(reason.strip()) < 10:
        raise UsageError("Escriba la justificación del descarte (al menos 10 caracteres).")
    item = find_quarantined(app.layout.quarantine, item_id)
    record_event(  # first: a discard that is not recorded must not happen
        app.services.db,
        actor=actor,
        action="cuarentena_descartado",
        detail={"cuarentena": item.id, "motivo_cuarentena": item.reason, "justificacion": reason},
    )
    return discard(app.layout.quarantine, item, reason=reason.strip(), by=actor.login)


@dataclass(frozen=True, kw_only=True)
class StationStatus:
    station: str
    inbox: str
    in_inbox: int
    in_process: int
    session_counts: dict[str, int]
    last_registered: tuple[dict[str, Any], ...]
    quarantined: int
    errors: tuple[dict[str, Any], ...]


@dataclass(frozen=True, kw_only=True)
class WatchStatus:
    running: bool
    live: dict[str, Any] | None
    stations: tuple[StationStatus, ...]
    # The watcher is paused on a broken system: cause (Spanish), since, retry_at, attempts.
    pause: dict[str, Any] | None = None
    index_problem: str | None = None  # the search index cannot be read (Spanish)
    unindexed: int = 0  # registered documents still waiting for the index


def inboxes_of(app: App) -> tuple[Inbox, ...]:
    return tuple(
        Inbox(
            station=s.code,
            root=app.layout.station_inbox(s),
            polling=s.network_share,
            separators=s.separators,
        )
        for s in app.config.stations
    )


def status(app: App, *, actor: Actor) -> WatchStatus:
    require(app, actor, "estaciones.ver")
    layout = app.layout
    running = held(layout.watch_lock)
    live = read_status(layout.watch_status) if running else None
    quarantined = list_quarantine(layout.quarantine)
    seen = visibility(actor)
    stations = []
    for inbox in inboxes_of(app):
        last = registry_book(app.services.db, visibility=seen, limit=5, station=inbox.station)
        current = (live or {}).get("stations", {}).get(inbox.station, {})
        stations.append(
            StationStatus(
                station=inbox.station,
                inbox=str(inbox.root),
                in_inbox=sum(1 for p in scan(inbox) if p.is_file()),
                in_process=current.get("in_process", 0),
                session_counts=current.get("counts", {}),
                last_registered=tuple(
                    {
                        "registry_number": r.registry_number,
                        "doc_type": r.doc_type,
                        "subject": r.subject,
                    }
                    for r in reversed(last)
                ),
                quarantined=sum(1 for q in quarantined if q.station == inbox.station),
                errors=tuple(current.get("errors", [])),
            )
        )
    pause = (live or {}).get("pause") or None
    return WatchStatus(
        running=running,
        live=live,
        stations=tuple(stations),
        pause=pause,
        index_problem=_index_problem(app),
        unindexed=len(unindexed_ids(app.services.db, limit=100_000)),
    )


def _index_problem(app: App) -> str | None:
    """Registering goes on without the index; the status says when it cannot be read."""
    try:
        app.services.index.search(SearchQuery(limit=1))
    except SearchIndexError as exc:
        return str(exc)
    return None


def watcher_pause(app: App) -> dict[str, Any] | None:
    """The running watcher's pause (cause, since, retry_at, attempts), if it is paused."""
    if not held(app.layout.watch_lock):
        return None
    live = read_status(app.layout.watch_status) or {}
    pause: dict[str, Any] | None = live.get("pause") or None
    return pause


def pause_text(pause: dict[str, Any]) -> str:
    """One Spanish sentence for the pages."""
    since = datetime.fromtimestamp(pause["since"], UTC).astimezone(LOCAL_TZ)
    retry = datetime.fromtimestamp(pause["retry_at"], UTC).astimezone(LOCAL_TZ)
    return (
        f"El vigilante está en pausa desde las {since:%H:%M:%S}: {pause['cause']} "
        f"Los archivos esperan en su bandeja (nada va a cuarentena); próximo intento a las "
        f"{retry:%H:%M:%S}."
    )


def reindex(app: App, *, actor: Actor, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the index from the registry (``progress(done, total)``); with the default
    backend an interrupted reindex goes on where it stopped."""
    require(app, actor, "indice.reconstruir")
    count = rebuild_index(app.services.db, app.services.index, progress)
    record_event(
        app.services.db, actor=actor, action="indice_reconstruido", detail={"documentos": count}
    )
    return count


def watch(
    app: App, *, actor: Actor, stop: threading.Event, once: bool = False
) -> Iterator[Handled]:
    """Serve the stations' inboxes until ``stop`` (or, with ``once``, until they are empty).

    Each station registers what it scans as itself (``estacion:<code>``, channel watcher).
    """
    require(app, actor, "estaciones.vigilar")
    with exclusive(app.layout.watch_lock):
        yield from _watch(app, actor, stop, once)


def _watch(app: App, actor: Actor, stop: threading.Event, once: bool) -> Iterator[Handled]:
    inboxes = inboxes_of(app)
    check_overlaps(inboxes, _protected(app.layout))
    for inbox in inboxes:
        for direction in DIRECTIONS:
            (inbox.root / direction).mkdir(parents=True, exist_ok=True)
    removed = clean_leftovers(app)
    if removed:
        _log.info("limpiados %d restos de una ejecución interrumpida", removed)
    names = ", ".join(f"{i.station} ({i.root})" for i in inboxes)
    _log.info("vigilando %d bandeja(s): %s", len(inboxes), names)
    record_event(
        app.services.db,
        actor=actor,
        action="vigilante_iniciado",
        detail={"estaciones": [station_actor(i.station).login for i in inboxes]},
    )
    with app.ocr_pool(warm=True) as pool:
        handler = PipelineHandler(
            ingestor=app.ingestor(pool), work_root=app.layout.work, model_path=app.layout.model
        )
        service = WatchService(
            inboxes=inboxes,
            settings=app.config.watch,
            handler=handler,
            directions=DIRECTIONS,
            status_path=app.layout.watch_status,
        )
        yield from service.run(stop, once=once)


def _protected(layout: Layout) -> dict[str, Path]:
    return {
        "el almacén": layout.store,
        "la cuarentena": layout.quarantine,
        "el índice": layout.index,
        "la carpeta de trabajo": layout.work,
        "la carpeta de estado": layout.run,
        "los registros (logs)": layout.logs,
    }


def clean_leftovers(app: App) -> int:
    """What a killed process left half-done: temporary copies and work folders."""
    removed = app.services.store.clean_abandoned()
    for prefix in (WORK_PREFIX, BATCH_PREFIX):
        for folder in abandoned(app.layout.work, prefix):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
