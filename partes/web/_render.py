"""Jinja2 templates with autoescaping: document text is always shown as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import Response

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.autoescape = True
TEMPLATES.env.auto_reload = False  # templates ship with the package: no stat per request


def render(request: Request, name: str, values: dict[str, Any], status: int = 200) -> Response:
    return TEMPLATES.TemplateResponse(request, name, values, status_code=status)
