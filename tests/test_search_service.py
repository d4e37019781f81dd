"""The search use case on either backend: total, facets, sort and pages, with reserved
documents neither shown nor counted for whoever may not see them."""

from __future__ import annotations

import pytest

from index import BACKENDS
from partes import services
from partes.errors import UsageError
from tests.conftest import run_partes
from tests.office import Office, build_office


@pytest.fixture(scope="module", params=BACKENDS)
def office(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp(f"busqueda-{request.param}"), request.param)


def test_the_configured_backend_indexes_what_is_registered(office: Office) -> None:
    keyword = office.ordinary_doc.truth.keyword
    with office.app() as app:
        found = services.search(app, actor=office.actor("clara"), text=keyword, facets=True)
    assert office.ordinary in [h.registry_number for h in found.hits]
    assert found.total == len(found.hits) >= 1
    assert found.facets is not None and sum(found.facets["doc_type"].values()) == found.total


@pytest.mark.parametrize(("login", "sees"), [("clara", True), ("diego", True), ("olga", False)])
def test_reserved_documents_are_not_counted_for_who_may_not_see_them(
    office: Office, login: str, sees: bool
) -> None:
    with office.app() as app:
        found = services.search(app, actor=office.actor(login), text="", facets=True)
    numbers = [h.registry_number for h in found.hits]
    assert (office.reserved in numbers) is sees
    assert found.total == (2 if sees else 1)
    assert found.facets is not None
    assert ("oficio_reservado" in found.facets["doc_type"]) is sees
    assert sum(found.facets["unit"].values()) == found.total


def test_sort_by_date_and_pages(office: Office) -> None:
    with office.app() as app:
        actor = office.actor("clara")
        newest = services.search(app, actor=actor, text="", sort="date")
        second = services.search(app, actor=actor, text="", sort="date", limit=1, offset=1)
        with pytest.raises(UsageError, match="Orden"):
            services.search(app, actor=actor, text="", sort="tamaño")
    dates = [h.doc_date for h in newest.hits if h.doc_date]
    assert dates == sorted(dates, reverse=True)
    assert [h.id for h in second.hits] == [newest.hits[1].id]
    assert second.total == 2


def test_the_command_line_sorts_pages_and_counts(office: Office) -> None:
    newest = run_partes(office.home, "search", "", "--sort", "date", "--json").json_lines()
    assert len(newest) == 2
    second = run_partes(office.home, "search", "", "--sort", "date", "--limit", "1", "--page", "2")
    assert second.returncode == 0, second.stderr
    assert newest[1]["registry_number"] in second.stdout
    assert "1 de 2 resultados." in second.stdout


def test_reindex_rebuilds_the_configured_index(office: Office) -> None:
    done = run_partes(office.home, "reindex")
    assert done.returncode == 0, done.stderr
    keyword = office.ordinary_doc.truth.keyword
    hits = run_partes(office.home, "search", keyword, "--json").json_lines()
    assert office.ordinary in [h["registry_number"] for h in hits]
