"""The web application and the REST API: a door over ``partes.services``."""

import os
from pathlib import Path

from fastapi import FastAPI

from partes.web._app import DEFAULT_THREADS, Watcher, create_app

ENV_HOME = "PARTES_WEB_HOME"
ENV_HTTPS = "PARTES_WEB_HTTPS"
ENV_THREADS = "PARTES_WEB_THREADS"


def from_environment() -> FastAPI:
    """The application for each of uvicorn's worker processes (``partes serve --workers``);
    the watcher runs once, in the supervising process."""
    return create_app(
        Path(os.environ[ENV_HOME]),
        https=os.environ.get(ENV_HTTPS) == "1",
        threads=int(os.environ.get(ENV_THREADS, DEFAULT_THREADS)),
    )


__all__ = [
    "DEFAULT_THREADS",
    "ENV_HOME",
    "ENV_HTTPS",
    "ENV_THREADS",
    "Watcher",
    "create_app",
    "from_environment",
]
