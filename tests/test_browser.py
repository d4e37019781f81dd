"""Whole journeys in a real browser (Debian chromium through Playwright). A failing test
leaves a screenshot in ``test-artifacts/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.browser import ARGS, CHROMIUM, served
from tests.conftest import ROOT
from tests.office import PASSWORD, Office, build_office

ARTIFACTS = ROOT / "test-artifacts"
# id(page) → console errors; a test that expects one takes it out.
CONSOLE: dict[int, list[str]] = {}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def site(office: Office) -> Iterator[str]:
    with served(office.home) as url:
        yield url


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


def test_a_clerk_finds_a_document_opens_it_and_downloads_its_certificate(
    page: Page, site: str, office: Office, tmp_path: Path
) -> None:
    sign_in(page, site, "clara")
    page.get_by_label("Palabras, N° de registro o N° de documento").fill(
        office.ordinary_doc.truth.keyword
    )
    page.get_by_role("button", name="Buscar").click()
    result = page.get_by_role("link", name=office.ordinary)
    expect(result).to_be_visible()
    result.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(office.ordinary)
    expect(page.locator("iframe")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Certificado de presentación").click()
    saved = tmp_path / "certificado.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "documento.png"))


def test_a_unit_user_cannot_reach_another_units_reserved_document(
    page: Page, site: str, office: Office
) -> None:
    sign_in(page, site, "olga")
    page.goto(f"{site}/buscar?q={office.reserved_doc.truth.keyword}")
    expect(page.locator("p.conteo")).to_be_visible()
    assert office.reserved not in page.content()
    answer = page.goto(f"{site}/documentos/{office.reserved}")
    assert answer is not None and answer.status == 404
    expected = [m for m in CONSOLE[id(page)] if "status of 404" in m]
    assert len(expected) == 1  # the refused page itself, nothing else
    CONSOLE[id(page)].remove(expected[0])
    expect(page.get_by_role("alert")).to_contain_text("No existe un documento")


def test_a_search_by_keyboard_alone(page: Page, site: str, office: Office) -> None:
    sign_in(page, site, "diego")
    box = page.get_by_label("Palabras, N° de registro o N° de documento")
    expect(box).to_be_focused()
    page.keyboard.type(office.ordinary_doc.truth.keyword)
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=office.ordinary)).to_be_visible()
