"""The FTS5 index's files: a small catalogue that names the live generation, and the
generations themselves, each a whole SQLite file.

A rebuild writes a new generation beside the live one and puts it in place by changing
the catalogue; the old file is then deleted whole. Replacing tables inside one file
instead made a rebuild that replaces 150,000 documents take 510 s instead of 274 s:
dropping the old tables walks every page of them, and giving their space back to the
disk moves every page of the new ones.

A file in use is never renamed nor reused (SQLite's own warning: a connection keeps its
``-wal`` and ``-shm`` by name). Generations are numbered and never take an old number;
only the file being built is renamed, and only this process has it open.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

BUILDING = "nuevo"
_LIVE = "CREATE TABLE IF NOT EXISTS live (name TEXT NOT NULL)"


def connect(path: Path, *, timeout: float, create: bool) -> sqlite3.Connection:
    """A connection in WAL mode; without ``create``, a missing file is an error (a
    generation deleted meanwhile), never a new empty database."""
    mode = "rwc" if create else "rw"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
    )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")  # the index can always be rebuilt
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def generation(catalogue: Path, name: str) -> Path:
    return catalogue.with_name(f"{catalogue.name}.{name}")


def is_catalogue(conn: sqlite3.Connection) -> bool:
    """Whether the file is a catalogue, or empty (an index of the one-file layout is not)."""
    return _tables(conn) <= {"live"}


def live(conn: sqlite3.Connection) -> tuple[int, str | None]:
    """The schema version and the name of the live generation (None: there is none)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if _tables(conn) != {"live"}:  # none yet, or an index of the one-file layout
        return version, None
    row = conn.execute("SELECT name FROM live").fetchone()
    return version, (str(row[0]) if row else None)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def set_live(conn: sqlite3.Connection, name: str, version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(_LIVE)
    conn.execute("DELETE FROM live")
    conn.execute("INSERT INTO live VALUES (?)", (name,))
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.execute("COMMIT")


def next_name(catalogue: Path) -> str:
    """A generation number no file beside the catalogue has had since its creation."""
    numbers = [int(m.group(1)) for p in others(catalogue) if (m := _NUMBERED.match(p.name))]
    return str(max(numbers, default=0) + 1)


def others(catalogue: Path) -> list[Path]:
    """Every generation file beside the catalogue (their ``-wal`` and ``-shm`` left out)."""
    prefix = f"{catalogue.name}."
    return [
        p
        for p in catalogue.parent.glob(f"{catalogue.name}.*")
        if p.name.startswith(prefix) and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def put_built(building: Path, target: Path) -> None:
    """The finished file under its generation name (its connection closed after leaving WAL
    mode, so that no ``-wal`` or ``-shm`` of it is left to go astray)."""
    building.replace(target)


_NUMBERED = re.compile(r".*\.(\d+)$")
