"""Triggers that make a table append-only (UPDATE and DELETE refused), for the migrations."""

from __future__ import annotations

from alembic import op


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def make_append_only(table: str, refusal: str) -> None:
    if _pg():
        op.execute(
            f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{refusal}'; END $$"
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
            )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
        )


def drop_append_only(table: str) -> None:
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER {table}_no_{verb}" + (f" ON {table}" if _pg() else ""))
    if _pg():
        op.execute(f"DROP FUNCTION {table}_append_only()")
