"""The distribution doors on the web and the API: a derivation through the API by token, a
unit acting only on its own, the citizen's page slowed per address and never a way to tell
a reserved or unknown number from a wrong code, forms that go back only within the site."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from partes import services
from partes.web import create_app
from tests.office import Office, build_office
from tests.test_web import login


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("web-tramite"))


@pytest.fixture
def web(office: Office) -> Iterator[TestClient]:
    with TestClient(create_app(office.home), follow_redirects=False) as client:
        yield client


def _bearer(office: Office, login_name: str) -> dict[str, str]:
    with office.app() as app:
        made = services.make_token(app, actor=services.local_operator(), login=login_name)
    return {"Authorization": f"Bearer {made.token}"}


def _csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def test_the_api_derives_and_a_unit_acts_only_on_its_own(web: TestClient, office: Office) -> None:
    clerk, dom, dideco = (_bearer(office, x) for x in ("clara", "diego", "olga"))
    url = f"/api/v1/documents/{office.ordinary}/derivations"
    body = {"units": ["dom"], "instruction": "informe", "providencia": "Informe técnico"}
    assert web.post(url, json=body, headers=dom).status_code == 403
    assert web.post(url, json={**body, "units": ["bodega"]}, headers=clerk).status_code == 400
    assert web.post(url, json={**body, "extra": 1}, headers=clerk).status_code == 422
    made = web.post(url, json=body, headers=clerk)
    assert made.status_code == 201, made.text
    (derivation,) = made.json()
    assert derivation["plazo_days"] == 10 and derivation["due"]
    number = derivation["id"]
    refused = web.post(f"/api/v1/derivations/{number}/acknowledge", headers=dideco)
    assert refused.status_code == 403
    done = web.post(f"/api/v1/derivations/{number}/acknowledge", headers=dom)
    assert done.status_code == 200 and done.json()["acknowledged_by"] == "diego"
    mine = web.get("/api/v1/bandeja", headers=dom).json()
    assert [d["id"] for d in mine] == [number]
    assert web.get("/api/v1/bandeja", headers=dideco).json() == []
    assert web.get("/api/v1/bandeja?unit=dom", headers=dideco).status_code == 403
    plazos = web.get("/api/v1/plazos", headers=dideco).json()
    assert all(p["unit"] == "dideco" for p in plazos)
    closed = web.post(
        f"/api/v1/derivations/{number}/close", json={"note": "Tomó conocimiento"}, headers=dom
    )
    assert closed.status_code == 200 and closed.json()["state"] == "cerrada"
    again = web.post(f"/api/v1/derivations/{number}/close", json={"note": "x"}, headers=dom)
    assert again.status_code == 409
    huge = "5424403860047176990329929728"  # beyond any database integer: refused, not a 500
    assert web.post(f"/api/v1/derivations/{huge}/acknowledge", headers=dom).status_code == 422
    assert web.get(f"/api/v1/documents/{huge}/derivations", headers=dom).status_code == 404


def test_forms_go_back_only_within_the_site(web: TestClient, office: Office) -> None:
    assert login(web, "clara") == 303
    token = _csrf(web, f"/documentos/{office.ordinary}")
    derived = web.post(
        f"/documentos/{office.ordinary}/derivar",
        data={"unidades": ["dideco"], "instruccion": "conocimiento", "dias": "", "csrf": token},
    )
    assert derived.status_code == 303, derived.text
    with office.app() as app:
        rows = services.derivations_of(app, actor=office.actor("clara"), ref=office.ordinary)
    number = next(d.id for d in rows if d.open and d.unit == "dideco")
    web.post("/salir", data={"csrf": token})
    assert login(web, "olga") == 303
    token = _csrf(web, "/bandeja")
    for target, expected in (("https://evil.example/", "/bandeja"), ("//evil", "/bandeja")):
        answer = web.post(
            f"/derivaciones/{number}/nota",
            data={"nota": "vista", "volver": target, "csrf": token},
        )
        assert answer.status_code == 303 and answer.headers["location"] == expected
    page = web.get("/bandeja").text
    assert "vista" in page and office.ordinary in page
    assert '<option value="secplan"' in page  # the units to send it on to
    sent = web.post(
        f"/derivaciones/{number}/rederivar",
        data={"unidad": "secplan", "motivo": "Corresponde a proyectos", "csrf": token},
    )
    assert sent.status_code == 303
    assert office.ordinary not in web.get("/bandeja").text
    with office.app() as app:
        rows = services.derivations_of(app, actor=office.actor("clara"), ref=office.ordinary)
    assert any(d.unit == "secplan" and d.parent_id == number and d.open for d in rows)


def test_the_status_page_tells_nothing_more_and_slows_guessing(
    web: TestClient, office: Office
) -> None:
    token = _csrf(web, "/estado")
    answers = [
        web.post("/estado", data={"numero": number, "clave": "ABCD-EFGH", "csrf": token})
        for number in (office.ordinary, office.reserved, "E-2099-000001")
    ]
    assert [a.status_code for a in answers] == [404, 404, 404]
    bodies = {re.sub(r'value="[^"]*"', "", a.text) for a in answers}
    assert len(bodies) == 1, "a reserved, an unknown and a wrong code read the same"
    statuses = [
        web.post("/estado", data={"numero": office.ordinary, "clave": "x", "csrf": token})
        for _ in range(10)
    ]
    assert statuses[-1].status_code == 429
    assert "Demasiadas consultas" in statuses[-1].text
