"""Limits: bombs, page counts, time and memory end in quarantine; the worker pool survives."""

from __future__ import annotations

import multiprocessing
import re
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ocr import OcrPool, OcrSettings
from tests.conftest import run_partes
from tests.docgen import make_document
from tests.docgen import variants as v


def _set_ocr(home: Path, **values: object) -> None:
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    for key, value in values.items():
        literal = str(value).lower() if isinstance(value, bool) else str(value)
        text, count = re.subn(rf"(?m)^#?\s*{key} = .*$", f"{key} = {literal}", text)
        if not count:
            text = text.replace("[ocr]\n", f"[ocr]\n{key} = {literal}\n", 1)
    config.write_text(text, encoding="utf-8")


def _ingest(home: Path, files: list[Path]) -> list[dict[str, Any]]:
    result = run_partes(home, "ingest", "--json", *map(str, files))
    lines: list[dict[str, Any]] = result.json_lines()
    return lines


def test_decompression_bomb_and_too_many_pages(tmp_path: Path, home: Path) -> None:
    _set_ocr(home, max_pages=3, max_megapixels=100)
    bomb = tmp_path / "bomba.png"
    Image.new("1", (12_000, 12_000), 1).save(bomb, dpi=(300, 300))  # 144 Mpx, a few KB
    docs = [make_document("carta", tmp_path / f"c{i}.pdf", seed=500 + i) for i in range(5)]
    long_pdf = v.merge([d.path for d in docs], tmp_path / "cinco-paginas.pdf")
    good = make_document("oficio", tmp_path / "bueno.pdf", seed=510)
    lines = _ingest(home, [bomb, long_pdf, good.path])
    assert [line["status"] for line in lines] == ["quarantined", "quarantined", "registered"]
    assert "megapíxeles" in lines[0]["error"]
    assert "5 páginas" in lines[1]["error"] and "máximo permitido es 3" in lines[1]["error"]


def test_document_time_limit_quarantines_and_the_pool_goes_on(tmp_path: Path, home: Path) -> None:
    _set_ocr(home, timeout_seconds=1, workers=1)
    # Three scanned pages: well over a second of OCR even on a fast machine.
    pages = [v.scan_image("oficio", seed=520 + i, topic_index=1)[0] for i in range(3)]
    parts = [v.image_pdf(page, tmp_path / f"p{i}.pdf") for i, page in enumerate(pages)]
    slow = v.merge(parts, tmp_path / "lento.pdf")
    good = make_document("carta", tmp_path / "rapido.pdf", seed=521)
    lines = _ingest(home, [slow, good.path])
    assert lines[0]["status"] == "quarantined"
    assert "tiempo máximo" in lines[0]["error"]
    assert lines[1]["status"] == "registered"


def test_page_time_limit_is_a_quarantine_not_a_blank_page(tmp_path: Path, home: Path) -> None:
    _set_ocr(home, page_timeout_seconds=0.2, workers=1)
    page, _doc = v.scan_image("oficio", seed=530, topic_index=2)
    slow = v.image_pdf(page, tmp_path / "pagina-lenta.pdf")
    (line,) = _ingest(home, [slow])
    assert line["status"] == "quarantined"
    assert "por página" in line["error"]


def test_memory_limit_quarantines_and_the_pool_goes_on(tmp_path: Path, home: Path) -> None:
    _set_ocr(home, max_memory_mb=700, workers=1)
    huge = tmp_path / "enorme.png"
    Image.new("RGB", (9000, 9000), "white").save(huge, dpi=(300, 300))  # 81 Mpx, 243 MB as RGB
    good = make_document("carta", tmp_path / "bueno.pdf", seed=540)
    lines = _ingest(home, [huge, good.path])
    assert lines[0]["status"] == "quarantined"
    assert "memoria" in lines[0]["error"] or "inesperadamente" in lines[0]["error"]
    assert lines[1]["status"] == "registered"


def test_a_warm_pool_has_its_workers_before_the_first_document() -> None:
    """The watcher's pool starts its workers when it starts: they load OCRmyPDF then,
    not while the first scanned document waits. A one-off pool waits to be asked."""
    before = {p.pid for p in multiprocessing.active_children()}
    settings = replace(OcrSettings(), workers=2)
    with OcrPool(settings):
        time.sleep(0.5)
        idle = {p.pid for p in multiprocessing.active_children()} - before
    with OcrPool(settings, warm=True):
        deadline = time.monotonic() + 30
        started: set[int | None] = set()
        while len(started) < 2 and time.monotonic() < deadline:
            started = {p.pid for p in multiprocessing.active_children()} - before
            time.sleep(0.05)
    assert not idle
    assert len(started) == 2


def test_a_one_job_document_reads_its_pages_in_the_worker_thread() -> None:
    """With one job OCRmyPDF's pages run inline (no thread pool per document), in order,
    and an error raised by a page (a page over its time limit) reaches the caller."""
    from ocr.errors import OcrTimeout
    from ocr.ocrmypdf_plugin import get_executor

    def page(number: int) -> tuple[int, int]:
        if number == 3:
            raise OcrTimeout("Una página superó el tiempo máximo de OCR por página.", "")
        return number, threading.get_ident()

    def run(jobs: int, pages: list[int]) -> list[tuple[int, int]]:
        done: list[tuple[int, int]] = []
        get_executor(progressbar_class=None)(
            use_threads=True,
            max_workers=jobs,
            progress_kwargs={"total": len(pages), "desc": "OCR", "unit": "page"},
            task=page,
            task_arguments=[(n,) for n in pages],
            task_finished=lambda result, _bar: done.append(result),
        )
        return done

    here = threading.get_ident()
    assert run(1, [1, 2]) == [(1, here), (2, here)]
    assert sorted(n for n, _ in run(2, [1, 2, 4])) == [1, 2, 4]
    assert all(thread != here for _, thread in run(2, [1, 2]))
    with pytest.raises(OcrTimeout):
        run(1, [1, 3, 4])
