"""Where the command line's log goes: a rotating file in the data home's ``logs/``.

Library warnings and tracebacks go to the file only. The terminal gets our own Spanish
warnings, one line each, never a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
import warnings
from logging.handlers import RotatingFileHandler
from pathlib import Path

OUR_PACKAGES = ("partes", "pipeline", "ocr", "archive", "index", "signing", "watch_folders")
LOG_NAME = "partes.log"


class _Ours(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.split(".", 1)[0] in OUR_PACKAGES


class _OneLine(logging.Formatter):
    """The message alone: no traceback, no library internals, on the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage().splitlines()[0] if record.getMessage() else ""


class LogFile(RotatingFileHandler):
    """A log file; on a full disk the lines it cannot keep are said once, in one line (the
    terminal still gets the warnings through its own handler), never as a traceback."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging names it
        if not self.failed:
            self.failed = True
            sys.stderr.write(
                f"No se puede escribir en {self.baseFilename} (¿disco lleno?); "
                "los avisos siguen en esta salida.\n"
            )


def log_folder(home: Path) -> Path:
    """The home's logs/ when the home exists, else a folder in the system's temp dir."""
    try:
        if (home / "partes.toml").is_file():
            return home / "logs"
    except OSError:  # an unreadable or looping path: the temp folder still works
        pass
    return Path(tempfile.gettempdir()) / "partes-logs"


def _file_handler(home: Path) -> logging.Handler | None:
    folder = log_folder(home)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = LogFile(
            folder / LOG_NAME, maxBytes=10_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def setup_logging(home: Path) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.addFilter(_Ours())
    console.setFormatter(_OneLine())
    handlers: list[logging.Handler] = [console]
    file_handler = _file_handler(home)
    if file_handler is not None:
        handlers.append(file_handler)
    root.handlers[:] = handlers
    _release_held(file_handler)
    logging.captureWarnings(True)
    warnings.simplefilter("default")
    # Worker processes (OCR, verification) are spawned: they import pyHanko and friends
    # before any of our code runs, so their library warnings are silenced at interpreter
    # start; their failures still reach this process as errors.
    os.environ["PYTHONWARNINGS"] = "ignore"


def _release_held(target: logging.Handler | None) -> None:
    """Warnings held since start-up go to the log file (or nowhere), then on to the root."""
    from partes.cli._early import HELD

    warnings_logger = logging.getLogger("py.warnings")
    warnings_logger.removeHandler(HELD)
    warnings_logger.propagate = True
    if target is not None:
        HELD.setTarget(target)
        HELD.flush()
    HELD.buffer.clear()


def log_unexpected(home: Path, exc: BaseException) -> Path:
    """Write the traceback of an unexpected error to the log file; where it went."""
    text = "".join(traceback.format_exception(exc))
    folder = log_folder(home)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- error inesperado ---\n{text}\n")
        return path
    except OSError:
        fallback = Path(tempfile.gettempdir()) / "partes-error.log"
        with fallback.open("a", encoding="utf-8") as handle:
            handle.write(text)
        return fallback
