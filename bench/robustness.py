"""Robustness: every PDF and image of ../shared/corpus through ``partes ingest`` in a fresh home.

Prints how many were registered, quarantined (by reason), crashed and timed out, and the
peak memory of the largest process. Target: 0 crashed, 0 hung, every file registered or
quarantined with a reason.

    .venv/bin/python -m bench.robustness [--corpus DIR] [--timeout 120]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def _reason(error: str) -> str:
    """The kind of reason, without the file's particulars."""
    general = re.sub(r"«[^»]*»", "«…»", error)
    general = re.sub(r"\((?:[^()]|\([^()]*\))*\)", "(…)", general)
    return general.split(". ")[0].rstrip(".")[:100]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--timeout", type=int, default=120, help="segundos por documento")
    args = parser.parse_args()
    files = _files(args.corpus)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        cmd = [sys.executable, "-m", "partes.cli", "--home", str(home)]
        subprocess.run([*cmd, "init"], check=True, env=env, stdout=subprocess.DEVNULL)
        config = home / "partes.toml"
        text = config.read_text(encoding="utf-8")
        config.write_text(
            re.sub(r"(?m)^timeout_seconds = .*$", f"timeout_seconds = {args.timeout}", text),
            encoding="utf-8",
        )
        started = time.perf_counter()
        # The whole run is bounded too: a hang anywhere would show here, not block for ever.
        limit = args.timeout * len(files)
        proc = subprocess.run(
            [*cmd, "ingest", "--json", *map(str, files)],
            capture_output=True,
            text=True,
            env=env,
            timeout=limit,
            check=False,
        )
        elapsed = time.perf_counter() - started
        lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        left = {p.name for p in Path(tmp, "home", "work").glob("*")}
    report(files, lines, proc.returncode, elapsed, left)


def report(
    files: list[Path], lines: list[dict[str, Any]], code: int, elapsed: float, left: set[str]
) -> None:
    status = Counter(line["status"] for line in lines)
    reasons = Counter(_reason(line["error"]) for line in lines if line["status"] == "quarantined")
    crashed = sum(1 for line in lines if "Error interno" in (line.get("error") or ""))
    timed_out = sum(1 for line in lines if "tiempo máximo" in (line.get("error") or ""))
    unanswered = len(files) - len(lines)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"archivos: {len(files)}   tiempo: {elapsed:.0f} s   código de salida: {code}")
    print(
        f"registrados: {status['registered']}   duplicados: {status['duplicate']}   "
        f"en cuarentena: {status['quarantined']}"
    )
    print(
        f"caídas (error interno): {crashed}   tiempo agotado: {timed_out}   "
        f"sin respuesta: {unanswered}   carpetas de trabajo sin limpiar: {len(left)}"
    )
    print(f"memoria máxima (proceso más grande): {peak:.0f} MiB")
    print("motivos de cuarentena:")
    for reason, count in reasons.most_common():
        print(f"  {count:>4}  {reason}")
    for line in lines:
        error = line.get("error") or ""
        if "Error interno" in error or "tiempo máximo" in error:
            print(f"  ! {Path(line['source']).name}: {error}")


if __name__ == "__main__":
    main()
