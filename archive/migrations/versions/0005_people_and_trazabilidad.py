"""People and trazabilidad: the users table, and events that carry the actor's role and
channel, are chained by hash, and are append-only (triggers refuse UPDATE and DELETE).

Events written before this revision are chained in id order, with an empty role and
channel (they were recorded before people were identified).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from archive.events import GENESIS, event_hash
from archive.migrations._append_only import drop_append_only, make_append_only

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_REFUSE = "los eventos de trazabilidad no se modifican ni se borran"


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("login", sa.String(60), nullable=False, unique=True),
        sa.Column("full_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("unit", sa.String(40)),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("password_hash", sa.String(200)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    for name, kind in (("role", 20), ("channel", 10)):
        op.add_column("events", sa.Column(name, sa.String(kind), nullable=False, server_default=""))
    for name in ("prev_hash", "hash"):
        op.add_column("events", sa.Column(name, sa.String(64), nullable=False, server_default=""))
    op.create_index("ix_events_at", "events", ["at"])
    op.create_index("ix_events_actor", "events", ["actor"])
    op.create_index("ix_events_action", "events", ["action"])
    _chain_existing()
    make_append_only("events", _REFUSE)


def _chain_existing() -> None:
    events = sa.table(
        "events",
        sa.column("id", sa.Integer),
        sa.column("document_id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("detail", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    prev = GENESIS
    for row in rows:
        digest = event_hash(
            prev,
            at=row["at"],
            actor=row["actor"],
            role="",
            channel="",
            action=row["action"],
            document_id=row["document_id"],
            detail=row["detail"] or {},
        )
        bind.execute(
            events.update().where(events.c.id == row["id"]).values(prev_hash=prev, hash=digest)
        )
        prev = digest


def downgrade() -> None:
    drop_append_only("events")
    op.drop_index("ix_events_action", "events")
    op.drop_index("ix_events_actor", "events")
    op.drop_index("ix_events_at", "events")
    with op.batch_alter_table("events") as batch:
        for name in ("hash", "prev_hash", "channel", "role"):
            batch.drop_column(name)
    op.drop_table("users")
