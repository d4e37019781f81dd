"""An old municipal archive on disk, as ``partes import`` takes it: one born-digital PDF per
document of ``bench.searchdocs`` (each page of its text on a page of the PDF) and the old
libro de registro as a CSV (number per year, date, file, sender, subject, type, unit,
direction), written by worker processes (reportlab is pure Python).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from bench.searchdocs import CorpusDoc, documents

COLUMNS = ("numero", "fecha", "archivo", "remitente", "materia", "tipo", "unidad", "direccion")
PER_FOLDER = 1000  # files per subfolder, as a shared drive would hold them
_CHUNK = 250


def write_pdf(doc: CorpusDoc, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=LETTER, pageCompression=1)
    canvas.setTitle(doc.subject or doc.doc_type)
    for text in doc.pages:
        y = 740.0
        canvas.setFont("Helvetica", 10)
        for paragraph in text.split("\n"):
            for line in textwrap.wrap(paragraph, 100) or [""]:
                canvas.drawString(50, y, line)
                y -= 12.5
                if y < 50:
                    break
        canvas.showPage()
    canvas.save()


def _write_chunk(folder: str, start: int, count: int, seed: int) -> list[tuple[str, ...]]:
    """Rows of documents ``start``..``start + count`` of the archive (same seed: same docs)."""
    rows: list[tuple[str, ...]] = []
    for i, doc in enumerate(documents(count, seed, start=start), start):
        name = f"{i // PER_FOLDER:03d}/doc-{i:06d}.pdf"
        target = Path(folder) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(doc, target)
        rows.append(
            (
                doc.doc_date.strftime("%d-%m-%Y"),
                name,
                doc.sender,
                doc.subject or "",
                doc.doc_type,
                doc.unit,
                doc.direction,
            )
        )
    return rows


def write_archive(folder: Path, count: int, seed: int = 18) -> Path:
    """``count`` PDFs under ``folder`` and the libro ``folder/libro.csv``; returns its path.

    An archive written earlier with fewer documents (same seed) grows: its PDFs and rows
    stay, the documents after them are written and their rows appended."""
    folder.mkdir(parents=True, exist_ok=True)
    libro = folder / "libro.csv"
    numbers: dict[str, int] = {}
    done = 0
    if libro.exists():
        with libro.open(encoding="utf-8", newline="") as old:
            for row in list(csv.reader(old, delimiter=";"))[1:]:
                numbers[row[1][-4:]] = int(row[0])
                done += 1
    else:
        libro.write_text(";".join(COLUMNS) + "\r\n", encoding="utf-8")
    with libro.open("a", encoding="utf-8", newline="") as out:
        sheet = csv.writer(out, delimiter=";")
        for rows in _chunks(folder, done, count, seed):
            for day, *rest in rows:
                year = day[-4:]
                numbers[year] = numbers.get(year, 0) + 1
                sheet.writerow((numbers[year], day, *rest))
    return libro


def _chunks(folder: Path, first: int, count: int, seed: int) -> Iterator[list[tuple[str, ...]]]:
    """Chunks of documents ``first``..``count`` in order, written by worker processes."""
    starts = range(first, count, _CHUNK)
    workers = os.cpu_count() or 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_write_chunk, str(folder), s, min(_CHUNK, count - s), seed) for s in starts
        ]
        for future in futures:
            yield future.result()


def _rows(libro: Path) -> int:
    with libro.open(encoding="utf-8") as lines:
        return sum(1 for _ in lines) - 1


def import_archive(home: Path, count: int, seed: int = 18) -> tuple[list[str], float]:
    """The archive written beside ``home`` and brought in with ``partes import`` (the real
    path: triage, text, classification, historical numbers, index); its registry numbers
    and the documents per second of those imported now.

    A home that holds an earlier import of the same archive goes on: what is registered
    is skipped by its SHA-256 (as ``partes import`` does after an interruption), the rest
    is imported; so an archive of 50,000 can grow to 150,000."""
    folder = home.parent / f"{home.name}-archivo"
    libro = folder / "libro.csv"
    if not libro.exists() or _rows(libro) < count:
        began = time.monotonic()
        write_archive(folder, count, seed)
        print(f"  {count} PDF listos en {time.monotonic() - began:.0f} s", flush=True)
    partes = [sys.executable, "-m", "partes.cli", "--home", str(home)]
    if not (home / "partes.toml").exists():
        subprocess.run([*partes, "init"], check=True, stdout=subprocess.DEVNULL)
        config = home / "partes.toml"
        text = config.read_text(encoding="utf-8")
        config.write_text(re.sub(r'(?m)^backend = "\w+"', 'backend = "fts5"', text), "utf-8")
        subprocess.run([*partes, "init"], check=True, stdout=subprocess.DEVNULL)
    return _run_import([*partes, "import", str(folder), "--metadata", str(libro), "--json"], count)


def _run_import(command: list[str], count: int) -> tuple[list[str], float]:
    began = time.monotonic()
    numbers: list[str] = []
    imported = 0
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            outcome = json.loads(line) if line.startswith("{") else {}
            if outcome.get("status") in ("imported", "skipped"):
                numbers.append(str(outcome["registry_number"]))
            if outcome.get("status") == "imported":
                imported += 1
                if imported % 2000 == 0:
                    rate = imported / (time.monotonic() - began)
                    print(f"  {imported} importados ({rate:.1f}/s)", flush=True)
    seconds = time.monotonic() - began
    if len(numbers) != count:
        raise SystemExit(f"hay {len(numbers)} de {count} documentos en el registro")
    rate = imported / seconds
    print(f"  partes import: {imported} nuevos, {rate:.1f} documentos/s ({seconds:.0f} s)")
    return numbers, rate
