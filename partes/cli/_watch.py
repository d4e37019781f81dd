"""``partes watch`` and ``partes status``."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from dataclasses import asdict
from types import FrameType
from typing import TYPE_CHECKING

from partes import services
from partes.cli import _render as out
from partes.cli._context import Context
from partes.cli._logs import LogFile
from partes.cli._parser import Commands
from partes.errors import ExitCode
from partes.wiring import Layout
from watch_folders import Handled

if TYPE_CHECKING:
    from pipeline import Outcome

_log = logging.getLogger("partes.vigilante")


def register(commands: Commands) -> None:
    text = "vigila las bandejas de las estaciones y registra lo que llega"
    cmd = commands.add("watch", cmd_watch, text)
    cmd.add_argument("--once", action="store_true", help="procesa lo que haya y termina")
    text = "muestra, por estación, la cola, los últimos registros y los errores"
    commands.add("status", cmd_status, text)


def cmd_watch(args: argparse.Namespace, ctx: Context) -> int:
    stop = threading.Event()
    with ctx.session() as (app, actor):
        _setup_logging(app.layout, quiet=ctx.json)
        _on_signals(stop)
        paused = False
        keeper = None if args.once else services.Keeper(app)
        try:
            for handled in services.watch(app, actor=actor, stop=stop, once=args.once):
                _report(handled, ctx.json)
                paused = handled.status == "paused"
        finally:
            if keeper is not None:
                keeper.stop()
        _log.info("vigilante detenido")
    # --once on a broken system: the files stay in their inboxes, and cron hears of it
    return ExitCode.unavailable if args.once and paused else ExitCode.ok


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
    log_file = LogFile(
        layout.logs / "vigilante.log", maxBytes=10_000_000, backupCount=5, encoding="utf-8"
    )
    log_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    console.setLevel(logging.WARNING if quiet else logging.INFO)
    for name in ("partes.vigilante", "watch_folders"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        logger.handlers[:] = [log_file, console]


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
            out.json_line(data)
    where = f"{delivery.station}/{delivery.path.name}"
    times = " | ".join(stage_times(r) for r in handled.results if r.timings)
    level = logging.WARNING if handled.status in ("quarantined", "paused") else logging.INFO
    _log.log(
        level, "%s: %s — %.2f s desde estable [%s]", where, handled.message, handled.latency, times
    )


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as (app, actor):
        report = services.status(app, actor=actor)
    stations = [asdict(s) for s in report.stations]
    if ctx.json:
        for entry in stations:
            out.json_line(
                {
                    "watcher_running": report.running,
                    "pause": report.pause,
                    "index_problem": report.index_problem,
                    "unindexed": report.unindexed,
                    **entry,
                }
            )
    else:
        out.show_watch_status(report.running, report.live, stations)
        if report.index_problem:
            out.out.print(f"\nÍndice de búsqueda: [red]{out.esc(report.index_problem)}[/red]")
        if report.unindexed:
            out.out.print(f"\nDocumentos que esperan al índice de búsqueda: {report.unindexed}")
    return ExitCode.ok


_STAGES = {"clasificacion": "clasificación", "recepcion": "recepción"}


def stage_times(outcome: Outcome) -> str:
    """«huella 0.01 · lectura 1.20 · ...»: where a document's seconds went, for the log."""
    times = (outcome.timings or {}).items()
    return " · ".join(f"{_STAGES.get(k, k)} {v:.2f}" for k, v in times)
