"""The search backends side by side on the same archive: build, memory, size, latency.

    .venv/bin/python -m bench.search [--documents 10000] [--backends whoosh,fts5]
                                     [--via import|register] [--home DIR] [--repeat 5]
                                     [--cold 3] [--keep]

A data home is filled with ``--documents`` municipal documents (``bench.searchdocs``: 1 to
10 pages in the office's wording, dates over ten years, RUTs, document numbers). With
``--via import`` (the default) they are written as born-digital PDFs with an old libro de
registro (``bench.searchpdfs``) and brought in by ``partes import``, the real path; with
``--via register`` their text is registered as the import registers it (historical
numbers and years through ``archive.register_historical``), without reading PDFs (for a
quick look: the import runs at about 20 documents per second here, two hours for 150,000).
An existing ``--home`` of the same size is reused; one filled ``--via import`` with fewer
documents grows (its archive gets the documents that follow, and ``partes import`` skips
what it registered before); with ``--keep`` the figures saved there for backends not
measured now are shown beside.

For each backend a child process rebuilds the index from the registry (what ``partes
reindex`` does): its wall time, its peak memory (``ru_maxrss`` of that child, from
``wait4``) and the index's size on disk. Then, per kind of query, ``--cold`` fresh child
processes each open the index and time their first query (cold: after imports, before any
search; the files may sit in the OS cache) and go on to time every query of the kind
``--repeat`` times (warm). Queries go to the backend itself (``SearchBackend.find``, 20
hits), not through the web. Targets at 150,000 documents: p95 ≤ 100 ms for every kind,
reindex ≤ 5 min and ≤ 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from archive import (
    Actor,
    HistoricalEntry,
    HistoricalNumber,
    NewDocument,
    NewFile,
    PageText,
    register_historical,
)
from bench.searchdocs import CorpusDoc, documents
from bench.searchpdfs import import_archive
from index import BACKENDS, Fts5Backend, SearchBackend, SearchQuery, WhooshBackend
from partes.wiring import Layout, init_home, opened

OPERATOR = Actor(login="bench", role="admin", channel="cli")
QUERIES = "consultas-de-busqueda.json"
TARGET_MS = 100
WORDS = ("pavimentacion", "subvencion", "patente", "licitacion", "alumbrado", "municipalidad",
         "oficio", "concejo", "vecinos", "agua", "escuela", "permiso", "transparencia")  # fmt: skip
PAIRS = ("junta vecinos", "agua potable", "permiso edificacion", "alumbrado publico",
         "subvencion municipal", "licitacion publica", "recepcion final",
         "fondo concursable")  # fmt: skip
PHRASES = ('"pasaje Los Aromos"', '"junta de vecinos"', '"Ley N° 18.695"',
           '"recepción final"', '"agua potable rural"', '"Concejo Municipal"')  # fmt: skip
PREFIXES = ("pavim*", "subven*", "licit*", "alumbr*", "concej*", "fiscaliz*")
KINDS = ("una palabra", "dos palabras", "frase", "prefijo", "filtrada", "facetas",
         "número", "RUT", "por fecha", "página 10")  # fmt: skip


def populate_by_import(home: Path, count: int, seed: int = 18) -> None:
    """``count`` documents as PDFs brought in by ``partes import``, and the queries."""
    numbers, _rate = import_archive(home, count, seed)
    step = max(1, count // 200)
    sample = [next(documents(1, seed, start=i)) for i in range(0, count, step)]
    queries = _queries(random.Random(seed), numbers, sample)
    (home / QUERIES).write_text(json.dumps({"count": count, "queries": queries}), "utf-8")


def populate(home: Path, count: int, seed: int = 18) -> None:
    """``count`` documents registered as ``partes import`` registers them (historical
    numbers and years, batches of 500 through ``archive.register_historical``) with their
    text as pages, without reading PDFs; and the queries to time."""
    init_home(home)
    numbers: list[str] = []
    sample: list[CorpusDoc] = []
    counters: dict[int, int] = {}
    with opened(home) as app:
        blob = app.services.store.put(_blank(home))
        start = time.monotonic()
        batch: list[HistoricalEntry] = []
        for i, doc in enumerate(documents(count, seed)):
            year = doc.doc_date.year
            counters[year] = counters.get(year, 0) + 1
            number = HistoricalNumber(
                series="historico", prefix="H", year=year, number=counters[year]
            )
            batch.append(HistoricalEntry(document=_new_document(i, doc, blob), number=number))
            if i % max(1, count // 200) == 0:
                sample.append(doc)
            if len(batch) == 500 or i == count - 1:
                done = register_historical(app.services.db, batch, actor=OPERATOR)
                numbers.extend(r.registration.registry_number for r in done if r.registration)
                batch = []
            if (i + 1) % 10_000 == 0:
                print(f"  {i + 1} registrados ({time.monotonic() - start:.0f} s)", flush=True)
    queries = _queries(random.Random(seed), numbers, sample)
    (home / QUERIES).write_text(json.dumps({"count": count, "queries": queries}), "utf-8")


def _blank(home: Path) -> Path:
    path = home / "muestra.pdf"
    path.write_bytes(b"%PDF-1.4\n% documento de carga: el texto va en las paginas\n%%EOF\n")
    return path


def _new_document(i: int, doc: CorpusDoc, blob: Any) -> NewDocument:
    return NewDocument(
        sha256=f"{i:064x}",
        original_name=f"documento-{i:06d}.pdf",
        media_type="application/pdf",
        size=blob.size,
        station="importacion",
        direction=doc.direction,
        doc_type=doc.doc_type,
        received_at=datetime.combine(doc.doc_date, clock(15, 0), UTC),
        unit=doc.unit,
        sender=doc.sender,
        subject=doc.subject,
        doc_number=doc.doc_number,
        doc_date=doc.doc_date,
        ruts=doc.ruts,
        reserved=doc.reserved,
        files=(NewFile(role="original", blob=blob, media_type="application/pdf"),),
        pages=tuple(PageText(number=n, text=t, source="text") for n, t in enumerate(doc.pages, 1)),
    )


def _queries(
    rng: random.Random, numbers: list[str], sample: list[CorpusDoc]
) -> dict[str, list[dict[str, Any]]]:
    def q(text: str, **extra: Any) -> dict[str, Any]:
        return {"text": text, **extra}

    ruts = [r for d in sample for r in d.ruts][:6]
    formats = [r for rut in ruts for r in (rut, rut.replace(".", ""))] or ["12.345.678-5"]
    offices = [d for d in sample if d.doc_number][:6]
    return {
        "una palabra": [q(w) for w in WORDS],
        "dos palabras": [q(p) for p in PAIRS],
        "frase": [q(p) for p in PHRASES],
        "prefijo": [q(p) for p in PREFIXES],
        "filtrada": [
            q(rng.choice(WORDS), doc_type=d.doc_type, unit=d.unit, year=d.doc_date.year)
            for d in sample[:10]
        ],
        "facetas": [q(w, facets=True) for w in WORDS],
        "número": [q(n) for n in rng.sample(numbers, 4)]
        + [q(f"ORD. {d.doc_number}") for d in offices[:3]]
        + [q(f"decreto {d.doc_number}") for d in offices[3:]]
        + [q(f"N° {d.doc_number}/{d.doc_date.year}") for d in offices],
        "RUT": [q(r) for r in formats],
        "por fecha": [q(w, sort="date") for w in WORDS],
        "página 10": [q(w, offset=180) for w in WORDS],
    }


def _backend(kind: str, home: Path) -> SearchBackend:
    layout = Layout(home)
    return Fts5Backend(layout.search_db) if kind == "fts5" else WhooshBackend(layout.index)


def _size(kind: str, home: Path) -> int:
    layout = Layout(home)
    if kind == "fts5":
        return sum(p.stat().st_size for p in home.glob(f"{layout.search_db.name}*"))
    return sum(p.stat().st_size for p in layout.index.rglob("*") if p.is_file())


# --- children -----------------------------------------------------------------------------


def child_reindex(kind: str, home: Path) -> dict[str, Any]:
    from pipeline import rebuild_index

    with opened(home) as app:
        backend = _backend(kind, home)
        began = time.perf_counter()
        count = rebuild_index(app.services.db, backend)
        seconds = time.perf_counter() - began
        backend.close()
    return {"count": count, "seconds": seconds}


def child_query(kind: str, home: Path, query_kind: str, repeat: int) -> dict[str, Any]:
    queries = json.loads((home / QUERIES).read_text("utf-8"))["queries"][query_kind]
    backend = _backend(kind, home)
    first = SearchQuery(**queries[0])
    began = time.perf_counter()
    page = backend.find(first)
    cold = time.perf_counter() - began
    warm, totals = [], []
    for _ in range(repeat):
        for spec in queries:
            began = time.perf_counter()
            page = backend.find(SearchQuery(**spec))
            warm.append(time.perf_counter() - began)
            totals.append(page.total)
    backend.close()
    return {"cold": cold, "warm": warm, "totals": totals}


def _run_child(*args: str) -> tuple[dict[str, Any], int]:
    """The child's JSON answer and its peak resident memory in bytes."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.search", "--child", *args], stdout=out, env=env
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"el proceso hijo {args} terminó con {proc.returncode}")
    return json.loads(text.strip().splitlines()[-1]), usage.ru_maxrss * 1024


