"""Initial registry: documents, stored files, series counters, registry entries, events.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _documents()
    _files_and_counters()
    _book_and_events()


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("original_name", sa.String(500), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("station", sa.String(40), nullable=False),
        sa.Column("direction", sa.String(20), nullable=False),
        sa.Column("doc_type", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(40)),
        sa.Column("sender", sa.Text),
        sa.Column("recipient", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("antecedents", sa.Text),
        sa.Column("doc_number", sa.String(60)),
        sa.Column("doc_date", sa.Date),
        sa.Column("ruts", sa.JSON, nullable=False),
        sa.Column("page_count", sa.Integer, nullable=False),
        sa.Column("ocr_page_count", sa.Integer, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
    )


def _files_and_counters() -> None:
    op.create_table(
        "stored_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("document_id", "role", "sha256"),
    )
    op.create_index("ix_stored_files_document_id", "stored_files", ["document_id"])
    op.create_index("ix_stored_files_sha256", "stored_files", ["sha256"])
    op.create_table(
        "series_counters",
        sa.Column("series", sa.String(40), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_number", sa.Integer, nullable=False),
    )


def _book_and_events() -> None:
    op.create_table(
        "registry_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("series", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("registry_number", sa.String(30), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("refers_to_id", sa.Integer, sa.ForeignKey("registry_entries.id")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False, unique=True),
        sa.UniqueConstraint("series", "year", "number"),
    )
    op.create_index("ix_registry_entries_document_id", "registry_entries", ["document_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id")),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])


def downgrade() -> None:
    for table in ("events", "registry_entries", "series_counters", "stored_files", "documents"):
        op.drop_table(table)
