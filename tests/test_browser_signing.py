"""The Secretario signs a queued oficio in the browser, and a citizen checks it on the
public page by its code typed from paper (lower case, an O for a 0)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from partes import services
from tests.browser import ARTIFACTS, browser, page, served, sign_in
from tests.docgen import make_document
from tests.office import Office, build_office
from tests.signing_support import PASSPHRASE, SigningEnv, configure_signing

__all__ = ["browser", "page"]  # the shared fixtures, used by name
CODE = "K0RT-7Q0M-2B0X"  # what the stamp will carry: zeros a citizen may type as O


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, pki: SigningEnv) -> Office:
    built = build_office(tmp_path_factory.mktemp("firma"))
    configure_signing(built.home, pki, verify_url="http://127.0.0.1/verificar")
    return built


@pytest.fixture(scope="module")
def outgoing(office: Office, tmp_path_factory: pytest.TempPathFactory) -> str:
    draft = tmp_path_factory.mktemp("oficio") / "oficio-saliente.pdf"
    make_document("oficio_salida", draft, seed=641, topic_index=2, embed_fonts=True)
    with office.app() as app:
        (done,) = services.ingest(
            app, actor=services.local_operator(), files=[draft], direction="salida"
        )
    assert done.registry_number, done
    return done.registry_number


@pytest.fixture(scope="module")
def site(office: Office, outgoing: str) -> Iterator[str]:
    with served(office.home) as url:
        yield url


def test_the_secretario_signs_and_a_citizen_checks_it_by_its_code(
    page: Page, site: str, outgoing: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("signing._sign.verification_code", lambda: CODE)
    sign_in(page, site, "sergio")
    page.get_by_role("link", name="Firmas").click()
    page.get_by_label(f"Firmar {outgoing}").check()
    page.get_by_label("PIN o contraseña de la firma (no se guarda)").fill(PASSPHRASE.decode())
    page.get_by_role("button", name="Firmar los seleccionados").click()
    done = page.get_by_role("status")
    expect(done).to_contain_text(outgoing, timeout=120_000)
    expect(done).to_contain_text(CODE)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "firmas.png"))

    citizen = page.context.browser.new_context()  # type: ignore[union-attr]
    try:
        public = citizen.new_page()
        public.goto(f"{site}/verificar")
        public.get_by_label("Código de verificación").fill(CODE.lower().replace("0", "o"))
        public.get_by_role("button", name="Verificar").click()
        expect(public.get_by_role("status")).to_contain_text("Las firmas son válidas.")
        expect(public.locator("dl")).to_contain_text(outgoing)
        public.screenshot(path=str(ARTIFACTS / "verificar.png"))
        with public.expect_download() as download:
            public.get_by_role("link", name="Descargar el documento firmado (PDF)").click()
        copy = tmp_path / "copia.pdf"
        download.value.save_as(copy)
        public.get_by_label("Archivo PDF").set_input_files(copy)
        public.get_by_role("button", name="Comprobar").click()
        expect(public.get_by_role("status").last).to_contain_text(
            "El archivo es este documento y sus firmas son válidas."
        )
    finally:
        citizen.close()
