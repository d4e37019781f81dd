"""Spanish search: accents folded, current Snowball stems, no stop words, rebuildable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index import IndexDocument, SearchQuery, WhooshBackend, stem


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("resolucion", "Resolución"),
        ("oficios", "oficio"),
        ("pavimentacion", "pavimentación"),
        ("MUNICIPALIDADES", "municipalidad"),
        ("senaletica", "señalética"),
    ],
)
def test_stems_match_across_accents_and_plurals(typed: str, written: str) -> None:
    assert stem(typed) == stem(written)


def _doc(doc_id: int, content: str, **extra: object) -> IndexDocument:
    fields: dict[str, object] = {
        "id": doc_id,
        "registry_number": f"E-2026-{doc_id:06d}",
        "doc_type": "oficio",
        "direction": "entrada",
        "unit": "dom",
        "year": 2026,
        "doc_date": date(2026, 3, doc_id),
        "subject": None,
        "sender": None,
        "content": content,
    }
    fields.update(extra)
    return IndexDocument(**fields)  # type: ignore[arg-type]


def test_backend_adds_searches_filters_deletes_and_rebuilds(tmp_path: Path) -> None:
    backend = WhooshBackend(tmp_path / "idx")
    backend.add(
        [
            _doc(1, "Se aprueba la Resolución sobre la pavimentación del pasaje."),
            _doc(2, "Remite oficios de la Contraloría.", doc_type="decreto", unit="control"),
            _doc(3, "No se autoriza el permiso sin informe previo."),
        ]
    )
    assert [h.id for h in backend.search(SearchQuery(text="resolucion"))] == [1]
    assert [h.id for h in backend.search(SearchQuery(text="oficio"))] == [2]
    hit = backend.search(SearchQuery(text="pavimentacion"))[0]
    assert "PAVIMENTACIÓN" in hit.snippet
    # No stop words: "no" and "sin" are searchable.
    assert [h.id for h in backend.search(SearchQuery(text="no sin"))] == [3]
    assert [h.id for h in backend.search(SearchQuery(text="", doc_type="decreto"))] == [2]
    assert sorted(h.id for h in backend.search(SearchQuery(text="", unit="dom"))) == [1, 3]
    ranged = backend.search(SearchQuery(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)))
    assert sorted(h.id for h in ranged) == [2, 3]
    backend.delete([1])
    assert backend.search(SearchQuery(text="resolucion")) == []
    assert backend.rebuild([_doc(7, "Sólo este documento queda tras reconstruir.")]) == 1
    assert [h.id for h in backend.search(SearchQuery(text="documento"))] == [7]
    assert backend.search(SearchQuery(text="oficios")) == []
    backend.close()


def test_reserved_documents_are_filtered_inside_the_index(tmp_path: Path) -> None:
    backend = WhooshBackend(tmp_path / "index")
    try:
        backend.add(
            [
                _doc(1, "pavimentación de la calle Prat"),
                _doc(2, "pavimentación reservada de la DOM", reserved=True, unit="dom"),
                _doc(3, "pavimentación reservada de DIDECO", reserved=True, unit="dideco"),
            ]
        )

        def ids(units: tuple[str, ...] | None) -> set[int]:
            hits = backend.search(SearchQuery(text="pavimentacion", reserved_units=units))
            return {h.id for h in hits}

        assert ids(None) == {1, 2, 3}
        assert ids(("dom",)) == {1, 2}
        assert ids(()) == {1}
    finally:
        backend.close()


def test_an_index_of_an_earlier_version_asks_for_a_reindex(tmp_path: Path) -> None:
    from whoosh import index
    from whoosh.fields import ID, Schema

    from index import SearchIndexError

    folder = tmp_path / "index"
    folder.mkdir()
    index.create_in(str(folder), Schema(id=ID(stored=True, unique=True))).close()
    backend = WhooshBackend(folder)
    try:
        assert backend.outdated
        with pytest.raises(SearchIndexError, match="partes reindex"):
            backend.search(SearchQuery(text="oficio"))
        assert backend.rebuild([_doc(1, "oficio de prueba")]) == 1
        assert not backend.outdated
        assert [h.id for h in backend.search(SearchQuery(text="oficio"))] == [1]
    finally:
        backend.close()


def test_search_filters_by_direction(tmp_path: Path) -> None:
    backend = WhooshBackend(tmp_path / "index")
    try:
        backend.add(
            [
                _doc(1, "convenio de aseo", direction="entrada"),
                _doc(2, "convenio de aseo", direction="salida"),
            ]
        )
        hits = backend.search(SearchQuery(text="convenio", direction="salida"))
        assert [h.id for h in hits] == [2]
    finally:
        backend.close()
