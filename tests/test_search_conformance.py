"""One conformance suite for every search backend: the same generated archive, the same
queries, the same answers (relevant sets known from the documents' own text)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bench.searchdocs import CorpusDoc, documents, with_text
from index import (
    BACKENDS,
    Fts5Backend,
    IndexDocument,
    IndexUnavailable,
    QueryError,
    SearchBackend,
    SearchIndexError,
    SearchQuery,
    WhooshBackend,
    marked,
)

COUNT = 260
DECOY = "Los vecinos de Los Aromos piden reparar el pasaje de tierra."


def _corpus() -> list[CorpusDoc]:
    docs = list(documents(COUNT, seed=7))
    for i in range(0, COUNT, 23):  # the phrase's words, not as the phrase
        docs[i] = with_text(docs[i], DECOY)
    for i in range(5, COUNT, 31):
        docs[i] = with_text(docs[i], "Se ordena la pavimentación del pasaje Los Aromos.")
    return docs


CORPUS = _corpus()


def _index_doc(i: int, doc: CorpusDoc) -> IndexDocument:
    return IndexDocument(
        id=i,
        registry_number=f"E-{doc.doc_date.year}-{i:06d}",
        doc_type=doc.doc_type,
        direction=doc.direction,
        unit=doc.unit,
        year=doc.doc_date.year,
        doc_date=doc.doc_date,
        subject=doc.subject,
        sender=doc.sender,
        content=doc.text,
        reserved=doc.reserved,
        series=_series(doc),
        station=STATIONS[i % len(STATIONS)],
        pending_review=i % 7 == 0,
    )


STATIONS = ("partes", "dom", "importacion")


def _series(doc: CorpusDoc) -> str:
    return "historico" if doc.doc_date.year < 2020 else doc.direction


def _make(kind: str, folder: Path) -> SearchBackend:
    folder.mkdir(parents=True, exist_ok=True)
    return WhooshBackend(folder / "index") if kind == "whoosh" else Fts5Backend(folder / "s.db")


@pytest.fixture(scope="module", params=BACKENDS)
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchBackend]:
    made = _make(request.param, tmp_path_factory.mktemp(request.param))
    made.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS, 1))
    yield made
    made.close()


@pytest.fixture(scope="module")
def table() -> Iterator[sqlite3.Connection]:
    """The corpus's metadata in SQL, to count facets the plain way."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE d (id, doc_type, unit, year, doc_date, reserved)")
    conn.executemany(
        "INSERT INTO d VALUES (?, ?, ?, ?, ?, ?)",
        [
            (i, d.doc_type, d.unit, d.doc_date.year, d.doc_date.isoformat(), int(d.reserved))
            for i, d in enumerate(CORPUS, 1)
        ],
    )
    yield conn
    conn.close()


def _text(doc: CorpusDoc) -> str:
    return f"{doc.subject or ''}\n{doc.sender}\n{doc.text}"


def truth(pattern: str, where: str = "all") -> set[int]:
    found = re.compile(pattern, re.IGNORECASE)
    field = {"all": _text, "subject": lambda d: d.subject or "", "sender": lambda d: d.sender}
    return {i for i, d in enumerate(CORPUS, 1) if found.search(field[where](d))}


def ids(backend: SearchBackend, text: str, **options: object) -> set[int]:
    query = SearchQuery(text=text, limit=10_000, **options)  # type: ignore[arg-type]
    return {h.id for h in backend.search(query)}


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        ("pavimentación", r"\bpavimentaci[oó]n(es)?\b"),  # exact
        ("pavimentacion", r"\bpavimentaci[oó]n(es)?\b"),  # without accents
        ("RESOLUCION", r"\bresoluci[oó]n(es)?\b"),
        ("oficios", r"\boficios?\b"),  # plural finds the singular
        ("municipalidades", r"\bmunicipalidad(es)?\b"),
        ("senaletica", r"\bseñalética\b"),
        ("construcciones", r"\bconstrucci[oó]n(es)?\b"),
    ],
)
def test_words_are_found_in_every_form(backend: SearchBackend, query: str, pattern: str) -> None:
    relevant = truth(pattern)
    assert relevant, "the corpus must hold the word"
    assert relevant <= ids(backend, query)


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        ('"pasaje Los Aromos"', r"\bpasaje\s+los\s+aromos\b"),
        ('"pasaje los aromos"', r"\bpasaje\s+los\s+aromos\b"),
        ('"recepcion final"', r"\brecepci[oó]n\s+final\b"),
        ('"Ley N° 18.695"', r"\bley\s+n°\s+18\.695\b"),
    ],
)
def test_phrases_have_full_recall_and_precision(
    backend: SearchBackend, query: str, pattern: str
) -> None:
    relevant = truth(pattern)
    assert relevant
    assert ids(backend, query) == relevant


