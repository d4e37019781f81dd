"""A real browser for the web tests: Debian's chromium driven by Playwright (no browser
download), against the web application served by uvicorn on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from partes.web import create_app
from tests.conftest import ROOT
from tests.office import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
# The flags this workplace's closed network needs (no background connections).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(home: Path) -> Iterator[str]:
    """The web application on a free loopback port for the length of the block."""
    port = free_port()
    config = uvicorn.Config(create_app(home), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("el servidor web de prueba no arrancó")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


ARTIFACTS = ROOT / "test-artifacts"
# id(page) → console errors; a test that expects one takes it out.
CONSOLE: dict[int, list[str]] = {}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("falta chromium de Debian: «make test» lo instala (apt-get install chromium)")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    opened = context.new_page()
    problems = CONSOLE.setdefault(id(opened), [])
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield opened
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    CONSOLE.pop(id(opened), None)
    assert problems == [], f"errores en la consola del navegador: {problems}"


def sign_in(page: Page, site: str, user: str) -> None:
    page.goto(f"{site}/buscar")
    expect(page).to_have_url(f"{site}/ingresar?siguiente=/buscar")
    page.get_by_label("Usuario").fill(user)
    page.get_by_label("Contraseña").fill(PASSWORD)
    page.get_by_role("button", name="Ingresar").click()
    expect(page).to_have_url(f"{site}/buscar")


def expected_404(page: Page) -> None:
    """The refused page is the one console error a 404 leaves; take it out."""
    expected = [m for m in CONSOLE[id(page)] if "status of 404" in m]
    assert len(expected) == 1, CONSOLE[id(page)]
    CONSOLE[id(page)].remove(expected[0])
