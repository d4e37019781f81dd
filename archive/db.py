"""Registry database: engine set-up, schema migrations and transactions.

SQLite runs in WAL mode with ``synchronous=FULL``: a committed registration survives a
power cut. Write transactions start with ``BEGIN IMMEDIATE`` so that two processes
allocating numbers queue on the database lock instead of failing at commit time.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from archive.errors import DatabaseUnavailable, SchemaError

if TYPE_CHECKING:  # Alembic is imported only to migrate: every command opens the database
    from alembic.config import Config as AlembicConfig

# The newest migration; a test checks it against Alembic's head. Opening a current database
# compares its alembic_version with this, without loading Alembic and every migration file.
SCHEMA_HEAD = "0011"

_MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 120_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _alembic_config(connection: Connection) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


# What SQLite says when the system, not the request, is at fault; Spanish for the operator.
_UNAVAILABLE = (
    ("locked", "La base de datos del registro está bloqueada por otro proceso."),
    ("busy", "La base de datos del registro está bloqueada por otro proceso."),
    ("full", "El disco del directorio de datos está lleno (la base de datos no puede crecer)."),
    ("unable to open", "No se puede abrir la base de datos del registro."),
    ("disk i/o", "Error de disco al escribir la base de datos del registro."),
    ("readonly", "La base de datos del registro es de solo lectura."),
)


def unavailable(exc: OperationalError) -> DatabaseUnavailable | None:
    """The ``DatabaseUnavailable`` an operational error of SQLite means, if it is one."""
    text = str(exc.orig or exc).lower()
    for needle, message in _UNAVAILABLE:
        if needle in text:
            return DatabaseUnavailable(message)
    return None


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        error = unavailable(exc)
        if error is None:
            raise
        raise error from exc


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below, not pysqlite, decide when a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("immediate", False):
            # A record of a read may wait for the next durable commit or checkpoint to
            # reach the disk (WAL, synchronous=NORMAL); everything else is fsynced.
            light = options.get("light", False)
            conn.exec_driver_sql(f"PRAGMA synchronous = {'NORMAL' if light else 'FULL'}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class Database:
    """One registry database; ``write()`` for changes, ``read()`` for queries.

    A write that waits longer than ``busy_timeout_ms`` for another process's lock, or
    that the disk cannot take, raises ``DatabaseUnavailable``."""

    def __init__(self, url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = url
        self.engine = create_engine(url, pool_pre_ping=False)
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine, busy_timeout_ms)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        self._light_writer = sessionmaker(
            self.engine.execution_options(immediate=True, light=True), expire_on_commit=False
        )
        self._turn = threading.RLock()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that holds the write lock from its first statement.

        Threads of one process take turns on a lock of their own first: SQLite's busy
        handler sleeps in steps of up to 100 ms, which a waiting thread need not pay."""
        with _translated(), self._turn, self._writer() as session, session.begin():
            yield session

    @contextmanager
    def write_light(self) -> Iterator[Session]:
        """A write whose loss in a power cut is acceptable (the record that someone read a
        document): not fsynced on commit, made durable by the next ``write`` or checkpoint.
        A crash of the program loses nothing; only the machine losing power can."""
        with _translated(), self._turn, self._light_writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _translated(), self._reader() as session, session.begin():
            yield session

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        return str(versions[0][0]) if len(versions) == 1 else None

    def head_revision(self) -> str:
        """Alembic's head (``SCHEMA_HEAD`` says the same; a test holds them together)."""
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
        assert head is not None
        return head

    def upgrade(self, lock_path: Path | None = None, revision: str = "head") -> None:
        """Bring the schema to ``revision``; a file lock keeps concurrent starts in line."""
        with _file_lock(lock_path):
            current = self.current_revision()
            if current is not None and not self._knows(current):
                raise SchemaError(
                    f"La base de datos del registro (versión {current}) es más nueva que este "
                    "programa. Actualice Oficina de Partes antes de usar este directorio."
                )
            from alembic import command

            with self.engine.begin() as conn:
                command.upgrade(_alembic_config(conn), revision)

    def _knows(self, revision: str) -> bool:
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            script = ScriptDirectory.from_config(_alembic_config(conn))
        try:
            return script.get_revision(revision) is not None
        except Exception:
            return False

    def is_current(self) -> bool:
        return self.current_revision() == SCHEMA_HEAD

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _file_lock(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