def test_a_prefix_finds_every_word_it_begins(backend: SearchBackend) -> None:
    assert truth(r"\bpavim") <= ids(backend, "pavim*")


def test_document_numbers_are_found(backend: SearchBackend) -> None:
    samples = [(i, d) for i, d in enumerate(CORPUS, 1) if d.doc_number and d.doc_type == "oficio"][
        :4
    ]
    assert samples
    for i, doc in samples:
        assert i in ids(backend, f"ORD. {doc.doc_number}"), doc.doc_number
    cited = re.compile(r"(Decreto|Resolución) N° (\d+)/(\d{4})")
    found = [(i, m) for i, d in enumerate(CORPUS, 1) if (m := cited.search(d.text))][:4]
    assert found
    for i, match in found:
        act, number, year = match.groups()
        assert i in ids(backend, f"{act.lower()} {number}")
        exact = truth(re.escape(f"N° {number}/{year}"))
        assert exact <= ids(backend, f"N° {number}/{year}")


def test_a_rut_is_found_in_any_format(backend: SearchBackend) -> None:
    samples = [rut for d in CORPUS for rut in d.ruts][:5]
    assert samples
    for rut in samples:
        relevant = truth(re.escape(rut))
        plain = rut.replace(".", "")
        for typed in (rut, plain, plain.replace("-", ""), plain.lower()):
            assert ids(backend, typed) == relevant, typed


def test_or_and_not(backend: SearchBackend) -> None:
    paving, lights = truth(r"\bpavimentaci[oó]n\b"), truth(r"\balumbrado\b")
    assert paving | lights <= ids(backend, "pavimentacion OR alumbrado")
    without = ids(backend, "pavimentacion NOT pasaje")
    assert without.isdisjoint(truth(r"\bpasajes?\b"))
    assert paving - truth(r"\bpasaj") <= without


def test_field_terms(backend: SearchBackend) -> None:
    subject = truth(r"\bpavimentaci[oó]n\b", "subject")
    assert ids(backend, "materia:pavimentacion") == subject
    sender = truth(r"\bministerial\b", "sender")
    assert sender and ids(backend, "remitente:ministerial") == sender
    in_dom = {i for i in truth(r"\bpavimentaci[oó]n\b") if CORPUS[i - 1].unit == "dom"}
    assert in_dom <= ids(backend, "unidad:dom pavimentacion")
    assert all(CORPUS[i - 1].unit == "dom" for i in ids(backend, "unidad:dom pavimentacion"))


def test_filters_sort_and_pages(backend: SearchBackend, table: sqlite3.Connection) -> None:
    year = CORPUS[0].doc_date.year
    assert ids(backend, "", year=year) == {
        i for i, d in enumerate(CORPUS, 1) if d.doc_date.year == year
    }
    assert ids(backend, "", doc_type="decreto") == {
        i for i, d in enumerate(CORPUS, 1) if d.doc_type == "decreto"
    }
    assert ids(backend, "", unit="dom", date_from=date(2020, 1, 1)) == {
        i for i, d in enumerate(CORPUS, 1) if d.unit == "dom" and d.doc_date >= date(2020, 1, 1)
    }
    assert ids(backend, "", series="historico", direction="entrada") == {
        i for i, d in enumerate(CORPUS, 1) if _series(d) == "historico" and d.direction == "entrada"
    }
    assert ids(backend, "", station="dom", pending_review=True) == {
        i for i in range(1, COUNT + 1) if STATIONS[i % 3] == "dom" and i % 7 == 0
    }
    assert ids(backend, "", station="dom", pending_review=True)  # not an empty truth
    page = backend.find(SearchQuery(sort="date", limit=10, offset=20))
    expected = table.execute("SELECT doc_date FROM d ORDER BY doc_date DESC LIMIT 10 OFFSET 20")
    assert [h.doc_date.isoformat() for h in page.hits if h.doc_date] == [r[0] for r in expected]
    assert page.total == COUNT
    first, second = (
        backend.find(SearchQuery(text="pavimentacion", limit=5, offset=o)) for o in (0, 5)
    )
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert first.total == second.total >= len(truth(r"\bpavimentaci[oó]n\b"))


def _sql_facets(
    table: sqlite3.Connection, where: str, params: tuple[object, ...]
) -> dict[str, dict[str, int]]:
    return {
        facet: {
            str(v): n
            for v, n in table.execute(
                f"SELECT {facet}, count(*) FROM d WHERE {where} GROUP BY {facet}", params
            )
        }
        for facet in ("doc_type", "unit", "year")
    }


