"""Which files in an inbox are documents, which are left alone, and which are refused.

Pure functions over names and ``os.stat`` results, so every rule is tested without disks.
"""

from __future__ import annotations

import fnmatch
import os
import stat

# Office suites, scanners and file managers leave these beside real files.
IGNORED_PATTERNS = ("~$*", "*.tmp", "*.part", ".*", "Thumbs.db", "desktop.ini", "*.error.txt")


def ignored(name: str) -> bool:
    """Temporary and system files: never taken, never reported."""
    lowered = name.lower()
    return any(fnmatch.fnmatch(lowered, pattern.lower()) for pattern in IGNORED_PATTERNS)


def refusal(st: os.stat_result) -> str | None:
    """Why a path that is not a regular file is refused (from ``os.lstat``), else None."""
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        return "es un enlace simbólico; copie el archivo mismo en la bandeja"
    if stat.S_ISFIFO(mode):
        return "es una tubería (FIFO), no un archivo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "es un dispositivo, no un archivo"
    if stat.S_ISSOCK(mode):
        return "es un socket, no un archivo"
    if not stat.S_ISREG(mode):
        return "no es un archivo común"
    return None
