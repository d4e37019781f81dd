"""``python -m tests.docgen --out DIR --count N --seed S``: sample documents with truth.json."""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.docgen import generate


def main() -> None:
    parser = argparse.ArgumentParser(description="Genera documentos municipales de ejemplo.")
    parser.add_argument("--out", type=Path, required=True, help="carpeta de destino")
    parser.add_argument("--count", type=int, default=6, help="cantidad de documentos")
    parser.add_argument(
        "--seed", type=int, default=2026, help="semilla (mismo valor, mismos archivos)"
    )
    args = parser.parse_args()
    made = generate(args.out, count=args.count, seed=args.seed)
    print(f"{len(made)} documentos de ejemplo en {args.out}")


if __name__ == "__main__":
    main()
