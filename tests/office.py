"""A small office for the application core's tests: a home with people of every role, an
ordinary oficio and a reserved one of the DOM, built once through the use cases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive import Actor
from partes import services
from partes.wiring import App, init_home, opened
from tests.docgen import Generated, make_document

PASSWORD = "clave-de-prueba-1"
# login → (role, unit)
PEOPLE: dict[str, tuple[str, str | None]] = {
    "clara": ("oficina_partes", None),
    "diego": ("unidad", "dom"),
    "olga": ("unidad", "dideco"),
    "sergio": ("secretario", None),
    "alba": ("alcaldia", None),
    "zoe": ("alcaldia", None),  # whose role and password the others try to change
    "aurelio": ("auditor", None),
    "ada": ("admin", None),
}


@dataclass(frozen=True)
class Office:
    home: Path
    ordinary: str  # registry numbers
    reserved: str
    ordinary_doc: Generated
    reserved_doc: Generated

    @contextmanager
    def app(self) -> Iterator[App]:
        with opened(self.home) as app:
            yield app

    def actor(self, login: str, channel: str = "cli") -> Actor:
        role, unit = PEOPLE[login]
        return Actor(login=login, role=role, unit=unit, channel=channel)


def with_backend(home: Path, search_backend: str) -> None:
    """The home's ``[search] backend`` set to ``search_backend``, and its (empty) index."""
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    chosen = re.sub(r'(?m)^backend = "\w+"', f'backend = "{search_backend}"', text)
    config.write_text(chosen, encoding="utf-8")
    init_home(home)


def build_office(root: Path, search_backend: str | None = None) -> Office:
    home = root / "partes-data"
    init_home(home)
    if search_backend is not None:
        with_backend(home, search_backend)
    docs = root / "docs"
    docs.mkdir()
    ordinary = make_document("oficio", docs / "oficio.pdf", seed=501, topic_index=0)
    reserved = make_document("oficio_reservado", docs / "reservado.pdf", seed=502, topic_index=6)
    operator = services.local_operator()
    with opened(home) as app:
        for login, (role, unit) in PEOPLE.items():
            services.add_user(
                app, actor=operator, login=login, role=role, unit=unit, password=PASSWORD
            )
        outcomes = list(
            services.ingest(
                app,
                actor=operator,
                files=[ordinary.path, reserved.path],
                direction="entrada",
            )
        )
        numbers = [o.registry_number for o in outcomes]
        assert all(numbers), outcomes
        assert outcomes[1].doc_type == "oficio_reservado", outcomes[1]
        services.correct_labels(
            app,
            actor=operator,
            ref=str(numbers[1]),
            changes={"unit": "dom", "reserved": True},
        )
        services.correct_labels(
            app, actor=operator, ref=str(numbers[0]), changes={"unit": "dideco"}
        )
    return Office(
        home=home,
        ordinary=str(numbers[0]),
        reserved=str(numbers[1]),
        ordinary_doc=ordinary,
        reserved_doc=reserved,
    )
