"""Page texts (rebuild the index without OCR) and the index outbox column.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pages",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("confidence", sa.Float),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("indexed_at", sa.DateTime))
        batch.create_index("ix_documents_indexed_at", ["indexed_at"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_indexed_at")
        batch.drop_column("indexed_at")
    op.drop_table("pages")
