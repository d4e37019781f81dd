"""Labels of issue 4: sender organisation, reserved flag, confidences, review state and the
legal reception date (the next working day for documents received on a holiday).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("sender_org", sa.Text))
        batch.add_column(sa.Column("reserved", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("type_confidence", sa.Float))
        batch.add_column(sa.Column("unit_confidence", sa.Float))
        batch.add_column(sa.Column("review", sa.String(20)))
        batch.add_column(sa.Column("legal_received_on", sa.Date))
        batch.create_index("ix_documents_review", ["review"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_review")
        for column in (
            "legal_received_on",
            "review",
            "unit_confidence",
            "type_confidence",
            "reserved",
            "sender_org",
        ):
            batch.drop_column(column)
