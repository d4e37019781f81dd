"""The whole journey of a writing in the browser: a clerk derives an incoming oficio «para
respuesta» to the DOM; a DOM user acknowledges it and registers the answer; the Secretario
signs the answer; the expediente shows the path; the citizen's status page says
«Respondido» with the date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from archive import LOCAL_TZ
from partes import services
from pipeline.reception.certificate import consultation_code
from tests.browser import ARTIFACTS, browser, page, served, sign_in
from tests.docgen import make_document
from tests.office import Office, build_office
from tests.signing_support import PASSPHRASE, SigningEnv, configure_signing

__all__ = ["browser", "page"]  # the shared fixtures, used by name


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, pki: SigningEnv) -> Office:
    built = build_office(tmp_path_factory.mktemp("tramite-web"))
    configure_signing(built.home, pki, verify_url="http://127.0.0.1/verificar")
    return built


@pytest.fixture(scope="module")
def site(office: Office) -> Iterator[str]:
    with served(office.home) as url:
        yield url


def _sign_out(page: Page) -> None:
    page.get_by_role("button", name="Salir").click()


def test_a_writing_is_derived_answered_signed_and_its_status_told(
    page: Page, site: str, office: Office, tmp_path: Path
) -> None:
    incoming = office.ordinary
    reply = make_document(
        "oficio_salida", tmp_path / "respuesta-dom.pdf", seed=655, embed_fonts=True
    )
    ARTIFACTS.mkdir(exist_ok=True)

    sign_in(page, site, "clara")  # the clerk derives
    page.goto(f"{site}/documentos/{incoming}")
    page.get_by_label("Unidades").select_option("dom")
    page.get_by_label("Instrucción").select_option("respuesta")
    page.get_by_label("Providencia").fill("Responder al remitente dentro de plazo.")
    page.get_by_role("button", name="Derivar", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Derivación registrada")
    expect(page.locator(".derivacion")).to_contain_text("Pendiente de recibir")
    _sign_out(page)

    sign_in(page, site, "diego")  # the DOM acknowledges and answers
    page.get_by_role("link", name="Bandeja").click()
    item = page.locator(".derivacion", has_text=incoming)
    expect(item).to_contain_text("Para respuesta")
    page.screenshot(path=str(ARTIFACTS / "bandeja.png"), full_page=True)
    item.get_by_role("button", name="Acusar recibo").click()
    item = page.locator(".derivacion", has_text=incoming)
    expect(item).to_contain_text("Recibida")
    item.get_by_text("Responder", exact=True).click()
    item.get_by_label("Registrar la respuesta").set_input_files(reply.path)
    item.get_by_role("button", name="Responder y cerrar").click()
    expect(page.locator("h1")).to_contain_text(f"Expediente EXP-{incoming}", timeout=120_000)
    path = page.locator(".recorrido")
    expect(path).to_contain_text("Respondido por Dirección de Obras Municipales")
    with office.app() as app:
        (closed,) = services.derivations_of(app, actor=office.actor("clara"), ref=incoming)
        answer = closed.answer_number
        incoming_sha = services.show(app, actor=office.actor("clara"), ref=incoming).sha256
    assert closed.state == "cerrada" and answer
    _sign_out(page)

    sign_in(page, site, "sergio")  # the Secretario signs the answer
    page.get_by_role("link", name="Firmas").click()
    page.get_by_label(f"Firmar {answer}").check()
    page.get_by_label("PIN o contraseña de la firma (no se guarda)").fill(PASSPHRASE.decode())
    page.get_by_role("button", name="Firmar los seleccionados").click()
    expect(page.get_by_role("status")).to_contain_text(answer, timeout=120_000)
    page.goto(f"{site}/documentos/{incoming}/expediente")
    pieces = page.get_by_role("table", name="Índice del expediente")
    expect(pieces).to_contain_text("Respuesta firmada")
    expect(page.locator(".recorrido")).to_contain_text("Recibido por Dirección de Obras")
    page.screenshot(path=str(ARTIFACTS / "expediente.png"), full_page=True)
    _sign_out(page)

    citizen = page.context.browser.new_context()  # type: ignore[union-attr]
    try:
        public = citizen.new_page()
        public.goto(f"{site}/estado")
        public.get_by_label("N° de registro").fill(incoming.lower())
        public.get_by_label("Código de consulta o RUT").fill(
            consultation_code(incoming, incoming_sha)
        )
        public.get_by_role("button", name="Consultar").click()
        status = public.get_by_role("region", name="Estado")
        today = datetime.now(LOCAL_TZ).strftime("%d-%m-%Y")
        expect(status).to_contain_text("Respondido")
        expect(status).to_contain_text(today)
        expect(status).to_contain_text("Dirección de Obras Municipales")
        expect(status).not_to_contain_text("diego")
        public.screenshot(path=str(ARTIFACTS / "estado.png"))
    finally:
        citizen.close()
