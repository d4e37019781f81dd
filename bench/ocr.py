"""OCR stage benchmark: seconds per page and character error rate, beside the peer tools.

For each set of pages it prints the seconds per page of
  (a) this OCR stage (``ocr.OcrPool``, one worker per core),
  (b) the ``ocrmypdf -l spa -j 2`` command with its defaults, file after file,
  (c) plain ``tesseract -l spa``, two processes at once with OMP_THREAD_LIMIT=1 (the bound),
the throughput ratios a/b (target >= 1.6) and a/c (target >= 0.85), and the character error
rate of (a) and (c) against the ground truth (target: (a) <= (c) everywhere, and <= 0.2 %
on generated clean pages).

Sets: generated municipal pages, clean and degraded (scanner-like PDFs, one page each), and
the page images of ../shared/corpus/fondue_es_print_19 (ALTO ground truth).

    .venv/bin/python -m bench.ocr [--pages 12] [--rounds 5] [--fondue DIR] [--languages spa,spa+eng]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from bench.textsets import BenchSet, cer, fondue_set, generated_set, normalise
from ocr import OcrPool, OcrSettings

ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
OCRMYPDF = str(Path(sys.executable).with_name("ocrmypdf"))


@dataclass
class Row:
    name: str
    pages: int
    stage: float
    peer: float
    bound: float
    stage_worst: float
    bound_worst: float
    cer_stage: float
    cer_tesseract: float


def run_stage(files: list[Path], work: Path, settings: OcrSettings) -> tuple[float, list[str]]:
    texts: list[str] = []
    with OcrPool(settings) as pool:
        # Every worker reads one document outside the clock: a service's pool is warm.
        warm = [
            pool.submit(f, _fresh(work, f"warm{i}"))
            for i, f in enumerate(files[: settings.workers])
        ]
        for future in warm:
            pool.result(future)
        started = time.perf_counter()
        futures = [pool.submit(f, _fresh(work, f"a{i}")) for i, f in enumerate(files)]
        for future in futures:
            result = pool.result(future)
            texts.append("\n".join(p.text for p in result.pages))
        return time.perf_counter() - started, texts


def run_ocrmypdf(files: list[Path], work: Path) -> float:
    started = time.perf_counter()
    for index, path in enumerate(files):
        args = [OCRMYPDF, "-q", "-l", "spa", "-j", "2", "--image-dpi", "300"]
        subprocess.run([*args, str(path), str(work / f"b{index}.pdf")], check=False, env=ENV)
    return time.perf_counter() - started


def run_tesseract(images: list[Path], work: Path, lang: str = "spa") -> tuple[float, list[str]]:
    def one(item: tuple[int, Path]) -> str:
        index, image = item
        base = work / f"c{index}"
        subprocess.run(
            ["tesseract", str(image), str(base), "-l", lang],
            check=False,
            env=ENV,
            capture_output=True,
        )
        return base.with_suffix(".txt").read_text(encoding="utf-8")

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as threads:
        texts = list(threads.map(one, enumerate(images)))
    return time.perf_counter() - started, texts


def _fresh(work: Path, name: str) -> Path:
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def mean_cer(texts: list[str], truths: list[str], *, old_spelling: bool) -> float:
    pairs = [
        (normalise(t, old_spelling=old_spelling), normalise(r, old_spelling=old_spelling))
        for t, r in zip(texts, truths, strict=True)
    ]
    errors = sum(cer(h, r) * len(r) for h, r in pairs)
    return errors / max(1, sum(len(r) for _h, r in pairs))


def measure(bench: BenchSet, work: Path, settings: OcrSettings, rounds: int) -> Row:
    """(a) and (c) alternate for ``rounds`` rounds, each keeping its best time, and the one
    that goes first alternates too: this machine's speed drifts by tens of percent from
    minute to minute, and both should see the same drift."""
    stage_times: list[float] = []
    bound_times: list[float] = []
    stage_texts: list[str] = []
    plain_texts: list[str] = []
    for index in range(rounds):
        for step in ("a", "c") if index % 2 == 0 else ("c", "a"):
            if step == "a":
                seconds, stage_texts = run_stage(
                    bench.inputs, _fresh(work, f"stage{index}"), settings
                )
                stage_times.append(seconds)
            else:
                seconds, plain_texts = run_tesseract(bench.images, _fresh(work, f"bound{index}"))
                bound_times.append(seconds)
    peer_s = run_ocrmypdf(bench.inputs, _fresh(work, "peer"))
    n = len(bench.inputs)
    return Row(
        name=bench.name,
        pages=n,
        stage=min(stage_times) / n,
        peer=peer_s / n,
        bound=min(bound_times) / n,
        stage_worst=max(stage_times) / n,
        bound_worst=max(bound_times) / n,
        cer_stage=mean_cer(stage_texts, bench.truths, old_spelling=bench.old_spelling),
        cer_tesseract=mean_cer(plain_texts, bench.truths, old_spelling=bench.old_spelling),
    )


def print_rows(rows: list[Row]) -> None:
    print(
        f"{'conjunto':<22}{'págs':>5}{'(a) s/pág':>11}{'(b) s/pág':>11}{'(c) s/pág':>11}"
        f"{'a/b':>7}{'a/c':>7}{'CER (a)':>10}{'CER (c)':>10}"
    )
    for r in rows:
        print(
            f"{r.name:<22}{r.pages:>5}{r.stage:>11.2f}{r.peer:>11.2f}{r.bound:>11.2f}"
            f"{r.peer / r.stage:>7.2f}{r.bound / r.stage:>7.2f}"
            f"{100 * r.cer_stage:>9.3f}%{100 * r.cer_tesseract:>9.3f}%"
        )
    print(
        "a/b: rendimiento de la etapa frente a ocrmypdf (meta >= 1.6); "
        "a/c: frente al límite de Tesseract (meta >= 0.85); (a) y (c): la mejor ronda"
    )
    for r in rows:
        print(
            f"  {r.name}: la peor ronda, (a) {r.stage_worst:.2f} s/pág, "
            f"(c) {r.bound_worst:.2f} s/pág"
        )


def compare_languages(bench: BenchSet, work: Path, languages: list[str]) -> None:
    """Accuracy per second of the ways to get "°" right (post-correction is always on)."""
    print(f"\nIdiomas en «{bench.name}» (con post-corrección de N°):")
    for lang in languages:
        settings = replace(OcrSettings(), language=lang, workers=2)
        seconds, texts = run_stage(bench.inputs, _fresh(work, f"lang-{lang}"), settings)
        error = mean_cer(texts, bench.truths, old_spelling=False)
        n = len(bench.inputs)
        print(f"  {lang:<10} {seconds / n:6.2f} s/pág   CER {100 * error:5.2f}%")
    for lang in languages:
        seconds, texts = run_tesseract(bench.images, _fresh(work, f"plain-{lang}"), lang)
        error = mean_cer(texts, bench.truths, old_spelling=False)
        print(f"  tesseract {lang:<10} (sin corrección) CER {100 * error:5.2f}%")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=12, help="páginas generadas por conjunto")
    parser.add_argument(
        "--fondue",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared/corpus/fondue_es_print_19/data",
    )
    parser.add_argument("--languages", default="spa,spa+eng", help="variantes a comparar")
    parser.add_argument("--rounds", type=int, default=5, help="rondas alternadas de (a) y (c)")
    args = parser.parse_args()
    settings = replace(OcrSettings(), workers=2)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sets = [
            generated_set(work / "limpias", args.pages, degraded=False),
            generated_set(work / "degradadas", args.pages, degraded=True),
        ]
        if args.fondue.is_dir():
            sets.append(fondue_set(args.fondue, work / "fondue"))
        else:
            print(f"(sin {args.fondue}: se omite FONDUE)")
        rows = [measure(s, work / s.name, settings, args.rounds) for s in sets]
        print_rows(rows)
        compare_languages(sets[0], work, args.languages.split(","))
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
