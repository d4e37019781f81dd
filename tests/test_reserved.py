"""A reserved oficio is invisible to another unit's user (search, lists, counts, show,
text, files, history), with a "not found" that does not confirm it exists; its unit, the
Oficina de Partes and the auditor see it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from archive import EventFilter, RecordNotFound, list_events
from partes import services
from tests.conftest import run_partes
from tests.office import Office, build_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_office(tmp_path_factory.mktemp("reserved"))


def _hits(office: Office, login: str, words: str) -> list[str]:
    with office.app() as app:
        found = services.search(app, actor=office.actor(login), text=words, limit=50)
    return [h.registry_number for h in found.hits]


def test_the_reserved_oficio_is_reserved(office: Office) -> None:
    with office.app() as app:
        record = services.show(app, actor=office.actor("clara"), ref=office.reserved)
    assert record.doc_type == "oficio_reservado"
    assert record.reserved and record.unit == "dom"


@pytest.mark.parametrize("login", ["diego", "clara", "aurelio", "sergio", "ada"])
def test_its_unit_the_office_and_the_auditor_see_it(office: Office, login: str) -> None:
    keyword = office.reserved_doc.truth.keyword
    assert office.reserved in _hits(office, login, keyword)
    with office.app() as app:
        actor = office.actor(login)
        assert services.show(app, actor=actor, ref=office.reserved).registry_number
        assert "".join(services.text(app, actor=actor, ref=office.reserved).pages).strip()
        assert services.stored_file(app, actor=actor, ref=office.reserved).path.is_file()
        if login != "diego":  # the unit role reads no libro
            numbers = [r.registry_number for r in services.registry(app, actor=actor)]
            assert office.reserved in numbers


@pytest.mark.parametrize("login", ["olga", "alba"])
def test_another_unit_does_not_see_it_anywhere(office: Office, login: str) -> None:
    actor = office.actor(login)
    keyword = office.reserved_doc.truth.keyword
    assert office.reserved not in _hits(office, login, keyword)
    # the ordinary oficio is found by its own words: search itself works for this person
    assert office.ordinary in _hits(office, login, office.ordinary_doc.truth.keyword)
    # nor by an empty query that lists everything, nor by its registry number
    assert office.reserved not in _hits(office, login, "")
    with office.app() as app:
        if services.allowed(actor.role, "libro.ver"):
            book = services.registry(app, actor=actor)
            everyone = services.registry(app, actor=office.actor("clara"))
            assert office.reserved not in [r.registry_number for r in book]
            assert len(book) == len(everyone) - 1  # counts agree with what is shown
        hidden = _not_found_messages(app, actor, office.reserved)
        absent = _not_found_messages(app, actor, "E-2099-000999")
        denied = list_events(app.services.db, EventFilter(actor=login, action="acceso_denegado"))
    # word for word the answer for a number that does not exist, but for the number itself
    assert [m.replace(office.reserved, "REF") for m in hidden] == [
        m.replace("E-2099-000999", "REF") for m in absent
    ]
    assert any(e.registry_number == office.reserved for e in denied)


def _not_found_messages(app: Any, actor: Any, ref: str) -> list[str]:
    calls: list[Callable[[], Any]] = [
        lambda: services.show(app, actor=actor, ref=ref),
        lambda: services.text(app, actor=actor, ref=ref),
        lambda: services.stored_file(app, actor=actor, ref=ref),
        lambda: services.search(app, actor=actor, text=ref),
    ]
    messages = []
    for call in calls:
        with pytest.raises(RecordNotFound) as missing:
            call()
        messages.append(str(missing.value))
    return messages


@pytest.mark.parametrize(("login", "sees_history"), [("diego", False), ("clara", True)])
def test_who_saw_a_document_is_not_for_every_reader(
    office: Office, login: str, sees_history: bool
) -> None:
    with office.app() as app:
        record = services.show(app, actor=office.actor(login), ref=office.ordinary)
    assert bool(record.events) == sees_history
    shown = run_partes(office.home, "--user", login, "show", office.ordinary, "--json")
    assert bool(shown.json_lines()[0]["events"]) == sees_history


def test_by_the_command_line_too(office: Office) -> None:
    hidden = run_partes(office.home, "--user", "olga", "show", office.reserved)
    absent = run_partes(office.home, "--user", "olga", "show", "E-2099-000999")
    assert hidden.returncode == absent.returncode == 3
    assert hidden.stderr.replace(office.reserved, "REF") == absent.stderr.replace(
        "E-2099-000999", "REF"
    )
    seen = run_partes(office.home, "--user", "diego", "text", office.reserved)
    assert seen.returncode == 0 and seen.stdout.strip()
