"""``partes serve``'s own settings: how many requests a process works on at once."""

from __future__ import annotations

from pathlib import Path

import anyio.to_thread
from fastapi.testclient import TestClient

from partes.web import DEFAULT_THREADS, create_app
from tests.conftest import run_partes


def _limit() -> int:
    return int(anyio.to_thread.current_default_thread_limiter().total_tokens)


def test_the_application_works_on_as_many_requests_as_it_was_told(home: Path) -> None:
    for threads in (DEFAULT_THREADS, 2):
        with TestClient(create_app(home, threads=threads)) as client:
            assert client.portal is not None
            assert client.portal.call(_limit) == threads


def test_a_thread_count_below_one_is_refused_in_spanish(home: Path) -> None:
    result = run_partes(home, "serve", "--threads", "0", "--no-watch")
    assert result.returncode == 2
    assert "mayor que cero" in result.stderr
    result = run_partes(home, "serve", "--workers", "dos", "--no-watch")
    assert result.returncode == 2
    assert "«dos» no es un número entero" in result.stderr
