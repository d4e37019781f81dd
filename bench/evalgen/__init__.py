"""An evaluation set for the classifier, independent of the project's own generator.

Written apart from ``tests/docgen`` and from the classification rules: other municipality
(Licantén), other services, other wording and other layouts (right-hand header columns,
two-column header tables, boxed fields, portal printouts, forms, actas with tables...),
fonts from DejaVu and Liberation families, A4, letter and oficio paper. Each document
comes with an :class:`EvalTruth`; the same seed gives the same documents.

    python -m bench.evalgen OUT --count N --seed S [--scan]
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.evalgen import civic, official
from bench.evalgen.base import EvalTruth
from bench.evalgen.people import COMMUNE, MUNICIPALITY, REGION
from bench.evalgen.render import Sheet, render_pdf, scan

__all__ = [
    "COMMUNE",
    "KINDS",
    "MUNICIPALITY",
    "REGION",
    "EvalDoc",
    "EvalTruth",
    "make_document",
    "make_set",
]

KINDS: dict[str, Callable[[random.Random], tuple[Sheet, EvalTruth]]] = {
    "oficio_entrada": official.oficio_entrada,
    "oficio_salida": official.oficio_salida,
    "decreto": official.decreto,
    "carta": civic.carta,
    "memorandum": official.memorandum,
    "resolucion": official.resolucion,
    "solicitud_transparencia": civic.solicitud_transparencia,
    "reclamo": civic.reclamo,
    "dictamen": official.dictamen,
    "circular": official.circular,
    "oficio_reservado": official.oficio_reservado,
    "certificado": official.certificado,
    "solicitud_audiencia_lobby": civic.solicitud_audiencia_lobby,
    "acta_concejo": civic.acta_concejo,
    "informe": official.informe,
    "convenio": civic.convenio,
    "ordenanza": civic.ordenanza,
}


@dataclass(frozen=True)
class EvalDoc:
    path: Path
    truth: EvalTruth
    scanned: bool


def make_document(kind: str, dest: Path, *, seed: int, scan_it: bool = False) -> EvalDoc:
    """One document of ``kind`` at ``dest`` (a scan when ``scan_it``; .tif or .pdf)."""
    rng = random.Random(seed)
    sheet, truth = KINDS[kind](rng)
    if not scan_it:
        render_pdf(sheet, dest)
        return EvalDoc(dest, truth, False)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.pdf"
        render_pdf(sheet, clean)
        scan(clean, dest, rng)
    return EvalDoc(dest, truth, True)


def make_set(folder: Path, count: int, seed: int, *, scan_it: bool = False) -> list[EvalDoc]:
    """``count`` documents, the kinds in turn, written to ``folder`` with ``truth.jsonl``.

    A quarter of the scans are TIFF files, the rest image-only PDFs.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    kinds = list(KINDS)
    rng.shuffle(kinds)
    docs = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        doc_seed = rng.randrange(10**9)
        suffix = ".tif" if scan_it and rng.random() < 0.25 else ".pdf"
        dest = folder / f"{i:04d}-{kind}{suffix}"
        docs.append(make_document(kind, dest, seed=doc_seed, scan_it=scan_it))
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as out:
        for doc in docs:
            row = {"file": doc.path.name, "scanned": doc.scanned, **doc.truth.as_json()}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return docs
