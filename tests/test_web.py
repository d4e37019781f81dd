"""The web door: every route × every role, logins, CSRF, security headers, reserved
documents, and access events with channel web."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from archive import EventFilter, list_events
from partes.web import create_app
from tests.office import PASSWORD, PEOPLE, Office, build_office

ROLES = ("oficina_partes", "unidad", "secretario", "alcaldia", "auditor", "admin")
LOGIN_OF = {role: next(login for login, (r, _) in PEOPLE.items() if r == role) for role in ROLES}
EVERYONE = set(ROLES)
READERS = {"oficina_partes", "secretario", "alcaldia", "auditor", "admin"}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("web"))


@pytest.fixture
def web(office: Office) -> Iterator[TestClient]:
    with TestClient(create_app(office.home), follow_redirects=False) as client:
        yield client


def _csrf(client: TestClient, path: str = "/ingresar") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, "every form carries a CSRF token"
    return found.group(1)


def login(client: TestClient, user: str, password: str = PASSWORD) -> int:
    answer = client.post(
        "/ingresar",
        data={"usuario": user, "contrasena": password, "csrf": _csrf(client)},
    )
    return int(answer.status_code)


OFFICE = {"oficina_partes", "admin"}
AUDIT = {"auditor", "admin"}
BANDEJA = {"unidad", "alcaldia", "auditor"} | OFFICE


def _routes(office: Office) -> dict[str, set[str]]:
    """Every page and what roles get a 200 from it (the rest: 403)."""
    ref = office.ordinary
    return {
        "/": EVERYONE,
        "/buscar": EVERYONE,
        "/buscar?q=municipalidad&anio=&desde=": EVERYONE,
        f"/documentos/{ref}": EVERYONE,
        f"/documentos/{ref}/texto": EVERYONE,
        f"/documentos/{ref}/archivos/original": EVERYONE,
        "/libro": READERS,
        "/libro?formato=csv": READERS,
        "/recepcion": OFFICE,
        "/subir": OFFICE,
        "/unidad": BANDEJA,
        "/bandeja": BANDEJA,
        "/plazos": EVERYONE,
        f"/documentos/{ref}/expediente": EVERYONE,
        f"/documentos/{ref}/indice.pdf": EVERYONE,
        f"/documentos/{ref}/expediente.zip": EVERYONE,
        f"/documentos/{ref}/hoja-de-ruta.pdf": EVERYONE,
        "/firmas": READERS,
        "/cuarentena": OFFICE | {"auditor"},
        "/estaciones": OFFICE | {"auditor"},
        "/auditoria": AUDIT,
        "/auditoria?formato=csv": AUDIT,
        "/usuarios": AUDIT,
    }


def _api_routes(office: Office) -> dict[str, set[str]]:
    ref = office.ordinary
    return {
        "/api/v1/documents": EVERYONE,
        f"/api/v1/documents/{ref}": EVERYONE,
        f"/api/v1/documents/{ref}/files/original": EVERYONE,
        "/api/v1/search?q=municipalidad": EVERYONE,
        "/api/v1/signing-queue": READERS,
        "/api/v1/events?limit=5": AUDIT,
        "/api/v1/plazos": EVERYONE,
        "/api/v1/bandeja": BANDEJA,
        f"/api/v1/documents/{ref}/derivations": EVERYONE,
        f"/api/v1/documents/{ref}/expediente": EVERYONE,
    }


def _posts(office: Office) -> dict[str, tuple[dict[str, str], set[str]]]:
    """Forms that change something: the roles the core lets through (the rest: 403)."""
    ref = office.ordinary
    return {
        f"/documentos/{ref}/corregir": (
            {"tipo": "oficio", "unidad": "dideco", "direccion": "entrada"},
            OFFICE,
        ),
        "/cuarentena/reintentar": ({"item": "x/no-existe.pdf"}, OFFICE),
        "/cuarentena/reintentar-todos": ({"motivo": "ningún motivo dice esto"}, OFFICE),
        "/cuarentena/descartar": (
            {"item": "x/no-existe.pdf", "justificacion": "prueba de la matriz"},
            OFFICE,
        ),
        "/firmas": ({"clave": "x", "oficios": "E-2099-000001"}, {"secretario", "admin"}),
        f"/documentos/{ref}/derivar": ({"unidades": "dom", "instruccion": "conocimiento"}, OFFICE),
        "/usuarios/zoe/rol": ({"rol": "alcaldia"}, {"admin"}),
    }


def test_no_route_answers_without_a_session_but_the_public_ones(
    web: TestClient, office: Office
) -> None:
    public = {
        "/ingresar",
        "/verificar",
        "/verificar/{code}",
        "/verificar/{code}/pdf",
        "/estado",
        "/api/v1/openapi.json",
        "/static",
    }
    values = {"ref": office.ordinary, "kind": "original", "login": "zoe", "code": "X", "number": 1}
    checked = 0
    for route in _flat(web.app.routes):  # type: ignore[attr-defined]
        path = getattr(route, "path", "")
        if path in public or path.startswith("/static"):
            continue
        for method in sorted(getattr(route, "methods", set()) - {"HEAD"}):
            answer = web.request(method, path.format(**values))
            assert answer.status_code in (303, 401, 403), (method, path, answer.status_code)
            if answer.status_code == 303:
                assert answer.headers["location"].startswith("/ingresar"), path
            checked += 1
    assert checked >= 25
    assert web.get("/ingresar").status_code == 200
    assert web.get("/verificar").status_code == 200
    assert web.get("/static/css/partes.css").status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_every_route_by_role(web: TestClient, office: Office, role: str) -> None:
    assert login(web, LOGIN_OF[role]) == 303
    for path, allowed in _routes(office).items():
        answer = web.get(path)
        assert answer.status_code == (200 if role in allowed else 403), (path, role)
    token = _token(office, LOGIN_OF[role])
    for path, allowed in _api_routes(office).items():
        answer = web.get(path, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == (200 if role in allowed else 403), (path, role)
    csrf = _csrf(web, "/buscar")
    for path, (form, allowed) in _posts(office).items():
        answer = web.post(path, data=form | {"csrf": csrf})
        if role in allowed:
            assert answer.status_code != 403, (path, role, answer.text[:300])
        else:
            assert answer.status_code == 403, (path, role)


def _flat(routes: list[Any]) -> Iterator[Any]:
    """Every route, also those of included routers (however FastAPI keeps them)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _flat(inner.routes)
        else:
            yield route


