"""A scan split at separator sheets keeps its whole file, linked to each part (issue 17)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.watcher import Watcher, drop_batch


@pytest.mark.slow
def test_the_batch_scan_is_stored_and_linked_to_every_document_cut_from_it(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    batch, _truths = drop_batch(home, tmp_path, ["oficio", "decreto"], seed=1717)
    batch_sha = hashlib.sha256(batch.read_bytes()).hexdigest()
    with Watcher(home, "--once") as watcher:
        assert watcher.proc.wait(timeout=300) == 0
    lines = watcher.lines()
    assert [line["status"] for line in lines] == ["registered", "registered"]
    for line in lines:
        [shown] = partes(home, "show", line["registry_number"], "--json").json_lines()
        linked = [f for f in shown["files"] if f["role"] == "lote_original"]
        assert [f["sha256"] for f in linked] == [batch_sha]
        assert shown["sha256"] != batch_sha  # the document is its part, not the batch
        out = tmp_path / f"{line['registry_number']}-lote.pdf"
        got = partes(
            home, "file", line["registry_number"], "--kind", "lote_original", "--out", str(out)
        )
        assert got.returncode == 0, got.stderr
        assert hashlib.sha256(out.read_bytes()).hexdigest() == batch_sha
    stored = home / "store" / batch_sha[:2] / batch_sha[2:4] / batch_sha
    assert stored.is_file()
    [audit] = partes(home, "audit", "--json").json_lines()
    assert not [w for w in audit["warnings"] if "huérfano" in w], audit["warnings"]
    assert not batch.exists()
