"""Ingest throughput: born-digital documents through ``partes import`` and ``partes ingest``
side by side, and scanned documents through ``partes ingest``.

Prints born-digital documents per second for both commands (each on a fresh home, the
whole command timed: start-up, reading, classification, registration, index; ``import``
with a CSV libro de registro giving number, date and file), then documents per minute of
the scans beside the same files through ``ocrmypdf -l spa`` with its defaults, and the
ratio. Not a test: figures only.

    .venv/bin/python -m bench.ingest --count 500 --scans 10
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


def _timed_import(files: list[Path], work: Path) -> float:
    """The same kind of files as an old archive: a folder and its libro in a CSV."""
    folder = work / "archivo-antiguo"
    folder.mkdir()
    lines = ["numero;fecha;archivo"]
    for number, path in enumerate(files, 1):
        target = folder / path.name
        target.write_bytes(path.read_bytes())
        lines.append(f"{number};{1 + number % 28:02d}-{1 + number % 12:02d}-2019;{path.name}")
    libro = work / "libro.csv"
    libro.write_text("\n".join(lines) + "\n", encoding="utf-8")
    home = work / "home-import"
    _partes(home, "init")
    started = time.perf_counter()
    _partes(home, "import", str(folder), "--metadata", str(libro), "--json")
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
    parser.add_argument("--count", type=int, default=200, help="nacidos digitales (≤ 2000)")
    parser.add_argument("--scans", type=int, default=10, help="escaneados (0: ninguno)")
    args = parser.parse_args()
    kinds = ["oficio", "carta", "decreto", "memorandum"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        born = [
            make_document(kinds[i % 4], work / f"b{i}.pdf", seed=900 + i).path
            for i in range(args.count)
        ]
        t_import = _timed_import(born, work)
        t_born = _timed_ingest(born, work, "born")
        n = args.count
        print(f"nacidos digitales, {n} docs:")
        print(f"  partes import: {t_import:6.1f} s = {n / t_import:5.1f} docs/s")
        print(f"  partes ingest: {t_born:6.1f} s = {n / t_born:5.1f} docs/s")
        if args.scans:
            _scans(work, args.scans, kinds)


def _scans(work: Path, n: int, kinds: list[str]) -> None:
    scans = [
        make_document(kinds[i % 4], work / f"s{i}.pdf", seed=950 + i, scan=True).path
        for i in range(n)
    ]
    t_scan = _timed_ingest(scans, work, "scan")
    t_peer = _timed_ocrmypdf(scans, work)
    print(f"escaneados, partes ingest: {n} docs en {t_scan:.1f} s = {60 * n / t_scan:.1f} docs/min")
    print(f"ocrmypdf -l spa -j 2 (mismos escaneos, solo OCR): {t_peer:.1f} s")
    print(f"razón partes/ocrmypdf (tiempo, menor es mejor): {t_scan / t_peer:.2f}")


if __name__ == "__main__":
    main()
