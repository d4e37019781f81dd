"""Jinja2 templates with autoescaping: document text is always shown as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import Response

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.autoescape = True
TEMPLATES.env.auto_reload = False  # templates ship with the package: no stat per request


def csv_response(name: str, header: list[str], rows: list[list[str]]) -> Response:
    """A CSV download; the BOM lets Excel read the accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return Response(
        buffer.getvalue().encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def render(request: Request, name: str, values: dict[str, Any], status: int = 200) -> Response:
    return TEMPLATES.TemplateResponse(request, name, values, status_code=status)
