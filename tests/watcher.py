"""The real ``partes watch`` in a child process, for the watch-folder tests."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.conftest import ROOT
from tests.docgen import Truth, make_batch
from watch_folders import write_separator_sheet

STATION = "oficina-partes"


def configure(home: Path, *, station: dict[str, Any] | None = None, **watch: float) -> None:
    """Change [watch] values and add keys to the first station of ``partes.toml``."""
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8")
    for key, value in watch.items():
        text, count = re.subn(rf"(?m)^(# )?{key} = .*$", f"{key} = {value}", text)
        assert count == 1, key
    if station:
        extra = "".join(f"{k} = {json.dumps(v)}\n" for k, v in station.items())
        marker = f'code = "{STATION}"\n'
        text = text.replace(marker, marker + extra, 1)
    config.write_text(text, encoding="utf-8")


def inbox(home: Path, direction: str = "entrada") -> Path:
    return home / "inbox" / STATION / direction


def drop_batch(home: Path, work: Path, kinds: list[str], *, seed: int) -> tuple[Path, list[Truth]]:
    """A scan of ``kinds`` with separator sheets between them, dropped in the inbox, and
    the watcher told to take it half a second after it is quiet."""
    configure(home, stability_seconds=0.5)
    sheet = work / "separador.pdf"
    write_separator_sheet(sheet)
    batch = inbox(home) / "lote.pdf"
    return batch, make_batch(kinds, batch, seed=seed, separator=sheet)


class Watcher:
    """``partes watch --json`` with its output in a file; killed with its whole group."""

    def __init__(
        self,
        home: Path,
        *extra: str,
        env: dict[str, str] | None = None,
        output: Path | None = None,
    ) -> None:
        """``output``: the folder of its stdout and stderr (default: beside the home)."""
        self.home = home
        self.out = (output or home.parent) / f"watch-{time.monotonic_ns()}.jsonl"
        self.err = self.out.with_suffix(".err")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1", **(env or {})}
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "partes.cli",
                    "--home",
                    str(home),
                    "watch",
                    "--json",
                    *extra,
                ],
                stdout=out,
                stderr=err,
                env=env,
                cwd=ROOT,
                start_new_session=True,
            )

    def lines(self) -> list[dict[str, Any]]:
        text = self.out.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.endswith("}")]

    def wait_for(self, count: int, timeout: float) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.lines()
            if len(lines) >= count:
                return lines
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(
            f"{len(self.lines())} of {count} documents after {timeout} s; "
            f"stderr:\n{self.stderr()[-3000:]}"
        )

    def status(self) -> dict[str, Any]:
        """What the watcher last published (``run/vigilante.json``), or {} before it did."""
        try:
            data: dict[str, Any] = json.loads(
                (self.home / "run" / "vigilante.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError):
            return {}
        return data

    def wait_status(
        self, check: Callable[[dict[str, Any]], bool], timeout: float
    ) -> dict[str, Any]:
        """Poll the published status until ``check`` holds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status()
            if status and check(status):
                return status
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(f"estado: {self.status()}\nstderr:\n{self.stderr()[-3000:]}")

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def stop(self, timeout: float = 120) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def __enter__(self) -> Watcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.proc.poll() is None:
            self.kill()