# --- the parent -------------------------------------------------------------------------


def measure(kind: str, home: Path, *, cold_runs: int, repeat: int) -> dict[str, Any]:
    print(f"[{kind}] reconstruyendo el índice...", flush=True)
    built, peak = _run_child("reindex", kind, str(home))
    result: dict[str, Any] = {
        "build_s": built["seconds"],
        "peak_mb": peak / 2**20,
        "size_mb": _size(kind, home) / 2**20,
    }
    print(
        f"[{kind}] {built['count']} documentos en {built['seconds']:.1f} s, "
        f"máx. {result['peak_mb']:.0f} MB, índice {result['size_mb']:.0f} MB",
        flush=True,
    )
    for query_kind in KINDS:
        colds, warms, totals = [], [], []
        for _ in range(cold_runs):
            answer, _peak = _run_child("query", kind, str(home), query_kind, str(repeat))
            colds.append(answer["cold"])
            warms.extend(answer["warm"])
            totals = answer["totals"]
        result[query_kind] = {
            "cold_ms": 1000 * statistics.median(colds),
            "p50_ms": 1000 * statistics.median(warms),
            "p95_ms": 1000 * _p95(warms),
            "hits": statistics.median(totals) if totals else 0,
        }
    return result


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(results: dict[str, dict[str, Any]], count: int) -> str:
    names = list(results)
    lines = [f"Búsqueda con {count:,} documentos".replace(",", "."), ""]
    header = f"{'':24}" + "".join(f"{n:>12}" for n in names)
    if len(names) == 2:
        header += f"{names[1] + '/' + names[0]:>16}"
    lines.append(header)

    def row(label: str, values: list[float], fmt: str = "{:.1f}") -> None:
        line = f"{label:24}" + "".join(f"{fmt.format(v):>12}" for v in values)
        if len(values) == 2 and values[0]:
            line += f"{values[1] / values[0]:>16.2f}"
        lines.append(line)

    row("reindex (s)", [results[n]["build_s"] for n in names])
    row("memoria máx. (MB)", [results[n]["peak_mb"] for n in names], "{:.0f}")
    row("índice (MB)", [results[n]["size_mb"] for n in names], "{:.0f}")
    for query_kind in KINDS:
        for stat in ("p50_ms", "p95_ms", "cold_ms"):
            label = f"{query_kind} {stat.removesuffix('_ms')} (ms)"
            row(label, [results[n][query_kind][stat] for n in names])
    lines.append("")
    worst = {n: max(results[n][k]["p95_ms"] for k in KINDS) for n in names}
    lines.append(
        "peor p95 (ms): "
        + ", ".join(f"{n} {w:.1f}" for n, w in worst.items())
        + f" (meta ≤ {TARGET_MS} ms a 150.000)"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--home", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cold", type=int, default=3)
    parser.add_argument(
        "--keep", action="store_true", help="conserva las cifras guardadas de los otros índices"
    )
    parser.add_argument(
        "--via",
        choices=("import", "register"),
        default="import",
        help="import: PDF y «partes import» (el camino real); register: el texto directo",
    )
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, kind, home, *rest = args.child
        if mode == "reindex":
            answer = child_reindex(kind, Path(home))
        else:
            answer = child_query(kind, Path(home), rest[0], int(rest[1]))
        print(json.dumps(answer))
        return
    home = args.home or Path(tempfile.mkdtemp(prefix="bench-busqueda-"))
    saved = home / QUERIES
    if not saved.exists() or json.loads(saved.read_text("utf-8"))["count"] != args.documents:
        print(f"Cargando {args.documents} documentos en {home} ({args.via}) ...", flush=True)
        began = time.monotonic()
        (populate_by_import if args.via == "import" else populate)(home, args.documents)
        print(f"  registro: {time.monotonic() - began:.0f} s", flush=True)
    stored = home / "resultados-busqueda.json"
    results: dict[str, dict[str, Any]] = {}
    if args.keep and stored.exists():  # the figures of backends not measured this time
        results = json.loads(stored.read_text("utf-8"))
    for kind in args.backends.split(","):
        results[kind] = measure(kind, home, cold_runs=args.cold, repeat=args.repeat)
    stored.write_text(json.dumps(results, indent=1), "utf-8")
    print(report(results, args.documents))


if __name__ == "__main__":
    main()
