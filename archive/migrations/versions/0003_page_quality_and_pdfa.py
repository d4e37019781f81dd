"""Per-page resolution (and whether it was assumed) and the PDF/A verdict of stored files.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("dpi", sa.Float))
        batch.add_column(sa.Column("dpi_assumed", sa.Boolean, nullable=False, server_default="0"))
    with op.batch_alter_table("stored_files") as batch:
        batch.add_column(sa.Column("pdfa_verdict", sa.String(20)))


def downgrade() -> None:
    with op.batch_alter_table("stored_files") as batch:
        batch.drop_column("pdfa_verdict")
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("dpi_assumed")
        batch.drop_column("dpi")