def test_facet_counts_equal_sql_counts(backend: SearchBackend, table: sqlite3.Connection) -> None:
    everything = backend.find(SearchQuery(facets=True, limit=1))
    assert everything.facets == _sql_facets(table, "1", ())
    phrase = truth(r"\bpasaje\s+los\s+aromos\b")
    page = backend.find(SearchQuery(text='"pasaje Los Aromos"', facets=True, limit=1))
    marks = ",".join("?" for _ in phrase)
    assert page.total == len(phrase)
    assert page.facets == _sql_facets(table, f"id IN ({marks})", tuple(phrase))


def test_reserved_documents_are_never_counted_for_who_may_not_see_them(
    backend: SearchBackend, table: sqlite3.Connection
) -> None:
    reserved = {i for i, d in enumerate(CORPUS, 1) if d.reserved}
    assert reserved, "the corpus must hold reserved documents"
    units = {CORPUS[i - 1].unit for i in reserved}
    mine = sorted(units)[:1]
    page = backend.find(SearchQuery(facets=True, limit=COUNT, reserved_units=tuple(mine)))
    seen = {h.id for h in page.hits}
    hidden = {i for i in reserved if CORPUS[i - 1].unit not in mine}
    assert hidden and not seen & hidden
    where = "reserved = 0 OR unit = ?"
    assert page.total == table.execute(f"SELECT count(*) FROM d WHERE {where}", mine).fetchone()[0]
    assert page.facets == _sql_facets(table, where, tuple(mine))
    nobody = backend.find(SearchQuery(text="oficio", facets=True, reserved_units=()))
    assert nobody.total == len(ids(backend, "oficio", reserved_units=()))
    assert not ids(backend, "oficio", reserved_units=()) & reserved


def test_snippets_show_the_words_found(backend: SearchBackend) -> None:
    hits = backend.search(SearchQuery(text="pavimentacion", limit=5))
    assert hits and all("PAVIMENTACIÓN" in h.snippet for h in hits)


def test_the_words_found_are_marked_in_the_snippet(backend: SearchBackend) -> None:
    [hit] = backend.search(SearchQuery(text='"pasaje Los Aromos" pavimentacion', limit=1))
    found = [
        text
        for text, hit_word in marked(hit.snippet, '"pasaje Los Aromos" pavimentacion')
        if hit_word
    ]
    assert any(t.lower().startswith("pavimentaci") for t in found), hit.snippet
    assert marked(hit.snippet, "NOT (") == [(hit.snippet, False)]  # a bad query marks nothing


def test_only_exclusions_is_refused_or_empty(backend: SearchBackend) -> None:
    try:
        assert ids(backend, "NOT pavimentacion").isdisjoint(truth(r"\bpavimentaci[oó]n\b"))
    except QueryError as exc:
        assert "NOT" in str(exc)


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_damaged_index_says_so_and_a_rebuild_repairs_it(kind: str, tmp_path: Path) -> None:
    made = _make(kind, tmp_path)
    made.rebuild([_index_doc(1, CORPUS[0])])
    made.close()
    if kind == "whoosh":
        for toc in (tmp_path / "index").glob("*.toc"):
            toc.write_bytes(b"\x00roto" * 7)
    else:
        with (tmp_path / "s.db").open("r+b") as db:
            db.write(b"\x00roto" * 20)
    again = _make(kind, tmp_path)
    try:
        with pytest.raises(IndexUnavailable, match="partes reindex"):
            again.search(SearchQuery(text="oficio"))
        assert again.rebuild([_index_doc(2, CORPUS[1])]) == 1
        assert [h.id for h in again.search(SearchQuery(limit=5))] == [2]
    finally:
        again.close()


@pytest.mark.parametrize("kind", BACKENDS)
def test_an_index_of_another_version_asks_for_a_reindex(kind: str, tmp_path: Path) -> None:
    made = _make(kind, tmp_path)
    made.rebuild([_index_doc(1, CORPUS[0])])
    made.close()
    if kind == "whoosh":
        (tmp_path / "index" / "schema-version").write_text("1\n")
    else:
        with sqlite3.connect(tmp_path / "s.db") as conn:
            conn.execute("PRAGMA user_version = 0")
        conn.close()
    again = _make(kind, tmp_path)
    try:
        with pytest.raises(SearchIndexError, match="partes reindex"):
            again.search(SearchQuery(text="oficio"))
        assert again.rebuild([_index_doc(2, CORPUS[1])]) == 1
        assert [h.id for h in again.search(SearchQuery(limit=5))] == [2]
    finally:
        again.close()


def test_a_large_rebuild_is_analysed_in_worker_processes_alike(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from index import fts5_rows

    serial = _make("fts5", tmp_path / "serial")
    serial.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS, 1))
    monkeypatch.setattr(fts5_rows, "SERIAL", 50)
    monkeypatch.setattr(fts5_rows, "BATCH", 40)
    parallel = _make("fts5", tmp_path / "parallel")
    try:
        assert parallel.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS, 1)) == COUNT
        for text in ("pavimentacion", '"pasaje Los Aromos"', "oficio NOT decreto", ""):
            query = SearchQuery(text=text, limit=COUNT, facets=True)
            assert parallel.find(query) == serial.find(query), text
    finally:
        serial.close()
        parallel.close()


