"""Watch-folder throughput and latency, with the direct ingest of the same files beside it.

    .venv/bin/python -m bench.watch [--digital 60] [--scanned 16]

For each set (born-digital PDFs, scanned PDFs) a fresh data home is made, ``partes watch``
is started, and the generated documents are dropped into a station's inbox at once. It
prints documents per minute (from the drop to the last registration) and the latency from
"file stable" to "registered" (p50, p95), then the same files through ``partes ingest``
(no watcher) in a fresh home, and the ratio: what watching costs over the bare pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.docgen import GENERATORS, make_document

ROOT = Path(__file__).resolve().parent.parent
KINDS = list(GENERATORS)
STATION = "oficina-partes"


def _partes(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "partes.cli", "--home", str(home), *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}


def _fresh_home(root: Path, name: str) -> Path:
    home = root / name
    subprocess.run(_partes(home, "init"), check=True, capture_output=True, env=_env())
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8").replace(
        "stability_seconds = 5", "stability_seconds = 1"
    )
    config.write_text(text, encoding="utf-8")
    return home


def _make_set(folder: Path, count: int, *, scanned: bool, seed: int) -> list[Path]:
    folder.mkdir(parents=True)
    return [
        make_document(
            KINDS[i % len(KINDS)], folder / f"doc-{i:03d}.pdf", seed=seed + i, scan=scanned
        ).path
        for i in range(count)
    ]


def _watch(home: Path, files: list[Path]) -> tuple[float, list[float]]:
    """Seconds from the drop to the last registration, and each file's latency."""
    out = home.parent / f"{home.name}.jsonl"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            _partes(home, "watch", "--json"), stdout=sink, stderr=subprocess.DEVNULL, env=_env()
        )
    status = home / "run" / "vigilante.json"
    while not status.exists():
        time.sleep(0.1)
    time.sleep(1)  # the OCR workers are up
    box = home / "inbox" / STATION / "entrada"
    dropped = time.time()
    for path in files:
        os.link(path, box / path.name)
    lines: list[dict[str, object]] = []
    while len(lines) < len(files):
        time.sleep(0.2)
        lines = [
            json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.endswith("}")
        ]
        if proc.poll() is not None:
            raise SystemExit(f"partes watch terminó antes de tiempo ({proc.returncode})")
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)
    bad = [x for x in lines if x["status"] != "registered"]
    if bad:
        raise SystemExit(f"{len(bad)} documentos no se registraron: {bad[0]}")
    finished = max(float(str(x["stable_at"])) + float(str(x["latency"])) for x in lines)
    return finished - dropped, [float(str(x["latency"])) for x in lines]


def _ingest(home: Path, files: list[Path]) -> float:
    began = time.monotonic()
    subprocess.run(
        _partes(home, "ingest", *map(str, files), "--direction", "entrada", "--json"),
        check=True,
        capture_output=True,
        env=_env(),
    )
    return time.monotonic() - began


def _percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]
        if len(values) > 1
        else values[0]
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--digital", type=int, default=60, help="documentos nativos digitales")
    parser.add_argument("--scanned", type=int, default=16, help="documentos escaneados")
    args = parser.parse_args()
    print(
        f"{'conjunto':<16}{'docs':>6}{'docs/min':>10}{'p50 s':>8}{'p95 s':>8}"
        f"{'ingest docs/min':>17}{'watch/ingest':>14}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
        root = Path(tmp)
        for name, count, scanned in (
            ("nativos", args.digital, False),
            ("escaneados", args.scanned, True),
        ):
            if count < 1:
                continue
            files = _make_set(
                root / f"set-{name}", count, scanned=scanned, seed=9100 if scanned else 9000
            )
            span, latencies = _watch(_fresh_home(root, f"w-{name}"), files)
            direct = _ingest(_fresh_home(root, f"i-{name}"), files)
            rate, direct_rate = 60 * count / span, 60 * count / direct
            print(
                f"{name:<16}{count:>6}{rate:>10.1f}{_percentile(latencies, 50):>8.2f}"
                f"{_percentile(latencies, 95):>8.2f}{direct_rate:>17.1f}{rate / direct_rate:>14.2f}"
            )


if __name__ == "__main__":
    main()
