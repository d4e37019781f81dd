"""python -m bench.devgen OUT --count N --seed S [--scan]"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.devgen import generate


def main(
    make: Callable[..., Sequence[Any]] = generate,
    description: str = "Conjunto de desarrollo: documentos de Maullín con su verdad.",
) -> None:
    """The command of a development generator (``bench.devgen2`` calls it with its own)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path, help="carpeta de salida (se crea)")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--scan", action="store_true", help="documentos escaneados (PDF de imagen o TIFF)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    made = make(args.out, count=args.count, seed=args.seed, scan_mode=args.scan)
    kinds = Counter(m.truth.doc_type for m in made)
    print(
        f"{len(made)} documentos en {args.out} ({time.perf_counter() - started:.1f} "
        "s); verdad en truth.jsonl"
    )
    print(", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