def test_a_very_broad_query_is_ranked_among_the_newest_matches(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from index import fts5_backend

    made = _make("fts5", tmp_path)
    made.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS, 1))
    monkeypatch.setattr(fts5_backend, "RANK_WINDOW", 10)
    try:
        relevant = truth(r"\bmunicipal(idad|idades|es)?\b")  # one stem
        page = made.find(SearchQuery(text="municipalidad", limit=5))
        assert page.total == len(relevant) > 10  # counted in full
        newest = sorted(relevant)[-10:]
        assert {h.id for h in page.hits} <= set(newest)
    finally:
        made.close()


@pytest.mark.parametrize("kind", BACKENDS)
def test_an_older_revision_never_replaces_a_newer_one(kind: str, tmp_path: Path) -> None:
    made = _make(kind, tmp_path)
    made.rebuild([])
    first = _index_doc(1, CORPUS[0])
    try:
        newer = replace(first, subject="Compra de zanahoria", revision=2)
        assert made.add([newer]) == 1
        assert made.add([replace(first, revision=1)]) == 0  # read before the correction
        [hit] = made.search(SearchQuery(text="zanahoria"))
        assert hit.subject == "Compra de zanahoria"
        made.delete([1])
        assert made.search(SearchQuery(text="zanahoria")) == []
    finally:
        made.close()


class Interrupted(Exception):
    pass


def test_an_interrupted_rebuild_goes_on_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("index.fts5_backend.REBUILD_BATCH", 40)
    made = Fts5Backend(tmp_path / "s.db")
    made.rebuild([_index_doc(9999, CORPUS[0])])  # the index before the reindex
    write_batch = Fts5Backend._write_batch
    batches: list[int] = []

    def killed_in_the_fourth(self: Fts5Backend, conn: object, batch: list[object]) -> int:
        batches.append(len(batch))
        if len(batches) == 4:
            raise Interrupted  # as if the process were stopped while writing it
        return write_batch(self, conn, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(Fts5Backend, "_write_batch", killed_in_the_fourth)
    with pytest.raises(Interrupted):
        made.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS, 1))
    monkeypatch.setattr(Fts5Backend, "_write_batch", write_batch)
    done = made.partial_rebuild()
    assert sorted(done) == list(range(1, 121))  # three batches committed, the fourth not
    assert [h.id for h in made.search(SearchQuery(limit=5))] == [9999]  # still the old one
    again = Fts5Backend(tmp_path / "s.db")  # another process takes it up
    rest = (_index_doc(i, d) for i, d in enumerate(CORPUS, 1) if i not in done)
    assert again.rebuild(rest) == COUNT - 120
    assert again.find(SearchQuery(limit=1)).total == COUNT
    assert again.partial_rebuild() == {}
    assert ids(again, "pavimentacion") >= truth(r"\bpavimentaci[oó]n(es)?\b")
    # the old generation went back to the disk whole; the catalogue names the new one
    assert sorted(p.name for p in tmp_path.iterdir() if "-" not in p.name) == ["s.db", "s.db.2"]
    made.close()
    again.close()


def test_what_is_written_during_a_rebuild_is_kept_and_readers_follow_it(
    tmp_path: Path,
) -> None:
    made = Fts5Backend(tmp_path / "s.db")
    made.rebuild(_index_doc(i, d) for i, d in enumerate(CORPUS[:100], 1))
    reader = Fts5Backend(tmp_path / "s.db")  # another process, its connection already open
    assert reader.find(SearchQuery(limit=1)).total == 100
    writer = Fts5Backend(tmp_path / "s.db")

    def during() -> Iterator[IndexDocument]:  # the registry as read when the rebuild began
        for i, doc in enumerate(CORPUS[:100], 1):
            if i == 50:  # meanwhile one document is registered, another corrected
                assert writer.add([_index_doc(COUNT + 1, CORPUS[150])]) == 1
                newer = replace(_index_doc(7, CORPUS[6]), subject="Compra de zanahorias")
                assert writer.add([replace(newer, revision=2)]) == 1
            yield _index_doc(i, doc)

    try:
        assert made.rebuild(during()) == 100
        assert reader.find(SearchQuery(limit=1)).total == 101
        assert [h.id for h in reader.search(SearchQuery(text="zanahorias"))] == [7]
        before = {i for i in truth(r"\bpavimentaci[oó]n(es)?\b") if i <= 100}
        assert ids(reader, "pavimentacion") >= before
    finally:
        for backend in (made, reader, writer):
            backend.close()
