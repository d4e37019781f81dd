"""Distribución y seguimiento: derivations to units with their plazo, state and answer,
and the notes units add to them.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "derivations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("derivations.id")),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("person", sa.String(60)),
        sa.Column("instruction", sa.String(20), nullable=False),
        sa.Column("providencia", sa.Text, nullable=False, server_default=""),
        sa.Column("plazo_days", sa.Integer),
        sa.Column("plazo_source", sa.String(20), nullable=False, server_default="tabla"),
        sa.Column("due_on", sa.Date),
        sa.Column("extended", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime),
        sa.Column("acknowledged_by", sa.String(100)),
        sa.Column("closed_at", sa.DateTime),
        sa.Column("closed_by", sa.String(100)),
        sa.Column("closing", sa.String(20)),
        sa.Column("closing_note", sa.Text),
        sa.Column("answer_id", sa.Integer, sa.ForeignKey("documents.id")),
    )
    op.create_index("ix_derivations_document_id", "derivations", ["document_id"])
    op.create_index("ix_derivations_answer_id", "derivations", ["answer_id"])
    op.create_index("ix_derivations_unit_state", "derivations", ["unit", "state"])
    op.create_table(
        "derivation_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("derivation_id", sa.Integer, sa.ForeignKey("derivations.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_derivation_notes_derivation_id", "derivation_notes", ["derivation_id"])


def downgrade() -> None:
    op.drop_table("derivation_notes")
    op.drop_table("derivations")
