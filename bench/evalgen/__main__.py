"""python -m bench.evalgen OUT --count N --seed S [--scan]"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench.evalgen import make_set


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.evalgen",
        description="Documentos de evaluación independientes, con truth.jsonl.",
    )
    parser.add_argument("out", type=Path, help="carpeta de salida")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scan", action="store_true", help="escaneados (imagen) en vez de PDF")
    args = parser.parse_args()
    docs = make_set(args.out, args.count, args.seed, scan_it=args.scan)
    kinds = Counter(d.truth.doc_type for d in docs)
    print(
        f"{len(docs)} documentos en {args.out} (truth.jsonl): "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )


if __name__ == "__main__":
    main()
