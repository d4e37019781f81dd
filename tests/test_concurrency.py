"""Concurrent writers get distinct, contiguous numbers: no gap, no duplicate."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

from archive import Database, sqlite_url
from archive.models import RegistryEntry
from tests.conftest import ROOT, run_partes
from tests.docgen import make_document

PROCESSES, PER_PROCESS = 4, 25


def test_four_processes_ingesting_25_documents_each_get_100_contiguous_numbers(
    tmp_path: Path, home: Path
) -> None:
    batches: list[list[Path]] = []
    for p in range(PROCESSES):
        folder = tmp_path / f"lote-{p}"
        folder.mkdir()
        batches.append(
            [
                make_document(
                    ("oficio", "carta")[i % 2], folder / f"doc-{i:02d}.pdf", seed=p * 100 + i
                ).path
                for i in range(PER_PROCESS)
            ]
        )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "partes.cli",
                "--home",
                str(home),
                "ingest",
                "--direction",
                "entrada",
                "--json",
                *map(str, batch),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for batch in batches
    ]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err

    numbers = sorted(
        json.loads(line)["number"] for out, _err in outputs for line in out.splitlines()
    )
    assert numbers == list(range(1, PROCESSES * PER_PROCESS + 1))

    db = Database(sqlite_url(home / "registry.db"))
    with db.read() as session:
        entries = session.query(RegistryEntry).order_by(RegistryEntry.id).all()
        assert len({e.registry_number for e in entries}) == PROCESSES * PER_PROCESS
        # The book's hash chain is unbroken across the concurrent writers.
        for prev, entry in itertools.pairwise(entries):
            assert entry.prev_hash == prev.entry_hash
    db.dispose()

    # Every record is searchable once the writers are done (single index writer at a time).
    hits = run_partes(home, "search", "municipalidad", "--limit", "500", "--json").json_lines()
    assert len(hits) == PROCESSES * PER_PROCESS
