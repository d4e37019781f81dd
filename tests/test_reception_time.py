"""A document is received when it arrived, not when a worker got to it (issue 17)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import CliResult
from tests.docgen import make_document
from tests.watcher import Watcher, configure, inbox


def _shown(partes: Callable[..., CliResult], home: Path, ref: str) -> dict[str, object]:
    [data] = partes(home, "show", ref, "--json").json_lines()
    return data


def _registered_at(shown: dict[str, object]) -> datetime:
    events = shown["events"]
    assert isinstance(events, list)
    [event] = [e for e in events if e["action"] == "registrado"]
    return datetime.fromisoformat(event["at"])


def test_a_file_that_waits_in_the_inbox_keeps_its_arrival_time(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    configure(home, stability_seconds=0.5)
    source = make_document("oficio", tmp_path / "oficio.pdf", seed=1701, scan=False).path
    before = datetime.now(UTC)
    source.rename(inbox(home) / "oficio.pdf")  # how a scanner's finished file appears
    after = datetime.now(UTC)
    time.sleep(4)  # nobody takes it yet: the watcher is stopped (or busy, or paused)
    with Watcher(home, "--once") as watcher:
        assert watcher.proc.wait(timeout=180) == 0
    [line] = watcher.lines()
    assert line["status"] == "registered"
    shown = _shown(partes, home, line["registry_number"])
    received = datetime.fromisoformat(str(shown["received_at"]))
    assert before - timedelta(seconds=1) <= received <= after + timedelta(seconds=1)
    assert _registered_at(shown) - received >= timedelta(seconds=4)
    assert shown["legal_received_on"] is not None
    certificate = partes(home, "receipt", line["registry_number"], "--out", str(tmp_path / "c.pdf"))
    assert certificate.returncode == 0, certificate.stderr


def test_a_batch_given_to_ingest_is_received_when_the_command_was_given(
    home: Path, tmp_path: Path, partes: Callable[..., CliResult]
) -> None:
    config = home / "partes.toml"
    text, count = re.subn(r"(?m)^# workers = .*$", "workers = 1", config.read_text("utf-8"))
    assert count == 1
    config.write_text(text, encoding="utf-8")
    files = [make_document("oficio", tmp_path / "lento.pdf", seed=1702, scan=True).path]
    files += [
        make_document(kind, tmp_path / f"{kind}.pdf", seed=1703 + i, scan=False).path
        for i, kind in enumerate(("decreto", "carta", "memorandum"))
    ]
    before = datetime.now(UTC)
    result = partes(home, "ingest", *map(str, files), "--json")
    assert result.returncode == 0, result.stderr
    lines = result.json_lines()
    assert [line["status"] for line in lines] == ["registered"] * 4
    shown = [_shown(partes, home, line["registry_number"]) for line in lines]
    received = {str(s["received_at"]) for s in shown}
    assert len(received) == 1  # one window of two: the last two waited for the scan's OCR
    at = datetime.fromisoformat(received.pop())
    assert before <= at <= before + timedelta(seconds=10)
    assert all(_registered_at(s) > at for s in shown)
    assert _registered_at(shown[-1]) - at > _registered_at(shown[0]) - at