_TOKENS: dict[tuple[str, str], str] = {}


def _token(office: Office, login: str) -> str:
    key = (str(office.home), login)
    if key not in _TOKENS:
        from partes import services

        with office.app() as app:
            made = services.make_token(app, actor=services.local_operator(), login=login)
        _TOKENS[key] = made.token
    return _TOKENS[key]


def test_security_headers_and_cookies(web: TestClient) -> None:
    page = web.get("/ingresar")
    csp = page.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'self'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert re.search(r"<script(?![^>]*\bsrc=)", page.text) is None, "no inline scripts"
    assert re.search(r"\son[a-z]+=", page.text) is None, "no inline event handlers"
    assert login(web, "clara") == 303
    cookie = web.cookies.jar
    assert any(c.name == "partes_sesion" for c in cookie)
    raw = [h for k, h in web.get("/buscar").headers.multi_items() if k == "set-cookie"]
    assert all("httponly" in h.lower() and "samesite=strict" in h.lower() for h in raw)


def test_forms_need_the_csrf_token(web: TestClient) -> None:
    refused = web.post("/ingresar", data={"usuario": "clara", "contrasena": PASSWORD})
    assert refused.status_code == 403
    forged = web.post(
        "/ingresar", data={"usuario": "clara", "contrasena": PASSWORD, "csrf": "falso"}
    )
    assert forged.status_code == 403
    assert login(web, "clara") == 303
    assert web.post("/salir").status_code == 403  # still logged in afterwards
    assert web.get("/buscar").status_code == 200
    assert web.post("/salir", data={"csrf": _csrf(web, "/buscar")}).status_code == 303
    assert web.get("/buscar").status_code == 303


def test_logins_are_limited_and_recorded(web: TestClient, office: Office) -> None:
    for _ in range(5):
        assert login(web, "alba", "equivocada-000") == 401
    assert login(web, "alba") == 429  # even the right password, for a while
    with office.app() as app:
        failed = list_events(app.services.db, EventFilter(actor="alba", action="sesion_fallida"))
    assert len(failed) >= 5 and {e.channel for e in failed} == {"web"}


def test_the_next_address_stays_on_this_site(web: TestClient) -> None:
    for target in ("https://elsewhere.example/", "//elsewhere.example/x"):
        answer = web.post(
            "/ingresar",
            data={
                "usuario": "clara",
                "contrasena": PASSWORD,
                "csrf": _csrf(web),
                "siguiente": target,
            },
        )
        assert answer.headers["location"] == "/buscar"


