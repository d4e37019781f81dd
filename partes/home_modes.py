"""Who may read the data home: its owner alone, or also one configured group.

The home holds reserved documents, the registry and the signing material: folders are
0700 and files 0600 (stored files 0400, they never change). With ``security.group`` the
group may read, never write: 0750 (plus setgid, so what is created later keeps the
group), 0640 and 0440. The process's umask gives the same modes to everything created
later (database, WAL, index, logs, quarantine, work folders).
"""

from __future__ import annotations

import grp
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from partes.config import SecuritySettings
from partes.errors import ConfigError

# The top-level entries whose files are fixed on every opening (few, small folders); the
# rest of the home lies under folders only its owner (and the group) can enter.
_SHALLOW = ("logs", "run", "modelo")


@dataclass(frozen=True, kw_only=True)
class HomeModes:
    folder: int
    file: int
    blob: int
    umask: int
    gid: int | None


def home_modes(security: SecuritySettings) -> HomeModes:
    """The modes the configuration asks for (pure, but for the group's lookup)."""
    if not security.group:
        return HomeModes(folder=0o700, file=0o600, blob=0o400, umask=0o077, gid=None)
    try:
        gid = grp.getgrnam(security.group).gr_gid
    except KeyError:
        raise ConfigError(
            f"El grupo «{security.group}» de «security.group» no existe en este sistema."
        ) from None
    return HomeModes(folder=0o2750, file=0o640, blob=0o440, umask=0o027, gid=gid)


def protect(root: Path, modes: HomeModes, *, everything: bool = False) -> None:
    """Set the umask, and the modes of the home, its top-level entries and the files of
    its small folders; with ``everything`` (``partes init``), of the whole home."""
    os.umask(modes.umask)
    _fix(root, modes)
    for entry in _entries(root):
        _fix(entry, modes)
        if entry.is_dir() and not entry.is_symlink() and (everything or entry.name in _SHALLOW):
            for below in _walk(entry) if everything else _entries(entry):
                if entry.name != "inbox" or below.is_dir():  # a waiting file keeps its ctime
                    _fix(below, modes)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for base, dirs, files in os.walk(folder):
        found += [Path(base, name) for name in dirs + files]
    return found


def _fix(path: Path, modes: HomeModes) -> None:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
        return  # a link's target, or a file of someone else, is not ours to change
    if stat.S_ISDIR(st.st_mode):
        mode = modes.folder
    elif stat.S_IMODE(st.st_mode) & 0o222 == 0:  # read-only: a stored file
        mode = modes.blob
    else:
        mode = modes.file
    if modes.gid is not None and st.st_gid != modes.gid:
        try:
            os.chown(path, -1, modes.gid)
        except PermissionError:
            raise ConfigError(
                f"No se pudo entregar {path} al grupo de «security.group»: el usuario del "
                "servicio debe pertenecer a ese grupo."
            ) from None
    if stat.S_IMODE(st.st_mode) != mode:
        path.chmod(mode)
