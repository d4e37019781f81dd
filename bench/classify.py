"""Classification and metadata extraction benchmark, born-digital and scanned apart.

A training set (seed A) stands for the documents clerks have already corrected: the model
is trained on their text and true labels, as ``partes correct`` does. An evaluation set
(seed B, never trained on) is rendered twice, born-digital and scanned, read by the OCR
stage, and classified with the configuration that ``partes init`` writes. It prints the
accuracy per type and overall, a confusion matrix, the unit accuracy with the rules and
keywords alone and with the model, and precision / recall / F1 per extracted field.

Targets: type accuracy >= 95 %, unit >= 90 %, F1 >= 0.9 for doc_number, doc_date and
subject on scanned documents.

    .venv/bin/python -m bench.classify [--train 140] [--eval 140] [--kinds oficio,decreto,...]

``--kinds`` restricts the sets to some of the generator's kinds (in the generator's order):
with the kinds of an earlier version, the documents are the same as that version's, so
figures can be compared before and after new kinds join.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bench.scoring import FIELDS, field_scores
from ocr import OcrPool, OcrSettings
from partes.config import Config
from partes.wiring import classify_policy
from pipeline import Classification, ClassifyPolicy, classify
from pipeline.classification.model import Example, TrainedModel, train
from pipeline.vocabulary import DOC_TYPES
from tests.docgen import GENERATORS, Generated, Truth, make_document


@dataclass
class Read:
    truth: Truth
    text: str


def make_set(
    folder: Path, count: int, seed: int, *, scan: bool, kinds: list[str]
) -> list[Generated]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        name = f"{i:04d}-{kind}.pdf"
        docs.append(make_document(kind, folder / name, seed=rng.randrange(10**9), scan=scan))
    return docs


def read_all(docs: list[Generated], work: Path) -> list[Read]:
    settings = replace(OcrSettings(), workers=2)
    with OcrPool(settings) as pool:
        futures = []
        for i, doc in enumerate(docs):
            folder = work / f"r{i}"
            folder.mkdir(parents=True, exist_ok=True)
            futures.append(pool.submit(doc.path, folder))
        results = [pool.result(f) for f in futures]
    return [
        Read(truth=d.truth, text="\n".join(p.text for p in r.pages))
        for d, r in zip(docs, results, strict=True)
    ]


def evaluate(name: str, reads: list[Read], policy: ClassifyPolicy, model: TrainedModel) -> None:
    plain = [classify(r.text, policy=policy) for r in reads]
    learned = [classify(r.text, policy=policy, model=model) for r in reads]
    n = len(reads)
    print(f"\n=== {name}: {n} documentos ===")
    for label, results in (("reglas", plain), ("reglas + modelo", learned)):
        types = sum(r.truth.doc_type == c.doc_type for r, c in zip(reads, results, strict=True))
        units = sum(r.truth.unit == c.unit for r, c in zip(reads, results, strict=True))
        directions = sum(
            r.truth.direction == c.direction for r, c in zip(reads, results, strict=True)
        )
        review = sum(c.needs_review for c in results)
        print(
            f"{label:<16} tipo {100 * types / n:5.1f} %   unidad {100 * units / n:5.1f} %   "
            f"dirección {100 * directions / n:5.1f} %   por revisar {review}"
        )
    print_types(reads, learned)
    print(f"\n{'campo':<13}{'precisión':>10}{'exhaust.':>10}{'F1':>7}{'verdad':>8}")
    for field in FIELDS:
        p, r, f1, support = field_scores(field, [x.truth for x in reads], learned)
        print(f"{field:<13}{p:>10.3f}{r:>10.3f}{f1:>7.3f}{support:>8}")


def print_types(reads: list[Read], results: list[Classification]) -> None:
    pairs = [(r.truth.doc_type, c.doc_type) for r, c in zip(reads, results, strict=True)]
    seen = [t for t in DOC_TYPES if any(t in p for p in pairs)]
    counts = Counter(pairs)
    print("\nExactitud por tipo y matriz de confusión (filas: verdad; columnas: predicción)")
    short = {t: t[:6] for t in seen}
    print(f"{'':<26}{'exact.':>7} " + " ".join(f"{short[t]:>6}" for t in seen))
    for truth in seen:
        total = sum(v for (t, _p), v in counts.items() if t == truth)
        if not total:
            continue
        right = counts[(truth, truth)]
        row = " ".join(f"{counts[(truth, p)] or '.':>6}" for p in seen)
        print(f"{truth:<26}{100 * right / total:>6.0f}% {row}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--train", type=int, default=140, help="documentos de entrenamiento")
    parser.add_argument("--eval", type=int, default=140, help="documentos de evaluación")
    parser.add_argument("--train-seed", type=int, default=11)
    parser.add_argument("--eval-seed", type=int, default=977)
    parser.add_argument("--kinds", help="tipos del generador, separados por comas (todos)")
    args = parser.parse_args()
    kinds = [k for k in GENERATORS if not args.kinds or k in args.kinds.split(",")]
    policy = classify_policy(Config())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        digital = args.train * 2 // 3
        train_docs = make_set(work / "train-d", digital, args.train_seed, scan=False, kinds=kinds)
        train_docs += make_set(
            work / "train-s", args.train - digital, args.train_seed + 1, scan=True, kinds=kinds
        )
        training = read_all(train_docs, work / "read-train")
        model = train(
            [Example(text=r.text, doc_type=r.truth.doc_type, unit=r.truth.unit) for r in training]
        )
        print(
            f"Modelo entrenado con {len(training)} documentos corregidos "
            f"(semilla {args.train_seed})."
        )
        for label, scan in (("nacidos digitales", False), ("escaneados", True)):
            docs = make_set(
                work / f"eval-{scan}", args.eval, args.eval_seed, scan=scan, kinds=kinds
            )
            evaluate(label, read_all(docs, work / f"read-{scan}"), policy, model)
        print(f"\n({time.perf_counter() - started:.0f} s en total)")


if __name__ == "__main__":
    main()