def test_reserved_documents_never_leak_through_pages(web: TestClient, office: Office) -> None:
    assert login(web, "olga") == 303
    keyword = office.reserved_doc.truth.keyword
    assert office.reserved not in web.get(f"/buscar?q={keyword}").text
    assert office.reserved not in web.get("/buscar?q=oficio").text
    for path in (
        f"/documentos/{office.reserved}",
        f"/documentos/{office.reserved}/texto",
        f"/documentos/{office.reserved}/archivos/original",
        f"/buscar?q={office.reserved}",
    ):
        hidden = web.get(path)
        absent = web.get(path.replace(office.reserved, "E-2099-000999"))
        assert hidden.status_code == absent.status_code == 404, path
        assert hidden.text.replace(office.reserved, "REF") == absent.text.replace(
            "E-2099-000999", "REF"
        )
    assert login(web, "diego") == 303
    assert office.reserved in web.get(f"/buscar?q={keyword}").text
    assert web.get(f"/documentos/{office.reserved}").status_code == 200


def test_views_and_downloads_are_access_events_of_channel_web(
    web: TestClient, office: Office
) -> None:
    assert login(web, "sergio") == 303
    page = web.get(f"/documentos/{office.ordinary}")
    assert page.status_code == 200 and office.ordinary in page.text
    pdf = web.get(f"/documentos/{office.ordinary}/archivos/original")
    assert pdf.content == office.ordinary_doc.path.read_bytes()
    assert "attachment" in pdf.headers["content-disposition"]
    with office.app() as app:
        seen = list_events(app.services.db, EventFilter(actor="sergio"))
    kinds = {(e.action, e.channel) for e in seen}
    assert {("consultado", "web"), ("archivo_descargado", "web"), ("sesion_iniciada", "web")} <= (
        kinds
    )


def test_a_number_typed_in_search_jumps_to_its_document(web: TestClient, office: Office) -> None:
    assert login(web, "clara") == 303
    answer = web.get(f"/buscar?q={office.ordinary.lower()}")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/documentos/{office.ordinary}"


def test_document_text_is_escaped_in_pages(web: TestClient, office: Office) -> None:
    from partes import services

    with office.app() as app:
        services.correct_labels(
            app,
            actor=office.actor("clara"),
            ref=office.ordinary,
            changes={"subject": "<script>alert(1)</script> [borrador]"},
        )
    assert login(web, "clara") == 303
    page = web.get(f"/documentos/{office.ordinary}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [borrador]" in page


def test_search_counts_facets_and_pages_never_count_a_reserved_document(
    web: TestClient, office: Office
) -> None:
    assert login(web, "olga") == 303
    page = web.get("/buscar?direccion=entrada")
    assert "1 documento." in page.text
    assert office.ordinary in page.text and office.reserved not in page.text
    assert "Obras Municipales</a>" not in page.text  # no facet of the reserved one
    answer = _api(web, office, "olga", "direction=entrada&facets=true")
    assert answer["total"] == 1 and answer["facets"]["unit"] == {"dideco": 1}
    assert login(web, "diego") == 303
    answer = _api(web, office, "diego", "direction=entrada&facets=true&limit=1")
    assert answer["total"] == 2 and answer["facets"]["unit"] == {"dideco": 1, "dom": 1}
    assert len(answer["hits"]) == 1
    first, second = (
        _api(web, office, "diego", f"direction=entrada&limit=1&offset={n}&sort=date")
        for n in (0, 1)
    )
    everything = _api(web, office, "diego", "direction=entrada&limit=10")["hits"]
    assert {first["hits"][0]["id"], second["hits"][0]["id"]} == {h["id"] for h in everything}
    page = web.get("/buscar?direccion=entrada&orden=fecha")
    assert "2 documentos." in page.text
    narrowed = re.search(r'href="([^"]*unidad=dom[^"]*)"', page.text)
    assert narrowed, "each facet value narrows the search"
    chosen = web.get(narrowed.group(1).replace("&amp;", "&"))
    assert "1 documento." in chosen.text and office.reserved in chosen.text
    keyword = office.ordinary_doc.truth.keyword
    assert "<mark>" in web.get(f"/buscar?q={keyword}").text  # the words found, marked
    # both were confirmed by a clerk: none waits for review
    assert "Ningún documento coincide" in web.get("/buscar?direccion=entrada&revisar=1").text


def _api(web: TestClient, office: Office, login: str, query: str) -> dict[str, Any]:
    token = _token(office, login)
    answer = web.get(f"/api/v1/search?{query}", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def test_a_reference_of_unicode_digits_is_not_found_not_an_error(
    web: TestClient, office: Office
) -> None:
    assert login(web, "clara") == 303
    for ref in ("³", "٣", "１２"):  # digits to str.isdigit(), not to int()
        assert web.get(f"/documentos/{ref}").status_code == 404, ref
        answer = _api_get(web, office, f"/api/v1/documents/{ref}")
        assert answer.status_code == 404, ref


def _api_get(web: TestClient, office: Office, path: str) -> Any:
    return web.get(path, headers={"Authorization": f"Bearer {_token(office, 'clara')}"})
