"""Indexes for the plazos at the size of years: open derivations by state and plazo (the
dashboard's counts, the plazos page) and by the time they were made (whether the model
has learnt the newest one).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_derivations_state_due_on", "derivations", ["state", "due_on"])
    op.create_index("ix_derivations_created_at", "derivations", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_derivations_created_at", "derivations")
    op.drop_index("ix_derivations_state_due_on", "derivations")
