"""The document sets the classification benchmark reads: the project's own generator, the
independent generator (``bench.evalgen``) and the hand-labelled real documents of
``cl_public`` (``bench/evalset/cl_public.jsonl``, read from the shared corpus, never copied).

Every document is read through the project's OCR stage (``OcrPool``), as ingest reads it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.evalgen import COMMUNE, MUNICIPALITY, REGION
from bench.evalgen import make_set as make_independent_set
from ocr import OcrPool, OcrSettings
from partes.config import Config, Municipality
from partes.wiring import classify_policy
from pipeline import ClassifyPolicy
from tests.docgen import GENERATORS, make_document

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "evalset" / "cl_public.jsonl"


@dataclass(frozen=True)
class PublicTruth:
    """A hand label of one real document (see bench/evalset/README.md)."""

    file: str
    doc_type: str
    direction: str
    unit: str | None
    subject: str | None
    doc_number: str | None
    doc_date: date | None
    sender_org: str | None = None


@dataclass
class Case:
    """One document as the classifier sees it: its text, and what it should find."""

    truth: Any  # doc_type, direction, unit, subject, doc_number, doc_date
    text: str
    name: str


Doc = tuple[Path, Any]  # a file and its truth


def own_set(folder: Path, count: int, seed: int, *, scan: bool) -> list[Doc]:
    """The project's own generator (tests/docgen), the kinds in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    kinds = list(GENERATORS)
    docs: list[Doc] = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        made = make_document(
            kind, folder / f"{i:04d}-{kind}.pdf", seed=rng.randrange(10**9), scan=scan
        )
        docs.append((made.path, made.truth))
    return docs


def independent_set(folder: Path, count: int, seed: int, *, scan: bool) -> list[Doc]:
    return [(d.path, d.truth) for d in make_independent_set(folder, count, seed, scan_it=scan)]


def training_set(source: str, folder: Path, count: int, seed: int) -> list[Doc]:
    """``count`` documents a clerk has labelled: two thirds born-digital, one third scans."""
    make = own_set if source == "own" else independent_set
    digital = count * 2 // 3
    docs = make(folder / "d", digital, seed, scan=False)
    return docs + make(folder / "s", count - digital, seed + 1, scan=True)


def public_set(corpus: Path) -> list[Doc] | None:
    """The labelled cl_public documents, or None when the corpus is not there."""
    folder = corpus / "cl_public"
    if not folder.is_dir():
        return None
    docs: list[Doc] = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        when = row.get("doc_date")
        truth = PublicTruth(**{**row, "doc_date": date.fromisoformat(when) if when else None})
        path = folder / truth.file
        if path.is_file():
            docs.append((path, truth))
    return docs


def own_policy() -> ClassifyPolicy:
    """What ``partes init`` writes (the project's sample municipality)."""
    return classify_policy(Config())


def independent_policy() -> ClassifyPolicy:
    """The same defaults, for the municipality the independent generator writes for."""
    municipality = Municipality(name=MUNICIPALITY, commune=COMMUNE, region=REGION)
    return classify_policy(replace(Config(), municipality=municipality))


def read_sets(sets: dict[str, list[Doc]], work: Path, workers: int = 2) -> dict[str, list[Case]]:
    """Every document of every set through one OCR pool; a file that fails reads as empty."""
    settings = replace(OcrSettings(), workers=workers)
    out: dict[str, list[Case]] = {}
    with OcrPool(settings) as pool:
        pending = []
        for name, docs in sets.items():
            for i, (path, truth) in enumerate(docs):
                folder = work / f"{name}-{i}"
                folder.mkdir(parents=True, exist_ok=True)
                pending.append((name, path, truth, pool.submit(path, folder)))
        for name, path, truth, future in pending:
            try:
                text = "\n".join(page.text for page in pool.result(future).pages)
            except Exception as exc:  # the benchmark goes on; the document counts as unread
                print(f"  (no se pudo leer {path.name}: {type(exc).__name__}: {exc})")
                text = ""
            out.setdefault(name, []).append(Case(truth=truth, text=text, name=path.name))
    return out
