"""An index over the kind of each line of the libro (and, as every SQLite index, its id):
the count of the book, shown on every page of the libro, reads the index, not the table,
and the book's lines come newest first from the same index.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_registry_entries_kind", "registry_entries", ["kind"])


def downgrade() -> None:
    op.drop_index("ix_registry_entries_kind", "registry_entries")
