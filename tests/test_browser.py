"""Whole journeys in a real browser (Debian chromium through Playwright). A failing test
leaves a screenshot in ``test-artifacts/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser import ARTIFACTS, browser, expected_404, page, served, sign_in
from tests.docgen import make_document
from tests.office import Office, build_office

__all__ = ["browser", "page"]  # the shared fixtures, used by name


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def site(office: Office) -> Iterator[str]:
    with served(office.home) as url:
        yield url


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
    page.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "documento.png"))
    with page.expect_download() as download:
        page.get_by_role("link", name="Certificado de presentación").click()
    saved = tmp_path / "certificado.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")


def test_a_unit_user_cannot_reach_another_units_reserved_document(
    page: Page, site: str, office: Office
) -> None:
    sign_in(page, site, "olga")
    page.goto(f"{site}/buscar?q={office.reserved_doc.truth.keyword}")
    expect(page.locator("p.conteo")).to_be_visible()
    assert office.reserved not in page.content()
    answer = page.goto(f"{site}/documentos/{office.reserved}")
    assert answer is not None and answer.status == 404
    expected_404(page)
    expect(page.get_by_role("alert")).to_contain_text("No existe un documento")
    token = _token(office, "olga")
    api = page.request.get(
        f"{site}/api/v1/documents/{office.reserved}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert api.status == 404 and office.reserved_doc.truth.keyword not in api.text()
    listed = page.request.get(
        f"{site}/api/v1/search?q={office.reserved_doc.truth.keyword}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert listed.ok and office.reserved not in listed.text()
    # the auditor sees the attempt, with its channel
    page.context.clear_cookies()
    sign_in(page, site, "aurelio")
    page.goto(f"{site}/auditoria?quien=olga&accion=acceso_denegado")
    expect(page.locator("table.historia")).to_contain_text(office.reserved)
    expect(page.locator("table.historia")).to_contain_text("web")
    expect(page.locator("table.historia")).to_contain_text("api")


def _token(office: Office, login: str) -> str:
    from partes import services

    with office.app() as app:
        return services.make_token(app, actor=services.local_operator(), login=login).token


def test_a_search_by_keyboard_alone(page: Page, site: str, office: Office) -> None:
    sign_in(page, site, "diego")
    box = page.get_by_label("Palabras, N° de registro o N° de documento")
    expect(box).to_be_focused()
    page.keyboard.type(office.ordinary_doc.truth.keyword)
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=office.ordinary)).to_be_visible()


def test_a_clerk_uploads_a_scan_sees_its_number_and_corrects_its_unit(
    page: Page, site: str, tmp_path: Path
) -> None:
    scan = make_document("carta", tmp_path / "carta-vecino.pdf", seed=611, topic_index=3, scan=True)
    sign_in(page, site, "clara")
    page.get_by_role("link", name="Ingresar", exact=True).click()
    page.get_by_label("Archivos").set_input_files(scan.path)
    page.get_by_label("Dirección").select_option("entrada")
    page.get_by_role("button", name="Ingresar").click()
    registered = page.get_by_role("status").get_by_role("link")
    expect(registered).to_contain_text("carta-vecino.pdf: registrado como E-", timeout=120_000)
    number = registered.inner_text().split("registrado como ")[1].split(" ")[0]
    registered.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(number)
    page.get_by_text("Corregir etiquetas").click()
    page.get_by_label("Unidad", exact=True).select_option("dom")
    page.get_by_role("button", name="Guardar corrección").click()
    expect(page.get_by_role("status")).to_contain_text("Corrección guardada")
    expect(page.locator("dl")).to_contain_text("dom")
    with page.expect_download() as download:
        page.get_by_role("link", name="Certificado de presentación").click()
    assert download.value.suggested_filename == f"{number}-certificate.pdf"
    page.goto(f"{site}/recepcion")
    expect(page.locator("#mesa")).to_contain_text(number)
    page.screenshot(path=str(ARTIFACTS / "recepcion.png"))
