"""The archive's keeping while a service runs (``partes serve`` or ``partes watch``)."""

from __future__ import annotations

import logging
import threading

from partes.services.conservation import maintain
from partes.wiring import App

_log = logging.getLogger("partes.conservacion")


class Keeper:
    """The archive's keeping in a thread of the service: the daily checkpoint and the
    weekly audit (``[conservation]``), checked every ``period`` seconds."""

    def __init__(self, core: App, period: float = 300.0) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(core, period), name="conservacion", daemon=True
        )
        self._thread.start()

    def _run(self, core: App, period: float) -> None:
        while not self._stop.wait(period):
            try:
                for done in maintain(core):
                    _log.info("conservación: %s", done)
            except Exception:  # a TSA down, a full share: said, tried again next round
                _log.exception("conservación: no se pudo completar la ronda")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
