"""Ingest throughput: born-digital and scanned documents through ``partes ingest``.

Prints documents per minute for each kind and, for the scans, the same files through the
``ocrmypdf -l spa`` command with its defaults, and the ratio. Not a test: figures only.

    .venv/bin/python -m bench.ingest --count 10
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.docgen import make_document

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(ROOT)}


def _partes(home: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "partes.cli", "--home", str(home), *args],
        check=False,
        env=ENV,
        stdout=subprocess.DEVNULL,
    )


def _timed_ingest(files: list[Path], work: Path, label: str) -> float:
    home = work / f"home-{label}"
    _partes(home, "init")
    started = time.perf_counter()
    _partes(home, "ingest", "--json", *map(str, files))
    return time.perf_counter() - started


def _timed_ocrmypdf(files: list[Path], work: Path) -> float:
    started = time.perf_counter()
    for index, path in enumerate(files):
        subprocess.run(
            [
                str(Path(sys.executable).with_name("ocrmypdf")),
                "-q",
                "-l",
                "spa",
                "-j",
                "2",
                str(path),
                str(work / f"o{index}.pdf"),
            ],
            check=False,
            env=ENV,
        )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10)
    args = parser.parse_args()
    kinds = ["oficio", "carta", "decreto", "memorandum"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        born = [
            make_document(kinds[i % 4], work / f"b{i}.pdf", seed=900 + i).path
            for i in range(args.count)
        ]
        scans = [
            make_document(kinds[i % 4], work / f"s{i}.pdf", seed=950 + i, scan=True).path
            for i in range(args.count)
        ]
        t_born = _timed_ingest(born, work, "born")
        t_scan = _timed_ingest(scans, work, "scan")
        t_peer = _timed_ocrmypdf(scans, work)
    n = args.count
    print(f"nacidos digitales: {n} docs en {t_born:.1f} s = {60 * n / t_born:.0f} docs/min")
    print(f"escaneados:        {n} docs en {t_scan:.1f} s = {60 * n / t_scan:.1f} docs/min")
    print(f"ocrmypdf -l spa -j 2 (mismos escaneos, solo OCR): {t_peer:.1f} s")
    print(f"razón partes/ocrmypdf (tiempo, menor es mejor): {t_scan / t_peer:.2f}")


if __name__ == "__main__":
    main()
