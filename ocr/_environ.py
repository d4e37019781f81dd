"""Worker processes started with an environment that holds no secret.

A spawned worker inherits the parent's whole environment, where the signing passphrase,
the token PIN or the SMTP password may live (``signing.profiles[*].pkcs12.passphrase_env``
and the like). An OCR worker reads hostile files with large C libraries; it must not hold
them. Deleting them in the worker would be too late: the initial environment of a process
stays readable in its memory and in ``/proc/<pid>/environ``. So the worker is executed
with a clean environment from the start: the one place multiprocessing's spawn start
method chooses the environment (``Popen._launch``) is done again here, with the
environment passed explicitly.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from multiprocessing import popen_spawn_posix, reduction, spawn, util
from multiprocessing.context import SpawnContext, SpawnProcess, set_spawning_popen
from typing import Any

# Names that look like a secret whoever set them: split on "_" and "-", any part is one of
# these (PWD, the working folder, is not a secret).
_SECRET_PARTS = frozenset(
    {
        "PASS",
        "PASSWD",
        "PASSWORD",
        "PASSPHRASE",
        "PIN",
        "SECRET",
        "SECRETO",
        "SECRETS",
        "TOKEN",
        "CLAVE",
        "CONTRASENA",
        "KEY",
        "APIKEY",
        "CREDENTIAL",
        "CREDENTIALS",
        "PRIVATE",
    }
)


def looks_secret(name: str) -> bool:
    return any(part in _SECRET_PARTS for part in re.split(r"[_\-.]", name.upper()))


def clean_environment(environ: Mapping[str, str], withheld: Iterable[str]) -> dict[str, str]:
    """``environ`` without the ``withheld`` names nor any name that looks like a secret."""
    names = set(withheld)
    return {k: v for k, v in environ.items() if k not in names and not looks_secret(k)}


class _CleanPopen(popen_spawn_posix.Popen):
    """``popen_spawn_posix.Popen._launch`` with the child's environment made explicit."""

    _fds: list[int]  # set by popen_spawn_posix.Popen

    def _launch(self, process_obj: Any) -> None:
        from multiprocessing import resource_tracker

        tracker_fd = resource_tracker.getfd()
        assert tracker_fd is not None
        self._fds.append(tracker_fd)
        prep_data = spawn.get_preparation_data(process_obj._name)
        fp = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, fp)
            reduction.dump(process_obj, fp)
        finally:
            set_spawning_popen(None)
        parent_r = child_w = child_r = parent_w = None
        try:
            parent_r, child_w = os.pipe()
            child_r, parent_w = os.pipe()
            cmd = spawn.get_command_line(tracker_fd=tracker_fd, pipe_handle=child_r)
            self._fds.extend([child_r, child_w])
            env = clean_environment(os.environ, process_obj.withheld)
            self.pid = _spawn(spawn.get_executable(), cmd, self._fds, env)
            self.sentinel = parent_r
            with open(parent_w, "wb", closefd=False) as f:
                f.write(fp.getbuffer())
        finally:
            fds_to_close = [fd for fd in (parent_r, parent_w) if fd is not None]
            self.finalizer = util.Finalize(self, util.close_fds, fds_to_close)  # type: ignore[attr-defined]
            for fd in (child_r, child_w):
                if fd is not None:
                    os.close(fd)


def _spawn(executable: str, cmd: list[str], fds: list[int], env: dict[str, str]) -> int:
    """Start ``cmd`` with only ``fds`` open besides the standard ones and ``env``; the
    caller (multiprocessing) waits for it, so subprocess must not reap it."""
    child = subprocess.Popen(
        cmd,
        executable=executable,
        pass_fds=sorted(set(fds)),
        close_fds=True,
        env=env,
        restore_signals=False,  # as multiprocessing starts its own
    )
    child.returncode = 0  # reaped by multiprocessing's Popen, not by subprocess
    return child.pid


class CleanProcess(SpawnProcess):
    """A spawned process whose environment lacks the ``withheld`` names and the secrets."""

    withheld: tuple[str, ...] = ()

    @staticmethod
    def _Popen(process_obj: Any) -> Any:  # noqa: N802 (multiprocessing's name)
        return _CleanPopen(process_obj)


class CleanSpawnContext(SpawnContext):
    """The spawn start method, its workers started by ``CleanProcess``."""

    def __init__(self, withheld: Iterable[str]) -> None:
        super().__init__()
        self._withheld = tuple(sorted(set(withheld)))

    def Process(self, *args: Any, **kwargs: Any) -> CleanProcess:  # type: ignore[override]  # noqa: N802
        process = CleanProcess(*args, **kwargs)
        process.withheld = self._withheld
        return process


def environment() -> dict[str, str]:
    """This process's environment: what a pool reports of its workers (a test seam)."""
    return dict(os.environ)
