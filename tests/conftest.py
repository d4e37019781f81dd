"""Shared fixtures: generated documents, a fresh data home, and the real ``partes`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from partes import services
from partes.wiring import init_home, opened
from tests.docgen import Generated, make_document
from tests.signing_support import SigningEnv

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run_partes(home: Path, *args: str, timeout: float = 600) -> CliResult:
    """Run the real command line in a child process, as a clerk or a script would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "partes.cli", "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data home as «partes init» leaves it, made in this process (the command itself is
    tested by test_people_cli; a child process per test would cost seconds each)."""
    path = tmp_path / "partes-data"
    init_home(path)
    with opened(path) as app:
        services.ensure_first_admin(app, actor=services.local_operator("cli"), password=None)
    return path


@pytest.fixture
def partes() -> Callable[..., CliResult]:
    return run_partes


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    """Documents shared by many tests (scans are slow to make, so made once)."""
    out = tmp_path_factory.mktemp("corpus")
    return {
        "oficio": make_document("oficio", out / "oficio.pdf", seed=11, topic_index=0),
        "carta_scan": make_document(
            "carta", out / "carta-escaneada.pdf", seed=12, topic_index=1, scan=True
        ),
        "memo_jpeg": make_document("memorandum", out / "memo.jpg", seed=13, topic_index=2),
        "decreto": make_document("decreto", out / "decreto.pdf", seed=14, topic_index=3),
        "carta": make_document("carta", out / "carta.pdf", seed=15, topic_index=4),
        "memo": make_document("memorandum", out / "memo.pdf", seed=16, topic_index=5),
    }


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SigningEnv]:
    """The test PKI (CA, TSA, OCSP, CRLs) served on loopback for the whole session."""
    from tests.signing_support import start_signing_env

    with start_signing_env(tmp_path_factory.mktemp("pki")) as env:
        yield env


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep each phase's report on the test, so a fixture can tell that the test failed."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, f"rep_{report.when}", report)
