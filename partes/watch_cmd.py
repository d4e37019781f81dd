"""``partes watch``, ``partes status`` and ``partes separator``."""

from __future__ import annotations

import argparse
import logging
import shutil
import signal
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import FrameType
from typing import Any

from archive import abandoned, list_quarantine
from archive.records import registry_book
from ocr import OcrPool
from partes import output
from partes.commands import open_home
from partes.errors import ExitCode
from partes.home import App, Layout, resolve_home
from partes.watching import BATCH_PREFIX, PipelineHandler, stage_times
from pipeline.orchestrator import WORK_PREFIX
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
    write_separator_sheet,
)

_log = logging.getLogger("partes.vigilante")


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    text = "vigila las bandejas de las estaciones y registra lo que llega"
    cmd = sub.add_parser("watch", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_watch)
    cmd.add_argument(
        "--once", action="store_true", help="procesa lo que haya en las bandejas y termina"
    )
    text = "muestra, por estación, la cola, los últimos registros y los errores"
    cmd = sub.add_parser("status", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_status)
    text = "crea el PDF de la hoja separadora para escanear lotes de documentos"
    cmd = sub.add_parser("separator", parents=[common], help=text, description=text)
    cmd.set_defaults(func=cmd_separator)
    cmd.add_argument("--out", default="hoja-separadora.pdf", metavar="ARCHIVO")
    cmd.add_argument("--copies", type=int, default=1, metavar="N", help="páginas (una por lote)")


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


def cmd_watch(args: argparse.Namespace) -> int:
    with open_home(args) as app, exclusive(app.layout.watch_lock):
        inboxes = inboxes_of(app)
        check_overlaps(inboxes, _protected(app.layout))
        for inbox in inboxes:
            for direction in DIRECTIONS:
                (inbox.root / direction).mkdir(parents=True, exist_ok=True)
        _setup_logging(app.layout, quiet=args.json)
        _clean_leftovers(app)
        stop = threading.Event()
        _on_signals(stop)
        names = ", ".join(f"{i.station} ({i.root})" for i in inboxes)
        _log.info("vigilando %d bandeja(s): %s", len(inboxes), names)
        with OcrPool(app.settings.ocr, warm=True) as pool:
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
            for handled in service.run(stop, once=args.once):
                _report(handled, args.json)
        _log.info("vigilante detenido")
    return ExitCode.ok


def _protected(layout: Layout) -> dict[str, Path]:
    return {
        "el almacén": layout.store,
        "la cuarentena": layout.quarantine,
        "el índice": layout.index,
        "la carpeta de trabajo": layout.work,
        "la carpeta de estado": layout.run,
        "los registros (logs)": layout.logs,
    }


def _clean_leftovers(app: App) -> None:
    """What a killed process left half-done: temporary copies and work folders."""
    removed = app.services.store.clean_abandoned()
    for prefix in (WORK_PREFIX, BATCH_PREFIX):
        for folder in abandoned(app.layout.work, prefix):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    if removed:
        _log.info("limpiados %d restos de una ejecución interrumpida", removed)


def _on_signals(stop: threading.Event) -> None:
    """SIGTERM or a first Ctrl-C: finish the files in hand; a second Ctrl-C interrupts."""

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        _log.info("señal recibida: se terminan los documentos en curso y se detiene")
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def _setup_logging(layout: Layout, *, quiet: bool) -> None:
    layout.logs.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("partes.vigilante")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    log_file = RotatingFileHandler(
        layout.logs / "vigilante.log", maxBytes=10_000_000, backupCount=5, encoding="utf-8"
    )
    log_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    console.setLevel(logging.WARNING if quiet else logging.INFO)
    logger.handlers[:] = [log_file, console]
    logging.getLogger("watch_folders").handlers[:] = [log_file, console]
    logging.getLogger("watch_folders").propagate = False


def _report(handled: Handled, as_json: bool) -> None:
    delivery = handled.delivery
    for result in handled.results:
        if as_json:
            data = result.as_json()
            data.update(
                station=delivery.station,
                inbox_file=str(delivery.path),
                stable_at=delivery.stable_at,
                latency=handled.latency,
            )
            output.json_line(data)
    where = f"{delivery.station}/{delivery.path.name}"
    times = " | ".join(stage_times(r) for r in handled.results if r.timings)
    level = logging.WARNING if handled.status == "quarantined" else logging.INFO
    _log.log(
        level,
        "%s: %s — %.2f s desde estable [%s]",
        where,
        handled.message,
        handled.latency,
        times,
    )


def cmd_status(args: argparse.Namespace) -> int:
    layout = Layout(resolve_home(args.home))
    with open_home(args) as app:
        running = held(layout.watch_lock)
        live = read_status(layout.watch_status) if running else None
        quarantined = list_quarantine(layout.quarantine)
        stations = []
        for inbox in inboxes_of(app):
            with app.services.db.read() as session:
                last = registry_book(session, limit=5, station=inbox.station)
            stations.append(_station_status(inbox, live, last, quarantined))
    if args.json:
        for entry in stations:
            output.json_line({"watcher_running": running, **entry})
    else:
        output.show_watch_status(running, live, stations)
    return ExitCode.ok


def _station_status(
    inbox: Inbox, live: dict[str, Any] | None, last: list[Any], quarantined: list[Any]
) -> dict[str, Any]:
    current = (live or {}).get("stations", {}).get(inbox.station, {})
    return {
        "station": inbox.station,
        "inbox": str(inbox.root),
        "in_inbox": sum(1 for p in scan(inbox) if p.is_file()),
        "in_process": current.get("in_process", 0),
        "session_counts": current.get("counts", {}),
        "last_registered": [
            {"registry_number": r.registry_number, "doc_type": r.doc_type, "subject": r.subject}
            for r in reversed(last)
        ],
        "quarantined": sum(1 for q in quarantined if q.station == inbox.station),
        "errors": current.get("errors", []),
    }


def cmd_separator(args: argparse.Namespace) -> int:
    out = Path(args.out)
    write_separator_sheet(out, copies=max(1, args.copies))
    output.out.print(
        f"Hoja separadora guardada en {out}. Imprímala y póngala entre los documentos de un "
        "lote; cada documento se registrará por separado."
    )
    return ExitCode.ok
